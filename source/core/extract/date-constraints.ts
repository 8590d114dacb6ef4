import type {CompiledEvent, CompiledKnowledge} from '../knowledge/compile-knowledge.js';
import {mayMatch, TextGrams} from '../knowledge/regex-prefilter.js';
import {LAST_YEAR, MONTH_NAME, WEEKDAYS, addMonths, dayOf, fromDay, monthNumber, parseCount, partsOf, toDay, yearsWithWeekday} from './calendar.js';
import type {ActorMention} from './find-mentions.js';
import type {Sentence} from './split-sentences.js';
import {allMatches} from './cues/all-matches.js';

/** One way a constraint can hold. Day numbers are UTC days (see calendar.ts). */
export type DateAlt =
	| {kind: 'range'; lo: number | undefined; hi: number | undefined; anchor: number | undefined}
	| {kind: 'point'; day: number}
	/** `last`: said as "last Thursday", a day of an earlier week rather than the report's own. */
	| {kind: 'weekday'; weekday: number; rel: Relation; last: boolean}
	| {kind: 'monthDay'; month: number; date: number; rel: Relation}
	/** The report's own month, on or after (past) or on or before (future) that day of it: "on the 16th of this month". */
	| {kind: 'dayOfMonth'; date: number; rel: Relation};
export type Relation = 'past' | 'future' | 'today';

/** A range alternative (undefined: open at that end; no anchor). Every range has all three fields, so ranges share one hidden class and the scoring loops stay monomorphic on them. */
function range(lo: number | undefined, hi?: number, anchor?: number): DateAlt {
	return {kind: 'range', lo, hi, anchor};
}

/** What one phrase says about the report's date; it holds when any alternative holds. */
export interface DateConstraint {
	alts: DateAlt[];
	weight: number;
	label: string;
	/** Pins the date in time (events, explicit dates), as opposed to roles, war starts and weekdays. */
	absolute: boolean;
	/** One yearless date in each of the years its weekday allows: like a yearless date, it leaves the year to other clues. */
	yearChoice?: boolean;
}

const MONTH = `(${MONTH_NAME})`;
const FULL_DATE = new RegExp(String.raw`\b${MONTH}\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b|\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}\.?,?\s+(\d{4})\b|\b(20\d\d)-(\d\d)-(\d\d)\b`, 'g');
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![,\d]*\s*\d{4})|\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}\b(?!\.?,?\s*\d{4})`, 'g');
const WEEKDAY = /\b(?:(last|next|this coming|this|on|since|until|by|early|late)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(['’]s)?\b/g;
const TODAY_BEFORE = /\btoday,?\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*)?$/i;
const PUBLISHED_BEFORE = /\b(?:published|updated|posted|last updated)\b[^.]{0,40}$/i;
// "JEDDAH, " or "JEDDAH, Saudi Arabia, " before the month and day.
const DATELINE_START = /^[A-Z][A-Z .'’\/-]{2,40},(?:\s*[A-Z][\p{L}.'’ -]{1,30},)?\s*$/u;
// "Bogotá, February 6 - The government...": a dateline in title case, told from prose by the dash after the date.
// "Cúcuta (Colombia), Jan 18 (EFE).-": the city may carry its country in brackets, and the dash may follow the agency.
const TITLE_DATELINE_START = /^[A-Z][\p{L}.'’ -]{1,30}(?:\s*\([\p{L}.'’ -]{2,30}\))?,\s*$/u;
const DASH_AFTER = /^\s+[-—–]\s|^\s*\([A-Z][\p{L} .]{1,24}\)\s*\.?\s*[-—–]/u;
const FUTURE_TENSE = /\b(?:will|(?:is|are) to (?!blame\b)|(?:is|are) waiting for|waits for|awaiting|awaits|is expected to|are expected to|expected (?:in|on|to)|is scheduled|are scheduled|scheduled to|is set to|are set to|is due to|are due to|plans? to|to host|to be held|upcoming|this coming|next(?!\s*(?:[.,;:!?"”]|$)))\b/i;
// "the ceasefire that began on August 3", "the truce, which took effect on": the date is past whatever the rest of the sentence says.
const PAST_VERB_BEFORE = /\b(?:began|started|took effect|came into (?:force|effect)|went into effect|entered into force|was signed|were signed|was reached|was agreed|was announced|ended|expired)\s+(?:on\s+|in\s+)?$/i;
// "the truce, which takes effect at midnight on August 4": a present-tense start or end is scheduled, so ahead.
const SCHEDULED_VERB_BEFORE = /\b(?:takes effect|comes into (?:force|effect)|enters into force|goes into effect|expires|kicks in)\s+(?:(?:at|from)\s+(?:midnight|noon|dawn)\s+)?(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$/i;
// An event phrase that itself says it happened ("the ceasefire ... began on Aug 3"): not upcoming.
const PAST_VERB_IN = /\b(?:began|started|took effect|came into (?:force|effect)|went into effect|entered into force|was signed|were signed|was reached|was agreed|ended|expired)\b/i;
const N_MONTH_WAR = /\b(more than |over |nearly |almost |about |some )?(\w+)[- ](months?|years?)(?:-long|-old)? (?:war|conflict|fighting|campaign|offensive|assault|siege)\b|\b(\w+) (months|years) of (?:war|fighting|conflict)\b/gi;
// "100 days into the war", "day 500 of the war".
const INTO_THE_WAR = /\b(?:(more than|well over|over|nearly|almost) )?(\w+) (days?|weeks?|months?) into the (?:war|conflict|fighting)\b|\bday (\d+) of the (?:war|conflict)\b/gi;
// Words one of N_MONTH_WAR's or INTO_THE_WAR's needs, lowercased.
const WAR_WORDS = ['war', 'conflict', 'fighting', 'campaign', 'offensive', 'assault', 'siege'];
const NTH_DAY = /\b(?:ceasefire|cease-fire|truce)(?:['’]s)? (\d+)(?:st|nd|rd|th) day\b|\b(\d+)(?:st|nd|rd|th) day of the (?:ceasefire|cease-fire|truce)\b/i;
const AMOUNT_BEFORE = /\b(\w+) (days?|weeks?|months?) (before|ahead of|after|since|following)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}$/i;
// "on the eve of the second anniversary of", "marks the first anniversary of", "the third anniversary of Russia's".
const ANNIVERSARY_BEFORE = /\b(?:(?:on\s+)?the\s+eve\s+of\s+)?the\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|one-year|two-year|three-year|four-year|five-year)\s+anniversary\s+of\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}$/i;
const EVE_BEFORE = /\b(?:on\s+)?the\s+eve\s+of\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}$/i;
const ORDINALS: Record<string, number> = {first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, one: 1, two: 2, three: 3, four: 4, five: 5};
// "six months after", "a year since", "two years following": a distance from a dated event or date.
const SPAN_BEFORE = /\b(\w+) (days?|weeks?|months?|years?) (?:to the day )?(before|ahead of|after|since|following)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}$/i;
const AGO_AFTER = /^[^.;]{0,60}?\b(\w+) (days?|weeks?|months?) ago\b/i;
const FUTURE_BEFORE = /\b(?:before|ahead of|in the run-up to|prior to|upcoming|next week['’]s|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}$/i;
// "Monday's attack on X", with nothing ahead of it saying "before": the event is within a week of the report, on
// either side unless the clause's tense says which.
const WEEKDAY_POSSESSIVE_BEFORE = /(?<!\b(?:before|ahead of|in the run-up to|prior to|until)\s+)\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s\s+(?:[\w'’.-]+\s+){0,4}$/i;
// "hours after the strike", "just hours before the vote": the same day or the next.
const HOURS_BEFORE = /\b(?:(?:just|only|mere|a few|several|within|barely)\s+)?(?:hours|minutes)\s+(before|ahead of|after|following)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}$/i;
// "weeks before the election", "in the days after the strike": an uncounted distance, a range of distances.
const VAGUE_SPAN_BEFORE = /\b(?:(?:just|only|mere|a few|few|several|some)\s+)?(days|weeks|months)\s+(before|ahead of|after|following)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}$/i;
// The days each uncounted unit allows: from, to and the likeliest.
// "Weeks after" is said of anything up to three months or so.
const VAGUE_SPAN_DAYS: Record<string, [number, number, number]> = {days: [2, 14, 3], weeks: [7, 100, 21], months: [30, 730, 90]};
const MAY_BE_VAGUE_SPAN = /(?:days|weeks|months)\s+(?:before|ahead|after|following)/i;
// Right after an event phrase: "(the Israel-Iran war,) now in its eighth day", "(the siege) entering its third week".
const IN_ITS_NTH_AFTER = /^,?\s+(?:(?:is|was)\s+)?(?:(?:now|already)\s+)?(?:in|entering|into)\s+its\s+(?:(\d{1,3})(?:st|nd|rd|th)?|([a-z]+(?:-[a-z]+)?))\s+(day|week|month)\b/i;
// "in late August", "by the end of March", "since mid-July": a part of a month named without its year or day.
const MONTH_PART = new RegExp(String.raw`\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil)\s+(early|mid-|mid|late|the (?:start|beginning|middle|end) of)\s*${MONTH}\b(?!\.?\s+\d)(?!,?\s+(?:of\s+)?\d{4})`, 'g');
// The day of the month each part is read as.
const MONTH_PART_DAY = {early: 5, mid: 15, late: 25};
// ... and a live page's "Russia-Ukraine war, day 509".
const NTH_DAY_OF_WAR = /\b(\d{1,4})(?:st|nd|rd|th) day (?:in|of) (?:captivity|the war|the conflict|the fighting)\b|\b(?:war|conflict|invasion),?\s+day\s+(\d{1,4})\b/gi;
const THE_WAR = /\b(?:the|this) (?:war|conflict|fighting)\b/gi;
const DIGIT = /\d/;
// What each of the `$`-anchored phrase regexes above needs (a unit and its link word, "eve of", ...). Those are
// tried at every position of the text before a match, so one quick search first skips them for most phrases.
const MAY_COUNT = /(?:day|week|month|year)s? (?:to the day )?(?:before|ahead of|after|since|following)\s/i;
const MAY_BE_ANNIVERSARY = /anniversary/i;
const MAY_BE_EVE = /eve\s+of\s/i;
// "killed ... yesterday, the first day of Eid al-Fitr", "today, the anniversary of": the event is a day from the report.
const RELATIVE_DAY_BEFORE = /\b(yesterday|today|tomorrow),?\s+(?:the\s+)?(?:first\s+day\s+of\s+)?(?:the\s+)?$/i;
const MAY_BE_RELATIVE_DAY = /(?:yesterday|today|tomorrow)/i;
const MAY_BE_HOURS = /hours|minutes/i;
const MAY_BE_POSSESSIVE_DAY = /day['’]s/i;
const MAY_BE_FUTURE = /(?:before|ahead of|run-up to|prior to|upcoming|next week['’]s|day['’]s)\s/i;
// Characters looked at before a date, weekday or event phrase for its qualifiers ("four days before").
const LOOK_BACK = 100;
// A lowercase word of prose: a line holding one is a sentence, not a date line.
const PROSE_WORD = /\b(?!(?:updated|published|posted|last|by|and|at|on)\b)[a-z]{4,}\b/;
const DATE_AFTER_WEEKDAY = new RegExp(String.raw`^,?\s*(?:${MONTH}\.?\s+\d{1,2}|\d{1,2}\s+${MONTH})`);
// "on Thursday, August 15, 2024": a full date named with its weekday is this week's; "on Sunday, 4 August": a
// yearless date named with its weekday, which only some years allow.
const WEEKDAY_BEFORE = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*$/;
// "Thursday edition", "Sunday's edition": a newsletter or paper's issue of the report's day.
const EDITION_AFTER = /^(?:['’]s)?\s+edition\b/i;
// "today, Wednesday", "yesterday (Tuesday)": the report's day, or the day after; "tomorrow, Thursday": the day before.
const RELATIVE_WEEKDAY_BEFORE = /\b(today|yesterday|tomorrow),?\s*\(?$/i;
/** Days from the day a relative word names to the report's day. */
const REPORT_DAY_SHIFT: Record<string, number> = {today: 0, yesterday: 1, tomorrow: -1};
const LAST_WEEK = /\blast week\b/i;
// "Watch Kalbajar on Sunday, the first deadline": a deadline named on a weekday is ahead unless it is said to have passed.
const DEADLINE = /\bdeadlines?\b/i;
const DEADLINE_REACH = 25;
const DEADLINE_PASSED = /\b(?:expired|passed|lapsed|ran out|run out|missed|was|were|had|came and went)\b/i;
// "Hamas said Thursday it will...", "officials told reporters on Monday that talks would...": the weekday is when it
// was said, whatever the tense of what was said.
const SAID_BEFORE = /\b(?:said|announced|told (?:reporters|journalists|the [\w ]{2,30}|[A-Z][\w.]*(?: [A-Z][\w.]*)?)|stated|declared|confirmed|added|warned|wrote|posted|tweeted)\s+(?:late |early )?(?:on\s+)?$/;
// Right after an event phrase: "(elected) earlier this month", "(took effect) last month".
const SAME_MONTH_AFTER = /^,?\s*(?:(?:on|in) [\w.]+ )?(?:earlier|early|late) this month\b/i;
// Right after an event phrase: "(the Prague meeting) last October", "(signed in Istanbul) last year": past, whatever the tense.
const LAST_PERIOD_AFTER = /^,?\s*(?:(?:on|in) [\w.]+ )?last (?:January|February|March|April|May|June|July|August|September|October|November|December|year|spring|summer|autumn|fall|winter)\b/i;
const LAST_MONTH_AFTER = /^,?\s*(?:(?:on|in) [\w.]+ )?(?:early |late |earlier )?last month\b/i;
// "until Feb. 18", "extended to March 2": a date ahead, whatever the tense of the verb.
// "present a draft by May 2": a date ahead, unless the clause looks back ("had taken the town by May 2").
const BY_BEFORE = /\bby\s+$/i;
const PERFECT = /\b(?:had|has|have)\b/i;
const UNTIL_BEFORE = /\b(?:until|till|extend(?:ed|s|ing)? (?:to|until|through))\s+$/i;
// "by the end of March 2020", "before the start of 2026": a deadline ahead, unless the clause looks back.
const BY_PART_OF_BEFORE = /\b(?:by|before)\s+(?:the\s+)?(?:end|middle|start|beginning|close)\s+of\s+$/i;
// "the November 2024 ceasefire", "since March 2025": a month of a year without a day (a day before it is a full date).
const MONTH_YEAR = new RegExp(String.raw`(?<!\d(?:st|nd|rd|th)?\s)\b${MONTH}\.?,?\s+(20\d\d)\b`, 'g');
// "on the sixteenth of this month", "the 16th of the current month".
const DAY_OF_THIS_MONTH = /\b(?:on\s+)?the\s+(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-\w+|thirtieth|thirty-first)\s+of\s+(?:this|the current)\s+month\b/gi;
const ORDINAL_DAYS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
// Right after an event phrase: "(struck targets in Iran) at dawn yesterday", "(was killed) yesterday, Saturday".
const YESTERDAY_AFTER = /^[^.;"“”]{0,30}?\byesterday\b/i;
const EARLIER_THIS_MONTH_BEFORE = /\b(?:earlier|early) this month,?\s+(?:[\w'’-]+\s+){0,4}$/i;
const THIS_WEEK = /\bthis (?:week|weekend)\b/i;
// Where the clause around a phrase starts and ends: quotes, semicolons, dashes.
const CLAUSE_BREAK = /["“”;—–]|\s-\s|:\s/g;
// "since the fall of the city", "since March 3": what follows "since" is past, whatever tense a later clause
// uses ("has held the area since the fall of the city, and will stay"). Not "since" as "because" before a clause with a modal.
const SINCE_BEFORE = /\bsince\s+(?:(?!(?:will|would|could|can|may|might|must|should|shall)\b)[\w'’.-]+\s+){0,3}$/i;
// "more than a week after", "over two months since", "nearly a year after", "less than a week before": a distance
// bounded on one side, not the exact distance.
const QUALIFIED_SPAN_BEFORE = /\b(more than|well over|just over|over|nearly|almost|not quite|just under|less than|under)\s+(\w+) (days?|weeks?|months?|years?) (before|ahead of|after|since|following)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}$/i;
const MAY_QUALIFY = /more|over|nearly|almost|quite|under|less/i;
const FORMER_BEFORE = /\b(?:former|ex-|late)\s*$|-elect\s+$/i;
// "former Colombian President X", "ex-Foreign Minister X", "the late Hamas chief X", "slain Hezbollah leader X": the
// title before the name is one the person no longer holds, so it says nothing of the report's date ("late" not as in
// "late Tuesday"). Between the word and the name only capitalised words and title words ("army chief", "of State").
const FORMER_TITLE_BEFORE = new RegExp(
	String.raw`(?:\b(?:[Ff]ormer|[Ss]lain|[Aa]ssassinated|[Kk]illed|[Dd]eposed|[Oo]usted|[Tt]oppled|[Ll]ate(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b))\s+|\b[Ee]x-)` +
		String.raw`(?:(?:[A-Z][\p{L}.'’-]*|of|the|for|army|military|intelligence|spy|foreign|defen[cs]e|political|bureau|security|national|prime|vice|deputy|chief|leader|head|president|minister|secretary|envoy|commander|adviser|advisor|speaker|peace|interim)\s+){1,6}$`,
	'u',
);
const ELECT_AFTER = /^-elect/;

// Days between a past event and a report that mentions it as the latest news, typically.
const PAST_EVENT_LAG = 2;
// "The ceasefire's 16th day" is written within weeks of that day.
const NTH_DAY_WINDOW = 45;
const UNIT_DAYS: Record<string, number> = {day: 1, week: 7, month: 30};

/** Every date constraint the text offers: datelines, explicit dates, weekdays, dated events, office holders, war length. */
export function collectDateConstraints(
	sentences: Sentence[],
	captions: Set<number>,
	mentions: ActorMention[],
	k: CompiledKnowledge,
	conflictStarts: string[],
	parties: string[],
): DateConstraint[] {
	const out: DateConstraint[] = [];
	const lead = leadSentences(sentences, captions);
	let leadWeekdaySeen = false;
	// The grams of each sentence, for the event patterns' prefilters (one buffer for the report).
	const grams = new TextGrams();
	for (const s of sentences) {
		const caption = captions.has(s.paragraph);
		const lowered = s.text.toLowerCase();
		grams.load(lowered);
		explicitDates(s, caption, s.paragraph < 3 && s.text.length < 60, out);
		if (caption) {
			for (const e of matchingEvents(lowered, k)) if (e.regexes.some((re, i) => mayMatch(e.prefilters[i]!, grams) && re.test(s.text))) out.push({alts: [range(toDay(e.date))], weight: 1, label: `after ${e.label} (${e.date}), in a caption`, absolute: false});
			continue;
		}
		const firstWeekday = out.length;
		weekdays(s, out);
		if (!leadWeekdaySeen && lead.has(s.index)) leadWeekdaySeen = weighLeadWeekday(out, firstWeekday);
		dayOfThisMonth(s, out);
		monthParts(s, lowered, out);
		events(s, matchingEvents(lowered, k), grams, out);
		warLength(s, lowered, conflictStarts, out);
		nthDay(s, lowered, k, parties, out);
	}
	roles(sentences, mentions, k, captions, out);
	for (const start of conflictStarts) out.push({alts: [range(toDay(start))], weight: 1, label: `after the war began (${start})`, absolute: false});
	return out;
}

// The lead is the body's first sentence, a full one ending in a stop (not a headline, standfirst or byline), and the next.
const LEAD_SENTENCES = 2;
const LEAD_MIN_CHARS = 80;
const FULL_STOP_END = /[.!?]["'’”)]*$/;
// A weekday the lead reports news on ("The RSF said Thursday", "arrived in Cairo on Monday") is the report's day or the
// day before, in wire copy: it outweighs the weekdays of older news further down.
const LEAD_WEEKDAY_WEIGHT = 3;
const NOT_NEWS_DAY = /^"(?:last|since|this|until|by|next|this coming) /i;

/** Indexes of the lead's sentences. */
function leadSentences(sentences: Sentence[], captions: Set<number>): Set<number> {
	const lead = new Set<number>();
	for (const s of sentences) {
		if (lead.size >= LEAD_SENTENCES) break;
		if (captions.has(s.paragraph)) continue;
		if (lead.size === 0 && (s.text.length < LEAD_MIN_CHARS || !FULL_STOP_END.test(s.text))) continue;
		lead.add(s.index);
	}
	return lead;
}

/** Weighs the first weekday the lead names as past news, among the constraints from `from` on; whether the lead named one. */
function weighLeadWeekday(out: DateConstraint[], from: number): boolean {
	for (let i = from; i < out.length; i++) {
		const c = out[i]!;
		const a = c.alts[0]!;
		if (a.kind !== 'weekday' || a.rel === 'future') continue;
		if (a.rel === 'today') return true;
		if (NOT_NEWS_DAY.test(c.label)) continue;
		out[i] = {...c, weight: LEAD_WEEKDAY_WEIGHT, label: `${c.label} in the lead`};
		return true;
	}
	return false;
}

/**
 * The day a phrase before a dated event or date names, counted from that date:
 * "on the eve of the second anniversary of" (two years, less a day), "six months after",
 * "a year since". Undefined when the phrase names no distance.
 */
export function shiftedDay(before: string, day: number): {day: number; label: string; slack?: number} | undefined {
	const anniversary = MAY_BE_ANNIVERSARY.test(before) ? ANNIVERSARY_BEFORE.exec(before) : null;
	if (anniversary) {
		const word = anniversary[1]!.toLowerCase().replace(/-year$/, '');
		const years = ORDINALS[word] ?? parseInt(word, 10);
		if (!Number.isFinite(years) || years < 1) return undefined;
		const eve = /\beve\s+of\b/i.test(anniversary[0]);
		return {day: addMonths(day, 12 * years) - (eve ? 1 : 0), label: `${eve ? 'the eve of ' : ''}the ${anniversary[1]} anniversary of`};
	}
	const span = MAY_COUNT.test(before) ? SPAN_BEFORE.exec(before) : null;
	if (span && parseCount(span[1]!) !== undefined) {
		const count = parseCount(span[1]!)!;
		const unit = span[2]!.toLowerCase().replace(/s$/, '');
		const sign = /before|ahead/i.test(span[3]!) ? -1 : 1;
		const shifted = unit === 'month' ? addMonths(day, sign * count) : unit === 'year' ? addMonths(day, sign * 12 * count) : day + sign * count * UNIT_DAYS[unit]!;
		// "five months after" is said of anything from four and a half to five and a half; "to the day" is exact.
		const slack = /to the day/i.test(span[0]) ? undefined : SPAN_SLACK_DAYS[unit];
		return {day: shifted, label: `${span[1]} ${span[2]} ${span[3]!.toLowerCase()}`, slack};
	}
	if (MAY_BE_EVE.test(before) && EVE_BEFORE.test(before)) return {day: day - 1, label: 'the eve of'};
	const relative = MAY_BE_RELATIVE_DAY.test(before) ? RELATIVE_DAY_BEFORE.exec(before) : null;
	if (relative) {
		const word = relative[1]!.toLowerCase();
		return {day: day + REPORT_DAY_SHIFT[word]!, label: `${word}, the day of`};
	}
	return undefined;
}

/**
 * The days a qualified distance before a dated event or date allows: "more than a week after" X is from X + 7
 * to X + 14 days, "nearly two months after" from X + 1 month to X + 2 months, "less than a week after" from X
 * to X + 7 days (mirrored for "before"). Undefined when the phrase has no such qualifier.
 */
export function qualifiedSpan(before: string, day: number): {alt: DateAlt; label: string; unit: string} | undefined {
	const m = MAY_QUALIFY.test(before) && MAY_COUNT.test(before) ? QUALIFIED_SPAN_BEFORE.exec(before) : null;
	const count = m ? parseCount(m[2]!) : undefined;
	if (!m || count === undefined || count < 1) return undefined;
	const qualifier = m[1]!.toLowerCase();
	const unit = m[3]!.toLowerCase().replace(/s$/, '');
	// The distance in units, from and to.
	const [from, to] = /more|over/.test(qualifier) ? [count, count + 1] : /less|^under/.test(qualifier) ? [0, count] : [count > 1 ? count - 1 : 0.5, count];
	const shift = (units: number) => (unit === 'day' || unit === 'week' ? Math.round(units * UNIT_DAYS[unit]!) : unit === 'month' && Number.isInteger(units) ? addMonths(day, units) - day : unit === 'year' ? addMonths(day, Math.round(12 * units)) - day : Math.round(units * 30));
	const sign = /before|ahead/i.test(m[4]!) ? -1 : 1;
	const [a, b] = [day + sign * shift(from), day + sign * shift(to)];
	const [lo, hi] = a <= b ? [a, b] : [b, a];
	const bound = day + sign * shift(count);
	return {alt: range(lo, hi, bound), label: `${m[1]} ${m[2]} ${m[3]} ${m[4]!.toLowerCase()}`, unit};
}

function explicitDates(s: Sentence, caption: boolean, shortTopLine: boolean, out: DateConstraint[]): void {
	if (!DIGIT.test(s.text)) return;
	for (const m of allMatches(FULL_DATE, s.text)) {
		const [year, month, date] = m[3] ? [+m[3], monthNumber(m[1]!)!, +m[2]!] : m[6] ? [+m[6], monthNumber(m[5]!)!, +m[4]!] : [+m[7]!, +m[8]!, +m[9]!];
		const day = dayOf(year, month, date);
		if (Number.isNaN(day)) continue;
		const iso = fromDay(day);
		const before = s.text.slice(Math.max(0, m.index - LOOK_BACK), m.index);
		const shifted = caption ? undefined : shiftedDay(before, day);
		const bounded = caption ? undefined : qualifiedSpan(before, day);
		if (caption) out.push({alts: [range(day)], weight: 1, label: `after a captioned photo of ${iso}`, absolute: false});
		else if (bounded) out.push({alts: [bounded.alt], weight: 4, label: `${bounded.label} ${iso}`, absolute: true});
		else if (shifted) out.push({alts: [shiftedAlt(shifted)], weight: 4, label: `${shifted.label} ${iso} (${fromDay(shifted.day)})`, absolute: true});
		else if (TODAY_BEFORE.test(before) || PUBLISHED_BEFORE.test(before) || (s.paragraph <= 2 && DATELINE_START.test(before)))
			out.push({alts: [{kind: 'point', day}], weight: 5, label: `dated ${iso} in the text`, absolute: true});
		else if (shortTopLine && !PROSE_WORD.test(s.text.slice(0, m.index) + s.text.slice(m.index + m[0].length))) out.push({alts: [{kind: 'point', day}], weight: 2, label: `date line ${iso} at the top`, absolute: true});
		else if (WEEKDAY_BEFORE.test(before)) out.push({alts: [range(day, day + 6, day + 1)], weight: 3, label: `the week of ${iso}, named with its weekday`, absolute: true});
		else if (FUTURE_TENSE.test(s.text) && !SINCE_BEFORE.test(before)) out.push({alts: [range(undefined, day)], weight: 1, label: `before ${iso}, mentioned as upcoming`, absolute: true});
		else out.push({alts: [range(day)], weight: 1, label: `after ${iso}, mentioned as past`, absolute: true});
	}
	if (caption) return;
	for (const m of allMatches(MONTH_DAY, s.text)) {
		const [month, date] = m[1] ? [monthNumber(m[1])!, +m[2]!] : [monthNumber(m[4]!)!, +m[3]!];
		if (!month || date < 1 || date > 31) continue;
		const before = s.text.slice(Math.max(0, m.index - LOOK_BACK), m.index);
		const today = TODAY_BEFORE.test(before) || (s.paragraph <= 2 && (DATELINE_START.test(before) || (TITLE_DATELINE_START.test(before) && DASH_AFTER.test(s.text.slice(m.index + m[0].length)))));
		const clause = today ? '' : clauseAround(s.text, m.index, m[0].length);
		const rel: Relation = today
			? 'today'
			: !PAST_VERB_BEFORE.test(before) && !SINCE_BEFORE.test(before) && (UNTIL_BEFORE.test(before) || SCHEDULED_VERB_BEFORE.test(before) || (BY_BEFORE.test(before) && !PERFECT.test(clause)) || FUTURE_TENSE.test(clause) || isOpenDeadlineAt(s.text, m.index, m[0].length, clause))
				? 'future'
				: 'past';
		out.push({alts: [{kind: 'monthDay', month, date, rel}], weight: today ? 5 : 1, label: `${m[0]} (${rel === 'today' ? 'the report\'s day' : rel})`, absolute: today});
		if (!today) weekdayNamedDate(month, date, rel, WEEKDAY_BEFORE.exec(before), m[0], out);
	}
	for (const m of allMatches(MONTH_YEAR, s.text)) {
		const month = monthNumber(m[1]!);
		if (!month) continue;
		const first = dayOf(+m[2]!, month, 1);
		const before = s.text.slice(Math.max(0, m.index - LOOK_BACK), m.index);
		const clause = clauseAround(s.text, m.index, m[0].length);
		const future = !SINCE_BEFORE.test(before) && (UNTIL_BEFORE.test(before) || (BY_PART_OF_BEFORE.test(before) && !PERFECT.test(clause)) || FUTURE_TENSE.test(clause));
		const alt: DateAlt = future ? range(undefined, addMonths(first, 1) - 1) : range(first);
		out.push({alts: [alt], weight: 1, label: `${future ? 'before the end of' : 'in or after'} ${m[0]}`, absolute: true});
	}
}

/**
 * "will take effect on Sunday, 4 August": a date with no year but with its weekday falls in only some years
 * (2019, 2024...), and a date named with its weekday is seldom more than a week or two from the report.
 */
function weekdayNamedDate(month: number, date: number, rel: Relation, weekday: RegExpExecArray | null, text: string, out: DateConstraint[]): void {
	if (!weekday) return;
	const days = yearsWithWeekday(month, date, WEEKDAYS.indexOf(weekday[1]!.toLowerCase() as (typeof WEEKDAYS)[number]), LAST_YEAR + 1);
	if (!days.length) return;
	const alts = days.map((day) => (rel === 'future' ? range(day - 13, day, day - 1) : range(day, day + 6, day + 1)));
	out.push({alts, weight: 2, label: `${weekday[1]}, ${text} (${rel}, in a year where it is a ${weekday[1]})`, absolute: true, yearChoice: true});
}

/** "In late August, Israel said...": a part of a month without a year, after it (or before it, when ahead). */
function monthParts(s: Sentence, lowered: string, out: DateConstraint[]): void {
	if (!lowered.includes('early') && !lowered.includes('mid') && !lowered.includes('late') && !lowered.includes(' of ')) return;
	for (const m of allMatches(MONTH_PART, s.text)) {
		const month = monthNumber(m[2]!);
		if (!month) continue;
		const part = m[1]!.toLowerCase();
		const date = part === 'late' || part.includes('end') ? MONTH_PART_DAY.late : part.startsWith('mid') || part.includes('middle') ? MONTH_PART_DAY.mid : MONTH_PART_DAY.early;
		const before = s.text.slice(Math.max(0, m.index - LOOK_BACK), m.index + m[0].indexOf(m[1]!));
		const clause = clauseAround(s.text, m.index, m[0].length);
		const rel: Relation = !SINCE_BEFORE.test(before) && (UNTIL_BEFORE.test(before) || FUTURE_TENSE.test(clause)) ? 'future' : 'past';
		out.push({alts: [{kind: 'monthDay', month, date, rel}], weight: 1, label: `${m[0].trim()} (${rel})`, absolute: false});
	}
}

function dayOfThisMonth(s: Sentence, out: DateConstraint[]): void {
	if (!s.text.includes('month')) return;
	for (const m of allMatches(DAY_OF_THIS_MONTH, s.text)) {
		const word = m[1]!.toLowerCase();
		const date = ordinalValue(word);
		if (!(date >= 1 && date <= 31)) continue;
		const rel: Relation = FUTURE_TENSE.test(clauseAround(s.text, m.index, m[0].length)) ? 'future' : 'past';
		out.push({alts: [{kind: 'dayOfMonth', date, rel}], weight: 1, label: `"${m[0].trim()}"`, absolute: false});
	}
}

/** Events whose triggers occur in the text, given lowercased (all events when one has none). */
function matchingEvents(lowered: string, k: CompiledKnowledge): CompiledKnowledge['events'] {
	const triggers = k.eventTriggers.scanAll(lowered);
	if (!triggers.length) return k.untriggeredEvents;
	if (triggers.length === 1 && !k.untriggeredEvents.length) return k.eventsByTrigger.get(triggers[0]!) ?? [];
	// In order of first trigger, without duplicates; there are few events, so a list beats a Set per sentence.
	const found = [...k.untriggeredEvents];
	for (const trigger of triggers) for (const e of k.eventsByTrigger.get(trigger) ?? []) if (!found.includes(e)) found.push(e);
	return found;
}

// The match of the first of the event's regexes that matches (they are not global: exec leaves no state).
// A regex whose prefilter the lowercased text fails cannot match, and is not run.
function firstMatch(e: CompiledEvent, text: string, grams: TextGrams): RegExpExecArray | null {
	for (let i = 0; i < e.regexes.length; i++) {
		if (!mayMatch(e.prefilters[i]!, grams)) continue;
		const m = e.regexes[i]!.exec(text);
		if (m) return m;
	}
	return null;
}

function weekdays(s: Sentence, out: DateConstraint[]): void {
	if (!s.text.includes('day')) return;
	for (const m of allMatches(WEEKDAY, s.text)) {
		// "Thursday, August 15, 2024" is a full date, dated by explicitDates.
		if (DATE_AFTER_WEEKDAY.test(s.text.slice(m.index + m[0].length))) continue;
		const weekday = WEEKDAYS.indexOf(m[2]!.toLowerCase() as (typeof WEEKDAYS)[number]);
		const before = s.text.slice(Math.max(0, m.index - LOOK_BACK), m.index);
		const lead = m[1]?.toLowerCase();
		let rel: Relation;
		let weekdayOfReport = weekday;
		let label = `"${m[0].trim()}"`;
		const relative = RELATIVE_WEEKDAY_BEFORE.exec(before);
		if (EDITION_AFTER.test(s.text.slice(m.index + m[0].length))) rel = 'today';
		else if (relative) {
			const word = relative[1]!.toLowerCase();
			const shift = REPORT_DAY_SHIFT[word]!;
			rel = 'today';
			weekdayOfReport = (weekday + shift + 7) % 7;
			if (shift) label = `the day ${shift > 0 ? 'after' : 'before'} "${word}, ${m[0].trim()}"`;
		} else if (lead === 'next' || lead === 'this coming' || lead === 'until' || lead === 'by' || (m[3] && /\b(?:before|ahead of|until)\s+$/i.test(before))) rel = 'future';
		else if (lead === 'last' || lead === 'since' || SAID_BEFORE.test(before)) rel = 'past';
		else {
			const window = tenseWindow(s.text, m.index, m[0].length);
			rel = FUTURE_TENSE.test(window) || isOpenDeadlineAt(s.text, m.index, m[0].length) ? 'future' : 'past';
		}
		out.push({alts: [{kind: 'weekday', weekday: weekdayOfReport, rel, last: lead === 'last'}], weight: rel === 'today' ? 3 : 1, label, absolute: false});
	}
}

function events(s: Sentence, matching: CompiledEvent[], grams: TextGrams, out: DateConstraint[]): void {
	if (!matching.length) return;
	const groups = new Map<string, {alts: DateAlt[]; weight: number; label: string; absolute: boolean; dates: string[]}>();
	for (const e of matching) {
		const m = firstMatch(e, s.text, grams);
		if (!m) continue;
		const day = toDay(e.date);
		const before = s.text.slice(Math.max(0, m.index - LOOK_BACK), m.index);
		const after = s.text.slice(m.index + m[0].length);
		const amount = MAY_COUNT.test(before) ? AMOUNT_BEFORE.exec(before) : null;
		const ago = AGO_AFTER.exec(after);
		let alt: DateAlt;
		let weight = 2;
		let label: string;
		let hours: RegExpExecArray | null;
		let vague: RegExpExecArray | null;
		let nth: {alt: DateAlt; label: string} | undefined;
		const nthAfter = IN_ITS_NTH_AFTER.exec(after);
		const shifted = shiftedDay(before, day);
		const bounded = qualifiedSpan(before, day);
		// Counted from a background event ("the third anniversary of the invasion"), the phrase still pins the date.
		let counted = shifted !== undefined && !(amount && parseCount(amount[1]!) !== undefined && !/month/i.test(amount[2]!));
		// "a day after the 19th anniversary of the Sept. 11 attacks": the distance counts from the anniversary.
		const anniversary = shifted !== undefined && shifted.label.includes('anniversary');
		if (anniversary && amount && parseCount(amount[1]!) !== undefined) {
			alt = {kind: 'point', day: shifted.day + signedSpanDays(amount)};
			weight = 4;
			label = `${amount[1]} ${amount[2]} ${amount[3]!.toLowerCase()} ${shifted.label} ${e.label} (${e.date})`;
			counted = true;
		} else if ((nth = nthAfter ? nthPeriodAlt(nthAfter, day) : undefined)) {
			alt = nth.alt;
			weight = 4;
			label = `${e.label} (${e.date}) in its ${nth.label}`;
			counted = true;
		} else if (bounded && !(e.background && (bounded.unit === 'day' || bounded.unit === 'week'))) {
			alt = bounded.alt;
			weight = 4;
			label = `${bounded.label} ${e.label} (${e.date})`;
			counted = true;
		} else if (shifted && counted) {
			alt = shiftedAlt(shifted);
			weight = 4;
			label = `${shifted.label} ${e.label} (${e.date})`;
		} else if (amount && parseCount(amount[1]!) !== undefined) {
			alt = {kind: 'point', day: day + signedSpanDays(amount)};
			weight = 4;
			label = `${amount[1]} ${amount[2]} ${amount[3]!.toLowerCase()} ${e.label} (${e.date})`;
		} else if (ago && parseCount(ago[1]!) !== undefined) {
			const days = parseCount(ago[1]!)! * UNIT_DAYS[ago[2]!.toLowerCase().replace(/s$/, '')]!;
			alt = {kind: 'point', day: day + days};
			weight = 3;
			label = `${e.label} (${e.date}) ${ago[1]} ${ago[2]} ago`;
		} else if ((hours = MAY_BE_HOURS.test(before) ? HOURS_BEFORE.exec(before) : null)) {
			const ahead = /before|ahead/i.test(hours[1]!);
			alt = range(ahead ? day - 1 : day, day + 1, day);
			weight = 4;
			label = `hours ${ahead ? 'before' : 'after'} ${e.label} (${e.date})`;
		} else if ((vague = MAY_BE_VAGUE_SPAN.test(before) ? VAGUE_SPAN_BEFORE.exec(before) : null)) {
			const [from, to, likeliest] = VAGUE_SPAN_DAYS[vague[1]!.toLowerCase()]!;
			alt = /before|ahead/i.test(vague[2]!) ? range(day - to, day - from, day - likeliest) : range(day + from, day + to, day + likeliest);
			weight = 3;
			label = `${vague[1]!.toLowerCase()} ${vague[2]!.toLowerCase()} ${e.label} (${e.date})`;
		} else if (MAY_BE_POSSESSIVE_DAY.test(before) && WEEKDAY_POSSESSIVE_BEFORE.test(before) && !FUTURE_TENSE.test(clauseAround(s.text, m.index, m[0].length))) {
			alt = range(day - 6, day + 6, day);
			weight = 3;
			label = `the week of ${e.label} (${e.date}), named by its weekday`;
		} else if (MAY_BE_FUTURE.test(before) && FUTURE_BEFORE.test(before)) {
			alt = range(day - 8, day - 1, day - 1);
			weight = 3;
			label = `before ${e.label} (${e.date})`;
		} else if (YESTERDAY_AFTER.test(after) && !/\bsaid\b/i.test(YESTERDAY_AFTER.exec(after)![0])) {
			// "Israeli jets struck targets in Iran at dawn yesterday, Saturday": the report is the next day.
			alt = {kind: 'point', day: day + 1};
			weight = 4;
			label = `the day after ${e.label} (${e.date}), "yesterday"`;
		} else if (SAME_MONTH_AFTER.test(after) || EARLIER_THIS_MONTH_BEFORE.test(before)) {
			// "Aoun, elected earlier this month": the report falls in the event's month, after it.
			const first = day - partsOf(day).date + 1;
			alt = range(day + 1, addMonths(first, 1) - 1, day + PAST_EVENT_LAG);
			label = `after ${e.label} (${e.date}), earlier the same month`;
		} else if (LAST_MONTH_AFTER.test(after)) {
			const next = addMonths(day - partsOf(day).date + 1, 1);
			alt = range(next, addMonths(next, 1) - 1, next);
			label = `the month after ${e.label} (${e.date})`;
		} else if (LAST_WEEK.test(s.text)) {
			alt = range(day + 3, day + 14, day + 7);
			label = `a week after ${e.label} (${e.date})`;
		} else if (SINCE_BEFORE.test(before)) {
			// "since the fall of X": past, whatever tense or week the rest of the sentence speaks of.
			alt = range(day, undefined, e.background ? undefined : day + PAST_EVENT_LAG);
			weight = e.background ? 1 : 2;
			label = `since ${e.label} (${e.date})`;
		} else if (FUTURE_TENSE.test(s.text) && !PAST_VERB_IN.test(m[0]) && !LAST_PERIOD_AFTER.test(after)) {
			alt = range(day - 7, day, day - 1);
			label = `before ${e.label} (${e.date}), mentioned as upcoming`;
		} else if (THIS_WEEK.test(s.text)) {
			alt = range(day, day + 7, day);
			label = `the week of ${e.label} (${e.date})`;
		} else {
			alt = range(day, undefined, e.background ? undefined : day + PAST_EVENT_LAG);
			weight = e.background ? 1 : 2;
			label = `after ${e.label} (${e.date})`;
		}
		const key = e.group ?? e.id;
		const group = groups.get(key) ?? {alts: [], weight, label, absolute: !e.background || counted, dates: []};
		group.alts.push(alt);
		if (!group.dates.includes(e.date)) group.dates.push(e.date);
		groups.set(key, group);
	}
	// A recurring event (a holiday, a repeated visit) keeps every date it may be in its label, not only the first.
	for (const {dates, ...g} of groups.values()) {
		if (dates.length > 1) boundByNextOccurrence(g.alts, dates);
		out.push(dates.length > 1 ? {...g, label: g.label.replace(`(${dates[0]})`, `(${dates.join(' or ')})`)} : g);
	}
}

function warLength(s: Sentence, lowered: string, conflictStarts: string[], out: DateConstraint[]): void {
	const start = conflictStarts[0];
	if (!start || (!s.text.includes('month') && !s.text.includes('year') && !s.text.includes(' day') && !s.text.includes('week'))) return;
	// "Thursday was the 293rd day in captivity for the hostages", "the 100th day of the war": that day or just before the report.
	for (const m of lowered.includes(' day ') ? allMatches(NTH_DAY_OF_WAR, s.text) : []) {
		const n = parseInt(m[1] ?? m[2]!, 10);
		if (!(n >= 1)) continue;
		const day = toDay(start) + n - 1;
		out.push({alts: [range(day, day + 2, day)], weight: 3, label: `"${m[0]}" since ${start}`, absolute: true});
	}
	// Both phrases name the war (N_MONTH_WAR's words include INTO_THE_WAR's), and each needs its own words.
	if (!WAR_WORDS.some((word) => lowered.includes(word))) return;
	const inMonths = lowered.includes('month') || lowered.includes('year');
	for (const m of inMonths ? allMatches(N_MONTH_WAR, s.text) : []) {
		const count = parseCount(m[2] ?? m[4]!);
		const months = count === undefined ? undefined : /year/i.test(m[3] ?? m[5]!) ? count * 12 : count;
		if (!months || months > 120) continue;
		const qualifier = (m[1] ?? '').trim().toLowerCase();
		const base = addMonths(toDay(start), months);
		const lo = qualifier === 'nearly' || qualifier === 'almost' ? addMonths(base, -1) : base;
		const hi = qualifier === 'nearly' || qualifier === 'almost' ? base : addMonths(base, 1);
		out.push({alts: [range(lo, hi, Math.round((lo + hi) / 2))], weight: 3, label: `"${m[0]}" since ${start}`, absolute: true});
	}
	// "The war, now in its 103rd day".
	for (const m of lowered.includes(' its ') ? allMatches(THE_WAR, s.text) : []) {
		const nth = IN_ITS_NTH_AFTER.exec(s.text.slice(m.index + m[0].length));
		const counted = nth ? nthPeriodAlt(nth, toDay(start)) : undefined;
		if (counted) out.push({alts: [counted.alt], weight: 3, label: `the war in its ${counted.label} since ${start}`, absolute: true});
	}
	const into = lowered.includes(' into the ') || (lowered.includes('day ') && lowered.includes(' of the '));
	for (const m of into ? allMatches(INTO_THE_WAR, s.text) : []) {
		const count = parseCount(m[2] ?? m[4]!);
		if (!count) continue;
		const unit = (m[3] ?? 'day').toLowerCase().replace(/s$/, '');
		const days = count * UNIT_DAYS[unit]!;
		if (days > 3650) continue;
		// "nine months into the war" is nine calendar months on (Oct. 7 -> July 7), not 270 days.
		const day = unit === 'month' ? addMonths(toDay(start), count) : toDay(start) + days - (m[4] ? 1 : 0);
		const qualifier = m[1]?.toLowerCase();
		// "more than five months into the war": up to a unit past the count; "nearly five months": up to a unit short.
		// Where in that unit the text does not say, so no day of it is likelier.
		const unitDays = unit === 'month' ? addMonths(day, 1) - day : unit === 'week' ? 7 : Math.max(7, Math.round(days / 10));
		const alt = !qualifier ? range(day, day + Math.max(2, Math.round(days / 20)), day) : /over|more/.test(qualifier) ? range(day + 1, day + unitDays) : range(unit === 'month' ? addMonths(day, -1) : day - unitDays, day - 1);
		out.push({alts: [alt], weight: 3, label: `"${m[0]}" since ${start}`, absolute: true});
	}
}

function nthDay(s: Sentence, lowered: string, k: CompiledKnowledge, parties: string[], out: DateConstraint[]): void {
	const m = s.text.includes(' day') && (lowered.includes('truce') || lowered.includes('cease')) ? NTH_DAY.exec(s.text) : null;
	if (!m) return;
	const n = Number(m[1] ?? m[2]);
	const starts = k.base.ceasefireStarts.filter((c) => !c.scope || parties.includes(c.scope));
	if (!starts.length) return;
	out.push({alts: starts.map((c) => range(toDay(c.date) + n - 1, toDay(c.date) + n - 1 + NTH_DAY_WINDOW)), weight: 2, label: `after day ${n} of the ceasefire`, absolute: true});
}

function roles(sentences: Sentence[], mentions: ActorMention[], k: CompiledKnowledge, captions: Set<number>, out: DateConstraint[]): void {
	const byIndex = new Map(sentences.map((s) => [s.index, s]));
	const seen = new Set<string>();
	for (const m of mentions) {
		if (m.type !== 'person') continue;
		const s = byIndex.get(m.sentence)!;
		if (captions.has(s.paragraph)) continue;
		const actor = k.actorByName.get(m.name);
		// Only an office held over known dates says anything about the date: look at the text around no other.
		if (!actor?.roles?.some((r) => r.from || r.to)) continue;
		const before = s.text.slice(Math.max(0, m.start - s.start - 40), m.start - s.start);
		if (FORMER_BEFORE.test(before) || FORMER_TITLE_BEFORE.test(before) || ELECT_AFTER.test(s.text.slice(m.end - s.start, m.end - s.start + 8))) continue;
		const headed = actor.roles.filter((r) => (r.from || r.to) && k.roleTitleBefore.get(r.title)?.test(before));
		// "Defence Minister Israel Katz": where the whole of some of the titles is written, only those (not his foreign ministry).
		// Of those, the longest ("Deputy Foreign Minister X" is not the foreign minister).
		const whole = headed.filter((r) => k.roleTitleFull.get(r.title)?.test(before));
		const longest = Math.max(0, ...whole.map((r) => r.title.length));
		const titled = whole.length ? whole.filter((r) => r.title.length === longest) : headed;
		if (!titled.length) continue;
		const key = `${actor.name}:${titled[0]!.title}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push({
			alts: titled.map((r) => range(r.from ? toDay(r.from) : undefined, r.to ? toDay(r.to) - 1 : undefined)),
			weight: 1,
			label: `${actor.name} as ${titled[0]!.title}`,
			absolute: false,
		});
	}
}

/**
 * "after the first Friday of Ramadan" names the latest one before the report: an open range after one year's date
 * ends the day before the next year's, which the text would have named instead.
 */
function boundByNextOccurrence(alts: DateAlt[], dates: string[]): void {
	const days = dates.map(toDay).sort((a, b) => a - b);
	for (const [i, alt] of alts.entries()) {
		if (alt.kind !== 'range' || alt.lo === undefined || alt.hi !== undefined) continue;
		const next = days.find((d) => d > alt.lo!);
		if (next !== undefined) alts[i] = range(alt.lo, next - 1, alt.anchor);
	}
}

// How far from the counted day a round count of months or years is still said.
const SPAN_SLACK_DAYS: Record<string, number> = {month: 15, year: 45};

/** The day a counted distance names: a point, or a range around it for a loose count. */
function shiftedAlt(shifted: {day: number; slack?: number}): DateAlt {
	return shifted.slack ? range(shifted.day - shifted.slack, shifted.day + shifted.slack, shifted.day) : {kind: 'point', day: shifted.day};
}

/** The days "in its eighth day" or "entering its third week" counts from the start of what it is said of. */
function nthPeriodAlt(m: RegExpExecArray, day: number): {alt: DateAlt; label: string} | undefined {
	const n = ordinalValue(m[1] ?? m[2]!.toLowerCase());
	if (!(n >= 1)) return undefined;
	const unit = m[3]!.toLowerCase();
	const label = m[0].replace(/^.*\bits\s+/i, '');
	if (unit === 'day') return {alt: {kind: 'point', day: day + n - 1}, label};
	const [from, to] = unit === 'week' ? [day + 7 * (n - 1), day + 7 * n - 1] : [addMonths(day, n - 1), addMonths(day, n) - 1];
	return {alt: range(from, to, from + 1), label};
}

/** "16th", "sixteenth", "twenty-first" as a number; 0 for a word that is no ordinal. */
function ordinalValue(word: string): number {
	if (/^\d/.test(word)) return parseInt(word, 10);
	if (word === 'thirtieth') return 30;
	if (word === 'thirty-first') return 31;
	return word.startsWith('twenty-') ? 20 + ORDINAL_DAYS.indexOf(word.slice(7)) + 1 : ORDINAL_DAYS.indexOf(word) + 1;
}

/** The days an AMOUNT_BEFORE match ("four days before", "two weeks after") counts, negative before the event. */
function signedSpanDays(amount: RegExpExecArray): number {
	const days = parseCount(amount[1]!)! * UNIT_DAYS[amount[2]!.toLowerCase().replace(/s$/, '')]!;
	return /before|ahead/i.test(amount[3]!) ? -days : days;
}

/**
 * Whether the date or weekday at text[index, index + length) is named as a deadline ("the May 2 deadline", "on Sunday,
 * the first deadline") that its clause does not say has passed.
 */
function isOpenDeadlineAt(text: string, index: number, length: number, clause?: string): boolean {
	if (!DEADLINE.test(text)) return false;
	const near = text.slice(Math.max(0, index - DEADLINE_REACH), index + length + DEADLINE_REACH);
	return DEADLINE.test(near) && !DEADLINE_PASSED.test(clause ?? clauseAround(text, index, length));
}

/** The clause around a match: from the last quote, semicolon or dash before it to the next one after it. */
/**
 * Where the tense of a weekday is read: its clause up to the weekday and on to the next comma.
 * "ended on Friday, the minister said, with ... a pledge that Kabul will rein in" is past: a
 * "will" in a later clause of the sentence is about something else.
 */
function tenseWindow(text: string, index: number, length: number): string {
	const [from, to] = clauseBounds(text, index, length);
	const comma = text.indexOf(',', index + length);
	return text.slice(from, comma >= 0 && comma < to ? comma : to);
}

function clauseAround(text: string, index: number, length: number): string {
	const [from, to] = clauseBounds(text, index, length);
	return text.slice(from, to);
}

/** Start and end of the clause (between quotes, semicolons, dashes, colons) around a phrase. */
function clauseBounds(text: string, index: number, length: number): [number, number] {
	let from = 0;
	let to = text.length;
	for (const m of allMatches(CLAUSE_BREAK, text)) {
		if (m.index < index) from = m.index + m[0].length;
		else if (m.index >= index + length) {
			to = m.index;
			break;
		}
	}
	return [from, to];
}
