import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import {packageRoot} from '../../source/core/package-paths.js';
import {diffTrees, snapshotTree} from './fuzz/input-tree.js';
import {generateCorpus} from './generate-corpus.js';
import {hasTmux, TmuxSession} from './tmux-session.js';

const ROOT = packageRoot();
const CLI = join(ROOT, 'dist', 'bin', 'parley.js');
const PRELOAD = join(ROOT, 'test', 'fixtures', 'robustness', 'fault-preload.mjs');
const skip = hasTmux() ? false : 'tmux is not installed';

let work: string;
let input: string;
let session: TmuxSession;
let inputBefore: Map<string, string>;

before(() => {
	if (skip) return;
	// `npm test` builds first; a lone run of this file builds when the binary is missing.
	if (!existsSync(CLI)) assert.equal(spawnSync('npm', ['run', 'build'], {cwd: ROOT, stdio: 'ignore'}).status, 0, 'npm run build failed');
	work = mkdtempSync(join(tmpdir(), 'parley-terminal-'));
	input = join(work, 'reports');
	generateCorpus(input, 3);
	inputBefore = snapshotTree(input);
	// The cache is on (the default) but kept in the temp folder, never the user's.
	session = new TmuxSession(work, {XDG_CACHE_HOME: join(work, 'cache'), PARLEY_CACHE_DIR: '', PARLEY_NO_CACHE: '', NO_COLOR: '1', PARLEY_TEST_PID_FILE: join(work, 'pid')});
});

after(() => {
	session?.close();
	if (work) rmSync(work, {recursive: true, force: true});
});

/** The terminal modes a shell needs: characters echoed and lines edited (cooked mode). */
async function assertTerminalUsable(): Promise<void> {
	const stty = await session.run('stty -a');
	assert.match(stty, /(^|\s)echo(\s|$)/m, `echo is off:\n${stty}`);
	assert.match(stty, /(^|\s)icanon(\s|$)/m, `icanon is off:\n${stty}`);
	assert.doesNotMatch(stty, /(^|\s)-(echo|icanon)(\s|$)/m);
	// Typed text shows up again: a raw or no-echo terminal would not show the typed command.
	assert.match(await session.run('echo shell-is-usable'), /shell-is-usable/);
}

async function startDashboard(): Promise<void> {
	rmSync(join(work, 'pid'), {force: true});
	session.type(`clear; node --import ${PRELOAD} ${CLI} reports; echo "exit=$?"`);
	await session.waitFor(/COMPARE|TRACKS|MATRIX/);
}

function dashboardPid(): number {
	return Number(readFileSync(join(work, 'pid'), 'utf8'));
}

test('q quits and gives the terminal back in cooked mode with echo', {skip, timeout: 120_000}, async () => {
	await startDashboard();
	session.keys('q');
	await session.waitFor(/exit=0/);
	await assertTerminalUsable();
});

test('an uncaught exception ends the dashboard with a message, exit 1 and the terminal restored', {skip, timeout: 120_000}, async () => {
	await startDashboard();
	process.kill(dashboardPid(), 'SIGUSR2');
	const screen = await session.waitFor(/exit=1/);
	assert.match(screen, /injected failure \(terminal test\)/);
	await assertTerminalUsable();
});

test('SIGTERM ends the dashboard with exit 143 and the terminal restored', {skip, timeout: 120_000}, async () => {
	await startDashboard();
	process.kill(dashboardPid(), 'SIGTERM');
	await session.waitFor(/exit=143/);
	await assertTerminalUsable();
});

test('the dashboard runs (with the cache on) left the input folder exactly as it was', {skip}, () => {
	assert.deepEqual(diffTrees(inputBefore, snapshotTree(input)), []);
	assert.ok(existsSync(join(work, 'cache', 'parley')), 'the cache was written (to the temp cache folder)');
});
