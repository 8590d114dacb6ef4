import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Knowledge} from '../../../source/core/knowledge/load-knowledge.js';
import {loadReports} from '../../../source/core/load-reports.js';
import type {LoadResult, Report} from '../../../source/core/types.js';
import type {Expect, FuzzCase} from './fuzz-case.js';
import {diffTrees, snapshotTree, writeEntries} from './input-tree.js';

/** The file every case puts beside its inputs; it must come out the same every time. */
export const GOOD_NAME = 'good-report.md';
/** Resident memory a case may leave the process at. */
export const MEMORY_LIMIT_BYTES = 1536 * 1024 * 1024;

/** How a case loads: in-process without cache, cold then warm cache, or worker threads. */
export type LoadMode = 'in-process' | 'cache' | 'workers';

/** The good report's facts, compared ignoring where it lives and how it was encoded. */
export function factsKey(report: Report): string {
	const {file: _file, sha256: _sha, warnings: _warnings, ...facts} = report;
	return JSON.stringify(facts);
}

/** Loads the good report alone: the reference every case compares against. */
export async function loadBaseline(goodText: string, knowledge: Knowledge): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), 'parley-fuzz-baseline-'));
	try {
		writeFileSync(join(dir, GOOD_NAME), goodText);
		const {reports, warnings} = await loadReports([dir], {knowledge, cache: false, workers: 0});
		const report = reports[0];
		if (!report || reports.length !== 1) throw new Error(`the good report did not load alone: ${JSON.stringify(warnings)}`);
		if (!report.venues.length || !report.mediators.length || !report.terms.length) throw new Error(`the good report has no facts: ${factsKey(report).slice(0, 400)}`);
		return factsKey(report);
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
}

/**
 * Runs one case: writes its inputs beside the good report in a fresh temp folder, loads
 * the folder, and returns every broken promise (empty when the loader behaved).
 */
export async function runCase(fuzzCase: FuzzCase, mode: LoadMode, goodText: string, baseline: string, knowledge: Knowledge): Promise<string[]> {
	const dir = mkdtempSync(join(tmpdir(), 'parley-fuzz-'));
	const cacheDir = mkdtempSync(join(tmpdir(), 'parley-fuzz-cache-'));
	try {
		writeFileSync(join(dir, GOOD_NAME), goodText);
		writeEntries(dir, fuzzCase.entries);
		const before = snapshotTree(dir);
		const problems: string[] = [];
		let result: LoadResult;
		try {
			result = await load(dir, mode, cacheDir, knowledge, problems);
		} catch (error) {
			return [`loadReports threw: ${(error as Error).stack ?? error}`];
		}
		problems.push(...checkResult(dir, fuzzCase, result, baseline));
		problems.push(...diffTrees(before, snapshotTree(dir)).map((p) => `input folder modified: ${p}`));
		if (Object.keys(Object.prototype).length > 0) problems.push(`Object.prototype polluted: ${Object.keys(Object.prototype).join(', ')}`);
		const rss = process.memoryUsage().rss;
		if (rss > MEMORY_LIMIT_BYTES) problems.push(`resident memory ${Math.round(rss / 2 ** 20)} MB after the case (limit ${MEMORY_LIMIT_BYTES / 2 ** 20} MB)`);
		return problems;
	} finally {
		rmSync(dir, {recursive: true, force: true});
		rmSync(cacheDir, {recursive: true, force: true});
	}
}

/** Loads per mode; the cache and worker modes also check they agree with a plain load. */
async function load(dir: string, mode: LoadMode, cacheDir: string, knowledge: Knowledge, problems: string[]): Promise<LoadResult> {
	const plain = await loadReports([dir], {knowledge, cache: false, workers: 0});
	if (mode === 'in-process') return plain;
	const expected = JSON.stringify(plain);
	const runs = mode === 'cache' ? ['cold cache', 'warm cache'] : ['worker threads'];
	for (const run of runs) {
		const options = mode === 'cache' ? {cache: true, cacheDir, workers: 0} : {cache: false, workers: 2, parallelThreshold: 1};
		const got = await loadReports([dir], {knowledge, ...options});
		if (JSON.stringify(got) !== expected) problems.push(`${run} result differs from the in-process, uncached result`);
	}
	return plain;
}

function checkResult(dir: string, fuzzCase: FuzzCase, {reports, warnings}: LoadResult, baseline: string): string[] {
	const problems: string[] = [];
	const good = reports.find((r) => r.file === join(dir, GOOD_NAME));
	if (!good) problems.push('the good report was not loaded');
	else if (factsKey(good) !== baseline) problems.push('the good report gave different facts next to this input');
	for (const warning of warnings) {
		if (typeof warning.reason !== 'string' || !warning.reason.trim()) problems.push(`a warning without a reason: ${JSON.stringify(warning)}`);
		if (typeof warning.file !== 'string' || !warning.file.startsWith(dir)) problems.push(`a warning names no input: ${JSON.stringify(warning).slice(0, 200)}`);
	}
	for (const report of reports) problems.push(...checkEvidence(report), ...checkControls(report));
	try {
		JSON.stringify({reports, warnings});
	} catch (error) {
		problems.push(`the result is not serialisable: ${(error as Error).message}`);
	}
	// Indexed by file (without `#N`), so a case of 100,000 files is checked in linear time.
	const reportsOf = groupByFile(reports, (r) => r.file);
	const warningsOf = groupByFile(warnings, (w) => w.file);
	for (const entry of fuzzCase.entries) {
		if (!entry.expect) continue;
		const path = join(dir, entry.path);
		const mine = reportsOf.get(path) ?? [];
		const warned = warningsOf.get(path) ?? [];
		const problem = unmet(entry.expect, mine, warned.length > 0, baseline);
		if (problem) problems.push(`${JSON.stringify(entry.path)}: ${problem} (reports: ${mine.length}; warnings: ${JSON.stringify(warned.slice(0, 3).map((w) => w.reason))})`);
	}
	return problems;
}

/** Items grouped by the file they name: `file`, or `file` of `file#N` when that is not itself a file name. */
function groupByFile<T>(items: T[], fileOf: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	const add = (key: string, item: T) => {
		const group = groups.get(key);
		if (group) group.push(item);
		else groups.set(key, [item]);
	};
	for (const item of items) {
		const file = fileOf(item);
		add(file, item);
		const hash = file.lastIndexOf('#');
		if (hash > 0 && /^#\d+$/.test(file.slice(hash))) add(file.slice(0, hash), item);
	}
	return groups;
}

function unmet(expect: Expect, reports: Report[], warned: boolean, baseline: string): string | undefined {
	const loaded = reports.length > 0;
	if (expect === 'warn' && !warned) return 'expected a warning naming it';
	if (expect === 'load' && !loaded) return 'expected it to load';
	if (expect === 'load-warned' && !(loaded && warned)) return 'expected it to load, with a warning';
	if (expect === 'same-facts' && !reports.some((r) => factsKey(r) === baseline)) return "expected the good report's facts";
	if (expect === 'any' && !loaded && !warned) return 'neither loaded nor warned about (silently dropped)';
	if (expect === 'none' && (loaded || warned)) return 'expected it to be skipped silently';
	return undefined;
}

/** Every evidence span must be the text it quotes: `text.slice(start, end) === evidence.text`. */
function checkEvidence(report: Report): string[] {
	const text = report.text ?? '';
	const spans = [
		...report.mediators.flatMap((m) => m.evidence),
		...report.parties.flatMap((p) => p.evidence),
		...report.terms.flatMap((t) => t.evidence),
		...report.obstacles.flatMap((o) => o.evidence),
		...report.status.evidence,
	];
	const bad = spans.filter((e) => text.slice(e.start, e.end) !== e.text);
	return bad.length ? [`${report.file}: ${bad.length} evidence span(s) do not match the text, e.g. ${JSON.stringify(bad[0]).slice(0, 160)}`] : [];
}

/** Control characters a terminal would act on (ESC starts escape sequences) never reach what the views print. */
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

function checkControls(report: Report): string[] {
	const shown = {title: report.title, outlet: report.outlet, url: report.url};
	const bad = Object.entries(shown).filter(([, value]) => value && TERMINAL_CONTROLS.test(value));
	if (report.text && /\u001b/.test(report.text)) bad.push(['text', 'ESC']);
	return bad.length ? [`${report.file}: control characters in ${bad.map(([key, value]) => `${key} ${JSON.stringify(value)}`).join(', ')}`] : [];
}
