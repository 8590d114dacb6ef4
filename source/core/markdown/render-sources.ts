import {renderTable} from './render-table.js';
import {reportName, type SnapshotContext} from './snapshot-context.js';

/** The "Sources" section: one row per report shown. */
export function renderSources(context: SnapshotContext): string {
	const rows = context.reports.map((report) => [
		context.ids.get(report.file)!,
		report.title ? reportName(report) : '',
		report.outlet ?? 'unknown',
		report.date ?? 'undated',
		report.dateSource,
		context.displayPath(report.file),
	]);
	const body = rows.length ? renderTable(['id', 'title', 'outlet', 'date', 'date source', 'file'], rows) : '_No reports match._\n';
	return `## Sources\n\n${body}`;
}
