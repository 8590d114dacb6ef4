/**
 * Offset maps: how each character of a cleaned text points back into the
 * text it was cleaned from. A map is a list of segments
 * `[cleanedStart, originalStart, length]` in ascending order, each a verbatim
 * copy: `cleaned.slice(c, c + n) === original.slice(o, o + n)`. Characters the
 * cleaner inserted or replaced (a joining space, "U.S." for "U. s.", a decoded
 * entity) belong to no segment.
 */
export type OffsetMap = Array<[number, number, number]>;

/** A text together with its map back to the source text. */
export interface MappedText {
	text: string;
	map: OffsetMap;
}

/** A source text mapped onto itself. */
export function identityText(text: string): MappedText {
	return {text, map: text.length ? [[0, 0, text.length]] : []};
}

/**
 * Builds a new text from pieces of an input `MappedText`, composing the maps
 * as it goes, so each cleaning stage only says what it copies and inserts.
 * @example
 * const b = new MappedTextBuilder(input);
 * b.copy(0, 5); b.insert(' '); b.copy(9, 12);
 * const out = b.build();
 */
export class MappedTextBuilder {
	private readonly parts: string[] = [];
	private readonly map: OffsetMap = [];
	private length = 0;
	/**
	 * A copy not yet appended, `[pendingFrom, pendingTo)` of the input: copies
	 * that continue it extend it, so a run of words and the single spaces
	 * between them costs one slice and one map lookup instead of one per piece.
	 */
	private pendingFrom = 0;
	private pendingTo = 0;

	constructor(private readonly input: MappedText) {}

	/** Appends `input.text.slice(from, to)` with its mapping. */
	copy(from: number, to: number): void {
		if (to <= from) return;
		if (from === this.pendingTo && this.pendingTo > this.pendingFrom) {
			this.pendingTo = to;
			return;
		}
		this.flush();
		this.pendingFrom = from;
		this.pendingTo = to;
	}

	/** Appends text that has no counterpart in the source. */
	insert(text: string): void {
		if (!text) return;
		this.flush();
		this.parts.push(text);
		this.length += text.length;
	}

	/** Characters appended so far. */
	get size(): number {
		return this.length + (this.pendingTo - this.pendingFrom);
	}

	/** The last character appended, or '' when empty. */
	lastChar(): string {
		if (this.pendingTo > this.pendingFrom) return this.input.text[this.pendingTo - 1]!;
		const last = this.parts[this.parts.length - 1];
		return last ? last[last.length - 1]! : '';
	}

	build(): MappedText {
		this.flush();
		return {text: this.parts.length === 1 ? this.parts[0]! : this.parts.join(''), map: this.map};
	}

	/** Appends the pending copy: its text, and the input segments it overlaps, clipped and shifted. */
	private flush(): void {
		const from = this.pendingFrom;
		const to = this.pendingTo;
		if (to <= from) return;
		this.pendingFrom = this.pendingTo = 0;
		this.parts.push(this.input.text.slice(from, to));
		const segments = this.input.map;
		for (let i = this.findSegment(from); i < segments.length; i++) {
			const [c, o, n] = segments[i]!;
			if (c >= to) break;
			const start = Math.max(c, from);
			const end = Math.min(c + n, to);
			if (end > start) this.push(this.length + (start - from), o + (start - c), end - start);
		}
		this.length += to - from;
	}

	private push(c: number, o: number, n: number): void {
		const last = this.map[this.map.length - 1];
		if (last && last[0] + last[2] === c && last[1] + last[2] === o) last[2] += n;
		else this.map.push([c, o, n]);
	}

	/** Index of the first input segment that ends after `offset` (binary search). */
	private findSegment(offset: number): number {
		const segments = this.input.map;
		let lo = 0;
		let hi = segments.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (segments[mid]![0] + segments[mid]![2] <= offset) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
}

/**
 * Where a cleaned-text offset points in the original text. Offsets inside a
 * verbatim segment map exactly; an inserted character maps to the end of the
 * previous segment (or the start of the next when none precedes it).
 * @example mapToOriginal(report.offsetMap, evidence.start)
 */
export function mapToOriginal(offsetMap: OffsetMap, cleanedOffset: number): number {
	let lo = 0;
	let hi = offsetMap.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (offsetMap[mid]![0] <= cleanedOffset) lo = mid + 1;
		else hi = mid;
	}
	const segment = offsetMap[lo - 1];
	if (!segment) return offsetMap[0] ? offsetMap[0][1] : 0;
	const [c, o, n] = segment;
	return cleanedOffset < c + n ? o + (cleanedOffset - c) : o + n;
}

/**
 * The original range a cleaned range `[start, end)` came from: the end is
 * mapped from its last character, so it does not jump over removed text.
 */
export function mapRangeToOriginal(offsetMap: OffsetMap, start: number, end: number): [number, number] {
	const from = mapToOriginal(offsetMap, start);
	if (end <= start) return [from, from];
	return [from, Math.max(from, mapToOriginal(offsetMap, end - 1) + 1)];
}
