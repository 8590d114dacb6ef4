import type {Obstacle} from '../types.js';
import type {ExtractContext} from './extract-context.js';

/** Stated obstacles to a deal (kinds from facts-spec.md). `venues` is filled by the orchestrator. */
export function extractObstacles(ctx: ExtractContext): Obstacle[] {
	void ctx;
	return [];
}
