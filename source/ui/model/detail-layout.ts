import type {Report} from '../../core/types.js';
import {wrapWithOffsets, type WrappedLine} from '../layout/wrap-text.js';
import {FOLLOW_FACT} from '../state/view-state.js';
import {detailFacts, type DetailFact} from './detail-facts.js';

/** Lines the detail spends above the text: title, date/outlet, warnings, a rule. */
const HEADER_LINES = 4;
/** Most fact lines shown at once above the text. */
const MAX_FACT_LINES = 5;

/** Everything the detail view and its keys need: facts, wrapped text and the scroll. */
export interface DetailLayout {
	facts: DetailFact[];
	lines: WrappedLine[];
	factRows: number;
	textRows: number;
	/** First text line shown. */
	scroll: number;
	maxScroll: number;
	/** Line of each fact's first evidence (-1 when it has none). */
	factLines: number[];
}

function lineOf(lines: WrappedLine[], offset: number): number {
	let found = 0;
	for (let i = 0; i < lines.length && lines[i]!.start <= offset; i++) found = i;
	return found;
}

/**
 * Lays out a report's detail for a size: the text wrapped to the width, and the scroll
 * that keeps the selected fact's evidence in view (a third of the way down) unless the
 * text was scrolled by hand.
 */
export function detailLayout(report: Report, width: number, height: number, fact: number, scroll: number): DetailLayout {
	const facts = detailFacts(report);
	const lines = wrapWithOffsets(report.text ?? '', Math.max(1, width - 3));
	const factRows = Math.min(MAX_FACT_LINES, facts.length + 1);
	const textRows = Math.max(1, height - HEADER_LINES - factRows);
	const maxScroll = Math.max(0, lines.length - textRows);
	const factLines = facts.map((f) => (f.evidence[0] ? lineOf(lines, f.evidence[0].start) : -1));
	let resolved = scroll;
	if (scroll === FOLLOW_FACT) {
		const line = factLines[Math.min(fact, facts.length - 1)] ?? -1;
		resolved = line < 0 ? 0 : line - Math.floor(textRows / 3);
	}
	return {facts, lines, factRows, textRows, scroll: Math.max(0, Math.min(resolved, maxScroll)), maxScroll, factLines};
}
