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
