import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';
import {randomBytes} from 'node:crypto';

/**
 * Writes a file so readers see either the old or the new content, never a mix:
 * write a temp file beside the target, then rename it over the target (atomic
 * on POSIX within one filesystem). Concurrent writers each use their own temp
 * name, so the last rename wins and no file is ever half written.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
	mkdirSync(dirname(path), {recursive: true});
	const temp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
	try {
		writeFileSync(temp, data);
		renameSync(temp, path);
	} catch (error) {
		rmSync(temp, {force: true});
		throw error;
	}
}
