import {useCallback, useMemo, useReducer} from 'react';
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
export function useDashboard(reports: Report[], warnings: LoadWarning[], size: WindowSize, initial?: Partial<ViewState>, newIds: ReadonlySet<string> = new Set()): Dashboard {
	const [state, dispatch] = useReducer(reduceView, {...initialViewState, ...initial});
	const index = useSearchIndex(reports);
	const inputs: ScreenInputs = useMemo(
		() => ({reports, warnings, index, columns: size.columns, rows: size.rows, newIds}),
		[reports, warnings, index, size.columns, size.rows, newIds],
	);
	const screen = useMemo(() => deriveScreen(inputs, state), [inputs, state]);
	const screenFor = useCallback((s: ViewState) => (s === state ? screen : deriveScreen(inputs, s)), [inputs, state, screen]);
	return {...screen, state, dispatch, screenFor, indexing: index === null};
}
