import assert from 'node:assert/strict';
import {test} from 'node:test';
import {entitiesOf, mediatorNames} from './entities-helper.js';

// Invented sentences from several negotiations: general entity rules, positive and negative.

test('a capital that is the subject of a statement is not a venue', () => {
	const e = entitiesOf('Delegations arrived in Istanbul for talks. Moscow said it was satisfied with the result. Kyiv insisted on a ceasefire. Washington has pressed both sides. Tehran rejected the terms.');
	assert.deepEqual(e.venues, ['Istanbul']);
	assert.deepEqual(entitiesOf('Talks will be held in Moscow next week, the Kremlin said.').venues, ['Moscow']);
});

test('a city that is only captured or fought over is not a venue', () => {
	assert.deepEqual(entitiesOf('Talks in Doha continued as M23 rebels who seized Goma in January held the city.').venues, ['Doha']);
	assert.deepEqual(entitiesOf('Delegations held talks in Nairobi to end the fighting in Khartoum.').venues, ['Nairobi']);
	assert.deepEqual(entitiesOf('Talks in Jeddah resumed after the fall of Wad Madani.').venues, ['Jeddah']);
	assert.deepEqual(entitiesOf('Armenian and Azerbaijani delegations met in Abu Dhabi for talks.').venues, ['Abu Dhabi']);
});

test('labelled photo captions are not read for venues', () => {
	assert.deepEqual(entitiesOf('Pictured: delegates arrive for talks in Kinshasa on Monday.').venues, []);
	assert.deepEqual(entitiesOf('Photo caption: Delegates arrive for talks in Addis Ababa on Monday.').venues, []);
	assert.deepEqual(entitiesOf('Caption: Yemeni delegates arrive for talks in Muscat.\n\nHouthi and Saudi delegations held talks in Riyadh.').venues, ['Riyadh']);
	assert.deepEqual(entitiesOf('(AP Photo/Moses Sawasawa) Talks in Goma between the sides were held.').venues, []);
});

test('a title set off by commas before an unknown name makes an acting mediator', () => {
	assert.deepEqual(mediatorNames(entitiesOf("Turkey's intelligence chief, Ibrahim Kalin, joined the mediation effort between Russia and Ukraine.")), {states: ['Turkey'], people: ['Ibrahim Kalin']});
	assert.deepEqual(mediatorNames(entitiesOf("Norway's special envoy, Tor Wennesland, shuttled between the delegations of Israel and Hamas.")), {states: ['Norway'], people: ['Tor Wennesland']});
	assert.deepEqual(mediatorNames(entitiesOf("Kenya's envoy, Daniel Mwangi, met the delegations of Ethiopia and the TPLF in Nairobi.")).people, ['Daniel Mwangi']);
	// A side's official named the same way is no mediator.
	assert.deepEqual(mediatorNames(entitiesOf("Israel's defense minister, Israel Katz, said the army would keep fighting Hamas, as talks in Doha continued.")).people, []);
});

test("a known surname that is the first name of a longer name is not that person", () => {
	const e = entitiesOf("Turkey's intelligence chief, Ibrahim Kalin, met Russian and Ukrainian delegations in Istanbul.");
	assert.ok(!mediatorNames(e).people.includes('Anwar Ibrahim'));
});
