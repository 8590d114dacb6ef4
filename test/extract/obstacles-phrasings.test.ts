import {testObstacleCases, testTermCases} from './terms-context.js';

// Ordinary ways reporters say what blocks a deal, one or two per obstacle kind, with the
// near-misses that must stay silent. The sentences are invented and differ on purpose from
// the held-out reports (other negotiations, other wording), so a rule that only fits one
// report's sentence fails here. Each case lists the obstacle kinds it should give.
const CASES: Array<[string, string[]]> = [
	// exchange-details: "far apart", "differ over", a release set as a precondition
	["Israeli and Hamas officials are still far apart on how many hostages would be freed in the first stage.", ['exchange-details']],
	["The negotiators were far apart on the timing of the next round, a diplomat said.", []],
	["The rebels said they would not sign anything until all 300 of their detainees were released.", ['exchange-details']],
	["Kyiv has made the return of its prisoners a precondition for any talks on a wider truce.", ['exchange-details']],
	["The rebels released 40 detainees on Tuesday as a goodwill gesture before the talks.", []],
	// end-of-war-dispute is not read from a dispute whose object is the timing of a withdrawal
	["Envoys discussed a permanent ceasefire on Sunday, but the sides differ over when the troops would pull out.", ['withdrawal-dispute']],
	// escalation: threats phrased without "retaliation"
	["Moscow warned that it would respond militarily if the talks in Geneva went nowhere.", ['escalation']],
	["The minister said the army would hit back at any attack, hours after the negotiations broke up.", ['escalation']],
	["Officials warned of consequences after the drone strike, casting a shadow over next week's prisoner swap.", ['escalation']],
	["The foreign minister promised to answer questions about the talks on Friday.", []],
	["The team hit back at critics of the club's transfer policy.", []],
	// escalation: a truce tested, mutual blame for new attacks
	["The truce agreed in Tashkent on Monday was quickly tested when both armies traded artillery fire.", ['escalation']],
	["Hours after the truce took effect, the two armies accused each other of shelling border villages.", ['escalation']],
	// military-operations: advancing despite a truce, accused of continuing attacks, a pause that unravelled
	["Rebel columns pushed into two more villages on Friday despite the ceasefire brokered last month.", ['military-operations']],
	["The insurgents seized three more towns even as negotiators met in the capital.", ['military-operations']],
	["The rebels captured three towns in October, before the talks began.", []],
	["Since the agreement was signed, the opposition has accused the army of launching fresh air strikes in the south.", ['military-operations']],
	["A lull arranged by Qatar collapsed within a week, and the army resumed shelling the port city.", ['military-operations']],
	// domestic-politics
	["Two ultranationalist cabinet ministers vowed to quit Prime Minister Sharif's coalition government if the accord is signed.", ['domestic-politics']],
	["Hardline parliamentarians at home accused the president of selling out to Moscow over the draft accord.", ['domestic-politics']],
	["The deal leaves in place rules that bar several opposition leaders from running in next year's vote.", ['domestic-politics']],
	["The foreign minister walked out of the room to take a call from the mediators.", []],
	// guarantees-dispute
	["Armenian officials say they cannot take Baku's assurances at face value after years of war.", ['guarantees-dispute']],
	["We will judge them by their deeds, not their words, the Ukrainian president said of the Russian proposal.", ['guarantees-dispute']],
	["Iran said it would watch whether the commitments made in Vienna were honoured before resuming talks.", ['guarantees-dispute']],
	["Islamabad has asked Kabul to commit in writing to curbing cross-border attacks before the next round.", ['guarantees-dispute']],
	["Any agreement would require guarantees from the five permanent members of the Security Council, Kyiv says.", ['guarantees-dispute']],
	["The ministers signed the accord in writing on Monday and left Doha.", []],
	// withdrawal-dispute: ground to be handed back
	["The army has balked at demands that it hand back the villages it seized last spring.", ['withdrawal-dispute']],
	["Moscow refuses to return the occupied territories as part of any settlement.", ['withdrawal-dispute']],
	// humanitarian-access: aid kept out or not getting through
	["Aid agencies say the authorities have stopped convoys from crossing into the besieged city for two weeks.", ['humanitarian-access']],
	["Relief groups say scarcely any food has reached the displacement camps since the truce.", ['humanitarian-access']],
	["Little fuel reached the factory last month because of a strike by drivers.", []],
];

testObstacleCases(CASES);

// Term phrasings behind the obstacles above: [sentence, term kind, expected present?].
const TERMS: Array<[string, string, boolean]> = [
	["Both armies agreed to disengage their forces along the line of contact under the deal.", 'withdrawal', true],
	["Under the draft, foreign troops would leave the country within a year.", 'withdrawal', true],
	["Kabul wants all foreign forces gone within six months under any agreement.", 'withdrawal', true],
	["The customers left the shop before the deal was announced.", 'withdrawal', false],
	["Mediators said the priority of the talks was getting food and medicine into the besieged towns.", 'humanitarian-aid', true],
	["The accord unfreezes state funds for humanitarian spending on health and power.", 'humanitarian-aid', true],
	["The opposition wants the African Union to underwrite the agreement.", 'guarantees', true],
	["The bank agreed to underwrite the bond issue, the statement said.", 'guarantees', false],
];

testTermCases(TERMS);
