import assert from 'node:assert/strict';
import {test} from 'node:test';
import {loadKnowledge} from '../../source/core/knowledge/load-knowledge.js';
import {loadReports, type LoadStats} from '../../source/core/load-reports.js';
import {copyCorpus, tempDir} from './scale-helpers.js';

const KNOWLEDGE = loadKnowledge();

test('worker threads give byte-identical results to in-process extraction', async () => {
	const {dir, files} = copyCorpus();
	const inProcess = await loadReports([dir], {cache: false, workers: 0, knowledge: KNOWLEDGE});
	let stats: LoadStats | undefined;
	const parallel = await loadReports([dir], {cache: false, workers: 2, parallelThreshold: 1, knowledge: KNOWLEDGE, onStats: (s) => (stats = s)});
	assert.equal(stats!.workers, 2, 'the worker path ran');
	assert.equal(stats!.extracted, files);
	assert.ok(inProcess.reports.length >= files);
	assert.equal(JSON.stringify(parallel), JSON.stringify(inProcess));
});

test('small loads stay in-process; results from workers are cached like the others', async () => {
	const {dir, files} = copyCorpus();
	const cacheDir = tempDir('cache');
	let stats: LoadStats | undefined;
	await loadReports([dir], {cacheDir, workers: 2, knowledge: KNOWLEDGE, onStats: (s) => (stats = s)});
	assert.equal(stats!.workers, 0, `${files} files is below the default threshold`);
	const cacheDir2 = tempDir('cache');
	const cold = await loadReports([dir], {cacheDir: cacheDir2, workers: 2, parallelThreshold: 1, knowledge: KNOWLEDGE});
	const warm = await loadReports([dir], {cacheDir: cacheDir2, workers: 2, parallelThreshold: 1, knowledge: KNOWLEDGE, onStats: (s) => (stats = s)});
	assert.equal(stats!.cacheHits, files);
	assert.equal(JSON.stringify(warm), JSON.stringify(cold));
});

test('when workers cannot start (knowledge that cannot be cloned), the load finishes in-process', async () => {
	const {dir} = copyCorpus();
	const knowledge = {...KNOWLEDGE, notCloneable: () => 0};
	const inProcess = await loadReports([dir], {cache: false, workers: 0, knowledge: KNOWLEDGE});
	const fallback = await loadReports([dir], {cache: false, workers: 2, parallelThreshold: 1, knowledge});
	assert.equal(JSON.stringify(fallback), JSON.stringify(inProcess));
});

test('onReports hands over every report once, as it arrives, from workers and from the cache', async () => {
	const {dir} = copyCorpus();
	const cacheDir = tempDir('cache');
	const ids = (reports: Array<{file: string; sha256: string}>) => reports.map((r) => `${r.file}#${r.sha256}`).sort();
	for (const run of ['cold, workers', 'warm, cache']) {
		const arrived: Array<{file: string; sha256: string}> = [];
		const progressAtArrival: number[] = [];
		let done = 0;
		const result = await loadReports([dir], {
			cacheDir,
			workers: 2,
			parallelThreshold: 1,
			knowledge: KNOWLEDGE,
			onProgress: (n) => (done = n),
			onReports: (batch) => {
				arrived.push(...batch);
				progressAtArrival.push(done);
			},
		});
		assert.deepEqual(ids(arrived), ids(result.reports), run);
		assert.ok(progressAtArrival.every((n, i) => i === 0 || n >= progressAtArrival[i - 1]!), `${run}: batches come in load order`);
	}
});
