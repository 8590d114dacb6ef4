import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {MAX_FILE_BYTES} from '../../source/core/ingest/limits.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-race-'));
after(() => rmSync(dir, {recursive: true, force: true}));
const CHILD = fileURLToPath(new URL('./load-listed-child.ts', import.meta.url));
const GOOD = fileURLToPath(new URL('../fixtures/robustness/good-report.md', import.meta.url));

test('files that turned into a FIFO, a folder or an oversized file after the listing are warned about, never read or waited on', () => {
	const fifo = join(dir, 'became-a-fifo.txt');
	const folder = join(dir, 'became-a-folder.md');
	const grown = join(dir, 'grew.txt');
	const good = join(dir, 'good-report.md');
	execFileSync('mkfifo', [fifo]);
	mkdirSync(folder);
	writeFileSync(grown, '');
	truncateSync(grown, MAX_FILE_BYTES + 1); // sparse: no disk space used
	copyFileSync(GOOD, good);
	// A child process, with a deadline: a blocking read of the FIFO would block a test's own timers too.
	const run = spawnSync(process.execPath, ['--import', 'tsx', CHILD, fifo, folder, grown, good], {encoding: 'utf8', timeout: 60_000, env: {...process.env, NODE_NO_WARNINGS: '1'}});
	assert.equal(run.signal, null, 'the load hung (killed at the deadline)');
	assert.equal(run.status, 0, run.stderr);
	const {reports, warnings} = JSON.parse(run.stdout) as {reports: string[]; warnings: Array<{file: string; reason: string}>};
	assert.deepEqual(reports, [good]);
	const reason = (file: string) => warnings.find((w) => w.file === file)?.reason ?? '';
	assert.match(reason(fifo), /not a regular file/);
	assert.match(reason(folder), /not a regular file/);
	assert.match(reason(grown), /too large/);
});
