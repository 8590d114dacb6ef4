import assert from 'node:assert/strict';
import {appendFileSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {loadKnowledge} from '../../source/core/knowledge/load-knowledge.js';
import {pipelineVersion} from '../../source/core/cache/pipeline-version.js';
import {ReportCache} from '../../source/core/cache/report-cache.js';
import {decodeShard} from '../../source/core/cache/shard-codec.js';
import {loadReports, type LoadStats} from '../../source/core/load-reports.js';
import {copyCorpus, tempDir} from './scale-helpers.js';

// Loaded once: knowledge files edited while the tests run must not change the version between loads.
const KNOWLEDGE = loadKnowledge();

async function load(paths: string[], cacheDir: string, extra: Parameters<typeof loadReports>[1] = {}) {
	let stats: LoadStats | undefined;
	const result = await loadReports(paths, {cacheDir, workers: 0, knowledge: KNOWLEDGE, ...extra, onStats: (s) => (stats = s)});
	return {result, stats: stats!};
}

function shardFiles(cacheDir: string): string[] {
	const versions = join(cacheDir, 'reports');
	return readdirSync(versions).flatMap((v) => readdirSync(join(versions, v)).map((f) => join(versions, v, f)));
}

test('second load is served from the cache with identical results', async () => {
	const {dir, files} = copyCorpus();
	const cacheDir = tempDir('cache');
	const cold = await load([dir], cacheDir);
	assert.equal(cold.stats.cacheHits, 0);
	assert.equal(cold.stats.extracted, files);
	const warm = await load([dir], cacheDir);
	assert.equal(warm.stats.cacheHits, files);
	assert.equal(warm.stats.extracted, 0);
	assert.equal(JSON.stringify(warm.result), JSON.stringify(cold.result));
	assert.ok(warm.result.reports.every((r) => typeof r.text === 'string' && r.text.length > 0), 'cached reports keep their text');
});

test('a changed file is re-extracted, the others stay cached', async () => {
	const {dir, files} = copyCorpus();
	const cacheDir = tempDir('cache');
	await load([dir], cacheDir);
	const changed = join(dir, 'part-0', readdirSync(join(dir, 'part-0'))[0]);
	appendFileSync(changed, '\nMediators met again in Cairo on Sunday to discuss a ceasefire.\n');
	const warm = await load([dir], cacheDir);
	assert.equal(warm.stats.extracted, 1);
	assert.equal(warm.stats.cacheHits, files - 1);
	assert.match(warm.result.reports.find((r) => r.file === changed)!.text!, /met again in Cairo/);
});

test('a different knowledge version misses the cache; the same one hits', async () => {
	const {dir, files} = copyCorpus();
	const cacheDir = tempDir('cache');
	const extraKnowledge = join(tempDir('knowledge'), 'extra.json');
	writeFileSync(extraKnowledge, JSON.stringify({actors: [{name: 'Atlantis', type: 'state'}]}));
	const extended = loadKnowledge([extraKnowledge]);
	assert.notEqual(extended.version, KNOWLEDGE.version);
	await load([dir], cacheDir);
	const other = await load([dir], cacheDir, {knowledge: extended});
	assert.equal(other.stats.cacheHits, 0);
	assert.equal(other.stats.extracted, files);
	const again = await load([dir], cacheDir, {knowledge: extended});
	assert.equal(again.stats.cacheHits, files);
});

test('the cache key changes with the extractor and knowledge versions', () => {
	const base = pipelineVersion({version: 'k1'}, '1.0.0');
	assert.equal(pipelineVersion({version: 'k1'}, '1.0.0'), base);
	assert.notEqual(pipelineVersion({version: 'k1'}, '1.0.1'), base);
	assert.notEqual(pipelineVersion({version: 'k2'}, '1.0.0'), base);
	const root = tempDir('cache');
	const result = {reports: [], warnings: [{file: 'a.txt', reason: 'x'}]};
	const v1 = new ReportCache(root, pipelineVersion({version: 'k1'}, '1.0.0'));
	v1.set('ab'.repeat(32), 'a.txt', result);
	assert.deepEqual(v1.flush(), []);
	assert.deepEqual(new ReportCache(root, pipelineVersion({version: 'k1'}, '1.0.0')).get('ab'.repeat(32), 'a.txt'), result);
	assert.equal(new ReportCache(root, pipelineVersion({version: 'k1'}, '2.0.0')).get('ab'.repeat(32), 'a.txt'), undefined);
	assert.equal(new ReportCache(root, pipelineVersion({version: 'k1'}, '1.0.0')).get('ab'.repeat(32), 'b.txt'), undefined, 'the path is part of the key');
});

test('damaged cache files are rebuilt, never fatal', async () => {
	const {dir, files} = copyCorpus();
	const cacheDir = tempDir('cache');
	const cold = await load([dir], cacheDir);
	const shards = shardFiles(cacheDir);
	assert.ok(shards.length > 0);
	const damage = [
		(b: Buffer) => b.subarray(0, Math.floor(b.length / 2)), // truncated
		() => Buffer.from('not json at all'),
		(b: Buffer) => Buffer.concat([b, Buffer.from('garbage')]),
		() => Buffer.alloc(0),
	];
	shards.forEach((path, i) => writeFileSync(path, damage[i % damage.length](readFileSync(path))));
	writeFileSync(readdirSync(join(cacheDir, 'stat')).map((f) => join(cacheDir, 'stat', f))[0], '{"format":');
	const damaged = await load([dir], cacheDir);
	assert.equal(JSON.stringify(damaged.result), JSON.stringify(cold.result));
	assert.equal(damaged.stats.extracted, files);
	assert.ok(damaged.stats.cacheProblems.length > 0, 'the damage is noted');
	const version = readdirSync(join(cacheDir, 'reports'))[0];
	for (const path of shardFiles(cacheDir)) assert.doesNotThrow(() => decodeShard(readFileSync(path), version), path);
	const healed = await load([dir], cacheDir);
	assert.equal(healed.stats.cacheHits, files);
	assert.deepEqual(healed.stats.cacheProblems, []);
});

test('cache: false and PARLEY_NO_CACHE bypass the cache entirely', async () => {
	const {dir, files} = copyCorpus();
	const cacheDir = tempDir('cache');
	const off = await load([dir], cacheDir, {cache: false});
	assert.equal(off.stats.extracted, files);
	assert.deepEqual(readdirSync(cacheDir), []);
	process.env.PARLEY_NO_CACHE = '1';
	try {
		await load([dir], cacheDir);
		assert.deepEqual(readdirSync(cacheDir), []);
	} finally {
		delete process.env.PARLEY_NO_CACHE;
	}
	const on = await load([dir], cacheDir);
	assert.equal(on.stats.cacheHits, 0);
	assert.equal(JSON.stringify(on.result), JSON.stringify(off.result));
});

test('a background flush writes every dirty shard', async () => {
	const root = tempDir('cache');
	const version = pipelineVersion({version: 'k1'}, '1.0.0');
	const cache = new ReportCache(root, version);
	const shas = Array.from({length: 40}, (_, i) => i.toString(16).padStart(2, '0').repeat(32));
	for (const sha of shas) cache.set(sha, `${sha.slice(0, 4)}.txt`, {reports: [], warnings: [{file: sha, reason: 'r'}]});
	const errors = await cache.flushInBackground();
	assert.deepEqual(errors, []);
	const reread = new ReportCache(root, version);
	for (const sha of shas) assert.equal(reread.get(sha, `${sha.slice(0, 4)}.txt`)?.warnings[0]?.file, sha);
	assert.ok(readdirSync(join(root, 'reports', version)).length > 1);
});
