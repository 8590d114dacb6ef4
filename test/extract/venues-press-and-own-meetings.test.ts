import assert from 'node:assert/strict';
import {test} from 'node:test';
import {entitiesOf} from './entities-helper.js';

// Invented sentences: where a negotiator briefs the press, where one side's own body meets, and a capital accused of
// something are not where talks are held; the same cities under a talks cue still are.

const venues = (text: string) => entitiesOf(text).venues;

test('a press briefing before the city outweighs "after the meeting" after it', () => {
	assert.deepEqual(venues('The Ukrainian negotiator told reporters in Kyiv after the meeting that the draft needed work.'), []);
	assert.deepEqual(venues('"We are close," the AU envoy said at a news conference in Addis Ababa following the talks.'), []);
	// The talks held in the city where the press is briefed still make it a venue.
	assert.deepEqual(venues('The AU envoy told reporters in Nairobi, where the talks were held over five days, that both sides had signed.'), ['Nairobi']);
	assert.deepEqual(venues('The negotiators met in Kyiv after the meeting in Istanbul.'), ['Kyiv', 'Istanbul']);
	// A meeting first named after the city ("after talks with", "after a meeting with") is taken to be held there.
	assert.deepEqual(venues('The Ukrainian negotiator told reporters in Kyiv after talks with the Russian delegation.'), ['Kyiv']);
});

test("one side's own council or cabinet meeting is no talks", () => {
	assert.deepEqual(venues("The government's Security and Defence Council said after a meeting in Khartoum that it would study the truce proposal."), []);
	assert.deepEqual(venues('The cabinet met in Kinshasa on Monday to discuss the draft accord.'), []);
	assert.deepEqual(venues('The two delegations met in Kinshasa on Monday to discuss the draft accord.'), ['Kinshasa']);
});

test('a capital accused of something stands for its state', () => {
	assert.deepEqual(venues('Kinshasa has long objected to the mediation, accusing Kigali of backing the rebels.'), []);
	assert.deepEqual(venues('The mediation moved to Kigali, where the rebels were accused of stalling.'), ['Kigali']);
});

test('a city named after a saint keeps its "St." or "Saint"', () => {
	assert.deepEqual(venues('The envoy held talks with the president in St. Petersburg on Friday.'), ['St. Petersburg']);
	assert.deepEqual(venues('The two delegations met in Saint-Louis to discuss the draft accord.'), ['Saint-Louis']);
	// Near miss: a street named after a saint is no city under a talks cue.
	assert.deepEqual(venues('Protesters gathered on St. Mark Street before the talks.'), []);
});

test('a capital as the object of blame or pressure, or in "neither ... nor", is its state', () => {
	assert.deepEqual(venues('The envoy rejected attempts to put all the blame on Kigali for the collapse of the talks.'), []);
	assert.deepEqual(venues('Neither Paris nor Washington had a hand in the text the two leaders signed.'), []);
	// Near miss: talks held in the capital.
	assert.deepEqual(venues('The two delegations held talks in Kigali on Monday.'), ['Kigali']);
});

test('a city describing a person, a negotiator returning home, a museum named after a city', () => {
	assert.deepEqual(venues('"They can sign a truce in a night," said one Khartoum analyst of the talks.'), []);
	assert.deepEqual(venues('The chief negotiator has returned to Tehran for consultations on the draft.'), []);
	assert.deepEqual(venues('Families of hostages gathered outside the Tel Aviv Museum of Art as the talks went on.'), []);
	// Near misses: talks that move to a city, and consultations held there with the other side.
	assert.deepEqual(venues('The talks returned to Doha on Monday, with both delegations present.'), ['Doha']);
	assert.deepEqual(venues('The envoys held consultations with both delegations in Tehran.'), ['Tehran']);
});
