import type {HelpTab, MainView} from './view-state.js';

/**
 * Everything that can happen to the view state. Counts travel with the actions that need a
 * bound, so the reducer stays pure and needs no knowledge of the reports.
 */
export type ViewAction =
	| {type: 'show-view'; view: MainView}
	| {type: 'cycle-view'; delta: 1 | -1}
	| {type: 'cycle-track'; delta: 1 | -1; count: number}
	| {type: 'move-selection'; delta: number; count: number}
	| {type: 'select'; index: number}
	| {type: 'move-row'; delta: number; count: number}
	| {type: 'open-detail'; report: string; fact?: number}
	| {type: 'move-fact'; delta: number; count: number}
	| {type: 'scroll-detail'; from: number; delta: number; max: number}
	| {type: 'open-search'}
	| {type: 'type-query'; text: string}
	| {type: 'delete-query-char'}
	| {type: 'clear-query'}
	| {type: 'accept-search'; report: string | null; fact?: number}
	| {type: 'open-help'; tab: HelpTab}
	| {type: 'scroll-help'; delta: number}
	| {type: 'back'}
	| {type: 'set-message'; message: string | null};
