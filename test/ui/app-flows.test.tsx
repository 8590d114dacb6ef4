import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {cleanup} from 'ink-testing-library';
import type {Report} from '../../source/core/types.js';
import {KEYS, renderApp} from './helpers.js';
import {april, august, empty, reports} from './fixtures.js';

afterEach(cleanup);

test('typing a query narrows the reports; matches listed; Esc clears', async () => {
	const app = renderApp({reports});
	await app.waitFor('5/5 reports');
	await app.press('/', 'K', 'a', 'm', 'a', 'l');
	let frame = await app.waitFor((f) => f.includes('/Kamal') && f.includes('2/5 reports'), 'typo "Kamal" should narrow to the two Kamel reports');
	assert.match(frame, /mediator: Abbas Kamel/);
	assert.ok(frame.includes('2024-04-29') && frame.includes('2024-08-16'));
	assert.ok(!frame.includes('2024-10-27'), 'October has no Kamel');
	await app.press(KEYS.escape);
	frame = await app.waitFor('5/5 reports');
	assert.ok(!frame.includes('/Kamal'));
});

test('fzf syntax in the dashboard: field prefix and negation', async () => {
	const app = renderApp({reports});
	await app.press('/', ...'mediator:burns !doha');
	const frame = await app.waitFor('1/5 reports');
	assert.ok(frame.includes('2024-04-29'));
});

test('Enter in search opens the best hit with its evidence; the filter stays', async () => {
	const app = renderApp({reports});
	await app.press('/', ...'Hochstien');
	await app.waitFor('2/5 reports');
	await app.press(KEYS.enter);
	const frame = await app.waitFor('DETAIL');
	assert.ok(frame.includes('Amos Hochstein'));
	assert.ok(frame.includes('filter "Hochstien"'));
});

test('Enter in search opens the detail on the fact the search matched, not the first one', async () => {
	const app = renderApp({reports});
	await app.press('/', ...'party:barnea');
	await app.waitFor('1/5 reports');
	await app.press(KEYS.enter);
	const frame = await app.waitFor('DETAIL');
	assert.match(frame, /> party\s+Israel \(David Barnea\)/);
});

test('switching tracks changes the timeline; Cairo shows April → August → October with changes', async () => {
	const app = renderApp({reports}, 100, 40);
	await app.press('2');
	let frame = await app.waitFor('track [all]');
	assert.ok(frame.includes('2024-09-10'), 'the all track has the Doha-only report');
	await app.press('t');
	frame = await app.waitFor('[Cairo]');
	const order = ['2024-04-29', '2024-08-16', '2024-10-27'].map((d) => frame.indexOf(d));
	assert.ok(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!)), `dates in order: ${order}`);
	assert.ok(!frame.includes('2024-09-10'), 'the Doha-only report is not on the Cairo track');
	assert.match(frame, /~ term changed: ceasefire: 6 weeks → 1 month/);
	assert.match(frame, /\+ mediator joined: Brett McGurk/);
	assert.match(frame, /- mediator left: Abbas Kamel/);
	assert.match(frame, /~ momentum: mixed → progress/);
	assert.match(frame, /momentum ◆ ▲ ▼/, 'momentum strip: mixed, progress, stalled');
	await app.press('t');
	frame = await app.waitFor('[Doha]');
	assert.ok(frame.includes('2024-09-10') && !frame.includes('2024-04-29'));
	assert.match(frame, /TRACKS │ track Doha │ 3\/5 reports/);
});

test('matrix: kinds × reports in a table', async () => {
	const app = renderApp({reports}, 100, 30);
	await app.press('3');
	const frame = await app.waitFor('│ kind');
	const row = frame.split('\n').find((l) => l.includes('phased-deal'))!;
	assert.match(row, /phased-deal\s+│ ·\s+│ ●/, 'only August mentions a phased deal');
	assert.ok(frame.includes('leader-killed'));
	assert.ok(frame.includes('>1 24-04-29'));
});

test('Enter opens the detail with the evidence highlighted; j moves to the next fact\'s evidence', async () => {
	const app = renderApp({reports: [april, august]}, 100, 30);
	await app.press(KEYS.right, KEYS.enter);
	let frame = await app.waitFor('DETAIL');
	assert.ok(frame.includes('Doha and Cairo rounds try to close gaps'));
	assert.ok(frame.includes('2024-08-16 (inferred) from "a week after the killing of Ismail Haniyeh'), 'date evidence shown');
	assert.ok(frame.includes('front matter date missing'), 'report warnings shown');
	assert.match(frame, /> mediator\s+Qatar/);
	const marked = (f: string) => f.split('\n').filter((l) => l.startsWith('▶')).join('\n');
	assert.match(marked(frame), /Al Thani hosted William Burns/);
	for (let i = 0; i < 5; i++) await app.press('j');
	frame = await app.waitFor(/> party\s+Israel/);
	assert.match(marked(frame), /Philadelphi corridor/, 'the text moved to the party evidence');
	await app.press(KEYS.escape);
	await app.waitFor('COMPARE');
});

test('? shows every key; Esc closes it', async () => {
	const app = renderApp({reports}, 100, 80);
	await app.press('?');
	const frame = await app.waitFor('Keys —');
	for (const text of ['quit', 'fuzzy search', 'next venue track', 'write a Markdown snapshot', "'word", '!word', 'venue:doha', 'Ctrl-C']) {
		assert.ok(frame.includes(text), text);
	}
	await app.press(KEYS.escape);
	await app.waitFor('COMPARE');
});

test('q quits; in search q is typed instead', async () => {
	let quits = 0;
	const app = renderApp({reports, onQuit: () => quits++});
	await app.press('/', 'q');
	await app.waitFor('/q');
	assert.equal(quits, 0);
	await app.press(KEYS.escape, 'q');
	const deadline = Date.now() + 5000;
	while (quits === 0 && Date.now() < deadline) await new Promise((resolve) => setImmediate(resolve));
	assert.equal(quits, 1);
});

test('e writes a snapshot of the screen (view, track, filter) and shows its path', async () => {
	const calls: unknown[] = [];
	const writeSnapshot = async (_: Report[], screen: unknown) => {
		calls.push(screen);
		return '/tmp/parley-snapshot-test.md';
	};
	const app = renderApp({reports, writeSnapshot});
	await app.press('2', 't', '/', ...'burns', KEYS.escape);
	await app.waitFor('3/5 reports');
	await app.press('/', ...'burns');
	await app.waitFor('filter "burns"');
	await app.press(KEYS.enter);
	await app.waitFor('DETAIL');
	await app.press(KEYS.escape, 'e');
	await app.waitFor('snapshot written: /tmp/parley-snapshot-test.md');
	assert.deepEqual(calls, [{view: 'tracks', track: 'Cairo', query: 'burns'}]);
});

test('load warnings: counted in the status line and listed with w', async () => {
	const app = renderApp({reports, warnings: [{file: 'bad.pdf', reason: 'unsupported format'}, {file: 'x.json', reason: 'invalid JSON'}]});
	await app.waitFor('⚠ 2 warnings (w)');
	await app.press('w');
	const frame = await app.waitFor('2 load warning(s)');
	assert.ok(frame.includes('bad.pdf: unsupported format') && frame.includes('x.json: invalid JSON'));
});

test('zero reports: a helpful message', async () => {
	const app = renderApp({reports: []});
	const frame = await app.waitFor('No reports to show');
	assert.ok(frame.includes('parley ~/news/gaza-talks'));
});

test('a report without facts still shows, with dashes and unknown momentum', async () => {
	const app = renderApp({reports: [empty]});
	const frame = await app.waitFor('empty.txt');
	assert.ok(frame.includes('unknown'));
	await app.press(KEYS.enter);
	await app.waitFor('no facts were found in this report');
});

test('an exception in a view is shown by the error boundary; keys keep working', async () => {
	const broken = {...august, file: 'broken.md', mediators: null} as unknown as Report;
	const app = renderApp({reports: [april, broken]});
	const frame = await app.waitFor('This view failed');
	assert.ok(frame.includes('COMPARE'), 'the status line is still there');
	await app.press('?');
	await app.waitFor('Keys —');
});

test('Enter from a compare row opens the detail on that family\'s first fact', async () => {
	const app = renderApp({reports: [april, august]}, 100, 30);
	await app.press(KEYS.right, 'j', 'j', 'j', 'j');
	await app.waitFor('>obstacles');
	await app.press(KEYS.enter);
	const frame = await app.waitFor('DETAIL');
	assert.match(frame, /> obstacle\s+withdrawal-dispute/);
	assert.match(frame.split('\n').filter((l) => l.startsWith('▶')).join(' '), /Philadelphi/);
});
