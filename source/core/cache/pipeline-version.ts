import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {EXTRACTOR_VERSION} from '../extract/extractor-version.js';
import type {Knowledge} from '../knowledge/load-knowledge.js';
import {packageRoot} from '../package-paths.js';

const CACHE_FORMAT = 3;
const CODE_FILE = /\.(?:[cm]?[jt]sx?)$/;

let memo: string | undefined;

/**
 * The key of everything a cached extraction depends on besides the file itself:
 * the cache format, `EXTRACTOR_VERSION`, `knowledge.version`, and a fingerprint
 * of the pipeline's code. The fingerprint is there because ingest and extract
 * change daily while EXTRACTOR_VERSION is bumped by hand; a forgotten bump must
 * not serve stale facts. In an installed release the code never changes, so
 * only the two versions decide.
 */
export function pipelineVersion(knowledge: Pick<Knowledge, 'version'>, extractorVersion: string = EXTRACTOR_VERSION): string {
	const hash = createHash('sha256');
	hash.update(`format ${CACHE_FORMAT}\nextractor ${extractorVersion}\nknowledge ${knowledge.version}\n`);
	hash.update(codeFingerprint());
	return hash.digest('hex').slice(0, 20);
}

/**
 * SHA-256 of the pipeline's code plus package.json; memoised. The code is every
 * file under source/core (or dist/source/core) when running unbundled, and every
 * file of the bundle folder (dist/bin) when running the bundled binary, where
 * this module is a chunk among the others.
 */
export function codeFingerprint(): string {
	if (memo) return memo;
	const here = dirname(fileURLToPath(import.meta.url));
	const coreDir = basename(here) === 'cache' ? dirname(here) : here;
	const hash = createHash('sha256');
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (CODE_FILE.test(entry.name)) hash.update(`${path.slice(coreDir.length)}\0`).update(readFileSync(path));
		}
	};
	walk(coreDir);
	try {
		hash.update(readFileSync(join(packageRoot(), 'package.json')));
	} catch {
		// Without package.json the dependency versions cannot be part of the key; the code still is.
	}
	memo = hash.digest('hex');
	return memo;
}
