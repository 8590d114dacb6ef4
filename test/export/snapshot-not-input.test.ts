import assert from 'node:assert/strict';
import {copyFileSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {loadReports} from '../../source/core/load-reports.js';
import {buildSnapshot, writeSnapshotFile} from '../../source/core/markdown/index.js';
import {bundledReportsDir} from '../../source/core/package-paths.js';

test('a snapshot the e key wrote into the folder being read is not read back as a report', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'parley-snapshot-input-'));
	try {
		const first = readdirSync(bundledReportsDir()).sort()[0]!;
		copyFileSync(join(bundledReportsDir(), first), join(dir, first));
		const before = await loadReports([dir], {cache: false});
		const now = new Date('2024-11-01T12:00:00Z');
		await writeSnapshotFile(buildSnapshot(before.reports, {now}), {dir, now});
		await writeSnapshotFile(buildSnapshot(before.reports, {now}), {dir, now});
		assert.equal(readdirSync(dir).length, 3);
		const after = await loadReports([dir], {cache: false});
		assert.deepEqual(after.reports.map((r) => r.file), [join(dir, first)]);
		assert.deepEqual(after.warnings, []);
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
});
