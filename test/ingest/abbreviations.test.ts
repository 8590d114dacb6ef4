import assert from 'node:assert/strict';
import {test} from 'node:test';
import {identityText, mapToOriginal} from '../../source/core/ingest/offset-map.js';
import {repairAbbreviations} from '../../source/core/ingest/repair-abbreviations.js';
import {sentenceRanges} from '../../source/core/ingest/text-features.js';

const repair = (text: string) => repairAbbreviations(identityText(text)).text;

test('split and damaged initialisms are repaired', () => {
	assert.equal(repair('U. S. According to estimates'), 'U.S. According to estimates');
	assert.equal(repair('A U. s. official said'), 'A U.S. official said');
	assert.equal(repair('the new U. G. government'), 'the new U.G. government');
	assert.equal(repair('the U.N said, and the U.S, too'), 'the U.N. said, and the U.S., too');
	assert.equal(repair('With the U.S. S. serving as a mediator'), 'With the U.S. serving as a mediator');
	assert.equal(repair('support U.S. s. and coalition forces'), 'support U.S. and coalition forces');
	assert.equal(repair('The US. s. goal'), 'The US. goal');
});

test('healthy text is left alone', () => {
	for (const text of ['The U.S. and the U.N. met.', 'Plan B. A spokesman said.', 'J.R.R. Tolkien', 'He met the E.U. envoy.', 'It is 5 p.m. now.']) {
		assert.equal(repair(text), text);
	}
});

test('offsets around a repair still map to the original', () => {
	const source = 'Officials in the U. S. said talks in Doha resumed.';
	const repaired = repairAbbreviations(identityText(source));
	const at = repaired.text.indexOf('talks');
	assert.equal(source.slice(mapToOriginal(repaired.map, at), mapToOriginal(repaired.map, at) + 5), 'talks');
	assert.equal(mapToOriginal(repaired.map, 0), 0);
});

test('after repair, sentences split where they should', () => {
	const repaired = repair('The U. S. envoy met Qatari officials. Talks resumed in Doha.');
	const sentences = sentenceRanges(repaired, 0, repaired.length).map(([s, e]) => repaired.slice(s, e));
	assert.deepEqual(sentences, ['The U.S. envoy met Qatari officials.', 'Talks resumed in Doha.']);
});
