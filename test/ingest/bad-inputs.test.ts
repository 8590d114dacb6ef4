import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import {ingestFile} from '../../source/core/ingest/ingest-file.js';
import {MAX_FILE_BYTES, MAX_LINE_CHARS} from '../../source/core/ingest/limits.js';
import type {IngestedReport, LoadWarning} from '../../source/core/types.js';
import {loadPaths} from './ingest-helpers.js';

const GOOD = 'Egyptian and Qatari mediators hosted a new round of ceasefire talks in Cairo on Sunday.\n';
const YAML_BOMB = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill('*' + 'abcdefgh'[i]).join(',')}]`)].join('\n');
const XML_BOMB = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><rss><channel><title>T</title><item><title>&d;</title><description>Talks in Doha resumed on Monday.</description></item></channel></rss>`;

let dir: string;
let result: {reports: IngestedReport[]; warnings: LoadWarning[]};
const write = (name: string, content: string | Buffer) => writeFileSync(join(dir, name), content);
const warningFor = (name: string) => result.warnings.filter((w) => w.file === join(dir, name) || w.file.startsWith(join(dir, name) + '#'));
const reportFor = (name: string) => result.reports.find((r) => r.file === join(dir, name));

before(() => {
	dir = mkdtempSync(join(tmpdir(), 'parley-bad-'));
	write('good.txt', GOOD);
	write('empty.txt', '');
	write('blank.md', '  \n\t\n   ');
	write('binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff, 0x10, 0x00, 0x01, 0x02]));
	write('controls.txt', Buffer.from(Array.from({length: 400}, (_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 7)))));
	write('latin1.txt', Buffer.concat([Buffer.from('Talks in Doha resumed on Monday, the caf'), Buffer.from([0xe9]), Buffer.from(' owner said, as mediators met again.\n')]));
	write('not-utf8.txt', Buffer.from(Array.from({length: 300}, (_, i) => (i % 2 ? 0xe9 : 0x41))));
	write('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Talks in Cairo resumed — “progress”, officials said.\n', 'utf16le')]));
	const be = Buffer.from('Talks in Muscat resumed on Monday.\n', 'utf16le');
	be.swap16();
	write('utf16be.md', Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
	write('broken-front.md', '---\ntitle: "unterminated\ndate: [\n---\nMediators met in Doha on Friday to discuss a ceasefire.\n');
	write('unclosed-front.md', '---\ntitle: no closing fence\nMediators met in Doha on Friday.\n');
	write('bomb.md', `---\n${YAML_BOMB}\n---\nNegotiators met in Cairo on Thursday.\n`);
	write('malformed.json', '{"articles": [{"title": "x", "text": "y"');
	write('numbers.json', '[1, 2, 3]');
	write('object.json', '{"status": "ok", "count": 2}');
	write('notes.pdf', '%PDF-1.4 not supported');
	write('README', 'no extension');
	write('long-line.txt', 'Mediators met in Doha. ' + 'word '.repeat(Math.ceil(MAX_LINE_CHARS / 5) + 10) + '\n');
	write('deep.html', `<html><body>${'<div>'.repeat(5000)}<p>Talks in Cairo resumed on Sunday, officials said, as mediators pressed both sides.</p>${'</div>'.repeat(5000)}</body></html>`);
	write('deep.xml', `<rss><channel>${'<x>'.repeat(300)}${'</x>'.repeat(300)}</channel></rss>`);
	write('malformed.rss', '<rss><channel><item><title>Unclosed');
	write('page.xml', '<html><body><p>Not a feed</p></body></html>');
	write('entities.rss', XML_BOMB);
	write('.hidden.txt', GOOD);
	write('good.gold.json', '{"date": null}');
	write('too-big.txt', '');
	truncateSync(join(dir, 'too-big.txt'), MAX_FILE_BYTES + 1); // sparse: never read
	symlinkSync(join(dir, 'missing-target.txt'), join(dir, 'dangling.txt'));
	mkdirSync(join(dir, 'sub'));
	write(join('sub', 'nested.txt'), GOOD);
	symlinkSync('..', join(dir, 'sub', 'loop')); // a symlink loop back to the top folder
	spawnSync('mkfifo', [join(dir, 'pipe.txt')]);
	write('locked.txt', GOOD);
	chmodSync(join(dir, 'locked.txt'), 0o000);
	result = loadPaths([dir]);
});

after(() => rmSync(dir, {recursive: true, force: true}));

test('the good files load next to every bad one', () => {
	assert.equal(reportFor('good.txt')?.text, GOOD.trim());
	assert.equal(reportFor('sub/nested.txt')?.text, GOOD.trim());
});

test('empty, whitespace-only, binary and undecodable files are warnings naming the file', () => {
	assert.match(warningFor('empty.txt')[0]!.reason, /empty/);
	assert.match(warningFor('blank.md')[0]!.reason, /empty/);
	assert.match(warningFor('binary.txt')[0]!.reason, /binary/);
	assert.match(warningFor('controls.txt')[0]!.reason, /binary/);
	assert.match(warningFor('not-utf8.txt')[0]!.reason, /not UTF-8/);
	for (const name of ['empty.txt', 'blank.md', 'binary.txt', 'controls.txt', 'not-utf8.txt']) assert.equal(reportFor(name), undefined, name);
});

test('invalid UTF-8 is decoded with U+FFFD and a warning', () => {
	assert.match(warningFor('latin1.txt')[0]!.reason, /invalid UTF-8: 1 byte/);
	assert.match(reportFor('latin1.txt')!.text, /the caf\uFFFD owner said/);
	assert.deepEqual(reportFor('latin1.txt')!.warnings.length, 1);
});

test('UTF-16 with a BOM is decoded', () => {
	assert.equal(reportFor('utf16le.txt')!.text, 'Talks in Cairo resumed — “progress”, officials said.');
	assert.equal(reportFor('utf16be.md')!.text, 'Talks in Muscat resumed on Monday.');
});

test('broken front matter and YAML bombs are warnings; the body is kept', () => {
	assert.match(warningFor('broken-front.md')[0]!.reason, /broken front matter/);
	assert.equal(reportFor('broken-front.md')!.text, 'Mediators met in Doha on Friday to discuss a ceasefire.');
	assert.match(warningFor('unclosed-front.md')[0]!.reason, /front matter not closed/);
	assert.match(reportFor('unclosed-front.md')!.text, /Mediators met in Doha on Friday\./);
	assert.match(warningFor('bomb.md')[0]!.reason, /broken front matter \(.*alias/i);
	assert.equal(reportFor('bomb.md')!.text, 'Negotiators met in Cairo on Thursday.');
});

test('malformed JSON and JSON that is not reports are warnings', () => {
	assert.match(warningFor('malformed.json')[0]!.reason, /malformed JSON/);
	assert.match(warningFor('numbers.json')[0]!.reason, /does not hold news reports/);
	assert.match(warningFor('object.json')[0]!.reason, /does not hold news reports/);
});

test('unsupported extensions, too-large files, unreadable entries and pipes are warnings', () => {
	assert.match(warningFor('notes.pdf')[0]!.reason, /unsupported file type/);
	assert.match(warningFor('README')[0]!.reason, /unsupported file type/);
	assert.match(warningFor('too-big.txt')[0]!.reason, /too large \(20\.0 MB; the limit is 20\.0 MB\)/);
	assert.match(warningFor('dangling.txt')[0]!.reason, /cannot read \(ENOENT\)/);
	assert.match(warningFor('pipe.txt')[0]!.reason, /not a regular file/);
	if (process.getuid?.() !== 0) assert.match(warningFor('locked.txt')[0]!.reason, /EACCES/);
});

test('a huge line is read with a warning; deep HTML and XML do not break the load', () => {
	assert.match(warningFor('long-line.txt')[0]!.reason, /a line is \d+ characters long/);
	assert.ok(reportFor('long-line.txt')!.text.startsWith('Mediators met in Doha.'));
	assert.match(warningFor('deep.html')[0]!.reason, /nested 5\d{3} levels deep/);
	assert.equal(reportFor('deep.html')!.text, 'Talks in Cairo resumed on Sunday, officials said, as mediators pressed both sides.');
	assert.match(warningFor('deep.xml')[0]!.reason, /malformed XML|not an RSS/);
	assert.match(warningFor('malformed.rss')[0]!.reason, /malformed XML|no items|no description/);
	assert.match(warningFor('page.xml')[0]!.reason, /not an RSS or Atom feed/);
});

test('XML entity definitions are never expanded', () => {
	const items = result.reports.filter((r) => r.file.startsWith(join(dir, 'entities.rss')));
	assert.equal(items.length, 1);
	assert.equal(items[0]!.text, 'Talks in Doha resumed on Monday.');
	assert.ok((items[0]!.title ?? '').length < 100);
});

test('hidden files, gold annotations and symlink loops are skipped (a loop with a warning); each file is listed once', () => {
	const files = [...result.reports.map((r) => r.file), ...result.warnings.map((w) => w.file)];
	assert.ok(!files.some((f) => f.includes('.hidden') || f.endsWith('.gold.json')));
	assert.ok(!result.reports.some((r) => r.file.includes('loop')));
	assert.match(result.warnings.find((w) => w.file.endsWith('loop'))?.reason ?? '', /folder already read/);
	assert.equal(result.reports.filter((r) => r.text === GOOD.trim()).length, 2 + (process.getuid?.() === 0 ? 1 : 0));
});

test('every warning names a file of the folder', () => {
	for (const warning of result.warnings) assert.ok(warning.file.startsWith(dir), JSON.stringify(warning));
});

test('ingestFile rejects bytes over the limit without decoding them', () => {
	const {reports, warnings} = ingestFile('x.txt', Buffer.alloc(64, 0x41), {maxFileBytes: 32});
	assert.equal(reports.length, 0);
	assert.match(warnings[0]!.reason, /too large/);
});

test('input files are never modified', () => {
	assert.equal(readFileSync(join(dir, 'good.txt'), 'utf8'), GOOD);
	assert.equal(readFileSync(join(dir, 'bomb.md'), 'utf8').startsWith('---\na: &a'), true);
});
