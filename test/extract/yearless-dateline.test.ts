import assert from 'node:assert/strict';
import {test} from 'node:test';
import {dateOf} from './entities-helper.js';

// Invented wire leads whose dateline has no year and whose text names no dated event.

test('a yearless dateline whose own weekday the text names takes the latest year they agree on', () => {
	// 14 June fell on a Wednesday in 2017 and 2023 (and 2028, after today).
	assert.equal(dateOf('OSLO, June 14 (Reuters) - Envoys from both sides met on Wednesday for a second day, the Norwegian foreign ministry said.'), '2023-06-14');
	// 3 February fell on a Monday in 2014, 2020 and 2025.
	assert.equal(dateOf('ADDIS ABABA, Feb 3 (Reuters) - The mediators said on Monday the talks would go on.'), '2025-02-03');
});

test('a yearless dateline with no year clue and no weekday of that day dates nothing', () => {
	assert.equal(dateOf('OSLO, June 14 (Reuters) - Envoys from both sides met for a second day, the Norwegian foreign ministry said.'), null);
	// A weekday said of a coming day is no clue to the year either.
	assert.equal(dateOf('OSLO, June 14 (Reuters) - Envoys from both sides will meet again next Wednesday, the Norwegian foreign ministry said.'), null);
});

test('a "will" in a later clause does not make the dateline day\'s weekday future', () => {
	assert.equal(
		dateOf('MUSCAT, Nov 7 (Reuters) - Talks ended without agreement on Friday, the foreign minister said, with the sides split over whether sanctions will be lifted first.'),
		'2025-11-07',
	);
	// Said of a coming day, the weekday is future and pins nothing.
	assert.equal(dateOf('MUSCAT, Nov 7 (Reuters) - The delegations will meet again on Friday, the foreign minister said.'), null);
});

test('"to be held" on a weekday is future: it names no day of the report', () => {
	assert.equal(dateOf('OSLO, June 14 (Reuters) - A third round is to be held on Wednesday, the Norwegian foreign ministry said.'), null);
	assert.equal(dateOf('OSLO, June 14 (Reuters) - A third round was held on Wednesday, the Norwegian foreign ministry said.'), '2023-06-14');
});

test('an office holder bounds the years; within them the dateline day\'s named weekday takes the latest', () => {
	// 15 December fell on a Sunday in 2013, 2019 and 2024; Lourenco has been Angola's president since September 2017.
	assert.equal(
		dateOf('LUANDA, Dec 15 (Reuters) - A summit meant to seal a deal between Congo and Rwanda was called off on Sunday by its host, Angolan President Joao Lourenco.'),
		'2024-12-15',
	);
	// Without the weekday, the office holder keeps the earliest year it allows, as before.
	assert.equal(
		dateOf('LUANDA, Dec 15 (Reuters) - A summit meant to seal a deal between Congo and Rwanda was called off by its host, Angolan President Joao Lourenco.'),
		'2017-12-15',
	);
});
