#!/usr/bin/env node
// npm run eval: extracts facts from the annotated corpus (seeds + dev) with the built
// CLI and prints the shared scorer's table for the two sets together.
//   node scripts/eval.mjs [--verbose] [--json] [--set seeds|dev|heldout|heldout2|...|heldout11]
// (heldoutN: the team's own held-out sets under test/fixtures/corpus; see each set's README)
// Uses ../shared/corpus and ../shared/eval/score.mjs when present, else the copies
// under test/fixtures (kept so the repository is self-contained).
import {execFileSync} from 'node:child_process';
import {copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const useShared = existsSync(join(shared, 'corpus', 'seeds')) && existsSync(join(shared, 'eval', 'score.mjs'));
const corpus = useShared ? join(shared, 'corpus') : join(root, 'test', 'fixtures', 'corpus');
const scorer = useShared ? join(shared, 'eval', 'score.mjs') : join(root, 'test', 'fixtures', 'eval', 'score.mjs');

const args = process.argv.slice(2);
const setIndex = args.indexOf('--set');
const sets = setIndex >= 0 ? [args[setIndex + 1]] : ['seeds', 'dev'];
const passThrough = args.filter((a) => a === '--verbose' || a === '--json');

const work = mkdtempSync(join(tmpdir(), 'parley-eval-'));
try {
	const gold = join(work, 'gold');
	execFileSync('mkdir', ['-p', gold]);
	const reportFiles = [];
	for (const set of sets) {
		// The team's own held-out sets (heldout, heldout2, heldout3) live in the repository; seeds and dev come from the shared corpus.
		const dir = set.startsWith('heldout') ? join(root, 'test', 'fixtures', 'corpus', set) : join(corpus, set);
		for (const name of readdirSync(dir).sort()) {
			if (name.endsWith('.gold.json')) copyFileSync(join(dir, name), join(gold, name));
			else if (name !== 'README.md' && /\.(txt|md|html?|json|jsonl|xml|rss|atom)$/.test(name)) reportFiles.push(join(dir, name));
		}
	}
	// Runs the TypeScript sources through tsx, so the figures are always those of the current code.
	const cli = join(root, 'source', 'cli.tsx');
	const json = execFileSync(process.execPath, ['--import', 'tsx', cli, 'extract', '--json', ...reportFiles], {maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit']});
	const pred = join(work, 'pred.json');
	writeFileSync(pred, json);
	if (!passThrough.includes('--json')) process.stdout.write(`scoring ${reportFiles.length} reports (${sets.join(' + ')}) from ${useShared ? '../shared' : 'test/fixtures'}\n`);
	const out = execFileSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, ...passThrough], {encoding: 'utf8'});
	process.stdout.write(out);
} finally {
	rmSync(work, {recursive: true, force: true});
}
