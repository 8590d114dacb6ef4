import {statSync, watch, type FSWatcher} from 'node:fs';
import {listInputFiles} from '../ingest/list-files.js';
import {loadKnowledge} from '../knowledge/load-knowledge.js';
import type {LoadOptions} from '../load-reports.js';
import {loadFiles, openLoadSession, type LoadSession} from '../parallel/load-files.js';
import type {LoadWarning, Report} from '../types.js';

/** Options of `watchReports`, on top of the load options (cache, workers, knowledge). */
export interface WatchOptions extends Omit<LoadOptions, 'onProgress' | 'onStats'> {
	/** Quiet time after the last file event before rescanning (default 150 ms). */
	debounceMs?: number;
	/** Rescan interval when fs.watch is unavailable or `poll` is set (default 1000 ms). */
	pollIntervalMs?: number;
	/** Force polling instead of fs.watch (network drives, containers without inotify). */
	poll?: boolean;
	/** Rescan interval as a safety net even when fs.watch works: it can miss events (default 10 s). */
	safetyPollMs?: number;
	/** Called when a rescan or load fails; the watch goes on. */
	onError?: (error: Error) => void;
	/**
	 * The input files the caller already shows. Files found at start but not
	 * among them (added while the first load ran) are reported as added at once.
	 */
	known?: ReadonlySet<string>;
}

/** What changed in the watched folders since the last notice. */
export interface ReportChange {
	/** Input files that appeared, changed, or disappeared. */
	added: string[];
	changed: string[];
	removed: string[];
	/** The reports of the added and changed files (report.file is the file, or file#N). */
	reports: Report[];
	warnings: LoadWarning[];
}

/** A running watch; `close()` stops it. */
export interface ReportWatcher {
	close(): void;
}

/**
 * Watches the input paths and calls `onChange` with the reports of files added
 * or changed (loaded through the cache) and the files removed. Uses recursive
 * fs.watch with a debounce, and falls back to polling where fs.watch fails.
 * The files present at start are the baseline (the caller has loaded them) and
 * are not reported, except those missing from `options.known`.
 * @example const w = watchReports(['reports/'], {}, (change) => show(change.reports)); w.close();
 */
export function watchReports(paths: string[], options: WatchOptions, onChange: (change: ReportChange) => void): ReportWatcher {
	const session: LoadSession = openLoadSession(paths, options.knowledge ?? loadKnowledge(options.knowledgeFiles), options);
	const onError = options.onError ?? (() => {});
	let known = scan(paths);
	const missed = options.known ? [...known.keys()].filter((file) => !options.known!.has(file)) : [];
	for (const file of missed) known.delete(file);
	let closed = false;
	let running: Promise<void> | undefined;
	let again = false;
	let debounce: NodeJS.Timeout | undefined;
	const timers: NodeJS.Timeout[] = [];
	const watchers: FSWatcher[] = [];

	const rescan = async (): Promise<void> => {
		const now = scan(paths);
		const added = [...now.keys()].filter((f) => !known.has(f));
		const changed = [...now.keys()].filter((f) => known.has(f) && known.get(f) !== now.get(f));
		const removed = [...known.keys()].filter((f) => !now.has(f));
		known = now;
		if (added.length + changed.length + removed.length === 0) return;
		const loaded = await loadFiles(session, [...added, ...changed]);
		if (closed) return;
		onChange({added, changed, removed, reports: loaded.results.flatMap((r) => r?.reports ?? []), warnings: loaded.warnings});
	};
	const trigger = () => {
		if (closed) return;
		if (running) {
			again = true;
			return;
		}
		running = rescan()
			.catch((error: Error) => onError(error))
			.finally(() => {
				running = undefined;
				if (again) {
					again = false;
					trigger();
				}
			});
	};
	const schedule = () => {
		clearTimeout(debounce);
		debounce = setTimeout(trigger, options.debounceMs ?? 150);
	};

	let fastPolling = false;
	const startPolling = (ms: number) => {
		if (!closed) timers.push(setInterval(trigger, ms));
	};
	const fallBackToPolling = (error: Error) => {
		onError(error);
		if (fastPolling) return;
		fastPolling = true;
		startPolling(options.pollIntervalMs ?? 1000);
	};

	let watching = !options.poll;
	if (watching) {
		try {
			for (const path of paths) {
				const watcher = watch(path, {recursive: isDirectory(path), persistent: true}, schedule);
				watcher.on('error', fallBackToPolling);
				watchers.push(watcher);
			}
		} catch (error) {
			for (const watcher of watchers.splice(0)) watcher.close();
			onError(error as Error);
			watching = false;
		}
	}
	startPolling(watching ? (options.safetyPollMs ?? 10_000) : (options.pollIntervalMs ?? 1000));
	if (missed.length > 0) trigger();

	return {
		close() {
			closed = true;
			clearTimeout(debounce);
			for (const timer of timers) clearInterval(timer);
			for (const watcher of watchers) watcher.close();
		},
	};
}

/** Each input file's stat signature; a change in size, mtime or inode means "changed". */
function scan(paths: string[]): Map<string, string> {
	const out = new Map<string, string>();
	for (const file of listInputFiles(paths).files) {
		try {
			const s = statSync(file);
			out.set(file, `${s.size}:${s.mtimeMs}:${s.ino}`);
		} catch {
			// Vanished between listing and stat: it counts as removed.
		}
	}
	return out;
}

function isDirectory(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}
