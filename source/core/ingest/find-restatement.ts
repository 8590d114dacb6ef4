import {Postings} from './postings.js';

/**
 * Finds a restated copy of a text's opening: some pages repeat their body as a
 * (machine) paraphrase further down. Word overlap of a paraphrased sentence
 * with its original is only moderate, so one pair proves nothing; what gives
 * it away is a run of later sentences that each echo the opening sentences,
 * in the same order. Returns the indexes of the later sentences to drop.
 *
 * Candidate pairs come from an inverted index of content words, so the cost
 * is near-linear in the number of sentences.
 */
const MIN_WORDS = 4;
const MIN_OVERLAP = 0.4;
const MIN_SHARED = 3;
const CANDIDATES_PER_SENTENCE = 3;
const MAX_POSTINGS = 200;
/** A restatement: at least this many echoing sentences, ... */
const MIN_CHAIN = 4;
/** ... with this mean overlap, ... */
const MIN_MEAN_OVERLAP = 0.5;
/** ... echoing originals that follow each other closely (a restart, not scattered echoes). */
const MAX_ORIGINAL_GAP = 3;

interface Pair {
	original: number;
	echo: number;
	overlap: number;
	length: number;
	mean: number;
	firstEcho: number;
	previous: Pair | null;
}

/**
 * Each sentence's distinct content words, as small non-negative integer ids
 * below `keys`, in flat arrays (one allocation, not an array per sentence):
 * sentence `i`'s are `ids[bounds[i]]` up to `ids[bounds[i + 1]]` (excluded).
 */
export interface WordSets {
	ids: Int32Array;
	bounds: Int32Array;
	keys: number;
}

/** Sentences (by index into `words.bounds`) that restate earlier ones. */
export function findRestatement(words: WordSets): Set<number> {
	const pairs = candidatePairs(words);
	let best: Pair | null = null;
	for (const pair of pairs) {
		for (const prev of pairs) {
			if (prev.echo >= pair.echo) break;
			if (prev.original >= pair.original || pair.original - prev.original > MAX_ORIGINAL_GAP) continue;
			if (pair.original >= prev.firstEcho) continue;
			const mean = (prev.mean * prev.length + pair.overlap) / (prev.length + 1);
			if (prev.length + 1 < pair.length || (prev.length + 1 === pair.length && mean <= pair.mean)) continue;
			pair.length = prev.length + 1;
			pair.mean = mean;
			pair.firstEcho = prev.firstEcho;
			pair.previous = prev;
		}
		if (!best || pair.length > best.length || (pair.length === best.length && pair.mean > best.mean)) best = pair;
	}
	const echoes = new Set<number>();
	if (!best || best.length < MIN_CHAIN || best.mean < MIN_MEAN_OVERLAP) return echoes;
	for (let p: Pair | null = best; p; p = p.previous) echoes.add(p.echo);
	return echoes;
}

/**
 * For each sentence, its best-overlapping earlier sentences, ordered by echo
 * then original. Ties in overlap go to the original whose shared word came
 * first (the sort is stable over the order originals were first met).
 */
function candidatePairs({ids, bounds, keys}: WordSets): Pair[] {
	const sentences = bounds.length - 1;
	const index = new Postings(keys, bounds[sentences]!);
	const shared = new Int32Array(sentences);
	// A typed array with a count, not an array emptied by `length = 0` (which drops its storage each sentence).
	const touched = new Int32Array(sentences);
	const pairs: Pair[] = [];
	for (let echo = 0; echo < sentences; echo++) {
		const from = bounds[echo]!;
		const to = bounds[echo + 1]!;
		if (to - from < MIN_WORDS) continue;
		let touchedCount = 0;
		for (let k = from; k < to; k++) {
			for (let e = index.first(ids[k]!); e >= 0; e = index.next(e)) {
				const original = index.value(e);
				if (shared[original]!++ === 0) touched[touchedCount++] = original;
			}
		}
		const found: Array<[number, number]> = [];
		for (let t = 0; t < touchedCount; t++) {
			const original = touched[t]!;
			const count = shared[original]!;
			shared[original] = 0;
			const overlap = count / Math.min(to - from, bounds[original + 1]! - bounds[original]!);
			if (count >= MIN_SHARED && overlap >= MIN_OVERLAP) found.push([original, overlap]);
		}
		found.sort((a, b) => b[1] - a[1]);
		for (const [original, overlap] of found.slice(0, CANDIDATES_PER_SENTENCE).sort((a, b) => a[0] - b[0])) {
			pairs.push({original, echo, overlap, length: 1, mean: overlap, firstEcho: echo, previous: null});
		}
		for (let k = from; k < to; k++) if (index.size(ids[k]!) < MAX_POSTINGS) index.add(ids[k]!, echo);
	}
	return pairs;
}
