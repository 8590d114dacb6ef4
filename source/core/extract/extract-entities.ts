import type {CompiledKnowledge} from '../knowledge/compile-knowledge.js';
import type {DateSource, Mediator, Party} from '../types.js';
import {classifyActors} from './classify-actors.js';
import {findCaptionParagraphs} from './find-captions.js';
import {findMentions} from './find-mentions.js';
import {findOutlet} from './find-outlet.js';
import {findVenues, type VenueMention} from './find-venues.js';
import {inferDate} from './infer-date.js';
import {splitSentences, type Sentence} from './split-sentences.js';

/** The entity facts of one report: who, where, when, and by whom it was published. */
export interface Entities {
	captions: Set<number>;
	venues: string[];
	venueMentions: VenueMention[];
	mediators: Mediator[];
	parties: Party[];
	date: string | null;
	dateSource: DateSource;
	dateEvidence: string[];
	outlet: string | null;
}

/** Metadata the ingest stage found; it wins over what the text suggests. */
export interface EntityMetadata {
	date?: string;
	outlet?: string;
	/** A headline kept apart from the text: "New round of US-Taliban talks in Doha" can be the only place a venue is named. */
	title?: string;
}

/**
 * Entity extraction, in order:
 * 1. mark photo captions and credits (no facts come from them)
 * 2. find venue mentions and judge them (talks venue, place, metonym)
 * 3. find actor mentions (knowledge, role cues, NER on cue sentences)
 * 4. split actors into parties and mediators
 * 5. date and outlet: metadata first, else from the text
 * A headline given apart from the text adds the venues it names.
 */
export function extractEntities(sentences: Sentence[], k: CompiledKnowledge, meta: EntityMetadata = {}): Entities {
	const captions = findCaptionParagraphs(sentences);
	const venueResult = findVenues(sentences, captions, k);
	const {mentions, people} = findMentions(sentences, captions, k);
	const {mediators, parties, conflictStarts} = classifyActors(sentences, mentions, people, venueResult.mentions, k);
	const date = meta.date
		? {date: meta.date, dateSource: 'metadata' as const, dateEvidence: []}
		: inferDate(sentences, captions, mentions, k, conflictStarts, parties.map((p) => p.name));
	if (date.date) datedRoles(mediators, date.date, k);
	const venues = [...venueResult.venues];
	if (meta.title && !sentences.some((s) => s.text.includes(meta.title!))) {
		for (const name of findVenues(splitSentences(meta.title), new Set(), k).venues) if (!venues.includes(name)) venues.push(name);
	}
	return {
		captions,
		venues,
		venueMentions: venueResult.mentions,
		mediators,
		parties,
		...date,
		outlet: meta.outlet ?? findOutlet(sentences, k),
	};
}

/** A known person's role is the office they held on the report's date (Al Thani: foreign minister in 2022, prime minister in 2024). */
function datedRoles(mediators: Mediator[], date: string, k: CompiledKnowledge): void {
	for (const m of mediators) {
		if (m.type !== 'person') continue;
		const roles = k.actorByName.get(m.name)?.roles ?? [];
		const held = roles.find((r) => (!r.from || r.from <= date) && (!r.to || date < r.to));
		if (held) m.role = held.title;
	}
}
