import type {Term} from '../types.js';
import type {ExtractContext} from './extract-context.js';

/** Terms on the table (kinds from facts-spec.md), each with its evidence. `venues` is filled by the orchestrator. */
export function extractTerms(ctx: ExtractContext): Term[] {
	void ctx;
	return [];
}
