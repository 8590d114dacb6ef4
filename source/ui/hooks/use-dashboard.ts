import {useCallback, useEffect, useMemo, useReducer, useRef} from 'react';
import type {LoadWarning, Report} from '../../core/types.js';
import {deriveScreen, type Screen, type ScreenInputs} from '../model/derive-screen.js';
import {reduceView} from '../state/reduce-view.js';
import type {ViewAction} from '../state/view-actions.js';
import {initialViewState, type ViewState} from '../state/view-state.js';
import {useSearchIndex} from './use-search-index.js';
import type {WindowSize} from './use-window-size.js';

export interface Dashboard extends Screen {
	state: ViewState;
	dispatch: (action: ViewAction) => void;
	/** The screen a given state would show (for keys handled before the next render). */
	screenFor: (state: ViewState) => Screen;
	indexing: boolean;
}

/** The dashboard's state and the screen derived from it, for one window size. */
export function useDashboard(reports: Report[], warnings: LoadWarning[], size: WindowSize, initial?: Partial<ViewState>, newIds: ReadonlySet<string> = new Set(), indexReady = true): Dashboard {
	const [state, dispatch] = useReducer(reduceView, {...initialViewState, ...initial});
	// While a load still runs the list changes every second or so: index once it is complete.
	const index = useSearchIndex(reports, indexReady);
	const inputs: ScreenInputs = useMemo(
		() => ({reports, warnings, index, columns: size.columns, rows: size.rows, newIds}),
		[reports, warnings, index, size.columns, size.rows, newIds],
	);
	const screen = useMemo(() => deriveScreen(inputs, state), [inputs, state]);
	useKeepSelection(reports, screen, dispatch);
	const screenFor = useCallback((s: ViewState) => (s === state ? screen : deriveScreen(inputs, s)), [inputs, state, screen]);
	return {...screen, state, dispatch, screenFor, indexing: index === null};
}

/**
 * Keeps the selected report selected when the report list changes under it (a long load
 * filling in, `--watch` adding a file): reports sorted in before it would otherwise shift it.
 */
function useKeepSelection(reports: Report[], screen: Screen, dispatch: (action: ViewAction) => void): void {
	const last = useRef<{reports: Report[]; id: string | undefined}>({reports, id: undefined});
	const shown = screen.model.reports;
	useEffect(() => {
		const {reports: before, id} = last.current;
		last.current = {reports, id: shown[screen.selected]?.file};
		if (before === reports || id === undefined) return;
		const index = shown.findIndex((report) => report.file === id);
		if (index >= 0 && index !== screen.selected) {
			last.current.id = id;
			dispatch({type: 'select', index});
		}
	});
}
