import assert from 'node:assert/strict';
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import {packageRoot} from '../../source/core/package-paths.js';
import {diffTrees, snapshotTree} from './fuzz/input-tree.js';
import {generateCorpus} from './generate-corpus.js';

interface RunResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

const ROOT = packageRoot();
const CLI = join(ROOT, 'dist', 'bin', 'parley.js');
let work: string;
let input: string;
let cache: string;
let before_: Map<string, string>;
const runs: Array<{args: string[]; result: RunResult}> = [];

/**
 * Runs the built binary with the cache on (the default) in a temp cache folder and the input
 * folder as the working folder, so a stray relative write would land in it.
 */
async function parley(...args: string[]): Promise<RunResult> {
	const env = {...process.env, PARLEY_NO_CACHE: '', PARLEY_CACHE_DIR: '', XDG_CACHE_HOME: cache, HOME: work, PARLEY_NOW: '2024-11-01T12:00:00Z'};
	const child = spawn(process.execPath, [CLI, ...args], {cwd: input, env, stdio: ['ignore', 'pipe', 'pipe']});
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	const result = {code, stdout, stderr};
	runs.push({args, result});
	return result;
}

before(() => {
	// `npm test` builds first; a lone run of this file builds when the binary is missing.
	if (!existsSync(CLI)) assert.equal(spawnSync('npm', ['run', 'build'], {cwd: ROOT, stdio: 'ignore'}).status, 0, 'npm run build failed');
	work = mkdtempSync(join(tmpdir(), 'parley-untouched-'));
	input = join(work, 'reports');
	cache = join(work, 'cache');
	generateCorpus(input, 5);
	symlinkSync('..', join(input, 'part-0', 'loop'));
	symlinkSync('missing.md', join(input, 'dangling.md'));
	before_ = snapshotTree(input);
});

after(() => rmSync(work, {recursive: true, force: true}));

test('extract (cold and warm cache), export to stdout and to a file, and the plain dashboard leave the input folder as it was', {timeout: 180_000}, async () => {
	const out = join(work, 'out');
	mkdirSync(out);
	assert.equal((await parley('extract', '--json', '.')).code, 0);
	const warm = await parley('extract', '--json', '.');
	assert.equal(warm.stdout, runs[0]!.result.stdout, 'the warm cache gives the same JSON');
	assert.equal((await parley('extract', input)).code, 0);
	assert.equal((await parley('export', '.')).code, 0);
	assert.equal((await parley('export', '.', '--out', join(out, 'brief.md'))).code, 0);
	const again = await parley('export', '.', '--out', join(out, 'brief.md'));
	assert.notEqual(again.code, 0, 'an existing file is not overwritten without --force');
	assert.equal((await parley('export', '.', '--out', join(out, 'brief.md'), '--force')).code, 0);
	assert.equal((await parley('.')).code, 0, 'the dashboard without a terminal prints once');
	for (const {args, result} of runs) assert.match(result.stderr + result.stdout, /dangling\.md: cannot read/, `${args.join(' ')} warned about the dangling link`);

	assert.deepEqual(diffTrees(before_, snapshotTree(input)), []);
	assert.deepEqual(readdirSync(out), ['brief.md'], 'the export folder holds the export only: no temp file left');
	const cacheFiles = readdirSync(cache, {recursive: true}).map(String);
	assert.ok(cacheFiles.some((f) => f.endsWith('.json')), 'the cache was written, to the cache folder');
	assert.ok(!cacheFiles.some((f) => f.endsWith('.tmp')), 'no temp file left in the cache');
});
