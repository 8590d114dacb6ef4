import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, test} from 'node:test';
import {writeScreenSnapshot} from '../../source/ui/snapshot.js';
import {reports} from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-snap-'));
after(() => rmSync(dir, {recursive: true, force: true}));

test('the e snapshot records the screen (view, track, filter) in a new file, never overwriting', async () => {
	const screen = {view: 'tracks', track: 'Cairo', query: 'burns'};
	const first = await writeScreenSnapshot(reports, screen, {dir, knowledgeVersion: 'test'});
	const second = await writeScreenSnapshot(reports, screen, {dir, knowledgeVersion: 'test'});
	assert.notEqual(first, second, 'a second snapshot gets a new name');
	assert.equal(readdirSync(dir).filter((f) => f.endsWith('.md')).length, 2);
	const text = readFileSync(first, 'utf8');
	assert.match(text, /tracks/);
	assert.match(text, /Cairo/);
	assert.match(text, /burns/);
	assert.ok(!text.includes('2024-09-10'), 'the Doha-only report is not on the Cairo track');
});
