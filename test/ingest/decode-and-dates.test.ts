import assert from 'node:assert/strict';
import {test} from 'node:test';
import {decodeBytes} from '../../source/core/ingest/decode-bytes.js';
import {ingestFile} from '../../source/core/ingest/ingest-file.js';
import {normalizeDate} from '../../source/core/ingest/normalize-date.js';

const text = (result: ReturnType<typeof decodeBytes>) => ('text' in result ? result.text : `ERROR ${result.error}`);

test('decoding: UTF-8 with BOM, UTF-16 without BOM, UTF-32 refused', () => {
	assert.equal(text(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Doha talks')]))), 'Doha talks');
	assert.equal(text(decodeBytes(Buffer.from('Talks in Cairo resumed.', 'utf16le'))), 'Talks in Cairo resumed.');
	const be = Buffer.from('Talks in Cairo resumed.', 'utf16le');
	be.swap16();
	assert.equal(text(decodeBytes(be)), 'Talks in Cairo resumed.');
	assert.match(text(decodeBytes(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))), /ERROR UTF-32/);
});

test('front matter problems are also on the report', () => {
	const {reports, warnings} = ingestFile('a.md', Buffer.from('---\ntitle: "open\n---\nTalks in Doha resumed.'));
	assert.match(warnings[0]!.reason, /broken front matter/);
	assert.match(reports[0]!.warnings[0]!, /broken front matter/);
});

test('metadata dates are normalised to YYYY-MM-DD only when valid', () => {
	assert.equal(normalizeDate('2024-08-15T23:10:00-04:00'), '2024-08-15');
	assert.equal(normalizeDate('Thu, 15 Aug 2024 12:00:00 GMT'), '2024-08-15');
	assert.equal(normalizeDate('Sun, 07 Apr 2024 01:00:00 +0300'), '2024-04-07');
	assert.equal(normalizeDate('August 15th, 2024'), '2024-08-15');
	assert.equal(normalizeDate('Sept. 4, 2024'), '2024-09-04');
	assert.equal(normalizeDate('2024/8/5'), '2024-08-05');
	assert.equal(normalizeDate(1723723200), '2024-08-15');
	assert.equal(normalizeDate('1723723200000'), '2024-08-15');
	for (const bad of ['2024-02-30', '2024-13-01', 'yesterday', '2', '', null, {}, '0999-01-01']) assert.equal(normalizeDate(bad), undefined, String(bad));
	const {reports, warnings} = ingestFile('d.md', Buffer.from('---\ndate: 31/31/2024\n---\nTalks.'));
	assert.equal(reports[0]!.date, undefined);
	assert.equal(reports[0]!.metadata.date, '31/31/2024');
	assert.match(warnings[0]!.reason, /not a valid date/);
	assert.equal(warnings[0]!.file, 'd.md');
});
