import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {ingestFile} from '../../source/core/ingest/ingest-file.js';
import {listInputFiles} from '../../source/core/ingest/list-files.js';
import type {IngestedReport, LoadWarning} from '../../source/core/types.js';

export const fixtures = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));
export const corpus = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));

/** Lists and ingests paths the way the orchestrator does, collecting every warning. */
export function loadPaths(paths: string[]): {reports: IngestedReport[]; warnings: LoadWarning[]} {
	const {files, warnings} = listInputFiles(paths);
	const reports: IngestedReport[] = [];
	for (const file of files) {
		let bytes: Buffer;
		try {
			bytes = readFileSync(file);
		} catch (error) {
			warnings.push({file, reason: `cannot read (${(error as NodeJS.ErrnoException).code})`});
			continue;
		}
		const result = ingestFile(file, bytes);
		reports.push(...result.reports);
		warnings.push(...result.warnings);
	}
	return {reports, warnings};
}

/** Ingests one fixture file (under test/fixtures/ingest or the corpus). */
export function ingestPath(path: string): {reports: IngestedReport[]; warnings: LoadWarning[]} {
	return ingestFile(path, readFileSync(path));
}

/** The one report of a single-report file. */
export function onlyReport(path: string): IngestedReport {
	const {reports} = ingestPath(path);
	if (reports.length !== 1) throw new Error(`${path}: expected one report, got ${reports.length}`);
	return reports[0]!;
}

/** Every map segment must be a verbatim copy of the source. */
export function assertVerbatimSegments(report: {text: string; offsetMap: Array<[number, number, number]>}, source: string): string[] {
	const bad: string[] = [];
	for (const [c, o, n] of report.offsetMap) {
		if (report.text.slice(c, c + n) !== source.slice(o, o + n)) bad.push(`[${c},${o},${n}]`);
	}
	return bad;
}

export const seed = (name: string) => join(corpus, 'seeds', name);
export const dev = (name: string) => join(corpus, 'dev', name);
