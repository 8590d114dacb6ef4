import {createHash} from 'node:crypto';
import {statSync, type Stats} from 'node:fs';
import {cacheDisabledByEnv, resolveCacheDir} from '../cache/cache-dir.js';
import {pipelineVersion} from '../cache/pipeline-version.js';
import {ReportCache, type FileResult} from '../cache/report-cache.js';
import {StatIndex} from '../cache/stat-index.js';
import type {Knowledge} from '../knowledge/load-knowledge.js';
import type {LoadWarning, Report} from '../types.js';
import {defaultWorkerCount, extractInWorkers} from './extract-in-workers.js';
import {readInputFile} from './read-input-file.js';
import {shareEvidenceText} from './share-evidence-text.js';
import {tuneV8ForExtraction} from './tune-v8.js';
import type {ExtractJob} from './worker-messages.js';

/** How files are loaded: cache and worker settings. */
export interface LoadFilesOptions {
	/** Use the on-disk cache (default true; `PARLEY_NO_CACHE=1` also turns it off). */
	cache?: boolean;
	/** Cache directory (default `$PARLEY_CACHE_DIR`, `$XDG_CACHE_HOME/parley` or `~/.cache/parley`). */
	cacheDir?: string;
	/** Worker threads for large loads (default: one per core, at most 8); 0 keeps everything in-process. */
	workers?: number;
	/** Fewest files needing extraction before workers are used (default 200): below it, starting threads costs more than it saves. */
	parallelThreshold?: number;
	/** Called after each file with (done, total). */
	onProgress?: (done: number, total: number) => void;
	/**
	 * Called with each file's reports as soon as they are known (cache hits first, then
	 * extracted files as they finish), for views that show a large load while it runs.
	 */
	onReports?: (reports: Report[]) => void;
}

/** What a load did, for benchmarks and `--debug`. */
export interface LoadStats {
	files: number;
	/** Files served from the cache. */
	cacheHits: number;
	/** Files whose content was read and hashed because their stat was unknown or changed. */
	hashed: number;
	/** Files ingested and extracted. */
	extracted: number;
	/** Worker threads used (0: in-process). */
	workers: number;
	/** Cache problems met (damaged shards, failed writes); the load went on. */
	cacheProblems: string[];
}

/** State kept across loads of the same inputs (a watch session reuses it). */
export interface LoadSession {
	knowledge: Knowledge;
	options: LoadFilesOptions;
	cache?: ReportCache;
	statIndex?: StatIndex;
}

export const DEFAULT_PARALLEL_THRESHOLD = 200;
/** From this many newly extracted files on, the cache is written after the load returns. */
const BACKGROUND_FLUSH_MIN = 500;

/** Opens the cache (unless disabled) for loads of `paths` with this knowledge. */
export function openLoadSession(paths: string[], knowledge: Knowledge, options: LoadFilesOptions = {}): LoadSession {
	if (options.cache === false || cacheDisabledByEnv()) return {knowledge, options};
	const root = resolveCacheDir(options.cacheDir);
	return {knowledge, options, cache: new ReportCache(root, pipelineVersion(knowledge)), statIndex: new StatIndex(root, paths)};
}

/**
 * Loads `files` (in order): unchanged files come from the cache, the rest are
 * read, ingested and extracted (on worker threads when there are many), and
 * the cache is updated. One result per file, `undefined` for unreadable ones.
 * `listedStats`: stats taken while listing the files (saves a second stat of each).
 */
export async function loadFiles(session: LoadSession, files: string[], listedStats?: ReadonlyMap<string, Stats>): Promise<{results: Array<FileResult | undefined>; warnings: LoadWarning[]; stats: LoadStats}> {
	tuneV8ForExtraction();
	const {cache, statIndex, knowledge, options} = session;
	const results: Array<FileResult | undefined> = new Array(files.length);
	const readWarnings: Array<LoadWarning | undefined> = new Array(files.length);
	const shas: string[] = new Array(files.length);
	const stats: LoadStats = {files: files.length, cacheHits: 0, hashed: 0, extracted: 0, workers: 0, cacheProblems: []};
	const jobs: ExtractJob[] = [];
	let done = 0;
	const progress = (result?: FileResult) => {
		if (result?.reports.length) options.onReports?.(result.reports);
		options.onProgress?.(++done, files.length);
	};

	for (const [index, file] of files.entries()) {
		let stat: Stats | undefined;
		let bytes: Buffer;
		try {
			stat = cache ? (listedStats?.get(file) ?? statSync(file)) : undefined;
			const known = stat && statIndex?.lookup(file, stat);
			const hit = known ? cache!.get(known, file) : undefined;
			if (hit) {
				results[index] = hit;
				stats.cacheHits++;
				progress(hit);
				continue;
			}
			bytes = readInputFile(file);
		} catch (error) {
			readWarnings[index] = {file, reason: `cannot read (${(error as NodeJS.ErrnoException).code ?? error})`};
			progress();
			continue;
		}
		if (cache) {
			const sha256 = createHash('sha256').update(bytes).digest('hex');
			stats.hashed++;
			statIndex?.record(file, stat!, sha256);
			shas[index] = sha256;
			const hit = cache.get(sha256, file);
			if (hit) {
				results[index] = hit;
				stats.cacheHits++;
				progress(hit);
				continue;
			}
		}
		jobs.push({index, file, bytes});
	}

	const workers = options.workers ?? defaultWorkerCount();
	const threshold = options.parallelThreshold ?? DEFAULT_PARALLEL_THRESHOLD;
	const keep = (index: number, result: FileResult) => {
		results[index] = result;
		stats.extracted++;
		if (cache) cache.set(shas[index], files[index], result);
		progress(result);
	};
	if (workers >= 1 && jobs.length >= threshold) {
		stats.workers = Math.min(workers, jobs.length);
		await extractInWorkers(jobs, knowledge, workers, (index, result) => keep(index, shareEvidenceText(result)));
	} else if (jobs.length > 0) {
		// Imported on demand: the ingest and extract code (compromise, readability...) costs
		// ~0.6 s of CPU to load, which a start served from the cache does not need.
		const {processFile} = await import('./process-file.js');
		for (const job of jobs) keep(job.index, processFile(job.file, Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength), knowledge));
	}

	if (cache) {
		stats.cacheProblems.push(...cache.problems.splice(0));
		// A large cold load would otherwise hold its first frame back while writing ~7 KB per report.
		if (stats.extracted >= BACKGROUND_FLUSH_MIN) void cache.flushInBackground().then((errors) => cache.problems.push(...errors));
		else stats.cacheProblems.push(...cache.flush());
	}
	const indexError = statIndex?.save();
	if (indexError) stats.cacheProblems.push(indexError);

	const warnings: LoadWarning[] = [];
	for (const [index, result] of results.entries()) {
		const readWarning = readWarnings[index];
		if (readWarning) warnings.push(readWarning);
		if (result) warnings.push(...result.warnings);
	}
	return {results, warnings, stats};
}
