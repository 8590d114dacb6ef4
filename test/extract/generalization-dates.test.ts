import assert from 'node:assert/strict';
import {test} from 'node:test';
import {dateOf} from './entities-helper.js';

// Invented sentences: dates counted from a dated event or an explicit date.


test('the eve of an anniversary is the day before it, counted in years from the event', () => {
	assert.equal(dateOf('Hamas and Israel agreed to a deal on the eve of the second anniversary of the Oct. 7, 2023, attack.'), '2025-10-06');
	assert.equal(dateOf('The truce talks began on the eve of the first anniversary of the Oct. 7 attack.'), '2024-10-06');
	assert.equal(dateOf("Ukraine marked the third anniversary of Russia's full-scale invasion as talks in Riyadh loomed."), '2025-02-24');
});

test('a span after a dated event or date is counted on the calendar', () => {
	assert.equal(dateOf('The talks in Cairo came six months after the Oct. 7, 2023, attack.'), '2024-04-07');
	assert.equal(dateOf('Ethiopia and the TPLF met in Nairobi two years after the Nov. 2, 2022, Pretoria agreement.'), '2024-11-02');
	// A date that is only mentioned as past only bounds the date from below: alone it dates nothing.
	assert.equal(dateOf('The talks in Cairo built on the Oct. 7, 2023, attack negotiations.'), null);
});

test('a dateline without a year takes it from another clue, else stays null', () => {
	assert.equal(dateOf('JEDDAH, May 21 (Reuters) - Delegations held talks on a ceasefire.'), null);
	// Naming the dateline day's weekday leaves one year in 5 to 11: the latest not after today (see yearless-dateline.test.ts).
	assert.equal(dateOf('JEDDAH, May 21 (Reuters) - Delegations held talks on a ceasefire on Sunday.'), '2023-05-21');
	assert.equal(dateOf("JEDDAH, May 21 (Reuters) - Sudan's army and the RSF resumed talks on a ceasefire in the war that began in April 2023."), '2023-05-21');
	assert.equal(dateOf("KYIV, Feb 24 (Reuters) - Ukraine marked the third anniversary of Russia's full-scale invasion as talks loomed."), '2025-02-24');
});
