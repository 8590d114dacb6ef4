import {XMLParser} from 'fast-xml-parser';
import {htmlToText, looksLikeHtml} from './html-to-text.js';
import {MAX_ITEMS_PER_FILE, MAX_XML_DEPTH} from './limits.js';
import {normalizeDate} from './normalize-date.js';
import {identityText, type MappedText} from './offset-map.js';
import type {ReadItem, ReadResult} from './read-item.js';

/** A DOCTYPE with an internal subset: entity definitions are never expanded (no "billion laughs"). */
const DOCTYPE = /<!DOCTYPE[^[>]*(\[[^\]]*\])?\s*>/i;
/** A DOCTYPE is only looked for in the prolog. */
const PROLOG_CHARS = 65_536;

/** fast-xml-parser's output is untyped: elements are objects, text is "#text", attributes "@_name". */
type XmlNode = Record<string, any>;

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	textNodeName: '#text',
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: true,
	processEntities: true,
	htmlEntities: false,
	maxNestedTags: MAX_XML_DEPTH,
	isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed: each item/entry is a report
 * with its title, date, link and the HTML-stripped text of the longest of
 * content:encoded / content / description / summary. The outlet is the
 * item's <source> or else the feed's title.
 */
export function readFeed(xml: string): ReadResult {
	let doc: XmlNode;
	try {
		doc = parser.parse(xml.slice(0, PROLOG_CHARS).replace(DOCTYPE, '') + xml.slice(PROLOG_CHARS)) as XmlNode;
	} catch (error) {
		return {items: [], problems: [`malformed XML (${(error as Error).message.split('\n')[0]!.slice(0, 120)})`]};
	}
	const channel = doc.rss?.channel ?? doc['rdf:RDF']?.channel ?? doc.channel;
	const rawItems: unknown = doc.rss?.channel?.item ?? doc['rdf:RDF']?.item ?? doc.feed?.entry ?? doc.channel?.item;
	const feedTitle = textOf(doc.feed?.title) ?? textOf(Array.isArray(channel) ? channel[0]?.title : channel?.title);
	if (!Array.isArray(rawItems)) {
		const root = Object.keys(doc).find((k) => k !== '?xml');
		return {items: [], problems: [doc.rss || doc.feed || doc['rdf:RDF'] ? 'feed has no items' : `XML is not an RSS or Atom feed (root element <${root ?? '?'}>)`]};
	}
	const items: ReadItem[] = [];
	const problems: string[] = [];
	rawItems.slice(0, MAX_ITEMS_PER_FILE).forEach((raw: XmlNode, i: number) => {
		const item = readItem(raw ?? {}, i + 1, feedTitle);
		if ('missing' in item) problems.push(`item ${i + 1}: ${item.missing}`);
		else items.push(item);
	});
	if (rawItems.length > MAX_ITEMS_PER_FILE) problems.push(`more than ${MAX_ITEMS_PER_FILE} items; the rest are not read`);
	return {items, problems};
}

function readItem(raw: XmlNode, index: number, feedTitle: string | undefined): ReadItem | {missing: string} {
	const texts = [raw['content:encoded'], raw.content, raw.description, raw.summary, raw['media:description']].map(textOf).filter((t): t is string => Boolean(t));
	if (!texts.length) return {missing: 'no description or content'};
	const longest = texts.reduce((a, b) => (b.length > a.length ? b : a));
	const body: MappedText = looksLikeHtml(longest) ? htmlToText(longest) : identityText(longest);
	const rawDate = textOf(raw.pubDate) ?? textOf(raw.published) ?? textOf(raw['dc:date']) ?? textOf(raw.updated);
	const date = normalizeDate(rawDate);
	const notes = rawDate && !date ? [`date ${JSON.stringify(rawDate).slice(0, 60)} is not a valid date; ignored`] : [];
	const metadata: Record<string, unknown> = {};
	const author = textOf(raw.author?.name) ?? textOf(raw.author) ?? textOf(raw['dc:creator']);
	if (author) metadata.author = author;
	const categories = [raw.category].flat().map(textOf).filter(Boolean);
	if (categories.length) metadata.categories = categories;
	const guid = textOf(raw.guid) ?? textOf(raw.id);
	if (guid) metadata.guid = guid;
	return {index, title: textOf(raw.title), url: linkOf(raw.link), outlet: textOf(raw.source?.title) ?? textOf(raw.source) ?? feedTitle, date, metadata, body, notes};
}

/** Text of a parsed node: a string, or an element with text (and attributes). */
function textOf(value: unknown): string | undefined {
	if (Array.isArray(value)) return textOf(value[0]);
	if (typeof value === 'string') return value.trim() || undefined;
	if (typeof value === 'number') return String(value);
	if (value && typeof value === 'object') return textOf((value as Record<string, unknown>)['#text']);
	return undefined;
}

/** RSS <link>url</link>, or Atom's <link rel="alternate" href="..."/> (the first alternate or plain link). */
function linkOf(value: unknown): string | undefined {
	const links = Array.isArray(value) ? value : [value];
	for (const link of links) {
		if (typeof link === 'string' && link.trim()) return link.trim();
		if (link && typeof link === 'object') {
			const l = link as Record<string, unknown>;
			const rel = l['@_rel'];
			if (typeof l['@_href'] === 'string' && (rel === undefined || rel === 'alternate')) return l['@_href'];
			const text = textOf(l);
			if (text) return text;
		}
	}
	return undefined;
}
