import type {ActorType} from '../types.js';

/** An office an actor holds, optionally between two dates (YYYY-MM-DD, `to` exclusive). */
export interface ActorRole {
	title: string;
	/** The state or organisation the office belongs to. */
	country?: string;
	from?: string;
	to?: string;
}

/** A state, organisation or person, as `data/knowledge/*.json` lists it under `actors`. */
export interface ActorEntry {
	name: string;
	type: ActorType;
	aliases?: string[];
	/** Adjectives and plurals naming the state ("Qatari", "Qataris"). */
	demonyms?: string[];
	/** Capital-city metonyms ("Washington" for the United States). */
	capitals?: string[];
	/** Bodies that speak for the actor ("Mossad" for Israel). */
	institutions?: string[];
	/** For people: the state or organisation they act for. */
	country?: string;
	roles?: ActorRole[];
	/** Set for people who only comment (spokespeople): never a mediator or negotiator. */
	nonActor?: string;
	/** People whose job is the negotiation (envoys, spy chiefs on the file): named in a talks sentence is acting. */
	envoy?: boolean;
}

/** A city where talks can be held. */
export interface VenueEntry {
	name: string;
	country?: string;
	aliases?: string[];
}

/** Typical sides and mediators of one negotiation. */
export interface ConflictEntry {
	id: string;
	/** Two lists of actor names; each list is one side. */
	sides: [string[], string[]];
	mediators?: string[];
	/** Start of the war (YYYY-MM-DD), for "a 10-month war". */
	start?: string;
	/**
	 * Generic phrases that name one side once the other side is named ("the army" is the Sudanese Armed
	 * Forces in a report naming the RSF): side member name to lowercase regular-expression sources.
	 */
	genericSides?: Record<string, string[]>;
	/** States where the war is fought that are not a side as such (Sudan in SAF vs RSF): never its mediators. */
	territory?: string[];
	/**
	 * Active only on pair evidence ("the US and Russia held talks") in a sentence that does not present one of
	 * them as brokering: the bilateral talks of states that usually mediate others' wars, not their mere co-occurrence;
	 * and a negotiation that ended in a settlement years ago (Colombia-FARC), mostly named since as history.
	 */
	pairOnly?: boolean;
}

/** A dated event and the phrases that refer to it. */
export interface EventEntry {
	id: string;
	label: string;
	date: string;
	/** Regular-expression sources, matched case-insensitively within a sentence. */
	patterns: string[];
	/** Lowercase fragments one of which every match contains: a cheap test before the patterns. */
	triggers?: string[];
	/** Events sharing a group are alternatives for the same phrase (the 2020 or the 2024 election). */
	group?: string;
	/** Background events (the war's start) bound a date but do not suggest it is recent. */
	background?: boolean;
}

/** When a ceasefire took effect, for "the ceasefire's 16th day". */
export interface CeasefireStart {
	label: string;
	date: string;
	/** The party whose ceasefire it is, matched against the report's parties. */
	scope?: string;
}

/** Cue words and patterns for venue detection. */
export interface VenueCues {
	window: number;
	positiveWords: string[];
	negativeWords: string[];
	negativePhrases: string[];
	followingNouns: string[];
	afterPatterns: string[];
	stateVerbs: string[];
	/** Places that are not cities where talks sit (territories, regions): never unknown venues. */
	regions: string[];
}

/** Cue patterns for actor detection and classification. */
export interface ActorCues {
	mediation: string[];
	talk: string[];
	acts: string[];
	nonActor: string[];
	titles: string[];
	honorifics: string[];
	pairNouns: string[];
	pairVerbs: string[];
	/** Capitalised words that rule a span out as a person's name ("Gaza Strip", "On Sunday"). */
	notNameWords: string[];
}

/** Known news outlets, for "(Reuters) -" datelines and "CNN's X contributed reporting". */
export interface OutletEntry {
	name: string;
	aliases?: string[];
}

/** The typed view of the merged knowledge data. */
export interface KnowledgeBase {
	actors: ActorEntry[];
	venues: VenueEntry[];
	conflicts: ConflictEntry[];
	events: EventEntry[];
	outlets: OutletEntry[];
	ceasefireStarts: CeasefireStart[];
	venueCues: VenueCues;
	actorCues: ActorCues;
}
