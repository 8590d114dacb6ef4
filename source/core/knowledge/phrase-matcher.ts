// The first run of letters and digits of a phrase: the key it is filed under.
const FIRST_RUN = /^[\p{L}\p{N}]+/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Whether each UTF-16 code unit is a letter or digit, decided once per unit.
const WORD_UNIT = new Uint8Array(0x10000);

function isWordUnit(code: number): boolean {
	let known = WORD_UNIT[code]!;
	if (known === 0) {
		known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
		WORD_UNIT[code] = known;
	}
	return known === 1;
}

/** One occurrence of a known phrase. */
export interface PhraseMatch<T> {
	index: number;
	text: string;
	value: T;
}

/**
 * Finds known literal phrases (names, aliases, cities) in text, case-sensitively,
 * leftmost-longest and bounded by non-letters. Phrases are filed under their first
 * word, so a scan costs one map lookup per word instead of a regex alternation of
 * every phrase at every position.
 */
export class PhraseMatcher<T> {
	readonly #byFirstRun = new Map<string, Array<{phrase: string; value: T}>>();
	readonly #firstUnits = new Set<number>();

	constructor(phrases: Iterable<[string, T]>) {
		for (const [phrase, value] of phrases) {
			const key = FIRST_RUN.exec(phrase)?.[0];
			if (!key) continue;
			this.#firstUnits.add(key.charCodeAt(0));
			const list = this.#byFirstRun.get(key) ?? [];
			list.push({phrase, value});
			this.#byFirstRun.set(key, list);
		}
		for (const list of this.#byFirstRun.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
	}

	/** All non-overlapping matches, left to right. */
	matchAll(text: string): Array<PhraseMatch<T>> {
		const out: Array<PhraseMatch<T>> = [];
		const n = text.length;
		let i = 0;
		while (i < n) {
			if (!isWordUnit(text.charCodeAt(i))) {
				i++;
				continue;
			}
			let j = i + 1;
			while (j < n && isWordUnit(text.charCodeAt(j))) j++;
			const end = this.#firstUnits.has(text.charCodeAt(i)) ? this.#matchAt(text, i, j, out) : -1;
			i = end > 0 ? end : j;
		}
		return out;
	}

	/** Tries the phrases filed under the word text[start, wordEnd); returns the match end or -1. */
	#matchAt(text: string, start: number, wordEnd: number, out: Array<PhraseMatch<T>>): number {
		const candidates = this.#byFirstRun.get(text.slice(start, wordEnd));
		if (!candidates) return -1;
		for (const {phrase, value} of candidates) {
			if (!text.startsWith(phrase, start)) continue;
			const end = start + phrase.length;
			// A phrase ending in a letter must not run into a longer word ("Iran" in "Iranian").
			if (end < text.length && isWordUnit(text.charCodeAt(end)) && isWordUnit(phrase.charCodeAt(phrase.length - 1))) continue;
			out.push({index: start, text: phrase, value});
			return end;
		}
		return -1;
	}
}
