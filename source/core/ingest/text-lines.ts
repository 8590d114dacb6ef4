import {MappedTextBuilder, type MappedText} from './offset-map.js';

/** A line of a cleaned text: `[start, end)` without its newline. */
export interface LineRange {
	start: number;
	end: number;
}


/** The lines of a text (paragraphs, once whitespace is normalised). */
export function splitLines(text: string): LineRange[] {
	const lines: LineRange[] = [];
	let start = 0;
	while (start <= text.length) {
		let end = text.indexOf('\n', start);
		if (end === -1) end = text.length;
		if (end > start) lines.push({start, end});
		start = end + 1;
	}
	return lines;
}

/**
 * Line ranges `[start, end)` of a raw text from `from` on, split at `breaks`
 * (a global regex: each reader decides which line breaks it honours).
 */
export function lineRanges(text: string, breaks: RegExp, from = 0): Array<[number, number]> {
	const ranges: Array<[number, number]> = [];
	let start = from;
	breaks.lastIndex = from;
	let match: RegExpExecArray | null;
	while ((match = breaks.exec(text))) {
		ranges.push([start, match.index]);
		start = match.index + match[0].length;
	}
	ranges.push([start, text.length]);
	return ranges;
}

/** Number of whitespace-separated words in `text`. */
export function countWords(text: string): number {
	let words = 0;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
		if (!space && !inWord) words++;
		inWord = !space;
	}
	return words;
}

/**
 * Rebuilds a text from kept pieces: each entry is one output line made of
 * `[start, end)` ranges of the input, joined by a space; lines are joined by "\n".
 */
export function rebuildLines(input: MappedText, lines: Array<Array<[number, number]>>): MappedText {
	const builder = new MappedTextBuilder(input);
	let lastEnd = -1;
	for (const pieces of lines) {
		if (!pieces.length) continue;
		pieces.forEach(([start, end], i) => {
			const separator = i ? ' ' : '\n';
			// Copy the input's own separator when it is exactly the one needed: the map stays in one segment.
			if (lastEnd >= 0 && start === lastEnd + 1 && input.text[lastEnd] === separator) builder.copy(lastEnd, start);
			else if (builder.size) builder.insert(separator);
			builder.copy(start, end);
			lastEnd = end;
		});
	}
	return builder.build();
}
