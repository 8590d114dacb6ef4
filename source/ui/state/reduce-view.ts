import type {ViewAction} from './view-actions.js';
import {FOLLOW_FACT, MAIN_VIEWS, type ViewState} from './view-state.js';

function clamp(value: number, count: number): number {
	return Math.max(0, Math.min(value, count - 1));
}

/** Leaves a main view or the detail for another main view, keeping the selection. */
function showView(state: ViewState, view: ViewState['view']): ViewState {
	return {...state, view, focus: view, row: 0, message: null};
}

/** The view state after one action. Pure: key flows are testable without rendering. */
export function reduceView(state: ViewState, action: ViewAction): ViewState {
	switch (action.type) {
		case 'show-view':
			return showView(state, action.view);
		case 'cycle-view': {
			const at = MAIN_VIEWS.indexOf(state.view);
			const next = MAIN_VIEWS[(at + action.delta + MAIN_VIEWS.length) % MAIN_VIEWS.length]!;
			return showView(state, state.focus === 'detail' ? state.view : next);
		}
		case 'cycle-track':
			if (action.count <= 0) return state;
			return {...state, track: (state.track + action.delta + action.count) % action.count, selected: 0, message: null};
		case 'move-selection':
			return {...state, selected: clamp(state.selected + action.delta, action.count)};
		case 'select':
			return {...state, selected: Math.max(0, action.index)};
		case 'move-row':
			return {...state, row: clamp(state.row + action.delta, action.count)};
		case 'open-detail':
			return {...state, focus: 'detail', detail: {report: action.report, fact: action.fact ?? 0, scroll: FOLLOW_FACT}, message: null};
		case 'move-fact':
			return {...state, detail: {...state.detail, fact: clamp(state.detail.fact + action.delta, action.count), scroll: FOLLOW_FACT}};
		case 'scroll-detail':
			return {...state, detail: {...state.detail, scroll: Math.max(0, Math.min(action.from + action.delta, action.max))}};
		case 'open-search':
			return {...state, focus: 'search', message: null};
		case 'type-query':
			return {...state, query: state.query + action.text, selected: 0};
		case 'delete-query-char':
			return {...state, query: state.query.slice(0, -1), selected: 0};
		case 'clear-query':
			return {...state, query: '', selected: 0};
		case 'accept-search':
			if (action.report === null) return {...state, focus: state.view};
			return {...state, focus: 'detail', detail: {report: action.report, fact: action.fact ?? 0, scroll: FOLLOW_FACT}};
		case 'open-help':
			if (state.focus === 'help') return {...state, helpTab: action.tab, helpScroll: 0};
			return {...state, focus: 'help', helpReturn: state.focus, helpTab: action.tab, helpScroll: 0};
		case 'scroll-help':
			return {...state, helpScroll: Math.max(0, state.helpScroll + action.delta)};
		case 'back':
			return back(state);
		case 'set-message':
			return {...state, message: action.message};
	}
}

/** Esc: close the overlay, leave search (clearing it), leave the detail, or clear the filter. */
function back(state: ViewState): ViewState {
	switch (state.focus) {
		case 'help':
			return {...state, focus: state.helpReturn === 'search' ? state.view : state.helpReturn};
		case 'search':
			return {...state, focus: state.view, query: '', selected: 0};
		case 'detail':
			return {...state, focus: state.view};
		default:
			return state.query ? {...state, query: '', selected: 0} : {...state, message: null};
	}
}
