import Fuse from 'fuse.js';
import type {Report} from '../types.js';
import {foldText, WORD} from './fold-text.js';
import {SEARCH_FIELDS, type SearchField} from './parse-query.js';
import {reportFieldValues, type FieldValue} from './report-fields.js';


/** A field's vocabulary: each unique word with the reports (by index) that contain it. */
export interface FieldVocabulary {
	postings: Map<string, number[]>;
	/** Words bucketed by first character and length ("k5" → ["kamel", "kamal"]), for typo matching. */
	buckets: Map<string, string[]>;
	/** Words bucketed by first character, sorted, for prefix matching. */
	sorted: Map<string, string[]>;
	/** Fuse instances per bucket, created on first use. */
	fuses: Map<string, Fuse<string>>;
}

/**
 * What `searchReports` searches: per field, the unique vocabulary of the reports mapped to
 * posting lists. Built once per report set (off the render path); queries then fuzzy-match
 * their words against small vocabulary buckets instead of every string of every report.
 */
export interface SearchIndex {
	/** Report ids (files), in the order the reports were given (date order). */
	ids: string[];
	/** Searchable values of each report, for highlighting (folded again on demand: storing 30 MB twice costs more). */
	values: FieldValue[][];
	/** One vocabulary per field plus `any` (every field). */
	vocab: Record<SearchField | 'any', FieldVocabulary>;
	/** Results of single query items, reused while a query grows keystroke by keystroke. */
	cache: Map<string, unknown>;
}

function emptyVocabulary(): FieldVocabulary {
	return {postings: new Map(), buckets: new Map(), sorted: new Map(), fuses: new Map()};
}

function addPosting(vocab: FieldVocabulary, word: string, report: number): void {
	const list = vocab.postings.get(word);
	if (!list) vocab.postings.set(word, [report]);
	else if (list[list.length - 1] !== report) list.push(report);
}

function fillBuckets(vocab: FieldVocabulary): void {
	for (const word of vocab.postings.keys()) {
		const first = word[0]!;
		const key = `${first}${word.length}`;
		const bucket = vocab.buckets.get(key);
		if (bucket) bucket.push(word);
		else vocab.buckets.set(key, [word]);
		const sorted = vocab.sorted.get(first);
		if (sorted) sorted.push(word);
		else vocab.sorted.set(first, [word]);
	}
	for (const list of vocab.sorted.values()) list.sort();
}

/** Adds reports [from, to) to a partly built index. */
function indexReports(reports: Report[], from: number, to: number, vocab: SearchIndex['vocab'], values: SearchIndex['values']): void {
	for (let i = from; i < to; i++) {
		const fields = reportFieldValues(reports[i]!);
		values.push(fields);
		for (const {field, value} of fields) {
			for (const word of foldText(value).match(WORD) ?? []) {
				addPosting(vocab[field], word, i);
				addPosting(vocab.any, word, i);
			}
		}
	}
}

function emptyIndexParts(): {vocab: SearchIndex['vocab']; values: SearchIndex['values']} {
	const vocab = Object.fromEntries([...SEARCH_FIELDS, 'any'].map((field) => [field, emptyVocabulary()])) as SearchIndex['vocab'];
	return {vocab, values: []};
}

function finishIndex(reports: Report[], parts: {vocab: SearchIndex['vocab']; values: SearchIndex['values']}): SearchIndex {
	for (const v of Object.values(parts.vocab)) fillBuckets(v);
	return {ids: reports.map((r) => r.file), values: parts.values, vocab: parts.vocab, cache: new Map()};
}

/**
 * Builds the search index of a report set.
 * @example const index = buildSearchIndex(reports); searchReports(index, 'kamal cairo')
 */
export function buildSearchIndex(reports: Report[]): SearchIndex {
	const parts = emptyIndexParts();
	indexReports(reports, 0, reports.length, parts.vocab, parts.values);
	return finishIndex(reports, parts);
}

/**
 * Builds the same index in slices of at most `sliceMs` of work, yielding to the event loop
 * between them, so a UI answers keys within a frame while 10,000 reports are indexed.
 * Stops early (resolves null) when `signal` aborts.
 * @example const index = await buildSearchIndexAsync(reports, {sliceMs: 8})
 */
export async function buildSearchIndexAsync(reports: Report[], options: {sliceMs?: number; signal?: AbortSignal} = {}): Promise<SearchIndex | null> {
	const sliceMs = options.sliceMs ?? 8;
	const parts = emptyIndexParts();
	let from = 0;
	while (from < reports.length) {
		if (options.signal?.aborted) return null;
		const deadline = performance.now() + sliceMs;
		do {
			const to = Math.min(reports.length, from + 8);
			indexReports(reports, from, to, parts.vocab, parts.values);
			from = to;
		} while (from < reports.length && performance.now() < deadline);
		await new Promise((resolve) => setImmediate(resolve));
	}
	return options.signal?.aborted ? null : finishIndex(reports, parts);
}

/** The Fuse instance of one bucket, created lazily and kept. */
export function bucketFuse(vocab: FieldVocabulary, key: string): Fuse<string> | undefined {
	let fuse = vocab.fuses.get(key);
	if (fuse) return fuse;
	const words = vocab.buckets.get(key);
	if (!words) return undefined;
	fuse = new Fuse(words, {includeScore: true, ignoreLocation: true, ignoreFieldNorm: true, threshold: 0.35});
	vocab.fuses.set(key, fuse);
	return fuse;
}
