import {closeSync, constants, fstatSync, openSync, readFileSync} from 'node:fs';
import {MAX_FILE_BYTES} from '../ingest/limits.js';

/**
 * Reads an input file listed earlier, checking again what it is now: the listing
 * and the read are apart in time, and a file replaced meanwhile by a FIFO would
 * block a plain read forever, one grown past the size limit would be read whole.
 * The open is non-blocking (a FIFO opens at once) and `fstat` judges the opened
 * file itself. Throws an error whose `code` says why (ENOENT, not a regular file...).
 * @example readInputFile('reports/a.md')
 */
export function readInputFile(file: string, maxBytes = MAX_FILE_BYTES): Buffer {
	const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
	try {
		const stat = fstatSync(fd);
		if (!stat.isFile()) throw Object.assign(new Error(`${file}: not a regular file`), {code: 'not a regular file'});
		if (stat.size > maxBytes) throw Object.assign(new Error(`${file}: too large`), {code: `too large: ${stat.size} bytes, the limit is ${maxBytes}`});
		return readFileSync(fd);
	} finally {
		closeSync(fd);
	}
}
