import {listInputFiles} from './ingest/list-files.js';
import {loadKnowledge, type Knowledge} from './knowledge/load-knowledge.js';
import {loadFiles, openLoadSession, type LoadFilesOptions, type LoadStats} from './parallel/load-files.js';
import {sortReports} from './sort-reports.js';
import type {LoadResult, Report} from './types.js';

export type {LoadStats} from './parallel/load-files.js';
/** Re-exported: the view order, for callers that imported it from here. */
export {sortReports};

export interface LoadOptions extends LoadFilesOptions {
	/** Extra knowledge files merged over the bundled ones. */
	knowledgeFiles?: string[];
	knowledge?: Knowledge;
	/** Called once at the end with what the load did (cache hits, workers...). */
	onStats?: (stats: LoadStats) => void;
}

/**
 * The pipeline, top to bottom:
 * 1. list the input files (folders recursive, stable order)
 * 2. take unchanged files' facts from the cache (stat index → content hash → cached facts)
 * 3. read, ingest and extract the others: in-process, or on worker threads for large loads
 * 4. update the cache, then order reports by date (undated last), then by file
 * @example await loadReports(['reports/'], {workers: 2, cache: false})
 */
export async function loadReports(paths: string[], options: LoadOptions = {}): Promise<LoadResult> {
	const knowledge = options.knowledge ?? loadKnowledge(options.knowledgeFiles);
	const {files, warnings, stats} = listInputFiles(paths);
	const session = openLoadSession(paths, knowledge, options);
	session.statIndex?.retainOnly(files);
	const loaded = await loadFiles(session, files, stats);
	options.onStats?.(loaded.stats);
	const reports: Report[] = loaded.results.flatMap((result) => result?.reports ?? []);
	return {reports: sortReports(reports), warnings: [...warnings, ...loaded.warnings]};
}
