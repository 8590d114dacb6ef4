import type {CompiledKnowledge} from '../knowledge/compile-knowledge.js';
import type {Sentence} from './split-sentences.js';
import {namesIn} from './ner-cache.js';

/** One of `prepositions` right before a city, or before a short place phrase or list leading to it. */
function prepositionGoverning(prepositions: string): RegExp {
	return new RegExp(String.raw`\b(?:${prepositions})\s+(?:(?:the|of|and|city|capital|resort|port|town|[A-Z][\p{L}.'’-]*)(?:,\s*|\s+))*$`, 'u');
}

/** One mention of a known city and the verdict on it. */
export interface VenueMention {
	name: string;
	start: number;
	end: number;
	sentence: number;
	paragraph: number;
	/** venue: talks are held there; place: just named; metonym: the capital stands for its state. */
	status: 'venue' | 'place' | 'metonym' | 'excluded';
}

export interface VenueResult {
	venues: string[];
	mentions: VenueMention[];
}

// A word starts at a letter or digit and runs on over these; a run of them without a letter or digit is no word.
const WORD_START_CHAR = /^[\p{L}\p{N}]$/u;
const WORD_CHAR = /^[\p{L}\p{N}'’.-]$/u;
// Characters of context judged on each side of a city.
const CONTEXT = 200;
// Words passed over when looking back from a city for its cue ("went to Cairo and Doha").
const SKIPPED_WORDS = new Set(['in', 'at', 'to', 'for', 'from', 'into', 'and', 'the', 'on', 'this', 'last', 'next', 'early', 'late', 'earlier', 'later', 'week', 'weekend', 'month', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'evening', 'night', 'afternoon', 'currently', 'now', 'also', 'again']);
const PREPOSITION_BEFORE = /\b(?:in|at|to|from|into|toward|towards|near|inside|outside|for)\s+(?:[\p{L}-]+(?:,\s*|\s+and\s+|\s+))*?$/iu;
// A preposition that governs the city itself: right before it, or before a short place phrase or list
// ("in Doha", "in the Saudi city of Jeddah", "to Cairo and Doha"), not several clauses back.
const GOVERNING_PREPOSITION_BEFORE = prepositionGoverning(String.raw`[Ii]n|[Aa]t|[Tt]o|[Ff]rom|[Ii]nto|[Tt]owards?|[Nn]ear|[Ii]nside|[Oo]utside|[Ff]or`);
// A reporting verb or complementiser right before the city: it opens a reported clause as its subject
// ("Medinsky said Moscow was satisfied", "officials say Kyiv wants").
const REPORTED_SUBJECT_BEFORE = /\b(?:said|says|say|told\s+[\p{L}]+|added|stated|insisted|noted|warned|believes|believed|that|what|as)\s+$/u;
// "Tehran's nuclear programme", "toward Moscow's demands": a capital in the possessive is its state, unless a preposition
// of place governs it ("at Doha's Sheraton", "in Tehran's Evin prison").
const POSSESSIVE_AFTER = /^['’]s\b/;
const PLACE_PREPOSITION_BEFORE = prepositionGoverning(String.raw`[Ii]n|[Aa]t|[Ii]nto|[Ii]nside|[Oo]utside|[Nn]ear`);
// "flew in from Cairo", "took off from Tehran", "reporting from Doha": where someone came from, not where talks were.
const FROM_BEFORE = /\b(?:from|out of)\s+$/i;
// "(flew home from Oslo) following two days of talks".
const TALKS_FOLLOWING_AFTER = /^,?\s+(?:after|following)\b[^.;]{0,40}?\b(?:talks|negotiations|meetings?|rounds?|consultations)\b/i;
// "recalled its negotiating team from Doha", "the delegation returned from Cairo": the talks were there.
const DELEGATION_FROM_BEFORE = /\b(?:teams?|delegations?|negotiators|envoys?|mediators)\b[^.;,]{0,40}\bfrom\s+$|\b(?:recall(?:s|ed|ing)?|withdr[ae]w|withdraw(?:s|n|ing)?|pull(?:s|ed|ing)?)\s+(?:[\p{L}'’-]+\s+){0,4}from\s+$/iu;
// "gave Tehran access", "told Moscow", "urged Kigali to": a capital as the object of a verb of giving or telling is its state.
const STATE_OBJECT_VERB_BEFORE = /\b(?:gave|give|gives|giving|grant(?:s|ed|ing)?|allow(?:s|ed|ing)?|offer(?:s|ed|ing)?|hand(?:s|ed|ing)?|den(?:y|ies|ied|ying)|told|tell(?:s|ing)?|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|warn(?:s|ed|ing)?|assur(?:e|es|ed|ing)|reassur(?:e|es|ed|ing)|persuad(?:e|es|ed|ing)|convinc(?:e|es|ed|ing))\s+$/i;
// "the Washington area", "the Kyiv region": a stretch of land around the city, not a meeting place.
const AREA_AFTER = /^\s+(?:area|region|outskirts|suburbs|countryside|metropolitan area)\b/i;
// "Erdogan said in Istanbul that", "spoke in Ankara on Monday": where someone spoke, not where talks were held.
const SPOKE_IN_BEFORE = /\b(?:said|says|told\s+[\p{L}]+|declared|announced|stated|spoke|speaking|warned|insisted|added|remarked|commented)\s+(?:(?:on|late|early)\s+[\p{L}]+\s+)?(?:in|at)\s+$/iu;
// "in the capital", "in the administrative capital", "in the city": the dateline's city, in wire style.
const DATELINE_CITY_PERIPHRASIS = /\bthe (?:(?:administrative|Egyptian|Qatari|Saudi|Omani|Turkish|Malaysian|French|Swiss|Kenyan|Angolan|[A-Za-z][a-z]+) )?(?:capital|city)\b(?! of\b)/g;
// An upper-case dateline: "SHARM EL-SHEIKH, Egypt (AP) —", "DOHA, Nov 15 (Reuters) -".
const DATELINE_CITY = /^([A-Z][A-Z .'’-]{1,40}?)(?:,\s*[A-Z][\p{L}.' -]{1,30}?)?(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z.]*\s+\d{1,2})?\s*(?:\(|—|–|\s-\s)/u;
const HYPHEN_BEFORE = /[\p{L}.][-‐‑–]$/u;
// A city inside an organisation's or a paper's name ("the OSCE Minsk Group", "the Tehran Times"): not a place at all.
// "reopening Sanaa airport": the city names a facility, the object of a term, not where talks are held.
const FACILITY_AFTER = /^\s+(?:international\s+)?(?:airport|port|harbou?r|air ?base|crossing|prison|hospital)\b/i;
const ORGANISATION_NAME_AFTER = /^\s+(?:Group|Club|Institute|Centre|Center|University|Post|Times|Stock Exchange|Museum|Stadium|Square|Process|Format|Accords?|Agreement|Protocol)\b/;
const HYPHEN_AFTER = /^[-‐‑–][\p{L}\p{N}]/u;
const BETWEEN_BEFORE = /\bbetween\s+(?:[\p{L}-]+\s+){0,3}$/iu;
// The word BETWEEN_BEFORE needs: a fast literal scan that spares most windows the slow end-anchored one.
const BETWEEN_WORD = /between/i;
// A dateline: the city opens its paragraph and is followed by ":", "(AP)", ", Aug. 16" or a dash.
const DATELINE_AFTER = /^(?:,\s*[A-Z][\w ]+)?\s*(?::|\(|,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\s+[—–-]\s)/;
// "told reporters in Tel Aviv (after the meeting)", "at a news conference in Tehran": where a side or mediator spoke, not
// where talks were held, whatever follows the city.
const PRESS_BEFORE = /\b(?:(?:told|telling|briefed|briefing|addressed|addressing|speaking\s+to|spoke\s+to|talking\s+to|talked\s+to)\s+(?:the\s+)?(?:reporters|journalists|press|media)|(?:press|news)\s+(?:conference|briefing))\s+(?:in|at)\s+$/i;
// "the government's Security and Defense Council said after a meeting in Port Sudan", "the cabinet met in Baabda": one
// side's own body meeting at home is no talks.
const OWN_MEETING_BEFORE = /\b(?:cabinet|politburo|parliament|knesset|shura\s+council|(?:security\s+and\s+)?defen[cs]e\s+council|sovereignty\s+council|national\s+security\s+council|central\s+committee|leadership\s+council)\b[^.;]{0,80}?\b(?:met|meets|meeting|convened|convenes|session)\s+(?:[\w-]+\s+){0,2}?(?:in|at)\s+$/i;
// "accusing Abu Dhabi of arming": the city stands for its state.
const ACCUSED_BEFORE = /\b(?:accus\w*|blam\w*)\s+$/i;
// "put the blame on Moscow", "pressure on Kigali", "neither Paris nor Washington had a hand": the capital is its state.
const STATE_OBJECT_BEFORE = /\b(?:(?:blame|pressure|sanctions|onus|demands|responsibility)\s+on|neither|nor)\s+$/i;
// "one Yerevan analyst", "a Kyiv-based researcher": the city describes a person.
const PERSON_NOUN_AFTER = /^\s+(?:analysts?|residents?|commentators?|researchers?|experts?|journalists?|correspondents?|academics?|scholars?|observers?)\b/i;
// "returned to Tehran for consultations": a negotiator going home to report, not talks held there.
const RETURNED_BEFORE = /\b(?:returned|returning|returns|went|headed|flew|travel(?:l)?ed|recalled)\s+(?:back\s+|home\s+)?to\s+$/i;
const FOR_CONSULTATIONS_AFTER = /^\s+(?:for|to hold)\s+(?:further\s+)?(?:consultations|instructions)\b/i;
const OF_AFTER = /^\s+(?:of|for)\b/;
const WHERE_AFTER = /^,?\s+where\b/i;
const NEW_MEETING_AFTER = /^,?\s+(?:after|following)\s+(?!(?:the|that|this|these|those|their|his|her|its)\b)/i;
const CLAUSE_OPENED = /(?:^|[,;:]\s*|\b(?:and|but|while|as|whereas)\s+)$/;
const SPEECH_AFTER = /^\s+(?:(?:has|have|had|also|later|then|again|repeatedly|quickly|publicly|firmly)\s+)*(?:said|says|insisted|insists|rejected|rejects|pressed|presses|accused|accuses|warned|warns|urged|urges|demanded|demands|denied|denies|responded|welcomed|welcomes|dismissed|dismisses|called|calls|wants|hopes|believes|announced|threatened|claimed|claims|stressed|stresses|signalled|signaled|vowed|vows|insist|reject|refused|refuses)\b/;
// Passes over a list of further places or actors after a city: ", Doha, and Washington".
/** "the relevant authorities in Sanaa": those who rule from the city, not a meeting there (unless met there). */
const AUTHORITIES_IN_BEFORE = /\b(?:authorities|rulers|regime)\s+in\s+$/i;
const AUTHORITIES_MET_BEFORE = /\b(?:met|meet|meets|meeting|talks with|visited|visiting|visit)\s+(?:(?:the|with|local|relevant|de facto|[A-Z][\p{L}-]*)\s+){0,3}(?:authorities|rulers|regime)\s+in\s+$/u;
const LIST_AFTER = /^(?:\s*,\s*(?:and\s+)?[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?|\s+and\s+[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)*/u;

// A capitalised place name at a position, with the state that may follow it: "Montreux, Switzerland".
// "St. Petersburg", "Saint-Denis": the saint's prefix belongs to the name.
const PLACE_NAME = /((?:St\.? |Saint[ -]|Sankt[ -])?[A-Z][\p{Ll}]+(?:-[\p{Ll}]+)*(?:[ -][A-Z][\p{Ll}]+)?)(?=(,\s+[A-Z][\p{L}]+(?:\s[A-Z][\p{L}]+)?)?)/uy;
// " in " or " at " followed by a capital letter: where an unknown place may start.
const PREPOSITION_THEN_CAPITAL = / (?:in|at) (?=[A-Z])/g;
// "the Qatari capital", "the Egyptian capital".
const CAPITAL_PERIPHRASIS = /\bthe ([A-Z][\p{L}]+) capital\b/gu;
// Event-cue nouns that, as the object of a talks verb, name the people met rather than a press event.
const MET_PEOPLE = new Set(['officials']);
// Characters of context compromise sees around an unknown place.
const PLACE_WINDOW = 40;
// One compromise confirmation per this many characters of report (about 1.5 ms each).
const TEXT_PER_PLACE_CHECK = 5000;

/**
 * Cities where talks are held, were held or are scheduled. A known city counts
 * when a talks cue governs it: a cue word shortly before ("talks in", "arrived
 * in", "will reconvene in"), a talks noun after ("the Doha round"), or a purpose
 * after ("in Doha to meet", "in Cairo, where mediators"), the nearest cue deciding
 * between talk cues and site-of-event cues (strike, rally, press conference).
 * Capitals used for their state ("Cairo, Doha and Washington are mediating",
 * "Kyiv-Moscow talks"), datelines and captions are not venues.
 */
export function findVenues(sentences: Sentence[], skip: Set<number>, k: CompiledKnowledge): VenueResult {
	const mentions: VenueMention[] = [];
	let paragraph = -1;
	// compromise confirmations of unknown places, cached by window and capped per report (it is slow).
	const length = sentences.length ? sentences.at(-1)!.end : 0;
	const placeChecks = {left: 1 + Math.floor(length / TEXT_PER_PLACE_CHECK)};
	for (const s of sentences) {
		const opensParagraph = s.paragraph !== paragraph;
		paragraph = s.paragraph;
		if (skip.has(s.paragraph)) continue;
		for (const m of k.venueMatcher.matchAll(s.text)) {
			const status = judge(s.text, m.index, m.index + m.text.length, opensParagraph && m.index === 0, k);
			mentions.push({name: m.value.name, start: s.start + m.index, end: s.start + m.index + m.text.length, sentence: s.index, paragraph: s.paragraph, status});
		}
		mentions.push(...findUnknownVenues(s, k, placeChecks), ...findCapitalPeriphrases(s, k));
	}
	mentions.push(...findDatelinePeriphrases(sentences, skip, mentions, k));
	const venues: string[] = [];
	for (const m of mentions) if (m.status === 'venue' && !venues.includes(m.name)) venues.push(m.name);
	return {venues, mentions};
}

/**
 * "met at the prime minister's residence in the administrative capital": under a talks cue, "the capital"
 * or "the city" without a name is the city of the report's dateline ("PUTRAJAYA, Malaysia (Reuters) -").
 */
function findDatelinePeriphrases(sentences: Sentence[], skip: Set<number>, mentions: VenueMention[], k: CompiledKnowledge): VenueMention[] {
	const dateline = datelineCity(sentences.find((s) => !skip.has(s.paragraph)), mentions, k);
	if (!dateline) return [];
	const found: VenueMention[] = [];
	for (const s of sentences) {
		if (skip.has(s.paragraph) || !/\b(?:capital|city)\b/.test(s.text)) continue;
		for (const m of s.text.matchAll(DATELINE_CITY_PERIPHRASIS)) {
			// "the Qatari capital" names its own city (findCapitalPeriphrases); only a bare or generic one is the dateline's.
			const word = m[0].split(' ')[1]!;
			// An unknown demonym still names the dateline's city when it is that city's country ("BRIDGETOWN ... in the Barbadian capital").
			if (word !== 'capital' && word !== 'city' && word !== 'administrative' && /^[A-Z]/.test(word) && !demonymOf(word, dateline.country)) continue;
			const before = s.text.slice(Math.max(0, m.index - CONTEXT), m.index);
			if (!/\b(?:in|at)\s+$/i.test(before) || judge(s.text, m.index, m.index + m[0].length, false, k) !== 'venue') continue;
			found.push({name: dateline.name, start: s.start + m.index, end: s.start + m.index + m[0].length, sentence: s.index, paragraph: s.paragraph, status: 'venue'});
		}
	}
	return found;
}

/** "Barbadian" for "Barbados", "Angolan" for "Angola": a demonym sharing the country name's first five letters. */
function demonymOf(word: string, country: string | undefined): boolean {
	if (!country || word.length < 5) return false;
	return country.toLowerCase().startsWith(word.slice(0, 5).toLowerCase());
}

/** The known city a report's dateline opens with, in capitals or not ("PUTRAJAYA, Malaysia (Reuters) -"). */
function datelineCity(first: Sentence | undefined, mentions: VenueMention[], k: CompiledKnowledge): {name: string; country?: string} | undefined {
	if (!first) return undefined;
	const known = mentions.find((m) => m.status === 'excluded' && m.start === first.start);
	if (known) return {name: known.name, country: k.venueByForm.get(known.name)?.country};
	const m = DATELINE_CITY.exec(first.text);
	if (!m) return undefined;
	const written = m[1]!.trim().toLowerCase();
	for (const [form, venue] of k.venueByForm) if (form.toLowerCase() === written) return venue;
	return undefined;
}

/** "talks in the Qatari capital": the capital of the state whose demonym is named, judged like the city itself. */
function findCapitalPeriphrases(s: Sentence, k: CompiledKnowledge): VenueMention[] {
	const found: VenueMention[] = [];
	if (!s.text.includes(' capital')) return found;
	for (const m of s.text.matchAll(CAPITAL_PERIPHRASIS)) {
		const state = k.actorForms.get(m[1]!)?.find((f) => f.actor.type === 'state')?.actor;
		const capital = state?.capitals?.[0];
		const venue = capital ? k.venueByForm.get(capital) : undefined;
		if (!venue) continue;
		const status = judge(s.text, m.index, m.index + m[0].length, false, k);
		if (status === 'metonym') continue;
		found.push({name: venue.name, start: s.start + m.index, end: s.start + m.index + m[0].length, sentence: s.index, paragraph: s.paragraph, status});
	}
	return found;
}

/**
 * Cities knowledge does not list, under a talks cue and recognised as a place:
 * followed by a known state ("in Montreux, Switzerland") or confirmed by
 * compromise on a short window. Regions and territories are never venues.
 */
function findUnknownVenues(s: Sentence, k: CompiledKnowledge, placeChecks: {left: number}): VenueMention[] {
	const found: VenueMention[] = [];
	if (!s.text.includes(' in ') && !s.text.includes(' at ')) return found;
	for (const at of prepositionTargets(s.text)) {
		PLACE_NAME.lastIndex = at;
		const m = PLACE_NAME.exec(s.text);
		if (!m) continue;
		const name = m[1]!;
		if (k.venueByForm.has(name) || k.actorForms.has(name) || k.outletByForm.has(name) || k.cues.regions.has(name)) continue;
		if (name.split(/[ -]/).some((w) => k.cues.notNameWords.has(w))) continue;
		const index = at;
		if (judge(s.text, index, index + name.length, false, k) !== 'venue') continue;
		const country = m[2]?.replace(/^,\s+/, '');
		const known = country !== undefined && k.actorForms.get(country)?.some((f) => f.actor.type === 'state');
		if (!known) {
			if (placeChecks.left <= 0) continue;
			placeChecks.left--;
			const window = s.text.slice(Math.max(0, index - PLACE_WINDOW), index + name.length + PLACE_WINDOW);
			const places = namesIn(window, 'places');
			if (!places.some((p) => p.replace(/[.,]$/, '').startsWith(name))) continue;
		}
		found.push({name, start: s.start + index, end: s.start + index + name.length, sentence: s.index, paragraph: s.paragraph, status: 'venue'});
	}
	return found;
}

/** Positions right after " in " / " at " where a capitalised word starts. */
function prepositionTargets(text: string): number[] {
	const targets: number[] = [];
	PREPOSITION_THEN_CAPITAL.lastIndex = 0;
	for (let m = PREPOSITION_THEN_CAPITAL.exec(text); m; m = PREPOSITION_THEN_CAPITAL.exec(text)) targets.push(m.index + m[0].length);
	return targets;
}

/**
 * The verdict on a city written at text[start, end), from the 200 characters on each side:
 * metonym, excluded (a name or a dateline), place, or venue under a talks cue.
 */
function judge(text: string, start: number, end: number, opensParagraph: boolean, k: CompiledKnowledge): VenueMention['status'] {
	const lo = Math.max(0, start - CONTEXT);
	const before = text.slice(lo, start);
	const after = text.slice(end, end + CONTEXT);
	if (HYPHEN_BEFORE.test(before.slice(-3)) || HYPHEN_AFTER.test(after)) return 'metonym';
	if (ORGANISATION_NAME_AFTER.test(after)) return 'excluded';
	if (FACILITY_AFTER.test(after)) return 'place';
	if (opensParagraph && DATELINE_AFTER.test(after)) return 'excluded';
	// A capital opening a clause and speaking or pressing ("In Istanbul, Moscow said ...", "After the talks, Kyiv insisted") is its state.
	if (SPEECH_AFTER.test(after) && CLAUSE_OPENED.test(before)) return 'metonym';
	// A city that is the subject of a verb ("Moscow was satisfied", "the regions Moscow claims") is its state,
	// unless a preposition governs it ("talks in Doha will resume").
	if (POSSESSIVE_AFTER.test(after) && !PLACE_PREPOSITION_BEFORE.test(before)) return 'metonym';
	if (STATE_OBJECT_VERB_BEFORE.test(before)) return 'metonym';
	if (AREA_AFTER.test(after)) return 'place';
	if (stateVerbAfter(after, k) && (!PREPOSITION_BEFORE.test(before) || !GOVERNING_PREPOSITION_BEFORE.test(before) || REPORTED_SUBJECT_BEFORE.test(before))) return 'metonym';
	if (BETWEEN_WORD.test(before) && BETWEEN_BEFORE.test(before)) return 'metonym';
	if (AUTHORITIES_IN_BEFORE.test(before) && !AUTHORITIES_MET_BEFORE.test(before)) return 'metonym';
	if (ACCUSED_BEFORE.test(before) && OF_AFTER.test(after)) return 'metonym';
	if (STATE_OBJECT_BEFORE.test(before)) return 'metonym';
	if (PERSON_NOUN_AFTER.test(after)) return 'place';
	if (RETURNED_BEFORE.test(before) && FOR_CONSULTATIONS_AFTER.test(after)) return 'place';
	// "told reporters in Pretoria, where the talks were held" still says where the talks were, and so does a meeting
	// first named after the city ("spoke to reporters in Nairobi after a meeting with the envoys"); "after the
	// meeting" refers back to one the text has placed.
	if (((PRESS_BEFORE.test(before) || SPOKE_IN_BEFORE.test(before)) && !WHERE_AFTER.test(after) && !NEW_MEETING_AFTER.test(after)) || OWN_MEETING_BEFORE.test(before)) return 'place';
	if (k.cues.venueFollowingNoun.test(after)) return 'venue';
	if (k.cues.venueAfter.some((re) => re.test(after))) return 'venue';
	// Where someone flew in from is not where the talks are, unless what follows says it ("home from Oslo following talks").
	if (FROM_BEFORE.test(before) && !DELEGATION_FROM_BEFORE.test(before) && !TALKS_FOLLOWING_AFTER.test(after)) return 'place';
	return cueBefore(text, lo, start, k);
}

/** A state's verb after the city, past any list of further places ("Moscow and Kyiv insist"). */
function stateVerbAfter(after: string, k: CompiledKnowledge): boolean {
	const rest = after.slice(LIST_AFTER.exec(after)?.[0].length ?? 0);
	return k.cues.stateVerb.test(rest);
}

/**
 * Looks back from `end` (no further than `lo`) for the nearest cue word; talk cues make a venue, event cues do not.
 * Walks back word by word, only as far as it needs.
 */
function cueBefore(text: string, lo: number, end: number, k: CompiledKnowledge): VenueMention['status'] {
	const tailStart = Math.max(lo, end - 60);
	const negativePhrase = k.cues.venueNegativePhrase.exec(text.slice(tailStart, end));
	const negativeFrom = negativePhrase ? tailStart + negativePhrase.index : Infinity;
	let counted = 0;
	let word = counted < k.venueWindow ? previousWord(text, lo, end) : undefined;
	for (; word && counted < k.venueWindow; word = previousWord(text, lo, word.start)) {
		const written = text.slice(word.start, word.end);
		const lower = normalisedWord(written);
		if (word.start >= negativeFrom) return 'excluded';
		if (k.cues.venuePositive.has(lower)) return 'venue';
		if (k.cues.venueNegative.has(lower)) {
			// "met Qatari officials in Doha", "talks with Egyptian officials in Cairo", "talks between American and
			// Ukrainian officials in Jeddah": the people met, not the speakers.
			const metBy = wordsBefore(text, lo, word.start, 4).find((w) => {
				const x = normalisedWord(text.slice(w.start, w.end));
				return k.cues.venuePositive.has(x) || x === 'with' || x === 'between';
			});
			if (MET_PEOPLE.has(lower) && metBy && !/[,;:]/.test(text.slice(metBy.start, word.start))) return 'venue';
			return 'excluded';
		}
		const code = written.charCodeAt(0);
		if (SKIPPED_WORDS.has(lower) || k.venueByForm.has(lower) || (code >= 65 && code <= 90)) continue;
		counted++;
	}
	return negativePhrase ? 'excluded' : 'place';
}

/** A word as cue lists hold it: lower case, without a closing apostrophe or full stop. */
function normalisedWord(written: string): string {
	return written.toLowerCase().replace(/[’'.]+$/, '');
}

interface WordSpan {
	start: number;
	end: number;
}

/** Up to `count` words right before `end` (not before `lo`), in text order. */
function wordsBefore(text: string, lo: number, end: number, count: number): WordSpan[] {
	const words: WordSpan[] = [];
	for (let w = previousWord(text, lo, end); w && words.length < count; w = previousWord(text, lo, w.start)) words.unshift(w);
	return words;
}

/**
 * The last word of text[lo, end), as a forward scan of that slice would find it: in a run of word characters,
 * the word starts at the run's first letter or digit.
 */
function previousWord(text: string, lo: number, end: number): WordSpan | undefined {
	let p = end;
	for (;;) {
		// Pass over characters that are not word characters.
		while (p > lo && charClassBefore(text, lo, p) === CharClass.Other) p = charStartBefore(text, lo, p);
		if (p <= lo) return undefined;
		const runEnd = p;
		let first = -1;
		for (let c = charClassBefore(text, lo, p); p > lo && c !== CharClass.Other; c = p > lo ? charClassBefore(text, lo, p) : CharClass.Other) {
			p = charStartBefore(text, lo, p);
			if (c === CharClass.Start) first = p;
		}
		if (first >= 0) return {start: first, end: runEnd};
	}
}

const enum CharClass {
	Other,
	/** A letter or digit: may start a word. */
	Start,
	/** An apostrophe, full stop or hyphen: only continues one. */
	Inner,
}

/** Where the character (code point) ending at `p` starts; a surrogate pair split at `lo` counts as two. */
function charStartBefore(text: string, lo: number, p: number): number {
	const unit = text.charCodeAt(p - 1);
	if (unit >= 0xdc00 && unit <= 0xdfff && p - 2 >= lo) {
		const high = text.charCodeAt(p - 2);
		if (high >= 0xd800 && high <= 0xdbff) return p - 2;
	}
	return p - 1;
}

/** The class of the character ending at `p`, read within text[lo, p). */
function charClassBefore(text: string, lo: number, p: number): CharClass {
	const unit = text.charCodeAt(p - 1);
	if (unit < 128) {
		if ((unit >= 97 && unit <= 122) || (unit >= 65 && unit <= 90) || (unit >= 48 && unit <= 57)) return CharClass.Start;
		return unit === 39 || unit === 46 || unit === 45 ? CharClass.Inner : CharClass.Other;
	}
	const char = text.slice(charStartBefore(text, lo, p), p);
	if (WORD_START_CHAR.test(char)) return CharClass.Start;
	return WORD_CHAR.test(char) ? CharClass.Inner : CharClass.Other;
}
