import assert from 'node:assert/strict';
import {test} from 'node:test';
import {termKindsOf} from './terms-context.js';

// After the heldout7 term misses: a war that "has ended completely", a commitment that the war is over, negotiations on
// ending the war, an end "in a way that is enduring", the war brought to a definite end (permanent-ceasefire); people
// serving life sentences or detained (prisoner-release); displaced people allowed back (return-of-displaced); tents,
// caravans and heavy machinery let in (humanitarian-aid); a side that must no longer govern a territory (governance).
// Invented sentences on other negotiations; each case names the kinds it must give and, for near-misses, a kind it must not.
const HAS: Array<[string, string]> = [
	["The rebels said they had received guarantees from the mediators that the war has ended completely.", 'permanent-ceasefire'],
	["The militia wants a firm commitment that the war is over before it signs the deal.", 'permanent-ceasefire'],
	["The plan would free all captives within days, followed by negotiations on ending the war in the east.", 'permanent-ceasefire'],
	["The envoys agreed to work on a path to end the conflict in Yemen in a way that is enduring.", 'permanent-ceasefire'],
	["Officials said the third stage of the deal would bring the war to a final end.", 'permanent-ceasefire'],
	["In return, the government would free 300 rebels serving life sentences and 900 civilians detained during the war, under the deal.", 'prisoner-release'],
	["The rebels also want displaced families allowed back to their villages under the agreement.", 'return-of-displaced'],
	["Under the deal, the army agreed to let caravans and tents in through the northern crossing.", 'humanitarian-aid'],
	["Mediators pledged to remove all obstacles to the flow of shelter and relief supplies under the agreement.", 'humanitarian-aid'],
	["The government demands that the militia no longer governs the enclave under any deal.", 'governance'],
];
const HAS_NOT: Array<[string, string]> = [
	["The ministers said the meeting has ended and would resume on Monday.", 'permanent-ceasefire'],
	["The mediators said negotiations on the border dispute would resume.", 'permanent-ceasefire'],
	["The court said the men serving life sentences would appeal, their lawyers said in a statement.", 'prisoner-release'],
	["The team was allowed back into the stadium after the deal with the league.", 'return-of-displaced'],
	["The militia, which has governed the enclave since 2007, rejected the proposal.", 'governance'],
];

for (const [text, kind] of HAS) {
	test(`${kind}: ${text}`, () => {
		assert.ok(termKindsOf(text).includes(kind), termKindsOf(text).join(', '));
	});
}
for (const [text, kind] of HAS_NOT) {
	test(`not ${kind}: ${text}`, () => {
		assert.ok(!termKindsOf(text).includes(kind), termKindsOf(text).join(', '));
	});
}
