#!/usr/bin/env node
// `npm run fuzz`: the long fuzz run of the loader (>= 10,000 cases); see test/robustness/fuzz/fuzz-main.ts.
import {spawnSync} from 'node:child_process';

const main = new URL('../test/robustness/fuzz/fuzz-main.ts', import.meta.url).pathname;
const result = spawnSync(process.execPath, ['--import', 'tsx', main, ...process.argv.slice(2)], {stdio: 'inherit', env: {...process.env, NODE_NO_WARNINGS: '1'}});
process.exit(result.status ?? 1);
