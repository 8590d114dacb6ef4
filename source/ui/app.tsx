import {Box, Text, useApp} from 'ink';
import {useCallback} from 'react';
import type {LoadWarning, Report} from '../core/types.js';
import {ErrorBoundary} from './components/error-boundary.js';
import {SearchBar} from './components/search-bar.js';
import {StatusLine, type LoadProgress} from './components/status-line.js';
import {useDashboard, type Dashboard} from './hooks/use-dashboard.js';
import {useDashboardInput} from './hooks/use-dashboard-input.js';
import {useWindowSize} from './hooks/use-window-size.js';
import {matchedWords} from './model/dashboard-model.js';
import type {ScreenSelection} from './snapshot.js';
import type {ViewState} from './state/view-state.js';
import {CompareView} from './views/compare-view.js';
import {DetailView} from './views/detail-view.js';
import {EmptyView} from './views/empty-view.js';
import {HelpView} from './views/help-view.js';
import {MatrixView} from './views/matrix-view.js';
import {TracksView} from './views/tracks-view.js';

export interface AppProps {
	reports: Report[];
	warnings: LoadWarning[];
	/** Where `e` writes snapshots (default: the working folder). */
	snapshotDir?: string;
	knowledgeVersion?: string;
	initialState?: Partial<ViewState>;
	/** Writes a snapshot and resolves to its path (default: a Markdown file via core/markdown). */
	writeSnapshot?: (reports: Report[], screen: ScreenSelection) => Promise<string>;
	/** Reports added or changed while open (`--watch`), marked as new. */
	newIds?: ReadonlySet<string>;
	/** Called when the user quits, before the app exits. */
	onQuit?: () => void;
	/** Set while a long load still runs: `reports` is what has arrived so far. */
	loading?: LoadProgress;
}

const NO_IDS: ReadonlySet<string> = new Set();

/** The view for the current focus (search and help keep the main view underneath). */
function CurrentView({dashboard, width}: {dashboard: Dashboard; width: number}) {
	const {state, model, selected, detail, viewRows} = dashboard;
	// Thrown here, inside the error boundary, so the failure shows in the view area.
	if (dashboard.error && state.focus !== 'help') throw dashboard.error;
	if (state.focus === 'help') return <HelpView tab={state.helpTab} scroll={state.helpScroll} warnings={model.warnings} width={width} height={viewRows} />;
	if (model.all.length === 0) return <EmptyView warnings={model.warnings} width={width} />;
	if (state.focus === 'detail' && detail) {
		return <DetailView report={detail.report} layout={detail.layout} fact={state.detail.fact} words={matchedWords(model, detail.report.file)} width={width} />;
	}
	if (model.reports.length === 0 && state.view !== 'tracks') {
		return <Text>{state.query ? `No report in track "${model.track}" matches "${state.query}". Esc clears the search.` : `No reports in track "${model.track}".`}</Text>;
	}
	if (state.view === 'tracks') return <TracksView model={model} selected={selected} width={width} height={viewRows} />;
	if (state.view === 'matrix') return <MatrixView model={model} selected={selected} row={state.row} width={width} height={viewRows} />;
	return <CompareView model={model} selected={selected} row={state.row} width={width} height={viewRows} />;
}

/** The dashboard: picks the view for the focus, with the search bar and the status line. */
export function App({reports, warnings, snapshotDir, knowledgeVersion, initialState, writeSnapshot, onQuit, newIds = NO_IDS, loading}: AppProps) {
	const {exit} = useApp();
	const size = useWindowSize();
	const dashboard = useDashboard(reports, warnings, size, initialState, newIds, !loading);
	const {state, dispatch, model, bestHits} = dashboard;
	const onSnapshot = useCallback(
		(current: ViewState) => {
			const screen = {view: current.focus === 'detail' ? 'detail' : current.view, track: dashboard.screenFor(current).model.track, query: current.query};
			// The Markdown writer is loaded on the first `e`: a start does not need it.
			const write = writeSnapshot ?? (async (r: Report[], s: ScreenSelection) => (await import('./snapshot.js')).writeScreenSnapshot(r, s, {dir: snapshotDir, knowledgeVersion}));
			dispatch({type: 'set-message', message: 'writing snapshot…'});
			write(reports, screen).then(
				(path) => dispatch({type: 'set-message', message: `snapshot written: ${path}`}),
				(error: Error) => dispatch({type: 'set-message', message: `snapshot failed: ${error.message}`}),
			);
		},
		[dashboard, reports, snapshotDir, knowledgeVersion, writeSnapshot, dispatch],
	);
	const quit = useCallback(() => {
		onQuit?.();
		exit();
	}, [onQuit, exit]);
	useDashboardInput({state, dispatch, contextFor: (s) => dashboard.screenFor(s).context, onQuit: quit, onSnapshot});
	const width = Math.max(10, size.columns);
	const hits = bestHits.slice(0, 3).map((id) => ({report: reports.find((r) => r.file === id)!, matches: model.search?.matches.get(id) ?? []}));
	return (
		<Box flexDirection="column" width={width}>
			<Box height={dashboard.viewRows} overflow="hidden">
				<ErrorBoundary key={`${state.focus}:${state.view}:${state.track}:${state.query}`} width={width}>
					<CurrentView dashboard={dashboard} width={width} />
				</ErrorBoundary>
			</Box>
			{state.focus === 'search' || state.query ? (
				<SearchBar query={state.query} active={state.focus === 'search'} hits={hits} total={bestHits.length} indexing={dashboard.indexing} width={width} rows={3} />
			) : null}
			<StatusLine state={state} model={model} indexing={dashboard.indexing} loading={loading} width={width} />
		</Box>
	);
}
