import assert from 'node:assert/strict';
import {test} from 'node:test';
import {requiredLiteral} from '../../source/core/knowledge/compile-knowledge.js';

test('an event pattern yields the longest literal every match holds, lowercase', () => {
	assert.equal(requiredLiteral('Hamas(?:\'s|’s)? (?:deadly )?attack on Israel'), 'attack on israel');
	assert.equal(requiredLiteral('\\bOctober 7(?:th)? attack'), 'october 7');
	assert.equal(requiredLiteral('invasions? of Ukraine'), ' of ukraine');
	assert.equal(requiredLiteral('talks[^.]{0,80}Rome'), 'talks');
	assert.equal(requiredLiteral('Doha (?:summit|talks)'), 'doha ');
});

test('an event pattern with a top-level alternative, or only short runs, yields none', () => {
	assert.equal(requiredLiteral('Doha summit|Cairo talks'), null);
	assert.equal(requiredLiteral('(?:first|second) (?:round|meeting)'), null);
	assert.equal(requiredLiteral('ab\\d+cd?'), null);
});

test('the literal only ever rules out texts its pattern cannot match', () => {
	const patterns = ['Hamas(?:\'s|’s)? (?:deadly )?attack on Israel', 'talks[^.]{0,80}Rome', 'cease-?fire ended', 'truce\\s+ended', 'x{2,}yz'];
	const texts = ['HAMAS attack on Israel', 'hamas’s deadly attack on israel', 'talks, then Rome', 'ceasefire ended', 'cease-fire ended', 'truce  ended', 'xxxyz', 'xyz'];
	for (const pattern of patterns) {
		const literal = requiredLiteral(pattern);
		for (const text of texts) if (new RegExp(pattern, 'i').test(text) && literal) assert.ok(text.toLowerCase().includes(literal), `${pattern} on ${text}`);
	}
});
