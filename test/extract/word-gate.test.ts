import assert from 'node:assert/strict';
import {test} from 'node:test';
import {buildAnchoredGateIndex, CueTables, openCueTable, partitionAlternatives} from '../../source/core/extract/cues/word-gate.js';

// A cue as compile-cues.ts builds it: spaces stand for \s+, a match runs from a word start to a non-word character.
const sourceOf = (patterns: string[]) => `\\b(?:${patterns.map((p) => `(?:${p.replace(/ +/g, '\\s+')})`).join('|')})(?![\\w])`;

/** Whether the cue matches `text` when its regex is tried only at the word starts the gate opens. */
function gatedTest(patterns: string[], text: string): boolean {
	const {entries, rest} = partitionAlternatives(patterns);
	assert.deepEqual(rest, [], 'every alternative is gated');
	const index = buildAnchoredGateIndex([entries]);
	const tables = new CueTables(1);
	const at = openCueTable(text, index, tables);
	const sticky = new RegExp(sourceOf(patterns), 'iy');
	for (let i = tables.data[at]!; i < tables.data[at + 1]!; i++) {
		sticky.lastIndex = tables.data[i]!;
		if (sticky.test(text)) return true;
	}
	return false;
}

const plainTest = (patterns: string[], text: string) => new RegExp(sourceOf(patterns), 'i').test(text);

test('anchors after optional word groups: a common first word opens the cue only with the later words present', () => {
	const cue = ["(as|while|amid) ([a-z'-]+ ){0,3}(rockets?|strikes) ([a-z'-]+ ){0,5}(kill|killed|wounded)"];
	const [entry] = partitionAlternatives(cue).entries;
	assert.deepEqual(entry!.anchors?.map((keys) => keys.sort().join('|')).sort(), ['kill|woun', 'rock|stri']);
	for (const text of [
		'As rockets killed three people, the envoy left.',
		'The talks went on as a dozen rockets fell and wounded two.',
		'Amid   strikes   killed hundreds.',
	]) {
		assert.equal(gatedTest(cue, text), true, text);
		assert.equal(plainTest(cue, text), true, text);
	}
	for (const text of ['As talks resumed, nobody was killed.', 'While rockets fell, the envoy flew to Doha.']) {
		assert.equal(gatedTest(cue, text), false, text);
		assert.equal(plainTest(cue, text), false, text);
	}
});

test('a group that may end without whitespace does not carry the word start over', () => {
	// "\s?" and "\s*" are optional: "xyzzy" may follow "re" inside the same word, so it cannot anchor.
	for (const cue of [['the (re\\s?){0,2}xyzzy'], ['the (re\\s*)?xyzzy'], ['the (re|re )?xyzzy']]) {
		const text = 'The rexyzzy returned.';
		assert.equal(plainTest(cue, text), true, cue[0]);
		assert.equal(gatedTest(cue, text), true, cue[0]);
	}
});

test('the gate agrees with the plain regex on varied sentences and cues', () => {
	const cues = [
		["(the|an?|its) (military )?(offensive|operation)"],
		["(wider|regional) (regional )?(military )?(war|conflict)"],
		["deadliest ([a-z]+ ){0,2}(day|attack) since (the )?([a-z-]+ ){0,2}(truce|ceasefire)", "(worst|biggest) ([a-z]+ ){0,2}(violation|attack) since (the )?(truce|deal)"],
		['no-confidence', 'snap (election|poll)s?'],
	];
	const texts = [
		'The military offensive resumed.',
		'An operation began in the north, the army said.',
		'Officials feared a wider regional military war.',
		'It was the deadliest day since the truce began.',
		'The worst violation since the fragile ceasefire deal took hold.',
		'The deadliest attack since the long-awaited truce.',
		'Netanyahu faces a no-confidence vote and snap elections.',
		'Nothing here: the offensive words are missing, and since there is no truce...',
	];
	for (const cue of cues) for (const text of texts) assert.equal(gatedTest(cue, text), plainTest(cue, text), `${cue[0]} on "${text}"`);
});

test('a short stem that ends its word opens the cue only at that very word', () => {
	const cue = ['(the|an?|its) (military )?offensive', 'no-confidence', 'un\\b'];
	const {entries} = partitionAlternatives(cue);
	assert.deepEqual(entries.flatMap((e) => e.words ?? []).sort(), ['a', 'an', 'its', 'no', 'the', 'un']);
	assert.deepEqual(entries.flatMap((e) => e.keys), []);
	for (const text of [
		'Another offensive began.',
		'An offensive began, then a military offensive.',
		'Itself offensive; its offensive.',
		'Them offensive',
		'The no-confidence vote',
		'None-confidence',
		'The UN envoy was unclear.',
		'Unclear, said the UN',
	]) {
		assert.equal(gatedTest(cue, text), plainTest(cue, text), text);
	}
});

test('a stem that a letter or digit may follow stays a prefix key', () => {
	for (const [pattern, key] of [
		['re-?open', 're'],
		['an?[a-z]* x', 'a'],
		['(ab)+ d', 'ab'],
		['the\\s*x', 'the'],
		['to[-\\w]x', 'to'],
	] as const) {
		const [entry] = partitionAlternatives([pattern]).entries;
		assert.deepEqual(entry!.words, [], pattern);
		assert.deepEqual(entry!.keys, [key], pattern);
	}
});

test('a short anchor that ends its word must be that whole word', () => {
	const cue = ['divided (over|on)', 'points? of contention'];
	const anchors = partitionAlternatives(cue).entries.flatMap((e) => e.anchors ?? []);
	assert.deepEqual(anchors.map((keys) => keys.join('|')).sort(), ['cont', 'of$', 'over$|on$']);
	for (const text of ['They are divided on borders.', 'Divided, only one', 'Divided once more; the point of contention.', 'Points offered, contention', 'The divided oneness']) {
		assert.equal(gatedTest(cue, text), plainTest(cue, text), text);
	}
});
