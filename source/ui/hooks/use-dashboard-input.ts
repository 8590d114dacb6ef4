import {useInput, type Key} from 'ink';
import {useRef} from 'react';
import {commandFor, keyName} from '../keymap/match-key.js';
import {commandActions, type CommandContext} from '../state/command-actions.js';
import {reduceView} from '../state/reduce-view.js';
import type {ViewAction} from '../state/view-actions.js';
import type {ViewState} from '../state/view-state.js';

export interface DashboardInputOptions {
	state: ViewState;
	dispatch: (action: ViewAction) => void;
	/** Bounds and hits for a state: called with the state each key leaves behind. */
	contextFor: (state: ViewState) => CommandContext;
	onQuit: () => void;
	/** Called with the state the snapshot key was pressed in. */
	onSnapshot: (state: ViewState) => void;
	isActive?: boolean;
}

const NO_KEY = {} as Key;
/** Text that may go into the query: no control characters (Tab, escape sequences...). */
const PRINTABLE = /^[^\u0000-\u001f\u007f]+$/;

/**
 * The dashboard's one input handler: a key press becomes a keymap command for the current
 * focus, the command becomes reducer actions. In search, other printable input is typed
 * into the query. Keys that arrive together (a paste, tmux send-keys) are handled one by
 * one against the state they leave behind, not the state of the last render.
 */
export function useDashboardInput({state, dispatch, contextFor, onQuit, onSnapshot, isActive = true}: DashboardInputOptions): void {
	const latest = useRef(state);
	latest.current = state;
	const handle = (input: string, key: Key) => {
		const current = latest.current;
		const command = commandFor(current.focus, keyName(input, key));
		const run = (action: ViewAction) => {
			latest.current = reduceView(latest.current, action);
			dispatch(action);
		};
		if (command) {
			const result = commandActions(command, current, contextFor(current));
			for (const action of result.actions) run(action);
			if (result.effect === 'quit') onQuit();
			if (result.effect === 'snapshot') onSnapshot(latest.current);
			return;
		}
		if (current.focus === 'search' && PRINTABLE.test(input) && !key.ctrl && !key.meta) run({type: 'type-query', text: input});
	};
	useInput(
		(input, key) => {
			const plain = !key.ctrl && !key.meta && !key.escape && !key.return && !key.tab && !key.backspace && !key.delete;
			if (plain && input.length > 1 && !input.startsWith('\u001b')) {
				for (const char of input) handle(char, NO_KEY);
				return;
			}
			handle(input, key);
		},
		{isActive},
	);
}
