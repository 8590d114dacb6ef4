import {createHash} from 'node:crypto';
import {execFileSync} from 'node:child_process';
import {lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import type {FuzzEntry} from './fuzz-case.js';

/** Writes a case's entries under `dir` (parents first; a FIFO through mkfifo). */
export function writeEntries(dir: string, entries: FuzzEntry[]): void {
	for (const entry of entries) {
		const path = join(dir, entry.path);
		mkdirSync(dirname(path), {recursive: true});
		if (entry.kind === 'dir') mkdirSync(path, {recursive: true});
		else if (entry.kind === 'file') writeFileSync(path, entry.bytes ?? Buffer.alloc(0));
		else if (entry.kind === 'symlink') symlinkSync(entry.target!, path);
		else execFileSync('mkfifo', [path]);
	}
}

/**
 * Every entry under `dir` without following links or opening FIFOs: kind, size,
 * mtime and content hash (files) or target (links). Two snapshots are equal
 * exactly when nothing was added, removed, changed or touched.
 */
export function snapshotTree(dir: string): Map<string, string> {
	const out = new Map<string, string>();
	const walk = (path: string) => {
		const stat = lstatSync(path);
		const key = relative(dir, path) || '.';
		if (stat.isSymbolicLink()) out.set(key, `link ${readlinkSync(path)}`);
		else if (stat.isFile()) out.set(key, `file ${stat.size} ${stat.mtimeMs} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`);
		else if (stat.isDirectory()) {
			out.set(key, `dir ${stat.mtimeMs}`);
			for (const name of readdirSync(path).sort()) walk(join(path, name));
		} else out.set(key, `other ${stat.mode} ${stat.mtimeMs}`);
	};
	walk(dir);
	return out;
}

/** What differs between two snapshots, for a failure message. */
export function diffTrees(before: Map<string, string>, after: Map<string, string>): string[] {
	const problems: string[] = [];
	for (const [key, value] of before) {
		if (!after.has(key)) problems.push(`removed: ${key}`);
		else if (after.get(key) !== value) problems.push(`changed: ${key} (${value} → ${after.get(key)})`);
	}
	for (const key of after.keys()) if (!before.has(key)) problems.push(`added: ${key}`);
	return problems;
}
