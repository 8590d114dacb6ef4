import assert from 'node:assert/strict';
import {test} from 'node:test';
import {entitiesOf} from './entities-helper.js';

test('an agency dateline names the outlet', () => {
	assert.equal(entitiesOf('JEDDAH (Reuters) - Sudan\'s army and the RSF resumed talks.').outlet, 'Reuters');
	assert.equal(entitiesOf('DOHA (AP) — Mediators met on Sunday.').outlet, 'Associated Press');
});

test('"CNN\'s X contributed reporting" names the outlet; "told CBS News" does not', () => {
	assert.equal(entitiesOf('Talks resumed in Cairo.\nCNN\'s Jane Roe and John Doe contributed reporting.').outlet, 'CNN');
	assert.equal(entitiesOf('A U.S. official told CBS News the talks were serious.').outlet, null);
});

test('a partner that contributed to the report is not the outlet', () => {
	assert.equal(entitiesOf('Talks resumed in Cairo.\n* Kann News contributed to this report.').outlet, null);
});

test('a site prefix glued to the first word is the outlet when knowledge lists it', () => {
	assert.equal(entitiesOf('Watan-Qatar and Egypt issued a joint statement today.').outlet, 'Watan');
	assert.equal(entitiesOf('Pro-government media said talks resumed.').outlet, null);
});

test('metadata wins', () => {
	assert.equal(entitiesOf('JEDDAH (Reuters) - Talks resumed.', {outlet: 'Sudan Tribune'}).outlet, 'Sudan Tribune');
});

test('the Reuters credit line names Reuters', () => {
	assert.equal(entitiesOf('Talks resumed in Doha on Monday.\nReporting by Jane Roe in Cairo; Editing by John Doe').outlet, 'Reuters');
});
