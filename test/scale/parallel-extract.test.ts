import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {loadKnowledge} from '../../source/core/knowledge/load-knowledge.js';
import {loadReports, type LoadStats} from '../../source/core/load-reports.js';
import {listInputFiles} from '../../source/core/ingest/list-files.js';
import type {FileResult} from '../../source/core/cache/report-cache.js';
import {extractInWorkers} from '../../source/core/parallel/extract-in-workers.js';
import {processFile} from '../../source/core/parallel/process-file.js';
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

test('workers that run out of heap are replaced, and batches that kill two are done in-process: every file is extracted once', async () => {
	const {dir} = copyCorpus();
	const files = listInputFiles([dir]).files.slice(0, 12);
	const jobs = files.map((file, index) => ({index, file, bytes: readFileSync(file)}));
	const results = new Map<number, FileResult>();
	let calls = 0;
	// 4 MB cannot even hold the extractor's modules: every worker dies, with batches in flight.
	await extractInWorkers(jobs, KNOWLEDGE, 2, (index, result) => {
		calls++;
		results.set(index, result);
	}, {heapMb: 4});
	assert.equal(calls, files.length, 'each file once');
	for (const [index, file] of files.entries()) {
		assert.equal(JSON.stringify(results.get(index)), JSON.stringify(processFile(file, readFileSync(file), KNOWLEDGE)), file);
	}
});
