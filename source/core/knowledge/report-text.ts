import type {Sentence} from '../extract/split-sentences.js';

/**
 * A report's sentences in one flat string, and lowercased once: character-by-character scans
 * (known phrases, event triggers) read a flat string quicker than the slices sentences are, and
 * several steps want the same sentence lowercased. Sentence `i` is `text.slice(starts[i], ends[i])`
 * and its lowercase `lowered.slice(lowStarts[i], lowEnds[i])`.
 */
export interface ReportText {
	text: string;
	starts: number[];
	ends: number[];
	lowered: string;
	lowStarts: number[];
	lowEnds: number[];
}

// One per sentence list: the steps of one report's extraction share it, and it goes when the list does.
const byReport = new WeakMap<readonly Sentence[], ReportText>();

/** The flat text of a report's sentences (built on first use for that list of sentences). */
export function reportTextOf(sentences: readonly Sentence[]): ReportText {
	let report = byReport.get(sentences);
	if (!report) byReport.set(sentences, (report = buildReportText(sentences.map((s) => s.text))));
	return report;
}

// Sentences are joined by a newline: no phrase or trigger spans it, and it ends a word and the context of a final sigma.
export function buildReportText(texts: string[]): ReportText {
	const text = texts.join('\n');
	const {starts, ends} = offsets(texts);
	const lowered = text.toLowerCase();
	// Lowercasing keeps every length ("İ" is the exception, two units lowercased): then the offsets hold for both.
	if (lowered.length === text.length) return {text, starts, ends, lowered, lowStarts: starts, lowEnds: ends};
	const lowTexts = texts.map((t) => t.toLowerCase());
	const low = offsets(lowTexts);
	return {text, starts, ends, lowered: lowTexts.join('\n'), lowStarts: low.starts, lowEnds: low.ends};
}

function offsets(texts: string[]): {starts: number[]; ends: number[]} {
	const starts: number[] = [];
	const ends: number[] = [];
	let at = 0;
	for (const t of texts) {
		starts.push(at);
		ends.push(at + t.length);
		at += t.length + 1;
	}
	return {starts, ends};
}
