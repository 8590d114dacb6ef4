import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Knowledge} from '../knowledge/load-knowledge.js';
import {packageRoot} from '../package-paths.js';

const CACHE_FORMAT = 3;
const CODE_FILE = /\.(?:[cm]?[jt]sx?)$/;
const EXTRACTOR_MODULE = /^extract-report\.[jt]s$/;
const EXTRACTOR_VERSION_LINE = /export const EXTRACTOR_VERSION\s*=\s*['"]([^'"]+)['"]/;

let memo: {fingerprint: string; extractorVersion: string} | undefined;

/**
 * The key of everything a cached extraction depends on besides the file itself:
 * the cache format, `EXTRACTOR_VERSION`, `knowledge.version`, and a fingerprint
 * of the pipeline's code. The fingerprint is there because ingest and extract
 * change daily while EXTRACTOR_VERSION is bumped by hand; a forgotten bump must
 * not serve stale facts. In an installed release the code never changes, so
 * only the two versions decide.
 *
 * EXTRACTOR_VERSION is read from the extractor module's text (walked for the
 * fingerprint anyway) rather than imported: importing the extractor loads
 * compromise and friends (~0.4 s of CPU), which a warm start must not pay.
 */
export function pipelineVersion(knowledge: Pick<Knowledge, 'version'>, extractorVersion: string = codeFingerprint().extractorVersion): string {
	const hash = createHash('sha256');
	hash.update(`format ${CACHE_FORMAT}\nextractor ${extractorVersion}\nknowledge ${knowledge.version}\n`);
	hash.update(codeFingerprint().fingerprint);
	return hash.digest('hex').slice(0, 20);
}

/**
 * SHA-256 of every code file under source/core (or dist/source/core) plus
 * package.json, and the EXTRACTOR_VERSION found in the extractor; memoised.
 */
export function codeFingerprint(): {fingerprint: string; extractorVersion: string} {
	if (memo) return memo;
	let extractorVersion = 'unknown';
	const coreDir = join(dirname(fileURLToPath(import.meta.url)), '..');
	const hash = createHash('sha256');
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (CODE_FILE.test(entry.name)) {
				const code = readFileSync(path);
				hash.update(`${path.slice(coreDir.length)}\0`).update(code);
				if (EXTRACTOR_MODULE.test(entry.name)) extractorVersion = EXTRACTOR_VERSION_LINE.exec(code.toString('utf8'))?.[1] ?? extractorVersion;
			}
		}
	};
	walk(coreDir);
	try {
		hash.update(readFileSync(join(packageRoot(), 'package.json')));
	} catch {
		// Without package.json the dependency versions cannot be part of the key; the code still is.
	}
	memo = {fingerprint: hash.digest('hex'), extractorVersion};
	return memo;
}
