import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {ingestFile} from '../../source/core/ingest/ingest-file.js';
import {loadKnowledge} from '../../source/core/knowledge/load-knowledge.js';
import {processFile} from '../../source/core/parallel/process-file.js';

const TEXT = 'Mediators met in Doha on Sunday to discuss a ceasefire and the release of hostages.\nBrought to you by Example Sponsor\nTalks will resume in Cairo next week, officials said.';

test('a user knowledge file extends the boilerplate patterns', () => {
	const dir = mkdtempSync(join(tmpdir(), 'parley-kb-'));
	try {
		const extra = join(dir, 'my-boilerplate.json');
		writeFileSync(extra, JSON.stringify({boilerplate: {junkLines: ['^brought to you by .{1,60}$']}}));
		const bundled = loadKnowledge();
		const extended = loadKnowledge([extra]);
		// Bundled patterns alone keep the sponsor line; merged with the user's file it goes.
		assert.match(ingestFile('a.txt', Buffer.from(TEXT), {boilerplate: bundled.data.boilerplate as never}).reports[0]!.text, /Example Sponsor/);
		const cleaned = ingestFile('a.txt', Buffer.from(TEXT), {boilerplate: extended.data.boilerplate as never}).reports[0]!.text;
		assert.doesNotMatch(cleaned, /Example Sponsor/);
		assert.equal(cleaned.split('\n').length, 2);
		// The loader passes the merged knowledge on (in process and in workers alike).
		const result = processFile('a.txt', Buffer.from(TEXT), extended);
		const text = result.reports[0]!.text ?? '';
		assert.match(text, /Talks will resume in Cairo/);
		assert.doesNotMatch(text, /Example Sponsor/);
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
});
