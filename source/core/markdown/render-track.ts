import {buildTrack, factLabels} from '../compare/index.js';
import type {Change, Report} from '../types.js';
import {escapeInline} from './escape-markdown.js';
import {renderMermaid} from './render-mermaid.js';
import {renderTable} from './render-table.js';
import {dateLabel, type SnapshotContext} from './snapshot-context.js';

/** One track's section: timeline table, what changed between consecutive reports, Mermaid timeline. */
export function renderTrack(context: SnapshotContext, track: string, diagram: boolean): string {
	const built = buildTrack(context.reports, track);
	const byId = new Map(context.reports.map((r) => [r.file, r]));
	const members = built.reports.map((id) => byId.get(id)!);
	const title = built.name === 'all' ? 'All reports' : built.name;
	const parts = [`## Track: ${escapeInline(title)}\n`];
	if (members.length === 0) return `${parts[0]}\n_No reports in this track._\n`;
	parts.push(renderTimelineTable(context, members));
	parts.push(`### What changed: ${escapeInline(title)}\n\n${renderChanges(context, built.entries, byId)}`);
	if (diagram) parts.push(renderMermaid(context, title, members));
	return parts.join('\n');
}

function renderTimelineTable(context: SnapshotContext, members: Report[]): string {
	const rows = members.map((report) => {
		const labels = factLabels(report);
		return [
			dateLabel(report),
			`${context.ids.get(report.file)} ${report.outlet ?? ''}`.trim(),
			labels.mediator.join(', '),
			labels.term.join(', '),
			labels.obstacle.join(', '),
			report.status.value ?? 'unknown',
		];
	});
	return renderTable(['date', 'report', 'mediators', 'terms', 'obstacles', 'momentum'], rows);
}

function renderChanges(
	context: SnapshotContext,
	entries: Array<{report: string; changes: Change[]}>,
	byId: Map<string, Report>,
): string {
	if (entries.length < 2) return '_One report only: nothing to compare._\n';
	const lines: string[] = [];
	for (const [i, entry] of entries.entries()) {
		if (i === 0) continue;
		const report = byId.get(entry.report)!;
		const prevId = context.ids.get(entries[i - 1]!.report);
		lines.push(`- **${escapeInline(dateLabel(report))}**, ${context.ids.get(entry.report)} since ${prevId}:${entry.changes.length ? '' : ' no change in the facts'}`);
		for (const line of groupChanges(entry.changes)) lines.push(`  - ${escapeInline(line)}`);
	}
	return lines.join('\n') + '\n';
}

/**
 * A term's label says what changed in its attributes ("ceasefire: 6 weeks → 1 month");
 * for other facts (a party whose negotiators changed) both labels say it best.
 */
function changedText(change: Change): string {
	if (change.family === 'momentum') return `changed ${change.label}`;
	if (change.family === 'term' || change.from === undefined || change.to === undefined) return `changed ${change.family} ${change.label}`;
	return `changed ${change.family}: ${change.from} → ${change.to}`;
}

const PLURAL: Record<string, string> = {venue: 'venues', mediator: 'mediators', party: 'parties', term: 'terms', obstacle: 'obstacles'};

/**
 * One line per kind of change, in the order the diff gives them: facts added or
 * dropped together share a line ("added mediators: Qatar, Egypt"); each changed
 * fact has its own ("changed term ceasefire: 6 weeks → 1 month").
 */
export function groupChanges(changes: Change[]): string[] {
	const groups = new Map<string, string[]>();
	for (const change of changes) {
		if (change.type === 'changed') groups.set(`${groups.size}`, [changedText(change)]);
		else {
			const key = `${change.type} ${change.family}`;
			groups.set(key, [...(groups.get(key) ?? []), change.label]);
		}
	}
	return [...groups].map(([key, labels]) => {
		if (/^\d+$/.test(key)) return labels[0]!;
		const [type, family] = key.split(' ') as [string, string];
		return `${type} ${labels.length > 1 ? (PLURAL[family] ?? family) : family}: ${labels.join(', ')}`;
	});
}
