import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import {listInputFiles} from '../../source/core/ingest/list-files.js';

let dir: string;
const p = (...parts: string[]) => join(dir, ...parts);

before(() => {
	dir = mkdtempSync(join(tmpdir(), 'parley-list-'));
	for (const name of ['b.md', 'a.txt', 'C.html', 'a.gold.json', '.draft.md', 'feed.rss', 'notes.docx', 'éclair.txt']) writeFileSync(p(name), 'x');
	mkdirSync(p('z-sub', 'deeper'), {recursive: true});
	writeFileSync(p('z-sub', 'one.json'), '[]');
	writeFileSync(p('z-sub', 'deeper', 'two.jsonl'), '{}');
	mkdirSync(p('.git'));
	writeFileSync(p('.git', 'config.txt'), 'x');
	symlinkSync(p('z-sub'), p('z-sub', 'deeper', 'back-up'));
	symlinkSync(p('a.txt'), p('link-to-a.txt'));
});

after(() => rmSync(dir, {recursive: true, force: true}));

test('folders are walked recursively in a stable, sorted order; hidden entries and gold files are skipped', () => {
	const {files, warnings} = listInputFiles([dir]);
	assert.deepEqual(files, [p('C.html'), p('a.txt'), p('b.md'), p('feed.rss'), p('z-sub', 'deeper', 'two.jsonl'), p('z-sub', 'one.json'), p('éclair.txt')]);
	assert.deepEqual(warnings, [
		{file: p('notes.docx'), reason: warnings[0]!.reason},
		{file: p('z-sub', 'deeper', 'back-up'), reason: warnings[1]!.reason},
	]);
	assert.match(warnings[0]!.reason, /unsupported file type/);
	assert.match(warnings[1]!.reason, /symlink to a folder already read/);
});

test('the same order every time, and paths keep the order they were given in', () => {
	assert.deepEqual(listInputFiles([dir]), listInputFiles([dir]));
	const {files} = listInputFiles([p('z-sub'), p('b.md'), p('a.txt')]);
	assert.deepEqual(files, [p('z-sub', 'deeper', 'two.jsonl'), p('z-sub', 'one.json'), p('b.md'), p('a.txt')]);
});

test('a file reached twice (symlink, overlapping paths) is listed once', () => {
	const {files} = listInputFiles([p('a.txt'), dir, p('link-to-a.txt')]);
	assert.equal(files.filter((f) => f.endsWith('a.txt')).length, 1);
	assert.equal(files[0], p('a.txt'));
});

test('an explicitly named hidden file is loaded; a missing path is a warning', () => {
	const {files, warnings} = listInputFiles([p('.draft.md'), p('nope.md')]);
	assert.deepEqual(files, [p('.draft.md')]);
	assert.deepEqual(warnings, [{file: p('nope.md'), reason: 'cannot read (ENOENT)'}]);
});

test('the size limit is an option', () => {
	writeFileSync(p('big.txt'), 'x'.repeat(2000));
	const {files, warnings} = listInputFiles([p('big.txt'), p('a.txt')], {maxFileBytes: 1000});
	assert.deepEqual(files, [p('a.txt')]);
	assert.match(warnings[0]!.reason, /too large/);
	rmSync(p('big.txt'));
});
