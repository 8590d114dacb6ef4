import assert from 'node:assert/strict';
import {test} from 'node:test';
import {cleanText} from '../../source/core/ingest/clean-text.js';
import {htmlToText} from '../../source/core/ingest/html-to-text.js';
import {MappedTextBuilder, identityText, mapRangeToOriginal, mapToOriginal, type MappedText} from '../../source/core/ingest/offset-map.js';
import {readMarkdown} from '../../source/core/ingest/read-markdown.js';

test('the builder composes maps through stages', () => {
	const source = identityText('Hello   big\u200Bworld');
	const first = new MappedTextBuilder(source);
	first.copy(0, 5);
	first.insert(' ');
	first.copy(8, 11);
	first.copy(12, 17);
	const stage1 = first.build();
	assert.equal(stage1.text, 'Hello bigworld');
	const second = new MappedTextBuilder(stage1);
	second.copy(6, 14);
	const stage2 = second.build();
	assert.equal(stage2.text, 'bigworld');
	assert.deepEqual(stage2.map, [[0, 8, 3], [3, 12, 5]]);
});

test('mapToOriginal: exact inside segments; inserted characters map to the end of the previous segment', () => {
	const map: Array<[number, number, number]> = [[0, 10, 5], [6, 20, 4]];
	assert.equal(mapToOriginal(map, 0), 10);
	assert.equal(mapToOriginal(map, 4), 14);
	assert.equal(mapToOriginal(map, 5), 15); // an inserted space
	assert.equal(mapToOriginal(map, 6), 20);
	assert.equal(mapToOriginal(map, 10), 24); // the end of the text
	assert.deepEqual(mapRangeToOriginal(map, 6, 10), [20, 24]);
	assert.deepEqual(mapRangeToOriginal(map, 2, 5), [12, 15]);
	assert.equal(mapToOriginal([], 3), 0);
});

/** A small deterministic PRNG (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const WORDS = ['talks', 'in', 'Doha', 'Cairo', 'U. S.', 'U.N', 'ceasefire', 'hostages', '“quoted”', 'Hamas', 'Israel’s', 'mediators', 'said.', 'on', 'Sunday.', 'café', 'Photo by X/Reuters', '**bold**', '[link](http://x)', '&amp;', '<b>tag</b>', '😀', 'زيارة'];
const GAPS = [' ', ' ', ' ', '  ', '\t', '\u00A0', ' \u200B', '\u200B'];
const LINE_ENDS = ['\n', '\n', '\r\n', '\n\n', '\n  \n'];
const LINES = ['Advertisement', 'You have read 3 articles this month.', 'Share this article', 'اضافة اعلان'];

function randomDocument(next: () => number): string {
	const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
	const paragraphs: string[] = [];
	const count = 1 + Math.floor(next() * 12);
	for (let p = 0; p < count; p++) {
		if (next() < 0.15) paragraphs.push(pick(LINES));
		else if (next() < 0.1 && paragraphs.length) paragraphs.push(pick(paragraphs));
		else {
			const words = Array.from({length: 1 + Math.floor(next() * 40)}, () => pick(WORDS));
			paragraphs.push(words.map((w, i) => (i ? pick(GAPS) : '') + w).join(''));
		}
	}
	return paragraphs.map((p) => p + pick(LINE_ENDS)).join('');
}

function checkMap(cleaned: MappedText, source: string, label: string): void {
	let lastC = -1;
	let lastO = -1;
	for (const [c, o, n] of cleaned.map) {
		assert.ok(n > 0 && c > lastC && o >= lastO, `${label}: segments ascend`);
		assert.equal(cleaned.text.slice(c, c + n), source.slice(o, o + n), `${label}: segment [${c},${o},${n}] is verbatim`);
		lastC = c + n - 1;
		lastO = o + n;
	}
	// Any range inside one segment maps back to the same text; the map never goes backwards.
	let previous = -1;
	for (let i = 0; i <= cleaned.text.length; i++) {
		const mapped = mapToOriginal(cleaned.map, i);
		assert.ok(mapped >= previous, `${label}: monotonic at ${i}`);
		previous = mapped;
	}
	for (const [c, , n] of cleaned.map) {
		const start = c + Math.floor(n / 3);
		const end = c + n;
		const [from, to] = mapRangeToOriginal(cleaned.map, start, end);
		assert.equal(source.slice(from, to), cleaned.text.slice(start, end), `${label}: range maps back`);
	}
}

test('property: cleaned text maps back verbatim for random plain texts', () => {
	const next = random(20241122);
	for (let i = 0; i < 300; i++) {
		const source = randomDocument(next);
		const {cleaned} = cleanText(identityText(source), {joinLines: i % 2 ? 'auto' : false});
		checkMap(cleaned, source, `txt #${i}`);
		assert.ok(!cleaned.text.includes('\n\n') && !/^ | $/m.test(cleaned.text), `txt #${i}: normalised lines`);
	}
});

test('property: Markdown and HTML bodies map back verbatim into the file', () => {
	const next = random(7);
	for (let i = 0; i < 150; i++) {
		const doc = randomDocument(next);
		const md = `---\ntitle: t${i}\n---\n# Heading ${i}\n\n${doc}`;
		const fromMd = cleanText(readMarkdown(md).body).cleaned;
		checkMap(fromMd, md, `md #${i}`);
		const html = `<html><body><p>${doc.split('\n').join('</p>\n<p>')}</p><script>var x = "<p>no</p>";</script></body></html>`;
		const fromHtml = cleanText(htmlToText(html)).cleaned;
		checkMap(fromHtml, html, `html #${i}`);
		assert.ok(!fromHtml.text.includes('<p>') && !fromHtml.text.includes('var x'), `html #${i}: tags and scripts gone`);
	}
});
