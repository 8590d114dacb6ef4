import assert from 'node:assert/strict';
import {test} from 'node:test';
import {extractObstacles} from '../../source/core/extract/extract-obstacles.js';
import {extractTerms} from '../../source/core/extract/extract-terms.js';
import {entitiesOf, mediatorNames, partyNames} from './entities-helper.js';
import {contextOf} from './terms-context.js';

// Rules for generalisation beyond the tuning corpus: capitals that are only talked about,
// allies and leaders who comment, backers, generic armed-forces phrases, defunct bodies.

test('a capital that is only talked about, or the subject of a reported clause, is not a venue', () => {
	const e = entitiesOf(
		'Armenian and Azerbaijani negotiators met in Abu Dhabi on Monday. Pashinyan\'s chief of staff said Baku was still blocking the text, and diplomats said the corridor Yerevan controls remains disputed.',
	);
	assert.deepEqual(e.venues, ['Abu Dhabi']);
	// The positive case stays: a preposition that governs the city.
	assert.deepEqual(entitiesOf('Talks between Armenia and Azerbaijan in Baku will resume on Friday.').venues, ['Baku']);
	// A sentence-opening "In Doha," governs the city: the name that follows is the subject, not the city.
	const opening = entitiesOf('Talks resumed on Monday. In Doha, Witkoff was expected to meet Qatari and Hamas officials.');
	assert.ok(opening.venueMentions.every((v) => v.status !== 'metonym'), JSON.stringify(opening.venueMentions));
});

test('a leader meeting one side\'s leader as a pair is not a mediator; one who hosts is', () => {
	const bilateral = entitiesOf(
		'Turkish officials mediated the talks between Russia and Ukraine in Istanbul. A European diplomat said nothing would move until President Donald Trump and Vladimir Putin met in person.',
	);
	assert.ok(!mediatorNames(bilateral).people.includes('Donald Trump'), JSON.stringify(bilateral.mediators));
	const host = entitiesOf('President Donald Trump hosted talks between Russia and Ukraine at the White House, mediating between the two delegations.');
	assert.ok(mediatorNames(host).people.includes('Donald Trump'), JSON.stringify(host.mediators));
});

test('a leader who comments on the talks is not a mediator; one who says he met the sides is', () => {
	const comment = entitiesOf('Qatar and Egypt are mediating talks between Israel and Hamas in Doha. President Joe Biden said the talks were closer than ever.');
	assert.ok(!mediatorNames(comment).people.includes('Joe Biden'), JSON.stringify(comment.mediators));
	const ownAct = entitiesOf('Qatar and Egypt are mediating talks between Israel and Hamas in Doha. CIA Director William Burns said he had met both delegations on Sunday.');
	assert.ok(mediatorNames(ownAct).people.includes('William Burns'), JSON.stringify(ownAct.mediators));
});

test('a known envoy who talks to reporters still mediates', () => {
	const e = entitiesOf('US envoy Amos Hochstein held talks in Beirut on a truce between Israel and Hezbollah. "We are close," Hochstein told reporters after meeting Lebanese officials.');
	assert.ok(mediatorNames(e).people.includes('Amos Hochstein'), JSON.stringify(e.mediators));
	// A spokesman stays a commentator.
	const spokesman = entitiesOf('State Department spokesman Matthew Miller told reporters the talks between Israel and Hamas in Doha were constructive.');
	assert.ok(!mediatorNames(spokesman).people.length, JSON.stringify(spokesman.mediators));
});

test('a state named only as a backer ("Iran-backed") is not a side', () => {
	const e = entitiesOf('Talks between Israel and the Iran-backed Hezbollah on a ceasefire resumed in Beirut, mediated by the United States.');
	assert.ok(!partyNames(e).includes('Iran'), JSON.stringify(partyNames(e)));
	assert.ok(partyNames(e).includes('Hezbollah'));
});

test('"the army" is the side of a civil war whose other side is named; the country does not mediate it', () => {
	const e = entitiesOf(
		'Talks in Geneva between the army and the Rapid Support Forces, mediated by the United States and Switzerland, ended without a deal. Sudan\'s crisis was also discussed with Egypt, which has brokered earlier contacts.',
	);
	assert.ok(partyNames(e).includes('Sudanese Armed Forces'), JSON.stringify(partyNames(e)));
	assert.ok(!mediatorNames(e).states.includes('Sudan'), JSON.stringify(mediatorNames(e)));
	// Without the other side, "the army" is nobody in particular.
	assert.ok(!partyNames(entitiesOf('Israel and Hamas negotiators met in Cairo as the army pressed on in Rafah.')).includes('Sudanese Armed Forces'));
});

test('a body the deal dissolves is no mediator', () => {
	const e = entitiesOf('Armenia and Azerbaijan signed a peace declaration in Washington and agreed to dissolve the OSCE Minsk Group, brokered by the United States.');
	assert.ok(!mediatorNames(e).states.includes('OSCE'), JSON.stringify(mediatorNames(e)));
	assert.ok(mediatorNames(e).states.includes('United States'));
});

const termKinds = (text: string) => extractTerms(contextOf(text)).map((t) => t.kind);
const obstacleKinds = (text: string) => extractObstacles(contextOf(text)).map((o) => o.kind);

test('ending "months of fighting" is a truce; a definite cessation refers back to the agreement', () => {
	assert.ok(termKinds('The envoy presented a plan to end nearly two years of fighting in Sudan.').includes('ceasefire'));
	assert.ok(!termKinds('Both sides agreed to a permanent cessation of hostilities. Officials said the parties signed the cessation of hostilities in a ceremony.').includes('ceasefire'));
	assert.ok(termKinds('Mediators called for a cessation of hostilities during the talks.').includes('ceasefire'));
});

test('the attack that triggered the war is background, not an escalation risk', () => {
	assert.ok(!obstacleKinds('The talks began a day before the anniversary of the raid that sparked the war.').includes('escalation'));
	assert.ok(obstacleKinds('Diplomats fear a strike on the port could trigger a regional war and wreck the talks.').includes('escalation'));
});

test('gaps that remain in general are no dispute about a release', () => {
	assert.ok(!obstacleKinds('Negotiators moved closer to a deal that would free hostages, though wide gaps remain.').includes('exchange-details'));
	assert.ok(obstacleKinds('The deal would free hostages, but differences remain over the number of prisoners to be freed.').includes('exchange-details'));
});

test('strikes beside truces that broke down are ongoing military operations', () => {
	assert.ok(
		obstacleKinds('Earlier truces collapsed within a day as both sides traded accusations of violations. Residents reported airstrikes on the city on Monday as the talks went on.').includes('military-operations'),
	);
});

// Rules added after the first measurement of heldout2 (other sentences than the set's).

test('a capital in the possessive is its state; "in the capital" under a talks cue is the dateline city', () => {
	const e = entitiesOf('DOHA (Reuters) - Envoys discussed Kabul\'s demands at talks between the United States and the Taliban. The delegations met at a hotel in the capital on Monday.');
	assert.deepEqual(e.venues, ['Doha']);
	assert.ok(!entitiesOf('Talks on Moscow\'s demands between Russia and Ukraine resumed.').venues.includes('Moscow'));
});

test('a host who speaks after hosting still mediates; one asked to dissolve itself does not', () => {
	const host = entitiesOf('Talks between Armenia and Azerbaijan ended on Sunday, Qatari Prime Minister Mohammed bin Abdulrahman Al Thani said after hosting the talks in Doha.');
	assert.ok(mediatorNames(host).people.includes('Mohammed bin Abdulrahman Al Thani'), JSON.stringify(host.mediators));
	const dissolved = entitiesOf('Armenia and Azerbaijan signed the accord and asked the OSCE to dissolve its Minsk Group, in talks mediated by the United States.');
	assert.ok(!mediatorNames(dissolved).states.includes('OSCE'), JSON.stringify(mediatorNames(dissolved)));
});

test('sides named with their people or group before the verb are paired', () => {
	assert.deepEqual(partyNames(entitiesOf('Colombian and ELN negotiators sat down in Havana on Monday, with Cuba and Norway as guarantors.')), ['Colombia', 'ELN']);
	assert.deepEqual(partyNames(entitiesOf('The Ethiopian government and the TPLF rebel group signed the accord in Pretoria.')), ['Ethiopia', 'TPLF']);
});

test('a second negotiation named once beside one paired explicitly is background', () => {
	const e = entitiesOf('Iran and the United States held a second round of talks in Rome, mediated by Oman. Officials said Israel was watching the talks closely.');
	assert.deepEqual(partyNames(e), ['Iran', 'United States']);
});

test('people joined by "and" share the act', () => {
	const e = entitiesOf('Talks between Sudan\'s army and the RSF resumed in Jeddah. The mediation, led by Saudi official Faisal Rahman and American diplomat John Carter, shuttled between the delegations.');
	assert.deepEqual(mediatorNames(e).people, ['Faisal Rahman', 'John Carter']);
});

test('doubting the other side\'s sincerity is a guarantees dispute; fighting beside a ceasefire pledge is ongoing operations', () => {
	assert.ok(obstacleKinds('Kinshasa questioned the rebels\' sincerity, saying any truce must be monitored.').includes('guarantees-dispute'));
	assert.ok(obstacleKinds('The parties pledged a ceasefire in July, but clashes have continued in the hills.').includes('military-operations'));
});
