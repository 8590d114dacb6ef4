import assert from 'node:assert/strict';
import {test} from 'node:test';
import {collectDateConstraints} from '../../source/core/extract/date-constraints.js';
import {splitSentences} from '../../source/core/extract/split-sentences.js';
import {compileKnowledge} from '../../source/core/knowledge/compile-knowledge.js';
import {loadKnowledge} from '../../source/core/knowledge/load-knowledge.js';
import {dateEvidenceOf, dateOf, namesEvent} from './entities-helper.js';

// Invented sentences for the heldout8 date families: recurring events (a bridging offer, a team
// recalled from Doha) named without the detail that singles out one occurrence; a title-case
// dateline with a dash; a date or event said to have begun, in a sentence that also speaks of the
// future; "waiting for" a day that has not yet come.

const knowledge = compileKnowledge(loadKnowledge());
const cluesOf = (text: string) => collectDateConstraints(splitSentences(text), new Set(), [], knowledge, [], []).map((c) => c.label).join(' | ');

test('a recurring bridging offer or recall from Doha is dated only with the detail of one occurrence', () => {
	const bridging = /bridging proposal of August 2024/;
	assert.ok(!namesEvent('The group rejected a US bridging offer of several hundred prisoners, officials said on Tuesday.', bridging));
	assert.ok(namesEvent('Blinken said on Tuesday that the US bridging proposal was the best chance for a deal.', bridging));
	const recall = /recalling their negotiators from Doha/;
	assert.ok(!namesEvent('Israel recalled its negotiating team from Doha after the group turned down the US-backed offer, officials said on Tuesday.', recall));
	assert.ok(namesEvent('The US and Israel recalled their negotiating teams from Doha for consultations, officials said on Friday.', recall));
	assert.ok(namesEvent('Witkoff said the United States was recalling its team from Doha for consultations.', recall));
});

test('a title-case dateline with a dash gives the report day', () => {
	assert.match(cluesOf('Nairobi, March 4 - The two delegations agreed on Tuesday to extend the truce.'), /March 4 \(the report's day\)/);
	assert.doesNotMatch(cluesOf('Nairobi, March 4 and April 9 were the dates discussed by the delegations.'), /the report's day/);
});

test('a date or event said to have begun stays past in a sentence about the future', () => {
	assert.match(cluesOf('Under the text, the truce that began on March 3 will be prolonged until June, officials said.'), /March 3 \(past\)/);
	assert.match(cluesOf('Under the text, the talks will resume on March 3, officials said.'), /March 3 \(future\)/);
});

test('"waiting for" a day makes it upcoming', () => {
	assert.match(cluesOf('"He is waiting for March 3," a diplomat said of the president.'), /March 3 \(future\)/);
});

// Invented sentences: Blinken's trips to the region are numbered by the press ("his seventh trip", "a tour, the
// eleventh since the war began"); Biden's May 31 proposal is also named in the passive.
test("Blinken's numbered trip dates the report near that trip, however the number is placed", () => {
	assert.match(dateEvidenceOf('Blinken landed in Riyadh on Monday at the start of his seventh trip to the region since the war began.'), /seventh trip .*2024-04-29/);
	assert.match(dateEvidenceOf('Secretary of State Antony Blinken arrived in Cairo on Tuesday on a regional tour, the eleventh since October 7.'), /eleventh trip .*2024-10-22/);
	assert.equal(dateOf('Today, Wednesday, Blinken ended his sixth tour of the region with talks in Tel Aviv.'), '2024-03-20');
	// A number that is not his trip's.
	assert.doesNotMatch(dateEvidenceOf('Blinken said the eighth round of prisoner releases should go ahead on Saturday.'), /trip/);
});

test("Biden's proposal named in the passive is his May 31 proposal", () => {
	assert.match(dateEvidenceOf('Hamas asked for changes to the plan announced by President Joe Biden, officials said on Wednesday.'), /Biden's May 31/);
	assert.doesNotMatch(dateEvidenceOf('Hamas asked for changes to the plan announced by the mediators on Wednesday.'), /Biden's May 31/);
});

// Invented sentences: holidays recur every year, so they date a report only with a year clue, and the evidence names
// every year's date; a UN vote a day earlier; Biden's May 31 plan described rather than named.
test('the eve of a recurring holiday dates the report with a year clue, and the evidence lists each year', () => {
	const text = 'Hamas said today, Saturday, on the eve of Eid al-Fitr, that it had accepted the new Egyptian proposal, two weeks after Israel resumed its war in Gaza on March 18.';
	assert.equal(dateOf(text), '2025-03-29');
	assert.match(dateEvidenceOf(text), /Eid al-Fitr \((?:\d{4}-\d\d-\d\d or )*2023-04-21 or 2024-04-10 or 2025-03-30\)/);
	assert.doesNotMatch(dateEvidenceOf('The Eid prayers were held in the ruins of the mosque on Saturday.'), /Eid al-/);
});

test('"a day after the Security Council voted to back Trump\'s plan" is the day after Resolution 2803', () => {
	assert.equal(dateOf('Hamas rejected the force on Tuesday, a day after the Security Council voted to back President Donald Trump\'s plan for Gaza.'), '2025-11-18');
});

test("Biden's May 31 plan described as what he laid out or the principles he set out", () => {
	for (const text of [
		'Hamas said it viewed positively what President Joe Biden had laid out in his speech, officials said on Saturday.',
		'The mediators urged both sides to accept the principles Biden set out, in a joint statement on Saturday.',
		'Biden presented what he called an Israeli proposal in three phases.',
	]) assert.match(dateEvidenceOf(text), /Biden's May 31/, text);
	assert.doesNotMatch(dateEvidenceOf('Biden laid out his economic agenda in a speech in Pennsylvania on Saturday.'), /Biden's May 31/);
});
