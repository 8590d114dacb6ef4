import {loadReports} from '../core/load-reports.js';
import type {LoadWarning, Report} from '../core/types.js';

export interface ExtractFlags {
	json: boolean;
	withText: boolean;
	knowledge: string[];
	/** --no-cache, --cache-dir, --workers. */
	cache?: boolean;
	cacheDir?: string;
	workers?: number;
}

/** `parley extract <paths...>`: the JSON document of facts-spec.md, or a readable summary. */
export async function runExtract(paths: string[], flags: ExtractFlags): Promise<number> {
	const {reports, warnings} = await loadReports(paths, {knowledgeFiles: flags.knowledge, cache: flags.cache, cacheDir: flags.cacheDir, workers: flags.workers});
	for (const warning of warnings) process.stderr.write(`parley: warning: ${warning.file}: ${warning.reason}\n`);
	if (flags.json) {
		const doc = {reports: reports.map((r) => serialiseReport(r, flags.withText)), warnings};
		process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
	} else {
		process.stdout.write(formatSummary(reports, warnings));
	}
	return 0;
}

/** A report as the JSON export shows it: the cleaned text only when asked for. */
export function serialiseReport(report: Report, withText: boolean): Report {
	const {text, ...rest} = report;
	return withText ? {...rest, text} : rest;
}

function formatSummary(reports: Report[], warnings: LoadWarning[]): string {
	const lines: string[] = [];
	for (const r of reports) {
		const date = r.date ? `${r.date}${r.dateSource === 'inferred' ? ' (inferred)' : ''}` : 'undated';
		lines.push(`${r.file}  ${date}${r.outlet ? `  ${r.outlet}` : ''}`);
		const row = (label: string, items: string[]) => lines.push(`  ${label.padEnd(10)} ${items.length ? items.join(', ') : '-'}`);
		row('venues', r.venues);
		row('mediators', r.mediators.map((m) => m.name));
		row('parties', r.parties.map((p) => (p.negotiators?.length ? `${p.name} (${p.negotiators.join(', ')})` : p.name)));
		row('terms', unique(r.terms.map((t) => (t.duration ? `${t.kind} (${t.duration})` : t.kind))));
		row('obstacles', unique(r.obstacles.map((o) => o.kind)));
		row('momentum', [r.status.value ?? 'unknown']);
		lines.push('');
	}
	if (warnings.length) lines.push(`${warnings.length} file(s) with warnings (see stderr)`);
	return lines.join('\n') + '\n';
}

function unique(items: string[]): string[] {
	return [...new Set(items)];
}
