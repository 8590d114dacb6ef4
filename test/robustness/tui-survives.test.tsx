import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Report} from '../../source/core/types.js';
import {august, reports} from '../ui/fixtures.js';
import {KEYS, renderApp, type Rendered} from '../ui/helpers.js';
import {mulberry32} from './fuzz/prng.js';
import {hugeReport, oddReports, randomKey} from './tui-reports.js';

const noSnapshot = async () => '/dev/null';

/** No line wider than the terminal (code points: these fixtures have no double-width characters). */
function assertFits(frame: string, columns: number, rows: number): void {
	const lines = frame.split('\n');
	assert.ok(lines.length <= rows, `${lines.length} lines in a ${rows}-row terminal`);
	for (const line of lines) assert.ok([...line].length <= columns, `a line of ${[...line].length} columns in ${columns}:\n${line}`);
}

async function assertViewsWork(app: Rendered, keys: string[]): Promise<void> {
	for (const key of keys) {
		await app.press(key);
		assert.doesNotMatch(app.frame(), /This view failed/, `after ${JSON.stringify(key)}:\n${app.frame()}`);
		assert.ok(app.frame().trim(), `a blank screen after ${JSON.stringify(key)}`);
	}
}

test('one report: every view, the detail and the help show it', async () => {
	const app = renderApp({reports: [august], writeSnapshot: noSnapshot});
	await app.waitFor('2024-08');
	await assertViewsWork(app, ['2', '3', '1', KEYS.enter, 'j', 'j', KEYS.escape, '?', KEYS.escape]);
	app.unmount();
});

test('a report with huge facts stays inside the terminal in every view', {timeout: 120_000}, async () => {
	const app = renderApp({reports: [hugeReport(), august], writeSnapshot: noSnapshot}, 100, 30);
	await app.waitFor('COMPARE');
	for (const key of ['1', 'j', 'j', '2', '3', 'l', '4', ' ', ' ', 'j', 'G', KEYS.escape, '?', 'j', KEYS.escape]) {
		await app.press(key);
		assertFits(app.frame(), 100, 30);
		assert.doesNotMatch(app.frame(), /This view failed/);
	}
	app.unmount();
});

test('resized to 20 columns (and 8 rows) every view still renders inside the terminal, and back', async () => {
	const app = renderApp({reports, writeSnapshot: noSnapshot}, 100, 30);
	await app.waitFor('COMPARE');
	app.resize(20, 8);
	await app.waitFor((frame) => frame.split('\n').every((line) => [...line].length <= 20));
	for (const key of ['1', '2', '3', '4', KEYS.escape, '?', KEYS.escape, '/', 'd', 'o', KEYS.enter, KEYS.escape, 'w', KEYS.escape]) {
		await app.press(key);
		assertFits(app.frame(), 20, 8);
		assert.doesNotMatch(app.frame(), /This view failed/);
	}
	app.resize(100, 30);
	const frame = await app.waitFor(/(COMPARE|TRACKS|MATRIX|DETAIL) │/);
	assertFits(frame, 100, 30);
	app.unmount();
});

test('monkey: 200 seeded random keys and resizes over odd and huge reports never break a view', {timeout: 300_000}, async () => {
	const rng = mulberry32(4242);
	const all: Report[] = [...reports, ...oddReports(), hugeReport()];
	const app = renderApp({reports: all, warnings: [{file: 'bad\u001b[2J.md', reason: 'binary file'}], writeSnapshot: noSnapshot}, 80, 24);
	await app.waitFor('COMPARE');
	for (let i = 0; i < 200; i++) {
		if (rng.chance(0.05)) app.resize(rng.int(1, 160), rng.int(1, 60));
		const key = randomKey(rng);
		await app.press(key);
		const frame = app.frame();
		assert.doesNotMatch(frame, /This view failed/, `press ${i} (${JSON.stringify(key)}):\n${frame}`);
	}
	app.resize(80, 24);
	await app.press(KEYS.escape, KEYS.escape, '1');
	await app.waitFor('COMPARE');
	app.unmount();
});
