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

// Bits of the filter on first-word hashes in PhraseMatcher (a power of two).
const KEY_HASH_BITS = 1 << 16;

// FNV-1a over the code units of text[start, end).
function hashOf(text: string, start: number, end: number): number {
	let hash = 0x811c9dc5 | 0;
	for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	return hash;
}

/** One occurrence of a known phrase. */
export interface PhraseMatch<T> {
	index: number;
	text: string;
	value: T;
}

/** A phrase filed under the hash bucket of its first word (see PhraseMatcher). */
interface Filed<T> {
	phrase: string;
	/** Length of the phrase's first word. */
	firstLength: number;
	value: T;
}

/**
 * Finds known literal phrases (names, aliases, cities) in text, case-sensitively,
 * leftmost-longest and bounded by non-letters. Phrases are filed under a hash of
 * their first word, so a scan costs one hash and map lookup per word instead of
 * a regex alternation of every phrase at every position (and no word is sliced
 * out of the text: a phrase whose first word has the word's length and that
 * the text starts with there has that very first word).
 */
export class PhraseMatcher<T> {
	/** Per hash bucket of first words: the phrases, longest first (phrases of different first words may share one). */
	readonly #byBucket = new Map<number, Array<Filed<T>>>();
	/** 1 for each code unit some first word starts with. */
	readonly #firstUnits = new Uint8Array(0x10000);
	/** Bit per hash (see `hashOf`) of some first word: a word whose bit is clear is no key. */
	readonly #keyHashes = new Uint32Array(KEY_HASH_BITS / 32);

	constructor(phrases: Iterable<[string, T]>) {
		for (const [phrase, value] of phrases) {
			const key = FIRST_RUN.exec(phrase)?.[0];
			if (!key) continue;
			this.#firstUnits[key.charCodeAt(0)] = 1;
			const bit = hashOf(key, 0, key.length) & (KEY_HASH_BITS - 1);
			this.#keyHashes[bit >>> 5]! |= 1 << (bit & 31);
			const list = this.#byBucket.get(bit) ?? [];
			list.push({phrase, firstLength: key.length, value});
			this.#byBucket.set(bit, list);
		}
		for (const list of this.#byBucket.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
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
			const bit = this.#firstUnits[text.charCodeAt(i)] === 1 ? this.#keyBit(text, i, j) : -1;
			const end = bit >= 0 ? this.#matchAt(text, i, j, bit, out) : -1;
			i = end > 0 ? end : j;
		}
		return out;
	}

	// The hash bucket of text[start, end), or -1 when it is surely no first word: then it is never looked up.
	#keyBit(text: string, start: number, end: number): number {
		const bit = hashOf(text, start, end) & (KEY_HASH_BITS - 1);
		return (this.#keyHashes[bit >>> 5]! & (1 << (bit & 31))) !== 0 ? bit : -1;
	}

	/** Tries the phrases whose first word is text[start, wordEnd) (in hash bucket `bit`); returns the match end or -1. */
	#matchAt(text: string, start: number, wordEnd: number, bit: number, out: Array<PhraseMatch<T>>): number {
		const candidates = this.#byBucket.get(bit);
		if (!candidates) return -1;
		for (const {phrase, firstLength, value} of candidates) {
			if (firstLength !== wordEnd - start || !text.startsWith(phrase, start)) continue;
			const end = start + phrase.length;
			// A phrase ending in a letter must not run into a longer word ("Iran" in "Iranian").
			if (end < text.length && isWordUnit(text.charCodeAt(end)) && isWordUnit(phrase.charCodeAt(phrase.length - 1))) continue;
			out.push({index: start, text: phrase, value});
			return end;
		}
		return -1;
	}
}

// Buckets of the prefix filters in LiteralScanner (a power of two).
const PAIR_BUCKETS = 1 << 16;
const pairKey = (first: number, second: number) => first * 0x10000 + second;
const pairBucket = (first: number, second: number) => (first * 31 + second) & (PAIR_BUCKETS - 1);
const tripleBucket = (first: number, second: number, third: number) => (first * 961 + second * 31 + third) & (PAIR_BUCKETS - 1);
const quadBucket = (first: number, second: number, third: number, fourth: number) => (first * 29791 + second * 961 + third * 31 + fourth) & (PAIR_BUCKETS - 1);

/**
 * Finds literal strings anywhere in a text, inside words too, as a global regex
 * alternation of them sorted longest first would: leftmost match first, the
 * longest literal at that position, scanning on after its end. Bucket filters
 * on each position's first two, three and four code units (literals of two,
 * three, and four or more units) skip almost every position without trying a
 * literal.
 */
export class LiteralScanner {
	readonly #byPair = new Map<number, string[]>();
	readonly #pairBits = new Uint8Array(PAIR_BUCKETS);
	readonly #tripleBits = new Uint8Array(PAIR_BUCKETS);
	readonly #quadBits = new Uint8Array(PAIR_BUCKETS);
	/** 1 for each code unit that is a literal by itself. */
	readonly #single = new Uint8Array(0x10000);

	constructor(literals: Iterable<string>) {
		for (const literal of new Set(literals)) {
			if (literal.length === 1) this.#single[literal.charCodeAt(0)] = 1;
			if (literal.length < 2) continue;
			const first = literal.charCodeAt(0);
			const second = literal.charCodeAt(1);
			const key = pairKey(first, second);
			const list = this.#byPair.get(key) ?? [];
			list.push(literal);
			this.#byPair.set(key, list);
			const third = literal.charCodeAt(2);
			if (literal.length === 2) this.#pairBits[pairBucket(first, second)] = 1;
			else if (literal.length === 3) this.#tripleBits[tripleBucket(first, second, third)] = 1;
			else this.#quadBits[quadBucket(first, second, third, literal.charCodeAt(3))] = 1;
		}
		for (const list of this.#byPair.values()) list.sort((a, b) => b.length - a.length);
	}

	/** The literals found in `text`, in text order (a literal found twice is listed twice). */
	scan(text: string): string[] {
		const found: string[] = [];
		let i = 0;
		while (i < text.length) {
			const hit = this.#candidatesAt(text, i)?.find((literal) => text.startsWith(literal, i));
			if (hit !== undefined) {
				found.push(hit);
				i += hit.length;
			} else {
				if (this.#single[text.charCodeAt(i)] === 1) found.push(text[i]!);
				i++;
			}
		}
		return found;
	}

	/**
	 * Every occurrence of every literal in `text`, overlapping ones too ("second" inside
	 * "second round"), by position and then longest first: what a test of each literal
	 * with `includes` would find, in one pass.
	 */
	scanAll(text: string): string[] {
		const found: string[] = [];
		const n = text.length;
		const single = this.#single;
		// The units at i..i+3 (-1 past the end), carried along so that each is read once.
		let first = n > 0 ? text.charCodeAt(0) : -1;
		let second = n > 1 ? text.charCodeAt(1) : -1;
		let third = n > 2 ? text.charCodeAt(2) : -1;
		let fourth = n > 3 ? text.charCodeAt(3) : -1;
		const pairBits = this.#pairBits;
		const tripleBits = this.#tripleBits;
		const quadBits = this.#quadBits;
		// The filter of #mayStart written out: the load's small inlining budget (see tune-v8.ts) would leave a call per position.
		for (let i = 0; i < n; i++) {
			const triple = third < 0 ? 0 : tripleBits[tripleBucket(first, second, third)]!;
			const quad = fourth < 0 ? 0 : quadBits[quadBucket(first, second, third, fourth)]!;
			if (second >= 0 && (pairBits[pairBucket(first, second)]! | triple | quad) !== 0) {
				const candidates = this.#byPair.get(pairKey(first, second));
				if (candidates) for (const literal of candidates) if (text.startsWith(literal, i)) found.push(literal);
			}
			if (single[first] === 1) found.push(text[i]!);
			first = second;
			second = third;
			third = fourth;
			fourth = i + 4 < n ? text.charCodeAt(i + 4) : -1;
		}
		return found;
	}

	/**
	 * The literals of two or more units that may start at text[i], longest first, or undefined.
	 * Most positions start none: the pair, triple and quad buckets are or-ed into one test
	 * (no hard-to-predict branch per filter). A four-unit filter, as most literals are
	 * longer: common three-unit starts ("in ", "for") pass the triple one.
	 */
	#candidatesAt(text: string, i: number): string[] | undefined {
		const n = text.length;
		if (i + 1 >= n) return undefined;
		const first = text.charCodeAt(i);
		const second = text.charCodeAt(i + 1);
		const third = i + 2 < n ? text.charCodeAt(i + 2) : -1;
		const fourth = i + 3 < n ? text.charCodeAt(i + 3) : -1;
		return this.#mayStart(first, second, third, fourth) ? this.#byPair.get(pairKey(first, second)) : undefined;
	}

	/** Whether a literal may start with these units (-1: past the end of the text). */
	#mayStart(first: number, second: number, third: number, fourth: number): boolean {
		const triple = third < 0 ? 0 : this.#tripleBits[tripleBucket(first, second, third)]!;
		const quad = fourth < 0 ? 0 : this.#quadBits[quadBucket(first, second, third, fourth)]!;
		return (this.#pairBits[pairBucket(first, second)]! | triple | quad) !== 0;
	}
}
