import {join} from 'node:path';
import {loadKnowledge} from '../../source/core/knowledge/load-knowledge.js';
import {loadReports} from '../../source/core/load-reports.js';
import {buildSnapshot, type SnapshotOptions} from '../../source/core/markdown/index.js';
import {bundledReportsDir, packageRoot} from '../../source/core/package-paths.js';
import type {Report} from '../../source/core/types.js';

/** The fixed generation time of every golden snapshot (also given to the CLI as --now). */
export const GOLDEN_NOW = '2024-11-01T12:00:00Z';

/** Golden snapshots of the bundled reports: file name and the export flags that make it. */
export const GOLDEN_CASES: Array<{file: string; options: SnapshotOptions; args: string[]}> = [
	{file: 'bundled-all-tracks.md', options: {}, args: []},
	{file: 'bundled-cairo-track.md', options: {track: 'Cairo'}, args: ['--track', 'Cairo']},
];

export const GOLDEN_DIR = join(packageRoot(), 'test', 'fixtures', 'snapshots');

/**
 * The snapshots of the bundled data as the real loader makes them today, so
 * the golden files follow extraction (regenerate with scripts/update-golden.mjs).
 */
export async function renderGoldenCases(): Promise<Array<{file: string; markdown: string; reports: Report[]}>> {
	const knowledge = loadKnowledge();
	const {reports} = await loadReports([bundledReportsDir()], {knowledge, cache: false});
	return GOLDEN_CASES.map(({file, options}) => ({
		file,
		reports,
		markdown: buildSnapshot(reports, {...options, now: new Date(GOLDEN_NOW), knowledgeVersion: knowledge.version, baseDir: packageRoot()}),
	}));
}
