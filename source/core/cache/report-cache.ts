import {readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {join} from 'node:path';
import type {LoadWarning, Report} from '../types.js';
import {writeFileAtomic} from './atomic-write.js';
import {decodeShard, encodeShard, type ShardEntries} from './shard-codec.js';

/** What one input file gave: its reports (with text) and its load warnings. */
export interface FileResult {
	reports: Report[];
	warnings: LoadWarning[];
}

const SHARD_COUNT = 64;
const KEEP_OTHER_VERSIONS = 3;
const STALE_TEMP_MS = 60 * 60 * 1000;


/**
 * Extracted facts on disk, keyed by (file content SHA-256, file path as given),
 * under one folder per pipeline version so a new extractor, knowledge or code
 * version never sees an old entry. Entries are packed into 64 shard files
 * chosen by the content hash: a warm start reads 64 files instead of one per
 * report, and a watch update rewrites one shard instead of everything.
 *
 * The shard layout is in shard-codec.ts. A shard that fails any check is
 * treated as empty and rewritten on the next flush: a damaged cache costs
 * time, never the load.
 */
export class ReportCache {
	/** Problems met while reading shards (damaged files); informative only. */
	readonly problems: string[] = [];
	private readonly dir: string;
	private readonly shards = new Map<number, ShardEntries>();
	private readonly dirty = new Set<number>();

	constructor(
		private readonly root: string,
		private readonly version: string,
	) {
		this.dir = join(root, 'reports', version);
	}

	/** The cached result for this content and path, if any. */
	get(sha256: string, file: string): FileResult | undefined {
		return this.shard(sha256).get(entryKey(sha256, file));
	}

	/** Records a result; written by the next `flush()`. */
	set(sha256: string, file: string, result: FileResult): void {
		const id = shardId(sha256);
		this.shard(sha256).set(entryKey(sha256, file), result);
		this.dirty.add(id);
	}

	/**
	 * Writes the shards changed since the last flush. Entries another process
	 * wrote meanwhile are merged in first, so concurrent runs lose little and
	 * corrupt nothing. Failures (read-only disk, full disk) are returned, not thrown.
	 */
	flush(): string[] {
		const errors: string[] = [];
		for (const id of this.takeDirty()) {
			const error = this.writeShard(id);
			if (error) errors.push(error);
		}
		return errors;
	}

	/**
	 * Like `flush`, one shard per event-loop turn, so a dashboard that has just
	 * shown its first frame stays responsive while a large load is written.
	 */
	flushInBackground(): Promise<string[]> {
		const ids = this.takeDirty();
		const errors: string[] = [];
		return new Promise((resolve) => {
			const step = () => {
				const id = ids.shift();
				if (id === undefined) return resolve(errors);
				const error = this.writeShard(id);
				if (error) errors.push(error);
				setImmediate(step);
			};
			setImmediate(step);
		});
	}

	private takeDirty(): number[] {
		const ids = [...this.dirty].sort((a, b) => a - b);
		this.dirty.clear();
		if (ids.length > 0) this.prune();
		return ids;
	}

	private writeShard(id: number): string | undefined {
		const mine = this.shards.get(id)!;
		const theirs = this.readShard(id, false);
		for (const [key, value] of theirs) if (!mine.has(key)) mine.set(key, value);
		try {
			writeFileAtomic(this.shardPath(id), encodeShard(this.version, mine));
			return undefined;
		} catch (error) {
			return `cache: cannot write ${this.shardPath(id)} (${(error as NodeJS.ErrnoException).code ?? error})`;
		}
	}

	private shard(sha256: string): ShardEntries {
		const id = shardId(sha256);
		let entries = this.shards.get(id);
		if (!entries) {
			entries = this.readShard(id, true);
			this.shards.set(id, entries);
		}
		return entries;
	}

	private shardPath(id: number): string {
		return join(this.dir, `${id.toString(16).padStart(2, '0')}.json`);
	}

	private readShard(id: number, noteProblems: boolean): ShardEntries {
		const path = this.shardPath(id);
		let bytes: Buffer;
		try {
			bytes = readFileSync(path);
		} catch {
			return new Map();
		}
		try {
			return decodeShard(bytes, this.version);
		} catch (error) {
			if (noteProblems) this.problems.push(`cache: ${path} is damaged (${(error as Error).message}); rebuilding it`);
			return new Map();
		}
	}

	/** Drops old pipeline versions (keeping a few recent ones) and temp files of crashed writers. */
	private prune(): void {
		const versionsDir = join(this.root, 'reports');
		try {
			const others = readdirSync(versionsDir)
				.filter((name) => name !== this.version)
				.map((name) => ({name, mtime: safeMtime(join(versionsDir, name))}))
				.sort((a, b) => b.mtime - a.mtime);
			for (const old of others.slice(KEEP_OTHER_VERSIONS)) rmSync(join(versionsDir, old.name), {recursive: true, force: true});
			const now = Date.now();
			for (const name of readdirSync(this.dir)) {
				if (name.endsWith('.tmp') && now - safeMtime(join(this.dir, name)) > STALE_TEMP_MS) rmSync(join(this.dir, name), {force: true});
			}
		} catch {
			// Pruning is housekeeping; a failure here must not affect the load.
		}
	}
}

function entryKey(sha256: string, file: string): string {
	return `${sha256}\0${file}`;
}

function shardId(sha256: string): number {
	const id = Number.parseInt(sha256.slice(0, 2), 16);
	return Number.isNaN(id) ? 0 : id % SHARD_COUNT;
}

function safeMtime(path: string): number {
	try {
		return statSync(path).mtimeMs;
	} catch {
		return 0;
	}
}
