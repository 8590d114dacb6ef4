import {setFlagsFromString} from 'node:v8';

/**
 * V8 flags for an extraction load, set once before the first report is
 * extracted (they are read each time the optimising compiler runs, so setting
 * them at run time works; worker threads share the process's flags).
 * Extraction runs a few very large functions once per report; with V8's
 * default inlining budget each of them is compiled to a huge optimised unit
 * that is thrown away and rebuilt whenever a later report takes a new path.
 * A smaller budget compiles less and spends less time in the optimising
 * compiler (helper threads) without slowing the main thread: see the README's
 * benchmark notes. PARLEY_V8_FLAGS overrides them ('' turns them off).
 */
export const EXTRACTION_V8_FLAGS = '--max-inlined-bytecode-size-cumulative=300';

let tuned = false;

export function tuneV8ForExtraction(): void {
	if (tuned) return;
	tuned = true;
	const flags = process.env['PARLEY_V8_FLAGS'] ?? EXTRACTION_V8_FLAGS;
	for (const flag of flags.split(/\s+/).filter(Boolean)) setFlagsFromString(flag);
}
