import {MappedTextBuilder, type MappedText} from './offset-map.js';
import {lineRanges} from './text-lines.js';

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/g;
/** Whitespace, invisible characters and stray control characters between words. */
const GAP = /[\s\u200B-\u200D\u2060\u00AD\u0000-\u0008\u000E-\u001F\u007F]+/g;
/** Gaps made only of invisible characters join the words around them. */
const INVISIBLE_ONLY = /^[\u200B-\u200D\u2060\u00AD\uFEFF\u0000-\u0008\u000E-\u001F\u007F]+$/;
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
	const lines = lineRanges(input.text, LINE_BREAK);
	const join = options.joinLines === 'auto' ? isHardWrapped(lines, input.text) : Boolean(options.joinLines);
	const builder = new MappedTextBuilder(input);
	const state = {lastCopied: -1};
	let paragraphOpen = false;
	for (const [start, end] of lines) {
		paragraphOpen = emitLine(builder, input.text, start, end, paragraphOpen && join, state);
	}
	return builder.build();
}

/** Appends the words of one line; returns false for a blank line. */
function emitLine(builder: MappedTextBuilder, text: string, start: number, end: number, continues: boolean, state: {lastCopied: number}): boolean {
	const line = text.slice(start, end);
	let prevEnd = -1;
	const word = (from: number, to: number) => {
		if (to <= from) return;
		if (prevEnd < 0) {
			const separator = continues ? ' ' : '\n';
			// A lone "\n" between two kept words is copied, not inserted: one map segment for clean text.
			if (state.lastCopied >= 0 && start + from === state.lastCopied + 1 && text[state.lastCopied] === '\n' && separator === '\n') {
				builder.copy(state.lastCopied, start + from);
			} else if (builder.size) builder.insert(separator);
		} else {
			const gap = line.slice(prevEnd, from);
			if (gap === ' ') builder.copy(start + prevEnd, start + from);
			else if (!INVISIBLE_ONLY.test(gap)) builder.insert(' ');
		}
		builder.copy(start + from, start + to);
		prevEnd = to;
		state.lastCopied = start + to;
	};
	let pos = 0;
	GAP.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = GAP.exec(line))) {
		word(pos, match.index);
		pos = match.index + match[0].length;
	}
	word(pos, line.length);
	return prevEnd >= 0;
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
