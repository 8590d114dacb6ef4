import assert from 'node:assert/strict';
import {test} from 'node:test';
import {collectDateConstraints} from '../../source/core/extract/date-constraints.js';
import {splitSentences} from '../../source/core/extract/split-sentences.js';
import {compileKnowledge} from '../../source/core/knowledge/compile-knowledge.js';
import {loadKnowledge} from '../../source/core/knowledge/load-knowledge.js';
import {dateEvidenceOf, dateOf} from './entities-helper.js';

// Invented sentences from several negotiations: what follows "since" is past whatever the tense of a
// later clause, and a qualified distance ("more than a week after", "nearly two months after") bounds
// the date on one side instead of naming it.

const knowledge = compileKnowledge(loadKnowledge());
const cluesOf = (text: string) => collectDateConstraints(splitSentences(text), new Set(), [], knowledge, [], []).map((c) => c.label).join(' | ');

test('an event after "since" is past even when a later clause speaks of the future', () => {
	const since = 'Egypt has hosted three rounds of talks since the Sharm el-Sheikh summit, and its envoys will travel to Doha, officials said.';
	assert.match(dateEvidenceOf(since), /^since the Sharm el-Sheikh peace summit \(2025-10-13\)/);
	assert.ok(dateOf(since)! >= '2025-10-13');
	assert.match(dateEvidenceOf('The Taliban have held the border posts since the fall of Kabul, and will keep them until a deal is signed.'), /since the Taliban's takeover of Kabul/);
	// Near miss: without "since", an event in a sentence about the future is upcoming.
	assert.match(dateEvidenceOf('Egypt will host the leaders at the Sharm el-Sheikh summit, officials said.'), /mentioned as upcoming/);
});

test('an explicit date after "since" is past whatever the tense; "by" a date is still ahead', () => {
	assert.match(cluesOf('The army has held the crossing since March 3, 2024, and will stay until a deal is signed.'), /after 2024-03-03, mentioned as past/);
	assert.match(cluesOf('The militia has held the bridge since June 2025 and will not leave it.'), /in or after June 2025/);
	assert.match(cluesOf('Troops have been in the valley since May 4 and will stay through the winter.'), /May 4 \(past\)/);
	assert.match(cluesOf('The army will leave the crossing by March 3, 2024, officials said.'), /before 2024-03-03, mentioned as upcoming/);
	assert.match(cluesOf('Troops will withdraw from the valley on May 4, officials said.'), /May 4 \(future\)/);
	// "since" as "because", before a clause with a modal, is not a date's "since".
	assert.match(cluesOf('Since talks will resume on May 4, the envoys stayed in Geneva.'), /May 4 \(future\)/);
});

test('"more than" a span after an event is a lower bound, an exact span a point', () => {
	// more than a week after 19 April 2025: 26 April to 3 May; the Friday in it is 2 May.
	assert.equal(dateOf('Kyiv said on Friday, more than a week after the Easter truce, that prisoner swaps would continue.'), '2025-05-02');
	assert.equal(dateOf('Kyiv said on Friday, a week after the Easter truce, that prisoner swaps would continue.'), '2025-04-26');
	assert.equal(dateOf('Moscow said on Monday, more than two months after the Alaska summit, that talks would resume.'), '2025-10-20');
	assert.equal(dateOf('The envoys resumed the talks more than a month after March 3, 2025, officials said on Tuesday.'), '2025-04-08');
	assert.match(dateEvidenceOf('Talks resumed in Geneva over a year since the Jeddah Declaration, officials said on Tuesday.'), /over a year since the Jeddah Declaration/);
});

test('"nearly" or "less than" a span is an upper bound', () => {
	// nearly two months after 15 August 2025: 15 September to 15 October; the Monday nearest two months is 13 October.
	assert.equal(dateOf('Moscow said on Monday, nearly two months after the Alaska summit, that talks would resume.'), '2025-10-13');
	const d = dateOf('Envoys met in Doha less than a week before the Republican National Convention.')!;
	assert.ok(d >= '2024-07-08' && d <= '2024-07-15', d);
	assert.match(cluesOf('Envoys met in Doha less than a week before the Republican National Convention.'), /less than a week before/);
});
