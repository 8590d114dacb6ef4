import assert from 'node:assert/strict';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {loadReports} from '../../source/core/load-reports.js';
import {applyReportChange} from '../../source/core/watch/apply-report-change.js';
import {watchReports, type ReportChange, type WatchOptions} from '../../source/core/watch/watch-reports.js';
import {copyCorpus, tempDir} from './scale-helpers.js';

const NEW_REPORT = readFileSync('data/reports/000_3caa1f5bb4914834.txt', 'utf8') + '\nNegotiators returned to Doha on Monday.\n';

/** Starts a watch and returns a function that waits for the next change notice. */
function startWatch(dir: string, options: WatchOptions) {
	const changes: ReportChange[] = [];
	let wake: (() => void) | undefined;
	const watcher = watchReports([dir], {cacheDir: tempDir('cache'), workers: 0, ...options}, (change) => {
		changes.push(change);
		wake?.();
	});
	const next = async (): Promise<ReportChange> => {
		while (changes.length === 0) await new Promise<void>((resolve) => (wake = resolve));
		return changes.shift()!;
	};
	return {watcher, next};
}

for (const mode of ['fs.watch', 'polling'] as const) {
	test(`watch (${mode}) picks up a new file, a changed file and a removed file`, async () => {
		const {dir} = copyCorpus();
		const before = await loadReports([dir], {cache: false});
		const {watcher, next} = startWatch(dir, mode === 'polling' ? {poll: true, pollIntervalMs: 30} : {debounceMs: 30, safetyPollMs: 60_000});
		try {
			const added = join(dir, 'part-0', 'zz-new-report.txt');
			writeFileSync(added, NEW_REPORT);
			const first = await next();
			assert.deepEqual(first.added, [added]);
			assert.equal(first.reports.length, 1);
			assert.match(first.reports[0].text!, /returned to Doha/);
			const merged = applyReportChange(before.reports, first);
			assert.equal(merged.length, before.reports.length + 1);

			writeFileSync(added, NEW_REPORT + 'A second update from Cairo followed.\n');
			const second = await next();
			assert.deepEqual(second.changed, [added]);
			assert.match(second.reports[0].text!, /second update from Cairo/);
			const updated = applyReportChange(merged, second);
			assert.equal(updated.length, merged.length);
			assert.match(updated.find((r) => r.file === added)!.text!, /second update/);

			rmSync(added);
			const third = await next();
			assert.deepEqual(third.removed, [added]);
			assert.equal(applyReportChange(updated, third).length, before.reports.length);
		} finally {
			watcher.close();
		}
	});
}

test('files the caller does not show yet (added during the first load) are reported at once', async () => {
	const {dir} = copyCorpus();
	const loaded = await loadReports([dir], {cache: false});
	const late = join(dir, 'part-1', 'zz-late.txt');
	writeFileSync(late, NEW_REPORT);
	const known = new Set(loaded.reports.map((r) => r.file));
	const {watcher, next} = startWatch(dir, {known, debounceMs: 30, safetyPollMs: 60_000});
	try {
		const change = await next();
		assert.deepEqual(change.added, [late]);
		assert.deepEqual(change.changed, []);
		assert.equal(change.reports.length, 1);
	} finally {
		watcher.close();
	}
});
