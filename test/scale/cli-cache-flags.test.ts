import assert from 'node:assert/strict';
import {existsSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {runParley} from '../cli/run-parley.js';
import {tempDir} from './scale-helpers.js';

const env = (xdg: string) => ({XDG_CACHE_HOME: xdg, PARLEY_NO_CACHE: '', PARLEY_CACHE_DIR: ''});

test('the CLI caches in $XDG_CACHE_HOME/parley, --cache-dir moves it, --no-cache bypasses it', async () => {
	const xdg = tempDir('xdg');
	const first = await runParley(['extract', '--json', 'data/reports'], {env: env(xdg)});
	assert.equal(first.code, 0, first.stderr);
	assert.ok(readdirSync(join(xdg, 'parley', 'reports')).length > 0);
	const second = await runParley(['extract', '--json', 'data/reports'], {env: env(xdg)});
	assert.equal(second.stdout, first.stdout, 'a cached run prints the same facts');

	const other = tempDir('cache-dir');
	const moved = await runParley(['extract', '--json', '--cache-dir', other, 'data/reports'], {env: env(xdg)});
	assert.equal(moved.stdout, first.stdout);
	assert.ok(existsSync(join(other, 'reports')));

	const bare = tempDir('xdg');
	const bypass = await runParley(['extract', '--json', '--no-cache', '--workers', '0', 'data/reports'], {env: env(bare)});
	assert.equal(bypass.stdout, first.stdout);
	assert.deepEqual(readdirSync(bare), []);
});

test('--workers must be a whole number', async () => {
	const result = await runParley(['extract', '--workers', 'two', 'data/reports']);
	assert.equal(result.code, 2);
	assert.match(result.stderr, /--workers/);
});
