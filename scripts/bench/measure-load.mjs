// Child process of the benchmark: one load of a folder with the built pipeline,
// printed as one JSON line: {ms, files, reports, stats, maxRssMB}.
//   node scripts/bench/measure-load.mjs DIR --workers N [--no-cache | --cache-dir DIR] [--threshold N]
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
let stats;
const result = await loadReports([dir], {
	workers: Number(arg('--workers') ?? 0),
	parallelThreshold: Number(arg('--threshold') ?? 200),
	cache: !rest.includes('--no-cache'),
	cacheDir: arg('--cache-dir'),
	onStats: (s) => (stats = s),
});
const t1 = performance.now();
console.log(JSON.stringify({
	ms: t1 - tImported,
	msWithImport: t1 - t0,
	files: stats.files,
	reports: result.reports.length,
	stats,
	maxRssMB: process.resourceUsage().maxRSS / 1024,
}));
