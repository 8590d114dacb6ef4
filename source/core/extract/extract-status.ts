import type {Momentum, Status} from '../types.js';
import {compileCues} from './cues/compile-cues.js';
import type {Cue} from './cues/compile-cues.js';
import {isNegatedAt, nextStart, type PreparedSentence, prepareSentences, testCue} from './cues/match-cues.js';
import type {ExtractContext} from './extract-context.js';
import {addEvidence} from './merge-facts.js';
import type {Sentence} from './split-sentences.js';

/** Words before a momentum cue that cancel it: "hopes for progress", "any progress", "little progress". */
const HOPED_BEFORE = /\b(?:any|little|without|lack of|hopes? for|hoping for|chance of|prospects? (?:of|for)|likelihood of|(?:pressure|push|pushing|calls?|need|needed|seeking|seek) (?:builds? )?for(?: some sort of)?|delay(?:s|ed|ing)?|slow(?:s|ed|ing)?|hinder(?:s|ed)?|block(?:s|ed|ing)?|stall(?:s|ed|ing)?|hamper(?:s|ed)?)\s+(?:(?:a|an|the|real|major|some|any)\s+)?$/i;
/** A state the talks have left behind: "after months of deadlock", "restart talks that have been stalled". */
const OVERCOME_BEFORE = /\b(?:after|following|since|ending|ended|end|broke|break|breaking|overcome|overcame|revive|revived|restart|restarted|shake loose|unblock|unblocked|resume|resumed)\s+(?:(?:the|a|an|of|long|months?|weeks?|years?|days|two|three|several|talks|negotiations|that|have|has|had|been)\s+){0,5}$/i;
/** A cue inside a condition does not describe the talks: "if the talks fail", "unless a breakthrough comes". */
const CONDITIONAL_BEFORE = /\b(?:if|unless|until|lest|whether|in case)\b[^,.;:]*$/i;
/** Characters before a cue searched for what cancels it. */
const LOOK_BACK = 50;
/** Below this share of the weaker side, the stronger side wins outright. */
const MIXED_RATIO = 0.5;

/**
 * The report's reading of momentum: progress, stalled, mixed or null, with the
 * cue sentences as evidence. A sentence about the talks votes at most once per
 * side; a cue that is negated ("no breakthrough" votes stalled, not progress),
 * merely hoped for, or sits in a hedged sentence ("rejected the idea
 * that talks had broken down") does not count. Mixed when both sides are
 * substantial (the weaker has at least half the votes of the stronger).
 */
export function extractStatus(ctx: ExtractContext): Status {
	const cues = compileCues(ctx.knowledge);
	const votes = {progress: [] as Sentence[], stalled: [] as Sentence[]};
	for (const s of prepareSentences(cues, ctx.sentences)) {
		const {sentence} = s;
		if (ctx.captions?.has(sentence.paragraph)) continue;
		if (!testCue(cues.momentum.context, s) || (cues.momentum.hedges && testCue(cues.momentum.hedges, s))) continue;
		if (countsAsCue(cues.momentum.stalled, s)) votes.stalled.push(sentence);
		if (countsAsCue(cues.momentum.progress, s)) votes.progress.push(sentence);
	}
	const value = decide(votes.progress.length, votes.stalled.length);
	const evidence: Status['evidence'] = [];
	const ordered = value === 'stalled' ? [votes.stalled, votes.progress] : [votes.progress, votes.stalled];
	if (value) for (const sentence of interleave(ordered[0]!, value === 'mixed' ? ordered[1]! : [])) addEvidence(evidence, sentence);
	evidence.sort((a, b) => a.start - b.start);
	return {value, evidence};
}

function decide(progress: number, stalled: number): Momentum | null {
	if (progress === 0 && stalled === 0) return null;
	const weaker = Math.min(progress, stalled);
	const stronger = Math.max(progress, stalled);
	if (weaker / stronger >= MIXED_RATIO) return 'mixed';
	return progress > stalled ? 'progress' : 'stalled';
}

function countsAsCue(cue: Cue, s: PreparedSentence): boolean {
	let from = 0;
	let start: number;
	while ((start = nextStart(cue, s, from)) >= 0) {
		from = start + 1;
		const before = s.text.slice(Math.max(0, start - LOOK_BACK), start);
		if (isNegatedAt(s.text, start) || HOPED_BEFORE.test(before) || CONDITIONAL_BEFORE.test(before) || OVERCOME_BEFORE.test(before)) continue;
		return true;
	}
	return false;
}

function interleave<T>(a: T[], b: T[]): T[] {
	const out: T[] = [];
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		if (i < a.length) out.push(a[i]!);
		if (i < b.length) out.push(b[i]!);
	}
	return out;
}
