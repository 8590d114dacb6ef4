/** A seeded pseudo-random source: the same seed gives the same cases on every platform. */
export interface Rng {
	/** A float in [0, 1). */
	next: () => number;
	/** An integer in [min, max] (inclusive). */
	int: (min: number, max: number) => number;
	pick: <T>(items: readonly T[]) => T;
	chance: (p: number) => boolean;
	bytes: (n: number) => Buffer;
	/** An integer in [min, max], log-uniform: mostly small, sometimes huge (keeps the average case cheap). */
	size: (min: number, max: number) => number;
}

/**
 * mulberry32: 32 bits of state, pure integer arithmetic (Math.imul), so the
 * sequence is identical on every engine and platform.
 * @example mulberry32(42).int(1, 6)
 */
export function mulberry32(seed: number): Rng {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	return {
		next,
		int,
		pick: (items) => items[int(0, items.length - 1)]!,
		chance: (p) => next() < p,
		size: (min, max) => Math.min(max, Math.floor(min * (max / min) ** next())),
		bytes: (n) => {
			const out = Buffer.alloc(n);
			for (let i = 0; i < n; i++) out[i] = Math.floor(next() * 256);
			return out;
		},
	};
}

/** The seed of case `index` of a run: each case is reproducible on its own (`--only N`). */
export function caseSeed(seed: number, index: number): number {
	let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
	return (h ^ (h >>> 13)) >>> 0;
}
