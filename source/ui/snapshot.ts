import {buildSnapshot, writeSnapshotFile} from '../core/markdown/index.js';
import type {Report} from '../core/types.js';

/** What is on screen, as the snapshot records it. */
export interface ScreenSelection {
	view: string;
	track: string;
	query: string;
}

export interface SnapshotTarget {
	/** Folder for the new file (default: the working folder). */
	dir?: string;
	knowledgeVersion?: string;
}

/**
 * Writes a Markdown snapshot of exactly what is on screen (view, track, search filter) to a
 * new file; never overwrites. Resolves to the path written.
 */
export async function writeScreenSnapshot(reports: Report[], screen: ScreenSelection, target: SnapshotTarget): Promise<string> {
	const content = buildSnapshot(reports, {
		view: screen.view,
		track: screen.track,
		query: screen.query.trim() || undefined,
		knowledgeVersion: target.knowledgeVersion,
	});
	return writeSnapshotFile(content, {dir: target.dir ?? process.cwd()});
}
