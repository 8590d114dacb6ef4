import type {CompiledKnowledge} from '../knowledge/compile-knowledge.js';
import type {Evidence, Mediator, Party} from '../types.js';
import type {ActorMention, PersonInfo} from './find-mentions.js';
import {type ActiveConflict, findActiveConflicts, findSidePairs, findTalkSentences, leadersAsSides, type SidePair} from './find-sides.js';
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
// "Iran-backed Hezbollah", "Russian-allied forces": the state backs a side; it is not named as one.
// Sticky: tested right at a mention's end, without slicing the rest of the sentence.
const BACKER_AT = /[-‐‑–](?:backed|funded|sponsored|supported|allied|aligned|armed|affiliated|financed)\b/y;
// A body the deal dissolves, or one described as defunct: the topic of the talks, not a facilitator
// ("agreed to dissolve the OSCE Minsk Group", "the now-defunct contact group").
const DEFUNCT_BEFORE = /\b(?:dissolv\w*|disband\w*|abolish\w*|scrap\w*|dismantl\w*|wind(?:ing)? up|wound up|shut(?:ting)? down|dissolution of|disbanding of|defunct|former)\s+(?:(?:the|its|a|now|so-called|long-dormant|dormant)[\s-]+)*$/i;
// "ask the OSCE to dissolve its Minsk Group": the body is asked to wind itself up.
const DISSOLVED_AFTER = /^(?:\s+[A-Z][\w-]*)*\s+to\s+(?:dissolve|disband|abolish|wind up|shut down|close)\b/;
// A past-only mediating role in the clause after a body ("the Minsk Group, which had mediated for decades").
const FORMER_ROLE_AFTER = /^(?:\s+[A-Z][\w-]*)*,?\s+(?:which|that|who)\s+(?:had|once|previously|formerly|long|used to)\b/;
// Speech right after a person: what follows is their comment, not their act ("Biden said the talks were close").
const SPEECH_AFTER = /^\s+(?:(?:also|later|again|then|repeatedly|publicly|has|had|have)\s+)?(?:said|says|told\s+(?:reporters|journalists|the\s+press|[A-Z][\w.]*)|wrote|posted|tweeted|added|warned|urged|argued|predicted|suggested|stressed|insisted|claimed|remarked|commented)\b/;
// What a comment may still report as the speaker's own act: "X said he had met Y".
const OWN_ACT_AFTER_SPEECH = /^\s*,?\s*(?:after|following|before|while|during|upon)\s|^[^,;:]{0,12}?\b(?:he|she|they|we|I)\s+(?:had\s+|has\s+|have\s+|would\s+|will\s+|was\s+|is\s+)?(?:\w+ly\s+)?(?!expect|hope|think|believe|doubt|want|fear)\w/;
// A leader or person coordinated with another person as the subject or pair of a meeting ("until Trump and Putin met",
// "a summit between Trump and Putin"): a bilateral meeting with that person.
const COORDINATED_GAP = /^\s+and\s+(?:(?!(?:met|meet|meets|said|says|told|held|will|would|then|later)\b)[\w.'’-]+\s+){0,5}$/;

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
	const usable = usableMentions(sentences, mentions, venueMentions, byIndex, k);
	// Per-sentence cue tests, computed once: a long sentence with many mentions must not be rescanned for each.
	const talkSentences = findTalkSentences(sentences, k);
	const pairs = findSidePairs(sentences, usable, k);
	const leaders = leadersAsSides(usable, talkSentences, k);
	const conflicts = findActiveConflicts(sentences, usable, pairs, k, talkSentences, leaders);
	const usual = new Set(conflicts.flatMap((c) => c.conflict.mediators ?? []));
	const firm = firmSides(pairs, conflicts, usual, k);
	for (const name of sidesOverMediation(conflicts, usable, talkSentences, byIndex, k)) firm.add(name);
	const st: RoleState = {
		k,
		byIndex,
		talkSentences,
		conflicts,
		usual,
		firm,
		// Side members of an active negotiation mediate only if they usually mediate another one.
		sideMembers: new Set(conflicts.flatMap((c) => [...c.named])),
		// The country a war is fought in, when its army is the side (Sudan), does not mediate that war.
		territories: new Set(conflicts.flatMap((c) => c.conflict.territory ?? [])),
		sideEvidence: new Map(),
		mediatorEvidence: new Map(),
	};
	for (const p of pairs) {
		noteSide(st, p.a, p.sentence);
		noteSide(st, p.b, p.sentence);
	}
	const stateMentions = usable.filter((m) => m.type !== 'person' && m.kind !== 'acronym');
	noteMediatingStates(st, stateMentions);
	const parties = findParties(st, usable);
	for (const name of parties) {
		st.mediatorEvidence.delete(name);
		if (!st.sideEvidence.has(name)) {
			const first =
				stateMentions.find((m) => m.name === name && isTalk(st, byIndex.get(m.sentence)!)) ??
				stateMentions.find((m) => m.name === name) ??
				leaders.find((m) => m.name === name);
			if (first) noteSide(st, name, first.sentence);
		}
	}
	const {negotiators, mediatorPeople} = classifyPeople(st, mentions, people, parties);

	const evidenceOf = (index: number) => sentenceEvidenceOf(byIndex, index);
	const mediators: Mediator[] = [];
	for (const [name, sentencesOf] of st.mediatorEvidence) {
		const actor = k.actorByName.get(name);
		mediators.push({name, type: actor?.type === 'person' ? 'organization' : (actor?.type ?? 'state'), evidence: sentencesOf.slice(0, 2).map(evidenceOf)});
	}
	mediators.push(...mediatorPeople);
	const partyList: Party[] = [...parties].map((name) => {
		const list = negotiators.get(name);
		return {name, ...(list?.length ? {negotiators: unique(list)} : {}), evidence: unique(st.sideEvidence.get(name) ?? []).slice(0, 2).map(evidenceOf)};
	});
	const conflictStarts = conflicts.filter((c) => c.conflict.start && c.conflict.sides.flat().some((x) => parties.has(x))).map((c) => c.conflict.start!);
	return {mediators, parties: partyList, conflictStarts};
}

/**
 * What classifyActors has established so far, shared by its steps. The steps are separate
 * functions so that each is optimised, and re-optimised after a deopt, on its own.
 */
interface RoleState {
	k: CompiledKnowledge;
	byIndex: Map<number, Sentence>;
	talkSentences: Set<number>;
	conflicts: ActiveConflict[];
	/** Usual mediators of the active negotiations. */
	usual: Set<string>;
	/** Sides with pair evidence. */
	firm: Set<string>;
	sideMembers: Set<string>;
	territories: Set<string>;
	/** Sentence indexes, per side and per mediator, in the order first noted. */
	sideEvidence: Map<string, number[]>;
	mediatorEvidence: Map<string, number[]>;
}

function sentenceEvidenceOf(byIndex: Map<number, Sentence>, index: number): Evidence {
	const s = byIndex.get(index)!;
	return {text: s.text, start: s.start, end: s.end};
}

/** The mentions that may name a side or mediator, with knowledge's generic side phrases ("the army"), in text order. */
function usableMentions(sentences: Sentence[], mentions: ActorMention[], venueMentions: VenueMention[], byIndex: Map<number, Sentence>, k: CompiledKnowledge): ActorMention[] {
	// A capital counts as its state only where the venue finder judged it a metonym.
	const metonyms = new Set(venueMentions.filter((v) => v.status === 'metonym').map((v) => v.start));
	const named = mentions.filter((m) => (m.kind !== 'capital' || metonyms.has(m.start)) && !isBackerAt(byIndex.get(m.sentence)!, m.end));
	return [...named, ...genericSideMentions(sentences, named, k)].sort((a, b) => a.start - b.start);
}

/** Sides with pair evidence in an active negotiation, and both actors of a pair no known negotiation explains. */
function firmSides(pairs: SidePair[], conflicts: ActiveConflict[], usual: Set<string>, k: CompiledKnowledge): Set<string> {
	const firm = new Set(conflicts.flatMap((c) => [...c.firm]));
	const opposed = (a: string, b: string) => conflicts.some((c) => (c.conflict.sides[0].includes(a) && c.conflict.sides[1].includes(b)) || (c.conflict.sides[0].includes(b) && c.conflict.sides[1].includes(a)));
	const sideNames = conflictSideNames(k);
	for (const p of pairs) {
		// A pair no known negotiation explains still names two sides ("talks between Colombia and the EMC"),
		// unless one of them usually mediates ("talks between Qatar and Hamas").
		if (opposed(p.a, p.b) || usual.has(p.a) || usual.has(p.b)) continue;
		if (!sideNames.has(p.a) || !sideNames.has(p.b)) {
			firm.add(p.a);
			firm.add(p.b);
		}
	}
	return firm;
}

/**
 * Usual mediators of one negotiation the report names that are a side of another against the same opponent, and
 * named with that opponent in more talks sentences than the first negotiation's own side is: "the United States and
 * Iran" in nuclear talks, with Israel's threats to strike Iran beside them, make the US a side, not Israel-Iran's
 * mediator. Not when the other negotiation has pair evidence, when the report names a further negotiation it
 * usually mediates, or when a mediation cue is next to it.
 */
function sidesOverMediation(conflicts: ActiveConflict[], usable: ActorMention[], talkSentences: Set<number>, byIndex: Map<number, Sentence>, k: CompiledKnowledge): string[] {
	if (conflicts.length < 2) return [];
	// Named as mediating ("the United States, which brokered the truce"): the text says which role it plays.
	const cueCache = new Map<number, Array<[number, number]>>();
	const calledMediator = (x: string) => usable.some((m) => m.name === x && nearMediationCue(m, byIndex.get(m.sentence)!, mediationCues(k, byIndex.get(m.sentence)!, cueCache)));
	const namesBySentence = new Map<number, Set<string>>();
	for (const m of usable) if (m.type !== 'person' && talkSentences.has(m.sentence)) namesBySentence.set(m.sentence, (namesBySentence.get(m.sentence) ?? new Set()).add(m.name));
	const together = (a: string, b: string) => [...namesBySentence.values()].filter((names) => names.has(a) && names.has(b)).length;
	const found: string[] = [];
	for (const own of conflicts) {
		for (const other of conflicts) {
			if (own === other || other.firm.size > 0) continue;
			for (const [i, side] of own.conflict.sides.entries()) {
				const opponents = own.conflict.sides[1 - i]!.filter((y) => own.named.has(y));
				for (const x of side) {
					if (!own.named.has(x) || own.firm.has(x) || !(other.conflict.mediators ?? []).includes(x) || calledMediator(x)) continue;
					for (const y of opponents) {
						// A usual mediator of a further negotiation the report names, not against y (Gaza beside Iran), stays one.
						if (conflicts.some((c) => c !== own && !c.named.has(y) && (c.conflict.mediators ?? []).includes(x))) continue;
						const ySide = other.conflict.sides.findIndex((members) => members.includes(y));
						if (ySide < 0) continue;
						const rivals = other.conflict.sides[1 - ySide]!.filter((z) => other.named.has(z) && z !== x);
						if (rivals.length && together(x, y) > Math.max(...rivals.map((z) => together(z, y)))) found.push(x);
					}
				}
			}
		}
	}
	return found;
}

function isTalk(st: RoleState, s: Sentence): boolean {
	return st.talkSentences.has(s.index);
}

function noteSide(st: RoleState, name: string, sentence: number): void {
	const list = st.sideEvidence.get(name);
	if (list) list.push(sentence);
	else st.sideEvidence.set(name, [sentence]);
}

function noteMediator(st: RoleState, name: string, sentence: number): void {
	const list = st.mediatorEvidence.get(name) ?? [];
	if (!list.includes(sentence)) list.push(sentence);
	st.mediatorEvidence.set(name, list);
}

function mayMediate(st: RoleState, name: string): boolean {
	return !st.firm.has(name) && !st.territories.has(name) && (st.usual.has(name) || !st.sideMembers.has(name));
}

/** States and organisations named near a mediation cue, or usual mediators named in a talks sentence. */
function noteMediatingStates(st: RoleState, stateMentions: ActorMention[]): void {
	const cueCache = new Map<number, Array<[number, number]>>();
	for (const m of stateMentions) {
		if (!mayMediate(st, m.name)) continue;
		const s = st.byIndex.get(m.sentence)!;
		if (isFormer(m, s)) continue;
		if (nearMediationCue(m, s, mediationCues(st.k, s, cueCache))) noteMediator(st, m.name, m.sentence);
		else if (st.usual.has(m.name) && isTalk(st, s)) noteMediator(st, m.name, m.sentence);
	}
}

// The spans of the mediation cues in a sentence, computed once per sentence.
function mediationCues(k: CompiledKnowledge, s: Sentence, cache: Map<number, Array<[number, number]>>): Array<[number, number]> {
	let cues = cache.get(s.index);
	if (!cues) cache.set(s.index, (cues = [...s.text.matchAll(k.cues.mediationAll)].map((c) => [c.index, c.index + c[0].length] as [number, number])));
	return cues;
}

/** The firm sides and the active negotiations' further sides, unless they mediate (see classifyActors). */
function findParties(st: RoleState, usable: ActorMention[]): Set<string> {
	const parties = new Set(st.firm);
	// A negotiation named only by co-occurrence that shares a side with one the text pairs explicitly, and whose other
	// side is named just once, is background: "Iran and the United States held talks ... Israel has said it will never
	// allow Tehran" is not Israel-Iran talks (a second track named again and again, like Gaza beside Lebanon, stays).
	const pairedConflicts = st.conflicts.filter((c) => c.firm.size > 0);
	const counts = new Map<string, number>();
	for (const m of usable) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
	const mentionCount = (name: string) => counts.get(name) ?? 0;
	const background = (c: ActiveConflict) =>
		c.firm.size === 0 &&
		pairedConflicts.some((p) => p !== c && [...p.firm].some((x) => c.named.has(x)) && [...c.named].every((x) => p.firm.has(x) || mentionCount(x) < 2));
	for (const c of st.conflicts) {
		if (background(c)) continue;
		const members = [...c.firm, ...c.soft];
		const remaining = members.filter((x) => !(st.mediatorEvidence.has(x) && st.usual.has(x)));
		const sides = c.conflict.sides.map((side) => side.filter((x) => remaining.includes(x)));
		if (sides.every((side) => side.length)) for (const x of c.soft) if (remaining.includes(x)) parties.add(x);
	}
	return parties;
}

/**
 * People inherit their state's role when they act in the talks: negotiators of the parties, by party;
 * mediating people (noting their state as a mediator too).
 */
function classifyPeople(
	st: RoleState,
	mentions: ActorMention[],
	people: Map<string, PersonInfo>,
	parties: Set<string>,
): {negotiators: Map<string, string[]>; mediatorPeople: Mediator[]} {
	const {k, byIndex} = st;
	const negotiators = new Map<string, string[]>();
	const mediatorPeople: Mediator[] = [];
	// Person mentions indexed once, by name and by sentence (in text order), for the loop over people.
	const personMentions = mentions.filter((m) => m.type === 'person');
	const byPerson = groupBy(personMentions, (m) => m.name);
	const bySentence = groupBy(personMentions, (m) => m.sentence);
	const partyPeople = (s: Sentence) => (bySentence.get(s.index) ?? []).filter((x) => parties.has(people.get(x.name)?.country ?? ''));
	const candidates: Array<{info: PersonInfo; acting: ActorMention[]; calledMediator: boolean; order: number}> = [];
	for (const info of people.values()) {
		// Knowledge that negotiating is someone's job outweighs a context that looks like comment ("Hochstein told reporters").
		const knownEnvoy = info.known && info.envoy === true && k.actorByName.get(info.name)?.nonActor === undefined;
		if (info.nonActor && !knownEnvoy) continue;
		const acting = (byPerson.get(info.name) ?? []).filter((m) => {
			if (m.possessive) return false;
			const s = byIndex.get(m.sentence)!;
			if (info.envoy === true && isTalk(st, s)) return true;
			// Someone the text calls a mediator acts where the sentence is about the talks or the mediation
			// ("the representative of Norway, Dag Nylander, whose country facilitates the process").
			if (info.calledMediator === true && (isTalk(st, s) || k.cues.mediation.test(s.text))) return true;
			// Meeting one side's leader as a pair ("until Trump and Putin met") is a bilateral meeting, not mediation;
			// two people of one side joined by "and" are its delegation.
			if (!info.envoy && pairedWith(m, s, partyPeople(s).filter((x) => people.get(x.name)?.country !== info.country)) && !k.cues.mediation.test(s.text)) return false;
			// "led by X and Y, shuttled between the sides": people joined by "and" share the act.
			const next = bySentence.get(m.sentence)!.find((o) => o.start > m.end && COORDINATED_GAP.test(s.text.slice(m.end - s.start, o.start - s.start)));
			return acts(m, s, k) || (next !== undefined && acts(next, s, k));
		});
		if (!acting.length) continue;
		// A known envoy by office ("US Special Envoy") acting in the talks mediates unless their state is a side.
		const envoyByOffice = info.known && info.envoy === true && ENVOY_OFFICE.test(info.role ?? '');
		const calledMediator = info.calledMediator === true || info.envoyTitle === true || envoyByOffice || acting.some((m) => k.cues.mediation.test(personClause(m, byIndex.get(m.sentence)!)));
		candidates.push({info, acting, calledMediator, order: candidates.length});
	}
	// People called mediators first: the state they bring in makes its other acting people mediators too,
	// whichever of them the text names first ("represented by Rubio, Envoy Witkoff and ...").
	const decided: Array<{order: number; mediator?: Mediator; party?: {side: string; name: string}}> = [];
	for (const {info, acting, calledMediator, order} of [...candidates].sort((a, b) => Number(b.calledMediator) - Number(a.calledMediator))) {
		const country = info.country;
		if (country && parties.has(country)) {
			decided.push({order, party: {side: country, name: info.name}});
			continue;
		}
		if (country && !st.mediatorEvidence.has(country) && !calledMediator && !(st.usual.has(country) && mayMediate(st, country))) continue;
		if (!country && !calledMediator) continue;
		if (country && !st.mediatorEvidence.has(country)) noteMediator(st, country, acting[0]!.sentence);
		decided.push({order, mediator: {
			name: info.name,
			type: 'person',
			...(info.role ? {role: info.role} : {}),
			...(country ? {country} : {}),
			evidence: unique(acting.map((m) => m.sentence))
				.slice(0, 2)
				.map((i) => sentenceEvidenceOf(byIndex, i)),
		}});
	}
	// Output in the order the text first names each person.
	for (const d of decided.sort((a, b) => a.order - b.order)) {
		if (d.mediator) mediatorPeople.push(d.mediator);
		else if (d.party) negotiators.set(d.party.side, [...(negotiators.get(d.party.side) ?? []), d.party.name]);
	}
	return {negotiators, mediatorPeople};
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
	// After "said", the words are the person's comment; only a report of their own act ("said he had met") counts.
	const speech = SPEECH_AFTER.exec(after);
	if (speech) {
		const rest = after.slice(speech[0].length);
		after = OWN_ACT_AFTER_SPEECH.test(rest) ? rest : '';
	}
	const cut = CLAUSE_END.exec(after);
	return appositive + (cut ? after.slice(0, cut.index) : after).slice(0, ACT_AFTER_CHARS);
}

/** Whether a person is coordinated with one of the given people ("Trump and Putin", "between Trump and Putin"). */
function pairedWith(m: ActorMention, s: Sentence, others: ActorMention[]): boolean {
	return others.some((o) => {
		if (o.name === m.name) return false;
		const [first, second] = o.start < m.start ? [o, m] : [m, o];
		const gap = s.text.slice(first.end - s.start, second.start - s.start);
		return COORDINATED_GAP.test(gap);
	});
}

/** A body the deal dissolves or that mediated only in the past ("dissolve the OSCE Minsk Group"). */
function isFormer(m: ActorMention, s: Sentence): boolean {
	const before = s.text.slice(Math.max(0, m.start - s.start - 60), m.start - s.start);
	const after = s.text.slice(m.end - s.start, m.end - s.start + 80);
	return DEFUNCT_BEFORE.test(before) || FORMER_ROLE_AFTER.test(after) || DISSOLVED_AFTER.test(after);
}

/**
 * Generic phrases for a side ("the army" for the Sudanese Armed Forces), where knowledge lists them for a
 * negotiation and the report names the other side: the army of a civil war is a side even when unnamed.
 */
function genericSideMentions(sentences: Sentence[], named: ActorMention[], k: CompiledKnowledge): ActorMention[] {
	const found: ActorMention[] = [];
	const names = new Set(named.filter((m) => m.type !== 'person').map((m) => m.name));
	for (const c of k.conflicts) {
		if (!c.genericSides) continue;
		for (const [member, forms] of Object.entries(c.genericSides)) {
			const other = c.sides.find((side) => !side.includes(member));
			if (!other?.some((x) => names.has(x))) continue;
			const re = genericSidePattern(forms);
			const gate = genericSideGate(forms);
			for (const s of sentences) {
				if (!gate.test(s.text)) continue;
				for (const hit of s.text.matchAll(re)) {
					const start = s.start + hit.index;
					const end = start + hit[0].length;
					if (named.some((x) => x.start < end && x.end > start) || found.some((x) => x.start < end && x.end > start)) continue;
					found.push({name: member, type: k.actorByName.get(member)?.type ?? 'organization', kind: 'institution', start, end, sentence: s.index, possessive: /^['’]s\b/.test(s.text.slice(end - s.start))});
				}
			}
		}
	}
	return found;
}

/** Whether a state's name at `end` is followed by "-backed", "-allied" and the like. */
function isBackerAt(s: Sentence, end: number): boolean {
	BACKER_AT.lastIndex = end - s.start;
	return BACKER_AT.test(s.text);
}

const sideNamesByKnowledge = new WeakMap<CompiledKnowledge, Set<string>>();

/** Every actor that is a side of some negotiation in knowledge, collected once per knowledge base. */
function conflictSideNames(k: CompiledKnowledge): Set<string> {
	let names = sideNamesByKnowledge.get(k);
	if (!names) sideNamesByKnowledge.set(k, (names = new Set(k.conflicts.flatMap((c) => c.sides.flat()))));
	return names;
}

function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
	const groups = new Map<K, T[]>();
	for (const item of items) {
		const key = keyOf(item);
		const group = groups.get(key);
		if (group) group.push(item);
		else groups.set(key, [item]);
	}
	return groups;
}

const genericSidePatterns = new WeakMap<string[], RegExp>();

/** The regex for a side's generic forms ("the army|government forces"), compiled once per knowledge list. */
function genericSidePattern(forms: string[]): RegExp {
	let re = genericSidePatterns.get(forms);
	if (!re) genericSidePatterns.set(forms, (re = new RegExp(`(?<![\\p{L}-])(?:${forms.join('|')})(?![\\p{L}-])`, 'giu')));
	return re;
}

const genericSideGates = new WeakMap<string[], RegExp>();

/** The generic forms alone, without the slow lookbehind: a sentence they do not occur in is skipped. */
function genericSideGate(forms: string[]): RegExp {
	let re = genericSideGates.get(forms);
	if (!re) genericSideGates.set(forms, (re = new RegExp(`(?:${forms.join('|')})`, 'iu')));
	return re;
}

function unique<T>(items: T[]): T[] {
	return [...new Set(items)];
}
