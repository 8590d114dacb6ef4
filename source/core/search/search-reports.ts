import type {Report} from '../types.js';
import {buildSearchIndex, type SearchIndex} from './build-search-index.js';
import {foldText, WORD, wordRanges} from './fold-text.js';
import {matchWord, type WordMatch} from './match-word.js';
import {parseQuery, SEARCH_FIELDS, type ParsedQuery, type QueryTerm, type SearchField} from './parse-query.js';

/** Where a query matched inside a report: the value and the [start, end) ranges to highlight. */
export interface SearchMatch {
	field: SearchField;
	value: string;
	indices: Array<[number, number]>;
}

export interface SearchResult {
	/** Matching report ids, best first (ties in the order the reports were indexed). */
	reportIds: string[];
	/** Highlights for the best `matchLimit` reports. */
	matches: Map<string, SearchMatch[]>;
}

export interface SearchOptions {
	/** How many of the best reports get highlight ranges (default 20: more than a screen shows; pass more when needed). */
	matchLimit?: number;
}

/** One query item's result: score per report (Infinity: no match), the matching reports and the words matched. */
interface TermResult {
	scores: Float32Array;
	/** Reports with a finite score, ascending. */
	hits: Int32Array;
	words: Map<string, WordMatch>;
}

const CACHE_LIMIT = 500;

/** Scores of one query item over every report; typed arrays keep 10,000 reports cheap. */
function evaluateTerm(index: SearchIndex, term: QueryTerm): TermResult {
	const key = `${term.field ?? 'any'}|${term.exact ? 'x' : 'f'}|${term.words.join(' ')}`;
	const cached = index.cache.get(key) as TermResult | undefined;
	if (cached) return cached;
	const vocab = index.vocab[term.field ?? 'any'];
	const count = index.ids.length;
	let scores: Float32Array | undefined;
	const words = new Map<string, WordMatch>();
	for (const queryWord of term.words) {
		const wordScores = new Float32Array(count).fill(Infinity);
		for (const match of matchWord(vocab, queryWord, term.exact)) {
			words.set(match.word, match);
			for (const report of vocab.postings.get(match.word)!) if (match.score < wordScores[report]!) wordScores[report] = match.score;
		}
		// Every word of an item must match: Infinity (no match) absorbs any sum.
		if (scores) for (let r = 0; r < count; r++) wordScores[r]! += scores[r]!;
		scores = wordScores;
	}
	const final = scores ?? new Float32Array(count).fill(Infinity);
	const hits: number[] = [];
	for (let r = 0; r < count; r++) if (final[r] !== Infinity) hits.push(r);
	const result: TermResult = {scores: final, hits: Int32Array.from(hits), words};
	if (index.cache.size >= CACHE_LIMIT) index.cache.delete(index.cache.keys().next().value!);
	index.cache.set(key, result);
	return result;
}

/** Highlight ranges of one folded value: by indexOf when few words matched, else by a token scan. */
function valueRanges(folded: string, words: Map<string, WordMatch>): Array<[number, number]> {
	const indices: Array<[number, number]> = [];
	if (words.size <= 16) {
		for (const [word, match] of words) {
			for (const [start] of wordRanges(folded, word)) {
				const end = start + word.length;
				// wordRanges finds word starts; the token must also end here to be this word.
				if (end < folded.length && /[\p{L}\p{N}]/u.test(folded[end]!)) continue;
				indices.push([start, start + match.highlight]);
			}
		}
		return indices.sort((a, b) => a[0] - b[0]);
	}
	for (const token of folded.matchAll(WORD)) {
		const match = words.get(token[0]);
		if (match) indices.push([token.index!, token.index! + match.highlight]);
	}
	return indices;
}

/** The matched vocabulary words that may be highlighted in each field. */
function wordsByField(positives: Array<[QueryTerm, TermResult]>): Map<SearchField, Map<string, WordMatch>> {
	const byField = new Map<SearchField, Map<string, WordMatch>>();
	for (const field of SEARCH_FIELDS) {
		const words = new Map<string, WordMatch>();
		for (const [term, result] of positives) {
			if (term.field !== null && term.field !== field) continue;
			for (const [word, match] of result.words) if (!words.has(word)) words.set(word, match);
		}
		byField.set(field, words);
	}
	return byField;
}

function highlight(index: SearchIndex, report: number, byField: Map<SearchField, Map<string, WordMatch>>): SearchMatch[] {
	const matches: SearchMatch[] = [];
	for (const {field, value} of index.values[report]!) {
		const words = byField.get(field)!;
		if (words.size === 0) continue;
		const indices = valueRanges(foldText(value), words);
		if (indices.length) matches.push({field, value, indices});
	}
	// Most specific field first (a mediator's name before an evidence sentence).
	return matches.sort((a, b) => SEARCH_FIELDS.indexOf(a.field) - SEARCH_FIELDS.indexOf(b.field));
}

/** Scores are kept to this many steps per unit when packed into sort keys. */
const SCORE_STEPS = 1 << 20;
/** Report indexes below this fit beside the score in a packed key (beyond it: a comparator sort). */
const MAX_PACKED_REPORTS = 1 << 22;

/**
 * Orders reports by score, ties by index (date order, as indexed). Score and index are packed
 * into one float so the engine's numeric sort does the work: a comparator over 10,000 reports
 * took a third of a one-letter query's time.
 */
function sortByScore(kept: number[], totals: Float64Array): void {
	const keys = new Float64Array(kept.length);
	for (let i = 0; i < kept.length; i++) {
		const steps = Math.round(totals[kept[i]!]! * SCORE_STEPS);
		if (kept[i]! >= MAX_PACKED_REPORTS || steps >= 2 ** 30) {
			kept.sort((a, b) => totals[a]! - totals[b]! || a - b);
			return;
		}
		keys[i] = steps * MAX_PACKED_REPORTS + kept[i]!;
	}
	keys.sort();
	for (let i = 0; i < keys.length; i++) kept[i] = keys[i]! % MAX_PACKED_REPORTS;
}

/**
 * Runs a query (fzf syntax, see `parseQuery`) against an index. An empty query matches
 * every report in index order.
 * @example searchReports(index, "mediator:kamal !'paris").reportIds
 */
export function searchReports(index: SearchIndex, query: string | ParsedQuery, options: SearchOptions = {}): SearchResult {
	const parsed = typeof query === 'string' ? parseQuery(query) : query;
	const positives: Array<[QueryTerm, TermResult]> = [];
	const excluded = new Set<number>();
	for (const term of parsed.terms) {
		const result = evaluateTerm(index, term);
		if (term.negate) for (const report of result.hits) excluded.add(report);
		else positives.push([term, result]);
	}
	// Intersect from the rarest item so the work shrinks as the query grows.
	positives.sort((a, b) => a[1].hits.length - b[1].hits.length);
	const totals = new Float64Array(index.ids.length);
	const kept: number[] = [];
	const first = positives[0]?.[1].hits;
	const count = first ? first.length : index.ids.length;
	outer: for (let i = 0; i < count; i++) {
		const report = first ? first[i]! : i;
		if (excluded.has(report)) continue;
		let total = 0;
		for (const [, result] of positives) {
			const score = result.scores[report]!;
			if (score === Infinity) continue outer;
			total += score;
		}
		totals[report] = total;
		kept.push(report);
	}
	sortByScore(kept, totals);
	const matches = new Map<string, SearchMatch[]>();
	const limit = options.matchLimit ?? 20;
	if (positives.length && limit > 0) {
		const byField = wordsByField(positives);
		for (const report of kept.slice(0, limit)) matches.set(index.ids[report]!, highlight(index, report, byField));
	}
	return {reportIds: kept.map((report) => index.ids[report]!), matches};
}

const indexes = new WeakMap<Report[], SearchIndex>();

/**
 * The reports that match a query, in the order given (date order). The index is built once
 * per array and reused.
 * @example filterReports(reports, 'venue:cairo burns')
 */
export function filterReports(reports: Report[], query: string): Report[] {
	const parsed = parseQuery(query);
	if (parsed.terms.length === 0) return reports;
	let index = indexes.get(reports);
	if (!index) {
		index = buildSearchIndex(reports);
		indexes.set(reports, index);
	}
	const ids = new Set(searchReports(index, parsed, {matchLimit: 0}).reportIds);
	return reports.filter((r) => ids.has(r.file));
}
