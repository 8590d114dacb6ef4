import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {cleanup} from 'ink-testing-library';
import {KEYS, renderApp} from './helpers.js';
import {april, august, october, reports} from './fixtures.js';

afterEach(cleanup);

test('compare: one column per report in date order, families as rows, inferred dates marked', async () => {
	const app = renderApp({reports}, 100, 30);
	const frame = await app.waitFor('mediators');
	for (const family of ['venues', 'mediators', 'parties', 'terms', 'obstacles', 'momentum']) assert.ok(frame.includes(family), family);
	const header = frame.split('\n')[0]!;
	assert.ok(header.indexOf('2024-04-29') < header.indexOf('2024-08-16 inferred'), header);
	assert.ok(header.indexOf('2024-08-16') < header.indexOf('2024-09-10'), header);
	assert.ok(frame.includes('AP') && frame.includes('Reuters'));
	assert.ok(frame.includes('ceasefire: 6 weeks'));
	assert.match(frame, /COMPARE │ track all │ 5\/5 reports/);
});

test('compare: facts new since the previous report are marked + and dropped ones -', async () => {
	const app = renderApp({reports}, 100, 40);
	const frame = await app.waitFor('2024-08-16');
	assert.match(frame, /\+ Qatar/, 'Qatar joins as a mediator in August');
	assert.match(frame, /\+ phased-deal/);
	assert.match(frame, /- prisoner-release/, 'prisoner release dropped in August');
	assert.match(frame, /~ progress/, 'momentum mixed → progress');
	// The first report of a track has nothing to compare with: no marks.
	assert.match(frame, /venues {6}Cairo/);
	assert.match(frame, /mediators {3}Egypt/);
});

test('compare: columns scroll sideways at 80 columns; ← → move the selection', async () => {
	const app = renderApp({reports}, 80, 24);
	let frame = await app.waitFor('>2024-04-29');
	assert.ok(!frame.includes('2024-10-27'), 'the fourth report does not fit at 80 columns');
	assert.ok(frame.includes('▶'), 'a marker says more columns exist');
	await app.press('l', 'l', 'l');
	frame = await app.waitFor('>2024-10-27 (inferred)');
	assert.ok(!frame.includes('2024-04-29'), 'scrolled past the first page');
	assert.ok(frame.split('\n').length <= 24, 'fits in 24 rows');
	await app.press(KEYS.left);
	await app.waitFor('>2024-09-10');
});

test('compare: j/k move the highlighted family row', async () => {
	const app = renderApp({reports}, 100, 30);
	await app.waitFor('>venues');
	await app.press('j', 'j', 'j');
	await app.waitFor('>terms');
	await app.press(KEYS.up);
	await app.waitFor('>parties');
});

test('compare: re-lays out on resize', async () => {
	const app = renderApp({reports: [april, august, october]}, 160, 40);
	await app.waitFor((f) => f.includes('2024-10-27') && f.includes('Mohammed bin Abdulrahman Al Thani'));
	app.resize(50, 20);
	const frame = await app.waitFor((f) => !f.includes('2024-10-27'));
	assert.ok(frame.split('\n').every((line) => line.length <= 50), 'no line wider than the terminal');
});

test('compare: a 20-column terminal still shows a column and the status line', async () => {
	const app = renderApp({reports}, 20, 12);
	const frame = await app.waitFor('COMPARE');
	assert.ok(frame.includes('2024-04'));
	assert.ok(frame.split('\n').every((line) => line.length <= 20), frame);
});
