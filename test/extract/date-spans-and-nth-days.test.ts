import assert from 'node:assert/strict';
import {test} from 'node:test';
import {collectDateConstraints} from '../../source/core/extract/date-constraints.js';
import {splitSentences} from '../../source/core/extract/split-sentences.js';
import {compileKnowledge} from '../../source/core/knowledge/compile-knowledge.js';
import {loadKnowledge} from '../../source/core/knowledge/load-knowledge.js';
import {dateOf} from './entities-helper.js';

// Invented sentences: uncounted distances ("weeks before"), loose month counts, "in its eighth day", "more than
// five months into the war", and a recurring holiday read as its latest occurrence.

const knowledge = compileKnowledge(loadKnowledge());
const constraintsOf = (text: string, starts: string[] = []) => collectDateConstraints(splitSentences(text), new Set(), [], knowledge, starts, []);
const cluesOf = (text: string, starts: string[] = []) =>
	constraintsOf(text, starts)
		.map((c) => c.label)
		.join(' | ');
const iso = (day: number | undefined) => (day === undefined ? undefined : new Date(day * 86_400_000).toISOString().slice(0, 10));
const rangesOf = (text: string, label: RegExp, starts: string[] = []) =>
	constraintsOf(text, starts)
		.filter((c) => label.test(c.label))
		.flatMap((c) => c.alts)
		.map((a) => (a.kind === 'range' ? [iso(a.lo), iso(a.hi)] : a.kind === 'point' ? [iso(a.day)] : []));

test('"weeks before" an event is a range of weeks, not the days just before it', () => {
	const text = 'The envoy will fly to Cairo in the coming days, weeks before the US presidential election, officials said.';
	assert.match(cluesOf(text), /weeks before the US presidential election/);
	// 2024's election was on 5 November: from about three months to a week before it.
	assert.deepEqual(rangesOf(text, /weeks before/).at(-1), ['2024-07-28', '2024-10-29']);
	assert.deepEqual(rangesOf('Aid convoys resumed in the days after the killing of Yahya Sinwar, the UN said.', /days after/)[0], ['2024-10-18', '2024-10-30']);
	// Near misses: a counted distance stays exact, and "hours before" stays within a day.
	assert.doesNotMatch(cluesOf('Two weeks before the US presidential election, the envoy flew to Doha.'), /^weeks before|\| weeks before/);
	assert.match(cluesOf('Hours before the US presidential election, the envoy flew to Doha.'), /hours before/);
});

test('a count of months is loose, a count of days or "to the day" exact', () => {
	const loose = rangesOf('Five months after Joseph Aoun\'s election as Lebanon\'s president, the army deployed south.', /five months after/i);
	assert.deepEqual(loose[0], ['2025-05-25', '2025-06-24']);
	const exact = rangesOf('Six months to the day after Joseph Aoun\'s election as Lebanon\'s president, the army deployed south.', /six months after/i);
	assert.deepEqual(exact[0], ['2025-07-09']);
	assert.deepEqual(rangesOf('Ten days after Joseph Aoun\'s election as Lebanon\'s president, the army deployed south.', /ten days after/i)[0], ['2025-01-19']);
});

test('"in its eighth day" counts from the start of the event it follows', () => {
	const text = 'Barrack arrived in Beirut on Thursday with the Israel-Iran war, now in its eighth day, dominating every meeting.';
	assert.match(cluesOf(text), /in its eighth day/);
	assert.deepEqual(rangesOf(text, /in its eighth day/)[0], ['2025-06-20']);
	assert.deepEqual(rangesOf('The Israel-Iran war, entering its second week, forced the talks to a halt.', /second week/)[0], ['2025-06-20', '2025-06-26']);
	// The report's own war, counted from its start.
	assert.deepEqual(rangesOf('The war, now in its 103rd day, has killed more than 24,000 people.', /103rd day/, ['2023-10-07'])[0], ['2024-01-17']);
	// Near miss: a talks round in its third day says nothing without a dated start.
	assert.doesNotMatch(cluesOf('The talks, now in their third day, resumed in Doha.'), /third day/);
});

test('"more than five months into the war" is after five months, not on the day', () => {
	assert.deepEqual(rangesOf('More than five months into the war, Hamas tabled a new proposal.', /five months into/i, ['2023-10-07'])[0], ['2024-03-08', '2024-04-07']);
	assert.deepEqual(rangesOf('Nearly five months into the war, Hamas tabled a new proposal.', /five months into/i, ['2023-10-07'])[0], ['2024-02-07', '2024-03-06']);
	assert.deepEqual(rangesOf('Five months into the war, Hamas tabled a new proposal.', /five months into/i, ['2023-10-07'])[0], ['2024-03-07', '2024-03-15']);
});

test('a recurring holiday mentioned as past is its latest occurrence, and "the holy month" is Ramadan', () => {
	const text = 'Worshippers attended the first Friday prayers of Ramadan at Al-Aqsa. Mediators had hoped for a truce by the start of the holy month on Monday. More than five months into the war, the talks go on.';
	assert.match(cluesOf(text, ['2023-10-07']), /after the first Friday of Ramadan/);
	assert.match(cluesOf(text, ['2023-10-07']), /after the start of Ramadan/);
	// After 2023's first Friday of Ramadan means before 2024's, which the text would have named instead.
	assert.deepEqual(rangesOf(text, /first Friday of Ramadan/).find((r) => r[0] === '2023-03-24'), ['2023-03-24', '2024-03-14']);
	// Near miss: a holy month that is not started ("the holy month of Muharram" has no pattern here).
	assert.doesNotMatch(cluesOf('Pilgrims gathered in Karbala during the holy days of Muharram.'), /Ramadan/);
});

test('whole reports: the dates these clues give', () => {
	assert.equal(
		dateOf('Israeli and Hamas negotiators met in Doha on Friday. More than five months into the war, worshippers attended the first Friday prayers of Ramadan at Al-Aqsa, days after the start of the holy month on Monday, and Prime Minister Benjamin Netanyahu said talks would go on.'),
		'2024-03-15',
	);
	// The first Sunday after Goma fell on 27 January.
	assert.equal(dateOf('KINSHASA - Leaders meeting yesterday, Saturday, called for a ceasefire. After taking Goma at the end of January, the rebels seized another town on Wednesday.'), '2025-02-02');
	assert.doesNotMatch(cluesOf('Rebels are taking positions around Goma, residents said.'), /capture of Goma/);
});

test('"the 293rd day in captivity" counts from the start of the war', () => {
	assert.deepEqual(rangesOf('Thursday was the 293rd day in captivity for the hostages, the spokesman said.', /293rd day/, ['2023-10-07'])[0], ['2024-07-25', '2024-07-27']);
	assert.deepEqual(rangesOf('On the 100th day of the war, families marched to Jerusalem.', /100th day/, ['2023-10-07'])[0], ['2024-01-14', '2024-01-16']);
	// Near miss: a hunger strike's day is not the war's.
	assert.doesNotMatch(cluesOf('It was the 40th day of his hunger strike, his lawyer said.', ['2023-10-07']), /40th day/);
});

test('"in late August" without a year: after that part of the month, or before it when ahead', () => {
	assert.match(cluesOf('In late August, after the cabinet decision, Israel said it would take reciprocal measures.'), /In late August \(past\)/);
	assert.match(cluesOf('The envoy will return to Beirut in mid-September, officials said.'), /in mid-September \(future\)/);
	assert.match(cluesOf('Fighting has raged since the end of March.'), /since the end of March \(past\)/);
	// Near misses: a full date or a month with its year is read elsewhere, and "late" alone is no month part.
	assert.doesNotMatch(cluesOf('In late August 2024, the talks resumed in Doha.'), /late August \(/);
	assert.doesNotMatch(cluesOf('The talks ran late on Tuesday.'), /\(past\)|\(future\)/);
});

test('events: Biden leaving the race, the final UNIFIL extension, the first day of Ramadan, US-Iran rounds only with Iran', () => {
	assert.match(cluesOf('President Joe Biden, who announced on Sunday that he would not seek re-election, received Netanyahu.'), /Biden's withdrawal from the 2024 presidential race/);
	assert.match(cluesOf('The Security Council voted last week to extend UNIFIL\'s mandate one final time.'), /a week after the UN Security Council's final extension of UNIFIL's mandate/);
	assert.match(cluesOf('The truce takes effect today, the first day of Ramadan, the UN envoy said.'), /start of Ramadan/);
	assert.match(cluesOf('Araghchi and Witkoff will hold the next round in Rome, Iranian media said.'), /second US-Iran round in Rome/);
	// Near miss: the next round of Gaza talks in Rome is not the US-Iran round.
	assert.doesNotMatch(cluesOf('The Israeli team will now join the next round: Burns is due in Rome on Sunday to meet Barnea.'), /US-Iran/);
	// The Thursday named as the 293rd day of captivity, the earliest day all clues allow.
	assert.equal(dateOf('WASHINGTON - Netanyahu came to Washington to speak to Congress, and he did, on Wednesday. Yesterday President Joe Biden, who announced on Sunday that he would not seek re-election, received him. Thursday was the 293rd day in captivity for the hostages taken in the Hamas attack of October 7.'), '2024-07-25');
});

test('"the war is now in its 18th day", a live page\'s "war, day 509", and an event "last October" in a future sentence', () => {
	assert.deepEqual(rangesOf('The war is now in its 18th day, and the hostages are still held.', /18th day/, ['2023-10-07'])[0], ['2023-10-24']);
	assert.deepEqual(rangesOf('Russia-Ukraine war, day 509: Moscow pulls out of the grain deal', /day 509/, ['2022-02-24'])[0], ['2023-07-17', '2023-07-19']);
	// Near miss: a day of something else.
	assert.doesNotMatch(cluesOf('Hunger strike, day 40: the prisoner is weak.', ['2022-02-24']), /day 40/);
	const text = 'The envoy will meet Syria\'s new leaders in Damascus on May 14, the next step after the fall of Bashar al-Assad last December.';
	assert.doesNotMatch(cluesOf(text), /fall of Bashar al-Assad[^|]*mentioned as upcoming/);
	assert.match(cluesOf(text), /fall of Bashar al-Assad/);
	// Near miss: without "last December", the future tense still reads the event as ahead.
	assert.match(cluesOf('The envoy will meet the delegations on May 14 before the fall of Bashar al-Assad.'), /before the fall of Bashar al-Assad/);
});
