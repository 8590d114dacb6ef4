import {stringify} from 'yaml';
import type {Report} from '../types.js';
import type {SnapshotOptions, SnapshotSource} from './snapshot-options.js';

/** Everything needed to trace a snapshot back to its inputs and reproduce it. */
export interface FrontMatter {
	parley: string;
	knowledge: string | null;
	generated: string;
	view?: string;
	filters: {track: string; query: string | null; since: string | null; until: string | null};
	sources: SnapshotSource[];
}

export function buildFrontMatter(
	all: Report[],
	options: SnapshotOptions,
	meta: {parleyVersion: string; generated: string; displayPath: (file: string) => string},
): FrontMatter {
	return {
		parley: meta.parleyVersion,
		knowledge: options.knowledgeVersion ?? null,
		generated: meta.generated,
		...(options.view ? {view: options.view} : {}),
		filters: {
			track: options.track || 'all',
			query: options.query?.trim() || null,
			since: options.since || null,
			until: options.until || null,
		},
		sources: (options.sources ?? deriveSources(all)).map((s) => ({file: meta.displayPath(s.file), sha256: s.sha256})),
	};
}

/** Each input file once (items of a multi-report file share its hash), sorted by path. */
export function deriveSources(reports: Report[]): SnapshotSource[] {
	const byFile = new Map<string, string>();
	for (const report of reports) byFile.set(report.file.replace(/#\d+$/, ''), report.sha256);
	return [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, sha256]) => ({file, sha256}));
}

/** The YAML front matter block, `---` fenced. */
export function renderFrontMatter(frontMatter: FrontMatter): string {
	return `---\n${stringify(frontMatter, {lineWidth: 0})}---\n`;
}
