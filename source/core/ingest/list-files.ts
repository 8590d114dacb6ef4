import {readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import type {LoadWarning} from '../types.js';

/** Report files found under the given paths (files or folders, recursive), in a stable order. */
export function listInputFiles(paths: string[]): {files: string[]; warnings: LoadWarning[]} {
	const files: string[] = [];
	const warnings: LoadWarning[] = [];
	const walk = (path: string) => {
		let stat;
		try {
			stat = statSync(path);
		} catch (error) {
			warnings.push({file: path, reason: `cannot read (${(error as NodeJS.ErrnoException).code})`});
			return;
		}
		if (stat.isDirectory()) {
			for (const name of readdirSync(path).sort()) {
				if (name.startsWith('.') || name.endsWith('.gold.json')) continue;
				walk(join(path, name));
			}
		} else {
			files.push(path);
		}
	};
	for (const path of paths) walk(path);
	return {files, warnings};
}
