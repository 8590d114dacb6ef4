import assert from 'node:assert/strict';
import {test} from 'node:test';
import {extractStatus} from '../../source/core/extract/extract-status.js';
import {contextOf} from './terms-context.js';

const statusOf = (text: string) => extractStatus(contextOf(text));

test('progress from constructive talks and a deal close at hand', () => {
	const s = statusOf('The talks in Cairo were constructive, officials said. Negotiators are close to a deal on the truce.');
	assert.equal(s.value, 'progress');
	assert.equal(s.evidence.length, 2);
});

test('stalled from a collapse, a deadlock or no breakthrough', () => {
	assert.equal(statusOf('Talks in Jeddah collapsed on Thursday after both sides walked out.').value, 'stalled');
	assert.equal(statusOf('There was no breakthrough in the latest round of talks in Istanbul.').value, 'stalled');
	assert.equal(statusOf('The negotiations remain deadlocked over the withdrawal timetable.').value, 'stalled');
});

test('mixed when both sides are substantial', () => {
	const s = statusOf('Egypt says there has been a lot of progress in the talks. But Hamas and Israel say the negotiations are stalled.');
	assert.equal(s.value, 'mixed');
	assert.equal(s.evidence.length, 2);
});

test('one weak cue against several strong ones does not make it mixed', () => {
	const text = 'The talks made progress on Monday. Mediators were optimistic about a deal. The delegations reported constructive meetings. Some doubt the deal will hold.';
	assert.equal(statusOf(text).value, 'progress');
});

test('negated, hoped-for, conditional and denied cues do not count', () => {
	assert.equal(statusOf('Hopes for progress in the talks are slim.').value, null);
	assert.equal(statusOf('Israel will strike if the talks fail.').value, null);
	assert.equal(statusOf('Kirby rejected the idea that the talks had broken down.').value, null);
	assert.equal(statusOf('The talks have not stalled, a spokesman said.').value, null);
});

test('cues outside the talks do not count: stalling an attack, signing a book', () => {
	assert.equal(statusOf('Warships were sent to stall an Iranian attack. The author signed copies of his book.').value, null);
});

test('no momentum cue gives null with no evidence', () => {
	assert.deepEqual(statusOf('Delegations arrived in Doha on Sunday.'), {value: null, evidence: []});
});

test('evidence spans are exact slices of the text', () => {
	const text = 'Talks resumed.\nThe talks were productive, both sides said.';
	const s = statusOf(text);
	assert.equal(s.value, 'progress');
	for (const e of s.evidence) assert.equal(text.slice(e.start, e.end), e.text);
});

test('a state the talks have left behind does not count ("after months of deadlock")', () => {
	assert.equal(statusOf('Negotiations are gaining momentum after months of deadlock.').value, 'progress');
	assert.equal(statusOf('Officials hope to restart talks that have been stalled for two months.').value, null);
	assert.equal(statusOf('There is no final agreement until everything is agreed, the envoy said of the talks.').value, null);
});
