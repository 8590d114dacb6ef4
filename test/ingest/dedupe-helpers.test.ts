import assert from 'node:assert/strict';
import {test} from 'node:test';
import {contentStems} from '../../source/core/ingest/content-stems.js';
import {contentStemLength, contentWord, tokens} from '../../source/core/ingest/text-features.js';

const SAMPLE_TOKENS = [
	'the', 'The', 'talks', 'talking', 'talked', 'houses', 'trees', 'goes', 'gas', 'ceasefire', 'ceasefires', "israel's", 'israel’s',
	"don't", "it's", "o'neill", "'s", 'a', 'an', 'is', 'us', 'says', 'said', 'according', 'bring', 'sing', 'wed', 'freed', 'hostages',
	'über', 'négociations', 'الهدنة', '2024', "1990's", 'amid', 'further', 'however', "however's", "they're", 'ing', 'ings', 'seed',
	// Suffixes at the edge of the 4-character minimum.
	'sing', 'bring', 'string', 'singing', 'thing', 'things', 'fed', 'used', 'based', 'agreed', 'news', 'bus', 'buses', 'yes', 'eyes',
	'ties', 'goes', 'does', 'lines', 'aged', 'caged', 'king', 'kings', 'seeing', 'doing', "talking's", "agreed’s", 'mg', 'gs', 'ds',
];

test('contentStemLength gives the length of contentWord (a prefix of the token), -1 for null', () => {
	const words = [...SAMPLE_TOKENS, ...tokens('Hamas said on Tuesday it had accepted the mediators’ proposal, but Israel’s negotiators were still reviewing it.')];
	for (const token of words) {
		const word = contentWord(token);
		const length = contentStemLength(token);
		assert.equal(length < 0 ? null : token.slice(0, length), word, token);
	}
});

test('contentStems gives one id per distinct stem, in order of first occurrence, and -1 for non-content words', () => {
	const words = ['talks', 'the', 'talked', 'talk', 'israel’s', 'israel', 'negotiator', 'negotiators', 'of', 'talking'];
	const {stemOf, count} = contentStems(words);
	assert.deepEqual([...stemOf], [0, -1, 0, 0, 1, 1, 2, 2, -1, 0]);
	assert.equal(count, 3);
	// Same stems as interning the contentWord strings.
	const ids = new Map<string, number>();
	const expected = words.map((w) => {
		const stem = contentWord(w);
		if (!stem) return -1;
		if (!ids.has(stem)) ids.set(stem, ids.size);
		return ids.get(stem)!;
	});
	assert.deepEqual([...stemOf], expected);
});

test('contentStems tells apart stems that share a prefix or collide in length', () => {
	const words = Array.from({length: 500}, (_, i) => `word${i.toString(36)}x`);
	const {stemOf, count} = contentStems([...words, ...words]);
	assert.equal(count, 500);
	for (let i = 0; i < 500; i++) assert.equal(stemOf[i], i);
	for (let i = 0; i < 500; i++) assert.equal(stemOf[500 + i], i);
});

test('repeated paragraphs are found ignoring case, also when lowercasing changes their length', async () => {
	const {dedupeText} = await import('../../source/core/ingest/dedupe-text.js');
	const {identityText} = await import('../../source/core/ingest/offset-map.js');
	const text = ['Talks resume in İstanbul.', 'Short line.', 'TALKS RESUME IN İSTANBUL.', 'talks resume in i\u0307stanbul.', 'SHORT LINE.', 'Other line.'].join('\n');
	const {output, stats} = dedupeText(identityText(text));
	assert.equal(output.text, 'Talks resume in İstanbul.\nShort line.\nOther line.');
	assert.equal(stats.paragraphs, 3);
});
