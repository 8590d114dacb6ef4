import type {Report} from '../types.js';
import {mermaidText} from './escape-markdown.js';
import type {SnapshotContext} from './snapshot-context.js';

/**
 * Most events one diagram shows one by one. GitHub refuses Mermaid sources over
 * 50,000 characters, so longer tracks are summed up per month (or per year).
 */
const MAX_EVENTS = 40;

/** A track's Mermaid `timeline` block: one event per report, or per month/year for long tracks. */
export function renderMermaid(context: SnapshotContext, title: string, members: Report[]): string {
	const lines = ['```mermaid', 'timeline', `    title ${mermaidText(`${title} track`)}`];
	if (members.length <= MAX_EVENTS) {
		let period: string | undefined;
		for (const report of members) {
			const date = report.date ?? 'undated';
			const event = mermaidText(reportEvent(context, report));
			lines.push(date === period ? `        : ${event}` : `    ${mermaidText(date)} : ${event}`);
			period = date;
		}
	} else {
		for (const [period, reports] of groupByPeriod(members)) lines.push(`    ${mermaidText(period)} : ${mermaidText(periodEvent(context, reports))}`);
	}
	lines.push('```');
	return lines.join('\n') + '\n';
}

function reportEvent(context: SnapshotContext, report: Report): string {
	const terms = [...new Set(report.terms.map((t) => t.kind))];
	const what = [`${context.ids.get(report.file)!} ${report.outlet ?? ''}`.trim(), terms.length ? terms.join(', ') : 'no terms', report.status.value ?? ''];
	return what.filter(Boolean).join(' · ');
}

/** "12 reports R3–R14 · ceasefire, hostage-release · 3 progress, 2 stalled". */
function periodEvent(context: SnapshotContext, reports: Report[]): string {
	const ids = reports.map((r) => context.ids.get(r.file)!);
	const range = ids.length === 1 ? ids[0]! : `${ids[0]}–${ids[ids.length - 1]}`;
	const terms = topCounts(reports.flatMap((r) => [...new Set(r.terms.map((t) => t.kind))]), 3).map(([kind]) => kind);
	const momentum = topCounts(reports.flatMap((r) => (r.status.value ? [r.status.value] : [])), 3).map(([value, n]) => `${n} ${value}`);
	const count = `${reports.length} report${reports.length === 1 ? '' : 's'} ${range}`;
	return [count, terms.join(', '), momentum.join(', ')].filter(Boolean).join(' · ');
}

/** Reports by month ("2024-08"), or by year when there are too many months; undated last. */
function groupByPeriod(reports: Report[]): Map<string, Report[]> {
	const by = (length: number) => {
		const groups = new Map<string, Report[]>();
		for (const report of reports) {
			const key = report.date ? report.date.slice(0, length) : 'undated';
			groups.set(key, [...(groups.get(key) ?? []), report]);
		}
		return groups;
	};
	const months = by(7);
	return months.size <= MAX_EVENTS ? months : by(4);
}

/** The most frequent values with their counts, most frequent first (ties by value). */
function topCounts(values: string[], limit: number): Array<[string, number]> {
	const counts = new Map<string, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, limit);
}
