import {bucketFuse, type FieldVocabulary} from './build-search-index.js';

/** A vocabulary word that matched a query word: lower score is better (0 = identical). */
export interface WordMatch {
	word: string;
	score: number;
	/** Characters of the vocabulary word to highlight from its start (whole word for typos). */
	highlight: number;
}

/** Typos tolerated for a query word of this length. */
export function allowedTypos(length: number): number {
	return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/** First index in a sorted list whose item is >= word. */
function lowerBound(list: string[], word: string): number {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (list[mid]! < word) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Vocabulary words that start with `word` (including `word` itself). */
function prefixMatches(vocab: FieldVocabulary, word: string, out: Map<string, WordMatch>): void {
	const list = vocab.sorted.get(word[0]!);
	if (!list) return;
	for (let i = lowerBound(list, word); i < list.length && list[i]!.startsWith(word); i++) {
		const candidate = list[i]!;
		// Whole-word hits rank first, then short completions before long ones.
		const score = candidate === word ? 0 : 0.01 + 0.04 * (1 - word.length / candidate.length);
		out.set(candidate, {word: candidate, score, highlight: word.length});
	}
}

/** Vocabulary words within the allowed number of typos, via Fuse over same-letter, similar-length buckets. */
function typoMatches(vocab: FieldVocabulary, word: string, out: Map<string, WordMatch>): void {
	const typos = allowedTypos(word.length);
	if (typos === 0) return;
	const limit = typos / word.length + 0.001;
	for (let length = word.length - typos; length <= word.length + typos; length++) {
		const fuse = bucketFuse(vocab, `${word[0]}${length}`);
		if (!fuse) continue;
		for (const hit of fuse.search(word)) {
			const score = hit.score ?? 1;
			if (score > limit || out.has(hit.item)) continue;
			out.set(hit.item, {word: hit.item, score: 0.1 + score, highlight: hit.item.length});
		}
	}
}

/** Vocabulary words that contain `word` anywhere (the `'exact` form). */
function substringMatches(vocab: FieldVocabulary, word: string, out: Map<string, WordMatch>): void {
	for (const candidate of vocab.postings.keys()) {
		if (candidate.includes(word)) out.set(candidate, {word: candidate, score: candidate === word ? 0 : 0.02, highlight: candidate.length});
	}
}

/**
 * The vocabulary words a (folded) query word matches: prefix completions, and words within
 * `allowedTypos` edits ("kamal" → "kamel", "hochstien" → "hochstein"); exact mode matches
 * substrings only.
 */
export function matchWord(vocab: FieldVocabulary, word: string, exact: boolean): WordMatch[] {
	const out = new Map<string, WordMatch>();
	if (exact) {
		substringMatches(vocab, word, out);
	} else {
		prefixMatches(vocab, word, out);
		typoMatches(vocab, word, out);
	}
	return [...out.values()];
}
