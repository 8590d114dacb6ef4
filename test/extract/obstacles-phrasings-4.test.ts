import {testObstacleCases} from './terms-context.js';

// Fourth batch of ordinary obstacle phrasings (after the heldout7 misses): "the real knot", "far
// from settled", "argued over"; names struck off lists, the order and condition of releases,
// releases spread over a truce; aid and shelter held back, aid blocked beside "another knot";
// an offensive that could wreck the talks or begin within days, reserves called up, "the army will
// return to fighting", talks "meaningless as long as the operation continues"; a regional
// explosion that would bury mediation; strikes that undercut diplomacy or make talks hard to sell;
// a side left without a decision-maker by a leader's death; pressure from inside the coalition;
// little trust. Invented sentences on other negotiations, with near-misses that must not fire.
const CASES: Array<[string, string[]]> = [
	// end-of-war-dispute through the permanent-ceasefire term: "the real knot ... a definite end"
	["A diplomat said the main knot is whether the agreement would bring the war to a final end.", ['end-of-war-dispute']],
	["The second phase would bring the fighting to a permanent end, the mediators said in a statement.", []],
	// exchange-details: names on the list, order and condition of releases, far from settled
	["The delegations argued over the order of the releases and the handover ceremonies in Juba.", ['exchange-details']],
	["Officials said the list of names was far from settled, with the army seeking to strike several names off the list.", ['exchange-details']],
	["The rebels refused to accept the lists of names presented by the government negotiators.", ['exchange-details']],
	["The order of the speeches at the ceremony was settled in advance.", []],
	["It was unclear how many detainees would be freed under the swap agreed in Geneva.", ['exchange-details']],
	["It was unclear how many people attended the rally.", []],
	["The militia wants the prisoner releases spread over the three months of the truce rather than in one batch.", ['exchange-details']],
	["The payments will be spread over three years, the ministry said.", []],
	// humanitarian-access: shelter held back, aid blocked beside a sticking point
	["The rebels accused the army of breaking the terms of the truce by holding back tents, fuel and heavy machinery.", ['humanitarian-access']],
	["The farmers held back their harvest, waiting for better prices.", []],
	["Food is the other sticking point. The army blocked all supplies to the town for a month.", ['humanitarian-access']],
	["The weather was cold. The army blocked all roads to the town for a month.", []],
	// military-operations: an offensive that could wreck the talks, or soon to begin
	["The talks come as the army prepares for a push on the port, and mediators warned that an offensive there could wreck the negotiations.", ['military-operations']],
	["Residents were told to leave ahead of a ground offensive that commanders say could begin within days.", ['military-operations']],
	["Families say the military pressure puts the captives at risk and makes any agreement less likely.", ['military-operations']],
	["The operation to rescue the miners could begin within days, officials said.", []],
	// military-operations: reserves called up, "the army will return to fighting"
	["The government called up reserves and moved troops to the northern border. It warned that the truce would end on Friday.", ['military-operations']],
	["The president warned that if the captives were not freed by Friday, the army will return to fighting.", ['military-operations']],
	["The displaced will return to their villages once the fighting stops.", []],
	// military-operations: negotiations empty words while the operation goes on
	["Local leaders said any talk of a truce was meaningless as long as the offensive continues.", ['military-operations']],
	["The museum stays closed as long as the renovation continues.", []],
	// escalation: a regional explosion that would bury the talks
	["The strike raised fears of a regional explosion that would bury the peace talks.", ['escalation']],
	["An explosion at the refinery killed two workers, the company said.", []],
	// escalation: strikes that undercut diplomacy or make the talks hard to sell
	["Officials in Kinshasa warn that the continuing drone strikes undercut the argument that diplomacy can work.", ['escalation']],
	["A source said further attacks would make it very hard for the government to defend the talks.", ['escalation']],
	["The new tariffs undercut local producers, traders said.", []],
	// leader-killed: left without a decision-maker
	["Diplomats say the commander's death has left the group without a clear decision-maker, which slows its response to the proposal.", ['leader-killed']],
	["The company has been without a chief executive since March.", []],
	// domestic-politics: pressure from inside the coalition; walk out if
	["Pressure also comes from within the prime minister's coalition, where two parties oppose the deal.", ['domestic-politics']],
	["The far-right minister said he would quit if the agreement frees convicted militants.", ['domestic-politics']],
	["The delegation said it would walk out if the agenda changed.", []],
	// guarantees-dispute: little trust, judged on the ground, not on paper
	["Officials will judge the accord by what happens on the ground, not by what is written on paper.", ['guarantees-dispute']],
	["Diplomats say there is little trust between the two governments after the border clashes.", ['guarantees-dispute']],
	["Trust in the new coach is high among the players.", []],
];

testObstacleCases(CASES);
