import {testObstacleCases} from './terms-context.js';

// Sixth batch of obstacle phrasing families (general wire, translated and analysis phrasings):
// a demand that forces "leave the four regions", deals that would "freeze the front line"; keeping
// the option to resume the war "after the first phase"; "no confidence" a side will honour a deal,
// sides accusing each other of breaking truces; "haggling over" numbers and names, vetoing the
// release of named prisoners; a coalition that "could collapse", lawmakers vowing to block an accord;
// offensives that "cast a shadow over" or "dimmed hopes for" talks, refusing to negotiate "under
// fire"; flare-ups and tit-for-tat strikes that put talks "on ice"; a killing that throws talks
// "into disarray"; the "fate of the arsenal"; "aid restrictions", failing to allow trucks in, refusing
// to reopen a crossing. Invented sentences on several negotiations, with near-misses that must not fire.
const CASES: Array<[string, string[]]> = [
	// withdrawal-dispute
	["Moscow refused to budge on its demand that Ukrainian forces leave the four regions.", ['withdrawal-dispute']],
	["Kyiv rejects any deal that would freeze the front line and leave Russian troops on its soil.", ['withdrawal-dispute']],
	["The farmers refused to leave their land when the dam was built.", []],
	["The ministry plans to freeze the front line budget for the railway.", []],
	// end-of-war-dispute (a planned offensive is also military-operations)
	["Israel wants to be able to resume its offensive after the first phase, which Hamas rejects.", ['end-of-war-dispute', 'military-operations']],
	["The team will resume training after the first phase of the season.", []],
	// guarantees-dispute
	["The RSF said it had no confidence that the army would honour any agreement.", ['guarantees-dispute']],
	["Each side accuses the other of breaking previous ceasefires.", ['guarantees-dispute']],
	["The bank said customers had lost confidence in the currency.", []],
	["The RSF said it had confidence that the army would honour the agreement.", []],
	["The two teams accused each other of breaking the rules of the game.", []],
	// exchange-details
	["The sides are still haggling over the number and identity of prisoners to be freed.", ['exchange-details']],
	["Israel has vetoed the release of several high-profile prisoners serving life sentences.", ['exchange-details']],
	["Negotiators haggled over the price of the car for hours.", []],
	// domestic-politics
	["The prime minister's fragile coalition could collapse if he signs the agreement, analysts say.", ['domestic-politics']],
	["Opposition lawmakers in Kinshasa have vowed to block any accord that grants amnesty to the rebels.", ['domestic-politics']],
	["The minister said the coalition will not collapse over the negotiations.", []],
	["The old bridge could collapse if heavy trucks keep using it, engineers warned.", []],
	// military-operations
	["Russia's summer offensive in the east has dimmed hopes for the talks.", ['military-operations']],
	["Hamas said it would not negotiate under fire.", ['military-operations']],
	["The reporters said they would not talk under fire from the critics.", []],
	["Rain dimmed hopes of a dry harvest for the farmers.", []],
	["The storm cast a shadow over the festival in Doha.", []],
	// escalation
	["The tit-for-tat strikes have put the negotiations on ice.", ['escalation']],
	["The flare-up along the border threatens to torpedo months of diplomacy.", ['escalation']],
	["The flare-up of the disease in the region worried doctors.", []],
	// leader-killed
	["The assassination of Hamas's political chief in Tehran has thrown the talks into disarray.", ['leader-killed']],
	// disarmament-dispute
	["The fate of the group's arsenal remains the thorniest issue.", ['disarmament-dispute']],
	["The fate of the museum's arms collection remains unclear.", []],
	["The thorniest issue at the summit was the budget for the stadium.", []],
	// humanitarian-access
	["Aid restrictions remain a sticking point, with Hamas demanding more trucks enter Gaza.", ['humanitarian-access']],
	["Hamas accuses Israel of failing to allow the agreed number of aid trucks into Gaza.", ['humanitarian-access']],
	["Israel has refused to reopen the Rafah crossing, a condition for the next phase.", ['humanitarian-access']],
	["Aid restrictions were lifted last month and trucks now flow freely into Gaza.", []],
	["The mayor refused to reopen the swimming pool over the summer.", []],
	["Israel reopened the Kerem Shalom crossing on Sunday and aid trucks entered Gaza.", []],
];

testObstacleCases(CASES);
