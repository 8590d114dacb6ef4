#!/usr/bin/env node
// Bundles the compiled CLI (dist/source, from tsc) into dist/bin: the `parley`
// binary users run. Why: ink alone loads ~480 module files at start (es-toolkit's
// compat entry is 415 of them), and opening, reading and compiling them cost
// ~0.4 s of a 1.35 s warm start at 10,000 reports. One bundle, with lazily
// imported parts (compromise, linkedom, the snapshot writer) split into chunks
// beside it, starts in well under that.
//
// Usage: node scripts/bundle.mjs [--dist DIR]   (default: dist/ of this package)
import {existsSync, rmSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const distFlag = process.argv.indexOf('--dist');
const dist = resolve(distFlag >= 0 ? process.argv[distFlag + 1] : join(root, 'dist'));
const entries = {
	parley: join(dist, 'source/cli.js'),
	// Found by extract-in-workers as `./extract-worker.js` beside the chunk that starts it.
	'extract-worker': join(dist, 'source/core/parallel/extract-worker.js'),
};
for (const file of Object.values(entries)) {
	if (!existsSync(file)) {
		console.error(`bundle: ${file} is missing; run tsc first (npm run build does both)`);
		process.exit(1);
	}
}

const outdir = join(dist, 'bin');
rmSync(outdir, {recursive: true, force: true});
await build({
	entryPoints: entries,
	outdir,
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	// Entries and chunks in one folder, so `new URL('./extract-worker.js', import.meta.url)` works from any chunk.
	entryNames: '[name]',
	chunkNames: '[name]-[hash]',
	// Ink imports React DevTools only when DEV=true; it is not a dependency.
	external: ['react-devtools-core'],
	// CommonJS dependencies (React, compromise) call require() for Node built-ins.
	banner: {js: "import {createRequire as __parleyRequire} from 'node:module';\nconst require = __parleyRequire(import.meta.url);"},
	legalComments: 'none',
	logLevel: 'warning',
});
