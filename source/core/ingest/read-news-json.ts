import {MAX_ITEMS_PER_FILE} from './limits.js';
import {pickFields} from './pick-fields.js';
import type {ReadItem, ReadResult} from './read-item.js';

/** Keys under which news APIs put their list of articles (NewsAPI, Guardian, NYT, GDELT, Bing...). */
const LIST_KEYS = ['articles', 'items', 'results', 'data', 'news', 'stories', 'posts', 'entries', 'documents', 'docs', 'value', 'hits', 'response'];
const LINE_BREAK = /\r?\n/;
const OBJECT_LINE = /^\s*\{/;

/**
 * Reads a `.json` news export: an array of article objects, an object holding
 * such an array (`{articles: [...]}`, `{response: {results: [...]}}`), or a
 * single article object. A `.json` file that is really JSON Lines is read as such.
 */
export function readNewsJson(text: string): ReadResult {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch (error) {
		const lines = text.split(LINE_BREAK).filter((l) => l.trim());
		if (lines.length > 1 && lines.every((l) => OBJECT_LINE.test(l))) return readNewsJsonl(text);
		return {items: [], problems: [`malformed JSON (${(error as Error).message.slice(0, 120)})`]};
	}
	const list = findArticleList(parsed);
	if (list) return readList(list);
	if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
		const item = pickFields(parsed as Record<string, unknown>);
		if (!('missing' in item)) return {items: [item], problems: []};
	}
	return {items: [], problems: ['JSON does not hold news reports (expected an array of articles, {"articles": [...]}, or one article with a text field)']};
}

/**
 * Reads JSON Lines: one article object per line; bad lines are reported (by
 * line number) and skipped. Blank lines are not items: `#N` counts the others.
 */
export function readNewsJsonl(text: string): ReadResult {
	const items: ReadItem[] = [];
	const problems: string[] = [];
	const lines = text.split(LINE_BREAK);
	let item = 0;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		if (!line.trim()) continue;
		item++;
		if (item > MAX_ITEMS_PER_FILE) {
			problems.push(`more than ${MAX_ITEMS_PER_FILE} items; the rest are not read`);
			break;
		}
		let value: unknown;
		try {
			value = JSON.parse(line);
		} catch (error) {
			problems.push(`line ${i + 1}: malformed JSON (${(error as Error).message.slice(0, 80)})`);
			continue;
		}
		if (!value || typeof value !== 'object' || Array.isArray(value)) {
			problems.push(`line ${i + 1}: not an article object`);
			continue;
		}
		const read = pickFields(value as Record<string, unknown>, item);
		if ('missing' in read) problems.push(`line ${i + 1}: ${read.missing}`);
		else items.push(read);
	}
	if (!items.length && !problems.length) problems.push('no articles');
	return {items, problems};
}

function readList(list: unknown[]): ReadResult {
	const items: ReadItem[] = [];
	const problems: string[] = [];
	for (let i = 0; i < list.length; i++) {
		if (i >= MAX_ITEMS_PER_FILE) {
			problems.push(`more than ${MAX_ITEMS_PER_FILE} items; the rest are not read`);
			break;
		}
		const value = list[i];
		if (!value || typeof value !== 'object' || Array.isArray(value)) {
			problems.push(`item ${i + 1}: not an article object`);
			continue;
		}
		const item = pickFields(value as Record<string, unknown>, i + 1);
		if ('missing' in item) problems.push(`item ${i + 1}: ${item.missing}`);
		else items.push(item);
	}
	return {items, problems};
}

/** The array of articles: the value itself, or under a known key, up to two levels down. */
function findArticleList(value: unknown, depth = 0): unknown[] | undefined {
	if (Array.isArray(value)) return value.some(isObject) ? value : undefined;
	if (!isObject(value) || depth >= 2) return undefined;
	for (const key of LIST_KEYS) {
		const found = findArticleList(value[key], depth + 1);
		if (found) return found;
	}
	return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
}
