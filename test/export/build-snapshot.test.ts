import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {buildSnapshot} from '../../source/core/markdown/index.js';
import {parseSnapshot, toString, walk} from './parse-snapshot.js';
import {sampleReports} from './sample-reports.js';

const NOW = new Date('2024-11-01T12:00:00Z');
const TIMELINE_HEADER = ['date', 'report', 'mediators', 'terms', 'obstacles', 'momentum'];

describe('buildSnapshot', () => {
	it('records versions, filters and every input hash in YAML front matter', () => {
		const {frontMatter} = parseSnapshot(buildSnapshot(sampleReports(), {now: NOW, knowledgeVersion: 'k1', parleyVersion: '9.9.9', track: 'Cairo'}));
		assert.equal(frontMatter['parley'], '9.9.9');
		assert.equal(frontMatter['knowledge'], 'k1');
		assert.equal(frontMatter['generated'], '2024-11-01T12:00:00Z');
		assert.deepEqual(frontMatter['filters'], {track: 'Cairo', query: null, since: null, until: null});
		// The inputs are every loaded file, not only those the filters keep, so the snapshot can be reproduced.
		assert.deepEqual(frontMatter['sources'], [
			{file: 'reports/a.txt', sha256: 'a'.repeat(64)},
			{file: 'reports/b.txt', sha256: 'b'.repeat(64)},
			{file: 'reports/c.txt', sha256: 'c'.repeat(64)},
		]);
	});

	it('has a sources table and one timeline table per track, in date order, that survive pipes and newlines', () => {
		const {tables, headings} = parseSnapshot(buildSnapshot(sampleReports(), {now: NOW}));
		assert.deepEqual(tables[0], [
			['id', 'title', 'outlet', 'date', 'date source', 'file'],
			['R1', 'Burns in Cairo | talks resume', 'CNN', '2024-08-01', 'metadata', 'reports/a.txt'],
			['R2', '-', 'unknown', '2024-08-10', 'inferred', 'reports/b.txt'],
			['R3', '-', 'Reuters', '2024-08-20', 'metadata', 'reports/c.txt'],
		]);
		assert.deepEqual(headings.filter((h) => h.startsWith('Track: ')), ['Track: All reports', 'Track: Cairo', 'Track: Doha']);
		const timelines = tables.slice(1);
		assert.equal(timelines.length, 3);
		for (const table of timelines) {
			assert.deepEqual(table[0], TIMELINE_HEADER);
			for (const row of table) assert.equal(row.length, 6, `row ${row.join(' / ')}`);
		}
		assert.deepEqual(timelines[0]!.slice(1), [
			['2024-08-01', 'R1 CNN', 'William Burns, Egypt', 'ceasefire: 6 weeks, permanent-ceasefire', 'end-of-war-dispute', 'progress'],
			['2024-08-10 (inferred)', 'R2', 'Qatar', 'ceasefire: 1 month, hostage-release: 33', 'withdrawal-dispute', 'stalled'],
			['2024-08-20', 'R3 Reuters', 'Egypt', 'ceasefire: 1 month', '-', 'unknown'],
		]);
		assert.deepEqual(timelines[1]!.slice(1).map((row) => row[1]), ['R1 CNN', 'R3 Reuters']);
	});

	it('lists what changed between consecutive reports of a track', () => {
		const markdown = buildSnapshot(sampleReports(), {now: NOW, track: 'cairo'});
		const {tree, headings} = parseSnapshot(markdown);
		assert.ok(headings.includes('What changed: Cairo'));
		const items = walk(tree)
			.filter((n) => n.type === 'listItem')
			.map((n) => toString(n));
		assert.ok(items.some((t) => t.startsWith('2024-08-20, R2 since R1')), items.join('\n'));
		assert.ok(items.includes('changed term ceasefire: 6 weeks → 1 month'));
		assert.ok(items.includes('dropped mediator: William Burns'));
		assert.ok(items.includes('dropped parties: Israel, Hamas'));
		assert.ok(items.includes('changed momentum: progress → unknown'));
		const all = walk(parseSnapshot(buildSnapshot(sampleReports(), {now: NOW})).tree)
			.filter((n) => n.type === 'listItem')
			.map((n) => toString(n));
		assert.ok(all.includes('changed party: Israel → Israel (David Barnea)'), all.join('\n'));
	});

	it('quotes each fact’s evidence with its report and character span', () => {
		const reports = sampleReports();
		const markdown = buildSnapshot(reports, {now: NOW});
		// Each quoted sentence is a paragraph of its own inside the quote.
		const quotes = walk(parseSnapshot(markdown).tree)
			.filter((n) => n.type === 'blockquote')
			.flatMap((n) => ('children' in n ? n.children : []).map((p) => toString(p)));
		const a = reports.find((r) => r.file === 'reports/a.txt')!;
		const evidence = a.terms[1]!.evidence[0]!;
		assert.equal(a.text!.slice(evidence.start, evidence.end), evidence.text);
		assert.ok(quotes.includes(`${evidence.text}\n— R1, characters ${evidence.start}–${evidence.end}`), quotes.join('\n'));
		// Two sentences of one fact: two paragraphs, each with its attribution; one starting with "- " stays a quote, not a list.
		assert.ok(quotes.includes('Talks in Cairo resumed on a monthlong ceasefire.\n— R3, characters 0–48'), quotes.join('\n'));
		assert.ok(quotes.includes('- Egypt proposed a two-day truce.\n— R3, characters 49–82'), quotes.join('\n'));
	});

	it('links a report’s web address, and shows anything else as text', () => {
		const [c, a] = sampleReports();
		const links = (url: string) => {
			const tree = parseSnapshot(buildSnapshot([{...a!, url}, c!], {now: NOW})).tree;
			return walk(tree).filter((n) => n.type === 'link').map((n) => (n as {url: string}).url);
		};
		assert.deepEqual(links('https://example.com/news?a=1&b=<2>'), ['https://example.com/news?a=1&b=%3C2%3E']);
		assert.deepEqual(links('javascript:alert(1)'), []);
	});

	it('includes a Mermaid timeline per track unless diagram is false', () => {
		const withDiagram = parseSnapshot(buildSnapshot(sampleReports(), {now: NOW}));
		assert.equal(withDiagram.mermaid.length, 3);
		assert.match(withDiagram.mermaid[1]!, /^timeline\n {4}title Cairo track\n {4}2024-08-01 : R1 CNN · ceasefire, permanent-ceasefire · progress\n {4}2024-08-20 : R3 Reuters · ceasefire$/);
		const without = parseSnapshot(buildSnapshot(sampleReports(), {now: NOW, diagram: false}));
		assert.equal(without.mermaid.length, 0);
		assert.ok(!buildSnapshot(sampleReports(), {now: NOW, diagram: false}).includes('```mermaid'));
	});

	it('sums a long track up per month in the diagram, so GitHub still draws it', () => {
		const [c, a] = sampleReports();
		const many = Array.from({length: 45}, (_, i) => ({
			...(i % 2 ? a! : c!),
			file: `reports/many-${String(i).padStart(2, '0')}.txt`,
			date: `2024-0${7 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')}`,
		}));
		const [diagram] = parseSnapshot(buildSnapshot(many, {now: NOW, track: 'Cairo'})).mermaid;
		const events = diagram!.split('\n').slice(2);
		assert.deepEqual(events.map((line) => line.split(' : ')[0]!.trim()), ['2024-07', '2024-08', '2024-09']);
		assert.match(events[0]!, /^ {4}2024-07 : 15 reports R1–R15 · ceasefire, permanent-ceasefire · 7 progress$/);
	});

	it('applies the track, date range and search filters', () => {
		const ids = (options: object) => parseSnapshot(buildSnapshot(sampleReports(), {now: NOW, ...options})).tables[0]!.slice(1).map((r) => r[5]);
		assert.deepEqual(ids({track: 'Doha'}), ['reports/b.txt']);
		assert.deepEqual(ids({since: '2024-08-05'}), ['reports/b.txt', 'reports/c.txt']);
		assert.deepEqual(ids({until: '2024-08-10'}), ['reports/a.txt', 'reports/b.txt']);
		assert.deepEqual(ids({query: 'mediator:qatar'}), ['reports/b.txt']);
		assert.deepEqual(ids({query: '!venue:doha', track: 'Cairo', since: '2024-08-15'}), ['reports/c.txt']);
	});

	it('says so when nothing matches, and still parses', () => {
		const parsed = parseSnapshot(buildSnapshot(sampleReports(), {now: NOW, since: '2030-01-01'}));
		assert.equal(parsed.tables.length, 0);
		assert.ok(toString(parsed.tree).includes('No reports match.'));
	});

	it('is deterministic: same reports and options, same text, whatever the input order', () => {
		const one = buildSnapshot(sampleReports(), {now: NOW});
		const two = buildSnapshot(sampleReports().reverse(), {now: NOW});
		assert.equal(one, two);
		assert.notEqual(one, buildSnapshot(sampleReports(), {now: new Date('2025-01-01T00:00:00Z')}));
	});
});
