import {dedupeText, type DedupeStats} from './dedupe-text.js';
import {bundledBoilerplate, type BoilerplateRules} from './load-boilerplate.js';
import {normalizeWhitespace, type WhitespaceOptions} from './normalize-whitespace.js';
import type {MappedText} from './offset-map.js';
import {repairAbbreviations} from './repair-abbreviations.js';
import {stripBoilerplate, type BoilerplateReason} from './strip-boilerplate.js';

/** Options of `cleanText`. */
export interface CleanOptions extends WhitespaceOptions {
	/** Boilerplate rules (default: the bundled data/knowledge/boilerplate.json). */
	boilerplate?: BoilerplateRules;
}

/** What cleaning removed, for tests and diagnostics. */
export interface CleanReport {
	boilerplate: Array<{line: string; reason: BoilerplateReason}>;
	duplicates: DedupeStats;
}

/**
 * The cleaning stages, in order:
 * 1. normalise whitespace (one paragraph per line)
 * 2. repair split abbreviations ("U. S." → "U.S.")
 * 3. strip boilerplate lines (banners, captions, paywalls, promotions)
 * 4. collapse repeated paragraphs and sentences, and a restated body
 * The result's map points into the text the input's map points into.
 */
export function cleanText(input: MappedText, options: CleanOptions = {}): {cleaned: MappedText; report: CleanReport} {
	const normalized = normalizeWhitespace(input, options);
	const repaired = repairAbbreviations(normalized);
	const stripped = stripBoilerplate(repaired, options.boilerplate ?? bundledBoilerplate());
	const deduped = dedupeText(stripped.output);
	return {cleaned: deduped.output, report: {boilerplate: stripped.dropped, duplicates: deduped.stats}};
}
