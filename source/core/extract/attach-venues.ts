import type {Evidence} from '../types.js';
import type {VenueMention} from './find-venues.js';
import type {Sentence} from './split-sentences.js';

/**
 * The venues a fact belongs to: report venues named in its evidence sentences,
 * else in their paragraphs. A city named only as a metonym, a dateline or a
 * caption does not count.
 */
export function venuesForEvidence(evidence: Evidence[], sentences: Sentence[], mentions: VenueMention[], reportVenues: string[]): string[] {
	const counted = mentions.filter((m) => m.status !== 'metonym' && m.status !== 'excluded' && reportVenues.includes(m.name));
	const inSpan = (from: number, to: number) => unique(counted.filter((m) => m.start >= from && m.end <= to).map((m) => m.name));
	const direct = unique(evidence.flatMap((e) => inSpan(e.start, e.end)));
	if (direct.length) return direct;
	const paragraphs = new Set(sentences.filter((s) => evidence.some((e) => s.start < e.end && s.end > e.start)).map((s) => s.paragraph));
	return unique(counted.filter((m) => paragraphs.has(m.paragraph)).map((m) => m.name));
}

function unique<T>(items: T[]): T[] {
	return [...new Set(items)];
}
