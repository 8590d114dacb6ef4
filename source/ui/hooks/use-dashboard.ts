import {useMemo, useReducer} from 'react';
import {FACT_FAMILIES} from '../../core/compare/index.js';
import type {LoadWarning, Report} from '../../core/types.js';
import {buildModel, type DashboardModel} from '../model/dashboard-model.js';
import {detailLayout, type DetailLayout} from '../model/detail-layout.js';
import type {CommandContext} from '../state/command-actions.js';
import {reduceView} from '../state/reduce-view.js';
import {initialViewState, type ViewState} from '../state/view-state.js';
import {matrixRowCount} from '../views/matrix-view.js';
import {useSearchIndex} from './use-search-index.js';
import type {WindowSize} from './use-window-size.js';

/** Rows the status line and the search bar take from the view. */
export function chromeRows(state: ViewState, hits: number): number {
	const search = state.focus === 'search' ? 1 + Math.min(3, hits) : state.query ? 1 : 0;
	// One spare row: a frame as tall as the terminal makes Ink clear the screen on every render.
	return 2 + search;
}

export interface Dashboard {
	state: ViewState;
	dispatch: (action: Parameters<typeof reduceView>[1]) => void;
	model: DashboardModel;
	/** The selected report index, clamped to the list on screen. */
	selected: number;
	/** The report the detail shows and its layout (when the detail is open). */
	detail: {report: Report; layout: DetailLayout} | null;
	context: CommandContext;
	/** Lines the current view may use. */
	viewRows: number;
	/** Search hits on screen, best first. */
	bestHits: string[];
	indexing: boolean;
}

/** The dashboard's state and everything derived from it, for one window size. */
export function useDashboard(reports: Report[], warnings: LoadWarning[], size: WindowSize, initial?: Partial<ViewState>): Dashboard {
	const [state, dispatch] = useReducer(reduceView, {...initialViewState, ...initial});
	const index = useSearchIndex(reports);
	const model = useMemo(() => buildModel(reports, warnings, index, state.track, state.query), [reports, warnings, index, state.track, state.query]);
	const bestHits = useMemo(() => {
		if (!model.search) return [];
		const onScreen = new Set(model.reports.map((r) => r.file));
		return model.search.reportIds.filter((id) => onScreen.has(id));
	}, [model]);
	const viewRows = Math.max(3, size.rows - chromeRows(state, bestHits.length));
	const selected = Math.max(0, Math.min(state.selected, model.reports.length - 1));
	const detailReport = state.detail.report ? reports.find((r) => r.file === state.detail.report) : undefined;
	const layout = useMemo(
		() => (detailReport ? detailLayout(detailReport, size.columns, viewRows, state.detail.fact, state.detail.scroll) : null),
		[detailReport, size.columns, viewRows, state.detail.fact, state.detail.scroll],
	);
	const context: CommandContext = {
		reports: model.reports.map((r) => r.file),
		trackCount: model.tracks.length,
		rowCount: state.view === 'matrix' ? matrixRowCount(model.reports) : FACT_FAMILIES.length,
		factCount: layout?.facts.length ?? 0,
		maxScroll: layout?.maxScroll ?? 0,
		scroll: layout?.scroll ?? 0,
		page: Math.max(1, (layout?.textRows ?? 2) - 1),
		bestHits,
	};
	const detail = detailReport && layout ? {report: detailReport, layout} : null;
	return {state, dispatch, model, selected, detail, context, viewRows, bestHits, indexing: index === null};
}
