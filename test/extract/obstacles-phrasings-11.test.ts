import {testObstacleCases} from './terms-context.js';

// Invented sentences, other wordings and conflicts than the corpus: an offensive pressed beside the talks, strikes
// day after day, a camp stormed, shooting despite a truce, a push that could end the truce, criticism at home and
// ministers walking out, outside powers arming opposing sides, attacks across the border; people cut off from supplies, agencies
// unable to reach them, crossings shut, a deal stuck over fuel, aid stores looted. Near misses after each.
const CASES: Array<[string, string[]]> = [
	['The talks are unfolding as Russian forces press an offensive in the east.', ['military-operations']],
	['Even as the delegations met, the army stepped up its ground operation in the north.', ['military-operations']],
	['The coach pressed his team to mount an attack in the second half.', []],

	['The militia will not discuss its arsenal while Israel carries out near-daily strikes.', ['disarmament-dispute', 'military-operations']],
	['The session took place against a backdrop of continued Israeli fire.', ['military-operations']],
	['The cabinet demanded a halt to near-daily strikes on the south.', []],

	['Over the weekend the paramilitaries stormed the displacement camp, and aid groups said hundreds of civilians were killed.', ['military-operations']],
	['The provincial capital remains under siege, and residents say children are starving.', ['humanitarian-access', 'military-operations']],
	['Fans stormed the pitch after the final whistle.', []],

	['Residents reported bursts of gunfire in the regional capital hours after the talks, despite the ceasefire.', ['military-operations']],
	['Clashes broke out on the front line in violation of the truce, monitors said.', ['military-operations']],
	['Despite the ceasefire, schools stayed closed for another week.', []],

	['The rebel offensive on the city has gone on for a year. Any renewed push there could end the truce within days.', ['military-operations']],
	['A new push for talks could end the stalemate, the envoy said.', []],
	['Any renewed push could end the truce within days, diplomats warned.', ['military-operations']],

	['The swap has drawn fierce criticism from Republicans, several of whom called it a ransom payment.', ['domestic-politics']],
	['Opposition lawmakers branded the accord a capitulation to Moscow.', ['domestic-politics']],
	['The deal drew praise from lawmakers of both parties.', []],

	['Ministers from the two Shiite parties left the room when the army chief presented the plan.', ['domestic-politics']],
	['A minister warned that any decision taken without them would be "null and void" under the power-sharing arrangements.', ['domestic-politics']],
	['The delegations left the room for a break before the next round.', []],

	['Moscow and Ankara arm opposing sides, and Russian mercenaries fight alongside the marshal.', ['escalation']],
	['Diplomats fear the shipments will fuel a wider war in the region.', ['escalation']],
	['The two envoys back opposing views on the sequencing of the deal.', []],

	['Any renewed push could end the truce within days. So could attacks across the border.', ['escalation', 'military-operations']],
	['Cross-border shelling threatens to unravel the ceasefire, the UN said.', ['escalation']],
	['Trade across the border resumed under the ceasefire.', []],

	['Yerevan says the villagers are cut off from supplies of food and medicine.', ['humanitarian-access']],
	['Humanitarian organisations say they have been unable to reach people in most of the capital.', ['humanitarian-access']],
	['The crossing has been shut since Tuesday, and the main entry point for aid trucks was closed for days.', ['humanitarian-access']],
	['The arrangement fell apart, at least for now, over fuel for the hospitals.', ['humanitarian-access']],
	['Warehouses of the food agency and other aid groups have been looted, officials said.', ['humanitarian-access']],
	['The road to the camps has been closed to trucks since the flood, the ministry said.', []],
	['The minister said he had been unable to reach his counterpart by phone.', []],
];

testObstacleCases(CASES);
