import {MappedTextBuilder, type MappedText} from './offset-map.js';
import {lineRanges} from './text-lines.js';

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/g;
/** Hard-wrapped text: most lines that continue a paragraph are about this long. */
const WRAP_MIN = 40;
const WRAP_MAX = 100;
const MIN_WRAPPED_LINES = 3;
/** Wrapped lines mostly break mid-sentence; paragraph-per-line text mostly ends lines with punctuation. */
const LINE_ENDS_SENTENCE = /[.!?:;"”’)]\s*$/;

/** Options of `normalizeWhitespace`. */
export interface WhitespaceOptions {
	/** Join lines of a blank-line-separated block into one paragraph: true, false, or 'auto' (detect hard wrapping). */
	joinLines?: boolean | 'auto';
}

/**
 * Normalises whitespace: one paragraph per line, words separated by single
 * spaces, no blank or padded lines, invisible characters removed. A single
 * space between words is kept verbatim (so the map stays exact); other gaps
 * become an inserted space.
 */
export function normalizeWhitespace(input: MappedText, options: WhitespaceOptions = {}): MappedText {
	const lines = lineBreakRanges(input.text);
	const join = options.joinLines === 'auto' ? isHardWrapped(lines, input.text) : Boolean(options.joinLines);
	const builder = new MappedTextBuilder(input);
	const state = {lastCopied: -1};
	const irregular = new IrregularGaps(input.text);
	let paragraphOpen = false;
	for (const [start, end] of lines) {
		const continues: boolean = paragraphOpen && join;
		paragraphOpen = irregular.clean(start, end) ? emitCleanLine(builder, input.text, start, end, continues, state) : emitLine(builder, input.text, start, end, continues, state);
	}
	return builder.build();
}

/** Line breaks other than "\n". */
const OTHER_LINE_BREAK = /[\r\u2028\u2029\u0085]/;

/** `lineRanges(text, LINE_BREAK)`; when "\n" is the only break, found with indexOf (no match object per line). */
function lineBreakRanges(text: string): Array<[number, number]> {
	if (OTHER_LINE_BREAK.test(text)) return lineRanges(text, LINE_BREAK);
	const ranges: Array<[number, number]> = [];
	let start = 0;
	for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', start)) {
		ranges.push([start, at]);
		start = at + 1;
	}
	ranges.push([start, text.length]);
	return ranges;
}

/** Gap characters other than a space (see `isGap`), and runs of spaces. */
const IRREGULAR_GAP = /[\x00-\x1f\x7f\xa0\xad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]| {2}/g;

/**
 * Tells lines that are already clean: words separated by single spaces, no
 * other gap character. Most lines are, and one regex scan over them is much
 * cheaper than the character loop of `emitLine`. Lines are asked about in
 * order, so the next irregular gap found is kept until the scan passes it.
 */
class IrregularGaps {
	private next = -1;

	constructor(private readonly text: string) {}

	clean(start: number, end: number): boolean {
		if (end <= start || this.text.charCodeAt(start) === 32 || this.text.charCodeAt(end - 1) === 32) return false;
		if (this.next < start) {
			IRREGULAR_GAP.lastIndex = start;
			this.next = IRREGULAR_GAP.exec(this.text)?.index ?? this.text.length;
		}
		return this.next >= end;
	}
}

/** `emitLine` for a clean line (see `IrregularGaps`): its words and single spaces are copied in one piece. */
function emitCleanLine(builder: MappedTextBuilder, text: string, start: number, end: number, continues: boolean, state: {lastCopied: number}): boolean {
	emitSeparator(builder, text, start, continues, state);
	builder.copy(start, end);
	state.lastCopied = end;
	return true;
}

/** What goes before a line's first word: a newline, or a space when the line continues a paragraph. */
function emitSeparator(builder: MappedTextBuilder, text: string, from: number, continues: boolean, state: {lastCopied: number}): void {
	const separator = continues ? ' ' : '\n';
	// A lone "\n" between two kept words is copied, not inserted: one map segment for clean text.
	if (state.lastCopied >= 0 && from === state.lastCopied + 1 && text[state.lastCopied] === '\n' && separator === '\n') {
		builder.copy(state.lastCopied, from);
	} else if (builder.size) builder.insert(separator);
}

/**
 * Appends the words of one line; returns false for a blank line. Words are
 * runs of non-gap characters (see `isGap`); a character loop rather than a
 * regex, so no match or slice is made per word.
 */
function emitLine(builder: MappedTextBuilder, text: string, start: number, end: number, continues: boolean, state: {lastCopied: number}): boolean {
	let prevEnd = -1;
	let i = start;
	while (i < end) {
		const gapStart = i;
		let invisibleOnly = true;
		for (let c: number; i < end && isGap((c = text.charCodeAt(i))); i++) if (!isInvisible(c)) invisibleOnly = false;
		if (i === end) break;
		const from = i;
		while (i < end && !isGap(text.charCodeAt(i))) i++;
		if (prevEnd < 0) emitSeparator(builder, text, from, continues, state);
		else if (from - gapStart === 1 && text.charCodeAt(gapStart) === 32) {
			builder.copy(gapStart, from);
		} else if (!invisibleOnly) builder.insert(' ');
		builder.copy(from, i);
		prevEnd = i;
		state.lastCopied = i;
	}
	return prevEnd >= 0;
}

/** Whitespace (`\s`), invisible characters and stray control characters: what separates words. */
function isGap(c: number): boolean {
	if (c <= 0x20) return true;
	if (c < 0x7f) return false;
	if (c === 0x7f || c === 0xa0 || c === 0xad) return true;
	if (c < 0x1680) return false;
	return c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff;
}

/** Gap characters that are invisible: a gap made only of these joins the words around it. */
function isInvisible(c: number): boolean {
	if (c < 0x20) return c <= 0x08 || c >= 0x0e;
	return c === 0x7f || c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/**
 * True when most lines that are followed by another line of the same block
 * have a typical wrap width and most of them break mid-sentence.
 */
function isHardWrapped(lines: Array<[number, number]>, text: string): boolean {
	let continued = 0;
	let wrapped = 0;
	let midSentence = 0;
	for (let i = 0; i + 1 < lines.length; i++) {
		const [s, e] = lines[i]!;
		const [ns, ne] = lines[i + 1]!;
		if (!text.slice(s, e).trim() || !text.slice(ns, ne).trim()) continue;
		continued++;
		const length = e - s;
		if (length >= WRAP_MIN && length <= WRAP_MAX) wrapped++;
		if (!LINE_ENDS_SENTENCE.test(text.slice(s, e))) midSentence++;
		if (length > WRAP_MAX + 20) return false;
	}
	return continued >= MIN_WRAPPED_LINES && wrapped >= continued * 0.8 && midSentence >= continued * 0.5;
}
