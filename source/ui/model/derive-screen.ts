import {FACT_FAMILIES} from '../../core/compare/index.js';
import type {SearchIndex} from '../../core/search/index.js';
import type {LoadWarning, Report} from '../../core/types.js';
import type {CommandContext} from '../state/command-actions.js';
import type {ViewState} from '../state/view-state.js';
import {matrixRowCount} from '../views/matrix-view.js';
import {buildModel, type DashboardModel} from './dashboard-model.js';
import {detailFacts, searchFact} from './detail-facts.js';
import {detailLayout, type DetailLayout} from './detail-layout.js';

/** Everything on screen for one view state and size. */
export interface Screen {
	model: DashboardModel;
	/** An exception raised while deriving the model, shown by the view's error boundary. */
	error: Error | null;
	/** The selected report index, clamped to the list on screen. */
	selected: number;
	/** Search hits on screen, best first. */
	bestHits: string[];
	/** Lines the current view may use. */
	viewRows: number;
	/** The report the detail shows and its layout (when the detail is open). */
	detail: {report: Report; layout: DetailLayout} | null;
	/** What the keys need to know (bounds, hits, scroll). */
	context: CommandContext;
}

export interface ScreenInputs {
	reports: Report[];
	warnings: LoadWarning[];
	index: SearchIndex | null;
	columns: number;
	rows: number;
	/** Reports added or changed while open (`--watch`). */
	newIds?: ReadonlySet<string>;
}

/** Rows the status line and the search bar take from the view. */
export function chromeRows(state: ViewState, hits: number): number {
	const search = state.focus === 'search' ? 1 + Math.min(3, hits) : state.query ? 1 : 0;
	// One spare row: a frame as tall as the terminal makes Ink clear the screen on every render.
	return 2 + search;
}

function safeModel(inputs: ScreenInputs, state: ViewState): {model: DashboardModel; error: Error | null} {
	try {
		return {model: buildModel(inputs.reports, inputs.warnings, inputs.index, state.track, state.query, inputs.newIds), error: null};
	} catch (failure) {
		// Malformed facts must not take the dashboard down: show the error, keep the keys working.
		return {model: buildModel([], inputs.warnings, null, 0, ''), error: failure instanceof Error ? failure : new Error(String(failure))};
	}
}

/**
 * Derives the screen from a view state. Pure; the input handler calls it on the state a
 * key leaves behind, so keys that arrive together see the right bounds.
 */
export function deriveScreen(inputs: ScreenInputs, state: ViewState): Screen {
	const {model, error} = safeModel(inputs, state);
	const onScreen = new Set(model.reports.map((r) => r.file));
	const bestHits = model.search ? model.search.reportIds.filter((id) => onScreen.has(id)) : [];
	const viewRows = Math.max(3, inputs.rows - chromeRows(state, bestHits.length));
	const selected = Math.max(0, Math.min(state.selected, model.reports.length - 1));
	const detailReport = state.detail.report ? inputs.reports.find((r) => r.file === state.detail.report) : undefined;
	const layout = detailReport ? detailLayout(detailReport, inputs.columns, viewRows, state.detail.fact, state.detail.scroll) : null;
	const context: CommandContext = {
		reports: model.reports.map((r) => r.file),
		trackCount: model.tracks.length,
		rowCount: state.view === 'matrix' ? matrixRowCount(model.reports) : FACT_FAMILIES.length,
		factCount: layout?.facts.length ?? 0,
		maxScroll: layout?.maxScroll ?? 0,
		scroll: layout?.scroll ?? 0,
		page: Math.max(1, (layout?.textRows ?? 2) - 1),
		bestHits,
		searchFact: (id) => {
			const report = model.reports.find((r) => r.file === id);
			return report ? searchFact(detailFacts(report), model.search?.matches.get(id) ?? []) : 0;
		},
		rowFact: (id, row) => {
			const report = model.reports.find((r) => r.file === id);
			const family = FACT_FAMILIES[row];
			return report ? Math.max(0, detailFacts(report).findIndex((f) => f.family === family)) : 0;
		},
	};
	return {model, error, selected, bestHits, viewRows, detail: detailReport && layout ? {report: detailReport, layout} : null, context};
}
