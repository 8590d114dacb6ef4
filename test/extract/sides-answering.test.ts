import assert from 'node:assert/strict';
import {test} from 'node:test';
import {entitiesOf, partyNames} from './entities-helper.js';

// Invented reports: a state on the side of a paired member (Lebanon beside Hezbollah, Yemen beside Saudi Arabia,
// Afghanistan beside the Taliban) is a party when the text has it answer the proposal or set its own condition.

const parties = (text: string) => partyNames(entitiesOf(text));

test('a state\'s remarks on the proposal make it a side; a word about the proposal does not', () => {
	assert.deepEqual(parties("Mediators pressed for a ceasefire between Israel and Hezbollah on Monday. Lebanon's remarks on the French proposal were handed to the envoy."), ['Hezbollah', 'Israel', 'Lebanon']);
	assert.deepEqual(parties("Mediators pressed for a ceasefire between Israel and Hezbollah on Monday. Lebanon's president spoke about the French proposal at length."), ['Hezbollah', 'Israel']);
});

test('a state that answered or replied to the draft is a side, also in a relative clause after the draft', () => {
	const talks = 'Talks between Saudi Arabia and the Houthis resumed in Muscat on Monday.';
	assert.deepEqual(parties(`${talks} The Omani text, which Yemen answered in writing last week, would extend the truce.`), ['Houthis', 'Saudi Arabia', 'Yemen']);
	assert.deepEqual(parties(`${talks} Yemen replied to the Omani draft on Sunday, officials said.`), ['Houthis', 'Saudi Arabia', 'Yemen']);
	assert.deepEqual(parties(`${talks} The Omani text, which Yemen's president read last week, would extend the truce.`), ['Houthis', 'Saudi Arabia']);
});

test('a capital that maintains or insists on a condition ("only once", "until") speaks as a side', () => {
	const talks = 'Talks between Pakistan and the Taliban resumed in Istanbul on Monday.';
	assert.deepEqual(parties(`${talks} Kabul, for its part, insists that the border crossings will reopen only once Islamabad stops its air strikes.`), ['Afghanistan', 'Pakistan', 'Taliban']);
	assert.deepEqual(parties(`${talks} Kabul, for its part, insists that it shelters no militants.`), ['Pakistan', 'Taliban']);
});
