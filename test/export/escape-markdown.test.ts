import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {escapeCell, escapeInline, mermaidText} from '../../source/core/markdown/index.js';
import {parseMarkdown, tableRows, toString, walk} from './parse-snapshot.js';

const NASTY = [
	'a | b || c',
	'line one\nline two\r\nline three',
	'*bold* _em_ `code` ~~strike~~',
	'[link](http://x.y) ![img](z.png) <b>html</b> <http://auto.link>',
	'# not a heading',
	'- not a list',
	'+ not a list either',
	'1. not ordered',
	'> not a quote',
	'=== not a setext underline',
	'back\\slash \\| escaped pipe',
	'&amp; &copy; entities',
	'$x^2$ math and 50$',
	'Hamas said: "no"; Israel — fine',
	'see https://example.com/a_b?x=1|2 and www.example.org/c*d*',
	'a > b and x<y',
	'\\',
];

describe('escapeInline', () => {
	for (const text of NASTY) {
		it(`keeps ${JSON.stringify(text)} as one cell of literal text`, () => {
			const tree = parseMarkdown(`| h | k |\n| --- | --- |\n| ${escapeCell(text)} | x |\n`);
			const tables = walk(tree).filter((n) => n.type === 'table');
			assert.equal(tables.length, 1);
			const rows = tableRows(tables[0] as never);
			assert.deepEqual(rows, [['h', 'k'], [text.replace(/\s*[\r\n]+\s*/g, ' '), 'x']]);
		});
		it(`keeps ${JSON.stringify(text)} as literal text at the start of a paragraph`, () => {
			const tree = parseMarkdown(`${escapeInline(text)}\n`);
			assert.equal(tree.children.length, 1);
			assert.equal(tree.children[0]!.type, 'paragraph');
			assert.equal(toString(tree), text.replace(/\s*[\r\n]+\s*/g, ' '));
			// Nothing but plain text (bare URLs may become links to themselves): no emphasis, code, HTML or Markdown link.
			const nodes = walk(tree);
			assert.deepEqual(nodes.filter((n) => !['root', 'paragraph', 'text', 'link'].includes(n.type)), []);
			for (const link of nodes.filter((n) => n.type === 'link')) assert.ok((link as {url: string}).url.endsWith(toString(link)));
		});
	}

	it('writes "-" for an empty cell so the column stays', () => {
		assert.equal(escapeCell('  '), '-');
	});
});

describe('mermaidText', () => {
	it('removes what Mermaid reads as syntax', () => {
		assert.equal(mermaidText('ceasefire: 1 month; #tag %%x\nnext'), 'ceasefire 1 month, tag x next');
	});
});
