import type {Knowledge} from '../knowledge/load-knowledge.js';
import type {IngestedReport, Report} from '../types.js';
import type {ExtractContext} from './extract-context.js';
import {extractObstacles} from './extract-obstacles.js';
import {extractStatus} from './extract-status.js';
import {extractTerms} from './extract-terms.js';
import {splitSentences} from './split-sentences.js';

/** Bumped whenever extraction logic changes: part of cache keys. */
export const EXTRACTOR_VERSION = '0.1.0';

/**
 * Normalises one ingested report into negotiation facts with evidence.
 * Pure: same input and knowledge give the same output.
 */
export function extractReport(doc: IngestedReport, knowledge: Knowledge): Report {
	const ctx: ExtractContext = {text: doc.text, sentences: splitSentences(doc.text), knowledge};
	return {
		file: doc.file,
		title: doc.title,
		url: doc.url,
		date: doc.date ?? null,
		dateSource: doc.date ? 'metadata' : 'none',
		dateEvidence: [],
		outlet: doc.outlet ?? null,
		venues: [],
		mediators: [],
		parties: [],
		terms: extractTerms(ctx),
		obstacles: extractObstacles(ctx),
		status: extractStatus(ctx),
		sha256: doc.sha256,
		warnings: doc.warnings,
		text: doc.text,
	};
}
