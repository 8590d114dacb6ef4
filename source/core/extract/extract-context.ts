import type {Knowledge} from '../knowledge/load-knowledge.js';
import type {Sentence} from './split-sentences.js';

/** What every extractor sees of one report. */
export interface ExtractContext {
	/** The cleaned text; evidence offsets point into it. */
	text: string;
	sentences: Sentence[];
	knowledge: Knowledge;
}
