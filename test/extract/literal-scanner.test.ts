import assert from 'node:assert/strict';
import {test} from 'node:test';
import {literalAlternation} from '../../source/core/knowledge/compile-knowledge.js';
import {LiteralScanner} from '../../source/core/knowledge/phrase-matcher.js';

// What the scanner must reproduce: a global regex alternation of the literals, longest first.
const byRegex = (literals: string[], text: string) => [...text.matchAll(new RegExp(literalAlternation(literals), 'g'))].map((m) => m[0]);

test('the literal scanner finds what the longest-first regex alternation finds', () => {
	const literals = ['oct. 26', 'october', 'october 26', 'israel and iran', 'iran', 'and', 'x', 'bürgenstock', 'emptive strike', 'anniversary'];
	const texts = [
		'On october 26, Israel and Iran... israel and iran talks; the pre-emptive strike',
		'iranian anniversaries at bürgenstock, oct. 26 and october',
		'xx x-ray and andand',
		'',
		'o',
		'israel and ira',
	];
	const scanner = new LiteralScanner(literals);
	for (const text of texts) assert.deepEqual(scanner.scan(text), byRegex(literals, text), text);
});

test('scanAll finds every literal that occurs, inside longer ones too', () => {
	const literals = ['second', 'second round', 'round', 'iran', 'israel and iran', 'x'];
	const scanner = new LiteralScanner(literals);
	const text = 'the second round of israel and iran talks, x';
	const expected = literals.filter((literal) => text.includes(literal)).sort();
	assert.deepEqual([...new Set(scanner.scanAll(text))].sort(), expected);
	// By position, longest first at one position.
	assert.deepEqual(scanner.scanAll('second round'), ['second round', 'second', 'round']);
	assert.deepEqual(scanner.scanAll('nothing here'), []);
});

test('an event whose trigger sits inside another event\'s longer trigger is still tried', async () => {
	const {extractEntities} = await import('../../source/core/extract/extract-entities.js');
	const {splitSentences} = await import('../../source/core/extract/split-sentences.js');
	const {compileKnowledge} = await import('../../source/core/knowledge/compile-knowledge.js');
	const {loadKnowledge, mergeKnowledge} = await import('../../source/core/knowledge/load-knowledge.js');
	const base = loadKnowledge();
	const extra = {
		events: [
			{id: 'test-talks-2', label: 'the second round of test talks', date: '2019-05-07', patterns: ['\\bsecond round of test talks\\b'], triggers: ['second']},
			{id: 'test-other', label: 'another second round', date: '2019-01-01', patterns: ['\\bsecond round of the other track\\b'], triggers: ['second round']},
		],
	};
	const knowledge = {...base, data: mergeKnowledge(base.data, extra)};
	const text = 'Officials met again on Wednesday, a day after the second round of test talks ended without a deal.';
	assert.equal(extractEntities(splitSentences(text), compileKnowledge(knowledge), {}).date, '2019-05-08');
});
