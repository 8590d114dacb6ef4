// Child process of the benchmark: one load of a folder with the built pipeline,
// printed as one JSON line: {ms, cpuMs, loadAvg, files, reports, stats, maxRssMB}.
//   node scripts/bench/measure-load.mjs DIR --workers N [--no-cache | --cache-dir DIR] [--threshold N]
import {loadavg} from 'node:os';
import {performance} from 'node:perf_hooks';
import {appModule} from './app-module.mjs';

const t0 = performance.now();
const [dir, ...rest] = process.argv.slice(2);
const arg = (name) => {
	const i = rest.indexOf(name);
	return i >= 0 ? rest[i + 1] : undefined;
};
const {loadReports} = await import(appModule('load-reports.js'));
const tImported = performance.now();
const cpu0 = process.cpuUsage();
const load0 = loadavg()[0];
let stats;
const result = await loadReports([dir], {
	workers: Number(arg('--workers') ?? 0),
	parallelThreshold: Number(arg('--threshold') ?? 200),
	cache: !rest.includes('--no-cache'),
	cacheDir: arg('--cache-dir'),
	onStats: (s) => (stats = s),
});
const t1 = performance.now();
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({
	ms: t1 - tImported,
	msWithImport: t1 - t0,
	// CPU of the whole process, worker threads included: robust when other jobs share the machine.
	cpuMs: (cpu.user + cpu.system) / 1000,
	loadAvg: Math.max(load0, loadavg()[0]),
	files: stats.files,
	reports: result.reports.length,
	stats,
	maxRssMB: process.resourceUsage().maxRSS / 1024,
}));
