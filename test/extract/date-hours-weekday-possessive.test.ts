import assert from 'node:assert/strict';
import {test} from 'node:test';
import {collectDateConstraints} from '../../source/core/extract/date-constraints.js';
import {splitSentences} from '../../source/core/extract/split-sentences.js';
import {compileKnowledge} from '../../source/core/knowledge/compile-knowledge.js';
import {loadKnowledge} from '../../source/core/knowledge/load-knowledge.js';
import {dateOf} from './entities-helper.js';

// Invented sentences from several negotiations: "hours after X" puts the report on X's day or the next, and
// "Monday's X" in a clause that is not about the future names an event of the report's week, past or
// upcoming, not one that is necessarily ahead.

const knowledge = compileKnowledge(loadKnowledge());
const cluesOf = (text: string) => collectDateConstraints(splitSentences(text), new Set(), [], knowledge, [], []).map((c) => c.label).join(' | ');

test('"hours after" an event is its day or the next', () => {
	// The killing of Ismail Haniyeh: 2024-07-31.
	const text = 'Qatar said the talks were in doubt, hours after the killing of Ismail Haniyeh in Tehran.';
	assert.match(cluesOf(text), /hours after the killing of Ismail Haniyeh \(2024-07-31\)/);
	const d = dateOf(text)!;
	assert.ok(d >= '2024-07-31' && d <= '2024-08-01', d);
	assert.match(cluesOf('Just hours before the killing of Ismail Haniyeh, mediators had circulated a new text.'), /hours before the killing of Ismail Haniyeh/);
	// Near miss: days are not hours; "five days after" stays an exact span.
	assert.match(cluesOf('Qatar said the talks were in doubt five days after the killing of Ismail Haniyeh.'), /^5|five days after the killing of Ismail Haniyeh/);
	assert.doesNotMatch(cluesOf('Qatar said the talks were in doubt five days after the killing of Ismail Haniyeh.'), /hours/);
});

test('"Monday\'s" event in a past-tense clause is the report\'s week, not an upcoming event', () => {
	// Israel's Oct 26, 2024 strikes on Iran were on a Saturday.
	const past = 'Oman condemned Saturday\'s Israeli strikes on Iran and said the channel with Washington remained open.';
	const clues = cluesOf(past);
	assert.doesNotMatch(clues, /before Israel's strikes on Iran/);
	assert.doesNotMatch(clues, /mentioned as upcoming/);
	// Near misses: the future tense or "before" still make it upcoming.
	assert.match(cluesOf('Envoys will meet in Muscat before Sunday\'s US presidential election, diplomats said.'), /before the US presidential election/);
	assert.match(cluesOf('Diplomats said Tuesday\'s US presidential election will decide the shape of any deal.'), /before the US presidential election/);
});

test('Gaza strikes that "ended a two-month truce" are the March 2025 resumption of the war', () => {
	const text = 'Hamas said on Wednesday that the Israeli strikes, which ended the two-month truce in Gaza, had also buried the talks in Doha.';
	assert.match(cluesOf(text), /Israel's resumption of the Gaza war \(2025-03-18\)/);
	assert.equal(dateOf(text), '2025-03-19');
	assert.match(cluesOf('Airstrikes across Gaza shattered a fragile two-month ceasefire overnight, hospital officials said.'), /resumption of the Gaza war/);
	// Near misses: another war's two-month truce, and a two-month truce proposed, not ended.
	assert.doesNotMatch(cluesOf('The militia ended a two-month truce in Darfur with an assault on El Fasher.'), /Gaza war/);
	assert.doesNotMatch(cluesOf('Mediators proposed a two-month truce in Gaza to allow hostage releases.'), /Gaza war/);
});

test('missiles that "targeted the Al Udeid air base" name Iran\'s strike of 23 June 2025', () => {
	const text = 'Qatar said on Tuesday that Iran had accepted the ceasefire, hours after Iranian missiles targeted the Al Udeid air base.';
	assert.match(cluesOf(text), /hours after Iran's missile strike on the US Al Udeid air base/);
	assert.equal(dateOf(text), '2025-06-24');
	// Near miss: the base named as a place, with no attack on it.
	assert.doesNotMatch(cluesOf('US officials at the Al Udeid air base briefed the Qatari mediators.'), /Al Udeid/);
});
