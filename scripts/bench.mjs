#!/usr/bin/env node
// `npm run bench`: Parley at 100, 1,000 and 10,000 reports on this machine.
// Builds the app, generates synthetic corpora in a temp dir, and prints per
// size: ingest+extract throughput (one core, all cores), time to facts-ready
// and to the dashboard's first frame (cold and warm cache), search latency per
// keystroke (Parley and fzf --filter), scroll frame time, peak RSS; then the
// 1k → 10k scaling and the bar. The code measured is a private build
// of the working tree (or, with --committed, of HEAD) in the temp dir.
//   node scripts/bench.mjs [--sizes 100,1000,10000] [--committed] [--keep] [--json FILE]
//                          [--frame-pattern REGEX] [--complete-pattern REGEX] [--seed N] [--throughput-max N]
// --throughput-max N: above N reports, skip the two no-cache extraction runs and
// take throughput from the cold-cache load (CPU seconds for the per-core figure).
import {spawnSync} from 'node:child_process';
import {copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {availableParallelism, tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {generateCorpus} from './generate-corpus.mjs';
import {measureApp, measureNodeRun, tmuxAvailable} from './bench/measure-frame.mjs';
import {fmt, lastJsonLine, quantile} from './bench/stats.mjs';
import {printReport} from './bench/print-report.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : fallback;
};
const sizes = option('--sizes', '100,1000,10000').split(',').map(Number);
const framePattern = new RegExp(option('--frame-pattern', process.env.PARLEY_BENCH_FRAME_PATTERN ?? String.raw`COMPARE\b.*\d+/\d+ reports`));
// Every report shown: "N/N reports" with no "loading" progress after it on the status line.
const completePattern = new RegExp(option('--complete-pattern', String.raw`COMPARE\b.*\b(\d+)/\1 reports(?!.*loading)`));
const cores = availableParallelism();
const throughputMax = Number(option('--throughput-max', 'Infinity'));
const log = (line) => process.stderr.write(`bench: ${line}\n`);

ensureFzf();

const temp = mkdtempSync(join(tmpdir(), 'parley-bench-'));
log(`corpora, caches and the app build under ${temp}`);
const app = buildApp(join(temp, 'app'));
// The shipped binary (dist/bin, bundled); a commit from before the bundle has only dist/source.
const cli = existsSync(join(app, 'dist/bin/parley.js')) ? join(app, 'dist/bin/parley.js') : join(app, 'dist/source/cli.js');
process.env.PARLEY_BENCH_APP = app;
const results = [];
try {
	for (const size of sizes) results.push(await benchSize(size));
} finally {
	if (!args.includes('--keep')) rmSync(temp, {recursive: true, force: true});
}
const jsonPath = option('--json');
if (jsonPath) writeFileSync(jsonPath, JSON.stringify({date: new Date().toISOString(), cores, node: process.version, results}, null, 2));
printReport(results, {cores, node: process.version});

async function benchSize(size) {
	const corpus = join(temp, `corpus-${size}`);
	log(`${size}: generating corpus`);
	const {bytes} = generateCorpus({out: corpus, count: size, seed: Number(option('--seed', 1))});
	const r = {size, mb: bytes / 1e6};
	const load = (name, extra) => {
		log(`${size}: ${name}`);
		const run = spawnSync(process.execPath, [join(root, 'scripts/bench/measure-load.mjs'), corpus, ...extra], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
		if (run.status !== 0) throw new Error(`${name} failed:\n${run.stderr}`);
		return lastJsonLine(run.stdout);
	};
	const libCache = join(temp, `lib-cache-${size}`);
	if (size <= throughputMax) {
		r.oneCore = load('ingest+extract, one core, no cache', ['--workers', '0', '--no-cache']);
		r.allCores = load(`ingest+extract, ${cores} workers, no cache`, ['--workers', String(cores), '--threshold', '0', '--no-cache']);
	}
	r.coldLoad = load('facts ready, cold cache', ['--workers', String(cores), '--cache-dir', libCache]);
	if (size > throughputMax) {
		// Saves two full extractions on a busy machine: throughput from the cold load, whose
		// CPU seconds (all threads) give MB per busy core; marked "from cold load" in the table.
		r.oneCore = {...r.coldLoad, ms: r.coldLoad.cpuMs, derived: true};
		r.allCores = {...r.coldLoad, derived: true};
	}
	r.warmLoad = load('facts ready, warm cache', ['--workers', String(cores), '--cache-dir', libCache]);

	const xdg = join(temp, `xdg-${size}`);
	for (const phase of ['cold', 'warm']) {
		log(`${size}: app ${phase}`);
		r[`${phase}App`] = await launchApp(corpus, xdg);
	}
	log(`${size}: search`);
	const search = spawnSync(process.execPath, ['--expose-gc', join(root, 'scripts/bench/measure-search.mjs'), corpus, '--cache-dir', libCache], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
	r.search = search.status === 0 ? lastJsonLine(search.stdout) : {error: search.stderr.slice(-500)};
	log(`${size}: done ${JSON.stringify({oneCore: fmt(r.mb / (r.oneCore.ms / 1000)), cold: fmt(r.coldApp.ms, 0), warm: fmt(r.warmApp.ms, 0)})}`);
	return r;
}

/** First frame of the dashboard under tmux; when there is none, time to facts-ready of `parley extract`. */
async function launchApp(corpus, xdg) {
	const env = {XDG_CACHE_HOME: xdg, PARLEY_CACHE_DIR: '', FORCE_COLOR: '0'};
	if (tmuxAvailable()) {
		const app = await measureApp({command: [process.execPath, cli, corpus], env, pattern: framePattern, completePattern});
		if (!app.error) return {kind: 'first frame', ...app, screen: undefined, scroll: summarise(app.scrollMs)};
		log(`no dashboard frame (${app.error}); measuring \`parley extract\` to facts-ready instead. Screen:\n${app.screen.trim().split('\n').slice(0, 3).join('\n')}`);
	}
	const run = measureNodeRun({args: [cli, 'extract', corpus], env});
	if (run.status !== 0) log(`parley extract exited ${run.status}: ${run.stderr}`);
	return {kind: 'extract run (no dashboard)', ms: run.ms, cpuMs: run.cpuMs, loadAvg: run.loadAvg, rssMB: run.rssMB};
}

function summarise(values) {
	return values && values.length ? {count: values.length, medianMs: quantile(values, 0.5), p95Ms: quantile(values, 0.95)} : undefined;
}

/**
 * A private build of the working tree (package.json, data/, node_modules link,
 * dist/ compiled there), so builds and edits by others during a long run
 * cannot change the code being measured half-way.
 */
function buildApp(dir) {
	mkdirSync(dir, {recursive: true});
	const committed = args.includes('--committed');
	let build;
	if (committed) {
		log('building the committed code (git archive HEAD) in the temp dir');
		const archive = spawnSync('bash', ['-c', `git -C ${JSON.stringify(root)} archive HEAD | tar -x -C ${JSON.stringify(dir)}`], {encoding: 'utf8'});
		if (archive.status !== 0) throw new Error(`git archive failed: ${archive.stderr}`);
		symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
		build = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], {cwd: dir, encoding: 'utf8'});
	} else {
		log('building the working tree into the temp dir');
		copyFileSync(join(root, 'package.json'), join(dir, 'package.json'));
		cpSync(join(root, 'data'), join(dir, 'data'), {recursive: true});
		symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
		build = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--outDir', join(dir, 'dist')], {cwd: root, encoding: 'utf8'});
	}
	if (build.status !== 0) log(`tsc reported errors (work in progress?); measuring what it emitted:\n${build.stdout.split('\n').slice(0, 5).join('\n')}`);
	if (!existsSync(join(dir, 'dist/source/cli.js'))) throw new Error('the build emitted no dist/source/cli.js');
	const bundler = join(committed ? dir : root, 'scripts/bundle.mjs');
	if (existsSync(bundler)) {
		const bundle = spawnSync(process.execPath, [bundler, '--dist', join(dir, 'dist')], {encoding: 'utf8'});
		if (bundle.status !== 0) throw new Error(`bundling failed:\n${bundle.stderr}`);
	}
	return dir;
}

function ensureFzf() {
	if (spawnSync('fzf', ['--version']).status === 0) return;
	log('fzf not found: trying apt-get install -y fzf');
	const install = (cmd) => spawnSync('bash', ['-c', cmd], {stdio: 'ignore', timeout: 180_000}).status === 0;
	if (!install('apt-get install -y fzf') && !install('apt-get update && apt-get install -y fzf')) log('fzf unavailable: the fzf reference is skipped');
}
