import type {Key} from 'ink';
import type {Focus} from '../state/view-state.js';
import {KEYMAP, type Command, type KeyBinding} from './keymap.js';

/** The keymap name of a key press ("q", "ctrl+c", "shift+tab", "left", "escape"...). */
export function keyName(input: string, key: Key): string {
	if (key.ctrl && input) return `ctrl+${input.toLowerCase()}`;
	if (key.escape) return 'escape';
	if (key.return) return 'enter';
	if (key.tab) return key.shift ? 'shift+tab' : 'tab';
	if (key.upArrow) return 'up';
	if (key.downArrow) return 'down';
	if (key.leftArrow) return 'left';
	if (key.rightArrow) return 'right';
	if (key.pageUp) return 'pageup';
	if (key.pageDown) return 'pagedown';
	if (key.backspace || key.delete) return 'backspace';
	if (input === ' ') return 'space';
	return input;
}

function applies(binding: KeyBinding, focus: Focus): boolean {
	if (binding.scope === 'global') return focus !== 'search';
	return binding.scope.includes(focus);
}

/** The bindings active in a focus: its own first, then the global ones it does not shadow. */
export function activeBindings(focus: Focus): KeyBinding[] {
	const own = KEYMAP.filter((b) => b.scope !== 'global' && applies(b, focus));
	const global = KEYMAP.filter((b) => b.scope === 'global' && applies(b, focus));
	return [...own, ...global];
}

/** The command a key name triggers in a focus, if any. */
export function commandFor(focus: Focus, name: string): Command | undefined {
	return activeBindings(focus).find((b) => b.keys.includes(name))?.command;
}
