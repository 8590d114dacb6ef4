import {compileKnowledge} from '../knowledge/compile-knowledge.js';
import type {Knowledge} from '../knowledge/load-knowledge.js';
import type {Evidence, IngestedReport, Report} from '../types.js';
import {venuesForEvidence} from './attach-venues.js';
import type {ExtractContext} from './extract-context.js';
import {extractEntities} from './extract-entities.js';
import {extractObstacles} from './extract-obstacles.js';
import {extractStatus} from './extract-status.js';
import {extractTerms} from './extract-terms.js';
import {splitSentences} from './split-sentences.js';

export {EXTRACTOR_VERSION} from './extractor-version.js';

/**
 * Normalises one ingested report into negotiation facts with evidence.
 * Pure: same input and knowledge give the same output.
 * 1. split the cleaned text into sentences with offsets
 * 2. entities: captions, venues, mediators, parties, date, outlet (extract-entities.ts)
 * 3. terms, obstacles and momentum
 * 4. each term and obstacle gets the venues of its sentence, else of its paragraph
 */
export function extractReport(doc: IngestedReport, knowledge: Knowledge): Report {
	const compiled = compileKnowledge(knowledge);
	const sentences = splitSentences(doc.text);
	const entities = extractEntities(sentences, compiled, {date: doc.date, outlet: doc.outlet, title: doc.title});
	const ctx: ExtractContext = {text: doc.text, sentences, knowledge, compiled, captions: entities.captions};
	const withVenues = <T extends {evidence: Evidence[]; venues: string[]}>(fact: T): T => ({
		...fact,
		venues: venuesForEvidence(fact.evidence, sentences, entities.venueMentions, entities.venues),
	});
	return {
		file: doc.file,
		title: doc.title,
		url: doc.url,
		date: entities.date,
		dateSource: entities.dateSource,
		dateEvidence: entities.dateEvidence,
		outlet: entities.outlet,
		venues: entities.venues,
		mediators: entities.mediators,
		parties: entities.parties,
		terms: extractTerms(ctx).map(withVenues),
		obstacles: extractObstacles(ctx).map(withVenues),
		status: extractStatus(ctx),
		sha256: doc.sha256,
		warnings: doc.warnings,
		text: doc.text,
	};
}
