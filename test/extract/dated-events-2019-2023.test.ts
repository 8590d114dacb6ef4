import assert from 'node:assert/strict';
import {test} from 'node:test';
import {dateOf, entitiesOf} from './entities-helper.js';

// Invented sentences: wire datelines without a year, dated by the events of other negotiations
// and years that the background paragraph names (data/knowledge/events.json).


test('a yearless dateline takes its year from a named past event of the same negotiation', () => {
	assert.equal(dateOf("SANAA, Aug 1 (Reuters) - Yemen's Houthis said on Monday they would consider extending the U.N.-brokered truce, which came into force in April."), '2022-08-01');
	assert.equal(dateOf('KHARTOUM, July 5 (Reuters) - Protest leaders and generals resumed talks on Friday, weeks after the ouster of Omar al-Bashir.'), '2019-07-05');
	assert.equal(dateOf('MOSCOW, Oct 12 (Reuters) - Both sides accused each other of breaking the truce on Monday, the latest flare-up since fighting erupted on Sept. 27.'), '2020-10-12');
	assert.equal(dateOf('BOGOTA, Jan 10 (Reuters) - Government negotiators and the ELN met on Tuesday, weeks after talks resumed in Caracas in November.'), '2023-01-10');
});

test('a span counted from a background event still pins the date', () => {
	assert.equal(dateOf('KABUL, March 3 (Reuters) - The Taliban resumed attacks on Tuesday, three days after signing a deal with the United States.'), '2020-03-03');
	assert.equal(dateOf('DOHA, March 2 (Reuters) - The Taliban said on Monday that the agreement they signed with the United States two days ago required the release of prisoners.'), '2020-03-02');
});

test('an event mentioned as upcoming bounds the date from above', () => {
	const date = dateOf("CARACAS (Reuters) - Maduro's government said on Wednesday it would not recognise the opposition's primary, which will be held on Sunday.");
	assert.ok(date !== null && date >= '2023-10-15' && date <= '2023-10-22', String(date));
});

test('background events only bound the date: alone with a weekday they date nothing', () => {
	// The 2018 withdrawal from the nuclear deal, Minsk II and the Abraham Accords are history, not news.
	assert.equal(dateOf('Iran and the United States met on Tuesday; Trump pulled out of the nuclear deal in 2018.'), null);
	assert.equal(dateOf('Officials recalled the Minsk II agreement and the Abraham Accords on Thursday.'), null);
});

test('a caption naming an event does not date the report', () => {
	const text = [
		'Protesters at the sit-in outside the army headquarters in Khartoum, after security forces dispersed the sit-in. Photograph: John Doe/Reuters',
		'Negotiators met again on Monday to discuss a transition.',
	].join('\n');
	assert.equal(dateOf(text), null);
});

test('context-bound phrasings do not fire outside their negotiation', () => {
	// "primary" only names the Venezuelan primary beside Venezuela, Maduro or Machado, and only as an election.
	assert.equal(dateOf("CARACAS, Oct 17 (Reuters) - Maduro's primary concern was oil."), null);
	assert.ok(!entitiesOf("CARACAS, Oct 17 (Reuters) - Maduro's primary concern on Tuesday was oil.").dateEvidence.some((e) => /primary/i.test(e)));
	// An April truce elsewhere is not Yemen's truce of April 2022.
	assert.equal(dateOf('A 72-hour truce that took effect in April collapsed on Monday.'), null);
	// Jeddah talks on Sudan are not the Jeddah talks on Ukraine.
	assert.equal(dateOf("The army and the RSF met in Jeddah on Sunday."), null);
});
