import assert from 'node:assert/strict';
import {test} from 'node:test';
import {dateEvidenceOf, dateOf} from './entities-helper.js';

// Invented reports: the weekday a wire lead reports its news on ("Ukraine said Wednesday") is the
// report's day or the day before, and outweighs a weekday of older news further down. Not a weekday
// of the headline, nor one the lead names as past ("last Wednesday") or ahead.

const body = (lead: string) =>
	`Kyiv weighs Istanbul offer\n\nKYIV (AP) — ${lead}\n\nThe Kremlin said it had not received a proposal. A Russian envoy told state television on Monday that talks could follow.`;

test("the lead's weekday outweighs a later one", () => {
	// More than a week after 19 April 2025: 26 April to 3 May. Wednesday 30 April, not Monday 28 April.
	const text = body('Ukraine said Wednesday it was ready to send a delegation to Istanbul, more than a week after the Easter truce, as Russian strikes went on.');
	assert.equal(dateOf(text), '2025-04-30');
	assert.match(dateEvidenceOf(text), /"Wednesday" in the lead/);
	// Without a headline, the first sentence is the lead.
	assert.equal(dateOf('Sudanese army officials said on Friday that they would send envoys to Jeddah, more than a week after the Easter truce in Ukraine. Diplomats met the envoys on Tuesday.'), '2025-05-02');
});

test('a weekday the lead names as past or ahead, or one in the headline, is not the lead\'s news day', () => {
	assert.equal(dateOf(body('Ukraine said the delegation it sent to Istanbul last Wednesday came back empty-handed, more than a week after the Easter truce.')), '2025-04-28');
	assert.equal(dateOf(body('Ukraine will send a delegation to Istanbul on Wednesday, more than a week after the Easter truce, officials said.')), '2025-04-28');
	const headline = 'Kyiv says Wednesday talks are off\n\nKYIV (AP) — Ukraine is ready to send a delegation to Istanbul, more than a week after the Easter truce, as Russian strikes went on.\n\nThe Kremlin said it had not received a proposal. A Russian envoy told state television on Monday that talks could follow.';
	assert.equal(dateOf(headline), '2025-04-28');
	assert.doesNotMatch(dateEvidenceOf(headline), /in the lead/);
});

test('a weekday further down is not weighed as the lead', () => {
	const text = 'Ukraine is ready to send a delegation to Istanbul, more than a week after the Easter truce, officials said. Strikes went on overnight. A Russian envoy said on Thursday that talks could follow.';
	assert.doesNotMatch(dateEvidenceOf(text), /in the lead/);
});

test('the weekday right after "said" is the day it was said, even when what was said is in the future tense', () => {
	// More than a week after 19 April 2025: 26 April to 3 May; Thursday 1 May.
	const text = body('Ukraine said Thursday it will send a delegation to Istanbul on Saturday, more than a week after the Easter truce.');
	assert.equal(dateOf(text), '2025-05-01');
	assert.match(dateEvidenceOf(text), /"Thursday" in the lead/);
	// Near miss: without a speech verb before it, a weekday in a future-tense clause is still ahead.
	assert.doesNotMatch(dateEvidenceOf(body('Ukraine will send a delegation to Istanbul Thursday, more than a week after the Easter truce.')), /"Thursday" in the lead/);
});
