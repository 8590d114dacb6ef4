import assert from 'node:assert/strict';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, it} from 'node:test';
import {FileExistsError, writeSnapshotFile} from '../../source/core/markdown/index.js';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'parley-write-'));
});
afterEach(() => rmSync(dir, {recursive: true, force: true}));

describe('writeSnapshotFile', () => {
	it('writes the content to the given path and leaves no temporary file', async () => {
		const path = join(dir, 'brief.md');
		assert.equal(await writeSnapshotFile('# hello\n', {path}), path);
		assert.equal(readFileSync(path, 'utf8'), '# hello\n');
		assert.deepEqual(readdirSync(dir), ['brief.md']);
	});

	it('never overwrites an existing file without force', async () => {
		const path = join(dir, 'brief.md');
		writeFileSync(path, 'precious notes');
		await assert.rejects(writeSnapshotFile('# new\n', {path}), FileExistsError);
		assert.equal(readFileSync(path, 'utf8'), 'precious notes');
		assert.deepEqual(readdirSync(dir), ['brief.md']);
	});

	it('replaces an existing file with force', async () => {
		const path = join(dir, 'brief.md');
		writeFileSync(path, 'old');
		await writeSnapshotFile('# new\n', {path, force: true});
		assert.equal(readFileSync(path, 'utf8'), '# new\n');
		assert.deepEqual(readdirSync(dir), ['brief.md']);
	});

	it('makes a new unique name in a folder, adding -2, -3 when taken', async () => {
		const now = new Date('2024-11-01T09:08:07Z');
		const first = await writeSnapshotFile('one', {dir, now});
		const second = await writeSnapshotFile('two', {dir, now});
		const third = await writeSnapshotFile('three', {dir, now});
		assert.deepEqual(
			[first, second, third],
			['parley-snapshot-2024-11-01-090807.md', 'parley-snapshot-2024-11-01-090807-2.md', 'parley-snapshot-2024-11-01-090807-3.md'].map((f) => join(dir, f)),
		);
		assert.deepEqual([first, second, third].map((p) => readFileSync(p, 'utf8')), ['one', 'two', 'three']);
	});

	it('fails cleanly when the folder does not exist', async () => {
		const path = join(dir, 'missing', 'brief.md');
		await assert.rejects(writeSnapshotFile('x', {path}), {code: 'ENOENT', message: `cannot write ${path}: the folder ${join(dir, 'missing')} does not exist`});
		assert.deepEqual(readdirSync(dir), []);
	});
});
