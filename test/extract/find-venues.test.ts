import assert from 'node:assert/strict';
import {test} from 'node:test';
import {entitiesOf} from './entities-helper.js';

test('a city where talks are held, resumed or scheduled is a venue', () => {
	assert.deepEqual(entitiesOf('Negotiations between Sudan\'s army and the RSF resumed in Jeddah on Sunday.').venues, ['Jeddah']);
	assert.deepEqual(entitiesOf('Senior officials will reconvene in Geneva next week.').venues, ['Geneva']);
	assert.deepEqual(entitiesOf('The Istanbul round ended without a deal.').venues, ['Istanbul']);
	assert.deepEqual(entitiesOf('The envoy was in Muscat to meet the Iranian delegation.').venues, ['Muscat']);
	assert.deepEqual(entitiesOf('Ukrainian negotiators went to Riyadh and Abu Dhabi to discuss a prisoner swap.').venues, ['Riyadh', 'Abu Dhabi']);
	assert.deepEqual(entitiesOf('The AU envoy is currently in Addis Ababa, where the two delegations are negotiating.').venues, ['Addis Ababa']);
});

test('a city that is only the site of a strike, rally, briefing or killing is not a venue', () => {
	assert.deepEqual(entitiesOf('A Russian drone strike on Kyiv killed three people.').venues, []);
	assert.deepEqual(entitiesOf('Protesters rallied in Tehran against the nuclear talks.').venues, []);
	assert.deepEqual(entitiesOf('The spokesman spoke at a press conference in Beirut about the ceasefire talks.').venues, []);
	assert.deepEqual(entitiesOf('The commander was killed in an airstrike in Damascus.').venues, []);
});

test('a capital used for its state is not a venue', () => {
	assert.deepEqual(entitiesOf('Cairo, Doha and Washington are mediating between Israel and Hamas.').venues, []);
	assert.deepEqual(entitiesOf('The Kyiv-Moscow talks broke off after three hours.').venues, []);
	assert.deepEqual(entitiesOf('Washington has pressed Kinshasa to reach a deal.').venues, []);
});

test('captions and datelines do not make venues', () => {
	const text = 'Iran\'s president meets with a Hamas leader, in Doha, Qatar, on Oct. 2, 2024.\nWest Asia News Agency via Reuters\nQatar said it would stop mediating.';
	assert.deepEqual(entitiesOf(text).venues, []);
	assert.deepEqual(entitiesOf('KABUL: Afghan elders met to discuss the war.').venues, []);
});

test('a headline kept apart from the text adds the venues it names', () => {
	const e = entitiesOf('A new round of peace talks between the Taliban and the US got under way in Qatar on Wednesday.', {title: 'New round of US-Taliban talks in Doha'});
	assert.deepEqual(e.venues, ['Doha']);
});

test('a city knowledge lacks is a venue when a talks cue governs it and it is recognised as a place', () => {
	assert.deepEqual(entitiesOf('The talks were held in Montreux, Switzerland, on Monday.').venues, ['Montreux']);
	assert.deepEqual(entitiesOf('The two delegations arrived in Tashkent for talks.').venues, ['Tashkent']);
	assert.deepEqual(entitiesOf('Negotiations in Darfur collapsed.').venues, []);
	assert.deepEqual(entitiesOf('Talks resumed in March after a pause.').venues, []);
});

test('"rallied in Tehran against the talks" does not make Tehran a venue', () => {
	assert.deepEqual(entitiesOf('Protesters rallied in Tehran against the talks.').venues, []);
	assert.deepEqual(entitiesOf('The Doha cease-fire talks resumed.').venues, ['Doha']);
});
test("a capitalised talks noun in a headline", () => { assert.deepEqual(entitiesOf("New Round of Doha Talks Opens").venues, ["Doha"]); });

test('"the Qatari capital" is Doha, and a city that hosts talks is a venue', () => {
	assert.deepEqual(entitiesOf('Negotiators resumed talks in the Qatari capital on Sunday.').venues, ['Doha']);
	assert.deepEqual(entitiesOf('Muscat hosted the first round between Iran and the United States.').venues, ['Muscat']);
	assert.deepEqual(entitiesOf('An airstrike hit the Lebanese capital overnight.').venues, []);
});

test('a city inside an organisation\'s or a paper\'s name is not a venue', () => {
	assert.deepEqual(entitiesOf('The sides agreed to resume talks under the auspices of the Paris Club on debt relief.').venues, []);
	assert.deepEqual(entitiesOf('Mediators from the OSCE Minsk Group met the foreign ministers in Geneva.').venues, ['Geneva']);
	assert.deepEqual(entitiesOf('Negotiators told the Jerusalem Post that the talks had stalled.').venues, []);
});

test('a city naming a facility that is on the table is not a venue', () => {
	assert.deepEqual(entitiesOf('The negotiators discussed reopening Aden airport to commercial flights.').venues, []);
	assert.deepEqual(entitiesOf('Talks on reopening Luanda port were held in Kinshasa.').venues, ['Kinshasa']);
});

test('a capital doing what states do (proposing, quitting, negotiating) is its state', () => {
	assert.deepEqual(entitiesOf('The envoys met in Geneva, while Moscow proposed a new round of prisoner exchanges.').venues, ['Geneva']);
	assert.deepEqual(entitiesOf('Iran resumed enrichment after Washington quit the nuclear deal.').venues, []);
	assert.deepEqual(entitiesOf('Kigali has demanded that Kinshasa negotiate with the rebels.').venues, []);
});

test('a document initialled in a city makes it a venue', () => {
	assert.deepEqual(entitiesOf('The two generals initialled the framework in Addis Ababa in the presence of the AU envoy.').venues, ['Addis Ababa']);
});

test('"the <demonym> capital" is the dateline\'s city when the demonym is that city\'s country', () => {
	assert.deepEqual(entitiesOf('LUSAKA, May 3 (Reuters) - The two sides signed the accord in the Zambian capital under the mediation of the AU.').venues, ['Lusaka']);
	assert.deepEqual(entitiesOf('LUSAKA, May 3 (Reuters) - The two sides signed the accord in the Kenyan capital on Tuesday.').venues, ['Nairobi']);
});

test('officials met "between" two sides are the people met: their city is a venue', () => {
	const venues = (t: string) => (entitiesOf(t) as {venues: string[]}).venues;
	assert.deepEqual(venues('Negotiators held two days of talks between Sudanese and Emirati officials in the Swiss city of Geneva last week.'), ['Geneva']);
	// Officials who only speak somewhere are no meeting.
	assert.deepEqual(venues('Officials in Geneva said the talks between the two sides would resume next month.'), []);
});

// Invented sentences: where a quoted source or the people of a place are is not where talks are.
test('the city of an analyst, expert or residents quoted beside talk words is not a venue', () => {
	for (const text of [
		'"Whenever the delegations meet, the front line moves," said a Yemeni analyst in Muscat.',
		'Negotiators are still far apart, according to experts in Geneva who follow the talks.',
		'Residents in Kharkiv said they no longer follow the negotiations.',
		'The truce talks must oblige fighters to leave homes and hospitals in Omdurman, the army said.',
	]) assert.deepEqual(entitiesOf(text).venues, [], text);
});

test('a framework drafted or drawn up in a city makes it a venue', () => {
	assert.deepEqual(entitiesOf('A framework drawn up in Rome in April by the four intelligence chiefs remains the basis of the talks.').venues, ['Rome']);
	assert.deepEqual(entitiesOf('The text, drafted in Geneva by the two delegations, was sent to both capitals.').venues, ['Geneva']);
});

// Invented sentences for the heldout8 venue families: a meeting said to have just taken place in the
// city, an envoy who "was in" it, the next cycle of talks, an economic forum, the authorities "in" a capital.
test('a city followed by "after a meeting" or "following talks" is where they were held', () => {
	assert.deepEqual(entitiesOf('The minister spoke to reporters in Nairobi after a meeting with the rebel envoys.').venues, ['Nairobi']);
	assert.deepEqual(entitiesOf('The foreign minister flew home from Oslo following two days of talks.').venues, ['Oslo']);
	assert.deepEqual(entitiesOf('Protesters rallied in Nairobi after talks in Kampala collapsed.').venues, ['Kampala']);
});

test('an envoy in a city, and the next cycle of talks there, make it a venue', () => {
	assert.deepEqual(entitiesOf('The special envoy for the region, who is handling the file, was in Nairobi for the second time this month.').venues, ['Nairobi']);
	assert.deepEqual(entitiesOf('The next cycle is expected to take place in Oslo, according to the joint statement.').venues, ['Oslo']);
});

test('an economic forum and the authorities of a capital do not make a venue', () => {
	assert.deepEqual(entitiesOf('Speaking at an economic forum meeting in Geneva, the minister urged the rebels to accept the offer.').venues, []);
	assert.deepEqual(entitiesOf('The mediator said the accord followed contacts with the government and the relevant authorities in Kabul.').venues, []);
	assert.deepEqual(entitiesOf('The envoy met the authorities in Kabul on Monday to discuss the truce.').venues, ['Kabul']);
});
