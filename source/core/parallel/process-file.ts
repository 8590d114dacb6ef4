import {extractReport} from '../extract/extract-report.js';
import {ingestFile} from '../ingest/ingest-file.js';
import type {BoilerplateData} from '../ingest/load-boilerplate.js';
import type {Knowledge} from '../knowledge/load-knowledge.js';
import type {FileResult} from '../cache/report-cache.js';

/**
 * Ingests one file's bytes and extracts each report's facts: the unit of work
 * both in-process and in a worker thread, so both give the same result. A file
 * that makes ingest or extract throw becomes a warning; the load goes on.
 */
export function processFile(file: string, bytes: Buffer, knowledge: Knowledge): FileResult {
	try {
		// Boilerplate patterns come from the merged knowledge, so users' knowledge files can extend them.
		const ingested = ingestFile(file, bytes, {boilerplate: knowledge.data.boilerplate as BoilerplateData | undefined});
		return {reports: ingested.reports.map((doc) => extractReport(doc, knowledge)), warnings: ingested.warnings};
	} catch (error) {
		return {reports: [], warnings: [{file, reason: `cannot process (${(error as Error).message ?? error})`}]};
	}
}
