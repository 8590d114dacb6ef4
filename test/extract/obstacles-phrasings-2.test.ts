import {testObstacleCases, testTermCases} from './terms-context.js';

// Second batch of ordinary obstacle phrasings (after the heldout5 misses): attacks tied to the
// talks in time or effect, threats that are not ruled out, elections and referendums a leader
// faces, doubts that commitments will be honoured, aid halted as leverage, high ground not given
// up, an offensive pressed on. Invented sentences on other negotiations, with near-misses.
const CASES: Array<[string, string[]]> = [
	// escalation: an attack hours before or after talks, a meeting called off over it, a soured atmosphere
	["Minutes after the delegations sat down in Geneva, artillery struck a market in the border town.", ['escalation']],
	["The president called off the summit with the rebel leaders after a bombing at a checkpoint killed four soldiers.", ['escalation']],
	["Officials said the missile strikes on the port had soured the mood before the second round.", ['escalation']],
	["Mediators struck a deal on the prisoner lists hours after the talks began.", []],
	["The air force struck training camps in the north last spring.", []],
	// escalation: threats
	["Generals have not ruled out strikes on the dam if the negotiations collapse.", ['escalation']],
	["The militia's commander said more lives would be lost if the mediators ignored its demands.", ['escalation']],
	["The minister said he had not ruled out attending the next round of talks himself.", []],
	// domestic-politics
	["Any border deal would require a referendum, and the governing party faces local elections in the spring.", ['domestic-politics']],
	["Diplomats doubt the prime minister can sell the compromise to voters before the summer.", ['domestic-politics']],
	["Sceptics in parliament have vowed to block ratification of the accord.", ['domestic-politics']],
	["Opposition leaders urged the president to suspend the talks after the ambush.", ['domestic-politics']],
	["Voters in the capital faced long queues at the polling stations.", []],
	// guarantees-dispute: doubts that commitments will be kept
	["Western diplomats doubt that the junta will honour a ceasefire it signed under pressure.", ['guarantees-dispute']],
	["The rebels say there is no guarantee that the army would respect the new truce lines.", ['guarantees-dispute']],
	["There is no guarantee that the talks will produce an agreement this week, the envoy said.", []],
	// humanitarian-access: aid halted as leverage, starvation as a weapon
	["The government stopped all deliveries of food and fuel to the besieged region, calling it pressure on the rebels.", ['humanitarian-access']],
	["Aid agencies accused the militia of using starvation as a weapon of war in the camps.", ['humanitarian-access']],
	["The company stopped deliveries of goods to its shops after the holiday.", []],
	// withdrawal-dispute: high ground and positions not given up
	["The army refuses to give up the hills it took last year, the negotiators said.", ['withdrawal-dispute']],
	// military-operations: pressing on with an offensive
	["Government forces pressed on with their offensive on the coast despite the mediators' appeals.", ['military-operations']],
];

testObstacleCases(CASES);

// Term phrasings: [sentence, term kind, expected present?].
const TERMS: Array<[string, string, boolean]> = [
	["The plan would create a community of Croat-majority municipalities with its own assembly.", 'governance', true],
	["The deal grants self-rule to the northern districts for five years.", 'governance', true],
	["Under the accord, the rebels guaranteed that their territory would not host foreign fighters.", 'guarantees', true],
	["The truce would allow the entry of goods and fuel into the besieged city.", 'humanitarian-aid', true],
	["Under the deal both governments would withdraw their complaints before the international court.", 'withdrawal', false],
	["Under the deal both armies would withdraw their troops from the disputed valley.", 'withdrawal', true],
];

testTermCases(TERMS);
