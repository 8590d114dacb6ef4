import {existsSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {packageRoot} from '../../source/core/package-paths.js';

const ROOT = packageRoot();
const BUILT = join(ROOT, 'dist', 'bin', 'parley.js');
const SOURCE = join(ROOT, 'source', 'cli.tsx');

/**
 * The argv prefix that runs the real `parley`: the built binary when it is newer than
 * every source file (npm test builds first, and node starts it ~1 s faster than tsx),
 * else the TypeScript sources through tsx, so a lone test run never tests stale code.
 */
export function parleyCommand(): string[] {
	if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= newestSourceMtime(join(ROOT, 'source'))) {
		return [process.execPath, BUILT];
	}
	return [process.execPath, '--import', 'tsx', SOURCE];
}

function newestSourceMtime(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, {withFileTypes: true})) {
		const path = join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestSourceMtime(path) : statSync(path).mtimeMs);
	}
	return newest;
}
