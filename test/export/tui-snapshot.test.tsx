import assert from 'node:assert/strict';
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, describe, it} from 'node:test';
import {render} from 'ink-testing-library';
import {listTracks} from '../../source/core/compare/index.js';
import {loadKnowledge} from '../../source/core/knowledge/load-knowledge.js';
import {loadReports} from '../../source/core/load-reports.js';
import {bundledReportsDir} from '../../source/core/package-paths.js';
import {App} from '../../source/ui/app.js';
import {runParley} from '../cli/run-parley.js';
import {parseSnapshot} from './parse-snapshot.js';

const NOW = '2024-11-01T12:00:00Z';
const dir = mkdtempSync(join(tmpdir(), 'parley-tui-snapshot-'));
after(() => rmSync(dir, {recursive: true, force: true}));

/** Polls the frame until it shows what is expected (gives up after ~30 s; nothing asserts on time). */
async function waitForFrame(lastFrame: () => string | undefined, predicate: (frame: string) => boolean): Promise<string> {
	for (let i = 0; i < 3000; i++) {
		const frame = lastFrame() ?? '';
		if (predicate(frame)) return frame;
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
	throw new Error(`the frame never matched; last frame:\n${lastFrame()}`);
}

describe('the dashboard’s e key', () => {
	it('writes the same file as `parley export` with the same view, track and search', async () => {
		const knowledge = loadKnowledge();
		const {reports, warnings} = await loadReports([bundledReportsDir()], {knowledge, cache: false});
		const previousNow = process.env['PARLEY_NOW'];
		process.env['PARLEY_NOW'] = NOW;
		let shownTrack = '';
		let shownCount = -1;
		const app = render(<App reports={reports} warnings={warnings} snapshotDir={dir} knowledgeVersion={knowledge.version} />);
		try {
			await waitForFrame(app.lastFrame, (f) => f.includes('COMPARE │'));
			// Tracks view, the next venue track, a search (Enter opens its best hit): then the snapshot.
			app.stdin.write('2');
			let frame = await waitForFrame(app.lastFrame, (f) => f.includes('TRACKS │'));
			if (listTracks(reports).length > 1) {
				app.stdin.write('t');
				frame = await waitForFrame(app.lastFrame, (f) => /TRACKS │ track (?!all )/.test(f));
			}
			shownTrack = /TRACKS │ track (\S+)/.exec(frame)![1]!;
			app.stdin.write('/');
			await waitForFrame(app.lastFrame, (f) => f.includes('type to narrow'));
			app.stdin.write('ceasefire');
			await waitForFrame(app.lastFrame, (f) => f.includes('filter "ceasefire"'));
			app.stdin.write('\r');
			const screen = await waitForFrame(app.lastFrame, (f) => !f.includes('type to narrow'));
			shownCount = Number(/│ (\d+)\/\d+ reports/.exec(screen)![1]);
			app.stdin.write('e');
			await waitForFrame(app.lastFrame, (f) => /snapshot (written|failed)/.test(f));
		} finally {
			app.unmount();
			if (previousNow === undefined) delete process.env['PARLEY_NOW'];
			else process.env['PARLEY_NOW'] = previousNow;
		}
		const files = readdirSync(dir);
		assert.equal(files.length, 1, `one snapshot file expected, got ${files.join(', ')}`);
		assert.match(files[0]!, /^parley-snapshot-\d{4}-\d{2}-\d{2}-\d{6}\.md$/);
		const written = readFileSync(join(dir, files[0]!), 'utf8');
		const {frontMatter, tables} = parseSnapshot(written);
		// The reports in the file are the ones the status line counted on screen.
		assert.equal((tables[0]?.length ?? 1) - 1, shownCount);
		const view = frontMatter['view'] as string;
		assert.ok(['tracks', 'detail'].includes(view), view);
		assert.equal(frontMatter['filters'].query, 'ceasefire');
		assert.equal(frontMatter['filters'].track, shownTrack);
		const exported = await runParley(['export', '--view', view, '--track', shownTrack, '--query', 'ceasefire', '--now', NOW]);
		assert.equal(exported.code, 0, exported.stderr);
		assert.equal(written, exported.stdout);
	});
});
