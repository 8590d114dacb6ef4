import assert from 'node:assert/strict';
import {test} from 'node:test';
import {venuesForEvidence} from '../../source/core/extract/attach-venues.js';
import {splitSentences} from '../../source/core/extract/split-sentences.js';
import {entitiesOf, mediatorNames} from './entities-helper.js';

const text = [
	'Mediators met in Cairo on Monday. A monthlong truce was discussed.',
	'Separately, the Doha round focused on the release of hostages.',
	'Washington has pressed both sides to accept a ceasefire.',
].join('\n');

function venuesOf(sentenceText: string): string[] {
	const e = entitiesOf(text);
	const sentences = splitSentences(text);
	const s = sentences.find((x) => x.text === sentenceText)!;
	return venuesForEvidence([{text: s.text, start: s.start, end: s.end}], sentences, e.venueMentions, e.venues);
}

test('a fact takes the venue named in its sentence, else in its paragraph', () => {
	assert.deepEqual(venuesOf('Separately, the Doha round focused on the release of hostages.'), ['Doha']);
	assert.deepEqual(venuesOf('A monthlong truce was discussed.'), ['Cairo']);
});

test('a capital standing for its state gives a fact no venue', () => {
	assert.deepEqual(venuesOf('Washington has pressed both sides to accept a ceasefire.'), []);
});

test('a known mediator is given the office they held on the report\'s date', () => {
	const role = (year: string) =>
		entitiesOf(`Qatari mediator Mohammed bin Abdulrahman Al Thani met Israeli and Hamas negotiators in Doha, ${year}.`).mediators.find((m) => m.name === 'Mohammed bin Abdulrahman Al Thani')?.role;
	assert.ok(mediatorNames(entitiesOf('Qatari mediator Mohammed bin Abdulrahman Al Thani met Israeli and Hamas negotiators in Doha.')).people.length);
	assert.equal(role('on Monday, August 19, 2024'), 'Prime Minister');
	assert.equal(role('on Monday, August 15, 2022'), 'Foreign Minister');
});
