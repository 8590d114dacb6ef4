import assert from 'node:assert/strict';
import {test} from 'node:test';
import {displayKey, KEYMAP, type Command} from '../../source/ui/keymap/keymap.js';
import {commandFor} from '../../source/ui/keymap/match-key.js';
import type {Focus} from '../../source/ui/state/view-state.js';
import {helpLines} from '../../source/ui/views/help-view.js';

const FOCUSES: Focus[] = ['compare', 'tracks', 'matrix', 'detail', 'search', 'help'];
const ALL_COMMANDS: Command[] = ['quit', 'help', 'search', 'next-view', 'prev-view', 'view-compare', 'view-tracks', 'view-matrix', 'view-detail', 'next-track', 'prev-track', 'snapshot', 'warnings', 'back', 'left', 'right', 'up', 'down', 'first', 'last', 'page-down', 'page-up', 'open-detail', 'search-accept', 'search-delete', 'search-clear'];

test('every binding is described and reachable: one of its keys triggers it where it applies', () => {
	for (const binding of KEYMAP) {
		assert.ok(binding.description.trim().length > 3, `${binding.command} has a description`);
		assert.ok(binding.keys.length > 0, `${binding.command} has keys`);
		const scope = binding.scope === 'global' ? FOCUSES.filter((f) => f !== 'search') : binding.scope;
		const reachable = scope.some((focus) => binding.keys.some((key) => commandFor(focus, key) === binding.command));
		assert.ok(reachable, `${binding.command} (${binding.keys.join(',')}) is shadowed everywhere`);
	}
});

test('every command has a binding, and the main keys of the issue are there', () => {
	for (const command of ALL_COMMANDS) assert.ok(KEYMAP.some((b) => b.command === command), command);
	const expect: Array<[Focus, string, Command]> = [
		['compare', 'q', 'quit'], ['compare', 'ctrl+c', 'quit'], ['search', 'ctrl+c', 'quit'], ['compare', '?', 'help'],
		['compare', '/', 'search'], ['compare', 'tab', 'next-view'], ['compare', '1', 'view-compare'], ['compare', '2', 'view-tracks'],
		['compare', '3', 'view-matrix'], ['compare', '4', 'view-detail'], ['compare', 't', 'next-track'], ['compare', 'e', 'snapshot'],
		['compare', 'enter', 'open-detail'], ['compare', 'escape', 'back'], ['compare', 'h', 'left'], ['compare', 'l', 'right'],
		['compare', 'j', 'down'], ['compare', 'k', 'up'], ['compare', 'left', 'left'], ['detail', 'down', 'down'],
		['search', 'enter', 'search-accept'], ['search', 'escape', 'back'], ['help', 'escape', 'back'], ['compare', 'w', 'warnings'],
	];
	for (const [focus, key, command] of expect) assert.equal(commandFor(focus, key), command, `${key} in ${focus}`);
	assert.equal(commandFor('search', 'q'), undefined, 'q is typed in the search');
});

test('the help overlay lists every binding with its keys and the query syntax', () => {
	const text = helpLines().map((l) => l.text).join('\n');
	for (const binding of KEYMAP) {
		assert.ok(text.includes(binding.description), binding.description);
		assert.ok(text.includes(binding.keys.map(displayKey).join(' ')), binding.keys.join(' '));
	}
	for (const form of ["'word", '!word', 'venue:doha']) assert.ok(text.includes(form), form);
});
