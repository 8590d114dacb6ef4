import {createHash} from 'node:crypto';
import {readFileSync, type Stats} from 'node:fs';
import {join, resolve} from 'node:path';
import {writeFileAtomic} from './atomic-write.js';

/** [size, mtimeMs, ctimeMs, inode, sha256] of a file when it was last hashed. */
type StatEntry = [number, number, number, number, string];

const FORMAT = 'parley-stat-index/1';
/**
 * A file modified within this window before the index was written may have
 * changed again within the same timestamp tick; its entry is not trusted
 * (git's "racy clean" rule).
 */
const RACY_WINDOW_MS = 2000;

/**
 * Remembers each input file's content hash by its stat (size, mtime, ctime,
 * inode), so a warm start on an unchanged folder reads no file at all.
 * One index file per set of input paths; written atomically.
 */
export class StatIndex {
	private readonly entries = new Map<string, StatEntry>();
	private writtenAt = 0;
	private changed = false;
	private readonly path: string;

	constructor(cacheRoot: string, inputPaths: string[]) {
		const key = createHash('sha256')
			.update(JSON.stringify(inputPaths.map((p) => resolve(p)).sort()))
			.digest('hex')
			.slice(0, 24);
		this.path = join(cacheRoot, 'stat', `${key}.json`);
		this.read();
	}

	/** The content hash recorded for this file, when its stat is unchanged and old enough to trust. */
	lookup(file: string, stat: Stats): string | undefined {
		const entry = this.entries.get(resolve(file));
		if (!entry) return undefined;
		const [size, mtimeMs, ctimeMs, ino, sha256] = entry;
		if (size !== stat.size || mtimeMs !== stat.mtimeMs || ctimeMs !== stat.ctimeMs || ino !== stat.ino) return undefined;
		if (Math.max(mtimeMs, ctimeMs) >= this.writtenAt - RACY_WINDOW_MS) return undefined;
		return sha256;
	}

	/** Records a file's hash under the stat taken before it was read. */
	record(file: string, stat: Stats, sha256: string): void {
		this.entries.set(resolve(file), [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, sha256]);
		this.changed = true;
	}

	/** Forgets files that are no longer among the inputs. */
	retainOnly(files: string[]): void {
		const keep = new Set(files.map((f) => resolve(f)));
		for (const path of this.entries.keys()) {
			if (!keep.has(path)) {
				this.entries.delete(path);
				this.changed = true;
			}
		}
	}

	/** Writes the index if anything changed; returns an error message instead of throwing. */
	save(): string | undefined {
		if (!this.changed) return undefined;
		try {
			const writtenAt = Date.now();
			writeFileAtomic(this.path, JSON.stringify({format: FORMAT, writtenAt, entries: Object.fromEntries(this.entries)}));
			this.writtenAt = writtenAt;
			this.changed = false;
			return undefined;
		} catch (error) {
			return `cache: cannot write ${this.path} (${(error as NodeJS.ErrnoException).code ?? error})`;
		}
	}

	private read(): void {
		let parsed: {format?: unknown; writtenAt?: unknown; entries?: unknown};
		try {
			parsed = JSON.parse(readFileSync(this.path, 'utf8')) as typeof parsed;
		} catch {
			return; // missing or damaged: start empty, every file gets hashed
		}
		if (parsed.format !== FORMAT || typeof parsed.writtenAt !== 'number' || !parsed.entries || typeof parsed.entries !== 'object') return;
		for (const [path, entry] of Object.entries(parsed.entries as Record<string, unknown>)) {
			if (Array.isArray(entry) && entry.length === 5 && typeof entry[4] === 'string') this.entries.set(path, entry as StatEntry);
		}
		this.writtenAt = parsed.writtenAt;
	}
}
