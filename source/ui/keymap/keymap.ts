import type {Focus} from '../state/view-state.js';

/** Every command a key can trigger. */
export type Command =
	| 'quit'
	| 'help'
	| 'search'
	| 'next-view'
	| 'prev-view'
	| 'view-compare'
	| 'view-tracks'
	| 'view-matrix'
	| 'view-detail'
	| 'next-track'
	| 'prev-track'
	| 'snapshot'
	| 'warnings'
	| 'back'
	| 'left'
	| 'right'
	| 'up'
	| 'down'
	| 'first'
	| 'last'
	| 'page-down'
	| 'page-up'
	| 'open-detail'
	| 'search-accept'
	| 'search-delete'
	| 'search-clear';

/** Where a binding applies: one or more focus values, or every focus except search ('global'). */
export type BindingScope = Focus[] | 'global';

/**
 * One key binding: the single source for input handling and the `?` overlay.
 * Keys are names from `keyName` ("q", "ctrl+c", "escape", "shift+tab", "left"...).
 */
export interface KeyBinding {
	command: Command;
	keys: string[];
	description: string;
	scope: BindingScope;
}

const VIEWS: Focus[] = ['compare', 'tracks', 'matrix'];

/** The keymap, in the order the help overlay lists it. View-specific bindings win over global ones. */
export const KEYMAP: KeyBinding[] = [
	// Search input: typing goes to the query, so only these keys act.
	{command: 'search-accept', keys: ['enter'], description: 'open the best hit in the detail', scope: ['search']},
	{command: 'back', keys: ['escape'], description: 'clear the search and close it', scope: ['search']},
	{command: 'search-delete', keys: ['backspace'], description: 'delete the last character', scope: ['search']},
	{command: 'search-clear', keys: ['ctrl+u'], description: 'clear the query', scope: ['search']},
	{command: 'quit', keys: ['ctrl+c'], description: 'quit', scope: ['search']},
	// Compare: one column per report.
	{command: 'left', keys: ['left', 'h'], description: 'previous report (column)', scope: ['compare', 'matrix']},
	{command: 'right', keys: ['right', 'l'], description: 'next report (column)', scope: ['compare', 'matrix']},
	{command: 'up', keys: ['up', 'k'], description: 'previous fact row', scope: ['compare', 'matrix']},
	{command: 'down', keys: ['down', 'j'], description: 'next fact row', scope: ['compare', 'matrix']},
	{command: 'first', keys: ['g'], description: 'first report', scope: [...VIEWS]},
	{command: 'last', keys: ['G'], description: 'last report', scope: [...VIEWS]},
	// Tracks: a timeline per venue.
	{command: 'up', keys: ['up', 'k'], description: 'previous timeline entry', scope: ['tracks']},
	{command: 'down', keys: ['down', 'j'], description: 'next timeline entry', scope: ['tracks']},
	{command: 'prev-track', keys: ['left', 'h'], description: 'previous track', scope: ['tracks']},
	{command: 'next-track', keys: ['right', 'l'], description: 'next track', scope: ['tracks']},
	{command: 'open-detail', keys: ['enter'], description: 'open the selected report', scope: [...VIEWS]},
	// Detail: a report's text with its evidence.
	{command: 'up', keys: ['up', 'k'], description: 'previous fact (text moves to its evidence)', scope: ['detail']},
	{command: 'down', keys: ['down', 'j'], description: 'next fact (text moves to its evidence)', scope: ['detail']},
	{command: 'left', keys: ['left', 'h'], description: 'previous report', scope: ['detail']},
	{command: 'right', keys: ['right', 'l'], description: 'next report', scope: ['detail']},
	{command: 'page-down', keys: ['pagedown', 'space'], description: 'scroll the text down', scope: ['detail']},
	{command: 'page-up', keys: ['pageup', 'b'], description: 'scroll the text up', scope: ['detail']},
	// Help overlay.
	{command: 'down', keys: ['down', 'j'], description: 'scroll down', scope: ['help']},
	{command: 'up', keys: ['up', 'k'], description: 'scroll up', scope: ['help']},
	{command: 'back', keys: ['escape', '?'], description: 'close the help', scope: ['help']},
	// Everywhere but the search input.
	{command: 'next-view', keys: ['tab'], description: 'next view', scope: 'global'},
	{command: 'prev-view', keys: ['shift+tab'], description: 'previous view', scope: 'global'},
	{command: 'view-compare', keys: ['1'], description: 'compare view', scope: 'global'},
	{command: 'view-tracks', keys: ['2'], description: 'tracks view', scope: 'global'},
	{command: 'view-matrix', keys: ['3'], description: 'matrix view', scope: 'global'},
	{command: 'view-detail', keys: ['4'], description: 'detail of the selected report', scope: 'global'},
	{command: 'next-track', keys: ['t'], description: 'next venue track', scope: 'global'},
	{command: 'prev-track', keys: ['T'], description: 'previous venue track', scope: 'global'},
	{command: 'search', keys: ['/'], description: 'fuzzy search (narrows the view)', scope: 'global'},
	{command: 'snapshot', keys: ['e'], description: 'write a Markdown snapshot of the screen', scope: 'global'},
	{command: 'warnings', keys: ['w'], description: 'load warnings', scope: 'global'},
	{command: 'help', keys: ['?'], description: 'this help', scope: 'global'},
	{command: 'back', keys: ['escape'], description: 'back / clear the filter', scope: 'global'},
	{command: 'quit', keys: ['q', 'ctrl+c'], description: 'quit', scope: 'global'},
];

/** How key names read in the overlay and the status line. */
export function displayKey(name: string): string {
	const names: Record<string, string> = {left: '←', right: '→', up: '↑', down: '↓', escape: 'Esc', enter: 'Enter', tab: 'Tab', 'shift+tab': 'S-Tab', space: 'Space', pagedown: 'PgDn', pageup: 'PgUp', backspace: 'Bksp', 'ctrl+c': 'Ctrl-C', 'ctrl+u': 'Ctrl-U'};
	return names[name] ?? name;
}
