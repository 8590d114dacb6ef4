import assert from 'node:assert/strict';
import {test} from 'node:test';
import {FAMILIES} from './fuzz/families.js';
import {runFuzz} from './fuzz/drive-fuzz.js';

/** Fixed, so a failure here reproduces with `npm run fuzz -- --quick --seed 20261122 --from I --count 1`. */
const SEED = 20261122;
const PER_FAMILY = 14;

test(`loader fuzz: ${PER_FAMILY * FAMILIES.length} cases, every family, no failure`, {timeout: 10 * 60_000}, async () => {
	const summary = await runFuzz({seed: SEED, count: PER_FAMILY * FAMILIES.length, jobs: 2, deadlineMs: 60_000});
	assert.equal(summary.cases, PER_FAMILY * FAMILIES.length);
	for (const [family, counts] of Object.entries(summary.perFamily)) assert.equal(counts.cases, PER_FAMILY, family);
	const report = summary.failures.map((f) => `case ${f.index} [${f.family}: ${f.variant}; ${f.mode}]\n  ${f.problems.join('\n  ')}`);
	assert.deepEqual(report, []);
});
