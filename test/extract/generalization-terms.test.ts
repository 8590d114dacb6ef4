import assert from 'node:assert/strict';
import {test} from 'node:test';
import {extractObstacles} from '../../source/core/extract/extract-obstacles.js';
import {extractTerms} from '../../source/core/extract/extract-terms.js';
import {contextOf} from './terms-context.js';

// Invented sentences from several negotiations (Sudan, Ukraine, Lebanon, DRC, Yemen, Ethiopia,
// Armenia-Azerbaijan, Gaza), each with every term (T:) and obstacle (O:) kind it should give.
const CASES: Array<[string, string[]]> = [
	// 6. ending the fighting is a truce; permanence words make it permanent only
	['Mediators presented a proposal to end the fighting between the army and the RSF.', ['T:ceasefire']],
	['The talks in Jeddah aim to bring an end to the violence in Sudan.', ['T:ceasefire']],
	['Envoys urged both sides to halt the fighting around Goma as talks resumed.', ['T:ceasefire']],
	['The agreement provides for a permanent cessation of hostilities between Ethiopia and the TPLF.', ['T:permanent-ceasefire']],
	['The plan calls for an end to the war in Gaza for good.', ['T:permanent-ceasefire']],
	['Fighting continued in Khartoum on Tuesday.', []],
	['Protesters in Kyiv demanded an end to the fighting.', []],
	['Mediators proposed a 60-day truce in Yemen during which talks on a permanent ceasefire would take place.', ['T:ceasefire', 'T:permanent-ceasefire']],
	// 7. governance
	['Under the deal, federal authorities would restore their authority over the region of Tigray.', ['T:governance']],
	['Under the plan, a technocratic committee would run the enclave.', ['T:governance']],
	['The proposal would hand over administration of the territory to a Palestinian committee.', ['T:governance']],
	['The draft calls for an international body overseeing the governance of Gaza.', ['T:governance']],
	['The M23 said it would transfer control of the city of Goma to a joint administration under the deal.', ['T:governance']],
	['The rebels have run the city since January, residents said.', []],
	// 8. security-arrangements
	['Under the agreement, a committee chaired by the UN will oversee the redeployment of forces from Hodeidah.', ['T:security-arrangements', 'T:withdrawal']],
	['The deal establishes a monitoring mechanism along the border between Armenia and Azerbaijan.', ['T:security-arrangements']],
	['Under the truce, observers will verify that Russian and Ukrainian forces pull back their heavy weapons.', ['T:ceasefire', 'T:security-arrangements', 'T:withdrawal']],
	['The agreement sets up a joint security coordination mechanism between Congo and Rwanda.', ['T:security-arrangements']],
	['Observers say the talks in Addis Ababa have stalled.', []],
	// 9. withdrawal-dispute
	['Hamas wants a clear timeline for a full Israeli withdrawal from Gaza.', ['O:withdrawal-dispute', 'T:withdrawal']],
	['Russia insisted on a timetable for the pullout of Ukrainian troops from Donetsk.', ['O:withdrawal-dispute', 'T:withdrawal']],
	['The sides remain divided over the pace of the pullback from the Lachin corridor.', ['O:withdrawal-dispute', 'T:withdrawal']],
	['Israel presented a timeline for the withdrawal of its forces from southern Lebanon, which Beirut accepted.', ['T:withdrawal']],
	// 10. escalation only when tied to the talks; military operations going on during them
	['The army said it had retaliated against RSF positions near El Fasher.', []],
	['Israel launched retaliatory strikes in southern Lebanon on Tuesday.', []],
	['Russia launched a massive drone attack on Kyiv overnight, as delegations prepared for talks in Istanbul.', []],
	['Azerbaijan warned of military action if Armenia did not sign the peace treaty.', ['O:escalation']],
	['Iran vowed to retaliate for the killing, raising fears that the Gaza talks could collapse.', ['O:escalation']],
	['Fighting continued as the talks took place in Geneva.', ['O:military-operations']],
	['Israel kept up air strikes despite the truce, as negotiators met in Cairo.', ['O:military-operations', 'T:ceasefire']],
	['The RSF pressed its offensive on El Fasher while talks were under way in Jeddah.', ['O:military-operations']],
	['Ethiopian forces continued their assault on Mekelle even as the AU-led talks went on.', ['O:military-operations']],
	['Talks in Jeddah continued despite the attacks on El Fasher.', []],
	['The ceasefire has largely held despite sporadic clashes, as negotiators met in Cairo.', ['T:ceasefire']],
];

for (const [sentence, expected] of CASES) {
	test(sentence, () => {
		const ctx = contextOf(sentence);
		const got = [...extractTerms(ctx).map((t) => `T:${t.kind}`), ...extractObstacles(ctx).map((o) => `O:${o.kind}`)].sort();
		assert.deepEqual(got, [...expected].sort());
	});
}

test('risk of a wider war tied to the talks by the next sentence of the paragraph', () => {
	const kinds = (text: string) => extractObstacles(contextOf(text)).map((o) => o.kind);
	assert.ok(kinds('Officials fear the strike could trigger an all-out war. That would end the ceasefire talks in Cairo.').includes('escalation'));
	assert.ok(!kinds('Officials fear the strike could trigger an all-out war.\n\nThe ceasefire talks in Cairo resumed on Monday.').includes('escalation'));
});
