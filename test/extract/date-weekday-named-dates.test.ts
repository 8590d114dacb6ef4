import assert from 'node:assert/strict';
import {test} from 'node:test';
import {yearsWithWeekday} from '../../source/core/extract/calendar.js';
import {collectDateConstraints} from '../../source/core/extract/date-constraints.js';
import {splitSentences} from '../../source/core/extract/split-sentences.js';
import {compileKnowledge} from '../../source/core/knowledge/compile-knowledge.js';
import {loadKnowledge} from '../../source/core/knowledge/load-knowledge.js';
import {dateOf} from './entities-helper.js';

// Invented sentences: a yearless date named with its weekday ("Sunday, 4 August") only fits some years, and
// "yesterday, Tuesday" makes the report a Wednesday.

const knowledge = compileKnowledge(loadKnowledge());
const cluesOf = (text: string) => collectDateConstraints(splitSentences(text), new Set(), [], knowledge, [], []).map((c) => c.label).join(' | ');

test('the years in which a month\'s day is a given weekday', () => {
	const iso = (days: number[]) => days.map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
	// 4 August was a Sunday in 2013, 2019 and 2024.
	assert.deepEqual(iso(yearsWithWeekday(8, 4, 0, 2025)), ['2013-08-04', '2019-08-04', '2024-08-04']);
	// 29 February exists only in leap years: a Thursday in 2024 and nowhere else since 2010.
	assert.deepEqual(iso(yearsWithWeekday(2, 29, 4, 2025)), ['2024-02-29']);
});

test('a yearless date named with its weekday narrows the year', () => {
	const text = 'The two foreign ministers agreed yesterday, Tuesday, on a truce that takes effect on Sunday, 4 August. President Tshisekedi, re-elected in December 2023, welcomed it.';
	const clues = cluesOf(text);
	assert.match(clues, /Sunday, 4 August \(future, in a year where it is a Sunday\)/);
	assert.match(clues, /the day after "yesterday, Tuesday"/);
	// The Wednesday before that Sunday, in the only year after December 2023 where 4 August is a Sunday.
	assert.equal(dateOf(text), '2024-07-31');
	// Month first, and a past date: the report follows it within the week.
	assert.match(cluesOf('The talks opened on Tuesday, July 30, in Luanda, officials said.'), /Tuesday, July 30 \(past, in a year where it is a Tuesday\)/);
});

test('near misses: no weekday, a weekday that no year allows, a weekday further away', () => {
	assert.doesNotMatch(cluesOf('The truce takes effect on 4 August, the ministers said.'), /in a year where/);
	// A weekday apart from the date ("on Friday ... by 4 August") does not name it.
	assert.doesNotMatch(cluesOf('Talks resumed on Friday and will end by 4 August.'), /in a year where/);
	// 29 February has not been a Friday since 2010 (2012 Wednesday, 2016 Monday, 2020 Saturday, 2024 Thursday).
	assert.doesNotMatch(cluesOf('The deadline passed on Friday, 29 February, diplomats said.'), /in a year where/);
	// "yesterday" alone is not a weekday, and "Tuesday" alone stays a past weekday.
	assert.doesNotMatch(cluesOf('The envoy said on Tuesday that talks would resume.'), /the day after/);
});

test('a present-tense start or expiry is ahead; a past one is not', () => {
	assert.match(cluesOf('The truce, agreed in Doha, expires on August 4, officials said.'), /August 4 \(future\)/);
	assert.match(cluesOf('The ceasefire takes effect at midnight on 4 August.'), /4 August \(future\)/);
	// Near miss: the same verbs in the past.
	assert.match(cluesOf('The ceasefire took effect at midnight on 4 August, officials said.'), /4 August \(past\)/);
	assert.match(cluesOf('The truce expired on August 4, officials said.'), /August 4 \(past\)/);
});

test('"by the end of March 2020" is a deadline ahead, not a month gone by', () => {
	assert.match(cluesOf('The sides agreed to disengage forces in three more areas by the end of March 2020.'), /before the end of March 2020/);
	assert.match(cluesOf('Both parties committed to a referendum before the start of June 2026.'), /before the end of June 2026/);
	// Near misses: a deadline already met, and a plain past month.
	assert.match(cluesOf('The army had withdrawn by the end of March 2020, monitors said.'), /in or after March 2020/);
	assert.match(cluesOf('Fighting flared again in March 2020.'), /in or after March 2020/);
});

test('"tomorrow, Thursday" makes the report the Wednesday', () => {
	assert.match(cluesOf('He will hand the full text to Congress tomorrow, Thursday, aides said.'), /the day before "tomorrow, Thursday"/);
	// Near miss: "tomorrow" apart from the weekday.
	assert.doesNotMatch(cluesOf('Tomorrow the envoys meet again; on Thursday they vote.'), /the day before/);
});

test('"killed three sons of ... Ismail Haniyeh" is not the killing of Haniyeh himself', () => {
	assert.doesNotMatch(cluesOf("An Israeli airstrike killed three sons of Hamas's political leader, Ismail Haniyeh, on the first day of Eid."), /the killing of Ismail Haniyeh \(/);
	assert.match(cluesOf('Talks stalled after Israel killed Hamas political leader Ismail Haniyeh in Tehran.'), /the killing of Ismail Haniyeh \(/);
});

test('a "Thursday edition" header is the report\'s weekday', () => {
	assert.match(cluesOf('THE LEVANT LETTER | Thursday edition'), /"Thursday"/);
	const [c] = collectDateConstraints(splitSentences('THE LEVANT LETTER | Thursday edition'), new Set(), [], knowledge, [], []);
	assert.deepEqual(c!.alts[0], {kind: 'weekday', weekday: 4, rel: 'today', last: false});
	// Near miss: the same weekday without "edition" is a past day.
	const [past] = collectDateConstraints(splitSentences('The paper said on Thursday that talks had stalled.'), new Set(), [], knowledge, [], []);
	assert.equal((past!.alts[0] as {rel: string}).rel, 'past');
});

test('"yesterday, the first day of Eid al-Fitr" puts the report the day after the event', () => {
	const text = 'An Israeli airstrike in Gaza City killed three men yesterday, the first day of Eid al-Fitr, as the Cairo talks stalled.';
	assert.match(cluesOf(text), /yesterday, the day of Eid al-Fitr/);
	assert.equal(dateOf(`${text} Hamas said the ceasefire proposal of the six-month-old war was unchanged. President Joe Biden urged a deal.`), '2024-04-11');
	// Near miss: "yesterday" apart from the event phrase.
	assert.doesNotMatch(cluesOf('Hamas answered yesterday. The proposal was sent before Eid al-Fitr.'), /yesterday, the day of/);
});

test('"six months to the day after" an event counts like "six months after"', () => {
	assert.match(cluesOf('Burns put the proposal to the parties in Cairo, six months to the day after the October 7 attack.'), /six months after the October 7 attack/);
});
