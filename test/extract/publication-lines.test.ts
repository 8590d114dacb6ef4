import assert from 'node:assert/strict';
import {test} from 'node:test';
import {dateOf, entitiesOf} from './entities-helper.js';

// Invented pages whose own date line sits near the top, in the forms news sites print it.

test('a publication line with weekday, time and zone below headline, standfirst and byline is the report\'s day', () => {
	const text = [
		'Envoys push for Tigray truce as fighting spreads',
		'Mediators say both sides have agreed to meet again next month',
		'Staff reporter in Nairobi',
		'Thu 8 Sep 2022 09.12 BST',
		'African Union envoys met both delegations on Thursday, hoping to restart the talks before the rains.',
	].join('\n\n');
	assert.equal(dateOf(text), '2022-09-08');
});

test('a numeric "Published" line reads day first when the day exceeds 12, and either way otherwise', () => {
	const lead = 'Balkan leaders meet again in Brussels\n\n';
	assert.equal(dateOf(`${lead}Published 21/06/2023 - 11:40 CET\n\nThe two leaders met in Brussels on Wednesday for talks hosted by the EU.`), '2023-06-21');
	assert.equal(dateOf(`${lead}Updated: 2024-02-05 08:10\n\nThe two leaders met in Brussels on Monday for talks hosted by the EU.`), '2024-02-05');
	// 05/02/2024: 5 February (a Monday) or 2 May (a Thursday); the text's "on Monday" settles it.
	assert.equal(dateOf(`${lead}Published 05/02/2024\n\nThe two leaders met in Brussels on Monday for talks hosted by the EU.`), '2024-02-05');
});

test('a dated line inside the body is no publication line', () => {
	// A date in prose is an event of the past, not the page's date: the dateline decides.
	assert.equal(dateOf('GENEVA, Oct 3 (Reuters) - The talks resumed on Tuesday.\n\nThe previous round ended on 12 September 2023 without a deal.'), '2023-10-03');
});

test('a short top heading ending in a month and day dates the report without a year, like a dateline', () => {
	// Ahmed al-Sharaa has been Syria's president since January 2025; 9 March 2025 was a Sunday.
	assert.equal(dateOf('Gulf press digest, March 9\n\nPresident Ahmed al-Sharaa met the Saudi foreign minister in Damascus on Sunday to discuss the talks, the papers reported.'), '2025-03-09');
	// A heading that only names a coming day is not a dated heading.
	assert.equal(dateOf('Talks to resume in Geneva on March 9\n\nThe envoys said little on their way in.'), null);
});

test('another country\'s presidential election is not the US election', () => {
	const text = 'Washington said on Tuesday it would keep talking to the rebels, whose leaders met the US envoy in Doha this month. The government in Kabul is preparing for a presidential election on 20 April.';
	assert.ok(!entitiesOf(text).dateEvidence.some((e: string) => /US presidential election/.test(e)), entitiesOf(text).dateEvidence.join('; '));
});

test('a bare full date without a lead word or a time stays a possible crawl banner, not the page\'s date', () => {
	// The 11-month war in Gaza (from Oct 2023) puts the report in September 2024, whatever the banner says.
	const text = 'Monday, March 3, 2025\n\nMediators in Cairo pressed on Sunday to end the 11-month war in Gaza between Israel and Hamas.';
	assert.notEqual(dateOf(text), '2025-03-03');
});
