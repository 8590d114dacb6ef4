import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';

// The trafilatura-style gate: extraction quality on the annotated corpus may never
// silently drop below the figures pinned in test/quality-minimums.json.
const minimums = JSON.parse(readFileSync(new URL('quality-minimums.json', import.meta.url), 'utf8')) as {
	micro: number;
	dateAccuracy: number;
	fields: Record<string, number>;
};

test('extraction on seeds + dev stays above the pinned minimums', () => {
	const out = execFileSync(process.execPath, ['scripts/eval.mjs', '--json'], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
	const {summary} = JSON.parse(out) as {summary: {micro: {f1: number}; dateAccuracy: number; missingReports: number; fields: Record<string, {f1: number}>}};
	assert.equal(summary.missingReports, 0, 'every annotated report must be in the prediction');
	const failures: string[] = [];
	const check = (name: string, got: number, min: number) => {
		if (got + 1e-9 < min) failures.push(`${name}: ${got.toFixed(3)} < pinned ${min}`);
	};
	check('micro F1', summary.micro.f1, minimums.micro);
	check('date accuracy', summary.dateAccuracy, minimums.dateAccuracy);
	for (const [field, min] of Object.entries(minimums.fields)) check(`${field} F1`, summary.fields[field]?.f1 ?? 0, min);
	assert.deepEqual(failures, []);
});
