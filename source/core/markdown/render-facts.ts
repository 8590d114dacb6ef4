import {termAttributes} from '../compare/index.js';
import type {Evidence, Report} from '../types.js';
import {escapeInline} from './escape-markdown.js';
import {dateLabel, reportName, type SnapshotContext} from './snapshot-context.js';

/** The "Reports" section: each report's facts, every fact with its evidence quoted and attributed. */
export function renderReports(context: SnapshotContext): string {
	if (context.reports.length === 0) return '';
	return `## Reports\n\n${context.reports.map((report) => renderReport(context, report)).join('\n')}`;
}

function renderReport(context: SnapshotContext, report: Report): string {
	const id = context.ids.get(report.file)!;
	const cite = (evidence: Evidence[]) => quote(evidence, id);
	const lines = [`### ${id}: ${escapeInline(reportName(report))}`, ''];
	lines.push(`- File: ${escapeInline(context.displayPath(report.file))}`);
	if (report.url) lines.push(`- URL: ${urlText(report.url)}`);
	lines.push(`- Outlet: ${escapeInline(report.outlet ?? 'unknown')}`);
	const dateEvidence = report.dateSource === 'inferred' && report.dateEvidence.length ? ` from ${report.dateEvidence.map((e) => `“${escapeInline(e)}”`).join('; ')}` : '';
	lines.push(`- Date: ${escapeInline(dateLabel(report))}${dateEvidence}`);
	lines.push(`- Venues: ${escapeInline(report.venues.join(', ') || 'none found')}`);
	lines.push(`- Momentum: ${escapeInline(report.status.value ?? 'unknown')}`, ...cite(report.status.evidence));
	lines.push('', '#### Mediators', '');
	if (report.mediators.length === 0) lines.push('_None found._');
	for (const m of report.mediators) {
		const about = [m.type, m.role, m.country].filter(Boolean).join(', ');
		lines.push(`- **${escapeInline(m.name)}** (${escapeInline(about)})`, ...cite(m.evidence));
	}
	lines.push('', '#### Parties', '');
	if (report.parties.length === 0) lines.push('_None found._');
	for (const p of report.parties) {
		const negotiators = p.negotiators?.length ? `, negotiators: ${escapeInline(p.negotiators.join(', '))}` : '';
		lines.push(`- **${escapeInline(p.name)}**${negotiators}`, ...cite(p.evidence));
	}
	lines.push('', '#### Terms', '');
	if (report.terms.length === 0) lines.push('_None found._');
	for (const t of report.terms) {
		const attributes = termAttributes(t);
		const head = attributes ? `${t.kind} (${attributes})` : t.kind;
		lines.push(`- **${escapeInline(head)}**: ${escapeInline(t.text)}${venuesNote(t.venues)}`, ...cite(t.evidence));
	}
	lines.push('', '#### Obstacles', '');
	if (report.obstacles.length === 0) lines.push('_None found._');
	for (const o of report.obstacles) lines.push(`- **${escapeInline(o.kind)}**: ${escapeInline(o.text)}${venuesNote(o.venues)}`, ...cite(o.evidence));
	return lines.join('\n') + '\n';
}

/** A web address as an autolink; anything else as plain text. */
function urlText(url: string): string {
	return /^https?:\/\/\S+$/i.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : escapeInline(url);
}

function venuesNote(venues: string[]): string {
	return venues.length ? ` (${escapeInline(venues.join(', '))})` : '';
}

/**
 * Evidence as one quote inside the list item: a paragraph per sentence, each
 * attributed to its report and character span on a line of its own.
 */
function quote(evidence: Evidence[], id: string): string[] {
	return evidence.flatMap((e, i) => [
		...(i > 0 ? ['  >'] : []),
		`  > ${escapeInline(e.text)}\\`,
		`  > — ${id}, characters ${e.start}–${e.end}`,
	]);
}
