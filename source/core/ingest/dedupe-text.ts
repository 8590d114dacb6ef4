import {findRestatement} from './find-restatement.js';
import {MAX_DEDUPE_CHARS, MAX_RESTATEMENT_SENTENCES} from './limits.js';
import type {MappedText} from './offset-map.js';
import {contentWords, sentenceRanges, shingles, tokens} from './text-features.js';
import {rebuildLines, splitLines} from './text-lines.js';

/** Sentences shorter than this are only collapsed when a whole paragraph repeats exactly. */
const MIN_SHINGLE_WORDS = 8;
/** A later sentence whose word 3-grams are this much inside one earlier sentence is a repeat. */
const MIN_CONTAINMENT = 0.8;
/** Very common 3-grams stop being indexed (keeps lookups near-linear). */
const MAX_POSTINGS = 64;
const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;

/** What `dedupeText` removed. */
export interface DedupeStats {
	paragraphs: number;
	sentences: number;
	restated: number;
}

/**
 * Collapses repeats, keeping the first occurrence: paragraphs that repeat
 * exactly (ignoring case and punctuation), sentences that are near-copies of
 * an earlier sentence (word 3-gram containment), and a restated copy of the
 * opening (see find-restatement). Index-based, so near-linear in text length.
 */
export function dedupeText(input: MappedText): {output: MappedText; stats: DedupeStats} {
	const {text} = input;
	const stats: DedupeStats = {paragraphs: 0, sentences: 0, restated: 0};
	const seenParagraphs = new Set<string>();
	const paragraphs = splitLines(text).filter((line) => {
		const key = text.slice(line.start, line.end).toLowerCase().replace(NOT_ALPHANUMERIC, ' ').trim();
		if (!key) return true;
		if (seenParagraphs.has(key)) {
			stats.paragraphs++;
			return false;
		}
		seenParagraphs.add(key);
		return true;
	});
	if (text.length > MAX_DEDUPE_CHARS) {
		return {output: rebuildLines(input, paragraphs.map((p) => [[p.start, p.end]])), stats};
	}

	const sentences = paragraphs.map((p) => sentenceRanges(text, p.start, p.end));
	const flat = sentences.flat();
	const words = flat.map(([s, e]) => tokens(text.slice(s, e)));
	const drop = new Set<number>();
	const index = new Map<string, number[]>();
	words.forEach((list, i) => {
		if (list.length < MIN_SHINGLE_WORDS) return;
		const grams = shingles(list);
		const shared = new Map<number, number>();
		for (const gram of grams) for (const j of index.get(gram) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
		for (const count of shared.values()) {
			if (count >= grams.size * MIN_CONTAINMENT) {
				drop.add(i);
				stats.sentences++;
				return;
			}
		}
		for (const gram of grams) {
			const postings = index.get(gram) ?? [];
			if (postings.length < MAX_POSTINGS) postings.push(i);
			index.set(gram, postings);
		}
	});

	if (flat.length <= MAX_RESTATEMENT_SENTENCES) {
		const content = words.map((list, i) => (drop.has(i) ? new Set<string>() : contentWords(list)));
		for (const i of findRestatement(content)) {
			drop.add(i);
			stats.restated++;
		}
	}

	let n = 0;
	const kept = paragraphs.map((p, k): Array<[number, number]> => {
		const ranges = sentences[k]!;
		const left = ranges.filter(() => !drop.has(n++));
		return left.length === ranges.length ? [[p.start, p.end]] : left;
	});
	return {output: rebuildLines(input, kept), stats};
}
