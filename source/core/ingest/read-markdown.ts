import {readFrontMatter} from './front-matter.js';
import {MappedTextBuilder, identityText, type MappedText} from './offset-map.js';
import {lineRanges} from './text-lines.js';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const HEADING_CLOSE = /[ \t]+#+[ \t]*$/;
const BLOCKQUOTE = /^ {0,3}(?:>[ \t]?)+/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|(\d{1,9})[.)])[ \t]+/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;
const HTML_ONLY_LINE = /^[ \t]*(?:<\/?[a-zA-Z][^>]*>[ \t]*)+$|^[ \t]*<!--.*-->[ \t]*$/;
const TABLE_ROW = /^[ \t]*\|/;
const BLANK = /^[ \t]*$/;
const LINE_BREAK = /\r?\n/g;
/**
 * Inline markup, in order: images (dropped: their alt text is a caption),
 * links (text kept), reference links, HTML comments and tags, autolinks,
 * backslash escapes, emphasis/code delimiters. Every repeated part stops at
 * the next opening bracket, so a failed match never rescans the line: linear.
 */
const INLINE_MARKUP =
	/!\[[^[\]\n]*\](?:\([^()\n]*\)|\[[^[\]\n]*\])|\[([^[\]\n]+)\]\([^()\n]*\)|\[([^[\]\n]+)\]\[[^[\]\n]*\]|<!--[^<>]*-->|<\/?[a-zA-Z][^<>\n]*>|<(https?:[^<>\s]+)>|\\([!-/:-@[-`{-~])|\*\*|__|~~|`+|\*|_/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const WHITESPACE_CHAR = /\s/;

/** A Markdown file read into front matter and plain text. */
export interface MarkdownRead {
	frontMatter: Record<string, unknown>;
	problem?: string;
	/** Plain text, one paragraph per line, mapped into the whole file's text. */
	body: MappedText;
}

/**
 * Reads Markdown: optional YAML front matter, then the body as plain text.
 * Block markup (headings, quotes, list markers, fences, rules, tables) and
 * inline markup (emphasis, links, images, HTML) are dropped; lines of one
 * paragraph are joined; fenced code is skipped. A line-by-line scan: linear.
 */
export function readMarkdown(text: string): MarkdownRead {
	const front = readFrontMatter(text);
	const builder = new MappedTextBuilder(identityText(text));
	let inFence: string | null = null;
	let paragraphOpen = false;
	let inList = false;
	const lines = lineRanges(text, LINE_BREAK, front.bodyStart);
	for (const [start, end] of lines) {
		const line = text.slice(start, end);
		const fence = FENCE.exec(line);
		if (inFence) {
			if (fence && fence[1]![0] === inFence[0] && fence[1]!.length >= inFence.length) inFence = null;
			continue;
		}
		if (fence) {
			inFence = fence[1]!;
			paragraphOpen = false;
			continue;
		}
		if (BLANK.test(line) || THEMATIC_BREAK.test(line) || TABLE_DELIMITER.test(line)) {
			paragraphOpen = false;
			continue;
		}
		if ((paragraphOpen && SETEXT_UNDERLINE.test(line)) || LINK_DEFINITION.test(line) || HTML_ONLY_LINE.test(line)) {
			paragraphOpen = false;
			continue;
		}
		let from = start;
		from += BLOCKQUOTE.exec(line)?.[0].length ?? 0;
		const rest = text.slice(from, end);
		const heading = HEADING.exec(rest);
		let item = heading ? null : LIST_ITEM.exec(rest);
		// As in CommonMark, only "1." can interrupt a paragraph: "2023. Talks resumed" continues the line before.
		if (item?.[1] && paragraphOpen && !inList && item[1] !== '1') item = null;
		let to = end;
		if (heading) {
			from += heading[0].length;
			const close = HEADING_CLOSE.exec(text.slice(from, end));
			if (close) to = from + close.index;
		} else if (item) from += item[0].length;
		const ownLine = Boolean(heading || item || TABLE_ROW.test(rest));
		if (builder.size) builder.insert(paragraphOpen && !ownLine ? ' ' : '\n');
		emitInline(builder, text, from, to);
		if (item) inList = true;
		else if (!paragraphOpen || heading) inList = false;
		paragraphOpen = !heading;
	}
	return {frontMatter: front.data, problem: front.problem, body: builder.build()};
}

/** Copies one line's text without its inline markup. */
function emitInline(builder: MappedTextBuilder, text: string, from: number, to: number): void {
	const line = text.slice(from, to);
	let pos = 0;
	INLINE_MARKUP.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = INLINE_MARKUP.exec(line))) {
		const token = match[0];
		const at = match.index;
		if ((token === '*' || token === '_') && !isDelimiter(line, at, token)) continue;
		builder.copy(from + pos, from + at);
		const inner = match[1] ?? match[2] ?? match[3];
		if (inner !== undefined) builder.copy(from + at + 1, from + at + 1 + inner.length);
		else if (match[4] !== undefined) builder.copy(from + at + 1, from + at + 2);
		pos = at + token.length;
	}
	builder.copy(from + pos, to);
}

/** A single * or _ is emphasis when it touches a word on one side only ("*word*", not "snake_case" or "5 * 3"). */
function isDelimiter(line: string, at: number, token: string): boolean {
	const before = at > 0 && WORD_CHAR.test(line[at - 1]!);
	const after = at + 1 < line.length && WORD_CHAR.test(line[at + 1]!);
	if (token === '_') return before !== after;
	const spaceBefore = at === 0 || WHITESPACE_CHAR.test(line[at - 1]!);
	const spaceAfter = at + 1 >= line.length || WHITESPACE_CHAR.test(line[at + 1]!);
	return !(spaceBefore && spaceAfter);
}
