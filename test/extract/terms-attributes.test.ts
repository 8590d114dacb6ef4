import assert from 'node:assert/strict';
import {test} from 'node:test';
import {findDuration, findStatedDuration, parseNumber} from '../../source/core/extract/term-attributes.js';

const around = (text: string, cue: string) => {
	const start = text.indexOf(cue);
	return findDuration(text, start, start + cue.length);
};

test('numbers in digits and words', () => {
	assert.equal(parseNumber('33'), 33);
	assert.equal(parseNumber('1,900'), 1900);
	assert.equal(parseNumber('eleven'), 11);
	assert.equal(parseNumber('twenty-one'), 21);
	assert.equal(parseNumber('several'), undefined);
});

test('durations right before the cue are normalised', () => {
	assert.equal(around('a monthlong ceasefire in Gaza', 'ceasefire'), '1 month');
	assert.equal(around('the six-week truce', 'truce'), '6 weeks');
	assert.equal(around('an immediate 60-day ceasefire', 'ceasefire'), '60 days');
	assert.equal(around('a two-week pause in the fighting', 'pause'), '2 weeks');
	assert.equal(around('a 21 day truce', 'truce'), '21 days');
	assert.equal(around('a 30-hour Easter truce', 'truce'), undefined);
});

test('durations after the cue need a link word', () => {
	assert.equal(around('a ceasefire of six weeks', 'ceasefire'), '6 weeks');
	assert.equal(around('a truce lasting 90 days', 'truce'), '90 days');
	assert.equal(around('a ceasefire, and talks within two weeks', 'ceasefire'), undefined);
});

test('a duration that belongs to something else is not taken', () => {
	assert.equal(around('after three months of talks, the sides agreed a ceasefire', 'ceasefire'), undefined);
	assert.equal(around('the 10-month war; a ceasefire is near', 'ceasefire'), undefined);
});

test('a duration stated on its own', () => {
	assert.equal(findStatedDuration('The agreement will go on for 60 days.'), '60 days');
	assert.equal(findStatedDuration('The truce is expected to last six weeks.'), '6 weeks');
	assert.equal(findStatedDuration('The war has lasted for years.'), undefined);
});
