import assert from 'node:assert/strict';
import {test} from 'node:test';
import {splitSentences} from '../../source/core/extract/split-sentences.js';

test('sentences carry offsets into the text', () => {
	const text = 'CIA Director Bill Burns was in Cairo on Thursday. Talks resumed.\nU.S. officials said Mr. Kirby spoke at 3 p.m. on Monday.';
	const sentences = splitSentences(text);
	assert.deepEqual(sentences.map((s) => s.text), [
		'CIA Director Bill Burns was in Cairo on Thursday.',
		'Talks resumed.',
		'U.S. officials said Mr. Kirby spoke at 3 p.m. on Monday.',
	]);
	for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
	assert.deepEqual(sentences.map((s) => s.paragraph), [0, 0, 1]);
});

test('a quotation closing a sentence stays with it', () => {
	const sentences = splitSentences('He said “we are optimistic.” Then he left.');
	assert.equal(sentences.length, 2);
	assert.equal(sentences[0]!.text, 'He said “we are optimistic.”');
});
