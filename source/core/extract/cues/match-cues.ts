import type {Sentence} from '../split-sentences.js';
import type {TermKind} from '../../types.js';
import type {CompiledCues, CompiledKind, CompiledRule, Cue} from './compile-cues.js';
import {CueTables, openCueTable} from './word-gate.js';

/** Where a rule fired, as offsets into the sentence text. */
export interface CueHit {
	start: number;
	end: number;
}

/** A sentence ready for matching: plain punctuation (same offsets), the cues its words open, its term hits. */
export interface PreparedSentence {
	sentence: Sentence;
	text: string;
	/** Where each gated cue may match: the report's tables (see word-gate.ts) and this sentence's offset in them; testCue narrows it to the first start that matches. */
	open: CueTables;
	openAt: number;
	/** Per cue id, what testCue found (UNKNOWN, ABSENT or PRESENT), at `found[foundAt + id]`: one array per report. */
	found: Uint8Array;
	foundAt: number;
	hasNegotiation: boolean;
	/** Term kinds the sentence yields, with where each fired (obstacles reuse them). */
	terms: Map<TermKind, CueHit>;
}

/** A negator right before a cue: "no end to the war", "not a ceasefire". */
const NEGATED_BEFORE = /\b(?:no|not|never|nor)\s+(?:(?:a|an|any|the)\s+)?$/i;
/** Typographic hyphens and quotes, replaced one for one so offsets survive. */
const TYPOGRAPHIC = /[\u2010\u2011\u2018\u2019\u201C\u201D]/g;
const HAS_TYPOGRAPHIC = /[\u2010\u2011\u2018\u2019\u201C\u201D]/;
const PLAIN: Record<string, string> = {'\u2010': '-', '\u2011': '-', '\u2018': "'", '\u2019': "'", '\u201C': '"', '\u201D': '"'};
// States of PreparedSentence.found.
const UNKNOWN = 0;
const ABSENT = 1;
const PRESENT = 2;
/** How far (in characters) a dispute marker may sit from the term to join the obstacle's text. */
const MARKER_REACH = 60;

/** The last report prepared with a compiled cue set, and the buffers its tables live in. */
interface PreparedReport {
	sentences: Sentence[];
	prepared: PreparedSentence[];
	tables: CueTables;
	found: Uint8Array;
}

const lastPrepared = new WeakMap<CompiledCues, PreparedReport>();

/**
 * Prepares every sentence of a report once per compiled cue set: plain text,
 * open cues, whether it has a negotiation word, and its term hits. Terms need
 * a negotiation word in the sentence unless a rule says otherwise.
 * The extractors of a report call it one after the other and share the result.
 * Its tables live in buffers that the next report reuses: two slots per cue
 * per sentence make them large (~160 KB a report once grown), and allocated
 * per report, outside the JS heap, they made V8 start a full mark-compact
 * every few hundred reports (external memory pressure). So prepared sentences
 * are valid until another report's are prepared with the same cues.
 */
export function prepareSentences(cues: CompiledCues, sentences: Sentence[]): PreparedSentence[] {
	const last = lastPrepared.get(cues);
	if (last?.sentences === sentences) return last.prepared;
	const size = cues.gate.size;
	const tables = last?.tables ?? new CueTables(size, sentences.length);
	tables.clear();
	const cells = sentences.length * size;
	const found = last && last.found.length >= cells ? last.found.fill(UNKNOWN, 0, cells) : new Uint8Array(cells);
	const prepared = sentences.map((sentence, i) => prepareOne(cues, sentence, tables, found, i * size));
	prepared.forEach((s, i) => {
		const neighbours = [prepared[i - 1], prepared[i + 1]];
		for (const kind of cues.terms) {
			const hit = fireKind(kind, s, neighbours);
			if (hit) s.terms.set(kind.kind, hit);
		}
	});
	lastPrepared.set(cues, {sentences, prepared, tables, found});
	return prepared;
}

function prepareOne(cues: CompiledCues, sentence: Sentence, tables: CueTables, found: Uint8Array, foundAt: number): PreparedSentence {
	const text = HAS_TYPOGRAPHIC.test(sentence.text) ? sentence.text.replace(TYPOGRAPHIC, (c) => PLAIN[c] ?? c) : sentence.text;
	const openAt = openCueTable(text, cues.gate, tables);
	const s: PreparedSentence = {sentence, text, open: tables, openAt, found, foundAt, hasNegotiation: false, terms: new Map()};
	s.hasNegotiation = testCue(cues.negotiation, s);
	return s;
}

/** True when the cue matches somewhere in the sentence (the word gate first, then the regex); remembered per sentence. */
export function testCue(cue: Cue, s: PreparedSentence): boolean {
	const known = s.found[s.foundAt + cue.id]!;
	if (known !== UNKNOWN) return known === PRESENT;
	const found = cue.gated ? narrowToFirstMatch(cue, s) || (cue.rest !== null && mayMatchRest(cue, s) && scanTest(cue.rest, s.text)) : scanTest(cue.re, s.text);
	s.found[s.foundAt + cue.id] = found ? PRESENT : ABSENT;
	return found;
}

// False when the sentence lacks every word that the cue's ungated alternatives require.
function mayMatchRest(cue: Cue, s: PreparedSentence): boolean {
	return cue.restLiterals === null || cue.restLiterals.test(s.text);
}

function scanTest(re: RegExp, text: string): boolean {
	re.lastIndex = 0;
	const found = re.test(text);
	re.lastIndex = 0;
	return found;
}

// Tries the cue's starts in order; the ones before the first match can never match, so they are dropped.
function narrowToFirstMatch(cue: Cue, s: PreparedSentence): boolean {
	const {data, size} = s.open;
	const cell = s.openAt + cue.id;
	const to = data[cell + size]!;
	for (let i = data[cell]!; i < to; i++) {
		if (stickyAt(cue, s.text, data[i]!) >= 0) {
			data[cell] = i;
			return true;
		}
	}
	data[cell] = to;
	return false;
}

/** End of the match found by the last `nextStart` that returned a start. */
let spanEnd = 0;

/**
 * Where the first match of the cue at or after offset `from` starts (its end
 * is then in `spanEnd`), or -1: tried only at the word starts that open it, or
 * by a scan when the cue is ungated. When only some alternatives are gated, the
 * match starts where the gated ones match or where the others (scanned for) do,
 * whichever is first, and is taken there with the whole cue: what a scan with
 * the whole cue would find. Sticky tests, not exec: no match array per try.
 */
export function nextStart(cue: Cue, s: PreparedSentence, from: number): number {
	if (s.found[s.foundAt + cue.id] === ABSENT) return -1;
	const gated = nextGatedStart(cue, s, from);
	if (!cue.rest || !mayMatchRest(cue, s)) return gated;
	cue.rest.lastIndex = from;
	const rest = cue.rest.exec(s.text);
	cue.rest.lastIndex = 0;
	if (!rest || (gated >= 0 && gated <= rest.index)) return gated;
	return stickyAt(cue, s.text, rest.index);
}

/** The end of the match that `nextStart` last found. */
export function matchEnd(): number {
	return spanEnd;
}

function nextGatedStart(cue: Cue, s: PreparedSentence, from: number): number {
	if (!cue.gated) {
		cue.re.lastIndex = from;
		const match = cue.re.exec(s.text);
		cue.re.lastIndex = 0;
		if (!match || match.index < from) return -1;
		spanEnd = match.index + match[0].length;
		return match.index;
	}
	const {data, size} = s.open;
	const cell = s.openAt + cue.id;
	const to = data[cell + size]!;
	for (let i = data[cell]!; i < to; i++) {
		const start = data[i]!;
		if (start >= from && stickyAt(cue, s.text, start) >= 0) return start;
	}
	return -1;
}

// `start` when the whole cue matches there (its end in spanEnd), else -1.
function stickyAt(cue: Cue, text: string, start: number): number {
	cue.sticky.lastIndex = start;
	if (!cue.sticky.test(text)) return -1;
	spanEnd = cue.sticky.lastIndex;
	return start;
}

/** True when a negator directly precedes the span starting at `start`. */
export function isNegatedAt(text: string, start: number): boolean {
	return NEGATED_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/**
 * Tests one rule against a prepared sentence (term rules look at its term hits).
 */
export function fireRule(rule: CompiledRule, s: PreparedSentence, neighbours: ReadonlyArray<PreparedSentence | undefined> = NO_NEIGHBOURS): CueHit | null {
	let hit: CueHit | null = null;
	if (rule.term) {
		hit = s.terms.get(rule.term) ?? null;
	} else if (rule.cue) {
		if (rule.context && !s.hasNegotiation) return null;
		hit = firstCueHit(rule.cue, s, rule.negatable);
	}
	if (!hit) return null;
	if (rule.unless && testCue(rule.unless, s)) return null;
	if (!rule.adjacent) {
		for (const group of rule.near) if (!testCue(group, s)) return null;
		return rule.term ? withMarker(hit, rule.near[0], s) : hit;
	}
	for (const n of neighbours) {
		if (n?.sentence.paragraph === s.sentence.paragraph && rule.near.every((group) => testCue(group, n))) return hit;
	}
	return null;
}

const NO_NEIGHBOURS: ReadonlyArray<PreparedSentence | undefined> = [];

// A term-keyed obstacle reads better with its marker: "doesn't include a permanent ceasefire".
function withMarker(hit: CueHit, marker: Cue | undefined, s: PreparedSentence): CueHit {
	const start = marker ? nextStart(marker, s, 0) : -1;
	if (start < 0 || Math.abs(start - hit.start) > MARKER_REACH) return hit;
	return {start: Math.min(hit.start, start), end: Math.max(hit.end, spanEnd)};
}

/** The first match of a cue that is not directly negated (when negation applies). */
export function firstCueHit(cue: Cue, s: PreparedSentence, negatable: boolean): CueHit | null {
	let from = 0;
	let start: number;
	while ((start = nextStart(cue, s, from)) >= 0) {
		const end = spanEnd;
		from = start + 1;
		if (end === start) continue;
		if (!negatable || !isNegatedAt(s.text, start)) return {start, end};
	}
	return null;
}

/** The first rule of a kind that fires on the sentence, or null. */
export function fireKind<K extends string>(kind: CompiledKind<K>, s: PreparedSentence, neighbours?: Array<PreparedSentence | undefined>): CueHit | null {
	for (const rule of kind.rules) {
		const hit = fireRule(rule, s, neighbours);
		if (hit) return hit;
	}
	return null;
}
