import type {Obstacle} from '../types.js';
import {compileCues} from './cues/compile-cues.js';
import {fireKind, prepareSentences} from './cues/match-cues.js';
import type {ExtractContext} from './extract-context.js';
import {keyPhrase} from './key-phrase.js';
import {mergeByKind} from './merge-facts.js';
import type {Sentence} from './split-sentences.js';

/**
 * Stated obstacles to a deal (kinds from facts-spec.md). An obstacle comes
 * either from its own cue ("risk of a wider war", "threatening to bring down
 * the government") or from a term that the same sentence presents as disputed
 * ("Hamas demands a permanent ceasefire, which Israel refuses" →
 * end-of-war-dispute). `venues` is filled by the orchestrator.
 */
export function extractObstacles(ctx: ExtractContext): Obstacle[] {
	const cues = compileCues(ctx.knowledge);
	const sightings: Array<{fact: Obstacle; sentence: Sentence}> = [];
	const prepared = prepareSentences(cues, ctx.sentences);
	for (let i = 0; i < prepared.length; i++) {
		const s = prepared[i]!;
		if (ctx.captions?.has(s.sentence.paragraph)) continue;
		const neighbours = [prepared[i - 1], prepared[i + 1]];
		for (const kind of cues.obstacles) {
			const hit = fireKind(kind, s, neighbours);
			if (!hit) continue;
			sightings.push({fact: {kind: kind.kind, text: keyPhrase(s.sentence.text, hit.start, hit.end), venues: [], evidence: []}, sentence: s.sentence});
		}
	}
	return mergeByKind(sightings, () => undefined);
}
