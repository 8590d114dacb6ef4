/**
 * End to end: the built `parley` binary in a real terminal (tmux) on the bundled reports,
 * at 80x24 and 160x48. Keys are sent with send-keys; panes are captured until the expected
 * text appears or a deadline passes. Needs `npm run build` first (npm test does it).
 */
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist', 'bin', 'parley.js');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const skip = !hasTmux ? 'tmux is not installed: skipping the end-to-end test' : !existsSync(cli) ? `${cli} is missing: run npm run build (npm test does)` : false;
const socket = `parley-e2e-${process.pid}`;
const workdir = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
const DEADLINE_MS = 30_000;

function tmux(...args: string[]): string {
	const result = spawnSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});
	if (result.status !== 0) throw new Error(`tmux ${args.join(' ')}: ${result.stderr}`);
	return result.stdout;
}

async function waitForPane(target: string, test: RegExp | ((pane: string) => boolean), what: string): Promise<string> {
	const ok = test instanceof RegExp ? (p: string) => test.test(p) : test;
	const deadline = Date.now() + DEADLINE_MS;
	let pane = '';
	while (Date.now() < deadline) {
		pane = tmux('capture-pane', '-p', '-t', target);
		if (ok(pane)) return pane;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`pane never showed ${what}\n--- last pane ---\n${pane}`);
}

function start(name: string, columns: number, rows: number): string {
	// The shell stays after parley exits so its exit code and terminal mode can be read from the pane.
	const command = `NO_COLOR=1 node ${JSON.stringify(cli)} --no-cache; echo "parley exited $?"; stty -a | grep -o -- '-\\?icanon' | sed 's/^/mode /'; sleep 600`;
	tmux('new-session', '-d', '-s', name, '-x', String(columns), '-y', String(rows), '-c', workdir, command);
	return name;
}

after(() => {
	if (hasTmux) spawnSync('tmux', ['-L', socket, 'kill-server']);
	rmSync(workdir, {recursive: true, force: true});
});

for (const [columns, rows] of [
	[80, 24],
	[160, 48],
] as const) {
	describe(`parley in tmux at ${columns}x${rows}`, {skip}, () => {
		test('search "Burns", the Cairo track, a detail, quit', async () => {
			const t = start(`s${columns}`, columns, rows);
			await waitForPane(t, /COMPARE │ track all │ \d+\/\d+ reports/, 'the compare view');
			const styled = tmux('capture-pane', '-e', '-p', '-t', t);
			assert.doesNotMatch(styled, /\u001b\[[0-9;]*(3[0-7]|9[0-7]|38;[25])[;m]/, 'NO_COLOR: no colour codes on screen');

			tmux('send-keys', '-t', t, '/');
			tmux('send-keys', '-t', t, '-l', 'Burns');
			let pane = await waitForPane(t, /filter "Burns" │ \d+\/\d+ reports/, 'the search filter');
			assert.match(pane, /\/Burns\s+\d+ match/);
			assert.match(pane, /Burns/, 'matches listed');
			tmux('send-keys', '-t', t, 'Escape');
			await waitForPane(t, (p) => !p.includes('filter "Burns"') && p.includes('COMPARE'), 'the search cleared');

			tmux('send-keys', '-t', t, '2');
			await waitForPane(t, /track \[all\]/, 'the tracks view');
			tmux('send-keys', '-t', t, 't');
			pane = await waitForPane(t, /TRACKS │ track Cairo/, 'the Cairo track');
			assert.match(pane, /\[Cairo\]/);
			assert.match(pane, /momentum [▲◆▼·]/, 'the momentum strip');
			if (rows >= 48) {
				const months = ['2024-04', '2024-08', '2024-10'].map((m) => pane.indexOf(m));
				assert.ok(months.every((at, i) => at >= 0 && (i === 0 || at > months[i - 1]!)), `April → August → October in order:\n${pane}`);
				assert.match(pane, /^\s+[+~-] (term|obstacle|mediator|party|venue|momentum)/m, 'changes listed between reports');
			}

			tmux('send-keys', '-t', t, 'Enter');
			pane = await waitForPane(t, /DETAIL │ track Cairo/, 'the detail');
			assert.match(pane, /facts \d+\/\d+/);
			assert.match(pane, /^▶ /m, 'the selected fact\'s evidence is marked');

			tmux('send-keys', '-t', t, 'q');
			pane = await waitForPane(t, /parley exited \d+/, 'parley to exit');
			assert.match(pane, /parley exited 0/);
			assert.ok(!pane.includes('DETAIL │'), 'the alternate screen is gone: the shell is back');
		});
	});
}

describe('parley in tmux: the terminal is restored on signals', {skip}, () => {
	for (const signal of ['SIGTERM', 'SIGHUP', 'SIGINT'] as const) {
		test(`${signal}: alternate screen left, raw mode off, exit 128+n`, async () => {
			const t = start(`sig-${signal}`, 80, 24);
			await waitForPane(t, /COMPARE │ track all/, 'the compare view');
			const shell = tmux('display-message', '-p', '-t', t, '#{pane_pid}').trim();
			const child = spawnSync('pgrep', ['-P', shell], {encoding: 'utf8'}).stdout.trim().split('\n')[0]!;
			assert.match(child, /^\d+$/, 'found the parley process');
			process.kill(Number(child), signal);
			const codes = {SIGHUP: 129, SIGINT: 130, SIGTERM: 143};
			const pane = await waitForPane(t, /mode -?icanon/, 'the shell after parley');
			assert.match(pane, new RegExp(`parley exited ${codes[signal]}`));
			assert.match(pane, /^mode icanon$/m, 'canonical mode: raw mode was turned off');
			assert.ok(!pane.includes('COMPARE │'), 'the alternate screen is gone');
		});
	}
});
