import {statSync} from 'node:fs';
import {join} from 'node:path';
import {listTracks} from '../core/compare/index.js';
import {loadKnowledge} from '../core/knowledge/load-knowledge.js';
import {loadReports} from '../core/load-reports.js';
import {buildSnapshot, writeSnapshotFile} from '../core/markdown/index.js';
import {parseDateFlag, parseNow, UsageError} from './cli-errors.js';
import {writeStdout} from './write-stdout.js';

export interface ExportFlags {
	knowledge: string[];
	out?: string;
	force: boolean;
	track?: string;
	query?: string;
	since?: string;
	until?: string;
	diagram: boolean;
	now?: string;
	view?: string;
	/** --no-cache, --cache-dir, --workers. */
	cache?: boolean;
	cacheDir?: string;
	workers?: number;
}

/**
 * `parley export [paths...]`: the Markdown snapshot on stdout (nothing else) or
 * written atomically to --out, never over an existing file without --force.
 */
export async function runExport(paths: string[], flags: ExportFlags): Promise<number> {
	const since = parseDateFlag('since', flags.since);
	const until = parseDateFlag('until', flags.until);
	if (since && until && since > until) throw new UsageError(`--since ${since} is after --until ${until}`);
	const now = parseNow(flags.now, process.env['PARLEY_NOW']);
	if (flags.out === '') throw new UsageError('--out wants a file name');
	if (flags.out && isFolder(flags.out)) throw new UsageError(`--out ${flags.out} is a folder; give a file name, e.g. ${join(flags.out, 'snapshot.md')}`);
	const knowledge = loadKnowledge(flags.knowledge);
	const {reports, warnings} = await loadReports(paths, {knowledge, cache: flags.cache, cacheDir: flags.cacheDir, workers: flags.workers});
	for (const warning of warnings) process.stderr.write(`parley: warning: ${warning.file}: ${warning.reason}\n`);
	if (flags.track) checkTrack(flags.track, listTracks(reports));
	const markdown = buildSnapshot(reports, {
		track: flags.track,
		query: flags.query,
		since,
		until,
		diagram: flags.diagram,
		now,
		knowledgeVersion: knowledge.version,
		view: flags.view,
	});
	if (!flags.out) {
		await writeStdout(markdown);
		return 0;
	}
	const written = await writeSnapshotFile(markdown, {path: flags.out, force: flags.force});
	process.stderr.write(`parley: wrote ${written}\n`);
	return 0;
}

function isFolder(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}

/** A track no report has still gives a (empty) snapshot, as the dashboard would; the user hears why. */
function checkTrack(track: string, tracks: string[]): void {
	if (tracks.some((t) => t.toLowerCase() === track.toLowerCase())) return;
	process.stderr.write(`parley: warning: no report names the venue "${track}" (tracks: ${tracks.join(', ')})\n`);
}
