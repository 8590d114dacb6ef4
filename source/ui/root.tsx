import {Box, Text, useApp, useInput} from 'ink';
import {useEffect, useMemo, useState} from 'react';
import type {WatchOptions} from '../core/watch/watch-reports.js';
import type {LoadResult} from '../core/types.js';
import {App, type AppProps} from './app.js';
import {useWindowSize} from './hooks/use-window-size.js';
import {useReportWatch} from './use-report-watch.js';
import {LoadingView} from './views/loading-view.js';

export interface RootProps extends Omit<AppProps, 'reports' | 'warnings' | 'newIds'> {
	/** Loads the reports, reporting progress; the dashboard appears as soon as it resolves. */
	load: (onProgress: (done: number, total: number) => void) => Promise<LoadResult>;
	/** `--watch`: keep the reports up to date with these paths (loaded with `watchOptions`). */
	watch?: {paths: string[]; options: WatchOptions};
}

/** The dashboard over a live report list when watching (new reports marked), else the loaded one. */
function WatchedApp({loaded, watch, ...appProps}: {loaded: LoadResult; watch?: RootProps['watch']} & Omit<AppProps, 'reports' | 'warnings'>) {
	const live = useReportWatch(loaded.reports, watch?.paths ?? [], {...watch?.options, enabled: Boolean(watch)});
	const warnings = useMemo(() => [...loaded.warnings, ...live.warnings], [loaded.warnings, live.warnings]);
	return <App reports={live.reports} warnings={warnings} newIds={live.newIds} {...appProps} />;
}

/** Shows loading progress, then the dashboard; a failed load is shown, not thrown. */
export function Root({load, watch, ...appProps}: RootProps) {
	const {exit} = useApp();
	const size = useWindowSize();
	const [progress, setProgress] = useState<[number, number]>([0, 0]);
	const [result, setResult] = useState<LoadResult | null>(null);
	const [error, setError] = useState<Error | null>(null);
	useEffect(() => {
		let live = true;
		load((done, total) => live && setProgress([done, total])).then(
			(loaded) => live && setResult(loaded),
			(failure: Error) => live && setError(failure),
		);
		return () => {
			live = false;
		};
	}, [load]);
	useInput(
		(input, key) => {
			if (input === 'q' || (key.ctrl && input === 'c')) exit();
		},
		{isActive: result === null},
	);
	if (error) {
		return (
			<Box flexDirection="column">
				<Text bold>Could not load the reports: {error.message}</Text>
				<Text>q quits</Text>
			</Box>
		);
	}
	if (!result) return <LoadingView done={progress[0]} total={progress[1]} width={size.columns} />;
	return <WatchedApp loaded={result} watch={watch} {...appProps} />;
}
