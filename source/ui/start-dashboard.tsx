import {render} from 'ink';
import {loadReports} from '../core/load-reports.js';
import type {LoadFilesOptions} from '../core/parallel/load-files.js';
import {loadKnowledge} from '../core/knowledge/load-knowledge.js';
import {printCompare} from './print-compare.js';
import {Root, type LoadCallbacks} from './root.js';
import {guardTerminal} from './terminal-guard.js';
import {ThemeContext, themeFromEnv} from './theme.js';

export interface DashboardOptions {
	knowledge: string[];
	snapshotDir?: string;
	/** Loader settings (cache, workers). */
	load?: LoadFilesOptions;
	/** `--watch`: show reports added or changed in the paths while open. */
	watch?: boolean;
}

/** Whether the dashboard can run interactively: both ends a terminal and raw mode available. */
export function isInteractive(stdin: NodeJS.ReadStream, stdout: NodeJS.WriteStream): boolean {
	return Boolean(stdout.isTTY && stdin.isTTY && typeof stdin.setRawMode === 'function');
}

/**
 * Runs the dashboard on `paths`. Without a terminal it prints the compare view once as plain
 * text and returns 0. Otherwise it shows loading progress, then the dashboard (over the reports
 * loaded so far when loading takes long), and returns
 * when the user quits, with the terminal restored.
 */
export async function startDashboard(paths: string[], options: DashboardOptions): Promise<number> {
	const knowledge = loadKnowledge(options.knowledge);
	const {stdin, stdout} = process;
	if (!isInteractive(stdin, stdout)) {
		const result = await loadReports(paths, {...options.load, knowledge});
		stdout.write(printCompare(result, stdout.columns || 120));
		return 0;
	}
	const load = (...[onProgress, onReports]: LoadCallbacks) => loadReports(paths, {...options.load, knowledge, onProgress, onReports});
	let instance: ReturnType<typeof render> | undefined;
	const guard = guardTerminal(stdout, stdin, () => instance?.unmount());
	try {
		instance = render(
			<ThemeContext.Provider value={themeFromEnv()}>
				<Root
					load={load}
					watch={options.watch ? {paths, options: {...options.load, knowledge}} : undefined}
					snapshotDir={options.snapshotDir}
					knowledgeVersion={knowledge.version}
				/>
			</ThemeContext.Provider>,
			{exitOnCtrlC: false, maxFps: 30},
		);
		await instance.waitUntilExit();
	} finally {
		guard.restore();
		guard.dispose();
	}
	return 0;
}
