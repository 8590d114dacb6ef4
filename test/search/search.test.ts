import assert from 'node:assert/strict';
import {test} from 'node:test';
import {buildSearchIndex, filterReports, parseQuery, searchReports} from '../../source/core/search/index.js';
import {april, august, beirut, october, reports, september} from '../ui/fixtures.js';

const index = buildSearchIndex(reports);
const ids = (query: string) => searchReports(index, query).reportIds;

test('parseQuery reads fzf items: words, !negation, exact and field prefixes', () => {
	const {terms} = parseQuery("venue:cairo !'paris 'kamel mediator:Al-Thani  ");
	assert.deepEqual(
		terms.map((t) => [t.field, t.words, t.negate, t.exact]),
		[
			['venue', ['cairo'], false, false],
			[null, ['paris'], true, true],
			[null, ['kamel'], false, true],
			['mediator', ['al', 'thani'], false, false],
		],
	);
	assert.equal(parseQuery('   ').terms.length, 0);
	assert.equal(parseQuery('unknown:word').terms[0]!.field, null);
});

test('typos still find: Hochstien → Hochstein, Kamal → Kamel', () => {
	assert.deepEqual(new Set(ids('Hochstien')), new Set([september.file, beirut.file]));
	assert.deepEqual(new Set(ids('Kamal')), new Set([april.file, august.file]));
	assert.deepEqual(ids("'Kamal"), [], 'exact form tolerates no typo');
});

test('every word must match; field prefixes limit the field', () => {
	assert.deepEqual(ids('burns cairo'), [april.file, august.file, october.file]);
	assert.deepEqual(ids('mediator:burns venue:doha'), [august.file, october.file]);
	// "Doha" is in October's text as an evidence sentence but it is also a venue.
	assert.deepEqual(ids('venue:beirut'), [beirut.file]);
	assert.deepEqual(ids('outlet:cnn'), [october.file]);
	assert.deepEqual(ids('obstacle:leader'), [august.file]);
	assert.deepEqual(ids('term:month'), [october.file]);
});

test('!word excludes reports', () => {
	assert.deepEqual(ids('burns !doha'), [april.file]);
	assert.deepEqual(new Set(ids('!hamas')), new Set([beirut.file]));
});

test('results rank whole-word hits before prefixes and typos, and carry highlight ranges', () => {
	const result = searchReports(index, 'Hochstein');
	const match = result.matches.get(beirut.file)!.find((m) => m.field === 'mediator')!;
	assert.equal(match.value, 'Amos Hochstein');
	assert.deepEqual(match.indices, [[5, 14]]);
	const prefix = searchReports(index, 'mcg').matches.get(august.file)!;
	const mediator = prefix.find((m) => m.field === 'mediator')!;
	assert.equal(mediator.value.slice(...mediator.indices[0]!), 'McG');
});

test('an empty query matches every report in date order', () => {
	assert.deepEqual(ids(''), reports.map((r) => r.file));
	assert.equal(searchReports(index, '').matches.size, 0);
});

test('filterReports keeps date order and narrows as the query grows', () => {
	assert.deepEqual(filterReports(reports, 'hamas').map((r) => r.file), [april, august, september, october].map((r) => r.file));
	assert.deepEqual(filterReports(reports, 'hamas stalled').map((r) => r.file), [september.file, october.file]);
	assert.deepEqual(filterReports(reports, 'hamas stalled cnn').map((r) => r.file), [october.file]);
	assert.equal(filterReports(reports, ''), reports);
});

test('diacritics and case are ignored', () => {
	assert.deepEqual(ids('CAÏRO burns'), [april.file, august.file, october.file]);
});
