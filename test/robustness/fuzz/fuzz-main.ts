/**
 * `npm run fuzz [-- --count N --seed S --from I --jobs J --family NAME --quick --deadline SECONDS]`: the long fuzz run.
 * Prints progress, every failure (with its index: rerun one case with `--from I --count 1`),
 * per-family counts and a last line `fuzz: N cases, F failures`. Exit code 1 on any failure.
 */
import {availableParallelism} from 'node:os';
import {parseArgs} from 'node:util';
import {runFuzz} from './drive-fuzz.js';

const {values} = parseArgs({
	options: {
		count: {type: 'string', default: '10000'},
		seed: {type: 'string', default: '1'},
		from: {type: 'string', default: '0'},
		jobs: {type: 'string', default: String(Math.min(2, availableParallelism()))},
		family: {type: 'string', multiple: true},
		quick: {type: 'boolean', default: false},
		deadline: {type: 'string', default: '600'},
	},
});
const count = Number(values.count);
const started = Date.now();
let done = 0;
const summary = await runFuzz({
	seed: Number(values.seed),
	count,
	from: Number(values.from),
	long: !values.quick,
	jobs: Number(values.jobs),
	families: values.family,
	deadlineMs: Number(values.deadline) * 1000,
	onCase: (result) => {
		done++;
		if (result.problems.length) process.stderr.write(`FAIL case ${result.index} [${result.family}: ${result.variant}; ${result.mode}]\n  ${result.problems.join('\n  ')}\n`);
		if (done % Math.max(50, Math.round(count / 20)) === 0) process.stderr.write(`fuzz: ${done} cases, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
	},
});
const seconds = (Date.now() - started) / 1000;
const width = Math.max(...Object.keys(summary.perFamily).map((name) => name.length));
for (const [name, counts] of Object.entries(summary.perFamily)) console.log(`  ${name.padEnd(width)}  ${String(counts.cases).padStart(6)} cases  ${counts.failures} failures`);
if (summary.slowest) console.log(`  slowest case: ${summary.slowest.index} [${summary.slowest.family}: ${summary.slowest.variant}] ${(summary.slowest.ms / 1000).toFixed(1)} s`);
console.log(`  peak resident memory of a case process: ${Math.round(summary.peakRss / 2 ** 20)} MB`);
console.log(`fuzz: ${summary.cases} cases, ${summary.failures.length} failures (seed ${values.seed}, ${seconds.toFixed(1)} s)`);
process.exitCode = summary.failures.length ? 1 : 0;
