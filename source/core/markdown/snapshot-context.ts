import {isAbsolute, relative, sep} from 'node:path';
import type {Report} from '../types.js';

/** What every section renderer needs: the reports shown and how to name them. */
export interface SnapshotContext {
	reports: Report[];
	/** "R1", "R2"... in date order, by report id. */
	ids: Map<string, string>;
	/** A report's path for display: relative to the base folder when inside it, with "/" separators. */
	displayPath(file: string): string;
}

const MAX_NAME = 80;

export function makeContext(reports: Report[], baseDir: string): SnapshotContext {
	const ids = new Map(reports.map((report, i) => [report.file, `R${i + 1}`]));
	const displayPath = (file: string): string => {
		if (!isAbsolute(file)) return file.split(sep).join('/');
		const rel = relative(baseDir, file);
		const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
		return (inside ? rel : file).split(sep).join('/');
	};
	return {reports, ids, displayPath};
}

/** A report's short name: its title, else its file name (with #N for items of multi-report files). */
export function reportName(report: Report): string {
	const name = report.title?.trim() || report.file.split(/[\\/]/).pop() || report.file;
	return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name;
}

/** "2024-08-01", "2024-08-01 (inferred)" or "undated". */
export function dateLabel(report: Report): string {
	if (!report.date) return 'undated';
	return report.dateSource === 'inferred' ? `${report.date} (inferred)` : report.date;
}
