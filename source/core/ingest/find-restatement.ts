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
 * Sentences (by index into `words`) that restate earlier ones; `words` are
 * each sentence's distinct content words, as small non-negative integer ids.
 */
export function findRestatement(words: ReadonlyArray<readonly number[]>): Set<number> {
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
function candidatePairs(words: ReadonlyArray<readonly number[]>): Pair[] {
	let keys = 0;
	let entries = 0;
	for (const set of words) {
		entries += set.length;
		for (const word of set) if (word >= keys) keys = word + 1;
	}
	const index = new Postings(keys, entries);
	const shared = new Int32Array(words.length);
	const touched: number[] = [];
	const pairs: Pair[] = [];
	words.forEach((set, echo) => {
		if (set.length < MIN_WORDS) return;
		for (const word of set) {
			for (let e = index.first(word); e >= 0; e = index.next(e)) {
				const original = index.value(e);
				if (shared[original]!++ === 0) touched.push(original);
			}
		}
		const found: Array<[number, number]> = [];
		for (const original of touched) {
			const count = shared[original]!;
			shared[original] = 0;
			const overlap = count / Math.min(set.length, words[original]!.length);
			if (count >= MIN_SHARED && overlap >= MIN_OVERLAP) found.push([original, overlap]);
		}
		touched.length = 0;
		found.sort((a, b) => b[1] - a[1]);
		for (const [original, overlap] of found.slice(0, CANDIDATES_PER_SENTENCE).sort((a, b) => a[0] - b[0])) {
			pairs.push({original, echo, overlap, length: 1, mean: overlap, firstEcho: echo, previous: null});
		}
		for (const word of set) if (index.size(word) < MAX_POSTINGS) index.add(word, echo);
	});
	return pairs;
}
