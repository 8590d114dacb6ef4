import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {FileResult} from '../../source/core/cache/report-cache.js';
import {decodeShard, encodeShard} from '../../source/core/cache/shard-codec.js';
import type {Report} from '../../source/core/types.js';

const TEXT = 'Talks resumed in Doha on Monday. Mediators from Qatar and Egypt met Hamas negotiators. “Progress” was reported.';

function report(file: string, text: string | undefined): Report {
	const span = (s: string) => ({text: s, start: text!.indexOf(s), end: text!.indexOf(s) + s.length});
	return {
		file,
		title: undefined,
		date: '2024-08-16',
		dateSource: 'metadata',
		dateEvidence: ['2024-08-16'],
		outlet: null,
		venues: ['Doha'],
		mediators: [{name: 'Qatar', type: 'state', evidence: text ? [span('Mediators from Qatar and Egypt met Hamas negotiators.')] : []}],
		parties: [{name: 'Hamas', evidence: text ? [{start: 0, end: 5, text: 'Talks'}, {text: 'not in the text', start: 0, end: 15}] : []}],
		terms: [{kind: 'other', text: '\u0001starts with the marker', venues: [], evidence: text ? [span('“Progress” was reported.')] : []}],
		obstacles: [],
		status: {value: 'progress', evidence: text ? [span('“Progress”')] : []},
		sha256: 'ab'.repeat(32),
		warnings: [],
		...(text === undefined ? {} : {text}),
	};
}

test('a shard round-trips to the same JSON, evidence rebuilt from the text', () => {
	const entries = new Map<string, FileResult>([
		['k1', {reports: [report('a.txt', TEXT), report('a.txt#2', TEXT + ' More.')], warnings: [{file: 'a.txt', reason: 'x'}]}],
		['k2', {reports: [report('b.txt', undefined)], warnings: []}],
		['k3', {reports: [], warnings: [{file: 'c.txt', reason: 'cannot process (boom)'}]}],
		['k4', {reports: [report('d.txt', 'A lone surrogate \ud800 in the text. Talks resumed in Doha on Monday.')], warnings: []}],
	]);
	const bytes = encodeShard('v1', entries);
	const decoded = decodeShard(bytes, 'v1');
	assert.equal(JSON.stringify([...decoded]), JSON.stringify([...entries]));
	assert.equal(decoded.get('k4')!.reports[0]!.text, entries.get('k4')!.reports[0]!.text, 'a lone surrogate survives');
	assert.ok(bytes.length < JSON.stringify([...entries]).length, 'evidence is stored as offsets');
	const evidence = decoded.get('k1')!.reports[0]!.mediators[0]!.evidence[0]!;
	assert.equal(decoded.get('k1')!.reports[0]!.text!.slice(evidence.start, evidence.end), evidence.text);
});

test('damage anywhere is detected', () => {
	const bytes = encodeShard('v1', new Map([['k1', {reports: [report('a.txt', TEXT)], warnings: []}]]));
	assert.throws(() => decodeShard(bytes, 'v2'), /version/);
	assert.throws(() => decodeShard(bytes.subarray(0, bytes.length - 1), 'v1'), /truncated/);
	assert.throws(() => decodeShard(Buffer.concat([bytes, Buffer.from('x')]), 'v1'), /truncated/);
	assert.throws(() => decodeShard(Buffer.from('{}\n[]'), 'v1'), /format/);
	const flipped = Buffer.from(bytes);
	flipped[bytes.indexOf('[[') + 1] = 0x7b; // '[' → '{' inside the facts JSON
	assert.throws(() => decodeShard(flipped, 'v1'));
});
