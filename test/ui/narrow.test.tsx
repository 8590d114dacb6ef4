import assert from 'node:assert/strict';
import {afterEach, test} from 'node:test';
import {cleanup} from 'ink-testing-library';
import {KEYS, renderApp} from './helpers.js';
import {reports} from './fixtures.js';

afterEach(cleanup);

for (const [columns, rows] of [
	[20, 10],
	[80, 24],
	[200, 60],
] as const) {
	test(`every view renders within ${columns}x${rows}`, async () => {
		const app = renderApp({reports}, columns, rows);
		const fits = (frame: string) => {
			const lines = frame.split('\n');
			assert.ok(lines.length <= rows, `${lines.length} lines > ${rows}\n${frame}`);
			for (const line of lines) assert.ok(line.length <= columns, `line wider than ${columns}: ${JSON.stringify(line)}`);
		};
		fits(await app.waitFor('COMPARE'));
		await app.press('2');
		fits(await app.waitFor('TRACKS'));
		await app.press('3');
		fits(await app.waitFor('MATRIX'));
		await app.press(KEYS.enter);
		fits(await app.waitFor('DETAIL'));
		await app.press('?');
		fits(await app.waitFor('HELP'));
		await app.press(KEYS.escape, KEYS.escape, '/', 'b');
		fits(await app.waitFor('/b'));
	});
}

test('matrix at 20 and 30 columns: kinds cut to fit, one line per row, the kind column first', async () => {
	for (const columns of [20, 30]) {
		const app = renderApp({reports}, columns, 16);
		await app.press('3');
		const frame = await app.waitFor('│ kind');
		const lines = frame.split('\n');
		assert.ok(lines.every((line) => line.length <= columns), `nothing wider than ${columns}:\n${frame}`);
		assert.match(lines.find((l) => l.includes('kind'))!, /^│ kind\s+│ >#1 │/, 'the kind column comes first');
		const heading = lines.findIndex((l) => l.includes('— obs'));
		assert.ok(heading > 0, 'the obstacles heading is shown');
		assert.ok(lines[heading + 1]?.startsWith('│ '), `the obstacles heading does not wrap:\n${frame}`);
		app.unmount();
	}
});
