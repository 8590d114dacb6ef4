import {htmlToText, looksLikeHtml} from './html-to-text.js';
import {normalizeDate} from './normalize-date.js';
import {identityText, type MappedText} from './offset-map.js';
import type {ReadItem} from './read-item.js';

/** Field names news APIs use, in order of preference. */
const TITLE_FIELDS = ['title', 'headline', 'webTitle', 'name'];
const TEXT_FIELDS = ['text', 'body', 'article', 'content', 'full_text', 'fullText', 'bodyText', 'maintext', 'description', 'summary', 'abstract', 'lead_paragraph', 'snippet', 'excerpt'];
const DATE_FIELDS = ['date', 'publishedAt', 'published_at', 'pubDate', 'published', 'datePublished', 'date_publish', 'webPublicationDate', 'pub_date', 'publication_date', 'created_at', 'time'];
const URL_FIELDS = ['url', 'link', 'webUrl', 'web_url', 'canonical_url', 'uri'];
const OUTLET_FIELDS = ['outlet', 'source', 'publisher', 'source_name', 'sourceName', 'site', 'site_name', 'siteName', 'domain'];
/** NewsAPI cuts `content` and appends "… [+2345 chars]". */
const TRUNCATION_MARKER = /\s*(?:…|\.\.\.)?\s*\[\+\d+ chars\]\s*$/;
/** Below this, a longer field is preferred ("content" is often a teaser). */
const SHORT_TEXT = 400;

/** Reads the title, text, date, url and outlet of a news API object; the other fields become metadata. */
export function pickFields(object: Record<string, unknown>, index?: number): ReadItem | {missing: string} {
	const notes: string[] = [];
	const used = new Set<string>();
	const take = (fields: string[]) => {
		for (const field of fields) {
			const value = object[field];
			if (value !== undefined && value !== null && value !== '') {
				used.add(field);
				return value;
			}
		}
		return undefined;
	};
	const body = pickText(object, used);
	if (!body) return {missing: 'no text field (text, content, body, description, ...)'};
	const rawDate = take(DATE_FIELDS);
	const date = normalizeDate(rawDate);
	if (rawDate !== undefined && !date) notes.push(`date ${JSON.stringify(rawDate).slice(0, 60)} is not a valid date; ignored`);
	const metadata: Record<string, unknown> = {};
	const title = stringOf(take(TITLE_FIELDS));
	const url = stringOf(take(URL_FIELDS));
	const outlet = outletOf(take(OUTLET_FIELDS));
	for (const [key, value] of Object.entries(object)) if (!used.has(key)) metadata[key] = value;
	return {index, title, url, outlet, date, metadata, body, notes};
}

/** The best text field: the first long one, else the longest; HTML stripped, truncation markers removed. */
function pickText(object: Record<string, unknown>, used: Set<string>): MappedText | undefined {
	let best: {field: string; text: string} | undefined;
	for (const field of TEXT_FIELDS) {
		const value = object[field];
		if (typeof value !== 'string' || !value.trim()) continue;
		const text = value.replace(TRUNCATION_MARKER, '');
		if (!best || text.length > best.text.length) best = {field, text};
		if (text.length >= SHORT_TEXT) break;
	}
	if (!best) return undefined;
	used.add(best.field);
	return looksLikeHtml(best.text) ? htmlToText(best.text) : identityText(best.text);
}

function stringOf(value: unknown): string | undefined {
	if (typeof value === 'string') return value.trim() || undefined;
	if (typeof value === 'number') return String(value);
	return undefined;
}

/** A string, or NewsAPI's `{id, name}` object. */
function outletOf(value: unknown): string | undefined {
	if (value && typeof value === 'object' && !Array.isArray(value)) {
		const o = value as Record<string, unknown>;
		return stringOf(o.name) ?? stringOf(o.title) ?? stringOf(o.id);
	}
	return stringOf(value);
}
