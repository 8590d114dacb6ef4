import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, describe, it} from 'node:test';
import {COMMANDS, FLAGS} from '../../source/commands/cli-flags.js';
import {ROOT, runParley} from './run-parley.js';

const tmp = mkdtempSync(join(tmpdir(), 'parley-cli-'));
after(() => rmSync(tmp, {recursive: true, force: true}));

/** One line on stderr, naming the problem, and no stack trace. */
function assertOneLineReason(stderr: string, pattern: RegExp): void {
	const lines = stderr.trim().split('\n');
	assert.match(lines[0]!, pattern);
	assert.ok(lines.length <= 2, `too much on stderr:\n${stderr}`);
	assert.doesNotMatch(stderr, /\n\s+at /);
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe('exit codes and messages', () => {
	it('2 for an unknown flag, naming it', async () => {
		const result = await runParley(['export', '--bogus-flag', '--no-frob']);
		assert.equal(result.code, 2);
		assertOneLineReason(result.stderr, /^parley: unknown flags --bogus-flag, --no-frob$/);
		assert.equal(result.stdout, '');
	});

	it('2 for a flag the command does not take', async () => {
		const result = await runParley(['extract', '--out', 'facts.md', '--no-diagram']);
		assert.equal(result.code, 2);
		assertOneLineReason(result.stderr, /^parley: --out, --no-diagram do not apply to extract$/);
	});

	it('2 for an unknown command', async () => {
		const result = await runParley(['exprot']);
		assert.equal(result.code, 2);
		assertOneLineReason(result.stderr, /unknown command or path "exprot" \(commands: dashboard, extract, export\)/);
	});

	it('2 for a path that does not exist', async () => {
		const result = await runParley(['extract', 'data/reports', 'no/such/folder']);
		assert.equal(result.code, 2);
		assertOneLineReason(result.stderr, /^parley: no such file or folder: no\/such\/folder$/);
		assert.equal(result.stdout, '');
	});

	it('2 for a knowledge file that does not exist', async () => {
		const result = await runParley(['export', '--knowledge', 'no-such-knowledge.json']);
		assert.equal(result.code, 2);
		assertOneLineReason(result.stderr, /^parley: no such file or folder: no-such-knowledge\.json$/);
		assert.equal(result.stdout, '');
	});

	it('2 for a --snapshot-dir that does not exist', async () => {
		const result = await runParley(['--snapshot-dir', join(tmp, 'nowhere')]);
		assert.equal(result.code, 2);
		assertOneLineReason(result.stderr, /^parley: --snapshot-dir .*nowhere: no such folder$/);
	});

	it('2 for --out naming a folder', async () => {
		const result = await runParley(['export', '--out', tmp]);
		assert.equal(result.code, 2);
		assertOneLineReason(result.stderr, /--out .* is a folder; give a file name/);
	});

	it('1 with one line when stdout cannot be written (a full disk)', async () => {
		const result = await runParley(['extract', '--json'], {shellPrefix: 'exec >/dev/full;'});
		assert.equal(result.code, 1);
		assertOneLineReason(result.stderr, /^parley: cannot write the output \(ENOSPC\)$/);
	});

	it('2 for a malformed date or time', async () => {
		const date = await runParley(['export', '--since', '2024-02-30']);
		assert.equal(date.code, 2);
		assertOneLineReason(date.stderr, /--since wants a date as YYYY-MM-DD, got "2024-02-30"/);
		const range = await runParley(['export', '--since', '2024-09-01', '--until', '2024-08-01']);
		assert.equal(range.code, 2);
		assertOneLineReason(range.stderr, /--since 2024-09-01 is after --until 2024-08-01/);
		const now = await runParley(['export', '--now', 'yesterday']);
		assert.equal(now.code, 2);
		assertOneLineReason(now.stderr, /--now wants an ISO 8601 time/);
	});

	it('0 with a warning for a track no report has: the snapshot is empty, not an error', async () => {
		const track = await runParley(['export', '--track', 'Atlantis']);
		assert.equal(track.code, 0);
		assert.match(track.stderr, /^parley: warning: no report names the venue "Atlantis" \(tracks: all/);
		assert.ok(track.stdout.startsWith('---\n'));
		assert.match(track.stdout, /No reports match/);
	});

	it('1 for a runtime error, with a one-line reason; the stack only with --debug', async () => {
		const broken = join(tmp, 'broken-knowledge.json');
		writeFileSync(broken, '{"actors": [');
		const plain = await runParley(['extract', '--json', '--knowledge', broken]);
		assert.equal(plain.code, 1);
		assertOneLineReason(plain.stderr, /^parley: knowledge file .*broken-knowledge\.json: invalid JSON/);
		assert.equal(plain.stdout, '');
		const debug = await runParley(['extract', '--json', '--debug', '--knowledge', broken]);
		assert.equal(debug.code, 1);
		assert.match(debug.stderr, /\n\s+at /);
	});

	it('0 with help that lists every command and flag, and the version', async () => {
		const help = await runParley(['--help']);
		assert.equal(help.code, 0);
		for (const word of [...COMMANDS, 'Examples', 'Exit codes']) assert.ok(help.stdout.includes(word), word);
		for (const [name, flag] of Object.entries(FLAGS)) {
			const shown = flag.type === 'boolean' && 'default' in flag && flag.default === true ? `--no-${kebab(name)}` : `--${kebab(name)}`;
			assert.ok(help.stdout.includes(shown), `the help does not mention ${shown}`);
		}
		const commandHelp = await runParley(['export', '--help']);
		assert.equal(commandHelp.code, 0);
		assert.equal(commandHelp.stdout, help.stdout);
		const version = await runParley(['--version']);
		assert.equal(version.code, 0);
		assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
	});
});
