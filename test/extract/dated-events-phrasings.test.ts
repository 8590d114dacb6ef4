import assert from 'node:assert/strict';
import {test} from 'node:test';
import {dateEvidenceOf, dateOf, namesEvent} from './entities-helper.js';

// Invented sentences: the ways journalists name a dated event (active, passive, appositive, synonyms),
// and mentions of a name or place that are not the event (data/knowledge/events.json).


test("Hamas accepting a proposal, in active, possessive and passive wording; not when it did not", () => {
	const accepted = /acceptance of a mediators/;
	assert.ok(namesEvent('Hamas told Egyptian and Qatari negotiators late on Monday of its acceptance of the truce offer.', accepted));
	assert.ok(namesEvent("A Hamas official said on Monday that the group's approval of the Egyptian plan was final.", accepted));
	assert.ok(namesEvent('Israeli officials said on Monday that the proposal accepted by Hamas was not the one Israel had agreed to.', accepted));
	assert.ok(namesEvent('Hamas on Monday accepted the latest Egyptian-Qatari ceasefire proposal.', accepted));
	assert.ok(!namesEvent('Hamas has not accepted the proposal, an official said on Monday.', accepted));
});

test("Israel taking the Rafah crossing, whatever the verb", () => {
	const rafah = /seizure of the Rafah crossing/;
	assert.ok(namesEvent('Israeli tanks captured the Palestinian side of the Rafah border crossing on Tuesday.', rafah));
	assert.ok(namesEvent('The army said its troops had taken "operational control" of the Rafah crossing.', rafah));
	assert.ok(namesEvent('In Rafah, Israeli forces seized the crossing overnight, cutting the main aid route.', rafah));
	assert.ok(!namesEvent('Aid trucks queued at the Rafah crossing on Tuesday.', rafah));
});

test('the Lebanon truce of Nov. 27, 2024, however its coming into force is phrased', () => {
	const truce = /Israel-Hezbollah ceasefire taking effect/;
	assert.ok(namesEvent('The truce, in force since Nov. 27, has largely held, Lebanese officials said on Friday.', truce));
	assert.ok(namesEvent('The deal that came into effect on November 27 requires Hezbollah to pull back north of the Litani.', truce));
	assert.ok(namesEvent('Since the Nov. 27 ceasefire, Israel has carried out dozens of strikes.', truce));
	assert.ok(!namesEvent('The talks resumed on Nov. 27 in Cairo.', truce));
});

test("Joseph Aoun's election, in apposition or passive, not Michel Aoun's", () => {
	const elected = /Aoun's election/;
	assert.ok(namesEvent('Aoun, who was elected after a two-year vacuum, met the envoy on Thursday.', elected));
	assert.ok(namesEvent('Newly elected President Joseph Aoun named a prime minister on Monday.', elected));
	assert.ok(namesEvent('Parliament elected army chief Joseph Aoun as president on Thursday.', elected));
	assert.ok(!namesEvent('Michel Aoun was elected in 2016 after a long vacancy.', elected));
});

test('"earlier this month" and "last month" after an event put the report in that month or the next', () => {
	const date = dateOf('BEIRUT (AP) — President Joseph Aoun, who was elected earlier this month, met the US envoy on Thursday.');
	assert.ok(date !== null && date > '2025-01-09' && date <= '2025-01-31' && new Date(date).getUTCDay() === 4, String(date));
	const next = dateOf('BEIRUT (AP) — Joseph Aoun, elected last month, hosted the envoy on Tuesday.');
	assert.ok(next !== null && next >= '2025-02-01' && next <= '2025-02-28', String(next));
});

test("Israel's June 2025 war on Iran: strikes on nuclear sites, Natanz, Rising Lion", () => {
	const war = /Israel's strikes on Iran \(2025-06-13\)/;
	assert.ok(namesEvent("Talks stalled after Israel's air campaign against Iran's nuclear facilities.", war));
	assert.ok(namesEvent('Israeli strikes on Iranian nuclear sites ended the diplomacy, a diplomat said.', war));
	assert.ok(namesEvent('Israeli airstrikes overnight damaged the enrichment halls at Natanz.', war));
	assert.ok(namesEvent('Since Operation Rising Lion began, no talks have been held.', war));
	assert.ok(!namesEvent('Iran enriches uranium at Natanz and Fordow, the IAEA said.', war));
});

test("the IAEA board's non-compliance finding of June 2025", () => {
	assert.ok(namesEvent("A day after the IAEA's Board of Governors found Iran in non-compliance, Israel struck.", /IAEA board/));
	assert.ok(!namesEvent('The IAEA said Iran was cooperating with inspectors.', /IAEA board/));
});

test("Edan Alexander's release is dated; an offer to free him is not", () => {
	const release = /release of Edan Alexander/;
	assert.ok(!namesEvent('Hamas said on Friday it was ready to release Edan Alexander, a US-Israeli soldier.', release));
	assert.ok(!namesEvent('Hamas offers to free Edan Alexander as talks stall.', release));
	assert.ok(namesEvent('Since Hamas freed Edan Alexander, no other hostage has come home.', release));
	assert.ok(namesEvent('Edan Alexander, the last living American hostage, was released on Monday.', release));
	assert.ok(namesEvent('The talks resumed after the release of Edan Alexander.', release));
});

test('the end of the first phase of the January 2025 truce, also "lapsed" or "ran out"', () => {
	const end = /first phase \(2025-03-01\)/;
	assert.ok(namesEvent('Talks stalled after the first phase of the truce ran out with no deal on what comes next.', end));
	assert.ok(namesEvent('The first phase lapsed last weekend.', end));
	// "what comes next" is no future tense: the phase ended.
	assert.ok(!/mentioned as upcoming/.test(dateEvidenceOf('The first phase of the ceasefire lapsed with no agreement on what comes next.')));
});

test("Israel cutting Gaza's electricity: October 2023 or March 2025", () => {
	assert.ok(namesEvent('Israel cut off electricity to Gaza on Sunday, the energy minister said.', /electricity/));
	assert.ok(!namesEvent('Power lines in Beirut failed and electricity was cut for hours.', /electricity/));
});

test("Israel's missed or extended withdrawal deadline in Lebanon", () => {
	const deadline = /deadline for Israel's withdrawal from Lebanon/;
	assert.ok(namesEvent('Israel missed the deadline for its withdrawal from southern Lebanon on Sunday.', deadline));
	assert.ok(namesEvent("Washington extended the deadline for Israel's pullout from Lebanon, the White House said.", deadline));
	assert.ok(!namesEvent('Russia missed the deadline for its withdrawal from the plant, Ukraine said.', deadline));
});

test('"until" or "extended to" a month and day is ahead, whatever the verb', () => {
	// Dated by a full date named with its weekday, so that the evidence lists the month-day clue that fits.
	assert.ok(/March 2 \(future\)/.test(dateEvidenceOf('On Thursday, February 20, 2025, officials said the truce would remain in force until March 2.')));
	assert.ok(/March 10 \(future\)/.test(dateEvidenceOf('On Thursday, February 20, 2025, the truce was extended to March 10.')));
});

test('"N months into the war" counts calendar months from its start', () => {
	// Oct. 7, 2023 + nine months = July 7, 2024; the Wednesday after is July 10.
	assert.equal(dateOf('Nine months into the war, Israel and Hamas negotiators met in Doha on Wednesday.'), '2024-07-10');
});

test('a date only mentioned as past, with a weekday, dates nothing', () => {
	assert.equal(dateOf('Talks on prisoners captured after Oct. 7, 2023, will start on Monday, Israel and Hamas said.'), null);
	assert.equal(dateOf('Ukraine and Russia met on Friday to discuss prisoners taken since Feb. 24, 2022.'), null);
});

test('a place or a name alone is not the event that happened there', () => {
	assert.ok(!namesEvent('Iran has enriched uranium at Fordow for years, Araghchi said on Tuesday.', /US strikes on Iran/));
	assert.ok(namesEvent('Since US bombers struck Fordow, Iran has refused inspections.', /US strikes on Iran/));
	assert.ok(!namesEvent('Displaced families crowded into the Nuseirat camp on Tuesday.', /Nuseirat/));
	assert.ok(namesEvent('Four hostages were rescued in a raid on Nuseirat.', /Nuseirat/));
	assert.ok(!namesEvent('World Central Kitchen said it would resume deliveries on Tuesday.', /World Central Kitchen/));
	assert.ok(!namesEvent('Europeans said they could trigger the snapback if talks fail.', /snapback/i));
	assert.ok(namesEvent('Britain, France and Germany triggered the snapback on Thursday.', /snapback/i));
	assert.ok(!namesEvent('Putin, wanted under an ICC arrest warrant, hosted the talks.', /ICC|Criminal Court/));
	assert.ok(!namesEvent('The prosecutor sought ICC warrants for Netanyahu and Gallant.', /ICC|Criminal Court/));
	assert.ok(namesEvent('Netanyahu, subject to ICC arrest warrants, travelled to Budapest.', /ICC|Criminal Court/));
	assert.ok(!namesEvent('Zelensky came to Washington to sign the minerals deal.', /minerals/));
	assert.ok(namesEvent('Ukraine and the US signed the minerals agreement after weeks of wrangling.', /minerals/));
	assert.ok(!namesEvent('Kyiv warned of a Kakhovka dam failure in 2022.', /Kakhovka/));
	assert.ok(!namesEvent("Witkoff's bridging proposal was presented in Doha on Wednesday.", /Doha round of August/));
});

test("dated office holders pin the year: Lebanon's presidents and prime ministers, Iran's president and foreign minister", () => {
	assert.equal(dateOf('BEIRUT, March 3 (Reuters) - President Joseph Aoun received the envoy on Monday.'), '2025-03-03');
	// Michel Aoun held the office 2016-2022: the same dateline falls in his term, not Joseph Aoun's.
	assert.equal(dateOf('BEIRUT, Oct 3 (Reuters) - President Michel Aoun received the envoy on Tuesday.'), '2017-10-03');
	assert.ok(namesEvent('BEIRUT, Oct 3 (Reuters) - Prime Minister Najib Mikati said on Tuesday the talks were over.', /Mikati as Prime Minister/));
	assert.ok(namesEvent('BEIRUT, Oct 3 (Reuters) - Prime Minister Nawaf Salam said on Friday the talks were over.', /Salam as Prime Minister/));
	assert.equal(dateOf('MUSCAT, April 12 (Reuters) - Iranian Foreign Minister Abbas Araghchi met the envoy on Saturday.'), '2025-04-12');
	assert.ok(namesEvent('DUBAI, Sept 2 (Reuters) - President Masoud Pezeshkian said on Monday Iran was ready to talk.', /Pezeshkian as President/));
	// "former" holders say nothing about the date.
	assert.ok(!namesEvent('Former Prime Minister Najib Mikati said on Tuesday the talks were over.', /Mikati/));
});
