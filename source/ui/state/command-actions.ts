import type {Command} from '../keymap/keymap.js';
import type {ViewAction} from './view-actions.js';
import type {ViewState} from './view-state.js';

/** What a command needs to know about the screen besides the view state. */
export interface CommandContext {
	/** Report ids on screen, in order. */
	reports: string[];
	trackCount: number;
	/** Compare: fact family rows; matrix: kind rows. */
	rowCount: number;
	/** Detail: the open report's facts and how far its text can scroll. */
	factCount: number;
	maxScroll: number;
	/** The detail text's scroll as shown (resolved when it follows the selected fact). */
	scroll: number;
	/** Lines of text a page scroll moves. */
	page: number;
	/** Compare: the index of the first fact of the highlighted family row in a report (0 when none). */
	rowFact?: (report: string, row: number) => number;
	/** The fact of `report` a search matched (opened by Enter in search). */
	searchFact?: (report: string) => number;
	/** Report ids on screen that a search matched, best first (empty without a query). */
	bestHits: string[];
}

/** A command's result: actions for the reducer and, for quit/snapshot, an effect to run. */
export interface CommandResult {
	actions: ViewAction[];
	effect?: 'quit' | 'snapshot';
}

const none: CommandResult = {actions: []};
const act = (...actions: ViewAction[]): CommandResult => ({actions});

/** Report opened by the detail's ←/→: the neighbour of the open one in the list on screen. */
function neighbour(state: ViewState, ctx: CommandContext, delta: number): ViewAction[] {
	const at = ctx.reports.indexOf(state.detail.report ?? '');
	const next = ctx.reports[at + delta];
	if (at < 0 || next === undefined) return [];
	return [{type: 'select', index: at + delta}, {type: 'open-detail', report: next}];
}

/**
 * Maps a command to what it does in the current focus. Pure, so every key flow is
 * testable on the reducer without rendering.
 */
export function commandActions(command: Command, state: ViewState, ctx: CommandContext): CommandResult {
	const focus = state.focus;
	const selectedReport = ctx.reports[Math.min(state.selected, ctx.reports.length - 1)];
	switch (command) {
		case 'quit':
			return {actions: [], effect: 'quit'};
		case 'snapshot':
			return {actions: [], effect: 'snapshot'};
		case 'help':
			return act({type: 'open-help', tab: 'keys'});
		case 'warnings':
			return act({type: 'open-help', tab: 'warnings'});
		case 'search':
			return act({type: 'open-search'});
		case 'back':
			return act({type: 'back'});
		case 'next-view':
		case 'prev-view':
			if (focus === 'detail') return act({type: 'show-view', view: state.view});
			return act({type: 'cycle-view', delta: command === 'next-view' ? 1 : -1});
		case 'view-compare':
			return act({type: 'show-view', view: 'compare'});
		case 'view-tracks':
			return act({type: 'show-view', view: 'tracks'});
		case 'view-matrix':
			return act({type: 'show-view', view: 'matrix'});
		case 'view-detail':
		case 'open-detail': {
			if (!selectedReport) return none;
			// From the compare view the detail opens on the highlighted row's first fact.
			const fact = focus === 'compare' ? (ctx.rowFact?.(selectedReport, state.row) ?? 0) : 0;
			return act({type: 'open-detail', report: selectedReport, fact});
		}
		case 'next-track':
		case 'prev-track':
			return act({type: 'cycle-track', delta: command === 'next-track' ? 1 : -1, count: ctx.trackCount});
		case 'first':
			return act({type: 'select', index: 0});
		case 'last':
			return act({type: 'select', index: Math.max(0, ctx.reports.length - 1)});
		case 'left':
		case 'right': {
			const delta = command === 'right' ? 1 : -1;
			if (focus === 'detail') return act(...neighbour(state, ctx, delta));
			return act({type: 'move-selection', delta, count: ctx.reports.length});
		}
		case 'up':
		case 'down': {
			const delta = command === 'down' ? 1 : -1;
			if (focus === 'detail') return act({type: 'move-fact', delta, count: ctx.factCount});
			if (focus === 'help') return act({type: 'scroll-help', delta});
			if (focus === 'tracks') return act({type: 'move-selection', delta, count: ctx.reports.length});
			return act({type: 'move-row', delta, count: ctx.rowCount});
		}
		case 'page-down':
			return act({type: 'scroll-detail', from: ctx.scroll, delta: ctx.page, max: ctx.maxScroll});
		case 'page-up':
			return act({type: 'scroll-detail', from: ctx.scroll, delta: -ctx.page, max: ctx.maxScroll});
		case 'search-accept': {
			const best = ctx.bestHits[0];
			if (best === undefined) return act({type: 'accept-search', report: null});
			return act({type: 'accept-search', report: best, fact: ctx.searchFact?.(best) ?? 0}, {type: 'select', index: Math.max(0, ctx.reports.indexOf(best))});
		}
		case 'search-delete':
			return act({type: 'delete-query-char'});
		case 'search-clear':
			return act({type: 'clear-query'});
	}
}
