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
