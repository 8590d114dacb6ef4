import assert from 'node:assert/strict';
import {test} from 'node:test';
import {entitiesOf, mediatorNames, partyNames} from './entities-helper.js';

// Invented sentences: a state whose envoy "negotiates with" the other side is a side itself; states that
// "act as guarantors" of a process are its mediators.

test('a state whose envoy negotiates with the other side is a party, the host a mediator', () => {
	const e = entitiesOf(
		'The American envoy spent months negotiating with Taliban leaders in Doha, Qatar\'s capital, where the movement keeps an office.\nQatar, which hosted the talks, said a deal on troop numbers was close.',
	);
	assert.ok(partyNames(e).includes('United States'), partyNames(e).join(', '));
	assert.ok(partyNames(e).includes('Taliban'), partyNames(e).join(', '));
	assert.deepEqual(mediatorNames(e).states, ['Qatar']);
});

test('a mediator that holds talks with one side stays a mediator', () => {
	const e = entitiesOf('Egyptian mediators held talks with Hamas in Cairo on Monday on a proposal to free hostages held in Gaza in exchange for a truce with Israel.');
	assert.deepEqual(mediatorNames(e).states, ['Egypt']);
	assert.ok(!partyNames(e).includes('Egypt'), partyNames(e).join(', '));
});

test('guarantor countries of a peace process are mediators', () => {
	const e = entitiesOf('Talks between the Colombian government and the ELN rebels resume next week. Norway and Cuba are guarantors of the negotiations, which Brazil also supports.');
	const states = mediatorNames(e).states;
	assert.ok(states.includes('Norway') && states.includes('Cuba'), states.join(', '));
	assert.deepEqual(partyNames(e), ['Colombia', 'ELN']);
});

// Invented sentences: the sides are named by what they did together ("X and Y concluded a round of talks"), or as the two
// ends of a channel; when the state that often mediates elsewhere is one of the two, it is a party here.
test('"X and Y concluded/began/resumed ... talks" names the two sides', () => {
	for (const verb of ['concluded a third round of', 'began indirect', 'resumed their', 'wrapped up two days of']) {
		const e = entitiesOf(`Iran and the United States ${verb} talks on the nuclear programme in Muscat, with Oman carrying messages, officials said. Israel warned it could act alone.`);
		assert.ok(partyNames(e).includes('United States') && partyNames(e).includes('Iran'), `${verb}: ${partyNames(e).join(', ')}`);
		assert.ok(!mediatorNames(e).states.includes('United States'), `${verb}: ${mediatorNames(e).states.join(', ')}`);
	}
});

test('the two ends of a channel or of contacts are the sides; the one who carries them mediates', () => {
	const e = entitiesOf('Oman has kept open a channel between Iran and the United States since the spring, and its foreign minister met both delegations on Sunday. Israel has demanded a veto.');
	assert.ok(partyNames(e).includes('United States'), partyNames(e).join(', '));
	assert.deepEqual(mediatorNames(e).states, ['Oman']);
});

test('a round "held" by a mediator with one side is not a pair', () => {
	const e = entitiesOf('Qatar and Hamas officials concluded a meeting in Doha on the mediators\' proposal for a truce with Israel, Qatar said.');
	assert.deepEqual(mediatorNames(e).states, ['Qatar']);
});

// Invented sentences: what a mediator's minister does in the talks, said in other words than "met" or "mediated".
test('a mediating state\'s minister who opened the round, urged both sides or worked the phones with counterparts mediates', () => {
	const opened = entitiesOf('Armenian and Azerbaijani delegations met in Washington for talks mediated by the United States. The session was opened by Secretary of State Marco Rubio, who urged both sides to finish the text.');
	assert.deepEqual(mediatorNames(opened).people, ['Marco Rubio']);
	const phone = entitiesOf('Egypt and Qatar mediated the talks between Israel and Hamas. Abbas Kamel said he had spent the evening on the phone with his Qatari counterpart.');
	assert.ok(mediatorNames(phone).people.includes('Abbas Kamel'), mediatorNames(phone).people.join(', '));
});

test('a side\'s minister on the phone with a counterpart stays a negotiator; a spokesman urging both sides is no mediator', () => {
	const side = entitiesOf('Israel and Hamas negotiated through Qatari mediators in Doha. Israeli Defence Minister Yoav Gallant said he had been on the phone with his American counterpart.');
	assert.ok(!mediatorNames(side).people.includes('Yoav Gallant'), mediatorNames(side).people.join(', '));
	const spokesman = entitiesOf('Qatar mediated the talks between Israel and Hamas in Doha. Qatari foreign ministry spokesman Majed al-Ansari urged both sides to show flexibility.');
	assert.ok(!mediatorNames(spokesman).people.includes('Majed al-Ansari'), mediatorNames(spokesman).people.join(', '));
});
