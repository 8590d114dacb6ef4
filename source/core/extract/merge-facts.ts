import type {Evidence} from '../types.js';
import type {Sentence} from './split-sentences.js';

/** Most evidence sentences kept per fact. */
export const MAX_EVIDENCE = 5;

/** The evidence span of a whole sentence. */
export function sentenceEvidence(sentence: Sentence): Evidence {
	return {text: sentence.text, start: sentence.start, end: sentence.end};
}

/** Adds a sentence to a fact's evidence unless it is already there or the cap is reached. */
export function addEvidence(evidence: Evidence[], sentence: Sentence): void {
	if (evidence.length >= MAX_EVIDENCE) return;
	if (evidence.some((e) => e.start === sentence.start)) return;
	evidence.push(sentenceEvidence(sentence));
}

/**
 * Groups sightings by kind, in order of first sighting: one fact per kind with
 * the evidence of all its sentences (capped), merged by `merge`.
 */
export function mergeByKind<K, F extends {kind: K; evidence: Evidence[]}>(
	sightings: Array<{fact: F; sentence: Sentence}>,
	merge: (into: F, next: F) => void,
): F[] {
	const byKind = new Map<K, F>();
	for (const {fact, sentence} of sightings) {
		const existing = byKind.get(fact.kind);
		if (existing) {
			merge(existing, fact);
			addEvidence(existing.evidence, sentence);
		} else {
			byKind.set(fact.kind, {...fact, evidence: [sentenceEvidence(sentence)]});
		}
	}
	return [...byKind.values()];
}
