/**
 * Append-only lists of numbers (sentence indexes) per dense key, kept in
 * typed arrays: an inverted index without an array per key. Lists keep
 * insertion order. Sized up front: at most `keys` keys and `capacity` entries.
 * @example
 * const p = new Postings(keys, capacity);
 * p.add(key, sentence);
 * for (let e = p.first(key); e >= 0; e = p.next(e)) use(p.value(e));
 */
export class Postings {
	private readonly heads: Int32Array;
	private readonly tails: Int32Array;
	private readonly counts: Int32Array;
	private readonly links: Int32Array;
	private readonly values: Int32Array;
	private entries = 0;

	constructor(keys: number, capacity: number) {
		this.heads = new Int32Array(keys).fill(-1);
		this.tails = new Int32Array(keys);
		this.counts = new Int32Array(keys);
		this.links = new Int32Array(capacity);
		this.values = new Int32Array(capacity);
	}

	/** Appends `value` to `key`'s list. */
	add(key: number, value: number): void {
		const entry = this.entries++;
		this.values[entry] = value;
		this.links[entry] = -1;
		if (this.counts[key]!++ === 0) this.heads[key] = entry;
		else this.links[this.tails[key]!] = entry;
		this.tails[key] = entry;
	}

	/** Length of `key`'s list. */
	size(key: number): number {
		return this.counts[key]!;
	}

	/** First entry of `key`'s list, or -1. */
	first(key: number): number {
		return this.heads[key]!;
	}

	/** The entry after `entry`, or -1. */
	next(entry: number): number {
		return this.links[entry]!;
	}

	value(entry: number): number {
		return this.values[entry]!;
	}
}
