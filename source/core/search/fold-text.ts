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
	// ASCII runs are lower-cased whole; only the other characters are folded one by one.
	let out = '';
	let run = 0;
	for (let i = 0; i < value.length; i++) {
		const code = value.charCodeAt(i);
		if (code < 0x80) continue;
		const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < value.length && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
		const char = pair ? value.slice(i, i + 2) : value[i]!;
		out += value.slice(run, i).toLowerCase() + foldChar(char);
		if (pair) i++;
		run = i + 1;
	}
	return out + value.slice(run).toLowerCase();
}

const folds = new Map<string, string>();

/** One character folded to the same number of UTF-16 units (memoised: news uses few distinct non-ASCII characters). */
function foldChar(char: string): string {
	let folded = folds.get(char);
	if (folded === undefined) {
		const lower = char.normalize('NFD')[0]!.toLowerCase();
		// Keep the original width: astral characters are two units, some folds change length.
		folded = lower.length === char.length ? lower : char.length === 1 ? (lower[0] ?? char) : char;
		if (folds.size < 4096) folds.set(char, folded);
	}
	return folded;
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
