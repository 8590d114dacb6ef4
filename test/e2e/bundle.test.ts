/**
 * The shipped binary is the esbuild bundle in dist/bin (scripts/bundle.mjs). These tests run
 * it where bundling could break what the unbundled modules do: package.json's bin, the worker
 * file found beside the chunk that starts it, lazily imported chunks (compromise), and the
 * cache key (the bundle fingerprints its own folder).
 */
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, test} from 'node:test';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'dist', 'bin', 'parley.js');
const temp = mkdtempSync(join(tmpdir(), 'parley-bundle-'));
after(() => rmSync(temp, {recursive: true, force: true}));

function run(args: string[], env: Record<string, string> = {}) {
	return spawnSync(process.execPath, [bin, ...args], {encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: {...process.env, ...env}});
}

test('package.json bin is the bundle, with a node shebang', {skip: !existsSync(bin) && 'no build'}, () => {
	const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {bin: Record<string, string>};
	assert.equal(join(root, pkg.bin['parley']!), bin);
	assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
});

test('the chunk that starts workers finds extract-worker.js beside it', {skip: !existsSync(bin) && 'no build'}, () => {
	// A missing worker file is not an error at run time (the load finishes in-process), so check it here.
	const dir = join(root, 'dist', 'bin');
	const starters = readdirSync(dir).filter((name) => name.endsWith('.js') && readFileSync(join(dir, name), 'utf8').includes('new URL(`./extract-worker.'));
	assert.equal(starters.length, 1, `chunks that start workers: ${starters.join(', ')}`);
	assert.ok(existsSync(join(dir, 'extract-worker.js')));
	assert.match(readFileSync(join(dir, 'extract-worker.js'), 'utf8'), /parentPort/);
});

test('the bundle extracts with worker threads exactly what it extracts in-process, and its cache serves the same', {skip: !existsSync(bin) && 'no build'}, () => {
	// 240 files: above the 200-file threshold where loads go to workers.
	const corpus = join(temp, 'corpus');
	const seeds = readdirSync(join(root, 'data', 'reports')).map((name) => readFileSync(join(root, 'data', 'reports', name), 'utf8'));
	for (let i = 0; i < 240; i++) {
		const dir = join(corpus, String(i % 7));
		mkdirSync(dir, {recursive: true});
		writeFileSync(join(dir, `r${i}.txt`), `${seeds[i % seeds.length]}\n\nEditor's note ${i}: talks continue in Doha.\n`);
	}
	const inProcess = run(['extract', corpus, '--json', '--workers', '0', '--no-cache']);
	assert.equal(inProcess.status, 0, inProcess.stderr);
	const workers = run(['extract', corpus, '--json', '--workers', '2', '--no-cache']);
	assert.equal(workers.status, 0, workers.stderr);
	assert.equal(workers.stdout, inProcess.stdout);
	assert.equal((JSON.parse(workers.stdout) as {reports: unknown[]}).reports.length, 240);

	const cacheDir = join(temp, 'cache');
	const cold = run(['extract', corpus, '--json', '--cache-dir', cacheDir]);
	assert.equal(cold.status, 0, cold.stderr);
	assert.equal(readdirSync(join(cacheDir, 'reports')).length, 1, 'one cache version folder');
	const warm = run(['extract', corpus, '--json', '--cache-dir', cacheDir]);
	assert.equal(warm.status, 0, warm.stderr);
	assert.equal(warm.stdout, inProcess.stdout);
	assert.equal(cold.stdout, inProcess.stdout);
});

test('the bundle reads every input format (HTML through Readability, feeds, JSON, front matter) as the unbundled build does', {skip: (!existsSync(bin) || !existsSync(join(root, 'dist', 'source', 'cli.js'))) && 'no build'}, () => {
	const formats = join(root, 'test', 'fixtures', 'ingest');
	const bundled = run(['extract', formats, '--json', '--with-text', '--no-cache']);
	const unbundled = spawnSync(process.execPath, [join(root, 'dist', 'source', 'cli.js'), 'extract', formats, '--json', '--with-text', '--no-cache'], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
	assert.equal(bundled.status, 0, bundled.stderr);
	assert.equal(bundled.stdout, unbundled.stdout);
	assert.equal(bundled.stderr, unbundled.stderr, 'the same load warnings');
	const files = (JSON.parse(bundled.stdout) as {reports: Array<{file: string}>}).reports.map((r) => r.file.replace(/#\d+$/, ''));
	for (const ext of ['.html', '.rss', '.atom', '.json', '.jsonl', '.md']) assert.ok(files.some((f) => f.endsWith(ext)), `a report from a ${ext} file`);
});
