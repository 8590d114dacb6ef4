import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {writeSnapshotFile} from '../../source/core/markdown/index.js';

const CHILD = new URL('./interrupt-write-child.ts', import.meta.url).pathname;

describe('an interrupted snapshot write', () => {
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		it(`leaves no file and no temporary file on ${signal}, and still ends by the signal`, () => {
			const dir = mkdtempSync(join(tmpdir(), 'parley-interrupt-'));
			try {
				const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, dir, signal], {encoding: 'utf8'});
				assert.equal(child.stdout, '', 'the write finished before the signal; the test did not interrupt it');
				assert.equal(child.signal, signal, child.stderr);
				assert.deepEqual(readdirSync(dir), []);
			} finally {
				rmSync(dir, {recursive: true, force: true});
			}
		});
	}

	it('leaves no temporary file when another signal handler exits first (the dashboard’s terminal guard)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'parley-interrupt-'));
		try {
			const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, dir, 'SIGTERM', 'guard'], {encoding: 'utf8'});
			assert.equal(child.stdout, '', 'the write finished before the signal; the test did not interrupt it');
			assert.equal(child.status, 99, child.stderr);
			assert.deepEqual(readdirSync(dir), []);
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	});

	it('holds its signal handlers only while writing', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'parley-interrupt-'));
		try {
			const before = [process.listenerCount('SIGINT'), process.listenerCount('exit')];
			const writing = writeSnapshotFile('x', {dir});
			assert.deepEqual([process.listenerCount('SIGINT'), process.listenerCount('exit')], [before[0]! + 1, before[1]! + 1]);
			await writing;
			assert.deepEqual([process.listenerCount('SIGINT'), process.listenerCount('exit')], before);
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	});
});
