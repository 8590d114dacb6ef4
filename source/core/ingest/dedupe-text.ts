import {findRestatement} from './find-restatement.js';
import {MAX_DEDUPE_CHARS, MAX_RESTATEMENT_SENTENCES} from './limits.js';
import type {MappedText} from './offset-map.js';
import {contentWord, sentenceRanges, shingleKeys, tokens} from './text-features.js';
import {rebuildLines, splitLines} from './text-lines.js';

/** Sentences shorter than this are only collapsed when a whole paragraph repeats exactly. */
const MIN_SHINGLE_WORDS = 8;
/** A later sentence whose word 3-grams are this much inside one earlier sentence is a repeat. */
const MIN_CONTAINMENT = 0.8;
/** Very common 3-grams stop being indexed (keeps lookups near-linear). */
const MAX_POSTINGS = 64;

/** What `dedupeText` removed. */
export interface DedupeStats {
	paragraphs: number;
	sentences: number;
	restated: number;
}

/**
 * Collapses repeats, keeping the first occurrence: paragraphs that repeat
 * exactly (ignoring case), sentences that are near-copies of
 * an earlier sentence (word 3-gram containment), and a restated copy of the
 * opening (see find-restatement). Index-based, so near-linear in text length.
 */
export function dedupeText(input: MappedText): {output: MappedText; stats: DedupeStats} {
	const {text} = input;
	const stats: DedupeStats = {paragraphs: 0, sentences: 0, restated: 0};
	const seenParagraphs = new Set<string>();
	const paragraphs = splitLines(text).filter((line) => {
		const key = text.slice(line.start, line.end).toLowerCase();
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
	const vocabulary = new Map<string, number>();
	const words = flat.map(([s, e]) => {
		const list = tokens(text.slice(s, e));
		const ids: number[] = new Array(list.length);
		for (let i = 0; i < list.length; i++) {
			let id = vocabulary.get(list[i]!);
			if (id === undefined) vocabulary.set(list[i]!, (id = vocabulary.size));
			ids[i] = id;
		}
		return ids;
	});
	const drop = findRepeatedSentences(words);
	stats.sentences = drop.size;

	if (flat.length <= MAX_RESTATEMENT_SENTENCES) {
		// Stems as numbers: sets and maps of small integers are cheaper than of strings.
		const stemIds = new Map<string, number>();
		const stems = [...vocabulary.keys()].map((word) => {
			const stem = contentWord(word);
			if (!stem) return -1;
			let id = stemIds.get(stem);
			if (id === undefined) stemIds.set(stem, (id = stemIds.size));
			return id;
		});
		const content = words.map((ids, i) => {
			const set = new Set<number>();
			if (!drop.has(i)) for (const id of ids) if (stems[id]! >= 0) set.add(stems[id]!);
			return set;
		});
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

/** Sentences whose word 3-grams are mostly inside one earlier sentence. */
function findRepeatedSentences(words: number[][]): Set<number> {
	const drop = new Set<number>();
	const index = new Map<number, number[]>();
	const shared = new Int32Array(words.length);
	const touched: number[] = [];
	words.forEach((ids, i) => {
		if (ids.length < MIN_SHINGLE_WORDS) return;
		const grams = shingleKeys(ids);
		let best = 0;
		for (const gram of grams) {
			for (const j of index.get(gram) ?? []) {
				if (shared[j] === 0) touched.push(j);
				if (++shared[j]! > best) best = shared[j]!;
			}
		}
		for (const j of touched) shared[j] = 0;
		touched.length = 0;
		if (best >= grams.size * MIN_CONTAINMENT) {
			drop.add(i);
			return;
		}
		for (const gram of grams) {
			const postings = index.get(gram);
			if (!postings) index.set(gram, [i]);
			else if (postings.length < MAX_POSTINGS) postings.push(i);
		}
	});
	return drop;
}
