/**
 * The dashboard on the bundled reports through the real loader: the Cairo track reads
 * April 2024 → August 2024 → October 2024 with the changes between them.
 */
import assert from 'node:assert/strict';
import {after, test} from 'node:test';
import {cleanup} from 'ink-testing-library';
import {loadReports} from '../../source/core/load-reports.js';
import {bundledReportsDir} from '../../source/core/package-paths.js';
import {printCompare} from '../../source/ui/print-compare.js';
import {renderApp} from './helpers.js';

after(cleanup);

const loaded = await loadReports([bundledReportsDir()], {cache: false, workers: 0});

test('bundled reports: the Cairo track timeline is April → August → October 2024 with changes', async () => {
	const app = renderApp({reports: loaded.reports, warnings: loaded.warnings}, 160, 60);
	await app.press('2', 't');
	const frame = await app.waitFor('TRACKS │ track Cairo');
	const headers = frame.split('\n').filter((l) => /^[> ] (\d{4}-\d\d-\d\d|undated)/.test(l));
	const months = headers.map((l) => l.slice(2, 9));
	assert.deepEqual(months.filter((m) => m.startsWith('2024')), ['2024-04', '2024-08', '2024-10'], headers.join('\n'));
	const afterFirst = frame.slice(frame.indexOf(headers[1]!));
	assert.match(afterFirst, /^\s+[+~-] (term|obstacle|mediator|momentum)/m, 'what changed is listed');
});

test('bundled reports: plain-text compare prints every report', () => {
	const text = printCompare(loaded, 120);
	for (const report of loaded.reports) assert.ok(text.includes(report.date ?? 'undated'), report.file);
	for (const family of ['venues', 'mediators', 'terms', 'momentum']) assert.ok(text.includes(family));
});
