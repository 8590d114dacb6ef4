import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {before, describe, it} from 'node:test';
import {bundledReportsDir, packageRoot} from '../../source/core/package-paths.js';
import {listTracks} from '../../source/core/compare/index.js';
import type {Report} from '../../source/core/types.js';
import {GOLDEN_DIR, renderGoldenCases} from './golden-cases.js';
import {parseSnapshot} from './parse-snapshot.js';

const HINT = 'the snapshot of the bundled data changed: if extraction or the format changed on purpose, run `node scripts/update-golden.mjs` and review the diff';

let rendered: Array<{file: string; markdown: string; reports: Report[]}>;
before(async () => {
	rendered = await renderGoldenCases();
});

describe('golden snapshots of the bundled reports', () => {
	it('match the golden files byte for byte', () => {
		for (const {file, markdown} of rendered) {
			const golden = readFileSync(join(GOLDEN_DIR, file), 'utf8');
			assert.equal(markdown, golden, `${file}: ${HINT}`);
		}
	});

	it('record each bundled file with the SHA-256 of its bytes', () => {
		const dir = bundledReportsDir();
		const expected = readdirSync(dir)
			.filter((f) => !f.startsWith('.') && !f.endsWith('.gold.json'))
			.sort()
			.map((f) => ({file: `data/reports/${f}`, sha256: createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')}));
		for (const {markdown} of rendered) assert.deepEqual(parseSnapshot(markdown).frontMatter['sources'], expected);
	});

	it('render as GitHub Markdown: one timeline table of six columns per track, rows for every report in it', () => {
		const all = parseSnapshot(rendered[0]!.markdown);
		const sourceRows = all.tables[0]!.length - 1;
		assert.equal(sourceRows, readdirSync(bundledReportsDir()).filter((f) => !f.startsWith('.')).length);
		const trackHeadings = all.headings.filter((h) => h.startsWith('Track: '));
		const tracks = listTracks(rendered[0]!.reports);
		assert.deepEqual(trackHeadings, tracks.map((t) => `Track: ${t === 'all' ? 'All reports' : t}`));
		const timelines = all.tables.slice(1);
		assert.equal(timelines.length, trackHeadings.length);
		assert.equal(timelines[0]!.length - 1, sourceRows, 'the "all" track has every report');
		for (const [i, track] of tracks.entries()) {
			if (track === 'all') continue;
			const members = rendered[0]!.reports.filter((r) => r.venues.includes(track));
			assert.equal(timelines[i]!.length - 1, members.length, `rows of the ${track} track`);
		}
		for (const table of timelines) {
			assert.deepEqual(table[0], ['date', 'report', 'mediators', 'terms', 'obstacles', 'momentum']);
			for (const row of table) assert.equal(row.length, 6);
		}
		assert.equal(all.mermaid.length, trackHeadings.length);
		for (const diagram of all.mermaid) assert.match(diagram, /^timeline\n {4}title /);
	});

	it('the Cairo snapshot shows only the reports that name Cairo', () => {
		const cairo = parseSnapshot(rendered[1]!.markdown);
		assert.equal(cairo.frontMatter['filters'].track, 'Cairo');
		const trackHeadings = cairo.headings.filter((h) => h.startsWith('Track: '));
		const sourceRows = cairo.tables[0]?.slice(1) ?? [];
		const inCairo = rendered[1]!.reports.filter((r) => r.venues.includes('Cairo'));
		assert.deepEqual(sourceRows.map((row) => row[5]), inCairo.map((r) => relative(packageRoot(), r.file)));
		if (inCairo.length === 0) {
			assert.deepEqual(trackHeadings, []);
			return;
		}
		assert.deepEqual(trackHeadings, ['Track: Cairo']);
		assert.equal(cairo.tables[1]!.length - 1, inCairo.length);
		assert.equal(cairo.mermaid.length, 1);
	});
});
