import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {packageRoot} from '../package-paths.js';
import type {Report} from '../types.js';
import {escapeInline} from './escape-markdown.js';
import {buildFrontMatter, renderFrontMatter} from './render-front-matter.js';
import {renderReports} from './render-facts.js';
import {renderSources} from './render-sources.js';
import {renderTrack} from './render-track.js';
import {selectReports} from './select-reports.js';
import {makeContext} from './snapshot-context.js';
import type {SnapshotOptions} from './snapshot-options.js';

/**
 * The snapshot of a comparison as GitHub-flavoured Markdown. The stages:
 * 1. select the reports and tracks (search, track, date range: as the dashboard does)
 * 2. front matter: versions, filters, every input file's SHA-256
 * 3. title and generation time
 * 4. sources table
 * 5. per track: timeline table, what changed, Mermaid timeline
 * 6. each report's facts with quoted evidence
 * The same reports and options give the same text; only `now` varies.
 * @example buildSnapshot(reports, {track: 'Cairo', now: new Date('2024-11-01T12:00:00Z')})
 */
export function buildSnapshot(reports: Report[], options: SnapshotOptions = {}): string {
	const {reports: shown, tracks} = selectReports(reports, options);
	const context = makeContext(shown, options.baseDir ?? process.cwd());
	const generated = isoSeconds(options.now ?? nowFromEnvironment() ?? new Date());
	const frontMatter = buildFrontMatter(reports, options, {
		parleyVersion: options.parleyVersion ?? packageVersion(),
		generated,
		displayPath: context.displayPath,
	});
	const scope = describeScope(frontMatter.filters);
	const title = `# Parley snapshot: ${escapeInline(scope)}\n\nGenerated ${generated} from ${shown.length} of ${reports.length} report${reports.length === 1 ? '' : 's'}.\n`;
	const sections = [
		renderFrontMatter(frontMatter),
		title,
		renderSources(context),
		...(shown.length ? tracks.map((track) => renderTrack(context, track, options.diagram ?? true)) : []),
		renderReports(context),
	];
	return sections.filter(Boolean).join('\n');
}

function describeScope(filters: {track: string; query: string | null; since: string | null; until: string | null}): string {
	const parts = [filters.track === 'all' ? 'all tracks' : `${filters.track} track`];
	if (filters.query) parts.push(`search "${filters.query}"`);
	if (filters.since && filters.until) parts.push(`${filters.since} to ${filters.until}`);
	else if (filters.since) parts.push(`since ${filters.since}`);
	else if (filters.until) parts.push(`until ${filters.until}`);
	return parts.join(', ');
}

/** `PARLEY_NOW` (ISO 8601) fixes the generation time so tests and reproductions match. */
function nowFromEnvironment(): Date | undefined {
	const value = process.env['PARLEY_NOW'];
	if (!value) return undefined;
	const date = new Date(value);
	return Number.isNaN(date.getTime()) ? undefined : date;
}

function isoSeconds(date: Date): string {
	return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

let cachedVersion: string | undefined;

/** Parley's version from its package.json. */
export function packageVersion(): string {
	cachedVersion ??= (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {version: string}).version;
	return cachedVersion;
}
