// Prints the benchmark's tables: per size, the 1k → 10k scaling, and the bar.
import {fmt, table} from './stats.mjs';

const sec = (ms) => fmt(ms / 1000, 2);
/** Wall seconds with the process's CPU seconds beside them: "9.80 (17.2 cpu)". */
const wallCpu = (x) => `${sec(x.ms)} (${fmt((x.cpuMs ?? Number.NaN) / 1000, 1)} cpu)`;
/** When the dashboard showed every report (a long load first shows the reports loaded so far). */
const complete = (app) => ({ms: app.completeMs ?? app.ms, cpuMs: app.completeCpuMs ?? app.cpuMs});
/** The highest 1-minute load average seen while measuring one size: other jobs on the machine inflate wall times. */
const maxLoad = (r) => Math.max(...[r.oneCore, r.allCores, r.coldLoad, r.warmLoad, r.coldApp, r.warmApp].map((x) => x?.loadAvg ?? 0));

/** Peak RSS over every measured process of one size (loads, app runs, search). */
function peakRss(r) {
	return Math.max(...[r.oneCore, r.allCores, r.coldLoad, r.warmLoad, r.coldApp, r.warmApp, r.search].map((x) => x?.rssMB ?? x?.maxRssMB ?? 0));
}

/** The figures compared across sizes, with how each should scale. */
function figures(r, cores) {
	return {
		'ingest+extract MB/s, 1 core': r.mb / (r.oneCore.ms / 1000),
		'ingest+extract MB per CPU-s, 1 core': r.mb / (r.oneCore.cpuMs / 1000),
		[`ingest+extract MB/s, ${cores} cores`]: r.mb / (r.allCores.ms / 1000),
		'first frame cold, s': r.coldApp.ms / 1000,
		'first frame warm, s': r.warmApp.ms / 1000,
		'all reports shown cold, s': (r.coldApp.completeMs ?? r.coldApp.ms) / 1000,
		'all reports shown warm, s': (r.warmApp.completeMs ?? r.warmApp.ms) / 1000,
		'facts ready cold (library), s': r.coldLoad.ms / 1000,
		'facts ready warm (library), s': r.warmLoad.ms / 1000,
		'search index build, ms': r.search?.indexBuildMs,
		'search keystroke p95, ms': r.search?.p95Ms,
		'fzf --filter keystroke p95, ms': r.search?.fzf?.p95Ms,
		'scroll frame p95, ms': r.coldApp.scroll?.p95Ms,
		'search index heap, MB': r.search?.indexHeapMB,
		'peak RSS, MB': peakRss(r),
	};
}

export function printReport(results, {cores, node}) {
	const out = [];
	out.push(`Parley benchmark — ${cores} cores, Node ${node}, ${new Date().toISOString()}`);
	const appKind = results.find((r) => r.coldApp.kind !== 'first frame') ? ' (no dashboard frame: wall time of `parley extract`)' : '';
	out.push('', `Throughput and start-up${appKind}`);
	out.push('Wall seconds, with the CPU seconds of the process (all threads) in brackets; MB/CPU-s is throughput per busy core. Load avg: other jobs on the machine.');
	out.push(table(
		['reports', 'MB', '1 core MB/s', '1 core MB/CPU-s', '1 core rep/s', `${cores} cores MB/s`, `${cores} cores rep/s`, 'facts cold s', 'facts warm s', 'first frame cold s', 'first frame warm s', 'all shown cold s', 'all shown warm s', 'load avg'],
		results.map((r) => [r.oneCore.derived ? `${r.size} *` : r.size, fmt(r.mb), fmt(r.mb / (r.oneCore.ms / 1000), 2), fmt(r.mb / (r.oneCore.cpuMs / 1000), 2), fmt(r.oneCore.reports / (r.oneCore.ms / 1000), 0), fmt(r.mb / (r.allCores.ms / 1000), 2), fmt(r.allCores.reports / (r.allCores.ms / 1000), 0), wallCpu(r.coldLoad), wallCpu(r.warmLoad), wallCpu(r.coldApp), wallCpu(r.warmApp), wallCpu(complete(r.coldApp)), wallCpu(complete(r.warmApp)), fmt(maxLoad(r))]),
	));
	if (results.some((r) => r.oneCore.derived)) out.push('* throughput from the cold-cache load (--throughput-max): 1 core = MB per CPU-second of all threads, cores = wall time incl. cache writes');
	out.push('', 'Interactivity and memory (search: every prefix of 12 typed queries; fzf: spawn + filter of one line per report)');
	out.push(table(
		['reports', 'index build ms', 'index heap MB', 'search p50 ms', 'search p95 ms', 'fzf p50 ms', 'fzf p95 ms', 'scroll p50 ms', 'scroll p95 ms', 'app peak RSS MB', 'peak RSS MB (all)'],
		results.map((r) => [r.size, fmt(r.search?.indexBuildMs), fmt(r.search?.indexHeapMB), fmt(r.search?.medianMs, 2), fmt(r.search?.p95Ms, 2), fmt(r.search?.fzf?.medianMs), fmt(r.search?.fzf?.p95Ms), fmt(r.coldApp.scroll?.medianMs), fmt(r.coldApp.scroll?.p95Ms), fmt(Math.max(r.coldApp.rssMB ?? 0, r.warmApp.rssMB ?? 0), 0), fmt(peakRss(r), 0)]),
	));
	const small = results.find((r) => r.size === 1000);
	const big = results.find((r) => r.size === 10000);
	if (small && big) {
		const a = figures(small, cores);
		const b = figures(big, cores);
		out.push('', 'Scaling 1,000 → 10,000 reports (x10 input; times should grow ≤ ~x10, rates stay ~x1)');
		out.push(table(['figure', '1k', '10k', 'ratio'], Object.keys(a).map((k) => [k, fmt(a[k], 2), fmt(b[k], 2), a[k] ? `x${fmt(b[k] / a[k], 2)}` : 'n/a'])));
	}
	if (big) {
		const f = figures(big, cores);
		const check = (label, ok) => `${ok ? 'PASS' : 'FAIL'}  ${label}`;
		out.push('', 'Bar at 10,000 reports');
		const shown = (key) => (f[`all reports shown ${key}, s`] > f[`first frame ${key}, s`] ? `; all 10,000 shown at ${fmt(f[`all reports shown ${key}, s`], 2)} s` : '');
		out.push(check(`first frame cold ${fmt(f['first frame cold, s'], 2)} s <= 10 s${appKind}${shown('cold')}`, f['first frame cold, s'] <= 10));
		out.push(check(`first frame warm ${fmt(f['first frame warm, s'], 2)} s <= 1.5 s${appKind}${shown('warm')}`, f['first frame warm, s'] <= 1.5));
		out.push(check(`search keystroke p95 ${fmt(f['search keystroke p95, ms'], 2)} ms <= 16 ms`, f['search keystroke p95, ms'] <= 16));
		out.push(check(`ingest+extract ${fmt(f['ingest+extract MB per CPU-s, 1 core'], 2)} MB per CPU-second (${fmt(f['ingest+extract MB/s, 1 core'], 2)} MB/s wall) per core >= 2`, f['ingest+extract MB per CPU-s, 1 core'] >= 2));
		out.push(check(`peak RSS ${fmt(f['peak RSS, MB'], 0)} MB <= 1024 MB (highest of every process measured; the app alone: ${fmt(Math.max(big.coldApp.rssMB ?? 0, big.warmApp.rssMB ?? 0), 0)} MB)`, f['peak RSS, MB'] <= 1024));
		out.push(`(1-minute load average up to ${fmt(maxLoad(big))} on ${cores} cores while measuring: wall times above that of an idle machine)`);
	}
	console.log(out.join('\n'));
}
