import type {CompiledKnowledge} from '../knowledge/compile-knowledge.js';
import type {ConflictEntry} from '../knowledge/knowledge-types.js';
import type {ActorMention} from './find-mentions.js';
import type {Sentence} from './split-sentences.js';

/** Two actors the text sets against each other ("talks between X and Y", "X-Y talks"). */
export interface SidePair {
	a: string;
	b: string;
	sentence: number;
}

/** A negotiation the report is about, with the side members it names. */
export interface ActiveConflict {
	conflict: ConflictEntry;
	/** Side members named with pair evidence ("between Israel and Hamas"). */
	firm: Set<string>;
	/** Side members only named near talk cues. */
	soft: Set<string>;
	/** Every side member the report names. */
	named: Set<string>;
}

const HYPHEN_JOIN = /^\s*[-‐‑–]\s*$/u;
// " and the ", also after a demonym's noun: "the Colombian government and the EMC", and before a backer
// ("Israel and the Iran-backed Hezbollah").
const AND_JOIN = /^(?:['’]s)?\s*(?:(?:government|army|military|forces|authorities|delegation|side|officials|negotiators|team|regime)\s*)?(?:,\s*)?and\s+(?:the\s+)?(?:[\p{L}.]+[-‐‑–](?:backed|funded|sponsored|supported|allied|aligned|armed|affiliated|financed)\s+)?$/iu;
const BETWEEN = /\bbetween\s+(?:the\s+)?$/i;
// "the US envoy had spent a year negotiating with Taliban representatives", "Washington's talks with Tehran":
// the first actor (or its envoy, in the same clause) negotiates with the second.
const WITH_JOIN = /^(?:['’]s)?\s+(?![^.;:]*\b(?:mediat\w*|broker\w*|host\w*|facilitat\w*|on behalf of)\b)[^.;:,()]{0,80}?\b(?:negotiat(?:e|es|ed|ing)|(?:peace |direct )?talks|talking|talked)\s+(?:directly\s+)?with\s+(?:the\s+)?$/iu;
// A side answering the mediators' text ("Lebanese officials said they delivered their response to the U.S. draft",
// "Lebanon's reply to the proposal"): it negotiates, even when another member of its side has pair evidence.
// "Lebanese officials said the U.S. proposal ...": a side's officials speaking about the talks.
const SPEAKS_AFTER = /^\s+(?:(?:senior|top)\s+)?(?:officials|negotiators|government|leaders|authorities|delegation|delegates)\s+(?:have\s+|had\s+)?(?:said|say|says|told)\b/i;
// A cheap necessary condition for WITH_JOIN: its gap ends with "with" and a space.
const WITH_WORD = /with\s/i;
const RESPONDS_AFTER =
	/^(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:response|reply|answer|counter-?proposal|amendments|comments)\s+(?:to|on)\b|\s+(?:[\w-]+\s+){0,3}?(?:(?:said|says|say)\s+(?:they|it)\s+(?:had\s+|have\s+|has\s+|would\s+)?)?(?:delivered|submitted|sent|handed(?:\s+over)?|gave|presented|conveyed)\s+(?:its|their|a|the)\s+(?:[\w-]+\s+)?(?:response|reply|answer|counter-?proposal|amendments|comments|remarks|feedback)\b)/i;

// A side answering a proposal, or setting its own condition, speaks as a side: "Lebanon's remarks on the proposal",
// "Lebanon replied to the U.S. draft", "the paper, which Lebanon answered in writing", "Kigali, for its part,
// maintains that its measures will be lifted only once the militia is dismantled".
const REMARKS_AFTER = /^['’]s\s+(?:[\w-]+\s+){0,2}?(?:remarks|observations|reservations|notes|objections)\s+(?:to|on)\b/i;
const PROPOSAL_WORD = String.raw`(?:proposal|paper|draft|text|offer|plan|terms|document|questions|letter)s?`;
const ANSWERED_AFTER = new RegExp(String.raw`^\s+(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?(?:answered|responded\s+to|replied\s+to)\s+(?:[\w.'’-]+\s+){0,3}?${PROPOSAL_WORD}\b`, 'i');
const ANSWERED_ONLY_AFTER = /^\s+(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?(?:answered|responded\s+to|replied\s+to)\b/i;
const PROPOSAL_WHICH_BEFORE = new RegExp(String.raw`\b${PROPOSAL_WORD},?\s+(?:which|that)\s+$`, 'i');
const CONDITION_AFTER = /^(?:,\s*for\s+its\s+part,)?\s+(?:\w+ly\s+)?(?:maintains|maintained|insists|insisted|demands|demanded)\s+that\b[^.;]{0,120}?\b(?:only\s+(?:once|if|when|after)|until|unless)\b/i;

/** Whether the mention names a side answering a proposal or setting a condition (REMARKS_AFTER and the rest). */
function answersAsSide(s: Sentence, m: ActorMention, after: string): boolean {
	if (REMARKS_AFTER.test(after) || ANSWERED_AFTER.test(after) || CONDITION_AFTER.test(after)) return true;
	return ANSWERED_ONLY_AFTER.test(after) && PROPOSAL_WHICH_BEFORE.test(s.text.slice(Math.max(0, m.start - s.start - 60), m.start - s.start));
}

const GROUP_BEFORE = /\b(?:governments|sides|delegations|parties|leaders|representatives)\s+of\s+(?:the\s+)?$/i;

/** The pair patterns built from knowledge's cue words, compiled once per knowledge base. */
interface PairPatterns {
	afterNoun: RegExp;
	afterVerb: RegExp;
	nounBefore: RegExp;
}

const pairPatternsByKnowledge = new WeakMap<CompiledKnowledge, PairPatterns>();

function pairPatterns(k: CompiledKnowledge): PairPatterns {
	let patterns = pairPatternsByKnowledge.get(k);
	if (!patterns) {
		patterns = {
			afterNoun: new RegExp(`^(?:['’]s)?\\s*(?:[\\w-]+\\s+){0,2}?(?:${k.cues.pairNoun})\\b`, 'i'),
			// "X and Y signed", also after the sides' people or group ("Lebanese and Israeli civilian representatives took part",
			// "Iran and the United States concluded today, Saturday, a second round": a day may be named before or after the verb),
			// "the government and the M23 rebel group signed", "Iran and the United States held their first round of talks", "... wrapped up a fifth round of nuclear talks",
			// "Colombia's government and the FARC rebels say they have reached a final agreement").
			afterVerb: new RegExp(
				`^\\s+(?:(?:[\\w-]+\\s+)?(?:group|movement|rebels|militia|delegations?|delegates|negotiators|representatives|officials|teams?|governments?)\\s+)?(?:(?:say|says|said)\\s+(?:that\\s+)?(?:they|it)\\s+)?(?:(?:on|have|had|has|also|finally|jointly)\\s+)?(?:(?:today|yesterday|tonight)(?:,\\s*|\\s+))?(?:\\w+day,?\\s+)?(?:${k.cues.pairVerb}|(?:held|hold|holding|wrapped\\s+up|concluded|conclude|began|begin|started|start|opened|open|resumed|resume|ended|completed|launched|kicked\\s+off)\\s+(?:(?:today|yesterday|tonight)(?:,\\s*|\\s+))?(?:(?:on\\s+)?\\w+day,?\\s+)?(?:[\\w-]+\\s+){0,5}?(?:talks|negotiations|meetings?|discussions)|took\\s+part|sat\\s+down)\\b`,
				'i',
			),
			nounBefore: new RegExp(`(?:${k.cues.pairNoun})\\b[^.;]{0,60}$`, 'i'),
		};
		pairPatternsByKnowledge.set(k, patterns);
	}
	return patterns;
}

/**
 * Pairs of state/organisation mentions set against each other in one sentence:
 * "between X and Y" after a talks noun, "X-Y talks", "X and Y signed",
 * "the governments of X and Y".
 */
export function findSidePairs(sentences: Sentence[], mentions: ActorMention[], k: CompiledKnowledge): SidePair[] {
	const pairs: SidePair[] = [];
	const {afterNoun, afterVerb, nounBefore} = pairPatterns(k);
	const byId = new Map(sentences.map((s) => [s.index, s]));
	const actors = mentions.filter((m) => m.type !== 'person');
	for (let i = 0; i + 1 < actors.length; i++) {
		const x = actors[i]!;
		const y = actors[i + 1]!;
		if (x.sentence !== y.sentence || x.name === y.name) continue;
		const s = byId.get(x.sentence)!;
		const gap = s.text.slice(x.end - s.start, y.start - s.start);
		const before = s.text.slice(Math.max(0, x.start - s.start - 120), x.start - s.start);
		const after = s.text.slice(y.end - s.start);
		let paired = false;
		if (HYPHEN_JOIN.test(gap)) paired = afterNoun.test(after);
		else if (WITH_WORD.test(gap) && WITH_JOIN.test(gap)) paired = true;
		else if (AND_JOIN.test(gap)) {
			paired =
				(BETWEEN.test(before) && nounBefore.test(before.replace(BETWEEN, ''))) ||
				afterVerb.test(after) ||
				GROUP_BEFORE.test(before) ||
				(BETWEEN.test(before) && afterNoun.test(after));
		}
		if (paired) pairs.push({a: x.name, b: y.name, sentence: s.index});
	}
	return pairs;
}

/** The indexes of the sentences that speak of talks (the knowledge's talk cue). */
export function findTalkSentences(sentences: Sentence[], k: CompiledKnowledge): Set<number> {
	const talk = new Set<number>();
	for (const s of sentences) if (k.cues.talk.test(s.text)) talk.add(s.index);
	return talk;
}

/**
 * The negotiations of the knowledge base the report is about: those with pair
 * evidence, and those whose two sides are both named in talks sentences. Multi-member sides keep the members with pair evidence when any
 * has it ("Israel-Hezbollah" keeps Hezbollah, not Lebanon).
 */
export function findActiveConflicts(
	sentences: Sentence[],
	mentions: ActorMention[],
	pairs: SidePair[],
	k: CompiledKnowledge,
	talkSentences: Set<number> = findTalkSentences(sentences, k),
	leaders: ActorMention[] = leadersAsSides(mentions, talkSentences, k),
): ActiveConflict[] {
	const sideMentions = [...mentions.filter((m) => m.type !== 'person'), ...leaders];
	const evidence: ConflictEvidence = {
		named: new Set(sideMentions.map((m) => m.name)),
		counts: actorCounts(sideMentions),
		talked: [...namesByTalkSentence(sideMentions, talkSentences).values()],
		pairs,
		paired: new Set(pairs.flatMap((p) => [p.a, p.b])),
		responding: respondingActors(sentences, mentions, k),
		brokered: brokeredPairSentences(sentences, mentions, pairs, k),
	};
	const active: ActiveConflict[] = [];
	for (const conflict of k.conflicts) {
		const found = activeConflict(conflict, evidence);
		if (found) active.push(found);
	}
	return active;
}

/**
 * A known person's side, where the text names the person in a talks sentence but never the side itself: "Salva Kiir
 * and his former deputy turned rebel leader Riek Machar signed" names the SPLM-IO through its leader. Only for sides
 * that mediate no negotiation of the knowledge, so an envoy (Witkoff) or a host (Qatar's prime minister) does not
 * stand for a state. Returned as mentions of the side, at the person's place.
 */
export function leadersAsSides(mentions: ActorMention[], talkSentences: Set<number>, k: CompiledKnowledge): ActorMention[] {
	const named = new Set(mentions.filter((m) => m.type !== 'person').map((m) => m.name));
	const mediating = mediatingActors(k);
	const found: ActorMention[] = [];
	for (const m of mentions) {
		// By full name only: a surname alone may be another person's ("Hamas spokesman Hazem Qassem").
		if (m.type !== 'person' || m.kind !== 'name' || !talkSentences.has(m.sentence)) continue;
		const side = k.actorByName.get(m.name)?.country;
		if (!side || named.has(side) || mediating.has(side) || !k.actorByName.has(side)) continue;
		found.push({...m, name: side, type: k.actorByName.get(side)!.type, kind: 'leader'});
	}
	return found;
}

const mediatingByKnowledge = new WeakMap<CompiledKnowledge, Set<string>>();

/** Every actor some negotiation of the knowledge has as a usual mediator. */
function mediatingActors(k: CompiledKnowledge): Set<string> {
	let mediating = mediatingByKnowledge.get(k);
	if (!mediating) mediatingByKnowledge.set(k, (mediating = new Set(k.conflicts.flatMap((c) => c.mediators ?? []))));
	return mediating;
}

/** What the report says of its actors, as findActiveConflicts weighs each negotiation against it. */
interface ConflictEvidence {
	/** States and organisations named. */
	named: Set<string>;
	/** Mentions per state or organisation. */
	counts: Map<string, number>;
	/** Per talks sentence, the names in it. */
	talked: Array<Set<string>>;
	pairs: SidePair[];
	/** Names in some pair. */
	paired: Set<string>;
	/** Names answering the mediators' text (RESPONDS_AFTER, SPEAKS_AFTER). */
	responding: Set<string>;	/** Sentences with a pair one of whose members the text presents as brokering ("the US and Russia held talks ... as Washington tries to broker"). */
	brokered: Set<number>;
}

// Kept apart from findActiveConflicts (as are the helpers below): small functions are optimised, and re-optimised after a deopt, cheaply.
function actorCounts(mentions: ActorMention[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const m of mentions) if (m.type !== 'person') counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
	return counts;
}

function namesByTalkSentence(mentions: ActorMention[], talkSentences: Set<number>): Map<number, Set<string>> {
	const namesBySentence = new Map<number, Set<string>>();
	for (const m of mentions) if (talkSentences.has(m.sentence)) namesBySentence.set(m.sentence, (namesBySentence.get(m.sentence) ?? new Set()).add(m.name));
	return namesBySentence;
}

function respondingActors(sentences: Sentence[], mentions: ActorMention[], k: CompiledKnowledge): Set<string> {
	const byId = new Map(sentences.map((s) => [s.index, s]));
	const responding = new Set<string>();
	for (const m of mentions) {
		if (m.type === 'person' || responding.has(m.name)) continue;
		const s = byId.get(m.sentence);
		if (!s) continue;
		const after = s.text.slice(m.end - s.start, m.end - s.start + 140);
		if (RESPONDS_AFTER.test(after) || (SPEAKS_AFTER.test(after) && k.cues.talk.test(after)) || answersAsSide(s, m, after)) responding.add(m.name);
	}
	return responding;
}

// "talks brokered by Qatar": a mediation cue whose agent follows.
const BY_AGENT = /^\s+by\s+(?:the\s+)?/i;

/**
 * Sentences whose pair comes with mediation the pair members may be doing ("the US and Russian officials held talks ... as
 * Washington tries to broker", "a mediator between Moscow and Washington"): for pairOnly negotiations, only a pair in a
 * sentence without mediation, or whose mediation is done by a named third party ("talks brokered by Qatar"), counts.
 */
function brokeredPairSentences(sentences: Sentence[], mentions: ActorMention[], pairs: SidePair[], k: CompiledKnowledge): Set<number> {
	const brokered = new Set<number>();
	if (!pairs.length) return brokered;
	const byId = new Map(sentences.map((s) => [s.index, s]));
	for (const p of pairs) {
		const s = byId.get(p.sentence);
		if (!s || brokered.has(s.index) || !k.cues.mediation.test(s.text)) continue;
		const byThirdParty = [...s.text.matchAll(k.cues.mediationAll)].some((c) => {
			const agent = BY_AGENT.exec(s.text.slice(c.index + c[0].length));
			if (!agent) return false;
			const at = s.start + c.index + c[0].length + agent[0].length;
			return mentions.some((m) => m.start === at && m.type !== 'person' && m.name !== p.a && m.name !== p.b);
		});
		if (!byThirdParty) brokered.add(s.index);
	}
	return brokered;
}

/** The negotiation as the report is about it, or null when the report is not about it. */
function activeConflict(conflict: ConflictEntry, e: ConflictEvidence): ActiveConflict | null {
	const [sideA, sideB] = conflict.sides;
	const namedA = sideA.filter((x) => e.named.has(x));
	const namedB = sideB.filter((x) => e.named.has(x));
	if (!namedA.length || !namedB.length) return null;
	const hits = e.pairs.filter((p) => (sideA.includes(p.a) && sideB.includes(p.b)) || (sideA.includes(p.b) && sideB.includes(p.a)));
	if (conflict.pairOnly ? !hits.some((p) => !e.brokered.has(p.sentence)) : !hits.length && !talkedTogether(namedA, namedB, e.talked)) return null;
	const firm = new Set<string>();
	const soft = new Set<string>();
	for (const side of [namedA, namedB]) addSideMembers(side, hits, e, firm, soft);
	return {conflict, firm, soft, named: new Set([...namedA, ...namedB])};
}

// Both sides in one talks sentence, or each in some talks sentence.
function talkedTogether(namedA: string[], namedB: string[], talked: Array<Set<string>>): boolean {
	const inTalk = (side: string[]) => talked.some((names) => side.some((x) => names.has(x)));
	return talked.some((names) => namedA.some((x) => names.has(x)) && namedB.some((x) => names.has(x))) || (inTalk(namedA) && inTalk(namedB));
}

// A side's members with pair evidence go to `firm`; without any, its paired (else major) members go to `soft`.
function addSideMembers(side: string[], hits: SidePair[], e: ConflictEvidence, firm: Set<string>, soft: Set<string>): void {
	const withPairs = side.filter((x) => hits.some((p) => p.a === x || p.b === x) || (hits.length > 0 && e.responding.has(x)));
	if (withPairs.length) {
		for (const x of withPairs) firm.add(x);
		return;
	}
	const withAnyPair = side.filter((x) => e.paired.has(x));
	// Without pairs, a side's minor members ("Islamic Jihad" beside Hamas) stay out.
	const most = Math.max(...side.map((x) => e.counts.get(x) ?? 0));
	const major = side.filter((x) => (e.counts.get(x) ?? 0) * 2 >= most);
	for (const x of withAnyPair.length ? withAnyPair : major) soft.add(x);
}
