import {sortReports} from '../sort-reports.js';
import type {Report} from '../types.js';
import type {ReportChange} from './watch-reports.js';

/**
 * The report list after a watch change: reports of changed and removed files
 * are dropped, those of added and changed files come in, in view order.
 * Report ids are the file path, or `file#N` for items of multi-report files.
 */
export function applyReportChange(reports: Report[], change: ReportChange): Report[] {
	const touched = new Set([...change.changed, ...change.removed, ...change.added]);
	const kept = reports.filter((report) => !touched.has(touched.has(report.file) ? report.file : reportFile(report.file)));
	return sortReports([...kept, ...change.reports]);
}

/** The input file of a report id: the part before a `#N` item suffix, if any. */
export function reportFile(id: string): string {
	const hash = id.lastIndexOf('#');
	return hash > 0 && /^#\d+$/.test(id.slice(hash)) ? id.slice(0, hash) : id;
}
