import assert from 'node:assert/strict';
import {test} from 'node:test';
import {dateOf, dateEvidenceOf, entitiesOf, mediatorNames, namesEvent} from './entities-helper.js';
import {testObstacleCases, testTermCases} from './terms-context.js';

// Knowledge added after the misses of held-out set 10 (Lebanon, Russia-Ukraine, Sudan, Gaza, India-Pakistan).
// Invented sentences, none taken from the held-out reports, each with a near-miss where one makes sense.

test("Israel's first strike on Beirut's southern suburbs since the ceasefire dates the report after 28 March 2025", () => {
	const event = /first strike on Beirut's southern suburbs/;
	assert.ok(namesEvent('Hezbollah said on Monday that the raid, which struck the southern suburbs of Beirut for the first time since the ceasefire, was a message.', event));
	assert.ok(namesEvent("Lebanese officials said the first Israeli air strikes on the Dahiyeh since the truce had shaken the government, on Wednesday.", event));
	assert.ok(!namesEvent('Israeli jets struck the southern suburbs of Beirut on Monday, killing two people.', event));
});

test('the third round of Russia-Ukraine talks is dated even when Istanbul is not named in the phrase', () => {
	assert.equal(dateOf('Officials in Kyiv said on Friday that the third round of talks with Russian negotiators had produced a new prisoner exchange.'), '2025-07-25');
	// A third round of other talks is not the Istanbul round.
	assert.doesNotMatch(dateEvidenceOf('Iranian officials said on Saturday that the third round of talks with Washington would be held in Muscat.'), /Russia-Ukraine/);
});

test("El Fasher taken by 'fighters' or 'paramilitaries' is the RSF's capture of El Fasher", () => {
	assert.match(dateEvidenceOf('Sudanese officials said on Monday that paramilitary fighters overran el-Fasher after an 18-month siege.'), /capture of El Fasher \(2025-10-26\)/);
	assert.match(dateEvidenceOf('Aid agencies said on Monday that thousands had fled since El Fasher fell to the paramilitaries.'), /capture of El Fasher/);
	assert.doesNotMatch(dateEvidenceOf('Aid agencies said on Monday that thousands had fled towards Tawila.'), /El Fasher/);
});

test("Trump's 50-day deadline for Russia", () => {
	assert.equal(dateOf('Trump gave Putin 50 days to agree to a ceasefire, officials recalled on Tuesday.'), '2025-07-15');
	assert.doesNotMatch(dateEvidenceOf('The Gaza truce lasted 50 days before it collapsed, officials said on Tuesday.'), /50-day deadline/);
});

test('two soldiers killed in Rafah during the October 2025 ceasefire; the CMCC; "all hell to pay"', () => {
	assert.match(dateEvidenceOf('Israel resumed strikes on Sunday after two soldiers were killed in Rafah, in what it called a breach of the ceasefire.'), /two Israeli soldiers in Rafah .*2025-10-19/);
	// Without a truce in the sentence, two soldiers killed in Rafah could be any day of the war.
	assert.equal(dateOf('Two soldiers were killed in Rafah on Sunday, the army said.'), null);
	assert.match(dateEvidenceOf('Officials from 20 countries now sit at the Civil-Military Coordination Center, the army said on Friday.'), /Civil-Military Coordination Center for Gaza \(2025-10-17\)/);
	assert.equal(dateOf('Trump warned last week that there would be all hell to pay if the hostages were not freed, an aide said on Thursday.'), '2024-12-12');
});

test('"in close contact with" both sides is a mediator\'s act', () => {
	const acting = entitiesOf('Secretary of State Marco Rubio said he had been in close contact with the leaders of Thailand and Cambodia throughout the talks on a ceasefire.');
	assert.deepEqual(mediatorNames(acting).people, ['Marco Rubio']);
	assert.deepEqual(mediatorNames(entitiesOf('Marco Rubio spoke about the ceasefire between Thailand and Cambodia on Tuesday.')).people, []);
});

test('a capital accused of arming a side, or a truce announced from a capital, is no venue', () => {
	assert.deepEqual(entitiesOf('The army accused Abu Dhabi of arming the paramilitaries as the truce talks stalled.').venues, []);
	assert.deepEqual(entitiesOf('The truce was announced from Washington, and the mediators welcomed it.').venues, []);
	assert.deepEqual(entitiesOf('The envoys held talks in Abu Dhabi on the truce.').venues, ['Abu Dhabi']);
});

testTermCases([
	['The army said it would accept the deal only if the militia withdrew from the towns it had seized.', 'withdrawal', true],
	['Under the agreement, the rebels withdrew to the hills north of the river.', 'withdrawal', true],
	['The deal collapsed after the government withdrew from the talks in May.', 'withdrawal', false],
	['Tehran wants guarantees for any deal because Washington pulled out of the 2015 agreement.', 'withdrawal', false],
	['The deal says troops pulled back from the border.', 'withdrawal', true],
]);

testObstacleCases([
	// exchange-details: stalling on, or returning only some of, the captives owed
	['The militia has handed back the bodies of only three captives, and the government says it is stalling.', ['exchange-details']],
	['The bakery is stalling production of bread, the mayor said.', []],
	// humanitarian-access: a crossing kept closed until a demand is met
	['Officials said the crossing would stay closed until the remains of the captives are returned.', ['humanitarian-access']],
	['The airport would stay closed until the storm passes, officials said.', []],
	// military-operations: fighting going on a day after a deal was signed
	['Shelling continued in the valley a day after the two governments signed the peace agreement.', ['military-operations']],
	['Sales continued a day after the two firms signed the agreement.', []],
	// the title of the generals who run the hotline is no military operation
	['The Directors General of Military Operations spoke by hotline again on Monday, New Delhi said.', []],
]);
