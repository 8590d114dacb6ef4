#!/usr/bin/env node
// Regenerates the golden Markdown snapshots of the bundled reports in
// test/fixtures/snapshots/ from the current loader and extraction.
// Run it after any change to extraction, knowledge or the snapshot format,
// read the diff, and commit the files with the change:
//   node scripts/update-golden.mjs
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {register} from 'tsx/esm/api';

register();
const {GOLDEN_DIR, renderGoldenCases} = await import('../test/export/golden-cases.ts');
mkdirSync(GOLDEN_DIR, {recursive: true});
for (const {file, markdown} of await renderGoldenCases()) {
	const path = join(GOLDEN_DIR, file);
	let before = '';
	try {
		before = readFileSync(path, 'utf8');
	} catch {}
	writeFileSync(path, markdown);
	console.log(`${before === markdown ? 'unchanged' : 'updated  '} ${path} (${markdown.length} chars)`);
}
