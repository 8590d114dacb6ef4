import type {BoilerplateRules} from './load-boilerplate.js';
import type {MappedText} from './offset-map.js';
import {countWords, rebuildLines, splitLines} from './text-lines.js';

/** Banners, breadcrumbs and today's-date lines only count as furniture this near the top. */
const HEADER_LINES = 4;
/** Longer lines are prose, never a whole-line junk, credit or caption match. */
const MAX_JUNK_WORDS = 40;
const MAX_CREDIT_WORDS = 14;
/** Only a bare credit ("X via Reuters") marks the line before it as its caption. */
const MAX_BARE_CREDIT_WORDS = 8;
const MAX_CAPTION_WORDS = 60;
/** Longer paragraphs are never dropped as promotions. */
const MAX_PROMO_WORDS = 200;
/** A line "looks like prose" at this length; the tail after the last such line is checked harder. */
const PROSE_WORDS = 15;
const TAIL_SHORT_WORDS = 12;
/** Longer lines (in characters) are never furniture, whatever their word count: no regex runs over them. */
const MAX_FURNITURE_CHARS = 3000;
/** A line of a Latin-script text that is mostly another script and this short is junk ("اضافة اعلان"). */
const MAX_FOREIGN_JUNK_WORDS = 8;
const MIN_LATIN_SHARE = 0.8;

const LETTER = /\p{L}/u;
/** 1 + whether a code unit is a letter (`LETTER`, as a lone code unit), filled in on first sight. */
const LETTER_UNITS = new Uint8Array(0x10000);
/** A line that ends like a sentence is not tail furniture. */
const SENTENCE_END = /[.!?;:"”’)]$/;
/** A line ending in a quotation is prose, not a caption. */
const QUOTE_END = /["”’]$/;
/** The script share of a whole text is estimated from its start. */
const SCRIPT_SAMPLE_CHARS = 100_000;

/** Why lines were dropped, for tests and `--verbose` output. */
export type BoilerplateReason = 'header' | 'junk' | 'credit' | 'caption' | 'promo' | 'foreign-script' | 'tail';

/**
 * Drops page furniture, line by line: site banners and breadcrumbs near the
 * top, junk lines ("Advertisement", share bars, bylines), photo credits and
 * captions, paywall / donation / newsletter / book promotions (by cue weight
 * against length), lone lines in another script, and the short leftovers
 * after the last prose paragraph once promotions have started there.
 */
export function stripBoilerplate(input: MappedText, rules: BoilerplateRules): {output: MappedText; dropped: Array<{line: string; reason: BoilerplateReason}>} {
	const lines = splitLines(input.text);
	const texts = lines.map((l) => input.text.slice(l.start, l.end));
	const words = texts.map(countWords);
	const reasons: Array<BoilerplateReason | null> = texts.map(() => null);
	const keep = texts.map((t, i) => t.length > MAX_FURNITURE_CHARS || (words[i]! <= MAX_CAPTION_WORDS && rules.keepLine(t)));
	// Measured only when a line gets as far as the foreign-script test (most texts have none that short).
	let latinText: boolean | undefined;
	const isLatinText = () => (latinText ??= latinShare(input.text.slice(0, SCRIPT_SAMPLE_CHARS)) >= MIN_LATIN_SHARE);
	const drop = (i: number, reason: BoilerplateReason) => {
		if (i >= 0 && !keep[i] && !reasons[i]) reasons[i] = reason;
	};

	for (let i = 0; i < texts.length; i++) {
		const text = texts[i]!;
		const n = words[i]!;
		if (keep[i]) continue;
		if (i < HEADER_LINES && n <= MAX_JUNK_WORDS && rules.headerLine(text)) drop(i, 'header');
		else if (n <= MAX_JUNK_WORDS && rules.junkLine(text)) drop(i, 'junk');
		else if (n <= MAX_CREDIT_WORDS && rules.creditLine(text)) {
			drop(i, 'credit');
			// The line before a photo credit is its caption, often twice (alt text and figcaption).
			if (i > 0 && n <= MAX_BARE_CREDIT_WORDS && words[i - 1]! <= MAX_CAPTION_WORDS && !QUOTE_END.test(texts[i - 1]!)) {
				drop(i - 1, 'caption');
				if (i > 1 && texts[i - 2] === texts[i - 1]) drop(i - 2, 'caption');
			}
		} else if (n <= MAX_CAPTION_WORDS && rules.captionMarker(text)) drop(i, 'caption');
		else if (n <= MAX_PROMO_WORDS && isPromotion(text, n, rules)) drop(i, 'promo');
		else if (n <= MAX_FOREIGN_JUNK_WORDS && isLatinText() && latinShare(text) < 0.5) drop(i, 'foreign-script');
	}
	dropTail(texts, words, reasons, drop);

	const dropped: Array<{line: string; reason: BoilerplateReason}> = [];
	const kept: Array<Array<[number, number]>> = [];
	lines.forEach((line, i) => {
		const reason = reasons[i];
		if (reason) dropped.push({line: texts[i]!, reason});
		else kept.push([[line.start, line.end]]);
	});
	return {output: rebuildLines(input, kept), dropped};
}

/** One strong cue in a short line, cues weighing 4 (strong 2, weak 1), or two weak cues in a very short line. */
function isPromotion(text: string, words: number, rules: BoilerplateRules): boolean {
	const strong = rules.strongCues(text);
	const weak = rules.weakCues(text);
	return (strong >= 1 && words <= MAX_JUNK_WORDS) || 2 * strong + weak >= 4 || (weak >= 2 && words <= TAIL_SHORT_WORDS);
}

/**
 * After the last prose paragraph, once two lines there were dropped as
 * furniture, the short unpunctuated lines from the first dropped one on are
 * furniture too ("Never miss a thing", "Topics").
 */
function dropTail(texts: string[], words: number[], reasons: Array<BoilerplateReason | null>, drop: (i: number, r: BoilerplateReason) => void): void {
	let lastProse = -1;
	for (let i = texts.length - 1; i >= 0; i--) {
		if (!reasons[i] && words[i]! >= PROSE_WORDS) {
			lastProse = i;
			break;
		}
	}
	if (lastProse < 0) return; // no prose at all: nothing to call a tail
	let droppedAfter = 0;
	let firstDropped = -1;
	for (let i = lastProse + 1; i < texts.length; i++) {
		if (!reasons[i] || reasons[i] === 'header') continue;
		droppedAfter++;
		if (firstDropped < 0) firstDropped = i;
	}
	if (droppedAfter < 2) return;
	for (let i = firstDropped; i < texts.length; i++) {
		if (words[i]! <= TAIL_SHORT_WORDS && !SENTENCE_END.test(texts[i]!)) drop(i, 'tail');
	}
}

/** A code unit above U+024F that is a letter on its own: what `latinShare` counts as a non-Latin letter (astral letters match too, harmlessly). */
const NON_LATIN_LETTER = /[^\P{L}\u0000-\u024f]/u;

/** Share of letters that are Latin (1 when there are no letters). */
function latinShare(text: string): number {
	// Without non-Latin letters every letter is Latin: one regex scan instead of the counting loop.
	if (!NON_LATIN_LETTER.test(text)) return 1;
	let latin = 0;
	let letters = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) {
			latin++;
			letters++;
		} else if (c > 0x24f && isLetterUnit(c)) letters++;
	}
	return letters ? latin / letters : 1;
}


function isLetterUnit(c: number): boolean {
	if (LETTER_UNITS[c] === 0) LETTER_UNITS[c] = LETTER.test(String.fromCharCode(c)) ? 2 : 1;
	return LETTER_UNITS[c] === 2;
}
