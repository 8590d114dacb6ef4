import assert from 'node:assert/strict';
import {test} from 'node:test';
import {extractTerms} from '../../source/core/extract/extract-terms.js';
import type {Term} from '../../source/core/types.js';
import {contextOf} from './terms-context.js';

const kinds = (text: string) => extractTerms(contextOf(text)).map((t) => t.kind).sort();
const termOf = (text: string, kind: string): Term | undefined => extractTerms(contextOf(text)).find((t) => t.kind === kind);

test('a truce with its duration and scope', () => {
	const t = termOf('Mediators proposed a 60-day truce in Lebanon.', 'ceasefire');
	assert.equal(t?.duration, '60 days');
	assert.equal(t?.scope, 'Lebanon');
});

test('durations are normalised', () => {
	assert.equal(termOf('The plan involves a monthlong ceasefire in Gaza in exchange for the release of some hostages.', 'ceasefire')?.duration, '1 month');
	assert.equal(termOf('Israel would accept a six-week truce under the proposal.', 'ceasefire')?.duration, '6 weeks');
	assert.equal(termOf('The deal offers a two-week pause in the fighting.', 'ceasefire')?.duration, '2 weeks');
	assert.equal(termOf('Kyiv proposed a ceasefire of 30 days at sea and in the air.', 'ceasefire')?.duration, '30 days');
});

test('a duration that qualifies something else is not the truce\'s', () => {
	const t = termOf('The document, reached after three months of talks, commits both sides to a ceasefire.', 'ceasefire');
	assert.ok(t);
	assert.equal(t.duration, undefined);
});

test('a duration stated for "the agreement" in its own sentence fills the ceasefire', () => {
	const t = termOf('The two sides agreed a ceasefire on Tuesday. The agreement will go on for 60 days.', 'ceasefire');
	assert.equal(t?.duration, '60 days');
});

test('hostage release with count, phase and a phased deal', () => {
	const text = 'Under the proposal, Hamas would agree to the release of 33 hostages in the first phase, including women, children and the elderly.';
	const t = termOf(text, 'hostage-release');
	assert.equal(t?.count, 33);
	assert.equal(t?.phase, 'first');
	assert.deepEqual(t?.categories, ['women', 'children', 'elderly']);
	assert.ok(kinds(text).includes('phased-deal'));
});

test('counts in words and "the number raised to"', () => {
	assert.equal(termOf('The deal would free eleven hostages held in Gaza.', 'hostage-release')?.count, 11);
	assert.equal(termOf('Mediators are demanding the number of hostages to be released be raised to ten.', 'hostage-release')?.count, 10);
});

test('a prisoner exchange is hostage release plus prisoner release', () => {
	assert.deepEqual(kinds('The talks aim to reach a ceasefire and facilitate a prisoner exchange between the hostages and detainees.'), ['ceasefire', 'hostage-release', 'prisoner-release']);
	assert.deepEqual(kinds('Russia and Ukraine agreed to swap 84 prisoners of war under a deal brokered by the UAE.'), ['prisoner-release']);
	assert.equal(termOf('Under the plan 1,000 Palestinian prisoners would be released.', 'prisoner-release')?.count, 1000);
});

test('a permanent end of the war as a demand, not also a plain ceasefire from the same words', () => {
	const got = kinds('Hamas insists on a permanent end to the war while Netanyahu refuses.');
	assert.ok(got.includes('permanent-ceasefire'));
	assert.deepEqual(kinds('Hamas demands a permanent ceasefire as part of any deal.'), ['permanent-ceasefire']);
});

test('ending the war as the goal of talks is not a permanent ceasefire', () => {
	assert.deepEqual(kinds('Talks in Doha aimed at ending the war resumed on Thursday.'), []);
	assert.ok(!kinds('"There is no end to the war, there is a ceasefire," the official said of the agreement.').includes('permanent-ceasefire'));
});

test('withdrawal, but not withdrawing from the talks', () => {
	assert.deepEqual(kinds('The deal would see Russian forces withdraw from the Zaporizhzhia plant.'), ['withdrawal']);
	assert.deepEqual(kinds('The US agreed to pull its troops out of the country in return for security commitments.').includes('withdrawal'), true);
	assert.deepEqual(kinds('Qatar threatened to withdraw from the mediation if the talks stall.'), []);
});

test('humanitarian aid terms, not military aid', () => {
	assert.deepEqual(kinds('The agreement would allow the entry of humanitarian aid and restore electricity to the north.'), ['humanitarian-aid']);
	assert.deepEqual(kinds('The RSF and the army agreed in Jeddah to let aid convoys reach Darfur.'), ['humanitarian-aid']);
	assert.deepEqual(kinds('Washington would continue material aid to Israel under the plan.'), []);
});

test('return of displaced people, not of residents in general', () => {
	assert.deepEqual(kinds('The deal would allow displaced Palestinians to return to northern Gaza.'), ['return-of-displaced']);
	assert.deepEqual(kinds('Israel wants an agreement that returns its residents securely to their homes.'), []);
});

test('guarantees, security arrangements, disarmament, governance, reconstruction', () => {
	assert.deepEqual(kinds('Kyiv wants international security guarantees as part of any agreement.'), ['guarantees']);
	assert.deepEqual(kinds('The plan includes a buffer zone monitored by an international force.'), ['security-arrangements']);
	assert.deepEqual(kinds('The proposal calls for M23 to disarm and for a transitional authority to run the region.').sort(), ['disarmament', 'governance']);
	assert.deepEqual(kinds('Donors discussed a reconstruction fund for Gaza as part of the post-war plan.').sort(), ['governance', 'reconstruction']);
});

test('de-escalation only as a bargain', () => {
	assert.ok(kinds('Iran offered not to retaliate against Israel if a ceasefire is agreed in Gaza.').includes('de-escalation'));
	assert.ok(!kinds('Officials called for de-escalation and restraint across the region.').includes('de-escalation'));
	assert.ok(!kinds('The deal would reduce regional tensions.').includes('de-escalation'));
});

test('a protester shouting "ceasefire now" is not a term on the table', () => {
	assert.deepEqual(kinds('"Ceasefire now!" one protester shouted at the rally.'), []);
	assert.deepEqual(kinds('Thousands of protesters chanted ceasefire slogans outside the parliament.'), []);
});

test('generic war reporting without a negotiation word is not a term', () => {
	assert.deepEqual(kinds('Hamas took 250 hostages on October 7.'), []);
	assert.deepEqual(kinds('Troops pushed into the eastern districts overnight.'), []);
});

test('one term per kind, with every sentence as evidence and exact offsets', () => {
	const text = 'Negotiators discussed a truce in Sudan.\nThe army said the truce proposal was under review. A ceasefire deal is expected soon.';
	const ctx = contextOf(text);
	const terms = extractTerms(ctx);
	assert.equal(terms.length, 1);
	assert.equal(terms[0]!.evidence.length, 3);
	for (const e of terms[0]!.evidence) assert.equal(text.slice(e.start, e.end), e.text);
	assert.deepEqual(terms[0]!.venues, []);
	assert.equal(terms[0]!.text, 'truce in Sudan');
});

test('the key phrase keeps modifiers and the rest of the clause', () => {
	const t = termOf('Burns discussed a new proposal involving a monthlong ceasefire in Gaza in exchange for the release of some hostages.', 'ceasefire');
	assert.equal(t?.text, 'monthlong ceasefire in Gaza in exchange for the release of some hostages');
});

test('a phase named with words between ("first, six-week phase") and categories that stop at the exchange', () => {
	const text = 'In the first, six-week phase of the deal, Hamas would release 33 hostages, including women and children, in exchange for hundreds of Palestinian prisoners held by Israel.';
	const terms = extractTerms(contextOf(text));
	const hostages = terms.find((t) => t.kind === 'hostage-release');
	const prisoners = terms.find((t) => t.kind === 'prisoner-release');
	assert.equal(hostages?.phase, 'first');
	assert.deepEqual(hostages?.categories, ['women', 'children']);
	assert.equal(prisoners?.categories, undefined);
	assert.equal(terms.find((t) => t.kind === 'phased-deal')?.duration, '6 weeks');
});

test('photo captions give no terms', () => {
	const text = 'Protesters demand a hostage release deal in Tel Aviv. Photograph: Reuters\nMediators proposed a truce.';
	const ctx = {...contextOf(text), captions: new Set([0])};
	assert.deepEqual(extractTerms(ctx).map((t) => t.kind), ['ceasefire']);
	assert.deepEqual(extractTerms(contextOf(text)).map((t) => t.kind).sort(), ['ceasefire', 'hostage-release']);
});

test('the term text comes from the sentence that says most about it', () => {
	const text = 'Officials doubt the talks will produce a pause in fighting soon. Burns discussed a proposal involving a monthlong ceasefire in Gaza in exchange for the release of some hostages.';
	const t = termOf(text, 'ceasefire');
	assert.equal(t?.text, 'monthlong ceasefire in Gaza in exchange for the release of some hostages');
	assert.equal(t?.evidence.length, 2);
});

test('a phase belongs to a term only when it qualifies it', () => {
	const text = 'Under the proposal, the temporary truce would be shorter than the six-week first phase discussed before.';
	assert.equal(termOf(text, 'ceasefire')?.phase, undefined);
	assert.equal(termOf(text, 'phased-deal')?.phase, 'first');
	assert.equal(termOf('The deal would free 33 hostages in the first phase.', 'hostage-release')?.phase, 'first');
});
