import {escapeRegExp, type CompiledKnowledge, type MentionKind} from '../knowledge/compile-knowledge.js';
import type {ActorType} from '../types.js';
import type {Sentence} from './split-sentences.js';
import {namesIn} from './ner-cache.js';
import {allMatches} from './cues/all-matches.js';

/** One place in the text that names an actor. */
export interface ActorMention {
	/** Canonical name: the knowledge entry's, or the name as written for people found by cues. */
	name: string;
	type: ActorType;
	/** 'leader': a side named through its known leader (see find-sides' leadersAsSides). */
	kind: MentionKind | 'role-cue' | 'leader';
	start: number;
	end: number;
	sentence: number;
	/** Followed by "'s" ("Qatar's", "Trump's envoy"). */
	possessive: boolean;
}

/** A person named in the report, with what the text or knowledge says about them. */
export interface PersonInfo {
	name: string;
	/** The state or organisation they act for. */
	country: string | undefined;
	role: string | undefined;
	/** Spokespeople, journalists, analysts: never mediators or negotiators. */
	nonActor: boolean;
	/** The text calls them a mediator ("the mediator, X", "X, who became a mediator"). */
	calledMediator: boolean;
	/** Knowledge says negotiating is their job. */
	envoy: boolean;
	/** Titled envoy, facilitator or special representative: mediating unless their state is a side. */
	envoyTitle: boolean;
	known: boolean;
}

export interface MentionResult {
	mentions: ActorMention[];
	people: Map<string, PersonInfo>;
}

const NAME_TOKEN = String.raw`[A-Z][\p{Ll}]+(?:[-’'][A-Z]?[\p{Ll}]+)*`;
const NAME_PARTICLE = String.raw`(?:bin|bint|ibn|al|el|Al|El|abu|Abu|de|da|du|van|von|der|di|le|ben)`;
// Two to six capitalised words, allowing Arabic and European particles ("bin", "al-", "van").
const PERSON_NAME = new RegExp(String.raw`${NAME_TOKEN}(?:\s+(?:${NAME_PARTICLE}[- ])?${NAME_TOKEN}){1,5}`, 'gu');
// "head of the apparatus, ", "the representative of Norway, " or "led by " just before a name.
const HEAD_OF_BEFORE = /\b(?:head|chief|director|leader|commander|representative|envoy|delegate|ambassador|emissary)\s+of\s+[^,.;]{1,40},\s*$|\b(?:headed|led|chaired)\s+by\s+$/i;
// Right after a name: "told reporters", "said in a statement to reporters".
const TOLD_REPORTERS_AFTER = /^[^.]{0,20}\btold (?:reporters|journalists)/i;
// "The American side was represented by", "Ukraine's delegation, led by Yermak, included": the head of a list of a
// side's people. The side is the one or two capitalised words before the noun.
const DELEGATION_HEAD = /\b((?:[A-Z][\p{L}'’.-]+\s+){1,2})(?:side|delegation|team|negotiating team|negotiators|delegates)\b[^;.]{0,60}?\b(?:(?:was|were|is|are|will be)\s+)?(?:represented by|led by|headed by|included|includes|including|comprised|consisted of|made up of)\s/gu;
const DELEGATION_WORD = /\b(?:side|delegation|team|negotiators|delegates)\b/;
// What ends a list of people: a clause break or a new verb phrase.
const LIST_BREAK = /[;:]|\.\s|\b(?:who|which|while|but|said|says|met|told)\b/;
// An appositive after a name: ", the US special envoy," up to the next comma.
// A full stop only ends it after a word, not inside an abbreviation ("the U.S. envoy", "the U.N. coordinator").
const APPOSITIVE = /^,\s+((?:the|a|an|who|whose|Trump's|Biden's|[A-Z][\w-]*'s)\b(?:[^,;.]|(?<=\b[A-Z])\.){0,90})/;
// Characters of context compromise sees on each side of a candidate name.
const NER_WINDOW = 60;
// One compromise call per this many characters of report (about 1.5 ms each, against a 2 MB/s budget).
const TEXT_PER_NER_CALL = 3000;
// An organisation's acronym knowledge may not list ("SPLM-N", "EMC"), tried only in sentences that pair sides.
const ACRONYM = /(?<![\p{L}\p{N}])[A-Z]{2,6}(?:-[A-Z]{1,2})?(?![\p{L}\p{N}])/gu;
const PAIRING = /\bbetween\b|[A-Z][-‐‑–][A-Z]/;
// Acronyms that are not organisations.
const NOT_ORGANISATION = new Set(['AM', 'PM', 'GMT', 'EST', 'EDT', 'UTC', 'CEO', 'TV', 'ID', 'NGO', 'NGOS', 'MP', 'MK', 'AP', 'II', 'III', 'OK', 'UAV', 'GDP', 'COVID']);
// Titles of people sent to broker talks.
const ENVOY_TITLE = /\b(?:envoy|facilitator|special representative|special coordinator|intermediary)\b/i;
// At most this many words of a title phrase make a role.
const ROLE_WORDS = 5;
// A word that makes a phrase a role.
const ROLE_WORD = /\b(?:minister|envoy|director|chief|head|negotiator|mediator|president|ambassador|coordinator|adviser|advisor|secretary|emir|king|prince|commander|leader|representative|speaker|official)\b/i;
// After a word, another capitalised name word that is no weekday or month: the word was a first name.
const FIRST_NAME_OF = /^\s(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\b)(?:[A-Z][\p{Ll}]{2,}(?![\p{L}'’])|(?:al|el|bin|ibn|abu|ben|van|von|de|da|di|du)[-\s][A-Z])/u;
// A possessive ending captured with a name ("Hayya's").
const POSSESSIVE_END = /['’]s$/;
const POSSESSIVE_AT = /['’]s\b/y;
// "Last Wednesday, Ethiopia's Prime Minister...": a capitalised time phrase before a role appositive is not a name.
const TIME_PHRASE = /^(?:(?:Last|Next|This|Early|Late|Earlier|Later)\s|(?:January|February|March|July|September|October|November|December)\b)|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const WHITESPACE = /\s/;
const CONTRIBUTED = /\bcontributed (?:reporting|to this report)\b|\bcontributed\b.*\breport/i;

/**
 * Finds every actor the report names: knowledge actors by name, alias, demonym,
 * capital or institution (surnames only once the full name or a title has been
 * seen), and people knowledge lacks, from role cues ("Egypt's intelligence chief
 * X", "X, the US special envoy") and, on cue sentences only, compromise's
 * person recogniser.
 */
export function findMentions(sentences: Sentence[], skip: Set<number>, k: CompiledKnowledge): MentionResult {
	const mentions: ActorMention[] = [];
	const people = new Map<string, PersonInfo>();
	const seenFull = new Set<string>();
	const surnames = new Map<string, string>();
	// One regex per surname and report, not per sentence that names it.
	const surnamePatterns = new Map<string, RegExp>();
	// compromise calls left for this report: it is slow, and a pathological text must not make it crawl.
	const length = sentences.length ? sentences.at(-1)!.end : 0;
	const nerBudget = {left: 1 + Math.floor(length / TEXT_PER_NER_CALL)};
	// Each step is its own function: a deopt in one (new hidden classes keep turning up) re-optimises only that step.
	for (const s of sentences) {
		if (skip.has(s.paragraph)) continue;
		const local = knownMentions(s, k, seenFull, people);
		if (PAIRING.test(s.text)) local.push(...findAcronyms(s, local, k));
		for (const found of findUnknownPeople(s, local, k, nerBudget)) {
			local.push(found);
			notePerson(people, found.name, undefined, false, false);
			surnames.set(found.name.split(/\s+/).at(-1)!, found.name);
		}
		addSurnameMentions(s, local, surnames, surnamePatterns);
		notePersonContext(s, local, people, k);
		mentions.push(...local.sort((a, b) => a.start - b.start));
	}
	return {mentions, people};
}

/** The sentence's knowledge actors (surnames only once the full name or a title has been seen), noting people. */
function knownMentions(s: Sentence, k: CompiledKnowledge, seenFull: Set<string>, people: Map<string, PersonInfo>): ActorMention[] {
	const local: ActorMention[] = [];
	for (const m of k.actorMatcher.matchAll(s.text)) {
		const forms = m.value;
		let chosen = forms[0];
		if (!chosen) continue;
		if (chosen.kind === 'surname') {
			const seen = forms.find((f) => seenFull.has(f.actor.name));
			const titled = k.cues.titleAtEnd.test(s.text.slice(Math.max(0, m.index - 40), m.index));
			// A surname that is only the first name of a longer name ("Ibrahim Kalin", "Ahmed al-Rabie") is not its bearer.
			if (!seen && FIRST_NAME_OF.test(s.text.slice(m.index + m.text.length, m.index + m.text.length + 30))) continue;
			if (seen) chosen = seen;
			else if (!(titled || (forms.length === 1 && m.text.length >= 6))) continue;
		}
		if (chosen.actor.type === 'person' && chosen.kind === 'name') seenFull.add(chosen.actor.name);
		const mention: ActorMention = {
			name: chosen.actor.name,
			type: chosen.actor.type,
			kind: chosen.kind,
			start: s.start + m.index,
			end: s.start + m.index + m.text.length,
			sentence: s.index,
			possessive: isPossessiveAt(s.text, m.index + m.text.length),
		};
		local.push(mention);
		if (chosen.actor.type === 'person') {
			notePerson(people, chosen.actor.name, chosen.actor.country, true, chosen.actor.nonActor !== undefined);
			const info = people.get(chosen.actor.name)!;
			if (chosen.actor.envoy) info.envoy = true;
			info.role ??= chosen.actor.roles?.[0]?.title;
		}
	}
	return local;
}

/** Later mentions of people found by cues, by surname ("Hayya" after "Khalil al-Hayya"), where nothing else is named. */
function addSurnameMentions(s: Sentence, local: ActorMention[], surnames: Map<string, string>, surnamePatterns: Map<string, RegExp>): void {
	for (const [surname, name] of surnames) {
		if (!s.text.includes(surname)) continue;
		let pattern = surnamePatterns.get(surname);
		if (!pattern) surnamePatterns.set(surname, (pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'gu')));
		for (const m of allMatches(pattern, s.text)) {
			const start = s.start + m.index;
			if (local.some((x) => x.start <= start && x.end > start)) continue;
			local.push({name, type: 'person', kind: 'surname', start, end: start + surname.length, sentence: s.index, possessive: isPossessiveAt(s.text, m.index + surname.length)});
		}
	}
}

/** What the words around each person mention say of them: non-actor, mediator, envoy, role, country. */
function notePersonContext(s: Sentence, local: ActorMention[], people: Map<string, PersonInfo>, k: CompiledKnowledge): void {
	let contributed: boolean | undefined;
	for (const mention of local) {
		if (mention.type !== 'person') continue;
		const rel = mention.start - s.start;
		const before = s.text.slice(Math.max(0, rel - 80), rel);
		const after = s.text.slice(rel + mention.end - mention.start);
		const appositive = APPOSITIVE.exec(after)?.[1] ?? '';
		const titlePhrase = lastPhrase(before.replace(/,\s*$/, ''));
		const info = people.get(mention.name)!;
		// Each flag, once set, stays set: its tests are skipped from then on.
		if (!info.nonActor) {
			info.nonActor =
				k.cues.nonActor.test(titlePhrase) || k.cues.nonActor.test(appositive) || (!info.known && TOLD_REPORTERS_AFTER.test(after)) || (contributed ??= CONTRIBUTED.test(s.text));
		}
		if (!info.calledMediator && (k.cues.mediation.test(titlePhrase.slice(-40)) || k.cues.mediation.test(appositive))) info.calledMediator = true;
		if (!info.envoyTitle && (ENVOY_TITLE.test(titlePhrase.slice(-40)) || ENVOY_TITLE.test(appositive))) info.envoyTitle = true;
		if (!info.role) {
			const role = cleanRole(titlePhrase, k) ?? cleanRole(appositive, k);
			if (role) info.role = role;
		}
		if (!info.country) info.country = affiliation(titlePhrase, appositive, k) ?? delegationOf(s.text.slice(0, rel), k);
	}
}

/** Organisations knowledge lacks, named by an acronym, in sentences that set sides against each other. */
function findAcronyms(s: Sentence, known: ActorMention[], k: CompiledKnowledge): ActorMention[] {
	const found: ActorMention[] = [];
	for (const m of allMatches(ACRONYM, s.text)) {
		const start = s.start + m.index;
		if (NOT_ORGANISATION.has(m[0]) || k.outletByForm.has(m[0]) || known.some((x) => x.start <= start && x.end > start)) continue;
		found.push({name: m[0], type: 'organization', kind: 'acronym', start, end: start + m[0].length, sentence: s.index, possessive: isPossessiveAt(s.text, m.index + m[0].length)});
	}
	return found;
}

// "'s" right at `index` (sticky: no slice of the rest of the sentence per mention).
function isPossessiveAt(text: string, index: number): boolean {
	POSSESSIVE_AT.lastIndex = index;
	return POSSESSIVE_AT.test(text);
}

function notePerson(people: Map<string, PersonInfo>, name: string, country: string | undefined, known: boolean, nonActor: boolean): void {
	// Every field set here, in one order: flags added later would give each person a different hidden class.
	if (!people.has(name)) people.set(name, {name, country, role: undefined, nonActor, calledMediator: false, envoy: false, envoyTitle: false, known});
}

// A title's portfolio at the start of a capitalised run ("African Affairs", "Near Eastern Affairs", "International Development").
const PORTFOLIO_START = /^(?:[A-Z][\p{L}-]+\s+){0,3}(?:Affairs|Relations|Cooperation|Development|Intelligence|Operations|Policy|Planning)\s+(?=[A-Z][\p{L}-]+\s+[A-Z])/u;

/** People knowledge does not list, found by a title before or an appositive after a capitalised name. */
function findUnknownPeople(s: Sentence, known: ActorMention[], k: CompiledKnowledge, nerBudget: {left: number}): ActorMention[] {
	const found: ActorMention[] = [];
	const covered = (start: number, end: number) => known.some((m) => m.start - s.start < end && m.end - s.start > start);
	let sentenceActs: boolean | undefined;
	const candidates: Array<{index: number; text: string}> = [];
	for (const m of allMatches(PERSON_NAME, s.text)) candidates.push({index: m.index, text: m[0].replace(POSSESSIVE_END, '')});
	for (const c of candidates) {
		let {index, text} = c;
		const honorific = k.cues.honorificAtStart.exec(text + ' ');
		if (honorific) {
			index += honorific[0].length;
			text = text.slice(honorific[0].length);
		}
		// "Army Secretary Dan Driscoll", "Deputy Foreign Minister Sergiy Kyslytsya": a capitalised title run into the name.
		const titled = titleInside(text, k);
		const titledName = titled > 0 && !text.slice(titled).split(' ').some((w) => k.cues.notNameWords.has(w));
		if (titledName) {
			index += titled;
			text = text.slice(titled);
		}
		// "Assistant Secretary of State for African Affairs Molly Phee": the portfolio ends the title, the name follows.
		const portfolio = PORTFOLIO_START.exec(text);
		if (portfolio) {
			index += portfolio[0].length;
			text = text.slice(portfolio[0].length);
		}
		// One word only (the candidate has no space at either end): no name to check.
		if (!WHITESPACE.test(text) || TIME_PHRASE.test(text) || covered(index, index + text.length)) continue;
		if (k.actorForms.has(text) || k.venueByForm.has(text) || k.outletByForm.has(text)) continue;
		const before = s.text.slice(Math.max(0, index - 60), index);
		const after = s.text.slice(index + text.length);
		let cued = Boolean(honorific) || titledName || Boolean(portfolio) || k.cues.titleAtEnd.test(before) || HEAD_OF_BEFORE.test(before) || isRoleAppositive(after, k);
		if (!cued && nerBudget.left > 0 && !text.split(/\s+/).some((w) => k.cues.notNameWords.has(w.replace(/['’]s$/, ''))) && (sentenceActs ??= k.cues.acts.test(s.text))) {
			nerBudget.left--;
			// compromise is slow: it only sees a window around the candidate, and only for plausible names.
			const window = s.text.slice(Math.max(0, index - NER_WINDOW), index + text.length + NER_WINDOW);
			const people = namesIn(window, 'people');
			cued = people.some((n) => n.replace(/[.,]$/, '').endsWith(text.split(/\s+/).at(-1)!) && text.includes(n.split(/\s+/)[0]!));
		}
		if (!cued) continue;
		found.push({name: text, type: 'person', kind: 'role-cue', start: s.start + index, end: s.start + index + text.length, sentence: s.index, possessive: isPossessiveAt(s.text, index + text.length)});
	}
	return found;
}

/**
 * Where the name starts when a capitalised title opens the candidate ("Army Secretary Dan Driscoll" -> 16): the end of
 * the last title that leaves a name of two or three words. 0 when none does.
 */
function titleInside(text: string, k: CompiledKnowledge): number {
	const spaces: number[] = [];
	for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) spaces.push(i);
	for (let j = spaces.length - 2; j >= Math.max(0, spaces.length - 3); j--) {
		const at = spaces[j]!;
		if (k.cues.titleAtEnd.test(text.slice(0, at))) return at + 1;
	}
	return 0;
}

/**
 * The words after the last break (",", ";", ":", "(" or the word "and") — the last piece
 * `split(/[,;:(]|\band\b/)` would give, without splitting the whole text.
 */
function lastPhrase(text: string): string {
	for (let i = text.length - 1; i >= 0; i--) {
		const c = text.charCodeAt(i);
		if (c === 44 || c === 59 || c === 58 || c === 40) return text.slice(i + 1);
		if (c === 100 && i >= 2 && text.startsWith('and', i - 2) && !isWordChar(text.charCodeAt(i - 3)) && !isWordChar(text.charCodeAt(i + 1))) return text.slice(i + 1);
	}
	return text;
}

/** A \w character (NaN, past either end of the text, is none). */
function isWordChar(c: number): boolean {
	return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isRoleAppositive(after: string, k: CompiledKnowledge): boolean {
	const appositive = APPOSITIVE.exec(after)?.[1];
	if (!appositive) return false;
	return /\b(?:who (?:heads|leads|became)|minister|envoy|director|chief|head|negotiator|mediator|president|ambassador|adviser|advisor|coordinator|spokes\w+|commander|leader|secretary)\b/i.test(appositive) || k.cues.nonActor.test(appositive);
}

/** The state or organisation named in the title phrase before the person, else in the appositive after. */
function affiliation(titlePhrase: string, appositive: string, k: CompiledKnowledge): string | undefined {
	return lastActorIn(titlePhrase.slice(-60), k) ?? firstActorIn(appositive, k);
}

function actorsIn(text: string, k: CompiledKnowledge): string[] {
	return k.actorMatcher
		.matchAll(text)
		.map((m) => m.value[0])
		.filter((f) => f && f.actor.type !== 'person' && f.kind !== 'surname')
		.map((f) => f!.actor.name);
}

function firstActorIn(text: string, k: CompiledKnowledge): string | undefined {
	return actorsIn(text, k)[0];
}

function lastActorIn(text: string, k: CompiledKnowledge): string | undefined {
	return actorsIn(text, k).at(-1);
}

/**
 * The side whose delegation lists the person: "The American side was represented by Rubio, Witkoff and Army
 * Secretary Dan Driscoll", "the Ukrainian delegation, led by Yermak, included Umerov". `before` is the sentence up
 * to the person; the list must run on from the delegation's head without a clause break.
 */
function delegationOf(before: string, k: CompiledKnowledge): string | undefined {
	if (!DELEGATION_WORD.test(before)) return undefined;
	let head: RegExpExecArray | undefined;
	for (const m of allMatches(DELEGATION_HEAD, before)) head = m;
	if (!head || LIST_BREAK.test(before.slice(head.index + head[0].length))) return undefined;
	return firstActorIn(head[1]!, k);
}

/** The title words at the end of a phrase ("Egypt's intelligence chief"), without leading filler ("including the"). */
function cleanRole(phrase: string, k: CompiledKnowledge): string | undefined {
	const words = phrase.trim().replace(/^(?:the|a|an|who is|who)\s+/i, '').split(/\s+/).filter(Boolean).slice(-ROLE_WORDS);
	while (words.length && /^[a-z]/.test(words[0]!) && !k.cues.titleAtEnd.test(` ${words[0]}`)) words.shift();
	const role = words.join(' ').replace(/[,;:]+$/, '');
	if (!role || !ROLE_WORD.test(role)) return undefined;
	return role;
}
