import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, afterEach, test} from 'node:test';
import {cleanup} from 'ink-testing-library';
import {loadReports} from '../../source/core/load-reports.js';
import type {LoadResult, Report} from '../../source/core/types.js';
import {Root, type LoadCallbacks} from '../../source/ui/root.js';
import {KEYS, renderSized} from './helpers.js';
import {april, august, october, reports, september} from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-root-'));
afterEach(cleanup);
after(() => rmSync(dir, {recursive: true, force: true}));

test('loading shows progress, then the dashboard as soon as the facts are ready', async () => {
	let finish: (result: LoadResult) => void = () => {};
	let progress: (done: number, total: number) => void = () => {};
	const load = (onProgress: typeof progress) => {
		progress = onProgress;
		return new Promise<LoadResult>((resolve) => (finish = resolve));
	};
	const app = renderSized(<Root load={load} />);
	await app.waitFor('Loading reports… listing files');
	progress(3, 10);
	await app.waitFor('Loading reports… 3/10 files');
	finish({reports, warnings: []});
	await app.waitFor('COMPARE │ track all │ 5/5 reports');
});

/** The dashboard that just replaced the loading view attaches its key handler in an effect, after its first frame. */
const dashboardInputReady = () => new Promise((resolve) => setTimeout(resolve, 5));

/** A load the test drives by hand: progress, reports arriving, then the end. */
function manualLoad() {
	let finish: (result: LoadResult) => void = () => {};
	let callbacks: LoadCallbacks = [() => {}, () => {}];
	const load = (...given: LoadCallbacks) => {
		callbacks = given;
		return new Promise<LoadResult>((resolve) => (finish = resolve));
	};
	const arrive = (done: number, total: number, ...batch: Report[]) => {
		callbacks[1](batch);
		callbacks[0](done, total);
	};
	return {load, arrive, finish: (result: LoadResult) => finish(result)};
}

test('a long load shows the dashboard over the reports loaded so far, with the progress', async () => {
	const {load, arrive, finish} = manualLoad();
	const app = renderSized(<Root load={load} />);
	arrive(1, 10, august);
	arrive(2, 10, october);
	let frame = await app.waitFor('COMPARE │ track all │ 2/2 reports │ loading 2/10 files');
	assert.ok(frame.includes('2024-08-16'), `the August report is shown:\n${frame}`);
	await dashboardInputReady();
	// Keys work while loading; search waits for the complete list.
	await app.press('/', 'b', 'u');
	frame = await app.waitFor('(indexing…)');
	await app.press(KEYS.escape);
	finish({reports, warnings: [{file: 'bad.txt', reason: 'empty file'}]});
	frame = await app.waitFor('5/5 reports');
	assert.ok(!frame.includes('loading'), 'the progress goes once the load is complete');
	assert.ok(frame.includes('1 warning'));
	await app.waitFor((f) => !f.includes('indexing'));
});

test('reports arriving before the selected one keep it selected', async () => {
	const {load, arrive, finish} = manualLoad();
	const app = renderSized(<Root load={load} />, 160, 40);
	arrive(1, 4, august);
	arrive(2, 4, october);
	await app.waitFor('loading 2/4 files');
	await dashboardInputReady();
	await app.press(KEYS.right);
	// April and September sort in before October.
	arrive(4, 4, april, september);
	await app.waitFor('4/4 reports │ loading 4/4 files', 'the refreshed list is shown');
	finish({reports: [april, august, september, october], warnings: []});
	await app.waitFor((f) => f.includes('4/4 reports') && !f.includes('loading'));
	await app.press(KEYS.enter);
	const frame = await app.waitFor('DETAIL');
	assert.ok(frame.includes('Egypt floats two-day truce'), `October is still the selected report:\n${frame}`);
});

test('a failed load is shown, not thrown', async () => {
	const app = renderSized(<Root load={() => Promise.reject(new Error('disk on fire'))} />);
	await app.waitFor('Could not load the reports: disk on fire');
});

test('--watch: a report added to the folder appears, marked new', async () => {
	writeFileSync(join(dir, 'first.md'), '---\ndate: 2024-04-29\noutlet: AP\n---\nMediators met in Cairo on Monday to discuss a ceasefire.\n');
	const options = {cache: false, workers: 0};
	const app = renderSized(<Root load={(onProgress) => loadReports([dir], {...options, onProgress})} watch={{paths: [dir], options: {...options, debounceMs: 20, pollIntervalMs: 100, safetyPollMs: 200}}} />);
	await app.waitFor('1/1 reports');
	// The watch takes its baseline just after the first frame; rewrite (a change) until it is seen.
	let frame = '';
	const deadline = Date.now() + 15_000;
	for (let n = 0; !frame.includes('2/2 reports') && Date.now() < deadline; n++) {
		writeFileSync(join(dir, 'second.md'), `---\ndate: 2024-08-16\noutlet: Reuters\n---\nTalks resumed in Doha on a Gaza ceasefire.${' '.repeat(n)}\n`);
		frame = await app.waitFor('2/2 reports').catch(() => app.frame());
	}
	assert.match(frame, /2\/2 reports/);
	assert.match(frame, /1 new/);
	assert.match(frame, /\*new Reuters/);
});
