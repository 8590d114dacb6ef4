import {extname} from 'node:path';
import type {SourceFormat} from '../types.js';

/** File extensions Parley reads, and the format each one is read as. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
	'.txt': 'txt',
	'.text': 'txt',
	'.md': 'md',
	'.markdown': 'md',
	'.html': 'html',
	'.htm': 'html',
	'.xhtml': 'html',
	'.json': 'json',
	'.jsonl': 'jsonl',
	'.ndjson': 'jsonl',
	'.xml': 'feed',
	'.rss': 'feed',
	'.atom': 'feed',
};

/** The extensions that are annotations, never reports. */
const GOLD_FILE = /\.gold\.json$/i;

/** The format a path is read as, or null when its extension is not supported. */
export function formatOfPath(path: string): SourceFormat | null {
	return FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** True for gold annotation files (`NAME.gold.json`), which are never loaded as reports. */
export function isGoldFile(path: string): boolean {
	return GOLD_FILE.test(path);
}

/** The supported extensions, for messages. */
export function supportedExtensions(): string {
	return Object.keys(FORMAT_BY_EXTENSION).join(' ');
}
