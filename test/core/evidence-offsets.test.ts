import assert from 'node:assert/strict';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {loadReports} from '../../source/core/load-reports.js';
import type {Evidence, Report} from '../../source/core/types.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const inputs = [join(root, 'data', 'reports'), join(root, 'test', 'fixtures', 'corpus', 'seeds'), join(root, 'test', 'fixtures', 'corpus', 'dev')];

/** Every fact of a report with its family, for messages. */
function factsOf(report: Report): Array<{family: string; name: string; evidence: Evidence[]}> {
	return [
		...report.mediators.map((m) => ({family: 'mediator', name: m.name, evidence: m.evidence})),
		...report.parties.map((p) => ({family: 'party', name: p.name, evidence: p.evidence})),
		...report.terms.map((t) => ({family: 'term', name: t.kind, evidence: t.evidence})),
		...report.obstacles.map((o) => ({family: 'obstacle', name: o.kind, evidence: o.evidence})),
		{family: 'status', name: String(report.status.value), evidence: report.status.evidence},
	];
}

test('every fact of every bundled and corpus report points at its evidence in the cleaned text', async () => {
	const {reports} = await loadReports(inputs, {cache: false});
	assert.ok(reports.length >= 24, `expected the bundled and corpus reports, got ${reports.length}`);
	let checked = 0;
	for (const report of reports) {
		const text = report.text;
		assert.equal(typeof text, 'string', report.file);
		for (const fact of factsOf(report)) {
			for (const ev of fact.evidence) {
				assert.ok(ev.start >= 0 && ev.end <= text!.length && ev.start < ev.end, `${report.file} ${fact.family} ${fact.name}: bad span ${ev.start}-${ev.end}`);
				assert.equal(text!.slice(ev.start, ev.end), ev.text, `${report.file} ${fact.family} ${fact.name}`);
				checked++;
			}
		}
		for (const m of report.mediators) assert.ok(m.evidence.length, `${report.file}: mediator ${m.name} without evidence`);
		for (const p of report.parties) assert.ok(p.evidence.length, `${report.file}: party ${p.name} without evidence`);
	}
	assert.ok(checked > 0, 'no evidence at all: extraction produced no facts');
	assert.ok(reports.some((r) => r.mediators.length) && reports.some((r) => r.parties.length), 'no mediators or parties at all');
});
