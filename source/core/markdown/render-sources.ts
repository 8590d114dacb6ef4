import {renderTable} from './render-table.js';
import {reportName, type SnapshotContext} from './snapshot-context.js';

/** The "Sources" section: one row per report shown. */
export function renderSources(context: SnapshotContext): string {
	const rows = context.reports.map((report) => [
		context.ids.get(report.file)!,
		reportName(report),
		context.displayPath(report.file),
		report.outlet ?? 'unknown',
		report.date ?? 'undated',
		report.dateSource === 'none' ? 'none' : report.dateSource,
	]);
	const body = rows.length ? renderTable(['id', 'report', 'file', 'outlet', 'date', 'date source'], rows) : '_No reports match._\n';
	return `## Sources\n\n${body}`;
}
