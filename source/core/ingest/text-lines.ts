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
	for (const pieces of lines) {
		if (!pieces.length) continue;
		if (builder.size) builder.insert('\n');
		pieces.forEach(([start, end], i) => {
			if (i) builder.insert(' ');
			builder.copy(start, end);
		});
	}
	return builder.build();
}
