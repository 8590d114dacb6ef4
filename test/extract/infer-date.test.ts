import assert from 'node:assert/strict';
import {test} from 'node:test';
import {entitiesOf} from './entities-helper.js';

test('metadata wins over the text', () => {
	const e = entitiesOf('Talks resumed four days before the Democratic National Convention.', {date: '2024-08-01'});
	assert.equal(e.date, '2024-08-01');
	assert.equal(e.dateSource, 'metadata');
});

test('"N days before" a dated event pins the date and explains it', () => {
	const e = entitiesOf('The meeting was set for Thursday, four days before the Democratic National Convention kicks off.');
	assert.equal(e.date, '2024-08-15');
	assert.equal(e.dateSource, 'inferred');
	assert.ok(e.dateEvidence.includes('four days before the Democratic National Convention (2024-08-19)'), e.dateEvidence.join(' | '));
});

test('a weekday before an upcoming event: the Thursday before the election', () => {
	const e = entitiesOf('Officials doubt a truce can be reached before Tuesday\'s presidential election, after the killing of Yahya Sinwar.\nThe envoy met Qatari officials on Thursday.');
	assert.equal(e.date, '2024-10-31');
});

test('a caption date is not the report date', () => {
	const text = [
		'A spokesman speaks to reporters at the White House, Oct. 3, 2023. Photo by Jane Doe/White House.',
		'Negotiators met again on Monday after Hezbollah launched hundreds of rockets at Israel on Sunday.',
	].join('\n');
	const e = entitiesOf(text);
	assert.equal(e.date, '2024-08-26');
});

test('a crawl banner at the top loses to what the text says', () => {
	const text = 'Friday, November 22, 2024\nHamas delegation heads to Cairo as mediators push to end the more than 10-month war in Gaza between Israel and Hamas.';
	const e = entitiesOf(text);
	assert.ok(e.date! >= '2024-08-07' && e.date! <= '2024-09-07', String(e.date));
});

test('a dateline with a month and day dates the report; the year comes from the negotiation', () => {
	const e = entitiesOf('ISTANBUL, May 16 (Reuters) - Russian and Ukrainian delegations held their first direct talks since the full-scale invasion, with Turkey mediating.');
	assert.equal(e.date, '2022-05-16');
});

test('"today, March 29" with the war\'s start gives the year', () => {
	const e = entitiesOf('He announced this today, March 29, in Istanbul, where negotiations between Russia and Ukraine are taking place.');
	assert.equal(e.date, '2022-03-29');
});

test('dated office holders choose between events that share a phrase', () => {
	const e = entitiesOf('Hamas announced its approval of a new proposal put forward by mediators.\nEgyptian Foreign Minister Badr Abdelatty met the delegations on Monday.');
	assert.equal(e.date, '2025-08-18');
});

test('no date when nothing in the text pins one', () => {
	const e = entitiesOf('Talks continued on Thursday. President Joe Biden urged both sides to accept the deal.');
	assert.equal(e.date, null);
	assert.equal(e.dateSource, 'none');
});

test('a wire dateline gives month and day; an office holder gives the year', () => {
	const e = entitiesOf('Sudan army to skip talks\nPORT SUDAN, Aug 12 (Reuters) - Sudan\'s army will not attend ceasefire talks in Geneva, while U.S. envoy Tom Perriello said the talks would go ahead.');
	assert.equal(e.date, '2024-08-12');
	const g = entitiesOf('CAIRO/DOHA, Jan 14 (Reuters) - Talks in Doha were attended by President-elect Donald Trump\'s Middle East envoy Steve Witkoff.');
	assert.equal(g.date, '2025-01-14');
});

test('publication lines and weekday-named dates in the body', () => {
	assert.equal(entitiesOf('Mediators meet in Doha\nPublished: 15 Aug 2024\nTalks resumed in Doha.').date, '2024-08-15');
	const date = entitiesOf('Talks resumed in Doha.\nOn Thursday, August 15, 2024, mediators presented a bridging proposal.').date;
	assert.ok(date === '2024-08-15' || date === '2024-08-16', String(date));
	assert.equal(entitiesOf('Talks resumed in Doha.\nOn Thursday, August 15, 2024, mediators met.\nThe report was written on Monday.').date, '2024-08-19');
});

test('a day and month with no year never lands in the future', () => {
	const e = entitiesOf('KYIV, June 3 (Reuters) - Ukraine and Russia agreed to swap prisoners at talks in Istanbul, Turkish Foreign Minister Hakan Fidan said, as U.S. President Donald Trump pressed both sides.');
	assert.ok(e.date !== null && e.date <= new Date().toISOString().slice(0, 10), String(e.date));
	assert.equal(e.date, '2025-06-03');
});

test('"the three-year war" counts from the start of the negotiation\'s war', () => {
	const e = entitiesOf('Russian and Ukrainian negotiators met in Istanbul to discuss ending the more than three-year war.');
	assert.ok(e.date! >= '2025-02-24' && e.date! <= '2026-02-24', String(e.date));
});

test('"500 days into the war" counts from the war\'s start', () => {
	const e = entitiesOf('Israeli and Hamas negotiators met Qatari mediators in Doha, 500 days into the war.');
	assert.equal(e.date, '2025-02-18');
});
