import assert from 'node:assert/strict';
import {test} from 'node:test';
import {dateEvidenceOf, dateOf, namesEvent} from './entities-helper.js';

// Invented sentences: more ways journalists name the dated events of the Gaza, Lebanon and Iran files
// (active voice, appositives, "Jan. 19" / "19 January"), and date clues that are not events:
// a yearless "Wed 25 Dec" header, "the 20th of this month", "the November 2024 ceasefire", "yesterday".


test('a leader killed, in active voice, with an appositive, or "since X was killed"; not his brother, not a threat', () => {
	const sinwar = /killing of Yahya Sinwar/;
	assert.ok(namesEvent('The talks were the first since Israeli troops killed Hamas chief Yahya al-Sinwar in Rafah, officials said on Sunday.', sinwar));
	assert.ok(namesEvent("Officials said on Sunday that al-Sinwar's assassination had changed Hamas's calculations.", sinwar));
	assert.ok(namesEvent('Yahya Sinwar, the architect of the attack, was killed in a chance encounter, the army said on Sunday.', sinwar));
	assert.ok(!namesEvent('Mohammed Sinwar was killed in an air strike on a hospital, the army said on Sunday.', sinwar));
	assert.ok(namesEvent('Mohammed Sinwar was killed in an air strike on a hospital, the army said on Sunday.', /killing of Mohammed Sinwar/));
	assert.ok(!namesEvent('Ministers vowed to kill Sinwar wherever he hid, the radio said on Sunday.', sinwar));
	const haniyeh = /killing of Ismail Haniyeh/;
	assert.ok(namesEvent('Tehran has vowed revenge since Haniyeh was assassinated in a guesthouse, diplomats said on Monday.', haniyeh));
	assert.ok(namesEvent('Iran has promised to avenge the killings late last month of political chief Ismail Haniyeh and of a Hezbollah commander.', haniyeh));
	assert.ok(namesEvent("Nasrallah's assassination left the group without a leader, a Lebanese minister said on Monday.", /killing of Hassan Nasrallah/));
});

test('Israel striking Iran, however the strike is worded; "yesterday" next to it dates the report the day after', () => {
	// Three Israeli strikes on Iran fit the words (April 2024, October 2024, June 2025); "today, Sunday" picks the one a day before a Sunday.
	assert.equal(dateOf('Mediators met today, Sunday, in Cairo, a day after Israeli warplanes struck military sites in Iran at dawn yesterday, Saturday, in response to an Iranian missile barrage.'), '2024-10-27');
	assert.ok(namesEvent("Oil prices rose after Israel's retaliatory strikes on Iran, traders said on Monday.", /Israel's strikes on Iran/));
	assert.ok(!namesEvent('Israel said on Monday it could strike Iran if talks failed.', /Israel's strike/));
});

test('the January 2025 Gaza ceasefire and the October 2025 one, with the date written "Jan. 19", "19 January", "Oct. 10"', () => {
	const jan = /start of the January 2025 Gaza ceasefire/;
	assert.ok(namesEvent('In the first phase of the deal, which took effect Jan. 19, Hamas has released 18 hostages, officials said on Monday.', jan));
	assert.ok(namesEvent('Since the 19 January ceasefire, aid trucks have entered Gaza daily, the UN said on Monday.', jan));
	assert.ok(namesEvent('Israeli troops have stayed in the buffer zone since the ceasefire that began on Oct. 10 in Gaza, the army said on Monday.', /start of the October 2025 Gaza ceasefire/));
	assert.ok(namesEvent('Israel broke the truce on 18 March with a wave of strikes across Gaza, the health ministry said on Monday.', /resumption of the Gaza war/));
});

test("Israel's strike on Hamas's negotiators in Doha and the Arab-Islamic summit that followed", () => {
	const doha = /strike on Hamas leaders in Doha/;
	assert.ok(namesEvent("Mediation has been frozen since the Israeli strike on Hamas's negotiators in Doha, officials said on Monday.", doha));
	assert.ok(namesEvent("Leaders condemned Israel's air strike on the Qatari capital at the meeting on Monday.", doha));
	assert.ok(!namesEvent("Iran's missile attack on a US base in Qatar caused no casualties, officials said on Monday.", doha));
	// An emergency summit named with the day it meets: that Monday.
	assert.equal(dateOf('Arab and Muslim leaders gathered in Doha on Monday for an emergency summit. Talks have been frozen since the Israeli strike on Hamas officials in Doha.'), '2025-09-15');
});

test("the first phase of Trump's plan signed in Sharm el-Sheikh; the resort alone is no signing", () => {
	assert.equal(dateOf('The two delegations signed today, Thursday, in Sharm el-Sheikh the agreement on the first phase of the plan to end the war in Gaza.'), '2025-10-09');
	assert.ok(!namesEvent('Tourists returned to the beaches of Sharm el-Sheikh on Thursday, hotel owners said.', /signing of the first phase/));
});

test('Lebanon 2025: the working groups and five detainees, the cabinet decision on arms', () => {
	assert.ok(namesEvent('Israel said on Tuesday it would release five Lebanese prisoners after the meeting in Naqoura.', /five Lebanese detainees/));
	assert.ok(namesEvent('The envoy praised the government’s decision to monopolize weapons on Monday, a statement said.', /cabinet's decision on a state monopoly of arms/));
	// "Earlier this month" before the event: the report is in the event's month, after it.
	assert.ok(namesEvent('Earlier this month the cabinet asked the army to prepare a plan to put all weapons under state control, Lebanese officials said on Monday.', /earlier the same month/));
});

test('a month and year named without a day bounds the report from below; alone it dates nothing', () => {
	// A yearless dateline takes its year from the month-year clue (the earliest it allows).
	assert.equal(dateOf('BEIRUT, Jan 14 (Reuters) - Israeli strikes continued in breach of the November 2024 ceasefire, officials said.'), '2025-01-14');
	assert.equal(dateOf('BEIRUT, Jan 14 (Reuters) - Israeli strikes continued in breach of the ceasefire, officials said.'), null);
	assert.equal(dateOf('Strikes have continued since March 2025, officials said on Tuesday.'), null);
	// A day before the month makes it a full date, not a month.
	assert.ok(!/in or after/.test(dateEvidenceOf('The envoys met on 3 March 2025 in Geneva, officials said on Tuesday.')));
});

test('"the 20th of this month" puts the report later in the month than its other clues alone would', () => {
	// After Haniyeh's killing (31 July 2024) the nearest Friday is 2 August; "the 20th of this month" moves it past the 20th.
	const text = 'Hamas officials said today, Friday, that the talks had been frozen since the killing of Ismail Haniyeh in Tehran. An Israeli strike on the 20th of this month killed two more commanders in Khan Younis.';
	assert.equal(dateOf(text), '2024-08-23');
	assert.equal(dateOf(text.replace(' on the 20th of this month', '')), '2024-08-02');
});

test('a short yearless header with a weekday and a day and month is the report\'s day; the weekday picks the year', () => {
	const body = 'Negotiators met again in Doha on Thursday, hoping to close the gaps on the hostage list.';
	// 13 February was a Thursday in 2025 (and 2020): the latest such year not after today.
	assert.equal(dateOf(`Gaza talks live\n\nThu 13 Feb\n\n${body}`), '2025-02-13');
	assert.equal(dateOf(`Gaza talks live\n\nThursday, Feb. 13\n\n${body}`), '2025-02-13');
	// 10 May was a Friday in 2024 and 2019; "President Joe Biden" keeps 2024.
	assert.equal(dateOf('Live: ceasefire talks\n\nFri 10 May\n\nPresident Joe Biden said on Friday that a deal was close.'), '2024-05-10');
	// A weekday and date inside a sentence are not a header.
	assert.equal(dateOf('Gaza talks live\n\nThe next round is set for Thursday 13 February, officials said.'), null);
});

test("Iran's 2024 attacks on Israel: drones and missiles in April, ballistic missiles in October", () => {
	assert.ok(namesEvent("Israel weighed its answer to Iran's unprecedented drone and missile attack on Israel, officials said on Monday.", /drone and missile attack on Israel/));
	// A bare "Iranian missile attack" is either one; "at the beginning of the month" is October's.
	assert.ok(namesEvent('Israel struck back on Saturday in response to the Iranian missile attack at the beginning of the month.', /Iran's October 1 missile attack/));
	assert.ok(!namesEvent('Iran could launch a missile attack on Israel, officials warned on Monday.', /Iran's October 1 missile attack|drone and missile attack/));
});

test('Gaza 2024-25: Paris, Philadelphi, the first release, the Bibas bodies, the aid halt, the last living hostages', () => {
	assert.ok(namesEvent('The Paris framework, drawn up by the spy chiefs, was the basis of the talks on Gaza, officials said on Monday.', /Paris/));
	assert.ok(namesEvent('Israel took "operational control" of the Philadelphi corridor, the army said on Thursday.', /Philadelphi corridor/));
	assert.ok(namesEvent('Emily Damari, Romi Gonen and Doron Steinbrecher were released on Sunday under the deal.', /first release of the January 2025 ceasefire/));
	assert.ok(namesEvent('Israelis lined the roads as the bodies of Shiri Bibas and her two sons were returned, officials said on Thursday.', /Bibas family bodies/));
	assert.ok(namesEvent('Israel has blocked all aid from entering Gaza since early March, the UN said on Tuesday.', /halt of all aid/));
	assert.ok(!namesEvent('Aid trucks entered Gaza in March 2024, the UN said on Tuesday.', /halt of all aid/));
	assert.ok(namesEvent('Crowds cheered the release of the last 20 living hostages on Monday.', /last 20 living hostages/));
	assert.ok(namesEvent("Hamas's response to Trump's 20-point plan accepted the release of all hostages, mediators said on Saturday.", /response to Trump's 20-point plan/));
});

test('dated office holders give a yearless dateline its year: Hezbollah\'s leader, the US envoy for Syria and Lebanon', () => {
	// Naim Qassem leads Hezbollah from 29 October 2024: the earliest 3 December he allows is 2024's.
	assert.equal(dateOf('BEIRUT, Dec 3 (Reuters) - Hezbollah Secretary-General Naim Qassem said the group would abide by the truce.'), '2024-12-03');
	// Tom Barrack is the US envoy from May 2025.
	assert.equal(dateOf('BEIRUT, Jul 7 (Reuters) - US envoy Tom Barrack said he was satisfied with Lebanon\'s response.'), '2025-07-07');
});
