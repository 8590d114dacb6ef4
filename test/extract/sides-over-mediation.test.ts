import assert from 'node:assert/strict';
import {test} from 'node:test';
import {entitiesOf, mediatorNames, partyNames} from './entities-helper.js';

// Invented reports: a state that usually mediates one negotiation (the US between Israel and Iran) is a side of
// another against the same opponent (US-Iran nuclear talks); the report's own talks decide which.

test('"X and Y concluded today, Saturday, a round of talks" pairs the two sides, a day named after the verb or before it', () => {
	const text = "Iran and the United States concluded today, Saturday, a third round of indirect talks in Muscat. Israel has threatened to strike Iran's nuclear sites if the negotiations fail, and Israeli officials said the talks would not stop them.";
	assert.deepEqual(partyNames(entitiesOf(text)), ['Iran', 'Israel', 'United States']);
	assert.deepEqual(mediatorNames(entitiesOf(text)).states, []);
	const before = 'Armenia and Azerbaijan on Tuesday concluded a new round of talks on the peace treaty in Abu Dhabi, officials said.';
	assert.deepEqual(partyNames(entitiesOf(before)), ['Armenia', 'Azerbaijan']);
});

test('named with the opponent in more talks sentences than the other negotiation\'s side, a usual mediator is a side', () => {
	const text = "US envoy Steve Witkoff met Iranian Foreign Minister Abbas Araghchi in Muscat for nuclear talks on Saturday. Iran wants sanctions relief in the talks, and the United States wants zero enrichment in any deal. Israel has threatened to strike Iran's nuclear sites if the negotiations fail. Iran said the US demands in the talks were unacceptable.";
	const e = entitiesOf(text);
	assert.ok(partyNames(e).includes('United States'));
	assert.deepEqual(mediatorNames(e), {states: [], people: []});
});

test('a usual mediator called one, or one of a further negotiation the report names, stays a mediator', () => {
	const brokered = 'Qatar and the United States, which brokered the truce, pressed Israel and Iran to keep the ceasefire in talks on Saturday. Iran said it would not negotiate while under attack. Israel said the talks could go on. The United States also raised sanctions on Iran in the talks.';
	assert.deepEqual(mediatorNames(entitiesOf(brokered)).states, ['Qatar', 'United States']);
	assert.ok(!partyNames(entitiesOf(brokered)).includes('United States'));
	const gaza = "Egyptian and Qatari mediators pressed Israel and Hamas to agree to a ceasefire in Gaza in talks in Cairo. The United States said in the talks that Iran must stop arming Hamas. Iran dismissed the talks. The United States and Qatar also discussed Iran's nuclear programme in the talks.";
	assert.ok(mediatorNames(entitiesOf(gaza)).states.includes('United States'));
	assert.ok(!partyNames(entitiesOf(gaza)).includes('United States'));
});
