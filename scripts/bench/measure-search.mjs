// Child process of the benchmark: search latency per keystroke with Parley's
// index (dist/source/core/search) over a folder's reports, and `fzf --filter`
// over the same texts (the fields the index holds, one line per report) as a
// reference. One JSON line out.
//   node scripts/bench/measure-search.mjs DIR --cache-dir DIR [--fzf-queries N]
import {spawnSync} from 'node:child_process';
import {closeSync, existsSync, mkdtempSync, openSync, rmSync, writeSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {appModule} from './app-module.mjs';
import {quantile} from './stats.mjs';

/** Typed one character at a time, as a person would. */
export const QUERIES = ['ceasefire', 'hostage release', 'burns doha', 'netanyahu', 'cairo talks', 'sinwar', 'mediator:burns', 'venue:cairo hostage', 'phase two !paris', 'cesefire qatar', 'term:withdrawal', 'humanitarian aid'];

const [dir, ...rest] = process.argv.slice(2);
const arg = (name) => {
	const i = rest.indexOf(name);
	return i >= 0 ? rest[i + 1] : undefined;
};
const dist = (path) => new URL(appModule(path));
const out = {available: false};
const {loadReports} = await import(dist('load-reports.js').href);
const {reports} = await loadReports([dir], {cacheDir: arg('--cache-dir'), workers: 2});
out.reports = reports.length;
out.rssAfterLoadMB = process.resourceUsage().maxRSS / 1024;

if (existsSync(dist('search/index.js'))) {
	const {buildSearchIndex, searchReports} = await import(dist('search/index.js').href);
	out.available = true;
	global.gc?.();
	const before = process.memoryUsage();
	const t0 = performance.now();
	const index = buildSearchIndex(reports);
	out.indexBuildMs = performance.now() - t0;
	global.gc?.();
	const after = process.memoryUsage();
	out.indexHeapMB = (after.heapUsed - before.heapUsed) / 1e6;
	out.rssBeforeIndexMB = before.rss / 1e6;
	out.rssAfterIndexMB = after.rss / 1e6;
	const times = [];
	out.hits = {};
	for (const query of QUERIES) {
		for (let n = 1; n <= query.length; n++) {
			const t = performance.now();
			const result = searchReports(index, query.slice(0, n));
			times.push(performance.now() - t);
			if (n === query.length) out.hits[query] = result.reportIds.length;
		}
	}
	out.rssAfterSearchMB = process.resourceUsage().maxRSS / 1024;
	out.keystrokes = times.length;
	out.medianMs = quantile(times, 0.5);
	out.p95Ms = quantile(times, 0.95);
	out.maxMs = Math.max(...times);
}

// Parley's peak: load, index and search. The fzf reference below is the harness's.
out.maxRssMB = process.resourceUsage().maxRSS / 1024;
const fzf = spawnSync('fzf', ['--version'], {encoding: 'utf8'});
if (fzf.status === 0) {
	const temp = mkdtempSync(join(tmpdir(), 'parley-fzf-'));
	const lines = join(temp, 'lines.txt');
	// The same texts Parley's search indexes (facts, evidence, title...), one line per report.
	const fields = existsSync(dist('search/report-fields.js')) ? (await import(dist('search/report-fields.js').href)).reportFieldValues : undefined;
	const line = (r) => (fields ? fields(r).map((v) => v.value).join(' ') : `${r.title ?? ''} ${r.text ?? ''}`).replace(/\s+/g, ' ');
	// Written line by line: one 30 MB string (and its garbage) would count against Parley's peak RSS.
	const fd = openSync(lines, 'w');
	let bytes = 0;
	for (const r of reports) bytes += writeSync(fd, `${r.file} ${line(r)}\n`);
	closeSync(fd);
	out.fzfInputMB = bytes / 1e6;
	const plain = QUERIES.filter((q) => !/[:!]/.test(q)).slice(0, Number(arg('--fzf-queries') ?? 4));
	const times = [];
	for (const query of plain) {
		for (let n = 1; n <= query.length; n++) {
			const t = performance.now();
			const input = openSync(lines, 'r');
			spawnSync('fzf', ['--filter', query.slice(0, n)], {stdio: [input, 'ignore', 'ignore']});
			closeSync(input);
			times.push(performance.now() - t);
		}
	}
	rmSync(temp, {recursive: true, force: true});
	out.fzf = {version: fzf.stdout.trim(), keystrokes: times.length, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95)};
}
out.harnessMaxRssMB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify(out));
