import type {Sentence} from '../extract/split-sentences.js';

/**
 * A report's sentences in one flat string: character-by-character scans (known phrases) read a
 * flat string quicker than the slices of the report's text sentences are. Sentence `i` is
 * `text.slice(starts[i], ends[i])`.
 */
export interface ReportText {
	text: string;
	starts: number[];
	ends: number[];
}

// One per sentence list: the steps of one report's extraction share it, and it goes when the list does.
const byReport = new WeakMap<readonly Sentence[], ReportText>();

/** The flat text of a report's sentences (built on first use for that list of sentences). */
export function reportTextOf(sentences: readonly Sentence[]): ReportText {
	let report = byReport.get(sentences);
	if (!report) byReport.set(sentences, (report = buildReportText(sentences.map((s) => s.text))));
	return report;
}

// Sentences are joined by a newline: no phrase spans it, and it ends a word.
export function buildReportText(texts: string[]): ReportText {
	const starts: number[] = [];
	const ends: number[] = [];
	let at = 0;
	for (const t of texts) {
		starts.push(at);
		ends.push(at + t.length);
		at += t.length + 1;
	}
	return {text: texts.join('\n'), starts, ends};
}
