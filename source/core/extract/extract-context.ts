import type {CompiledKnowledge} from '../knowledge/compile-knowledge.js';
import type {Knowledge} from '../knowledge/load-knowledge.js';
import type {Sentence} from './split-sentences.js';

/** What every extractor sees of one report. */
export interface ExtractContext {
	/** The cleaned text; evidence offsets point into it. */
	text: string;
	sentences: Sentence[];
	knowledge: Knowledge;
	/** Lookups and regexes built once per knowledge version. */
	compiled?: CompiledKnowledge;
	/** Paragraph numbers that are photo captions or credits: no facts come from them. */
	captions?: Set<number>;
}
