import assert from 'node:assert/strict';
import {test} from 'node:test';
import {findMentions} from '../../source/core/extract/find-mentions.js';
import {splitSentences} from '../../source/core/extract/split-sentences.js';
import {compileKnowledge} from '../../source/core/knowledge/compile-knowledge.js';
import {loadKnowledge} from '../../source/core/knowledge/load-knowledge.js';
import {entitiesOf, mediatorNames, partyNames} from './entities-helper.js';

// Invented reports on negotiations beyond the flagship ones: the world's states (actors-world.json), the peace
// processes of the last fifteen years (conflicts-world.json), and their groups.

test('states outside the original list are actors, by name, demonym and capital', () => {
	const e = entitiesOf('The Mozambican government and Renamo signed a peace accord in Maputo on Tuesday, mediated by Switzerland.');
	assert.deepEqual(partyNames(e), ['Mozambique', 'Renamo']);
	assert.deepEqual(mediatorNames(e).states, ['Switzerland']);
	const z = entitiesOf('Talks between Zimbabwe and Zambia on the Kariba dam opened in Lusaka on Monday.');
	assert.deepEqual(partyNames(z), ['Zambia', 'Zimbabwe']);
	assert.ok(z.venues.includes('Lusaka'), z.venues.join());
});

test('a settled negotiation named as history is not a side of today\'s talks', () => {
	// Colombia-ELN talks, with the 2016 FARC accord as background: the FARC is no party.
	const eln = entitiesOf(
		'Colombia and the ELN resumed peace talks in Havana on Monday, with Cuba and Norway as guarantors. The ELN is the largest guerrilla active in Colombia since the 2016 peace agreement with the FARC, whose former fighters joined Congress.',
	);
	assert.deepEqual(partyNames(eln), ['Colombia', 'ELN']);
	// With pair evidence, the same negotiation is the report's own: "X and Y say they have reached an agreement".
	const farc = entitiesOf("Colombia's government and the FARC rebels say they have reached a final agreement in Havana to end a 52-year war. Cuba and Norway acted as guarantors.");
	assert.deepEqual(partyNames(farc), ['Colombia', 'FARC']);
});

test('generic names of a side count once the other side is named', () => {
	const e = entitiesOf(
		"Government and opposition delegates from Venezuela met in Mexico City on Saturday under Norwegian mediation. Venezuela's government and the opposition agreed to release frozen funds.",
	);
	assert.deepEqual(partyNames(e), ['Unitary Platform', 'Venezuela']);
	assert.deepEqual(mediatorNames(e).states, ['Norway']);
	// Near miss: "the opposition" of a report that names no Venezuelan side is nobody's.
	assert.deepEqual(partyNames(entitiesOf('The opposition walked out of parliament in Lima on Monday, officials said.')), []);
});

test('near miss: a new capital in a report of no talks is neither venue nor party', () => {
	const e = entitiesOf('Floods in Malawi displaced thousands on Monday, officials in Lilongwe said.');
	assert.deepEqual(partyNames(e), []);
	assert.deepEqual(e.venues, []);
});

test('a side named only through its known leader is a party', () => {
	const e = entitiesOf('South Sudan\'s President Salva Kiir and his former deputy turned rebel leader Riek Machar signed a ceasefire declaration in Khartoum on Wednesday, ending the talks hosted by Sudan.');
	assert.deepEqual(partyNames(e), ['SPLM-IO', 'South Sudan']);
	assert.ok(e.parties.find((p) => p.name === 'SPLM-IO')!.evidence[0]!.text.includes('Riek Machar'));
	// Near misses: an envoy does not stand for a state that mediates, nor a surname for its namesake's movement.
	const gaza = entitiesOf('Steve Witkoff met Hamas negotiators in Doha on Tuesday as talks between Israel and Hamas resumed.');
	assert.deepEqual(partyNames(gaza), ['Hamas', 'Israel']);
	const qassem = entitiesOf('Hamas spokesman Hazem Qassem said on Monday that the talks between Israel and Hamas in Cairo had stalled.');
	assert.ok(!partyNames(qassem).includes('Hezbollah'), partyNames(qassem).join());
});

test('"the representative of Norway, Dag Nylander, whose country facilitates the process" is a mediator', () => {
	const e = entitiesOf(
		"Venezuela's government and the opposition signed a social agreement in Mexico City on Saturday. The text was read by the representative of Norway, Dag Nylander, whose country facilitates the process.",
	);
	assert.deepEqual(mediatorNames(e).people, ['Dag Nylander']);
	assert.deepEqual(mediatorNames(e).states, ['Norway']);
	// Near miss: a representative of a side is no mediator.
	const side = entitiesOf("Venezuela's government and the opposition signed a social agreement in Mexico City on Saturday. The text was read by the representative of the opposition, Gerardo Blyde.");
	assert.deepEqual(mediatorNames(side).people, []);
});

test('a capitalised time phrase before a role appositive is not a person', () => {
	const text = "Last Wednesday, Ethiopia's Prime Minister Abiy Ahmed hosted South Sudan's President Salva Kiir and Riek Machar in Addis Ababa for talks.";
	const {people} = findMentions(splitSentences(text), new Set(), compileKnowledge(loadKnowledge()));
	assert.ok(!people.has('Last Wednesday'), [...people.keys()].join());
	assert.ok(people.has('Abiy Ahmed'));
	// Near miss: a first name that is also a month ("April", "June") stays a name.
	const april = findMentions(splitSentences('The UN envoy April Longley Alley met both delegations in Jeddah on Monday.'), new Set(), compileKnowledge(loadKnowledge()));
	assert.ok(april.people.has('April Longley Alley'), [...april.people.keys()].join());
});
