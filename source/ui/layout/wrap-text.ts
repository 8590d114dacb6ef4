/** One wrapped line of a text and where it starts in that text. */
export interface WrappedLine {
	text: string;
	start: number;
}

/**
 * Wraps text to `width` columns at spaces (hard-breaking longer words), keeping each
 * line's offset into the original so highlights can be mapped onto lines. Newlines break
 * lines; a blank line is kept.
 * @example wrapWithOffsets('a bb ccc', 4) // [{text:'a bb', start:0}, {text:'ccc', start:5}]
 */
export function wrapWithOffsets(text: string, width: number): WrappedLine[] {
	const w = Math.max(1, width);
	const lines: WrappedLine[] = [];
	let offset = 0;
	for (const paragraph of text.split('\n')) {
		let start = 0;
		if (paragraph.length === 0) lines.push({text: '', start: offset});
		while (start < paragraph.length) {
			if (paragraph.length - start <= w) {
				lines.push({text: paragraph.slice(start), start: offset + start});
				break;
			}
			let end = paragraph.lastIndexOf(' ', start + w);
			if (end <= start) end = start + w;
			lines.push({text: paragraph.slice(start, end), start: offset + start});
			start = end;
			while (paragraph[start] === ' ') start++;
		}
		offset += paragraph.length + 1;
	}
	return lines;
}

/** Wraps text to `width` columns, lines only. */
export function wrapText(text: string, width: number): string[] {
	return wrapWithOffsets(text, width).map((l) => l.text);
}

/** Cuts text to `width` columns with an ellipsis when it is longer. */
export function truncate(text: string, width: number): string {
	if (width <= 0) return '';
	return text.length <= width ? text : width === 1 ? '…' : `${text.slice(0, width - 1)}…`;
}

/** A segment of a line: plain or highlighted (with a highlight kind). */
export interface Segment<K extends string = string> {
	text: string;
	kind: K | null;
}

/**
 * Splits the line that starts at `start` into segments by highlight ranges (offsets into
 * the whole text). Later ranges win where ranges overlap.
 */
export function segmentLine<K extends string>(line: WrappedLine, ranges: Array<{start: number; end: number; kind: K}>): Array<Segment<K>> {
	const kinds: Array<K | null> = Array.from({length: line.text.length}, () => null);
	const lineEnd = line.start + line.text.length;
	for (const r of ranges) {
		if (r.end <= line.start || r.start >= lineEnd) continue;
		for (let i = Math.max(r.start, line.start); i < Math.min(r.end, lineEnd); i++) kinds[i - line.start] = r.kind;
	}
	const segments: Array<Segment<K>> = [];
	for (let i = 0; i < line.text.length; i++) {
		const last = segments[segments.length - 1];
		if (last && last.kind === kinds[i]) last.text += line.text[i];
		else segments.push({text: line.text[i]!, kind: kinds[i]!});
	}
	return segments;
}

/** Ranges of `words` (lower-cased) in text, at word starts, for search highlights. */
export function wordHits(text: string, words: string[]): Array<{start: number; end: number; kind: 'hit'}> {
	const lower = text.toLowerCase();
	const hits: Array<{start: number; end: number; kind: 'hit'}> = [];
	for (const word of words) {
		if (!word) continue;
		for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
			if (at === 0 || !/[\p{L}\p{N}]/u.test(lower[at - 1]!)) hits.push({start: at, end: at + word.length, kind: 'hit'});
		}
	}
	return hits;
}
