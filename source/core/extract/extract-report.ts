import {compileKnowledge} from '../knowledge/compile-knowledge.js';
import type {Knowledge} from '../knowledge/load-knowledge.js';
import type {IngestedReport, Report} from '../types.js';
import {venuesForEvidence} from './attach-venues.js';
import {classifyActors} from './classify-actors.js';
import type {ExtractContext} from './extract-context.js';
import {extractObstacles} from './extract-obstacles.js';
import {extractStatus} from './extract-status.js';
import {extractTerms} from './extract-terms.js';
import {findCaptionParagraphs} from './find-captions.js';
import {findMentions} from './find-mentions.js';
import {findOutlet} from './find-outlet.js';
import {findVenues} from './find-venues.js';
import {inferDate} from './infer-date.js';
import {splitSentences} from './split-sentences.js';

/** Bumped whenever extraction logic changes: part of cache keys. */
export const EXTRACTOR_VERSION = '0.2.0';

/**
 * Normalises one ingested report into negotiation facts with evidence.
 * Pure: same input and knowledge give the same output.
 * 1. split sentences; mark photo captions and credits
 * 2. find venue mentions and judge them (talks venue, place, metonym)
 * 3. find actor mentions (knowledge, role cues, NER on cue sentences)
 * 4. split actors into parties and mediators
 * 5. terms, obstacles, momentum; each term and obstacle gets its venues
 * 6. outlet and date: metadata first, else from the text
 */
export function extractReport(doc: IngestedReport, knowledge: Knowledge): Report {
	const compiled = compileKnowledge(knowledge);
	const sentences = splitSentences(doc.text);
	const captions = findCaptionParagraphs(sentences);
	const ctx: ExtractContext = {text: doc.text, sentences, knowledge, compiled, captions};

	const venueResult = findVenues(sentences, captions, compiled);
	const {mentions, people} = findMentions(sentences, captions, compiled);
	const {mediators, parties, conflictStarts} = classifyActors(sentences, mentions, people, venueResult.mentions, compiled);

	const withVenues = <T extends {evidence: Report['terms'][number]['evidence']; venues: string[]}>(fact: T): T => ({
		...fact,
		venues: venuesForEvidence(fact.evidence, sentences, venueResult.mentions, venueResult.venues),
	});
	const terms = extractTerms(ctx).map(withVenues);
	const obstacles = extractObstacles(ctx).map(withVenues);

	const date = doc.date
		? {date: doc.date, dateSource: 'metadata' as const, dateEvidence: []}
		: inferDate(sentences, captions, mentions, compiled, conflictStarts, parties.map((p) => p.name));
	return {
		file: doc.file,
		title: doc.title,
		url: doc.url,
		...date,
		outlet: doc.outlet ?? findOutlet(sentences, compiled),
		venues: venueResult.venues,
		mediators,
		parties,
		terms,
		obstacles,
		status: extractStatus(ctx),
		sha256: doc.sha256,
		warnings: doc.warnings,
		text: doc.text,
	};
}
