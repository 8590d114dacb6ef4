import {contentStemLength} from './text-features.js';

/** The content-word stems of a vocabulary, as dense ids. */
export interface ContentStems {
	/** Per word id: its stem's id, or -1 (a stopword or a very short word). */
	stemOf: Int32Array;
	/** Number of distinct stems (ids are `0..count-1`, in order of first occurrence). */
	count: number;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * Interns the stem of each word (see `contentStemLength`). A stem is a
 * prefix of its word, so it is kept as (word, length) and looked up by a hash
 * of its characters in an open-addressing table: no stem string and no Map.
 */
export function contentStems(words: readonly string[]): ContentStems {
	const stemOf = new Int32Array(words.length);
	let size = 16;
	while (size < 2 * words.length) size *= 2;
	const mask = size - 1;
	/** Stem id + 1 per slot, 0 when empty. */
	const slots = new Int32Array(size);
	/** Per stem id: the word it was first seen in (its characters are that word's first `length`). */
	const stemWord = new Int32Array(words.length);
	const stemLength = new Int32Array(words.length);
	let count = 0;
	for (let id = 0; id < words.length; id++) {
		const word = words[id]!;
		const length = contentStemLength(word);
		if (length < 0) {
			stemOf[id] = -1;
			continue;
		}
		let hash = FNV_OFFSET;
		for (let i = 0; i < length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
		for (let slot = (hash ^ (hash >>> 15)) & mask; ; slot = (slot + 1) & mask) {
			const entry = slots[slot]!;
			if (entry === 0) {
				stemWord[count] = id;
				stemLength[count] = length;
				slots[slot] = ++count;
				stemOf[id] = count - 1;
				break;
			}
			const stem = entry - 1;
			if (stemLength[stem] === length && samePrefix(words[stemWord[stem]!]!, word, length)) {
				stemOf[id] = stem;
				break;
			}
		}
	}
	return {stemOf, count};
}

function samePrefix(a: string, b: string, length: number): boolean {
	for (let i = 0; i < length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
	return true;
}
