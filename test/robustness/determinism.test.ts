import assert from 'node:assert/strict';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import {serialiseReport} from '../../source/commands/extract.js';
import {loadKnowledge} from '../../source/core/knowledge/load-knowledge.js';
import {loadReports, type LoadOptions, type LoadStats} from '../../source/core/load-reports.js';
import {runParley} from '../cli/run-parley.js';
import {generateCorpus} from './generate-corpus.js';

const knowledge = loadKnowledge();
let dir: string;
let cacheDir: string;
let files: number;
let reference: string;

/** The document `parley extract --json` prints, from an in-process load. */
async function extractJson(options: LoadOptions): Promise<string> {
	const {reports, warnings} = await loadReports([dir], {knowledge, ...options});
	return JSON.stringify({reports: reports.map((r) => serialiseReport(r, false)), warnings}, null, 2) + '\n';
}

before(async () => {
	dir = mkdtempSync(join(tmpdir(), 'parley-determinism-'));
	cacheDir = mkdtempSync(join(tmpdir(), 'parley-determinism-cache-'));
	files = generateCorpus(dir, 7);
	reference = await extractJson({cache: false, workers: 0});
});
after(() => {
	rmSync(dir, {recursive: true, force: true});
	rmSync(cacheDir, {recursive: true, force: true});
});

test('the generated corpus gives reports with facts and warnings for its bad files', () => {
	const doc = JSON.parse(reference) as {reports: Array<{terms: unknown[]; venues: unknown[]}>; warnings: Array<{file: string}>};
	assert.ok(doc.reports.length >= files - 4, `${doc.reports.length} reports from ${files} files`);
	assert.ok(doc.reports.filter((r) => r.terms.length && r.venues.length).length > doc.reports.length / 3);
	for (const bad of ['empty.txt', 'binary.html', 'not-reports.json']) assert.ok(doc.warnings.some((w) => w.file.endsWith(bad)), bad);
});

test('two in-process loads give byte-identical JSON', async () => {
	assert.equal(await extractJson({cache: false, workers: 0}), reference);
});

test('worker threads give the same JSON as one thread', async () => {
	let stats: LoadStats | undefined;
	const json = await extractJson({cache: false, workers: 2, parallelThreshold: 1, onStats: (s) => (stats = s)});
	assert.equal(stats?.workers, 2);
	assert.equal(json, reference);
});

test('a cold and then a warm cache give the same JSON as no cache', async () => {
	const cold: LoadStats[] = [];
	assert.equal(await extractJson({cache: true, cacheDir, workers: 0, onStats: (s) => cold.push(s)}), reference);
	assert.equal(cold[0]!.cacheHits, 0);
	const warm: LoadStats[] = [];
	assert.equal(await extractJson({cache: true, cacheDir, workers: 0, onStats: (s) => warm.push(s)}), reference);
	assert.equal(warm[0]!.extracted, 0, 'the warm load extracted nothing');
	assert.ok(warm[0]!.cacheHits > 0);
});

test('the CLI prints the same bytes in other time zones and locales (what differs between machines)', {timeout: 120_000}, async () => {
	const args = ['extract', '--json', '--no-cache', dir];
	const [utc, east, west] = await Promise.all([
		runParley(args, {env: {TZ: 'UTC', LANG: 'C', LC_ALL: 'C'}}),
		runParley(args, {env: {TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8'}}),
		runParley(args, {env: {TZ: 'America/Adak', LANG: 'ja_JP.UTF-8', LC_ALL: 'ja_JP.UTF-8'}}),
	]);
	assert.equal(utc.code, 0, utc.stderr);
	assert.equal(utc.stdout, reference);
	assert.equal(east.stdout, reference);
	assert.equal(west.stdout, reference);
});
