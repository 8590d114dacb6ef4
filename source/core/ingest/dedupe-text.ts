import {contentStems} from './content-stems.js';
import {findRestatement, type WordSets} from './find-restatement.js';
import {MAX_DEDUPE_CHARS, MAX_RESTATEMENT_SENTENCES} from './limits.js';
import type {MappedText} from './offset-map.js';
import {Postings} from './postings.js';
import {ShingleTable} from './shingles.js';
import {sentenceRanges} from './text-features.js';
import {type LineRange, rebuildLines, splitLines} from './text-lines.js';
import {Vocabulary} from './vocabulary.js';

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
	const paragraphs = firstParagraphs(text, splitLines(text), stats);
	if (text.length > MAX_DEDUPE_CHARS) {
		return {output: rebuildLines(input, paragraphs.map((p) => [[p.start, p.end]])), stats};
	}

	const sentences = paragraphs.map((p) => sentenceRanges(text, p.start, p.end));
	const flat = sentences.flat();
	const vocabulary = new Vocabulary(text.length);
	const words = sentenceWords(text, flat, vocabulary);
	const drop = findRepeatedSentences(words);
	for (const flag of drop) stats.sentences += flag;

	if (flat.length <= MAX_RESTATEMENT_SENTENCES) {
		for (const i of findRestatement(contentWords(words, vocabulary.words, drop))) {
			drop[i] = 1;
			stats.restated++;
		}
	}

	let n = 0;
	const kept = paragraphs.map((p, k): Array<[number, number]> => {
		const ranges = sentences[k]!;
		const left = ranges.filter(() => !drop[n++]);
		return left.length === ranges.length ? [[p.start, p.end]] : left;
	});
	return {output: rebuildLines(input, kept), stats};
}

/**
 * The paragraphs that do not repeat an earlier one ignoring case, counting
 * the others. Paragraphs that are equal once lowercased have the same
 * lowercased length, so only paragraphs that share a length are lowercased
 * and compared: most paragraphs (all but short lines) have a length of their own.
 */
function firstParagraphs(text: string, lines: LineRange[], stats: DedupeStats): LineRange[] {
	// Only "İ" changes length when lowercased (it becomes "i̇").
	const dotted = text.includes('\u0130');
	const lengths = lines.map(({start, end}) => (dotted ? lowercasedLength(text, start, end) : end - start));
	const sharing = new Map<number, number>();
	for (const length of lengths) sharing.set(length, (sharing.get(length) ?? 0) + 1);
	const seen = new Set<string>();
	return lines.filter((line, i) => {
		if (sharing.get(lengths[i]!) === 1) return true;
		const key = text.slice(line.start, line.end).toLowerCase();
		if (seen.has(key)) {
			stats.paragraphs++;
			return false;
		}
		seen.add(key);
		return true;
	});
}

function lowercasedLength(text: string, start: number, end: number): number {
	let length = end - start;
	for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x130) length++;
	return length;
}

/** The word ids of each sentence: sentence `i`'s are `ids[bounds[i]]` up to `ids[bounds[i + 1]]` (excluded). */
interface SentenceWords {
	ids: number[];
	bounds: Int32Array;
}

function sentenceWords(text: string, ranges: Array<[number, number]>, vocabulary: Vocabulary): SentenceWords {
	const ids: number[] = [];
	const bounds = new Int32Array(ranges.length + 1);
	ranges.forEach(([start, end], i) => {
		vocabulary.addTokens(text, start, end, ids);
		bounds[i + 1] = ids.length;
	});
	return {ids, bounds};
}

/** Sentences (flag 1) whose word 3-grams are mostly inside one earlier sentence. */
function findRepeatedSentences({ids, bounds}: SentenceWords): Uint8Array {
	const count = bounds.length - 1;
	const drop = new Uint8Array(count);
	// A sentence has fewer 3-grams than words, so the number of words bounds both grams and postings.
	const table = new ShingleTable(ids.length);
	const index = new Postings(ids.length, ids.length);
	const listedBy = new Int32Array(ids.length);
	// Typed arrays with a count, not arrays emptied by `length = 0` (which drops their storage each sentence).
	const grams = new Int32Array(ids.length);
	const shared = new Int32Array(count);
	const touched = new Int32Array(count);
	for (let i = 0; i < count; i++) {
		const from = bounds[i]!;
		const to = bounds[i + 1]!;
		if (to - from < MIN_SHINGLE_WORDS) continue;
		let gramCount = 0;
		for (let k = from; k + 3 <= to; k++) {
			const gram = table.idOf(ids[k]!, ids[k + 1]!, ids[k + 2]!);
			if (listedBy[gram] !== i + 1) {
				listedBy[gram] = i + 1;
				grams[gramCount++] = gram;
			}
		}
		let best = 0;
		let touchedCount = 0;
		for (let g = 0; g < gramCount; g++) {
			for (let e = index.first(grams[g]!); e >= 0; e = index.next(e)) {
				const j = index.value(e);
				if (shared[j] === 0) touched[touchedCount++] = j;
				if (++shared[j]! > best) best = shared[j]!;
			}
		}
		for (let t = 0; t < touchedCount; t++) shared[touched[t]!] = 0;
		if (best >= gramCount * MIN_CONTAINMENT) {
			drop[i] = 1;
			continue;
		}
		for (let g = 0; g < gramCount; g++) if (index.size(grams[g]!) < MAX_POSTINGS) index.add(grams[g]!, i);
	}
	return drop;
}

/**
 * Each sentence's distinct content-word stems as ids (see `contentStems`), in
 * order of first occurrence; none for dropped sentences. Numbers are cheaper
 * to index and compare than strings.
 */
function contentWords({ids, bounds}: SentenceWords, vocabulary: string[], drop: Uint8Array): WordSets {
	const {stemOf, count} = contentStems(vocabulary);
	const listedBy = new Int32Array(count);
	const stems = new Int32Array(ids.length);
	const stemBounds = new Int32Array(bounds.length);
	let n = 0;
	for (let i = 0; i < drop.length; i++) {
		for (let k = bounds[i]!; !drop[i] && k < bounds[i + 1]!; k++) {
			const stem = stemOf[ids[k]!]!;
			if (stem >= 0 && listedBy[stem] !== i + 1) {
				listedBy[stem] = i + 1;
				stems[n++] = stem;
			}
		}
		stemBounds[i + 1] = n;
	}
	return {ids: stems, bounds: stemBounds, keys: count};
}
