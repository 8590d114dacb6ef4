import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after} from 'node:test';

const SOURCES = ['data/reports', 'test/fixtures/corpus/dev', 'test/fixtures/corpus/seeds'];

/** A fresh temp folder, removed after the test file's tests. */
export function tempDir(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), `parley-${prefix}-`));
	after(() => rmSync(dir, {recursive: true, force: true}));
	return dir;
}

/** A temp copy of the bundled and fixture reports (.txt), in two sub-folders. */
export function copyCorpus(): {dir: string; files: number} {
	const dir = tempDir('corpus');
	let files = 0;
	for (const [i, source] of SOURCES.entries()) {
		const target = join(dir, `part-${i}`);
		mkdirSync(target, {recursive: true});
		for (const name of readdirSync(source)) {
			if (!name.endsWith('.txt')) continue;
			copyFileSync(join(source, name), join(target, name));
			files++;
		}
	}
	return {dir, files};
}
