import type {Term, TermKind} from '../types.js';
import type {CompiledCues} from './cues/compile-cues.js';
import {allMatches} from './cues/all-matches.js';

/** Attributes of a term read from its sentence. */
export type TermAttributes = Pick<Term, 'duration' | 'count' | 'categories' | 'phase' | 'scope'>;

const NUMBER_WORDS: Record<string, number> = {
	a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
	eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
	nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
	hundred: 100, dozen: 12,
};
const NUMBER = '(?:\\d[\\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|dozen)';
/** "60-day", "six-week", "two weeks", "21 day" */
const DURATION = new RegExp(`\\b(${NUMBER})[- ](day|week|month|year)s?(?:[- ]long)?\\b`, 'gi');
/** "monthlong", "weeklong", "yearlong" */
const DURATION_LONG = /\b(day|week|month|year)-?long\b/gi;
/** "will go on for 60 days", "to last six weeks": a duration stated apart from the term word. */
const DURATION_STATED = new RegExp(`\\b(?:last|lasts|lasting|go on|run|runs|remain in (?:effect|force)|for a period of|extend(?:ed)? (?:by|for))(?: for)? (${NUMBER}) (day|week|month|year)s?\\b`, 'i');
/** "33 hostages", "the remaining 130 hostages", "11 Palestinian prisoners" */
const COUNTED = new RegExp(`\\b(${NUMBER})\\s+(?:[a-z-]+\\s+){0,2}?(hostages|captives|abductees|people|israelis|prisoners|detainees|palestinians|fighters)\\b`, 'gi');
/** "raise the number ... to eleven" */
const NUMBER_RAISED_TO = new RegExp(`\\bnumber\\b[^.;]{0,80}?\\b(?:to|at) (${NUMBER})\\b`, 'i');
/** How far (in characters) a phase may sit from the cue it qualifies. */
const MAX_PHASE_GAP = 40;
/** A comparison or a sentence break between a cue and a phase: the phase is not the cue's. */
const PHASE_GAP_BREAK = /\bthan\b|[.;]/i;
const PHASE = /\b(first|second|third|fourth|final|initial|1st|2nd|3rd)(?:,?\s+[a-z0-9-]+){0,2}?\s+(?:phase|stage)\b|\bphase[- ](one|two|three|four|1|2|3|4|i|ii|iii)\b/gi;
/** Every PHASE match has one of these words: a sentence without them is not scanned. */
const PHASE_WORD = /phase|stage/i;
/** Where the categories of a release stop: the other side of an exchange. */
const CATEGORY_STOP = /\b(?:in exchange|in return|while|whereas)\b|[;.]/i;
const PHASE_NAMES: Record<string, string> = {
	initial: 'first', '1st': 'first', one: 'first', '1': 'first', i: 'first',
	'2nd': 'second', two: 'second', '2': 'second', ii: 'second',
	'3rd': 'third', three: 'third', '3': 'third', iii: 'third', four: 'fourth', '4': 'fourth',
};
const HOSTAGE_NOUNS = new Set(['hostages', 'captives', 'abductees', 'people', 'israelis']);
const PRISONER_NOUNS = new Set(['prisoners', 'detainees', 'palestinians', 'fighters']);
/** How far (in characters) from the cue a scope may sit to belong to it. */
const MAX_ATTRIBUTE_DISTANCE = 80;
const MAX_BEFORE_CUE = 30;
/** Categories may qualify the noun from just before it ("female soldiers", "sick hostages"). */
const CATEGORY_BEFORE = 25;
const MAX_AFTER_CUE = 40;
/** Between a cue and a duration after it: "truce of six weeks", "ceasefire lasting 60 days". */
const DURATION_LINK = /^[^,.;]*\b(?:for|of|lasting|last|lasts)\s+(?:up to\s+|at least\s+|about\s+|an initial\s+|a\s+)?$/i;
const CLAUSE_BREAK = /[.,;:]/;
/** Kinds whose sentence may carry a duration / a count / categories. */
const TIMED_KINDS = new Set<TermKind>(['ceasefire', 'permanent-ceasefire', 'phased-deal', 'de-escalation']);

/** Parses "six", "60", "1,200", "twenty-one" into a number. */
export function parseNumber(word: string): number | undefined {
	const w = word.toLowerCase().replace(/,/g, '');
	if (/^\d+$/.test(w)) return Number(w);
	if (w.includes('-')) {
		const [tens, ones] = w.split('-');
		const sum = (NUMBER_WORDS[tens!] ?? NaN) + (NUMBER_WORDS[ones!] ?? NaN);
		return Number.isNaN(sum) ? undefined : sum;
	}
	return NUMBER_WORDS[w];
}

/**
 * Normalises the duration that qualifies a term whose cue spans [cueStart, cueEnd) of `text`:
 * right before it ("a monthlong ceasefire", "60-day truce") or after it with "for"/"of"/"lasting"
 * ("a truce of six weeks"). "monthlong" → "1 month", "six-week" → "6 weeks".
 */
export function findDuration(text: string, cueStart = 0, cueEnd = cueStart): string | undefined {
	const found: Array<{index: number; end: number; amount: number | undefined; unit: string}> = [];
	for (const m of allMatches(DURATION, text)) found.push({index: m.index, end: m.index + m[0].length, amount: parseNumber(m[1]!), unit: m[2]!});
	for (const m of allMatches(DURATION_LONG, text)) found.push({index: m.index, end: m.index + m[0].length, amount: 1, unit: m[1]!});
	for (const d of found) {
		if (d.amount === undefined || d.amount <= 0) continue;
		const before = d.end <= cueStart && cueStart - d.end <= MAX_BEFORE_CUE && !CLAUSE_BREAK.test(text.slice(d.end, cueStart));
		const after = d.index >= cueEnd && d.index - cueEnd <= MAX_AFTER_CUE && DURATION_LINK.test(text.slice(cueEnd, d.index));
		const inside = d.index >= cueStart && d.end <= cueEnd;
		if (before || inside || after) return `${d.amount} ${d.unit.toLowerCase()}${d.amount === 1 ? '' : 's'}`;
	}
	return undefined;
}

/** A duration stated for "the agreement"/"the truce" in a sentence of its own ("will go on for 60 days"). */
export function findStatedDuration(text: string): string | undefined {
	const m = DURATION_STATED.exec(text);
	const amount = m ? parseNumber(m[1]!) : undefined;
	return m && amount ? `${amount} ${m[2]!.toLowerCase()}${amount === 1 ? '' : 's'}` : undefined;
}

/** Reads duration, count, categories, phase and scope for a term of `kind` whose cue spans [at, end) of `text`. */
export function readAttributes(kind: TermKind, text: string, at: number, end: number, cues: CompiledCues): TermAttributes {
	// Every field present (undefined: not stated), in the order callers copy them: one hidden class for all.
	const out: TermAttributes = {duration: undefined, count: undefined, categories: undefined, phase: undefined, scope: undefined};
	if (TIMED_KINDS.has(kind)) out.duration = findDuration(text, at, end);
	if (kind === 'hostage-release' || kind === 'prisoner-release') {
		out.count = findCount(text, kind === 'hostage-release' ? HOSTAGE_NOUNS : PRISONER_NOUNS, at);
		let window = text.slice(Math.max(0, at - CATEGORY_BEFORE), end + MAX_ATTRIBUTE_DISTANCE);
		const stop = CATEGORY_STOP.exec(window.slice(end - Math.max(0, at - CATEGORY_BEFORE)));
		if (stop) window = window.slice(0, end - Math.max(0, at - CATEGORY_BEFORE) + stop.index);
		const categories = cues.categories.filter((c) => ((c.pattern.lastIndex = 0), c.pattern.test(window))).map((c) => c.name);
		if (categories.length) out.categories = categories;
	}
	out.phase = findPhase(text, at, end);
	out.scope = findScope(text, at, cues);
	return out;
}

// The phase that qualifies the cue: close to it, with no comparison or sentence break between
// ("33 hostages in the first phase", not "the truce would be shorter than the first phase").
function findPhase(text: string, at: number, end: number): string | undefined {
	if (!PHASE_WORD.test(text)) return undefined;
	for (const m of allMatches(PHASE, text)) {
		const gap = m.index >= end ? text.slice(end, m.index) : m.index + m[0].length <= at ? text.slice(m.index + m[0].length, at) : '';
		if (gap.length > MAX_PHASE_GAP || PHASE_GAP_BREAK.test(gap)) continue;
		const word = (m[1] ?? m[2]!).toLowerCase();
		return PHASE_NAMES[word] ?? word;
	}
	return undefined;
}

function findCount(text: string, nouns: Set<string>, near: number): number | undefined {
	let best: {value: number; distance: number} | undefined;
	for (const m of allMatches(COUNTED, text)) {
		if (!nouns.has(m[2]!.toLowerCase())) continue;
		const value = parseNumber(m[1]!);
		if (value === undefined || value === 1) continue;
		const distance = Math.abs(m.index - near);
		if (!best || distance < best.distance) best = {value, distance};
	}
	if (best) return best.value;
	const raised = NUMBER_RAISED_TO.exec(text);
	return raised ? parseNumber(raised[1]!) : undefined;
}

// The scope named closest to the cue, within a short window of it.
function findScope(text: string, at: number, cues: CompiledCues): string | undefined {
	let best: {name: string; distance: number} | undefined;
	for (const {name, pattern} of cues.scopes) {
		pattern.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ((m = pattern.exec(text))) {
			// Matches come in text order: once past the window, none can be near enough.
			if (m.index - at > MAX_ATTRIBUTE_DISTANCE) break;
			const distance = Math.abs(m.index - at);
			if (distance <= MAX_ATTRIBUTE_DISTANCE && (!best || distance < best.distance)) best = {name, distance};
		}
		pattern.lastIndex = 0;
	}
	return best?.name;
}
