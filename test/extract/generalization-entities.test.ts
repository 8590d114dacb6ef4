import assert from 'node:assert/strict';
import {test} from 'node:test';
import {entitiesOf, mediatorNames, partyNames} from './entities-helper.js';

// Invented sentences from several negotiations: general entity rules, positive and negative.

test('a capital that is the subject of a statement is not a venue', () => {
	const e = entitiesOf('Delegations arrived in Istanbul for talks. Moscow said it was satisfied with the result. Kyiv insisted on a ceasefire. Washington has pressed both sides. Tehran rejected the terms.');
	assert.deepEqual(e.venues, ['Istanbul']);
	assert.deepEqual(entitiesOf('Talks will be held in Moscow next week, the Kremlin said.').venues, ['Moscow']);
});

test('a city that is only captured or fought over is not a venue', () => {
	assert.deepEqual(entitiesOf('Talks in Doha continued as M23 rebels who seized Goma in January held the city.').venues, ['Doha']);
	assert.deepEqual(entitiesOf('Delegations held talks in Nairobi to end the fighting in Khartoum.').venues, ['Nairobi']);
	assert.deepEqual(entitiesOf('Talks in Jeddah resumed after the fall of Wad Madani.').venues, ['Jeddah']);
	assert.deepEqual(entitiesOf('Armenian and Azerbaijani delegations met in Abu Dhabi for talks.').venues, ['Abu Dhabi']);
});

test('labelled photo captions are not read for venues', () => {
	assert.deepEqual(entitiesOf('Pictured: delegates arrive for talks in Kinshasa on Monday.').venues, []);
	assert.deepEqual(entitiesOf('Photo caption: Delegates arrive for talks in Addis Ababa on Monday.').venues, []);
	assert.deepEqual(entitiesOf('Caption: Yemeni delegates arrive for talks in Muscat.\n\nHouthi and Saudi delegations held talks in Riyadh.').venues, ['Riyadh']);
	assert.deepEqual(entitiesOf('(AP Photo/Moses Sawasawa) Talks in Goma between the sides were held.').venues, []);
});

test('a title set off by commas before an unknown name makes an acting mediator', () => {
	assert.deepEqual(mediatorNames(entitiesOf("Turkey's intelligence chief, Ibrahim Kalin, joined the mediation effort between Russia and Ukraine.")), {states: ['Turkey'], people: ['Ibrahim Kalin']});
	assert.deepEqual(mediatorNames(entitiesOf("Norway's special envoy, Tor Wennesland, shuttled between the delegations of Israel and Hamas.")), {states: ['Norway'], people: ['Tor Wennesland']});
	assert.deepEqual(mediatorNames(entitiesOf("Kenya's envoy, Daniel Mwangi, met the delegations of Ethiopia and the TPLF in Nairobi.")).people, ['Daniel Mwangi']);
	// A side's official named the same way is no mediator.
	assert.deepEqual(mediatorNames(entitiesOf("Israel's defense minister, Israel Katz, said the army would keep fighting Hamas, as talks in Doha continued.")).people, []);
});

test("a known surname that is the first name of a longer name is not that person", () => {
	const e = entitiesOf("Turkey's intelligence chief, Ibrahim Kalin, met Russian and Ukrainian delegations in Istanbul.");
	assert.ok(!mediatorNames(e).people.includes('Anwar Ibrahim'));
});

test("a side member answering the mediators' draft is a party beside its paired ally", () => {
	const e = entitiesOf('U.S. envoy Amos Hochstein met Lebanese Parliament Speaker Nabih Berri in Beirut for talks on a proposal to end the fighting between Israel and Hezbollah. Lebanese officials said they delivered their response to the U.S. draft.');
	assert.deepEqual(partyNames(e), ['Hezbollah', 'Israel', 'Lebanon']);
	assert.deepEqual(mediatorNames(e), {states: ['United States'], people: ['Amos Hochstein']});
	assert.deepEqual(partyNames(entitiesOf("Talks between Israel and Hezbollah continued. Lebanon's response to the U.S. proposal included amendments.")), ['Hezbollah', 'Israel', 'Lebanon']);
	assert.deepEqual(partyNames(entitiesOf('Talks between Israel and Hezbollah continued. Lebanese officials said the U.S. proposal was acceptable with amendments.')), ['Hezbollah', 'Israel', 'Lebanon']);
	// A mediator's officials speaking about the talks stay mediators.
	assert.deepEqual(partyNames(entitiesOf('Talks between Israel and Hamas continued in Cairo. Egyptian officials said the talks were progressing.')), ['Hamas', 'Israel']);
	// Lebanese officials who only comment on something else do not make Lebanon a side.
	assert.deepEqual(partyNames(entitiesOf('Talks between Israel and Hezbollah continued. Lebanese officials said the strikes on Beirut were unacceptable.')), ['Hezbollah', 'Israel']);
});

test("the broker's top diplomat at the signing is a mediator", () => {
	assert.deepEqual(
		mediatorNames(entitiesOf('The foreign ministers of Rwanda and Congo signed the agreement at the State Department alongside Secretary of State Marco Rubio, in a deal brokered by the Trump administration.')),
		{states: ['United States'], people: ['Marco Rubio']},
	);
	assert.deepEqual(
		mediatorNames(entitiesOf("Qatar's prime minister, Mohammed bin Abdulrahman Al Thani, presided over the signing of the Doha declaration between Congo and the M23.")),
		{states: ['Qatar'], people: ['Mohammed bin Abdulrahman Al Thani']},
	);
	// Standing alongside someone outside a signing is no act.
	assert.deepEqual(mediatorNames(entitiesOf('Netanyahu stood alongside Secretary of State Marco Rubio as he warned Hamas, while talks in Doha continued.')).people, []);
});

test('a capital opening a clause and speaking is its state, after a venue too', () => {
	assert.deepEqual(entitiesOf('Following talks in Istanbul, Moscow said it was satisfied with the result.').venues, ['Istanbul']);
	assert.deepEqual(entitiesOf('After the meeting in Doha, Washington has pressed both sides to accept.').venues, ['Doha']);
	assert.deepEqual(entitiesOf('Delegates met in Jeddah, and Khartoum later rejected the proposal.').venues, ['Jeddah']);
	// A list of venues is still a list of venues.
	assert.deepEqual(entitiesOf('Talks in Cairo, Doha and Paris were held last month.').venues, ['Cairo', 'Doha', 'Paris']);
	assert.deepEqual(entitiesOf('Moscow hosted talks between the sides.').venues, ['Moscow']);
});

test('an appositive with an abbreviation still gives the title ("the U.S. envoy")', () => {
	const e = entitiesOf('Amos Hochstein, the U.S. envoy, met Lebanese Parliament Speaker Nabih Berri in Beirut. Berri said the talks were positive.');
	assert.deepEqual(mediatorNames(e), {states: ['United States'], people: ['Amos Hochstein']});
	const u = entitiesOf('Hans Grundberg, the U.N. special envoy for Yemen, met Houthi negotiators in Muscat.');
	assert.deepEqual(mediatorNames(u).people, ['Hans Grundberg']);
});

test('a known envoy by office acting in talks mediates without a mediation word; a side official does not', () => {
	assert.deepEqual(mediatorNames(entitiesOf('Steve Witkoff met Vladimir Putin in Moscow for talks on ending the war in Ukraine.')), {states: ['United States'], people: ['Steve Witkoff']});
	assert.deepEqual(mediatorNames(entitiesOf('Hochstein met Berri in Beirut on Tuesday for talks on a ceasefire proposal.')), {states: ['United States'], people: ['Amos Hochstein']});
	assert.deepEqual(mediatorNames(entitiesOf('David Barnea met Qatari officials in Doha.')).people, []);
});

test('officials met in a city make it a venue; officials speaking there do not', () => {
	assert.deepEqual(entitiesOf('David Barnea met Qatari officials in Doha.').venues, ['Doha']);
	assert.deepEqual(entitiesOf('Witkoff held talks with Egyptian officials in Cairo on Sunday.').venues, ['Cairo']);
	assert.deepEqual(entitiesOf('Israeli officials in Jerusalem said the talks had stalled.').venues, []);
	assert.deepEqual(entitiesOf('The delegation, officials in Cairo said, would arrive Monday.').venues, []);
	assert.deepEqual(entitiesOf('Senior Hamas officials in Doha rejected the proposal.').venues, []);
});

test("sides joined through a possessive role noun pair (Ethiopia's government and Tigrayan forces agreed)", () => {
	const e = entitiesOf("PRETORIA, Nov 2 (Reuters) - Ethiopia's government and Tigrayan forces agreed on Wednesday to a permanent cessation of hostilities, the African Union said.\n\nThe African Union's envoy, Olusegun Obasanjo, said the two sides had agreed to disarmament.");
	assert.deepEqual(partyNames(e), ['Ethiopia', 'TPLF']);
	assert.equal(e.date, '2022-11-02');
	assert.deepEqual(mediatorNames(e), {states: ['African Union'], people: ['Olusegun Obasanjo']});
	// Two states merely listed are no pair.
	assert.deepEqual(partyNames(entitiesOf("Sudan's government and Egypt's army held joint drills on Monday.")), []);
});

test("a mediator's plan is a talks sentence for its usual mediators", () => {
	const e = entitiesOf('Israel and Hamas have agreed to the first phase of a U.S. plan to end the war in Gaza, Trump said.');
	assert.ok(mediatorNames(e).states.includes('United States'));
	// A state that is a side does not mediate its own plan.
	assert.deepEqual(mediatorNames(entitiesOf('Russia and Ukraine discussed a Russian plan for a ceasefire in Istanbul.')).states, []);
});
