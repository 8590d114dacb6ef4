// The first run of letters and digits of a phrase: the key it is filed under.
const FIRST_RUN = /^[\p{L}\p{N}]+/u;
// Where a word starts: a letter or digit not preceded by one.
const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

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

	constructor(phrases: Iterable<[string, T]>) {
		for (const [phrase, value] of phrases) {
			const key = FIRST_RUN.exec(phrase)?.[0];
			if (!key) continue;
			const list = this.#byFirstRun.get(key) ?? [];
			list.push({phrase, value});
			this.#byFirstRun.set(key, list);
		}
		for (const list of this.#byFirstRun.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
	}

	/** All non-overlapping matches, left to right. */
	matchAll(text: string): Array<PhraseMatch<T>> {
		const out: Array<PhraseMatch<T>> = [];
		let next = 0;
		for (const word of text.matchAll(WORD_START)) {
			if (word.index < next) continue;
			const candidates = this.#byFirstRun.get(word[0]);
			if (!candidates) continue;
			for (const {phrase, value} of candidates) {
				if (!text.startsWith(phrase, word.index)) continue;
				const end = word.index + phrase.length;
				const after = text[end];
				// A phrase ending in a letter must not run into a longer word ("Iran" in "Iranian").
				if (after !== undefined && LETTER_OR_DIGIT.test(after) && LETTER_OR_DIGIT.test(phrase.at(-1)!)) continue;
				out.push({index: word.index, text: phrase, value});
				next = end;
				break;
			}
		}
		return out;
	}
}
