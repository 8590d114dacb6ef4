import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, afterEach, test} from 'node:test';
import {cleanup} from 'ink-testing-library';
import {loadReports} from '../../source/core/load-reports.js';
import type {LoadResult} from '../../source/core/types.js';
import {Root} from '../../source/ui/root.js';
import {renderSized} from './helpers.js';
import {reports} from './fixtures.js';

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
