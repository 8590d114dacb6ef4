import type {Term} from '../types.js';
import {compileCues} from './cues/compile-cues.js';
import {prepareSentences} from './cues/match-cues.js';
import type {ExtractContext} from './extract-context.js';
import {keyPhrase} from './key-phrase.js';
import {mergeByKind} from './merge-facts.js';
import type {Sentence} from './split-sentences.js';
import {findStatedDuration, readAttributes} from './term-attributes.js';

/** Words that show a sentence states something about the deal itself ("the agreement will go on for 60 days"). */
const DEAL_SUBJECT = /\b(?:agreement|deal|truce|cease-?fire|accord|pause|arrangement)\b/i;

/**
 * Terms on the table (kinds from facts-spec.md), each with its evidence.
 * One term per kind: its text comes from the sentence that says most about it,
 * each attribute from the first sentence that states it, and every sentence
 * that names it is evidence (capped).
 * `venues` is filled by the orchestrator.
 */
export function extractTerms(ctx: ExtractContext): Term[] {
	const cues = compileCues(ctx.knowledge);
	const sightings: Array<{fact: Term; sentence: Sentence}> = [];
	for (const {sentence, terms} of prepareSentences(cues, ctx.sentences)) {
		if (ctx.captions?.has(sentence.paragraph)) continue;
		// Words that make a permanent ceasefire ("a permanent cessation of hostilities", "an end to the fighting"
		// that the other side rules out) do not also make a plain one.
		const permanent = terms.get('permanent-ceasefire');
		for (const [kind, hit] of terms) {
			if (kind === 'ceasefire' && permanent && hit.start < permanent.end && permanent.start < hit.end) continue;
			const term: Term = {kind, text: keyPhrase(sentence.text, hit.start, hit.end), venues: [], evidence: []};
			Object.assign(term, definedOnly(readAttributes(kind, sentence.text, hit.start, hit.end, cues)));
			sightings.push({fact: term, sentence});
		}
	}
	// The text comes from the most informative sighting (most attributes; the first on a tie).
	const textScore = new WeakMap<Term, number>();
	const terms = mergeByKind(sightings, (into, next) => {
		const score = informativeness(next);
		if (score > (textScore.get(into) ?? informativeness(into))) {
			into.text = next.text;
			textScore.set(into, score);
		}
		mergeTerm(into, next);
	});
	fillStatedDuration(terms, ctx.sentences);
	return terms;
}

// Keeps the first value of each attribute; categories accumulate.
function mergeTerm(into: Term, next: Term): void {
	into.duration ??= next.duration;
	into.count ??= next.count;
	into.phase ??= next.phase;
	into.scope ??= next.scope;
	if (next.categories) into.categories = [...new Set([...(into.categories ?? []), ...next.categories])];
}

// A ceasefire whose length is only given in a sentence about "the agreement".
function fillStatedDuration(terms: Term[], sentences: Sentence[]): void {
	const ceasefire = terms.find((t) => t.kind === 'ceasefire');
	if (!ceasefire || ceasefire.duration) return;
	for (const sentence of sentences) {
		if (!DEAL_SUBJECT.test(sentence.text)) continue;
		const duration = findStatedDuration(sentence.text);
		if (duration) {
			ceasefire.duration = duration;
			return;
		}
	}
}

function informativeness(term: Term): number {
	return [term.duration, term.count, term.phase, term.scope, term.categories].filter((v) => v !== undefined).length;
}

function definedOnly<T extends object>(value: T): Partial<T> {
	const out: Partial<T> = {};
	for (const key in value) if (value[key] !== undefined) out[key] = value[key];
	return out;
}
