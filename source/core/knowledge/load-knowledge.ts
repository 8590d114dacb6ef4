import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {bundledKnowledgeDir} from '../package-paths.js';

/**
 * Knowledge is plain JSON that users can extend: each file is an object whose
 * keys (actors, venues, events, cues, ...) hold arrays or objects. Files are
 * merged in order: arrays concatenate, objects merge key by key (recursively).
 */
export type KnowledgeData = Record<string, unknown>;

export interface Knowledge {
	/** Hash of the merged knowledge: part of cache keys and snapshot front matter. */
	version: string;
	/** The files merged, in order. */
	files: string[];
	data: KnowledgeData;
}

/**
 * Loads the bundled knowledge files and merges the user's extra files over them.
 * @example loadKnowledge(['my-actors.json'])
 */
export function loadKnowledge(extraFiles: string[] = []): Knowledge {
	const dir = bundledKnowledgeDir();
	const bundled = readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => join(dir, f));
	const files = [...bundled, ...extraFiles.map((f) => resolve(f))];
	let data: KnowledgeData = {};
	const hash = createHash('sha256');
	for (const file of files) {
		let text: string;
		try {
			text = readFileSync(file, 'utf8');
		} catch (error) {
			throw new Error(`knowledge file ${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? error})`);
		}
		let parsed: unknown;
		try {
			parsed = JSON.parse(text);
		} catch (error) {
			throw new Error(`knowledge file ${file}: invalid JSON (${(error as Error).message})`);
		}
		if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
			throw new Error(`knowledge file ${file}: must be a JSON object with keys such as "actors", "venues", "events", "cues"`);
		}
		data = mergeKnowledge(data, parsed as KnowledgeData);
		hash.update(text);
	}
	return {version: hash.digest('hex').slice(0, 16), files, data};
}

/** Arrays concatenate; objects merge recursively; scalars are replaced. */
export function mergeKnowledge(base: KnowledgeData, extra: KnowledgeData): KnowledgeData {
	const out: KnowledgeData = {...base};
	for (const [key, value] of Object.entries(extra)) {
		const current = out[key];
		if (Array.isArray(current) && Array.isArray(value)) out[key] = [...current, ...value];
		else if (isObject(current) && isObject(value)) out[key] = mergeKnowledge(current, value);
		else out[key] = value;
	}
	return out;
}

function isObject(value: unknown): value is KnowledgeData {
	return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
}
