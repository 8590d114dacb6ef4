import {Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';
import {collectPageMeta, type PageMeta} from './html-meta.js';
import {htmlToText} from './html-to-text.js';
import {MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, MAX_READABILITY_CHARS} from './limits.js';
import {normalizeWhitespace} from './normalize-whitespace.js';
import type {MappedText} from './offset-map.js';
import {rebuildLines, splitLines} from './text-lines.js';

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^<>]*)>/g;
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Readability output shorter than this is not trusted when the page has much more text. */
const MIN_ARTICLE_CHARS = 250;
const MAX_ELEMENTS = 60_000;
/** Readability's text is re-found in the page text when at least this share of it matches line for line. */
const MIN_REFOUND_SHARE = 0.8;

/** A saved web page read into its main text and metadata. */
export interface HtmlRead {
	meta: PageMeta;
	/** Main text, mapped into the HTML file's text, or into Readability's HTML when it could not be re-found. */
	body: MappedText;
	source: 'readability' | 'page';
	/** What `body`'s map points into. */
	mappedInto: 'file' | 'readability-html';
	notes: string[];
}

/**
 * Reads a saved page: metadata from meta tags / JSON-LD / <time>, main text
 * via Readability over linkedom's DOM. Pages too deep or too large for a DOM,
 * or where Readability finds nothing, fall back to stripping the tags of the
 * whole body (with a note saying so).
 */
export function readHtml(html: string): HtmlRead {
	const notes: string[] = [];
	const tooHard = domProblem(html);
	if (tooHard) {
		notes.push(`${tooHard}; tags stripped without Readability`);
		return {meta: {}, body: htmlToText(html), source: 'page', mappedInto: 'file', notes};
	}
	try {
		const {document} = parseHTML(html);
		const meta = collectPageMeta(document as never);
		const article = new Readability(document as never, {maxElemsToParse: MAX_ELEMENTS}).parse();
		const page = normalizeWhitespace(htmlToText(html));
		if (article?.content) {
			const main = normalizeWhitespace(htmlToText(article.content));
			const fullMeta = {...meta, title: meta.title ?? article.title ?? undefined, siteName: meta.siteName ?? article.siteName ?? undefined};
			if (main.text.length >= MIN_ARTICLE_CHARS || page.text.length < 2 * MIN_ARTICLE_CHARS) {
				const refound = refind(main, page);
				if (refound) return {meta: fullMeta, body: refound, source: 'readability', mappedInto: 'file', notes};
				return {meta: fullMeta, body: main, source: 'readability', mappedInto: 'readability-html', notes};
			}
		}
		notes.push('Readability found no article; using the whole page text');
		return {meta, body: page, source: 'page', mappedInto: 'file', notes};
	} catch (error) {
		notes.push(`HTML could not be parsed as a DOM (${(error as Error).message?.slice(0, 120)}); tags stripped`);
		return {meta: {}, body: htmlToText(html), source: 'page', mappedInto: 'file', notes};
	}
}

/**
 * The page-text lines Readability kept, so offsets map into the file itself;
 * null when its paragraphs do not line up with the page's.
 */
function refind(main: MappedText, page: MappedText): MappedText | null {
	const wanted = new Set(splitLines(main.text).map((l) => main.text.slice(l.start, l.end)));
	const kept = splitLines(page.text).filter((l) => wanted.has(page.text.slice(l.start, l.end)));
	const keptChars = kept.reduce((sum, l) => sum + l.end - l.start, 0);
	if (keptChars < main.text.length * MIN_REFOUND_SHARE) return null;
	return rebuildLines(page, kept.map((l) => [[l.start, l.end]]));
}

/**
 * Why a page should not be given to a DOM parser, or null: one linear scan
 * measures its size, tag count, nesting depth (void and self-closed tags
 * ignored) and stray "<" characters (which make DOM parsers slow).
 */
function domProblem(html: string): string | null {
	if (html.length > MAX_READABILITY_CHARS) return `HTML larger than ${MAX_READABILITY_CHARS} characters`;
	let depth = 0;
	let max = 0;
	let tags = 0;
	TAG.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = TAG.exec(html))) {
		tags++;
		const name = match[2]!.toLowerCase();
		if (VOID_TAGS.has(name) || match[3]!.endsWith('/')) continue;
		if (match[1]) depth = Math.max(0, depth - 1);
		else if (++depth > max) max = depth;
	}
	if (max > MAX_HTML_DEPTH) return `HTML nested ${max} levels deep (limit ${MAX_HTML_DEPTH})`;
	if (tags > MAX_HTML_ELEMENTS) return `HTML has ${tags} tags (limit ${MAX_HTML_ELEMENTS})`;
	let angles = 0;
	for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) angles++;
	if (angles > 2 * tags + 1000) return `HTML has ${angles - tags} stray "<" characters`;
	return null;
}
