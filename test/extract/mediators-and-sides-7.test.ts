import assert from 'node:assert/strict';
import {test} from 'node:test';
import {entitiesOf, mediatorNames, partyNames} from './entities-helper.js';

// After the heldout7 misses: a mediating state's leader or envoy who proposes a truce or a plan acts in the talks; a known
// minister who also "told reporters" still acts where he meets the sides; a side thanking states "for their efforts" names
// them as mediators; the bilateral talks of states that usually mediate other wars (the US and Russia, Pakistan and
// Afghanistan) make them sides, but only on pair evidence that does not present one of them as brokering. Invented
// sentences, with negatives.

test('a mediating state\'s leader or envoy who proposes a truce or a plan mediates', () => {
	const e = entitiesOf('Egyptian President Abdel Fattah el-Sisi proposed on Monday a three-day truce in Gaza to allow an exchange of captives, as mediators from Egypt and Qatar pressed Hamas and Israel.');
	assert.ok(mediatorNames(e).people.includes('Abdel Fattah el-Sisi'), mediatorNames(e).people.join(', '));
	const w = entitiesOf('Steve Witkoff put forward a new text on Thursday. The US, Qatar and Egypt have mediated between Israel and Hamas for months.');
	assert.ok(mediatorNames(w).people.includes('Steve Witkoff'), mediatorNames(w).people.join(', '));
});

test('a side\'s leader who proposes stays a negotiator of the side, not a mediator', () => {
	const e = entitiesOf('Benjamin Netanyahu proposed a new map of the corridor on Monday, as Qatar and Egypt mediated between Israel and Hamas in Doha.');
	assert.ok(!mediatorNames(e).people.includes('Benjamin Netanyahu'), mediatorNames(e).people.join(', '));
	assert.ok(partyNames(e).includes('Israel'), partyNames(e).join(', '));
});

test('a known minister who told reporters acts where he met the sides', () => {
	const e = entitiesOf(
		'Antony Blinken met Prime Minister Benjamin Netanyahu in Jerusalem on Monday on the US bridging proposal for a truce between Israel and Hamas. "Now it is up to Hamas," Blinken told reporters afterwards.',
	);
	assert.ok(mediatorNames(e).people.includes('Antony Blinken'), mediatorNames(e).people.join(', '));
});

test('a side thanking states for their efforts names them as mediators; a side\'s own thanks to its army do not', () => {
	const e = entitiesOf('Hamas and Israel signed the first phase of the agreement in Sharm el-Sheikh. Hamas thanked Egypt, Qatar and Turkey for their great efforts.');
	assert.ok(mediatorNames(e).states.includes('Turkey'), mediatorNames(e).states.join(', '));
	const n = entitiesOf('Israel and Hamas signed the first phase of the agreement in Sharm el-Sheikh. Netanyahu thanked the soldiers for their courage.');
	assert.ok(!mediatorNames(n).states.includes('Turkey'), mediatorNames(n).states.join(', '));
});

test('an intelligence chief of a state thanked for its efforts, in the presence of the mediators, mediates', () => {
	const e = entitiesOf('The signing took place in the presence of the mediators: the Qatari prime minister and the head of Turkish intelligence, Ibrahim Kalin. Hamas thanked Egypt, Qatar and Turkey for their efforts.');
	assert.ok(mediatorNames(e).people.includes('Ibrahim Kalin'), mediatorNames(e).people.join(', '));
});

test('the United States and Russia holding their own talks are the sides; the host mediates', () => {
	const e = entitiesOf('The United States and Russia held talks in Riyadh on Tuesday on restoring their embassies and on the war in Ukraine, in a meeting hosted by Saudi Arabia. Ukraine was not invited.');
	assert.ok(partyNames(e).includes('United States') && partyNames(e).includes('Russia'), partyNames(e).join(', '));
	assert.ok(!mediatorNames(e).states.includes('United States'), mediatorNames(e).states.join(', '));
	assert.ok(mediatorNames(e).states.includes('Saudi Arabia'), mediatorNames(e).states.join(', '));
});

test('US and Russian officials meeting as Washington brokers an end to the war: the US mediates', () => {
	const e = entitiesOf('U.S. and Russian officials held talks in Jeddah on Monday on a ceasefire at sea, as Washington tries to broker an end to the war between Russia and Ukraine.');
	assert.ok(mediatorNames(e).states.includes('United States'), mediatorNames(e).states.join(', '));
	assert.ok(!partyNames(e).includes('United States'), partyNames(e).join(', '));
});

test('the US and Russia only named together is no US-Russia negotiation', () => {
	const e = entitiesOf('Iran and the United States held a third round of nuclear talks in Muscat, with Oman carrying messages. Russia, a party to the 2015 agreement, backs Tehran\'s right to enrich.');
	assert.ok(!partyNames(e).includes('Russia'), partyNames(e).join(', '));
});

test('Pakistan and Afghanistan agreeing a truce in talks brokered by Qatar and Turkey are the sides', () => {
	const e = entitiesOf('Pakistan and Afghanistan agreed to a ceasefire on Sunday after talks in Doha brokered by Qatar and Turkey. The two sides will meet again in Istanbul.');
	assert.deepEqual(mediatorNames(e).states, ['Qatar', 'Turkey']);
	assert.ok(partyNames(e).includes('Pakistan') && partyNames(e).includes('Afghanistan'), partyNames(e).join(', '));
});

test('Pakistan carrying messages between the US and the Taliban still mediates', () => {
	const e = entitiesOf('Talks between the United States and the Taliban resumed in Doha, with Pakistan and Qatar acting as mediators. Afghanistan\'s government was not at the table.');
	assert.ok(mediatorNames(e).states.includes('Pakistan'), mediatorNames(e).states.join(', '));
	assert.ok(!partyNames(e).includes('Pakistan'), partyNames(e).join(', '));
});
