import assert from 'node:assert/strict';
import {test} from 'node:test';
import {buildTrack, diffReports, factLabels, listTracks, reportsInTrack, termLabel} from '../../source/core/compare/index.js';
import type {Report, Term} from '../../source/core/types.js';

const evidence = [{text: 'x', start: 0, end: 1}];
const term = (kind: Term['kind'], extra: Partial<Term> = {}): Term => ({kind, text: kind, venues: [], evidence, ...extra});

function report(file: string, date: string | null, fields: Partial<Report>): Report {
	return {
		file, date, dateSource: date ? 'inferred' : 'none', dateEvidence: [], outlet: null, venues: [], mediators: [],
		parties: [], terms: [], obstacles: [], status: {value: null, evidence: []}, sha256: file, warnings: [], ...fields,
	};
}

const april = report('april.txt', '2024-04-08', {
	venues: ['Cairo'],
	mediators: [{name: 'William Burns', type: 'person', evidence}],
	terms: [term('ceasefire', {duration: '6 weeks', phase: 'first'}), term('hostage-release', {count: 40})],
	obstacles: [{kind: 'military-operations', text: 'Rafah', venues: [], evidence}],
	status: {value: 'stalled', evidence},
});
const august = report('august.txt', '2024-08-15', {venues: ['Doha', 'Cairo'], terms: [term('ceasefire')], status: {value: 'progress', evidence}});
const october = report('october.txt', '2024-10-31', {
	venues: ['Cairo', 'Doha'],
	mediators: [{name: 'William Burns', type: 'person', evidence}, {name: 'Qatar', type: 'state', evidence}],
	terms: [term('ceasefire', {duration: '1 month'}), term('hostage-release')],
	obstacles: [{kind: 'domestic-politics', text: 'election', venues: [], evidence}],
	status: {value: 'mixed', evidence},
});
const undated = report('undated.txt', null, {venues: ['Paris']});

test('tracks: all first, then venues by number of reports', () => {
	assert.deepEqual(listTracks([october, undated, april, august]), ['all', 'Cairo', 'Doha', 'Paris']);
});

test('a track holds the reports naming its venue, in date order, undated last', () => {
	assert.deepEqual(reportsInTrack([october, april, august], 'cairo').map((r) => r.file), ['april.txt', 'august.txt', 'october.txt']);
	assert.deepEqual(reportsInTrack([october, undated, april], 'all').map((r) => r.file), ['april.txt', 'october.txt', 'undated.txt']);
	assert.deepEqual(reportsInTrack([october, april, august], 'Doha').map((r) => r.file), ['august.txt', 'october.txt']);
});

test('term labels carry their attributes', () => {
	assert.equal(termLabel(term('ceasefire', {duration: '6 weeks', phase: 'first'})), 'ceasefire: 6 weeks first phase');
	assert.equal(termLabel(term('hostage-release', {count: 33, categories: ['women', 'children']})), 'hostage-release: 33 (women, children)');
	assert.deepEqual(factLabels(october).term, ['ceasefire: 1 month', 'hostage-release']);
});

test('diff: added, dropped, attribute changes and momentum shifts', () => {
	const changes = diffReports(august, october);
	const labels = changes.map((c) => `${c.type} ${c.family} ${c.label}`);
	assert.ok(labels.includes('added mediator William Burns'));
	assert.ok(labels.includes('changed term ceasefire: (no details) → 1 month'));
	assert.ok(labels.includes('added term hostage-release'));
	assert.ok(labels.includes('added obstacle domestic-politics'));
	assert.ok(labels.includes('changed momentum momentum: progress → mixed'));
	const dropped = diffReports(april, august).filter((c) => c.type === 'dropped').map((c) => c.key);
	assert.deepEqual(dropped.sort(), ['William Burns', 'hostage-release', 'military-operations']);
});

test('a party whose negotiators change shows both labels', () => {
	const before = report('a.txt', '2024-01-01', {parties: [{name: 'Israel', negotiators: ['David Barnea'], evidence}]});
	const after = report('b.txt', '2024-02-01', {parties: [{name: 'Israel', negotiators: ['David Barnea', 'Ron Dermer'], evidence}]});
	assert.deepEqual(diffReports(before, after).map((c) => c.label), ['Israel (David Barnea) → Israel (David Barnea, Ron Dermer)']);
});

test('the first report of a track has everything added', () => {
	const changes = diffReports(undefined, april);
	assert.ok(changes.every((c) => c.type === 'added'));
	assert.ok(changes.some((c) => c.family === 'momentum' && c.key === 'stalled'));
});

test('buildTrack: Cairo over time with the changes between reports', () => {
	const track = buildTrack([october, august, april], 'cairo');
	assert.equal(track.name, 'Cairo');
	assert.deepEqual(track.entries.map((e) => e.date), ['2024-04-08', '2024-08-15', '2024-10-31']);
	assert.ok(track.entries[2]!.changes.some((c) => c.label === 'ceasefire: (no details) → 1 month'));
});
