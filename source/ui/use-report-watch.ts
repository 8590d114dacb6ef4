import {useEffect, useState} from 'react';
import {applyReportChange, reportFile} from '../core/watch/apply-report-change.js';
import {watchReports, type WatchOptions} from '../core/watch/watch-reports.js';
import type {ReportChange} from '../core/watch/watch-reports.js';
import type {LoadWarning, Report} from '../core/types.js';

/** The live report list of a watched dashboard. */
export interface ReportWatchState {
	reports: Report[];
	/** Ids of reports added or changed since the dashboard opened (to mark as new). */
	newIds: ReadonlySet<string>;
	/** Warnings of the files loaded by the watch. */
	warnings: LoadWarning[];
	/** The last watch error, if any (the watch goes on, polling if it must). */
	error?: Error;
}

/**
 * Keeps `initial` up to date with the watched folders (`parley --watch`):
 * reports of files added or changed while the dashboard is open appear, marked
 * in `newIds`; reports of removed files go. Inactive when `enabled` is false.
 * @example const {reports, newIds} = useReportWatch(loaded.reports, paths, {enabled: flags.watch});
 */
export function useReportWatch(initial: Report[], paths: string[], options: WatchOptions & {enabled?: boolean} = {}): ReportWatchState {
	const [state, setState] = useState<ReportWatchState>({reports: initial, newIds: new Set(), warnings: []});
	const enabled = options.enabled ?? true;
	const pathsKey = paths.join('\0');

	useEffect(() => {
		setState((s) => (s.reports === initial ? s : {...s, reports: initial}));
	}, [initial]);

	useEffect(() => {
		if (!enabled) return;
		// Files added while the first load ran are not in `initial`: the watch reports them at once.
		const known = new Set(initial.map((report) => reportFile(report.file)));
		const watcher = watchReports(
			paths,
			{...options, known, onError: (error) => setState((s) => ({...s, error}))},
			(change) =>
				setState((s) => ({
					reports: applyReportChange(s.reports, change),
					newIds: new Set([...s.newIds, ...change.reports.map((r) => r.file)]),
					warnings: mergeWarnings(s.warnings, change),
					error: s.error,
				})),
		);
		return () => watcher.close();
		// The watch restarts only when what is watched changes, not on every render's options object.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [enabled, pathsKey]);

	return state;
}

/** Warnings of files that changed or went are replaced by the new ones. */
function mergeWarnings(warnings: LoadWarning[], change: ReportChange): LoadWarning[] {
	const touched = new Set([...change.added, ...change.changed, ...change.removed]);
	return [...warnings.filter((w) => !touched.has(w.file)), ...change.warnings];
}
