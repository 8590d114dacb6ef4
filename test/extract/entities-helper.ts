import {extractEntities, type Entities} from '../../source/core/extract/extract-entities.js';
import {splitSentences} from '../../source/core/extract/split-sentences.js';
import {compileKnowledge} from '../../source/core/knowledge/compile-knowledge.js';
import {loadKnowledge} from '../../source/core/knowledge/load-knowledge.js';

const knowledge = loadKnowledge();

/** Entity extraction over an invented text with the bundled knowledge. */
export function entitiesOf(text: string, meta: {date?: string; outlet?: string; title?: string} = {}): Entities {
	return extractEntities(splitSentences(text), compileKnowledge(knowledge), meta);
}

/** Mediator names split as the scorer does: states and organisations, then people. */
export function mediatorNames(e: Entities): {states: string[]; people: string[]} {
	return {
		states: e.mediators.filter((m) => m.type !== 'person').map((m) => m.name).sort(),
		people: e.mediators.filter((m) => m.type === 'person').map((m) => m.name).sort(),
	};
}

export function partyNames(e: Entities): string[] {
	return e.parties.map((p) => p.name).sort();
}

/** The date inferred from an invented text. */
export function dateOf(text: string): string | null {
	return entitiesOf(text).date;
}

/** The inferred date's evidence labels, joined with " | ". */
export function dateEvidenceOf(text: string): string {
	return entitiesOf(text).dateEvidence.join(' | ');
}

/** Whether the date evidence of `text` names the event matching `event`. */
export function namesEvent(text: string, event: RegExp): boolean {
	return event.test(dateEvidenceOf(text));
}
