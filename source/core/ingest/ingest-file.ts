import {createHash} from 'node:crypto';
import type {IngestedReport, LoadWarning, SourceFormat} from '../types.js';
import {cleanText} from './clean-text.js';
import {decodeBytes} from './decode-bytes.js';
import {formatOfPath} from './detect-format.js';
import {readHtml} from './read-html.js';
import {MAX_FILE_BYTES, MAX_LINE_CHARS, MAX_REPORT_CHARS} from './limits.js';
import {compileBoilerplate, type BoilerplateData, type BoilerplateRules} from './load-boilerplate.js';
import {normalizeDate} from './normalize-date.js';
import {identityText, type MappedText, type OffsetMap} from './offset-map.js';
import {readFeed} from './read-feed.js';
import type {ReadItem, ReadResult} from './read-item.js';
import {readMarkdown} from './read-markdown.js';
import {readNewsJson, readNewsJsonl} from './read-news-json.js';

export {mapRangeToOriginal, mapToOriginal} from './offset-map.js';

/** Options of `ingestFile`. */
export interface IngestOptions {
	/** Boilerplate patterns to use instead of the bundled ones (e.g. the merged `knowledge.data.boilerplate`). */
	boilerplate?: BoilerplateData | BoilerplateRules;
	/** Size limit in bytes (default `MAX_FILE_BYTES`). */
	maxFileBytes?: number;
}

/** At most this many item problems are listed per file; the rest are counted. */
const MAX_LISTED_PROBLEMS = 20;
const FRONT_MATTER_ALIASES: Readonly<Record<string, string[]>> = {
	title: ['title', 'headline'],
	outlet: ['outlet', 'source', 'publisher', 'site', 'site_name', 'siteName', 'publication'],
	date: ['date', 'published', 'published_at', 'publishedAt', 'pubDate', 'datePublished'],
	url: ['url', 'link', 'canonical', 'canonical_url'],
};

/**
 * Turns one file's bytes into cleaned reports (several for feeds and JSON
 * exports). Pure over the bytes: no file system access, so worker threads
 * can call it. Every problem becomes a warning naming the file (or `file#N`);
 * a file that cannot be read as reports yields no reports, never a throw.
 *
 * `offsetMap` points into the decoded file text for .txt, .md and (usually)
 * .html; for JSON, JSONL and feed items it points into the item's text field.
 */
export function ingestFile(file: string, bytes: Buffer, options: IngestOptions = {}): {reports: IngestedReport[]; warnings: LoadWarning[]} {
	const warnings: LoadWarning[] = [];
	const warn = (reason: string, where = file) => warnings.push({file: where, reason});
	const format = formatOfPath(file);
	const maxBytes = options.maxFileBytes ?? MAX_FILE_BYTES;
	const fail = (reason: string) => ({reports: [], warnings: [{file, reason}]});
	if (!format) return fail('unsupported file type');
	if (bytes.length > maxBytes) return fail(`too large (${bytes.length} bytes; the limit is ${maxBytes})`);
	const decoded = decodeBytes(bytes);
	if ('error' in decoded) return fail(decoded.error);
	const fileNotes = [...decoded.notes];
	const longest = longestLine(decoded.text);
	if (longest > MAX_LINE_CHARS) fileNotes.push(`a line is ${longest} characters long (over ${MAX_LINE_CHARS})`);

	const read = readByFormat(format, decoded.text);
	for (const note of read.problems.slice(0, MAX_LISTED_PROBLEMS)) fileNotes.push(note);
	if (read.problems.length > MAX_LISTED_PROBLEMS) fileNotes.push(`and ${read.problems.length - MAX_LISTED_PROBLEMS} more problems`);
	for (const note of fileNotes) warn(note);

	const sha256 = createHash('sha256').update(bytes).digest('hex');
	const rules = toRules(options.boilerplate);
	const multi = format === 'jsonl' || format === 'feed' || read.items.some((item) => item.index !== undefined);
	const reports: IngestedReport[] = [];
	for (const item of read.items) {
		const id = multi && item.index !== undefined ? `${file}#${item.index}` : file;
		for (const note of item.notes) warn(note, id);
		let {cleaned} = cleanText(item.body, {boilerplate: rules, joinLines: format === 'txt' ? 'auto' : false});
		const cut: string[] = [];
		if (cleaned.text.length > MAX_REPORT_CHARS) {
			cut.push(`text is ${cleaned.text.length} characters long; only the first ${MAX_REPORT_CHARS} are read`);
			warn(cut[0]!, id);
			cleaned = truncateMapped(cleaned, MAX_REPORT_CHARS);
		}
		if (!cleaned.text.trim()) {
			warn('no text left after cleaning', id);
			continue;
		}
		reports.push({
			file: id,
			format,
			...optional('title', plainField(item.title)),
			...optional('outlet', plainField(item.outlet)),
			...(item.date && {date: item.date}),
			...optional('url', plainField(item.url)),
			metadata: item.metadata,
			text: cleaned.text,
			offsetMap: cleaned.map,
			sha256,
			warnings: [...decoded.notes, ...(multi ? [] : read.problems), ...item.notes, ...cut],
		});
	}
	if (!reports.length && read.items.length === 0 && !read.problems.length) warn('no reports found');
	return {reports, warnings};
}

function readByFormat(format: SourceFormat, text: string): ReadResult {
	switch (format) {
		case 'md':
			return readMarkdownItem(text);
		case 'html':
			return readHtmlItem(text);
		case 'json':
			return readNewsJson(text);
		case 'jsonl':
			return readNewsJsonl(text);
		case 'feed':
			return readFeed(text);
		default:
			return {items: [{metadata: {}, body: identityText(text), notes: []}], problems: []};
	}
}

function readMarkdownItem(text: string): ReadResult {
	const md = readMarkdown(text);
	const metadata = {...md.frontMatter};
	const pick = (field: keyof typeof FRONT_MATTER_ALIASES): unknown => {
		for (const key of FRONT_MATTER_ALIASES[field]!) {
			if (metadata[key] !== undefined && metadata[key] !== null && metadata[key] !== '') {
				const value = metadata[key];
				delete metadata[key];
				return value;
			}
		}
		return undefined;
	};
	const title = stringOf(pick('title'));
	const outlet = stringOf(pick('outlet'));
	const rawDate = pick('date');
	const url = stringOf(pick('url'));
	const date = normalizeDate(rawDate);
	const notes: string[] = [];
	if (rawDate !== undefined && !date) {
		notes.push(`front matter date ${JSON.stringify(rawDate).slice(0, 60)} is not a valid date; ignored`);
		metadata.date = rawDate;
	}
	return {items: [{title, outlet, date, url, metadata, body: md.body, notes}], problems: md.problem ? [md.problem] : []};
}

function readHtmlItem(text: string): ReadResult {
	const page = readHtml(text);
	const {meta} = page;
	const date = normalizeDate(meta.published);
	const metadata: Record<string, unknown> = {extractedBy: page.source, offsetsInto: page.mappedInto};
	if (meta.author) metadata.author = meta.author;
	if (meta.description) metadata.description = meta.description;
	if (meta.published && !date) metadata.published = meta.published;
	return {items: [{title: meta.title, outlet: meta.siteName, date, url: meta.url, metadata, body: page.body, notes: []}], problems: page.notes};
}

const compiledRules = new WeakMap<BoilerplateData, BoilerplateRules>();

/** Compiled rules, compiled once per data object. */
function toRules(boilerplate: IngestOptions['boilerplate']): BoilerplateRules | undefined {
	if (!boilerplate) return undefined;
	if ('junkLine' in boilerplate) return boilerplate as BoilerplateRules;
	const data = boilerplate as BoilerplateData;
	let rules = compiledRules.get(data);
	if (!rules) compiledRules.set(data, (rules = compileBoilerplate(data)));
	return rules;
}

/** The first `max` characters of a mapped text (cut at a space when one is near the limit), its map clipped to match. */
function truncateMapped({text, map}: MappedText, max: number): MappedText {
	const space = text.lastIndexOf(' ', max);
	const cut = space > max * 0.9 ? space : max;
	const clipped: OffsetMap = [];
	for (const [cleanedStart, originalStart, length] of map) {
		if (cleanedStart >= cut) break;
		clipped.push([cleanedStart, originalStart, Math.min(length, cut - cleanedStart)]);
	}
	return {text: text.slice(0, cut), map: clipped};
}

/** C0 and C1 control characters: ESC would start a terminal escape sequence when a title is shown. */
const CONTROL_CHARS = /[\u0000-\u001F\u007F-\u009F]+/g;

/** A metadata string as shown to the user: control characters become spaces. */
function plainField(value: string | undefined): string | undefined {
	return value?.replace(CONTROL_CHARS, ' ').replace(/ {2,}/g, ' ').trim() || undefined;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
	return value ? ({[key]: value} as Record<K, string>) : {};
}

function stringOf(value: unknown): string | undefined {
	if (typeof value === 'string') return value.trim() || undefined;
	if (typeof value === 'number') return String(value);
	return undefined;
}

function longestLine(text: string): number {
	let longest = 0;
	let start = 0;
	for (;;) {
		const end = text.indexOf('\n', start);
		const length = (end < 0 ? text.length : end) - start;
		if (length > longest) longest = length;
		if (end < 0) return longest;
		start = end + 1;
	}
}
