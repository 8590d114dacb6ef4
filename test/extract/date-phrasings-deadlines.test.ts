import assert from 'node:assert/strict';
import {test} from 'node:test';
import {collectDateConstraints} from '../../source/core/extract/date-constraints.js';
import {splitSentences} from '../../source/core/extract/split-sentences.js';
import {compileKnowledge} from '../../source/core/knowledge/compile-knowledge.js';
import {loadKnowledge} from '../../source/core/knowledge/load-knowledge.js';
import {dateEvidenceOf, dateOf} from './entities-helper.js';

// Invented sentences on several negotiations: deadlines and "by" dates are ahead, "last Thursday" is not the
// report's own day, a distance counted from an anniversary, agency datelines with the country in brackets,
// another country's "presidential elections", and event phrasings journalists use for well-known moments.

const knowledge = compileKnowledge(loadKnowledge());
const cluesOf = (text: string) => collectDateConstraints(splitSentences(text), new Set(), [], knowledge, [], []).map((c) => c.label).join(' | ');

test('a date or weekday named as a deadline is ahead unless it has passed', () => {
	assert.match(cluesOf('If the June 9 deadline holds, the sides will sign in Doha.'), /June 9 \(future\)/);
	assert.match(cluesOf('Watch the border crossing on Sunday, the first deadline.'), /"on Sunday"/);
	assert.doesNotMatch(cluesOf('The June 9 deadline passed without a deal, mediators said.'), /June 9 \(future\)/);
	// A deadline elsewhere in the sentence does not make an unrelated weekday upcoming.
	assert.doesNotMatch(cluesOf('The army withdrew yesterday, Tuesday, from the villages, turning the end of the deadline into a new dispute.'), /"Tuesday" \(future\)|future/);
});

test('"by" a date is ahead unless the clause looks back', () => {
	assert.match(cluesOf('The parties are to present a draft agreement by May 2, the State Department said.'), /May 2 \(future\)/);
	assert.match(cluesOf('The rebels had taken the town by May 2, residents said.'), /May 2 \(past\)/);
	assert.match(cluesOf('Armenia is to hand back the district by 15 November.'), /15 November \(future\)/);
});

test('"last Thursday" is seldom the report\'s own day', () => {
	// After the Houthi delegation arrived in Riyadh (14 September 2023, a Thursday): "last Thursday" and "on Tuesday".
	const text = 'The Houthi delegation flew back to Sanaa on Tuesday after five days of talks; the delegation of Yemen\'s Houthis had arrived in Riyadh last Thursday.';
	const d = dateOf(text)!;
	assert.ok(d >= '2023-09-19' && d <= '2023-09-20', d);
});

test('a distance counted from an anniversary', () => {
	const text = 'Negotiators opened the talks on Saturday, a day after the 19th anniversary of the Sept. 11 attacks.';
	assert.match(dateEvidenceOf(text), /a day after the 19th anniversary of the September 11 attacks/);
	assert.equal(dateOf(text), '2020-09-12');
	// The attacks alone, as history, date nothing.
	assert.equal(dateOf('The Taliban hosted al-Qaida before the Sept. 11 attacks, the envoy said.'), null);
});

test('an agency dateline with the country in brackets is the report\'s day', () => {
	const text = 'Cúcuta (Colombia), Jan 18 (EFE).- The government suspended its talks with the guerrilla, officials announced.';
	assert.match(cluesOf(text), /Jan 18 \(the report's day\)/);
	// Near miss: a city and a date inside prose are no dateline.
	assert.doesNotMatch(cluesOf('Talks in Cúcuta (Colombia), Jan 18, were called off.'), /the report's day/);
});

test('another country\'s "presidential elections" are not the US election', () => {
	assert.doesNotMatch(cluesOf('With presidential elections due next year, the president is running out of time.'), /US presidential election/);
	assert.match(cluesOf('Mediators hope for a deal before the presidential election in November.'), /US presidential election/);
});

test('well-known moments in the words reporters use', () => {
	assert.match(cluesOf('A four-day pause in the fighting between Israel and Hamas will take effect on Friday, Qatar said.'), /November 2023 Gaza truce/);
	assert.doesNotMatch(cluesOf('A four-day pause in the fighting in Sudan will take effect on Friday.'), /Gaza truce/);
	assert.match(cluesOf('Putin announced that Aliyev and Pashinyan had signed a statement on a complete ceasefire in Nagorno-Karabakh.'), /ended the 2020 Karabakh war/);
	assert.match(cluesOf('A delegation of Yemen\'s Houthis ended five days of talks in Riyadh.'), /Houthi delegation's talks in Riyadh/);
	assert.match(cluesOf('The declaration signed at the State Department commits Congo and Rwanda to draft a peace deal.'), /DRC-Rwanda declaration of principles/);
	assert.match(cluesOf('Borrell said a pause in the Vienna talks was needed due to external factors.'), /pause in the Vienna nuclear talks/);
	// "final text" on the Iran deal was said in March and in August 2022: both stay possible.
	assert.match(cluesOf('The EU said a final text of the Iran nuclear deal was on the table.'), /2022-03-11|2022-08-08/);
});

test('an event named with an appositive, or in other words for the same decision or summit', () => {
	// A comma inside the words between the act and the name ("X's chief of staff, Name").
	assert.match(cluesOf("Beirut spent the day after the assassination of Hezbollah's chief of staff, Haytham Ali Tabatabai, trying to contain the fallout."), /Tabatabai/);
	assert.match(cluesOf('The strike on Sunday hit a building in Haret Hreik, killing Tabatabai and four others.'), /Tabatabai/);
	assert.match(cluesOf("Israel's security cabinet approved the plan for the military to take control of Gaza City, the prime minister's office said."), /plan to take Gaza City/);
	assert.match(cluesOf('Zelensky and Putin met for the first time at the Normandy Four summit in Paris.'), /Normandy-format summit in Paris/);
	// Near misses: another city's takeover, and a Normandy meeting of another year.
	assert.doesNotMatch(cluesOf('The army approved a plan to take control of Rafah.'), /Gaza City/);
	assert.doesNotMatch(cluesOf('Normandy Four advisers met in Berlin in 2020.'), /Normandy-format summit in Paris/);
});
