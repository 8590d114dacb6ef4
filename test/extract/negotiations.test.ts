import assert from 'node:assert/strict';
import {test} from 'node:test';
import {entitiesOf, mediatorNames, partyNames} from './entities-helper.js';

// Short invented reports from negotiations other than Gaza: the whole entity picture of each.

test('Ethiopia and the TPLF in Pretoria under the African Union', () => {
	const e = entitiesOf(
		'Peace talks between the Ethiopian government and the Tigray People\'s Liberation Front opened in Pretoria on Tuesday under the auspices of the African Union.\nThe AU\'s High Representative Olusegun Obasanjo leads the mediation.\nA TPLF spokesman told reporters in Mekelle that the delegation was ready.',
	);
	assert.deepEqual(e.venues, ['Pretoria']);
	assert.deepEqual(partyNames(e), ['Ethiopia', 'TPLF']);
	assert.deepEqual(mediatorNames(e), {states: ['African Union'], people: ['Olusegun Obasanjo']});
});

test('Lebanon: the US envoy shuttles to Beirut; an airstrike on Beirut is not the venue', () => {
	const e = entitiesOf(
		'US envoy Amos Hochstein arrived in Beirut on Tuesday to discuss a ceasefire proposal with Lebanese Parliament Speaker Nabih Berri.\nHochstein will then travel to Israel for talks with Prime Minister Benjamin Netanyahu.\nAn Israeli airstrike hit Beirut\'s southern suburbs hours before his arrival.',
	);
	assert.deepEqual(e.venues, ['Beirut']);
	assert.deepEqual(mediatorNames(e), {states: ['United States'], people: ['Amos Hochstein']});
	assert.ok(partyNames(e).includes('Israel') && partyNames(e).includes('Lebanon'), partyNames(e).join());
});

test('Sudan: Saudi and US mediators in Jeddah; a spokesman abroad adds no venue', () => {
	const e = entitiesOf(
		'Delegations from the Sudanese army and the paramilitary Rapid Support Forces arrived in Jeddah on Sunday for a new round of talks mediated by Saudi Arabia and the United States.\nAn RSF spokesman told Al Jazeera in Nairobi that the group was committed to the process.',
	);
	assert.deepEqual(e.venues, ['Jeddah']);
	assert.deepEqual(partyNames(e), ['Rapid Support Forces', 'Sudanese Armed Forces']);
	assert.deepEqual(mediatorNames(e).states, ['Saudi Arabia', 'United States']);
});

test('DRC: Congo and Rwanda sign in Washington, Qatar mediates with the M23 in Doha', () => {
	const e = entitiesOf(
		'Congo and Rwanda signed a peace agreement in Washington on Friday brokered by the United States, while Qatar kept mediating between Kinshasa and the M23 rebels in Doha.\nA spokesman for the M23, Lawrence Kanyuka, said the group was not bound by the accord.',
	);
	assert.deepEqual(e.venues.sort(), ['Doha', 'Washington']);
	assert.deepEqual(mediatorNames(e), {states: ['Qatar', 'United States'], people: []});
	assert.ok(partyNames(e).includes('Democratic Republic of the Congo') && partyNames(e).includes('Rwanda'), partyNames(e).join());
});

test('Ukraine: Turkey hosts in Istanbul; a drone strike on Kyiv is no venue', () => {
	const e = entitiesOf(
		'Russian and Ukrainian delegations held direct talks in Istanbul on Friday, hosted by Turkish Foreign Minister Hakan Fidan.\nUkrainian Defence Minister Rustem Umerov led Kyiv\'s delegation.\nA Russian drone strike on Kyiv killed three people overnight.',
	);
	assert.deepEqual(e.venues, ['Istanbul']);
	assert.deepEqual(partyNames(e), ['Russia', 'Ukraine']);
	assert.deepEqual(mediatorNames(e), {states: ['Turkey'], people: ['Hakan Fidan']});
	assert.deepEqual(e.parties.find((p) => p.name === 'Ukraine')?.negotiators, ['Rustem Umerov']);
});
