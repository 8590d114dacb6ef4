import type {CompiledKnowledge} from '../knowledge/compile-knowledge.js';
import type {DateSource} from '../types.js';
import {FIRST_YEAR, LAST_YEAR, MONTH_NAME, dayOf, fromDay, monthNumber, partsOf, weekdayOf} from './calendar.js';
import {collectDateConstraints, type DateAlt, type DateConstraint} from './date-constraints.js';
import type {ActorMention} from './find-mentions.js';
import type {Sentence} from './split-sentences.js';

export interface InferredDate {
	date: string | null;
	dateSource: DateSource;
	dateEvidence: string[];
}


/**
 * Infers the publication date from the text: every phrase that says something
 * about the date (a dateline, "today, March 29", "four days before the Democratic
 * National Convention", "after Sinwar's death", "on Thursday", "more than
 * 10-month war", "President Biden") becomes a weighted constraint, and the day
 * that satisfies the most weight wins; ties go to the day nearest the events'
 * usual reporting lag, then the earliest. Caption dates only bound the date from
 * below; no day after today is proposed. Null unless some event or explicit date
 * pins it in time.
 */
export function inferDate(
	sentences: Sentence[],
	captions: Set<number>,
	mentions: ActorMention[],
	k: CompiledKnowledge,
	conflictStarts: string[] = [],
	parties: string[] = [],
): InferredDate {
	const constraints = [...collectDateConstraints(sentences, captions, mentions, k, conflictStarts, parties), ...publicationLines(sentences, captions)];
	if (!constraints.some((c) => c.absolute)) return noDate();
	// A report is not from the future: the clock bounds year guesses ("June 3" with no year).
	const today = Math.floor(Date.now() / 86_400_000);
	const candidates = [...candidateDays(constraints)].filter((day) => day <= today);
	const {scores, lags} = scoreCandidates(candidates, constraints);
	let bestIndex = -1;
	for (let i = 0; i < candidates.length; i++) {
		const score = scores[i]!;
		const lag = lags[i]!;
		if (bestIndex < 0) {
			bestIndex = i;
			continue;
		}
		const bestScore = scores[bestIndex]!;
		const bestLag = lags[bestIndex]!;
		if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) < 1e-9 && (lag < bestLag || (lag === bestLag && candidates[i]! < candidates[bestIndex]!)))) bestIndex = i;
	}
	if (bestIndex < 0) return noDate();
	let day = candidates[bestIndex]!;
	const pinned = constraints.filter((c) => c.absolute && c.alts.some((a) => satisfies(a, day) === 1));
	if (!pinned.length) return noDate();
	// A date only mentioned as past ("prisoners captured after Oct. 7, 2023") or as upcoming bounds the report on
	// one side and says nothing about how far from it: with nothing else pinning the day, the nearest fitting day is a guess.
	if (pinned.every(isOpenBound)) return noDate();
	const yearless = (c: DateConstraint) => c.yearChoice === true || c.alts.every((a) => a.kind === 'monthDay' || a.kind === 'weekday');
	if (pinned.every(yearless)) {
		// Only a dateline's month and day ("JEDDAH, May 21 (Reuters) -") pin the date. The text naming that very
		// day's weekday ("said on Friday") leaves one year in 5 to 11 (within what any year clue, an office holder
		// or a war's start, allows): the latest not after today, since a folder of news is mostly recent news.
		// Without such a weekday, a year clue keeps the earliest year it allows; with neither, any year would be a guess.
		const yearClue = constraints.some((c) => !yearless(c) && c.alts.some((a) => satisfies(a, day) === 1));
		const latest = latestOfBest(candidates, constraints, scores, scores[bestIndex]!);
		if (latest !== undefined) day = latest;
		else if (!yearClue) return noDate();
	}
	const evidence = constraints
		.filter((c) => c.alts.some((a) => satisfies(a, day) === 1))
		.sort((a, b) => Number(b.absolute) - Number(a.absolute) || b.weight - a.weight)
		.map((c) => c.label);
	return {date: fromDay(day), dateSource: 'inferred', dateEvidence: [...new Set(evidence)].slice(0, 5)};
}

function isOpenBound(c: DateConstraint): boolean {
	return c.alts.every((a) => a.kind === 'range' && (a.lo === undefined) !== (a.hi === undefined) && a.anchor === undefined);
}

function noDate(): InferredDate {
	return {date: null, dateSource: 'none', dateEvidence: []};
}

// A page's own date line near the top, alone on its line: "Mon 21 Oct 2024 17.48 BST", "Published 14/09/2023 - 19:02 CET",
// "Updated: March 3, 2025", "2025-03-02 15:20". Optional lead word, weekday, time and time zone; nothing else.
const PUBLICATION_LINE = new RegExp(
	String.raw`^(?:(?:first |last )?(?:published|updated|posted|modified)(?: on)?:?\s*)?(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)?` +
		String.raw`(?:(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_NAME})\.?,?\s+(\d{4})|(${MONTH_NAME})\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})([/.])(\d{1,2})\8(\d{4})|(\d{4})-(\d{2})-(\d{2}))` +
		String.raw`(?:\s*(?:[-–|,]|at)?\s*\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?)?)?\s*$`,
	'i',
);
// A short heading that ends with a month and day: "Arab press review, July 26", "Live updates | 3 March".
const HEADING_MONTH_DAY = new RegExp(String.raw`^(?:[^.!?]{0,50}?\s*(?:,|:|\||–|—|\s-)\s*)?(?:(${MONTH_NAME})\.?\s+(\d{1,2})|(\d{1,2})\s+(${MONTH_NAME}))\s*$`, 'i');
// A short yearless header with a weekday and a day and month: "Wed 25 Dec", "Wednesday 25 December", "Thursday, Feb. 13".
const WEEKDAY_MONTH_DAY_LINE = new RegExp(
	String.raw`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+(?:(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_NAME})|(${MONTH_NAME})\.?\s+(\d{1,2})(?:st|nd|rd|th)?)\.?` +
		String.raw`(?:\s*(?:[-–|,]|at)?\s*\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?)?)?\s*$`,
	'i',
);
const WEEKDAY_ABBREV = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const LEAD_WORD = /^(?:first |last )?(?:published|updated|posted|modified)\b/i;
const CLOCK_TIME = /\b\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?)?\s*$/i;
// How many paragraphs from the top a page's date line may sit (headline, standfirst, byline, then the date).
const TOP_PARAGRAPHS = 6;

/**
 * The page's own publication line near the top ("Mon 21 Oct 2024 17.48 BST", "Published 14/09/2023 - 19:02"):
 * the report's day. A numeric date reads day first unless that cannot be (14/09 and 09/14 are both
 * 14 September); an ambiguous one (03/04/2025) offers both readings. A short first-paragraph heading ending
 * in a month and day ("Arab press review, July 26") is the report's day without a year, like a dateline.
 */
export function publicationLines(sentences: Sentence[], captions: Set<number>): DateConstraint[] {
	const out: DateConstraint[] = [];
	for (const s of sentences) {
		if (s.paragraph >= TOP_PARAGRAPHS) break;
		if (captions.has(s.paragraph) || s.text.length > 60) continue;
		const text = s.text.trim();
		const m = PUBLICATION_LINE.exec(text);
		// A bare "Friday, November 22, 2024" is as often a site's crawl-day banner: only a lead word or a time makes it the page's own.
		if (m && (LEAD_WORD.test(text) || CLOCK_TIME.test(text))) {
			const days: number[] = [];
			if (m[3]) days.push(dayOf(+m[3], monthNumber(m[2]!)!, +m[1]!));
			else if (m[6]) days.push(dayOf(+m[6], monthNumber(m[4]!)!, +m[5]!));
			else if (m[10]) {
				const [a, b, y] = [+m[7]!, +m[9]!, +m[10]];
				if (b <= 12) days.push(dayOf(y, b, a));
				if (a <= 12 && a !== b) days.push(dayOf(y, a, b));
			} else days.push(dayOf(+m[11]!, +m[12]!, +m[13]!));
			const valid = days.filter((d) => !Number.isNaN(d));
			if (valid.length) out.push({alts: valid.map((day) => ({kind: 'point', day})), weight: 5, label: `publication line "${text}"`, absolute: true});
			continue;
		}
		// "Wed 25 Dec": the report's day; its weekday picks the year (see inferDate's yearless case).
		const w = WEEKDAY_MONTH_DAY_LINE.exec(text);
		if (w) {
			const month = monthNumber((w[3] ?? w[4])!);
			const date = +(w[2] ?? w[5])!;
			const weekday = WEEKDAY_ABBREV.indexOf(w[1]!.toLowerCase());
			if (month && date >= 1 && date <= 31 && weekday >= 0) {
				out.push({alts: [{kind: 'monthDay', month, date, rel: 'today'}], weight: 5, label: `header dated "${text}"`, absolute: true});
				out.push({alts: [{kind: 'weekday', weekday, rel: 'today', last: false}], weight: 3, label: `header weekday "${w[1]}"`, absolute: false});
			}
			continue;
		}
		if (s.paragraph !== 0) continue;
		const h = HEADING_MONTH_DAY.exec(text);
		if (!h) continue;
		const month = monthNumber((h[1] ?? h[4])!);
		const date = +(h[2] ?? h[3])!;
		if (month && date >= 1 && date <= 31) out.push({alts: [{kind: 'monthDay', month, date, rel: 'today'}], weight: 5, label: `heading dated ${h[1] ?? h[4]} ${date}`, absolute: true});
	}
	return out;
}

/**
 * Each candidate's score (the weight of every constraint times its best alternative's fit, summed in
 * constraint order) and lag (the distance to the anchor of the nearest fully satisfied range).
 * Constraint by constraint over all days, with the days' calendar parts worked out once.
 */
function scoreCandidates(candidates: number[], constraints: DateConstraint[]): {scores: Float64Array; lags: Float64Array} {
	const n = candidates.length;
	const scores = new Float64Array(n);
	const lags = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
	const fits = new Float64Array(n);
	let parts: Array<{year: number; month: number; date: number}> | undefined;
	for (const c of constraints) {
		fits.fill(0);
		for (const a of c.alts) {
			if (a.kind === 'range') {
				const {lo, hi} = a;
				for (let i = 0; i < n; i++) {
					const day = candidates[i]!;
					if ((lo !== undefined && !(day >= lo)) || (hi !== undefined && !(day <= hi))) continue;
					fits[i] = 1;
					if (a.anchor !== undefined) lags[i] = Math.min(lags[i]!, Math.abs(day - a.anchor));
				}
			} else if (a.kind === 'monthDay') {
				parts ??= candidates.map(partsOf);
				for (let i = 0; i < n; i++) {
					const f = monthDayFit(a, candidates[i]!, parts[i]!);
					if (f > fits[i]!) fits[i] = f;
				}
			} else {
				for (let i = 0; i < n; i++) {
					const f = satisfies(a, candidates[i]!);
					if (f > fits[i]!) fits[i] = f;
				}
			}
		}
		const weight = c.weight;
		for (let i = 0; i < n; i++) scores[i] += weight * fits[i]!;
	}
	return {scores, lags};
}

/** The latest candidate scoring as well as the best whose weekday the text names for that very day. */
function latestOfBest(candidates: number[], constraints: DateConstraint[], scores: Float64Array, bestScore: number): number | undefined {
	// Bit per weekday (0 Sunday) some constraint names, not as upcoming.
	let named = 0;
	for (const c of constraints) for (const a of c.alts) if (a.kind === 'weekday' && a.rel !== 'future') named |= 1 << a.weekday;
	let latest: number | undefined;
	for (let i = 0; i < candidates.length; i++) {
		const day = candidates[i]!;
		if (latest !== undefined && day <= latest) continue;
		if ((named & (1 << weekdayOf(day))) === 0) continue;
		if (scores[i]! >= bestScore - 1e-9) latest = day;
	}
	return latest;
}

/** How well a day fits one alternative: 1, 0.5 (near), or 0. */
export function satisfies(a: DateAlt, day: number): number {
	switch (a.kind) {
		case 'range':
			return (a.lo === undefined || day >= a.lo) && (a.hi === undefined || day <= a.hi) ? 1 : 0;
		case 'point': {
			const d = Math.abs(day - a.day);
			return d === 0 ? 1 : d === 1 ? 0.9 : d <= 3 ? 0.5 : 0;
		}
		case 'weekday': {
			const wd = weekdayOf(day);
			if (a.rel === 'today') return wd === a.weekday ? 1 : 0;
			// "on Thursday" in the past tense is usually the day before or the day itself.
			if (a.rel === 'future') return 1;
			const delta = (wd - a.weekday + 7) % 7;
			// "last Thursday" is seldom the report's own day.
			if (a.last) return delta === 0 ? 0.2 : 0.5;
			return delta === 0 ? 1 : delta === 1 ? 0.9 : 0.5;
		}
		case 'monthDay':
			return monthDayFit(a, day, partsOf(day));
		case 'dayOfMonth': {
			const {date} = partsOf(day);
			return a.rel === 'future' ? (date <= a.date ? 1 : 0) : date >= a.date ? 1 : 0;
		}
	}
}

/** How well a day, with its calendar parts, fits a month and day ("March 29", "on May 3"). */
function monthDayFit(a: Extract<DateAlt, {kind: 'monthDay'}>, day: number, {year, month, date}: {year: number; month: number; date: number}): number {
	if (a.rel === 'today') return month === a.month && date === a.date ? 1 : 0;
	const thisYear = dayOf(year, a.month, a.date);
	if (Number.isNaN(thisYear)) return 0;
	const occurrence = a.rel === 'past' ? (thisYear <= day ? thisYear : dayOf(year - 1, a.month, a.date)) : thisYear >= day ? thisYear : dayOf(year + 1, a.month, a.date);
	const gap = Math.abs(day - occurrence);
	return gap <= (a.rel === 'past' ? 60 : 30) ? 1 : gap <= 400 ? 0.5 : 0;
}

function candidateDays(constraints: DateConstraint[]): Set<number> {
	const days = new Set<number>();
	const around = (day: number, from: number, to: number) => {
		for (let d = from; d <= to; d++) days.add(day + d);
	};
	// Only constraints that pin the date in time propose days; the others just score them.
	for (const c of constraints.filter((x) => x.absolute)) {
		for (const a of c.alts) {
			if (a.kind === 'point') around(a.day, -6, 6);
			else if (a.kind === 'range') {
				if (a.lo !== undefined) around(a.lo, 0, 14);
				if (a.hi !== undefined) around(a.hi, -14, 0);
				if (a.anchor !== undefined) around(a.anchor, -6, 6);
			} else if (a.kind === 'monthDay' && a.rel === 'today') {
				for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
					const d = dayOf(y, a.month, a.date);
					if (!Number.isNaN(d)) days.add(d);
				}
			}
		}
	}
	// "On the 20th of this month" proposes nothing by itself, but later days of the months proposed: the 20th and after.
	for (const c of constraints) {
		for (const a of c.alts) {
			if (a.kind !== 'dayOfMonth' || a.rel !== 'past') continue;
			for (const day of [...days]) {
				const {year, month} = partsOf(day);
				for (let d = a.date; d <= a.date + 14; d++) {
					const next = dayOf(year, month, d);
					if (!Number.isNaN(next)) days.add(next);
				}
			}
		}
	}
	return days;
}
