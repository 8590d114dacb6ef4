import assert from 'node:assert/strict';
import {test} from 'node:test';
import {entitiesOf, mediatorNames, partyNames} from './entities-helper.js';

test('the usual mediators of a negotiation are mediators, its sides are parties', () => {
	const e = entitiesOf(
		'Qatari and Egyptian mediators met Hamas negotiators in Cairo on Monday.\nCIA Director William Burns was in Doha to discuss the proposal with Israel\'s Mossad chief David Barnea.',
	);
	assert.deepEqual(mediatorNames(e), {states: ['Egypt', 'Qatar', 'United States'], people: ['William Burns']});
	assert.deepEqual(partyNames(e), ['Hamas', 'Israel']);
	assert.deepEqual(e.parties.find((p) => p.name === 'Israel')?.negotiators, ['David Barnea']);
});

test('the United States is a party, not a mediator, in US-Iran talks', () => {
	const e = entitiesOf('Talks between the United States and Iran, mediated by Oman, resumed in Rome.\nUS envoy Steve Witkoff met Iranian Foreign Minister Abbas Araghchi for three hours.');
	assert.deepEqual(partyNames(e), ['Iran', 'United States']);
	assert.deepEqual(mediatorNames(e), {states: ['Oman'], people: []});
	assert.deepEqual(e.parties.find((p) => p.name === 'United States')?.negotiators, ['Steve Witkoff']);
});

test('a spokesman is neither mediator nor negotiator', () => {
	const e = entitiesOf(
		'The State Department spokesman Matthew Miller told reporters the talks in Doha were constructive.\nA Qatari spokesman, Ahmed Khalil, said mediators met Israeli and Hamas delegations.',
	);
	assert.ok(!e.mediators.some((m) => m.type === 'person'), JSON.stringify(e.mediators));
});

test('an unknown mediator is found through a role cue', () => {
	const e = entitiesOf(
		'Talks between Armenia and Azerbaijan resumed in Abu Dhabi. The Emirati mediator, Khalid Al Mansouri, met both delegations on Tuesday.',
	);
	assert.ok(mediatorNames(e).people.includes('Khalid Al Mansouri'), JSON.stringify(e.mediators));
	assert.deepEqual(partyNames(e), ['Armenia', 'Azerbaijan']);
	assert.equal(e.mediators.find((m) => m.name === 'Khalid Al Mansouri')?.country, 'United Arab Emirates');
});

test('a person the text calls a mediator brings their state in', () => {
	const e = entitiesOf('Ukraine and Russia held talks in Istanbul. Turkish President Recep Tayyip Erdogan, who became a mediator, opened the session.');
	assert.deepEqual(mediatorNames(e), {states: ['Turkey'], people: ['Recep Tayyip Erdogan']});
	assert.deepEqual(partyNames(e), ['Russia', 'Ukraine']);
});

test('a later surname resolves to the full name, and party leaders who only comment are not mediators', () => {
	const e = entitiesOf(
		'Egypt\'s intelligence chief Abbas Kamel hosted talks between Israel and Hamas in Cairo.\nKamel met the Hamas delegation again on Sunday.\nPresident Joe Biden said he hoped for a deal soon.',
	);
	const kamel = e.mediators.find((m) => m.name === 'Abbas Kamel');
	assert.ok(kamel, JSON.stringify(e.mediators));
	assert.equal(kamel.evidence.length, 2);
	assert.ok(!mediatorNames(e).people.includes('Joe Biden'));
});

test('sides come from "X-Y talks" with capitals standing for states', () => {
	const e = entitiesOf('The Kinshasa-M23 talks opened in Doha under Qatari mediation.');
	assert.deepEqual(partyNames(e), ['Democratic Republic of the Congo', 'M23']);
	assert.deepEqual(mediatorNames(e).states, ['Qatar']);
	assert.deepEqual(e.venues, ['Doha']);
});

test('every mediator and party carries evidence from the text', () => {
	const text = 'Saudi Arabia and the United States brokered talks between the Sudanese army and the Rapid Support Forces in Jeddah.';
	const e = entitiesOf(text);
	assert.ok(e.mediators.length && e.parties.length);
	for (const fact of [...e.mediators, ...e.parties]) {
		assert.ok(fact.evidence.length, fact.name);
		for (const ev of fact.evidence) assert.equal(text.slice(ev.start, ev.end), ev.text);
	}
});

test('a negotiation outside the Middle East: Thailand and Cambodia in Malaysia', () => {
	const e = entitiesOf('Thailand and Cambodia agreed to a ceasefire on Monday after talks in Putrajaya hosted by Malaysian Prime Minister Anwar Ibrahim.\nA Thai army spokesman said the border was calm.');
	assert.deepEqual(partyNames(e), ['Cambodia', 'Thailand']);
	assert.deepEqual(mediatorNames(e), {states: ['Malaysia'], people: ['Anwar Ibrahim']});
	assert.deepEqual(e.venues, ['Putrajaya']);
});

test('an em dash after a city is not a hyphenated pair', () => {
	const e = entitiesOf('Iran offered not to retaliate for the strike on its consulate in Damascus—if Israel agrees to a ceasefire with Hamas in the Cairo talks.');
	assert.ok(!partyNames(e).includes('Syria'), partyNames(e).join());
});

test('sides knowledge lacks come from pair evidence; a usual mediator talking to a side stays a mediator', () => {
	const e = entitiesOf('Talks between the Colombian government and the EMC resumed in Caracas with Norwegian mediators.');
	assert.deepEqual(partyNames(e), ['Colombia', 'EMC']);
	assert.deepEqual(mediatorNames(e).states, ['Norway']);
	const g = entitiesOf('A meeting between Qatar and Hamas in Doha discussed the ceasefire proposal with Israel.');
	assert.ok(!partyNames(g).includes('Qatar'), partyNames(g).join());
});

test('an envoy named in a talks sentence is acting even without a meeting verb', () => {
	const e = entitiesOf('Israel and Hamas remain apart on the ceasefire proposal, US envoy Steve Witkoff said, adding that Qatar and Egypt were pressing Hamas.');
	assert.ok(mediatorNames(e).people.includes('Steve Witkoff'), JSON.stringify(e.mediators));
	const f = entitiesOf('Israel and Hamas remain apart on the ceasefire proposal, said Donald Trump, adding that Qatar and Egypt were pressing Hamas.');
	assert.ok(!mediatorNames(f).people.includes('Donald Trump'), JSON.stringify(f.mediators));
});

test('an envoy from a state that is not a side mediates; an envoy from a side negotiates', () => {
	const e = entitiesOf('Talks between Serbia and Kosovo resumed in Brussels. Norwegian envoy Kari Nordmann met both delegations on Tuesday.');
	assert.ok(mediatorNames(e).people.includes('Kari Nordmann'), JSON.stringify(e.mediators));
	assert.ok(mediatorNames(e).states.includes('Norway'));
	const f = entitiesOf('Talks between Russia and Ukraine resumed in Istanbul. Russian envoy Ivan Petrov met the Ukrainian delegation on Tuesday.');
	assert.ok(!mediatorNames(f).people.includes('Ivan Petrov'));
	assert.deepEqual(f.parties.find((p) => p.name === 'Russia')?.negotiators, ['Ivan Petrov']);
});

test('a state named far from the mediation cue, as a source, is not a mediator', () => {
	const e = entitiesOf('Talks mediated by Qatar between Israel and Hamas made progress in Doha on the hostage file and the withdrawal maps, according to a report in a Saudi newspaper.');
	assert.deepEqual(mediatorNames(e).states, ['Qatar']);
});

test('a minor member of a side without pair evidence stays out', () => {
	const e = entitiesOf('Hamas officials met Egyptian mediators in Cairo to discuss the Israeli proposal.\nHamas said the ceasefire talks with Israel were serious.\nHamas and Islamic Jihad fighters clashed with Israeli troops in Khan Younis.');
	assert.deepEqual(partyNames(e), ['Hamas', 'Israel']);
});

test('an unknown negotiator named with a possessive keeps the bare name', () => {
	const e = entitiesOf('Talks between Armenia and Azerbaijan resumed in Abu Dhabi. The Emirati mediator, Khalid Al Mansouri, met both delegations.\nMansouri\'s proposal was discussed on Tuesday.');
	assert.ok(mediatorNames(e).people.includes('Khalid Al Mansouri'), JSON.stringify(e.mediators));
	assert.ok(!mediatorNames(e).people.some((p) => p.endsWith("'s")));
});

test('officials of a mediating organisation who chair or attend the talks are mediators', () => {
	const chaired = mediatorNames(entitiesOf('Diplomats from Iran and the United States returned to Vienna on Thursday, with Enrique Mora chairing the session of the remaining parties to the nuclear deal.', {date: '2022-08-04'}));
	assert.ok(chaired.people.includes('Enrique Mora'), JSON.stringify(chaired));
	const attended = mediatorNames(entitiesOf('Military officers and rebel commanders from Myanmar met in Kunming on Tuesday; Deng Xijun, Beijing\'s envoy, attended the talks.', {date: '2024-03-05'}));
	assert.ok(attended.people.includes('Deng Xijun'), JSON.stringify(attended));
	const hosted = mediatorNames(entitiesOf('Josep Borrell hosted Serbian and Kosovar leaders in Brussels for another round of talks on normalisation.', {date: '2023-02-27'}));
	assert.ok(hosted.people.includes('Josep Borrell') && hosted.states.includes('European Union'), JSON.stringify(hosted));
});

test('a former head of state mediating for an organisation does not bring in their own state', () => {
	const e = mediatorNames(entitiesOf('Ethiopian and Tigrayan commanders met in Addis Ababa for talks with former Kenyan President Uhuru Kenyatta, one of the African Union mediators.', {date: '2022-12-01'}));
	assert.ok(e.people.includes('Uhuru Kenyatta'), JSON.stringify(e));
	assert.ok(!e.states.includes('Kenya'), JSON.stringify(e));
});

test('an organisation official only commenting on talks is not a mediator', () => {
	const e = mediatorNames(entitiesOf('Kaja Kallas said the talks between Serbia and Kosovo in Brussels were a step in the right direction.', {date: '2025-03-01'}));
	assert.ok(!e.people.includes('Kaja Kallas'), JSON.stringify(e));
});
