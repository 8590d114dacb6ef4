import assert from 'node:assert/strict';
import {test} from 'node:test';
import {extractObstacles} from '../../source/core/extract/extract-obstacles.js';
import {extractTerms} from '../../source/core/extract/extract-terms.js';
import {loadKnowledge, type Knowledge} from '../../source/core/knowledge/load-knowledge.js';
import type {ExtractContext} from '../../source/core/extract/extract-context.js';
import {splitSentences} from '../../source/core/extract/split-sentences.js';

let knowledge: Knowledge | undefined;

/** An extraction context over `text` with the bundled knowledge (loaded once per test file). */
export function contextOf(text: string): ExtractContext {
	knowledge ??= loadKnowledge();
	return {text, sentences: splitSentences(text), knowledge};
}

/** A knowledge object whose only data is `data` (for validation tests). */
export function knowledgeWith(data: Record<string, unknown>): Knowledge {
	return {version: 'test', files: [], data};
}

/** The obstacle kinds found in `text` (terms first, as the extractor runs), sorted and unique. */
export function obstacleKindsOf(text: string): string[] {
	const ctx = contextOf(text);
	extractTerms(ctx);
	return [...new Set(extractObstacles(ctx).map((o) => o.kind))].sort();
}

/** The term kinds found in `text`, in the extractor's order. */
export function termKindsOf(text: string): string[] {
	return extractTerms(contextOf(text)).map((t) => t.kind);
}

/** One test per [sentence, obstacle kinds expected] case: exactly those kinds, in any order. */
export function testObstacleCases(cases: Array<[string, string[]]>): void {
	for (const [text, want] of cases) {
		test(text, () => {
			assert.deepEqual(obstacleKindsOf(text), [...want].sort());
		});
	}
}

/** One test per [sentence, term kind, expected present?] case. */
export function testTermCases(cases: Array<[string, string, boolean]>): void {
	for (const [text, kind, present] of cases) {
		test(`term ${kind} ${present ? 'in' : 'not in'}: ${text}`, () => {
			const kinds = termKindsOf(text);
			assert.equal(kinds.includes(kind as never), present, `terms: ${kinds.join(', ')}`);
		});
	}
}
