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
