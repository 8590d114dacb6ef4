import assert from 'node:assert/strict';
import {test} from 'node:test';
import {findCaptionParagraphs} from '../../source/core/extract/find-captions.js';
import {splitSentences} from '../../source/core/extract/split-sentences.js';

const captionsOf = (text: string) => [...findCaptionParagraphs(splitSentences(text))].sort();

test('photo credits, credit lines, repeated lines and caption syntax mark captions', () => {
	assert.deepEqual(captionsOf('A protester in Tel Aviv on Wednesday. Photograph: Jane Doe/Bloomberg\nTalks resumed in Doha.'), [0]);
	assert.deepEqual(captionsOf('The minister speaks in Cairo.\nWest Asia News Agency via Reuters\nTalks resumed.'), [0, 1]);
	assert.deepEqual(captionsOf('Leaders meet in Doha.\nLeaders meet in Doha.\nTalks resumed.'), [0, 1]);
	assert.deepEqual(captionsOf('Iran\'s president meets with a Hamas leader, in Doha, Qatar, on Oct. 2, 2024.\nQatar suspended its mediation.'), [0]);
});

test('ordinary paragraphs are not captions', () => {
	assert.deepEqual(captionsOf('Talks resumed in Doha on Monday.\nMediators said progress was made, according to Reuters.'), []);
});
