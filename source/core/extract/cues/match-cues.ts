import type {Sentence} from '../split-sentences.js';
import type {TermKind} from '../../types.js';
import type {CompiledCues, CompiledKind, CompiledRule} from './compile-cues.js';

/** Where a rule fired, as offsets into the sentence text. */
export interface CueHit {
	start: number;
	end: number;
}

/** A negator right before a cue: "no end to the war", "not a ceasefire". */
const NEGATED_BEFORE = /\b(?:no|not|never|nor)\s+(?:(?:a|an|any|the)\s+)?$/i;
/** Typographic hyphens and quotes, replaced one for one so offsets survive. */
const TYPOGRAPHIC = /[\u2010\u2011\u2018\u2019\u201C\u201D]/g;
const PLAIN: Record<string, string> = {'\u2010': '-', '\u2011': '-', '\u2018': "'", '\u2019': "'", '\u201C': '"', '\u201D': '"'};

/** The sentence with typographic hyphens and quotes made plain; same length, so offsets hold. */
export function matchText(sentence: string): string {
	return sentence.replace(TYPOGRAPHIC, (c) => PLAIN[c] ?? c);
}

/** True when a negator directly precedes the span starting at `start`. */
export function isNegatedAt(text: string, start: number): boolean {
	return NEGATED_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/**
 * Tests one rule against a sentence (already passed through `matchText`).
 * `terms` holds the term hits of the sentence, for obstacle rules keyed on a term.
 */
export function fireRule(rule: CompiledRule, text: string, hasNegotiation: boolean, terms?: Map<TermKind, CueHit>): CueHit | null {
	if (rule.term && !terms) throw new Error('fireRule: a term rule needs the sentence\'s term hits');
	let hit: CueHit | null = null;
	if (rule.term) {
		hit = terms!.get(rule.term) ?? null;
	} else if (rule.cue) {
		if (rule.context && !hasNegotiation) return null;
		hit = firstCueHit(rule.cue, text, rule.negatable);
	}
	if (!hit) return null;
	if (rule.unless?.test(text)) return null;
	for (const group of rule.near) if (!group.test(text)) return null;
	return hit;
}

/** The first match of a global cue regex that is not directly negated (when negation applies). */
export function firstCueHit(cue: RegExp, text: string, negatable: boolean): CueHit | null {
	cue.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = cue.exec(text))) {
		if (match[0] === '') {
			cue.lastIndex++;
			continue;
		}
		if (!negatable || !isNegatedAt(text, match.index)) return {start: match.index, end: match.index + match[0].length};
	}
	return null;
}

/** The first rule of a kind that fires on the sentence, or null. */
export function fireKind<K extends string>(kind: CompiledKind<K>, text: string, hasNegotiation: boolean, terms?: Map<TermKind, CueHit>): CueHit | null {
	const cueMayFire = kind.prefilter ? kind.prefilter.test(text) : false;
	for (const rule of kind.rules) {
		if (rule.cue && !cueMayFire) continue;
		const hit = fireRule(rule, text, hasNegotiation, terms);
		if (hit) return hit;
	}
	return null;
}

const termCache = new WeakMap<CompiledCues, WeakMap<Sentence, Map<TermKind, CueHit>>>();

/**
 * The term kinds a sentence yields, with where each fired. Terms need a
 * negotiation word in the sentence unless a rule says otherwise.
 * Cached per sentence, since obstacles reuse the hits.
 */
export function termHits(cues: CompiledCues, sentence: Sentence): Map<TermKind, CueHit> {
	let perSentence = termCache.get(cues);
	if (!perSentence) termCache.set(cues, (perSentence = new WeakMap()));
	const cached = perSentence.get(sentence);
	if (cached) return cached;
	const text = matchText(sentence.text);
	const hasNegotiation = cues.negotiation.test(text);
	const hits = new Map<TermKind, CueHit>();
	for (const kind of cues.terms) {
		const hit = fireKind(kind, text, hasNegotiation);
		if (hit) hits.set(kind.kind, hit);
	}
	perSentence.set(sentence, hits);
	return hits;
}
