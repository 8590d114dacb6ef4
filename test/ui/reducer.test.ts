import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Command} from '../../source/ui/keymap/keymap.js';
import {commandFor} from '../../source/ui/keymap/match-key.js';
import {commandActions, type CommandContext} from '../../source/ui/state/command-actions.js';
import {reduceView} from '../../source/ui/state/reduce-view.js';
import {FOLLOW_FACT, initialViewState, type ViewState} from '../../source/ui/state/view-state.js';

const ctx: CommandContext = {
	reports: ['a', 'b', 'c'],
	trackCount: 3,
	rowCount: 6,
	factCount: 4,
	maxScroll: 20,
	scroll: 5,
	page: 10,
	bestHits: ['c', 'a'],
};

/** Runs key names through the keymap, the command mapping and the reducer, as the UI does. */
function keys(names: string[], start: ViewState = initialViewState, context: CommandContext = ctx): {state: ViewState; effects: string[]} {
	let state = start;
	const effects: string[] = [];
	for (const name of names) {
		const command = commandFor(state.focus, name);
		if (!command) {
			if (state.focus === 'search') state = reduceView(state, {type: 'type-query', text: name});
			continue;
		}
		const result = commandActions(command, state, context);
		for (const action of result.actions) state = reduceView(state, action);
		if (result.effect) effects.push(result.effect);
	}
	return {state, effects};
}

test('Tab cycles compare → tracks → matrix → compare; 1-3 jump; shift+tab goes back', () => {
	assert.equal(keys(['tab']).state.view, 'tracks');
	assert.equal(keys(['tab', 'tab']).state.view, 'matrix');
	assert.equal(keys(['tab', 'tab', 'tab']).state.view, 'compare');
	assert.equal(keys(['shift+tab']).state.view, 'matrix');
	assert.equal(keys(['3', '2']).state.focus, 'tracks');
});

test('/ opens search; typing fills the query; Esc clears it and returns to the view', () => {
	let {state} = keys(['tab', '/', 'k', 'a', 'm', 'q']);
	assert.equal(state.focus, 'search');
	assert.equal(state.query, 'kamq', 'q and k are typed, not commands, in search');
	state = keys(['backspace', 'a', 'l'], state).state;
	assert.equal(state.query, 'kamal');
	state = keys(['escape'], state).state;
	assert.deepEqual([state.focus, state.query], ['tracks', '']);
});

test('Enter in search opens the best hit in the detail and keeps the filter', () => {
	const {state} = keys(['/', 'x', 'enter']);
	assert.equal(state.focus, 'detail');
	assert.equal(state.detail.report, 'c');
	assert.equal(state.selected, 2);
	assert.equal(state.query, 'x');
	const back = keys(['escape'], state).state;
	assert.deepEqual([back.focus, back.query], ['compare', 'x'], 'Esc from the detail returns to the view, still filtered');
	assert.equal(keys(['escape'], back).state.query, '', 'a second Esc clears the filter');
});

test('Enter opens the selected report; j/k move between facts and follow the evidence; h/l change report', () => {
	let {state} = keys(['l', 'enter']);
	assert.deepEqual([state.focus, state.detail.report, state.detail.fact], ['detail', 'b', 0]);
	state = keys(['j', 'j', 'j', 'j', 'j'], state).state;
	assert.equal(state.detail.fact, 3, 'clamped to the last fact');
	assert.equal(state.detail.scroll, FOLLOW_FACT);
	state = keys(['pagedown'], state).state;
	assert.equal(state.detail.scroll, 15);
	state = keys(['l'], state).state;
	assert.deepEqual([state.detail.report, state.selected], ['c', 2]);
	state = keys(['l'], state).state;
	assert.equal(state.detail.report, 'c', 'no report after the last');
});

test('t cycles tracks and resets the selection; h/l change track in the tracks view', () => {
	let {state} = keys(['l', 't']);
	assert.deepEqual([state.track, state.selected], [1, 0]);
	state = keys(['t', 't'], state).state;
	assert.equal(state.track, 0, 'wraps around');
	state = keys(['2', 'h'], state).state;
	assert.equal(state.track, 2);
	state = keys(['j', 'j'], state).state;
	assert.equal(state.selected, 2, 'j/k move along the timeline');
});

test('? opens help over any focus and Esc returns there; w shows warnings', () => {
	let {state} = keys(['enter', '?']);
	assert.deepEqual([state.focus, state.helpReturn, state.helpTab], ['help', 'detail', 'keys']);
	state = keys(['escape'], state).state;
	assert.equal(state.focus, 'detail');
	state = keys(['w'], state).state;
	assert.deepEqual([state.focus, state.helpTab], ['help', 'warnings']);
	assert.equal(keys(['?'], state).state.focus, 'detail', '? toggles the help closed');
});

test('q quits outside search, Ctrl-C quits everywhere, e asks for a snapshot', () => {
	assert.deepEqual(keys(['q']).effects, ['quit']);
	assert.deepEqual(keys(['/', 'q']).effects, []);
	assert.deepEqual(keys(['/', 'ctrl+c']).effects, ['quit']);
	assert.deepEqual(keys(['enter', 'ctrl+c']).effects, ['quit']);
	assert.deepEqual(keys(['e']).effects, ['snapshot']);
});

test('selection is clamped to the reports on screen; g/G jump to the ends', () => {
	assert.equal(keys(['l', 'l', 'l', 'l']).state.selected, 2);
	assert.equal(keys(['h']).state.selected, 0);
	assert.equal(keys(['G']).state.selected, 2);
	assert.equal(keys(['G', 'g']).state.selected, 0);
	assert.equal(keys(['j', 'j', 'j', 'j', 'j', 'j', 'j']).state.row, 5, 'rows clamp to the six families');
});

test('every command has a result for at least one focus (none is a silent no-op)', () => {
	const commands = new Set<Command>(['quit', 'help', 'search', 'next-view', 'prev-view', 'view-compare', 'view-tracks', 'view-matrix', 'view-detail', 'next-track', 'prev-track', 'snapshot', 'warnings', 'back', 'left', 'right', 'up', 'down', 'first', 'last', 'page-down', 'page-up', 'open-detail', 'search-accept', 'search-delete', 'search-clear']);
	const focusState: ViewState = {...initialViewState, focus: 'detail', detail: {report: 'b', fact: 1, scroll: 3}, query: 'x'};
	for (const command of commands) {
		const results = [initialViewState, focusState].map((s) => commandActions(command, s, ctx));
		assert.ok(results.some((r) => r.actions.length > 0 || r.effect), command);
	}
});

test('searchFact: a matched fact value wins, then a matched evidence sentence, else the first fact', async () => {
	const {searchFact} = await import('../../source/ui/model/detail-facts.js');
	const ev = (text: string) => ({text, start: 0, end: text.length});
	const facts = [
		{family: 'mediator' as const, label: 'Qatar', evidence: [ev('Qatar hosted the round.')]},
		{family: 'party' as const, label: 'Hamas', evidence: [ev('Hamas wants a full withdrawal.')]},
		{family: 'obstacle' as const, label: 'withdrawal-dispute', evidence: [ev('Israel insists on keeping troops.')]},
	];
	assert.equal(searchFact(facts, [{field: 'obstacle', value: 'withdrawal-dispute'}]), 2);
	assert.equal(searchFact(facts, [{field: 'evidence', value: 'Hamas wants a full withdrawal.'}, {field: 'party', value: 'hamas'}]), 1);
	assert.equal(searchFact(facts, [{field: 'evidence', value: 'Israel insists on keeping troops.'}]), 2);
	assert.equal(searchFact(facts, [{field: 'title', value: 'Doha talks'}]), 0);
});
