#!/usr/bin/env node
// Runs every test/**/*.test.ts(x) with node's test runner through tsx.
// (node --test on Node 20 does not expand globs itself.)
//   node test/run-tests.mjs [filter...]   only files whose path contains a filter
import {spawnSync} from 'node:child_process';
import {readdirSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const filters = process.argv.slice(2);
const files = [];
const walk = (dir) => {
	for (const name of readdirSync(dir).sort()) {
		const path = join(dir, name);
		if (name === 'fixtures' || name === 'node_modules') continue;
		if (statSync(path).isDirectory()) walk(path);
		else if (/\.test\.tsx?$/.test(name)) files.push(relative(root, path));
	}
};
walk(join(root, 'test'));
const selected = filters.length ? files.filter((f) => filters.some((x) => f.includes(x))) : files;
if (selected.length === 0) {
	console.error('run-tests: no test files matched');
	process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...selected], {
	cwd: root,
	stdio: 'inherit',
	env: {...process.env, NODE_NO_WARNINGS: '1'},
});
process.exit(result.status ?? 1);
