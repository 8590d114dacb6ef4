import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {pathToFileURL} from 'node:url';
import {decodeShard} from '../../source/core/cache/shard-codec.js';
import {loadReports, type LoadStats} from '../../source/core/load-reports.js';
import {copyCorpus, tempDir} from './scale-helpers.js';

const loader = pathToFileURL(join(process.cwd(), 'source/core/load-reports.ts')).href;

/** Runs a load of `paths` in a separate Node process sharing `cacheDir`. */
function loadInChild(paths: string[], cacheDir: string): Promise<number> {
	const script = `const {loadReports} = await import(${JSON.stringify(loader)});
		const r = await loadReports(${JSON.stringify(paths)}, {cacheDir: ${JSON.stringify(cacheDir)}, workers: 0});
		process.stdout.write(String(r.reports.length));`;
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {stdio: ['ignore', 'pipe', 'inherit']});
		let out = '';
		child.stdout.on('data', (d) => (out += d));
		child.on('error', reject);
		child.on('exit', (code) => (code === 0 ? resolve(Number(out)) : reject(new Error(`child exited ${code}`))));
	});
}

test('concurrent runs sharing a cache never corrupt it', async () => {
	const {dir, files} = copyCorpus();
	const cacheDir = tempDir('cache');
	const parts = readdirSync(dir).map((p) => join(dir, p));
	// Four processes at once: overlapping and disjoint folder sets, all writing the same shards.
	const counts = await Promise.all([loadInChild([dir], cacheDir), loadInChild([dir], cacheDir), loadInChild([parts[0]], cacheDir), loadInChild(parts.slice(1), cacheDir)]);
	assert.ok(counts[0] >= files && counts[1] === counts[0]);
	const versions = readdirSync(join(cacheDir, 'reports'));
	assert.equal(versions.length, 1);
	const shardDir = join(cacheDir, 'reports', versions[0]);
	const names = readdirSync(shardDir);
	assert.ok(names.length > 0);
	assert.deepEqual(names.filter((n) => n.endsWith('.tmp')), [], 'no temp file left behind');
	for (const name of names) assert.doesNotThrow(() => decodeShard(readFileSync(join(shardDir, name)), versions[0]), name);
	let stats: LoadStats | undefined;
	const after = await loadReports([dir], {cacheDir, workers: 0, onStats: (s) => (stats = s)});
	assert.deepEqual(stats!.cacheProblems, []);
	const fresh = await loadReports([dir], {cache: false, workers: 0});
	assert.equal(JSON.stringify(after), JSON.stringify(fresh));
});
