import {Box, Text, useApp, useInput} from 'ink';
import {useEffect, useMemo, useState} from 'react';
import {sortReports} from '../core/sort-reports.js';
import type {WatchOptions} from '../core/watch/watch-reports.js';
import type {LoadResult, LoadWarning, Report} from '../core/types.js';
import {App, type AppProps} from './app.js';
import {useWindowSize} from './hooks/use-window-size.js';
import {useReportWatch} from './use-report-watch.js';
import {LoadingView} from './views/loading-view.js';

/** A load still running this long shows the dashboard over the reports loaded so far. */
export const PARTIAL_AFTER_MS = 1000;
/** While a long load runs, the dashboard's report list is refreshed this often. */
export const PARTIAL_REFRESH_MS = 2000;
/** Progress is drawn at most this often: a render per file would take CPU from the extraction. */
const PROGRESS_MS = 100;

/** What a running load tells the view: progress, and each file's reports once known. */
export type LoadCallbacks = [onProgress: (done: number, total: number) => void, onReports: (reports: Report[]) => void];

export interface RootProps extends Omit<AppProps, 'reports' | 'warnings' | 'newIds' | 'loading'> {
	/** Loads the reports, reporting progress and reports as they come. */
	load: (...callbacks: LoadCallbacks) => Promise<LoadResult>;
	/** `--watch`: keep the reports up to date with these paths (loaded with `watchOptions`). */
	watch?: {paths: string[]; options: WatchOptions};
}

const NO_WARNINGS: LoadWarning[] = [];

/** The dashboard over a live report list when watching (new reports marked), else the loaded one. */
function WatchedApp({loaded, watch, loading, ...appProps}: {loaded: LoadResult; watch?: RootProps['watch']} & Omit<AppProps, 'reports' | 'warnings'>) {
	// The watch starts on the complete list: started on a partial one, it would call every file still loading new.
	const live = useReportWatch(loaded.reports, watch?.paths ?? [], {...watch?.options, enabled: Boolean(watch) && !loading});
	const warnings = useMemo(() => [...loaded.warnings, ...live.warnings], [loaded.warnings, live.warnings]);
	return <App reports={live.reports} warnings={warnings} newIds={live.newIds} loading={loading} {...appProps} />;
}

/**
 * Shows loading progress, then the dashboard; a failed load is shown, not thrown. A load that
 * takes longer than PARTIAL_AFTER_MS shows the dashboard over the reports loaded so far,
 * refreshed as more arrive, with the progress in the status line.
 */
export function Root({load, watch, ...appProps}: RootProps) {
	const {exit} = useApp();
	const size = useWindowSize();
	const [progress, setProgress] = useState<[number, number]>([0, 0]);
	const [partial, setPartial] = useState<LoadResult | null>(null);
	const [result, setResult] = useState<LoadResult | null>(null);
	const [error, setError] = useState<Error | null>(null);
	useEffect(() => {
		let live = true;
		const started = Date.now();
		const arrived: Report[] = [];
		let timer: NodeJS.Timeout | undefined;
		let shown = false;
		const show = () => {
			timer = undefined;
			shown = true;
			if (live) setPartial({reports: sortReports(arrived.slice()), warnings: NO_WARNINGS});
		};
		const onReports = (reports: Report[]) => {
			arrived.push(...reports);
			if (timer) return;
			timer = setTimeout(show, shown ? PARTIAL_REFRESH_MS : Math.max(0, PARTIAL_AFTER_MS - (Date.now() - started)));
		};
		let latest: [number, number] = [0, 0];
		let progressTimer: NodeJS.Timeout | undefined;
		const onProgress = (done: number, total: number) => {
			latest = [done, total];
			progressTimer ??= setTimeout(() => {
				progressTimer = undefined;
				if (live) setProgress(latest);
			}, PROGRESS_MS);
		};
		const stop = () => {
			clearTimeout(timer);
			clearTimeout(progressTimer);
		};
		load(onProgress, onReports).then(
			(loaded) => live && setResult(loaded),
			(failure: Error) => live && setError(failure),
		).finally(stop);
		return () => {
			live = false;
			stop();
		};
	}, [load]);
	useInput(
		(input, key) => {
			if (input === 'q' || (key.ctrl && input === 'c')) exit();
		},
		{isActive: result === null && partial === null},
	);
	if (error) {
		return (
			<Box flexDirection="column">
				<Text bold>Could not load the reports: {error.message}</Text>
				<Text>q quits</Text>
			</Box>
		);
	}
	const loaded = result ?? partial;
	if (!loaded) return <LoadingView done={progress[0]} total={progress[1]} width={size.columns} />;
	const loading = result ? undefined : {done: progress[0], total: progress[1]};
	return <WatchedApp loaded={loaded} watch={watch} loading={loading} {...appProps} />;
}
