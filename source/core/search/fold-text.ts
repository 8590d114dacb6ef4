const ASCII = /^[\x00-\x7f]*$/;

/** Matches one word of a value or a query: letters and digits (global: use with match/matchAll). */
export const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Lower-cases and strips diacritics one UTF-16 unit at a time, so the result has the
 * same length as the input and offsets found in it are offsets into the original.
 * @example foldText('Abdel Fattah el-Sisí') // 'abdel fattah el-sisi'
 */
export function foldText(value: string): string {
	// Fast path: ASCII has no diacritics and lower-cases without changing length.
	if (ASCII.test(value)) return value.toLowerCase();
	let out = '';
	for (const char of value) {
		const folded = char.normalize('NFD')[0]!.toLowerCase();
		// Keep the original width: astral characters are two units, some folds change length.
		out += folded.length === char.length ? folded : char.length === 1 ? folded[0] ?? char : char;
	}
	return out;
}

/** The folded words of a text, in order (duplicates kept). */
export function tokenize(value: string): string[] {
	return foldText(value).match(WORD) ?? [];
}

/** Every [start, end) range of `word` in `folded` that starts at a word boundary. */
export function wordRanges(folded: string, word: string): Array<[number, number]> {
	const ranges: Array<[number, number]> = [];
	if (!word) return ranges;
	let from = 0;
	for (;;) {
		const at = folded.indexOf(word, from);
		if (at < 0) break;
		if (at === 0 || !/[\p{L}\p{N}]/u.test(folded[at - 1]!)) ranges.push([at, at + word.length]);
		from = at + 1;
	}
	return ranges;
}
