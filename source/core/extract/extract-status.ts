import type {Status} from '../types.js';
import type {ExtractContext} from './extract-context.js';

/** The report's reading of momentum: progress, stalled, mixed or null, with cue sentences. */
export function extractStatus(ctx: ExtractContext): Status {
	void ctx;
	return {value: null, evidence: []};
}
