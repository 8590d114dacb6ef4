import assert from 'node:assert/strict';
import {test} from 'node:test';
import {entitiesOf} from './entities-helper.js';

// Invented sentences: a city someone came from, spoke in, or that stands for its state in the object of a verb, or
// an area around a city, is not where talks were held; a delegation recalled from a city was at talks there.

test('where a mediator or party came from is not a venue', () => {
	assert.deepEqual(entitiesOf('The envoys met in Doha on Tuesday with Egypt\'s intelligence chief, who flew in from Cairo this morning.').venues, ['Doha']);
	assert.deepEqual(entitiesOf('Within hours a plane carrying the freed men took off from Tehran carrying the five freed by the deal.').venues, []);
	// Near misses: a negotiating team recalled from a city, or a delegation back from it, had been at talks there.
	assert.deepEqual(entitiesOf('Israel has recalled its negotiating team from Doha after Hamas rejected the compromise.').venues, ['Doha']);
	assert.deepEqual(entitiesOf('The Sudanese delegation returned from Jeddah without an agreement.').venues, ['Jeddah']);
});

test('where someone spoke, protesters gathered or troops stand is not a venue', () => {
	assert.deepEqual(entitiesOf('Before flying to Berlin for the conference, the president said in Istanbul that the attacks must stop.').venues, ['Berlin']);
	assert.deepEqual(entitiesOf('The foreign minister, speaking in Ankara on Monday, urged both sides to hold talks.').venues, []);
	assert.deepEqual(entitiesOf('Thousands of people gathered in Hostages Square in Tel Aviv to demand a deal.').venues, []);
	assert.deepEqual(entitiesOf('The map leaves Israeli forces in Rafah, something Hamas has rejected in every round of talks.').venues, []);
	// Near miss: "said in Pretoria, where the talks were held" still places the talks.
	assert.deepEqual(entitiesOf('The AU envoy said in Pretoria, where the talks were held, that both sides had signed.').venues, ['Pretoria']);
});

test('a capital as the object of giving or telling, or in the possessive after "toward", is its state', () => {
	assert.deepEqual(entitiesOf('The deal brokered by Qatar also gave Tehran access to $6 billion, officials at the talks said.').venues, []);
	assert.deepEqual(entitiesOf('The mediators told Kigali that the talks would go ahead.').venues, []);
	assert.deepEqual(entitiesOf('The draft agreed at the talks in Geneva was seen in Kyiv as tilted toward Moscow\'s demands.').venues, ['Geneva']);
	// Near miss: a possessive after "in" is a place in the city.
	assert.deepEqual(entitiesOf('The delegations met in Doha\'s Sheraton hotel on Sunday.').venues, ['Doha']);
});

test('an area around a city is not a venue', () => {
	assert.deepEqual(entitiesOf('The freed Americans were due to fly on to the Washington area after the talks.').venues, []);
	assert.deepEqual(entitiesOf('Negotiators met in Washington on Friday.').venues, ['Washington']);
});
