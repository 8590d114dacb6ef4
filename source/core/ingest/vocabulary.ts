import {tokens} from './text-features.js';

/*
 * What a code unit is once lowercased, for tokenising like `tokens` without
 * lowercasing or slicing the text: `(lowered << 3) | kind`, 0 until the code
 * unit is first met (`classifyRange` fills entries outside the hot loop, which
 * stays small). Code units whose lowercase is not one context-free code unit
 * (surrogates, "İ" → "i̇", "Σ" → "σ" or final "ς") are COMPLEX: a range
 * holding one is tokenised the slow way, with `tokens`.
 */
const UNSEEN = 0;
const COMPLEX = 1;
const OTHER = 2;
const APOSTROPHE = 3;
const LETTER = 4;
const NUMBER = 5;
const CHAR_INFO = new Int32Array(0x10000);
const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;
const CAPITAL_SIGMA = 0x3a3;
for (let c = 0; c < 0x250; c++) CHAR_INFO[c] = classify(c);

function classify(c: number): number {
	if ((c >= 0xd800 && c <= 0xdfff) || c === CAPITAL_SIGMA) return COMPLEX;
	const lower = String.fromCharCode(c).toLowerCase();
	const l = lower.charCodeAt(0);
	if (lower.length !== 1 || (l >= 0xd800 && l <= 0xdfff)) return COMPLEX;
	const kind = IS_LETTER.test(lower) ? LETTER : IS_NUMBER.test(lower) ? NUMBER : l === 0x27 || l === 0x2019 ? APOSTROPHE : OTHER;
	return (l << 3) | kind;
}

/** Fills the table for `text[start, end)`; false when the range holds a COMPLEX code unit. */
function classifyRange(text: string, start: number, end: number): boolean {
	let simple = true;
	for (let i = start; i < end; i++) {
		const c = text.charCodeAt(i);
		if (CHAR_INFO[c] === UNSEEN) CHAR_INFO[c] = classify(c);
		if (CHAR_INFO[c] === COMPLEX) simple = false;
	}
	return simple;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Hashes of words: FNV-1a over lowered code units, then mixed so the low bits spread. */

function finish(hash: number): number {
	hash = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
	return hash ^ (hash >>> 16);
}

/**
 * Lowercased word tokens (as `tokens` finds them) interned into dense ids, in
 * order of first occurrence. Tokens are found by a character loop over the
 * text and looked up in an open-addressing table by a hash of their lowered
 * characters: only a word seen for the first time becomes a string.
 */
export class Vocabulary {
	/** The words, by id. */
	readonly words: string[] = [];
	private hashes: number[] = [];
	/** Word id + 1 per slot, 0 when empty. */
	private slots: Int32Array;

	/** A vocabulary for about `chars` characters of text (the table starts big enough for a typical one). */
	constructor(chars = 0) {
		let size = 256;
		while (size < chars / 4 && size < 1 << 16) size *= 2;
		this.slots = new Int32Array(size);
	}

	/** Appends the ids of the tokens of `text[start, end)` to `out`. */
	addTokens(text: string, start: number, end: number, out: number[]): void {
		const mark = out.length;
		if (this.scan(text, start, end, out)) return;
		out.length = mark;
		if (classifyRange(text, start, end) && this.scan(text, start, end, out)) return;
		out.length = mark;
		for (const word of tokens(text.slice(start, end))) out.push(this.internString(word));
	}

	/**
	 * The fast path; false (having pushed some ids, which were interned in
	 * the right order all the same) when the range holds a code unit that is
	 * COMPLEX or UNSEEN.
	 */
	private scan(text: string, start: number, end: number, out: number[]): boolean {
		let i = start;
		while (i < end) {
			let info = CHAR_INFO[text.charCodeAt(i)]!;
			let kind = info & 7;
			if (kind < LETTER) {
				if (kind <= COMPLEX) return false;
				i++;
				continue;
			}
			const from = i;
			let hash = FNV_OFFSET;
			do {
				hash = Math.imul(hash ^ (info >>> 3), FNV_PRIME);
				if (++i === end) break;
				info = CHAR_INFO[text.charCodeAt(i)]!;
				kind = info & 7;
			} while (kind >= LETTER);
			if (i < end && kind <= COMPLEX) return false;
			if (i + 1 < end && kind === APOSTROPHE) {
				// An apostrophe and a run of letters ("don't", "Israel’s") belong to the word.
				let next = CHAR_INFO[text.charCodeAt(i + 1)]!;
				if ((next & 7) <= COMPLEX) return false;
				if ((next & 7) === LETTER) {
					hash = Math.imul(hash ^ (info >>> 3), FNV_PRIME);
					i++;
					do {
						hash = Math.imul(hash ^ (next >>> 3), FNV_PRIME);
						if (++i === end) break;
						next = CHAR_INFO[text.charCodeAt(i)]!;
					} while ((next & 7) === LETTER);
					if (i < end && (next & 7) <= COMPLEX) return false;
				}
			}
			out.push(this.internRange(text, from, i, finish(hash)));
		}
		return true;
	}

	/** Id of the lowercased `text[from, to)` (every code unit of which lowercases to one code unit). */
	private internRange(text: string, from: number, to: number, hash: number): number {
		const mask = this.slots.length - 1;
		for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
			const entry = this.slots[slot]!;
			if (entry === 0) return this.add(text.slice(from, to).toLowerCase(), hash, slot);
			const id = entry - 1;
			if (this.hashes[id] === hash && this.sameWord(this.words[id]!, text, from, to)) return id;
		}
	}

	private internString(word: string): number {
		let hash = FNV_OFFSET;
		for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
		hash = finish(hash);
		const mask = this.slots.length - 1;
		for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
			const entry = this.slots[slot]!;
			if (entry === 0) return this.add(word, hash, slot);
			if (this.words[entry - 1] === word) return entry - 1;
		}
	}

	private sameWord(word: string, text: string, from: number, to: number): boolean {
		if (word.length !== to - from) return false;
		for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== CHAR_INFO[text.charCodeAt(from + i)]! >>> 3) return false;
		return true;
	}

	private add(word: string, hash: number, slot: number): number {
		const id = this.words.length;
		this.words.push(word);
		this.hashes.push(hash);
		this.slots[slot] = id + 1;
		if (2 * this.words.length > this.slots.length) this.grow();
		return id;
	}

	/** Doubles the table (keeps it at most half full, so probes stay short). */
	private grow(): void {
		const slots = new Int32Array(this.slots.length * 2);
		const mask = slots.length - 1;
		this.hashes.forEach((hash, id) => {
			let slot = hash & mask;
			while (slots[slot] !== 0) slot = (slot + 1) & mask;
			slots[slot] = id + 1;
		});
		this.slots = slots;
	}
}
