import {readFileSync} from 'node:fs';
import {extractReport} from './extract/extract-report.js';
import {ingestFile} from './ingest/ingest-file.js';
import {listInputFiles} from './ingest/list-files.js';
import {loadKnowledge, type Knowledge} from './knowledge/load-knowledge.js';
import {sortReports} from './sort-reports.js';
import type {LoadResult, LoadWarning, Report} from './types.js';

export {sortReports} from './sort-reports.js';

export interface LoadOptions {
	/** Extra knowledge files merged over the bundled ones. */
	knowledgeFiles?: string[];
	knowledge?: Knowledge;
	/** Called after each file with (done, total). */
	onProgress?: (done: number, total: number) => void;
}

/**
 * The pipeline, top to bottom:
 * 1. list the input files (folders recursive, stable order)
 * 2. read and ingest each file into cleaned text with metadata
 * 3. extract negotiation facts with evidence
 * 4. order reports by date (undated last), then by file
 */
export async function loadReports(paths: string[], options: LoadOptions = {}): Promise<LoadResult> {
	const knowledge = options.knowledge ?? loadKnowledge(options.knowledgeFiles);
	const {files, warnings} = listInputFiles(paths);
	const reports: Report[] = [];
	for (const [i, file] of files.entries()) {
		let bytes: Buffer;
		try {
			bytes = readFileSync(file);
		} catch (error) {
			warnings.push({file, reason: `cannot read (${(error as NodeJS.ErrnoException).code ?? error})`});
			continue;
		}
		const ingested = ingestFile(file, bytes);
		warnings.push(...ingested.warnings);
		for (const doc of ingested.reports) reports.push(extractReport(doc, knowledge));
		options.onProgress?.(i + 1, files.length);
	}
	return {reports: sortReports(reports), warnings: sortWarnings(warnings)};
}

function sortWarnings(warnings: LoadWarning[]): LoadWarning[] {
	return warnings;
}
