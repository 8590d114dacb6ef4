/** Word ids below 2^17 keep 3-grams exact; larger ones may collide, harmlessly. */
const ID_MASK = 0x1ffff;

/**
 * Interns word 3-grams (three word ids) into dense gram ids, in an
 * open-addressing table of typed arrays: no Set of large (non-small-integer)
 * numbers per sentence.
 */
export class ShingleTable {
	/** Gram id + 1 per slot, 0 when empty. */
	private readonly slots: Int32Array;
	/** The three (masked) word ids of each gram. */
	private readonly words: Int32Array;
	private count = 0;

	/** A table for at most `capacity` distinct grams. */
	constructor(capacity: number) {
		let size = 16;
		while (size < 2 * capacity) size *= 2;
		this.slots = new Int32Array(size);
		this.words = new Int32Array(3 * capacity);
	}

	/** Distinct grams so far (ids are `0..size-1`). */
	get size(): number {
		return this.count;
	}

	/** Id of the 3-gram `a b c`. */
	idOf(a: number, b: number, c: number): number {
		a &= ID_MASK;
		b &= ID_MASK;
		c &= ID_MASK;
		let hash = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d);
		hash ^= hash >>> 15;
		const mask = this.slots.length - 1;
		const words = this.words;
		for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
			const entry = this.slots[slot]!;
			if (entry === 0) {
				const id = this.count++;
				words[3 * id] = a;
				words[3 * id + 1] = b;
				words[3 * id + 2] = c;
				this.slots[slot] = id + 1;
				return id;
			}
			const at = 3 * (entry - 1);
			if (words[at] === a && words[at + 1] === b && words[at + 2] === c) return entry - 1;
		}
	}
}
