import type {CompiledKnowledge} from '../knowledge/compile-knowledge.js';
import type {Evidence, Mediator, Party} from '../types.js';
import type {ActorMention, PersonInfo} from './find-mentions.js';
import {findActiveConflicts, findSidePairs} from './find-sides.js';
import type {Sentence} from './split-sentences.js';
import type {VenueMention} from './find-venues.js';

export interface ActorRoles {
	mediators: Mediator[];
	parties: Party[];
	/** Start dates of the knowledge negotiations the report is about, for "a 10-month war". */
	conflictStarts: string[];
}

// An appositive right after a person ("Witkoff, Trump's special envoy, announced"), passed over.
const APPOSITIVE = /^,\s+[^,;]{0,90},/;
const CLAUSE_END = /[,;:—–]|\s-\s/;
// A name set off by commas after its title: the comma before it, and the one that closes it.
const APPOSITIVE_OPENED = /,\s*$/;
const APPOSITIVE_CLOSE = /^\s*,\s+(?=[a-z])/;
// Where a clause before a person starts: a semicolon or a contrasting conjunction.
const CLAUSE_JOIN = /;|\b(?:but|while|whereas|although|though|yet)\b/;
const ACT_BEFORE_CHARS = 120;
const ENVOY_OFFICE = /\b(?:envoy|facilitator|special representative|special coordinator|mediator)\b/i;
// How far (characters) a mediation cue reaches to the state it describes.
const MEDIATION_REACH = 80;
const ACT_AFTER_CHARS = 80;

/**
 * Splits the report's actors into parties (the sides) and mediators (third parties
 * facilitating), in this order:
 * 1. sides with pair evidence ("talks between X and Y", "X-Y talks");
 * 2. mediating states: named in a mediation sentence ("mediated by", "brokered",
 *    "mediators from"), or usual mediators of an active negotiation named in a talks sentence;
 * 3. further sides of the active negotiations, unless step 2 made them mediators;
 * 4. people inherit their state's role when they act in the talks (met, negotiated,
 *    was in Doha...), spokespeople and commentators excepted; a person the text calls
 *    a mediator brings their state in.
 */
export function classifyActors(
	sentences: Sentence[],
	mentions: ActorMention[],
	people: Map<string, PersonInfo>,
	venueMentions: VenueMention[],
	k: CompiledKnowledge,
): ActorRoles {
	const byIndex = new Map(sentences.map((s) => [s.index, s]));
	const evidenceOf = (index: number): Evidence => {
		const s = byIndex.get(index)!;
		return {text: s.text, start: s.start, end: s.end};
	};
	// A capital counts as its state only where the venue finder judged it a metonym.
	const metonyms = new Set(venueMentions.filter((v) => v.status === 'metonym').map((v) => v.start));
	const usable = mentions.filter((m) => m.kind !== 'capital' || metonyms.has(m.start));
	// Per-sentence cue tests, computed once: a long sentence with many mentions must not be rescanned for each.
	const talkCache = new Map<number, boolean>();
	const isTalk = (s: Sentence) => talkCache.get(s.index) ?? talkCache.set(s.index, k.cues.talk.test(s.text)).get(s.index)!;
	const cueCache = new Map<number, Array<[number, number]>>();
	const mediationCues = (s: Sentence) =>
		cueCache.get(s.index) ?? cueCache.set(s.index, [...s.text.matchAll(k.cues.mediationAll)].map((c) => [c.index, c.index + c[0].length] as [number, number])).get(s.index)!;
	const pairs = findSidePairs(sentences, usable, k);
	const conflicts = findActiveConflicts(sentences, usable, pairs, k);

	const sideEvidence = new Map<string, number[]>();
	const noteSide = (name: string, sentence: number) => sideEvidence.set(name, [...(sideEvidence.get(name) ?? []), sentence]);
	for (const p of pairs) {
		noteSide(p.a, p.sentence);
		noteSide(p.b, p.sentence);
	}
	const firm = new Set(conflicts.flatMap((c) => [...c.firm]));
	const usual = new Set(conflicts.flatMap((c) => c.conflict.mediators ?? []));
	const opposed = (a: string, b: string) => conflicts.some((c) => (c.conflict.sides[0].includes(a) && c.conflict.sides[1].includes(b)) || (c.conflict.sides[0].includes(b) && c.conflict.sides[1].includes(a)));
	const inKnowledge = (x: string) => k.conflicts.some((c) => c.sides.flat().includes(x));
	for (const p of pairs) {
		// A pair no known negotiation explains still names two sides ("talks between Colombia and the EMC"),
		// unless one of them usually mediates ("talks between Qatar and Hamas").
		if (opposed(p.a, p.b) || usual.has(p.a) || usual.has(p.b)) continue;
		if (!inKnowledge(p.a) || !inKnowledge(p.b)) {
			firm.add(p.a);
			firm.add(p.b);
		}
	}

	const stateMentions = usable.filter((m) => m.type !== 'person' && m.kind !== 'acronym');
	const mediatorEvidence = new Map<string, number[]>();
	const noteMediator = (name: string, sentence: number) => {
		const list = mediatorEvidence.get(name) ?? [];
		if (!list.includes(sentence)) list.push(sentence);
		mediatorEvidence.set(name, list);
	};
	// Side members of an active negotiation mediate only if they usually mediate another one.
	const sideMembers = new Set(conflicts.flatMap((c) => [...c.named]));
	const mayMediate = (name: string) => !firm.has(name) && (usual.has(name) || !sideMembers.has(name));
	for (const m of stateMentions) {
		if (!mayMediate(m.name)) continue;
		const s = byIndex.get(m.sentence)!;
		if (nearMediationCue(m, s, mediationCues(s))) noteMediator(m.name, m.sentence);
		else if (usual.has(m.name) && isTalk(s)) noteMediator(m.name, m.sentence);
	}

	const parties = new Set(firm);
	for (const c of conflicts) {
		const members = [...c.firm, ...c.soft];
		const remaining = members.filter((x) => !(mediatorEvidence.has(x) && usual.has(x)));
		const sides = c.conflict.sides.map((side) => side.filter((x) => remaining.includes(x)));
		if (sides.every((side) => side.length)) for (const x of c.soft) if (remaining.includes(x)) parties.add(x);
	}
	for (const name of parties) {
		mediatorEvidence.delete(name);
		if (!sideEvidence.has(name)) {
			const first = stateMentions.find((m) => m.name === name && isTalk(byIndex.get(m.sentence)!)) ?? stateMentions.find((m) => m.name === name);
			if (first) noteSide(name, first.sentence);
		}
	}

	const negotiators = new Map<string, string[]>();
	const mediatorPeople: Mediator[] = [];
	for (const info of people.values()) {
		if (info.nonActor) continue;
		const acting = mentions.filter((m) => {
			if (m.type !== 'person' || m.name !== info.name || m.possessive) return false;
			const s = byIndex.get(m.sentence)!;
			return acts(m, s, k) || (info.envoy === true && isTalk(s));
		});
		if (!acting.length) continue;
		const country = info.country;
		// A known envoy by office ("US Special Envoy") acting in the talks mediates unless their state is a side.
		const envoyByOffice = info.known && info.envoy === true && ENVOY_OFFICE.test(info.role ?? '');
		const calledMediator = info.calledMediator === true || info.envoyTitle === true || envoyByOffice || acting.some((m) => k.cues.mediation.test(personClause(m, byIndex.get(m.sentence)!)));
		if (country && parties.has(country)) {
			negotiators.set(country, [...(negotiators.get(country) ?? []), info.name]);
			continue;
		}
		if (country && !mediatorEvidence.has(country) && !calledMediator && !(usual.has(country) && mayMediate(country))) continue;
		if (!country && !calledMediator) continue;
		if (country && !mediatorEvidence.has(country)) noteMediator(country, acting[0]!.sentence);
		const entry = country ? k.actorByName.get(country) : undefined;
		mediatorPeople.push({
			name: info.name,
			type: 'person',
			...(info.role ? {role: info.role} : {}),
			...(country ? {country} : {}),
			evidence: unique(acting.map((m) => m.sentence)).slice(0, 2).map(evidenceOf),
		});
		void entry;
	}

	const mediators: Mediator[] = [];
	for (const [name, sentencesOf] of mediatorEvidence) {
		const actor = k.actorByName.get(name);
		mediators.push({name, type: actor?.type === 'person' ? 'organization' : (actor?.type ?? 'state'), evidence: sentencesOf.slice(0, 2).map(evidenceOf)});
	}
	mediators.push(...mediatorPeople);
	const partyList: Party[] = [...parties].map((name) => {
		const list = negotiators.get(name);
		return {name, ...(list?.length ? {negotiators: unique(list)} : {}), evidence: unique(sideEvidence.get(name) ?? []).slice(0, 2).map(evidenceOf)};
	});
	const conflictStarts = conflicts.filter((c) => c.conflict.start && c.conflict.sides.flat().some((x) => parties.has(x))).map((c) => c.conflict.start!);
	return {mediators, parties: partyList, conflictStarts};
}

/** Whether a mediation cue (spans within the sentence) sits within a few words of the mention ("Qatari-brokered", "mediated by Oman"). */
function nearMediationCue(m: ActorMention, s: Sentence, cues: Array<[number, number]>): boolean {
	const from = m.start - s.start;
	const to = m.end - s.start;
	return cues.some(([start, end]) => (start >= to ? start - to : from - end) <= MEDIATION_REACH);
}

/** Whether a person mention is acting in the talks: an act cue in the words just before, or in their clause after. */
function acts(m: ActorMention, s: Sentence, k: CompiledKnowledge): boolean {
	const rel = m.start - s.start;
	const before = s.text.slice(Math.max(0, rel - ACT_BEFORE_CHARS), rel).split(CLAUSE_JOIN).at(-1)!;
	return k.cues.acts.test(before) || k.cues.acts.test(personClause(m, s));
}

/** The person's clause: any appositive plus the words up to the next clause break. */
function personClause(m: ActorMention, s: Sentence): string {
	let after = s.text.slice(m.end - s.start);
	// A name closing an appositive ("Turkey's intelligence chief, X, joined"): its clause follows the comma.
	if (APPOSITIVE_OPENED.test(s.text.slice(Math.max(0, m.start - s.start - 2), m.start - s.start))) after = after.replace(APPOSITIVE_CLOSE, ' ');
	const appositive = APPOSITIVE.exec(after)?.[0] ?? '';
	after = after.slice(appositive.length);
	const cut = CLAUSE_END.exec(after);
	return appositive + (cut ? after.slice(0, cut.index) : after).slice(0, ACT_AFTER_CHARS);
}

function unique<T>(items: T[]): T[] {
	return [...new Set(items)];
}
