import {tokenize} from './fold-text.js';

/** Fields a query word can be limited to with a `field:` prefix. */
export const SEARCH_FIELDS = ['venue', 'mediator', 'party', 'term', 'obstacle', 'outlet', 'title', 'evidence'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** Prefixes accepted in queries, including aliases, mapped to the field they select. */
const FIELD_PREFIXES: Record<string, SearchField> = {
	venue: 'venue',
	mediator: 'mediator',
	party: 'party',
	term: 'term',
	obstacle: 'obstacle',
	outlet: 'outlet',
	title: 'title',
	evidence: 'evidence',
	text: 'evidence',
};

/** One space-separated item of a query. */
export interface QueryTerm {
	/** The item as typed, e.g. `!mediator:'burns`. */
	raw: string;
	/** Limit to one field; null searches every field. */
	field: SearchField | null;
	/** Folded words of the item; all must match (within the field when one is given). */
	words: string[];
	/** `!word`: reports that match are excluded. */
	negate: boolean;
	/** `'word`: substring match only, no typo tolerance. */
	exact: boolean;
}

export interface ParsedQuery {
	text: string;
	terms: QueryTerm[];
}

/**
 * Parses the fzf-style query language:
 * - `w1 w2` every item must match (AND);
 * - `!word` excludes reports that match `word` (exactly);
 * - `'word` exact (substring) match, no typo tolerance;
 * - `venue:doha`, `mediator:`, `party:`, `term:`, `obstacle:`, `outlet:`, `title:`,
 *   `evidence:` (alias `text:`) limit an item to one field; prefixes combine: `!venue:'doha`.
 * @example parseQuery("venue:cairo !'paris kamal").terms.length // 3
 */
export function parseQuery(text: string): ParsedQuery {
	const terms: QueryTerm[] = [];
	for (const raw of text.trim().split(/\s+/)) {
		if (!raw) continue;
		let rest = raw;
		let negate = false;
		let exact = false;
		let field: SearchField | null = null;
		for (let guard = 0; guard < 4; guard++) {
			if (rest.startsWith('!')) {
				negate = true;
				rest = rest.slice(1);
				continue;
			}
			if (rest.startsWith("'")) {
				exact = true;
				rest = rest.slice(1);
				continue;
			}
			const colon = rest.indexOf(':');
			const prefix = colon > 0 ? FIELD_PREFIXES[rest.slice(0, colon).toLowerCase()] : undefined;
			if (prefix && field === null) {
				field = prefix;
				rest = rest.slice(colon + 1);
				continue;
			}
			break;
		}
		// fzf's negation is always an exact match.
		if (negate) exact = true;
		const words = tokenize(rest);
		if (words.length === 0) continue;
		terms.push({raw, field, words, negate, exact});
	}
	return {text, terms};
}

/** One line per query form, for the `?` overlay and `--help`. */
export const QUERY_SYNTAX: Array<[string, string]> = [
	['word word', 'every word must match (typos tolerated)'],
	["'word", 'exact match, no typos'],
	['!word', 'exclude reports that match'],
	['venue:doha', 'only in one field: venue mediator party term obstacle outlet title text'],
];
