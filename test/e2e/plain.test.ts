/** Without a terminal (a pipe, CI) `parley` prints the compare view once as plain text and exits 0. */
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, test} from 'node:test';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const built = join(root, 'dist', 'bin', 'parley.js');
// The built binary when there is one, else the source through tsx.
const command = existsSync(built) ? [built] : ['--import', 'tsx', join(root, 'source', 'cli.tsx')];
const empty = mkdtempSync(join(tmpdir(), 'parley-empty-'));
after(() => rmSync(empty, {recursive: true, force: true}));

function parley(...args: string[]) {
	return spawnSync(process.execPath, [...command, ...args, '--no-cache'], {cwd: root, encoding: 'utf8', env: {...process.env, FORCE_COLOR: undefined}});
}

test('piped: the compare view once, as plain text, exit 0', () => {
	const result = parley();
	assert.equal(result.status, 0, result.stderr);
	for (const family of ['venues', 'mediators', 'parties', 'terms', 'obstacles', 'momentum']) assert.ok(result.stdout.includes(family), family);
	assert.match(result.stdout, /2024-\d\d-\d\d/);
	assert.doesNotMatch(result.stdout, /\u001b\[/, 'no escape sequences in a pipe');
});

test('piped with zero reports: says how to point Parley at a folder, exit 0', () => {
	const result = parley(empty);
	assert.equal(result.status, 0, result.stderr);
	assert.match(result.stdout, /No reports to show\. Point Parley at/);
});
