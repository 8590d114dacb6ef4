/** A sentence of a report's cleaned text, with offsets into it. */
export interface Sentence {
	text: string;
	start: number;
	end: number;
	/** 0-based paragraph number (paragraphs are separated by newlines). */
	paragraph: number;
	/** 0-based sentence number within the report. */
	index: number;
}

// Words after which a period does not end a sentence.
const ABBREVIATIONS = new Set([
	'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'sen', 'rep', 'gov', 'st', 'jr', 'sr',
	'prof', 'rev', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
	'no', 'vs', 'etc', 'inc', 'corp', 'ltd', 'co', 'u.s', 'u.n', 'u.k', 'e.u', 'a.m', 'p.m', 'i.e', 'e.g',
]);

const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s+|$)/g;
/**
 * Longer runs without a sentence end (a paragraph of unpunctuated text, a table
 * flattened to one line) are cut at a space before this many characters: every
 * later stage looks at a sentence at a time, and an unbounded sentence would make
 * their work grow with the square of the text.
 */
export const MAX_SENTENCE_CHARS = 2000;
/** How far back from a sentence end the word before it is looked for (abbreviations are short). */
const LAST_WORD_WINDOW = 40;

/**
 * Splits cleaned text into sentences with offsets. Paragraphs are lines; a
 * sentence ends at . ! ? followed by space, except after known abbreviations
 * and single capital initials ("U.S.", "J. Smith").
 */
export function splitSentences(text: string): Sentence[] {
	const sentences: Sentence[] = [];
	let paragraph = 0;
	let lineStart = 0;
	while (lineStart <= text.length) {
		let lineEnd = text.indexOf('\n', lineStart);
		if (lineEnd === -1) lineEnd = text.length;
		const line = text.slice(lineStart, lineEnd);
		if (line.trim()) {
			splitLine(line, lineStart, paragraph, sentences);
			paragraph++;
		}
		lineStart = lineEnd + 1;
	}
	return sentences;
}

function splitLine(line: string, offset: number, paragraph: number, out: Sentence[]): void {
	let start = 0;
	SENTENCE_END.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = SENTENCE_END.exec(line))) {
		const end = match.index + match[0].length;
		if (match[0].startsWith('.')) {
			const lastWord = trailingWord(line, Math.max(start, match.index - LAST_WORD_WINDOW), match.index).toLowerCase();
			const isInitial = /^[a-z]$/i.test(lastWord) && match[0] === '.';
			if (ABBREVIATIONS.has(lastWord) || isInitial) continue;
		}
		// A lowercase continuation is not a new sentence ("e.g. the", "p.m. on").
		if (match[0] === '.' && isLowercaseLetter(line.charCodeAt(firstNonSpace(line, end)))) continue;
		push(line, start, end, offset, paragraph, out);
		start = end;
	}
	push(line, start, line.length, offset, paragraph, out);
}

// The run of letters and periods that ends at `to` (not before `from`); '' when none. A backward scan: an end-anchored regex would be tried from every position.
function trailingWord(line: string, from: number, to: number): string {
	let i = to;
	while (i > from && isLetterOrPeriod(line.charCodeAt(i - 1))) i--;
	return line.slice(i, to);
}

// The first position at or after `from` that is not whitespace (JavaScript's \s), or line.length.
function firstNonSpace(line: string, from: number): number {
	let i = from;
	while (i < line.length && SPACE.test(line[i]!)) i++;
	return i;
}

const SPACE = /\s/;

function isLowercaseLetter(c: number): boolean {
	return c >= 97 && c <= 122;
}

function isLetterOrPeriod(c: number): boolean {
	return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;
}

function push(line: string, from: number, to: number, offset: number, paragraph: number, out: Sentence[]): void {
	let s = from;
	let e = to;
	while (s < e && /\s/.test(line[s]!)) s++;
	while (e > s && /\s/.test(line[e - 1]!)) e--;
	if (e <= s) return;
	while (e - s > MAX_SENTENCE_CHARS) {
		const space = line.lastIndexOf(' ', s + MAX_SENTENCE_CHARS);
		const cut = space > s ? space : s + MAX_SENTENCE_CHARS;
		push(line, s, cut, offset, paragraph, out);
		s = cut;
		while (s < e && /\s/.test(line[s]!)) s++;
	}
	out.push({text: line.slice(s, e), start: offset + s, end: offset + e, paragraph, index: out.length});
}
