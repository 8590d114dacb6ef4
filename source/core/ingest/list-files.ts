import {lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats} from 'node:fs';
import {basename, join} from 'node:path';
import type {LoadWarning} from '../types.js';
import {formatOfPath, isGoldFile, supportedExtensions} from './detect-format.js';
import {MAX_DIR_DEPTH, MAX_FILE_BYTES, MAX_INPUT_FILES} from './limits.js';

/** Snapshots the dashboard's e key writes (often into the folder being read): not reports. */
const SNAPSHOT_NAME = /^parley-snapshot-\d{4}-\d{2}-\d{2}-\d{6}(?:-\d+)?\.md$/;

/** Options of `listInputFiles`. */
export interface ListOptions {
	/** Files larger than this are skipped with a warning (default `MAX_FILE_BYTES`). */
	maxFileBytes?: number;
}

/**
 * Report files found under the given paths, in a stable order: the paths in
 * the order given, folders walked recursively with entries sorted by name.
 * Skips hidden entries and `*.gold.json` annotations inside folders and files
 * reached twice (through symlinks or overlapping paths); warns about symlinks
 * to folders already read (loops), unsupported extensions, unreadable entries,
 * non-regular files and files over the size limit, naming each. `stats` has each listed
 * file's stat, so the loader need not stat it again.
 * @example listInputFiles(['data/reports', 'extra/one.md'])
 */
export function listInputFiles(paths: string[], options: ListOptions = {}): {files: string[]; warnings: LoadWarning[]; stats: Map<string, Stats>} {
	const maxBytes = options.maxFileBytes ?? MAX_FILE_BYTES;
	const files: string[] = [];
	const stats = new Map<string, Stats>();
	const warnings: LoadWarning[] = [];
	const seen = new Set<string>();
	let truncated = false;

	const addFile = (path: string, stat: Stats, real: string) => {
		if (seen.has(real)) return;
		seen.add(real);
		if (isGoldFile(path) || SNAPSHOT_NAME.test(basename(path))) return;
		if (!formatOfPath(path)) {
			warnings.push({file: path, reason: `unsupported file type (supported: ${supportedExtensions()})`});
			return;
		}
		if (stat.size > maxBytes) {
			warnings.push({file: path, reason: `too large (${megabytes(stat.size)} MB; the limit is ${megabytes(maxBytes)} MB)`});
			return;
		}
		if (files.length >= MAX_INPUT_FILES) {
			if (!truncated) warnings.push({file: path, reason: `more than ${MAX_INPUT_FILES} input files; the rest are not loaded`});
			truncated = true;
			return;
		}
		files.push(path);
		stats.set(path, stat);
	};

	// An explicit stack (not recursion) so deep trees cannot overflow the call stack.
	// `real` is known for entries that are not symlinks: their folder's real path plus their name
	// (realpath per file walks every path component: a third of a warm 10,000-file start).
	const stack: Array<{path: string; depth: number; explicit: boolean; real?: string}> = paths.map((path) => ({path, depth: 0, explicit: true})).reverse();
	while (stack.length) {
		const {path, depth, explicit, real: knownReal} = stack.pop()!;
		let stat: Stats;
		let real: string;
		try {
			stat = statSync(path);
			real = knownReal ?? realpathSync(path);
		} catch (error) {
			warnings.push({file: path, reason: `cannot read (${errorCode(error)})`});
			continue;
		}
		if (stat.isFile()) {
			if (explicit || !isHidden(path)) addFile(path, stat, real);
			continue;
		}
		if (!stat.isDirectory()) {
			warnings.push({file: path, reason: 'not a regular file or folder'});
			continue;
		}
		if (seen.has(real)) {
			// A folder given twice is skipped quietly; one reached again through a symlink inside a walk is named.
			if (!explicit && isSymlink(path)) warnings.push({file: path, reason: `symlink to a folder already read (${real}): a loop or a duplicate; not followed`});
			continue;
		}
		seen.add(real);
		if (depth >= MAX_DIR_DEPTH) {
			warnings.push({file: path, reason: `folder nested deeper than ${MAX_DIR_DEPTH} levels; not walked`});
			continue;
		}
		let entries: Dirent[];
		try {
			entries = readdirSync(path, {withFileTypes: true});
		} catch (error) {
			warnings.push({file: path, reason: `cannot read folder (${errorCode(error)})`});
			continue;
		}
		const children = entries
			.filter(({name}) => !name.startsWith('.') && !isGoldFile(name))
			.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
			.map((entry) => ({path: join(path, entry.name), depth: depth + 1, explicit: false, real: entry.isSymbolicLink() ? undefined : join(real, entry.name)}));
		for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
	}
	return {files, warnings, stats};
}

function isSymlink(path: string): boolean {
	try {
		return lstatSync(path).isSymbolicLink();
	} catch {
		return false;
	}
}

function isHidden(path: string): boolean {
	return basename(path).startsWith('.');
}

function megabytes(bytes: number): string {
	return (bytes / (1024 * 1024)).toFixed(1);
}

function errorCode(error: unknown): string {
	return (error as NodeJS.ErrnoException).code ?? String(error);
}
