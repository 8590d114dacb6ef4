import assert from 'node:assert/strict';
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {parse as parseYaml} from 'yaml';
import {bundledReportsDir} from '../../source/core/package-paths.js';
import {GOLDEN_CASES, GOLDEN_NOW, renderGoldenCases} from '../export/golden-cases.js';
import {parseSnapshot} from '../export/parse-snapshot.js';
import {runParley} from './run-parley.js';

const tmp = mkdtempSync(join(tmpdir(), 'parley-export-'));
const mixed = join(tmp, 'mixed');
/** The golden cases rendered in-process from the bundled data (the golden test compares these with the files). */
let expected: Map<string, string>;
after(() => rmSync(tmp, {recursive: true, force: true}));
before(async () => {
	expected = new Map((await renderGoldenCases()).map(({file, markdown}) => [file, markdown]));
	// A folder with a good report and a bad entry: a link to a file that is gone.
	mkdirSync(mixed);
	const first = readdirSync(bundledReportsDir()).sort()[0]!;
	copyFileSync(join(bundledReportsDir(), first), join(mixed, 'good.txt'));
	symlinkSync(join(tmp, 'vanished.txt'), join(mixed, 'bad.txt'));
});

describe('parley export', () => {
	it('prints the same snapshot as buildSnapshot makes in-process for the golden cases', async () => {
		for (const {file, args} of GOLDEN_CASES) {
			const result = await runParley(['export', '--now', GOLDEN_NOW, ...args]);
			assert.equal(result.code, 0, result.stderr);
			assert.equal(result.stdout, expected.get(file), file);
		}
	});

	it('takes the generation time from PARLEY_NOW, and leaves the diagrams out with --no-diagram', async () => {
		const result = await runParley(['export', '--no-diagram'], {env: {PARLEY_NOW: '2025-01-02T03:04:05Z'}});
		assert.equal(result.code, 0, result.stderr);
		const parsed = parseSnapshot(result.stdout);
		assert.equal(parsed.frontMatter['generated'], '2025-01-02T03:04:05Z');
		assert.deepEqual(parsed.mermaid, []);
		assert.doesNotMatch(result.stdout, /```mermaid/);
	});

	it('keeps stdout pure: only the document, warnings about bad inputs on stderr', async () => {
		const exported = await runParley(['export', mixed, '--now', GOLDEN_NOW]);
		assert.equal(exported.code, 0, exported.stderr);
		assert.ok(exported.stdout.startsWith('---\n'));
		const sources = parseSnapshot(exported.stdout).frontMatter['sources'] as Array<{file: string}>;
		assert.deepEqual(sources.map((s) => s.file), [join(mixed, 'good.txt')]);
		assert.match(exported.stderr, /^parley: warning: .*bad\.txt: /m);
		const extracted = await runParley(['extract', '--json', mixed]);
		assert.equal(extracted.code, 0, extracted.stderr);
		const doc = JSON.parse(extracted.stdout) as {reports: Array<{file: string}>};
		assert.deepEqual(doc.reports.map((r) => r.file), [join(mixed, 'good.txt')]);
		assert.match(extracted.stderr, /^parley: warning: .*bad\.txt: /m);
	});

	it('writes --out atomically and never over an existing file without --force', async () => {
		const out = join(tmp, 'brief.md');
		// Side by side, so both read the same extraction code and knowledge.
		const [first, printed] = await Promise.all([runParley(['export', '--now', GOLDEN_NOW, '--out', out]), runParley(['export', '--now', GOLDEN_NOW])]);
		assert.equal(first.code, 0, first.stderr);
		assert.equal(first.stdout, '');
		assert.match(first.stderr, /wrote .*brief\.md/);
		assert.equal(readFileSync(out, 'utf8'), printed.stdout);
		writeFileSync(out, 'my own notes');
		const refused = await runParley(['export', '--out', out]);
		assert.equal(refused.code, 1);
		assert.match(refused.stderr, /brief\.md exists; use --force to overwrite it/);
		assert.equal(readFileSync(out, 'utf8'), 'my own notes');
		const forced = await runParley(['export', '--out', out, '--force', '--track', 'all']);
		assert.equal(forced.code, 0, forced.stderr);
		assert.ok(parseYaml(readFileSync(out, 'utf8').split('---\n')[1]!));
	});

	it('leaves neither a partial file nor a temporary file when the write fails midway', async () => {
		const dir = join(tmp, 'small-disk');
		mkdirSync(dir);
		const out = join(dir, 'brief.md');
		// A 2 KiB file size limit: the snapshot is larger, so the write fails partway (EFBIG).
		const result = await runParley(['export', '--now', GOLDEN_NOW, '--out', out], {shellPrefix: 'ulimit -f 2;', env: {TSX_DISABLE_CACHE: '1'}});
		assert.ok(Buffer.byteLength(expected.get(GOLDEN_CASES[0]!.file)!) > 2048, 'the snapshot must be larger than the limit');
		assert.equal(result.code, 1, result.stderr);
		assert.match(result.stderr, /EFBIG|too large/);
		assert.deepEqual(readdirSync(dir), []);
	});
});

describe('stdout closed early', () => {
	it('extract --json into a reader that stops at once exits quietly', async () => {
		const result = await runParley(['extract', '--json', '--with-text'], {onSpawn: (child) => child.stdout!.destroy()});
		assert.equal(result.code, 0, result.stderr);
		assert.equal(result.stderr, '');
	});

	it('works in a shell pipe with head', async () => {
		const result = await runParley(['extract', '--json'], {shellPrefix: 'set -o pipefail; "$@" | head -c 1; exit $?; #'});
		assert.equal(result.stdout, '{');
		assert.equal(result.code, 0, result.stderr);
		assert.equal(result.stderr, '');
	});
});
