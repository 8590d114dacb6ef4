import type {Knowledge} from './load-knowledge.js';
import {LiteralScanner, PhraseMatcher} from './phrase-matcher.js';
import {compilePrefilter, regexPrefilter, type CompiledPrefilter} from './regex-prefilter.js';
import type {ActorEntry, CeasefireStart, ConflictEntry, EventEntry, KnowledgeBase, OutletEntry, VenueEntry} from './knowledge-types.js';

/** How a surface form names its actor. */
export type MentionKind = 'name' | 'demonym' | 'capital' | 'institution' | 'surname' | 'acronym';

export interface SurfaceForm {
	actor: ActorEntry;
	kind: MentionKind;
}

/** Knowledge turned into lookups and regexes, built once per knowledge version. */
export interface CompiledKnowledge {
	base: KnowledgeBase;
	actorByName: Map<string, ActorEntry>;
	/** Every surface form of every actor, matched case-sensitively, longest first. */
	actorMatcher: PhraseMatcher<SurfaceForm[]>;
	actorForms: Map<string, SurfaceForm[]>;
	venueMatcher: PhraseMatcher<VenueEntry>;
	venueByForm: Map<string, VenueEntry>;
	conflicts: ConflictEntry[];
	/** Events with their patterns compiled, each with the literals a text must hold for it to match (see regex-prefilter.ts). */
	events: CompiledEvent[];
	/** Every event trigger, lowercase: one scan (`scanAll`) finds which events to try. */
	eventTriggers: LiteralScanner;
	/** The events each trigger opens, each once, in knowledge order. */
	eventsByTrigger: Map<string, CompiledEvent[]>;
	/** Events without triggers: always tried. */
	untriggeredEvents: CompiledEvent[];
	/** For each role title, its last word before a name ("President Biden"). */
	roleTitleBefore: Map<string, RegExp>;
	/** The whole title just before a name ("Defence Minister X"): picks among one person's titles sharing a head word. */
	roleTitleFull: Map<string, RegExp>;
	outletPattern: RegExp | null;
	outletByForm: Map<string, OutletEntry>;
	/** Cue regexes, each an alternation of the data's patterns. */
	cues: {
		mediation: RegExp;
		/** The mediation cues, global: to find where each occurs. */
		mediationAll: RegExp;
		talk: RegExp;
		acts: RegExp;
		nonActor: RegExp;
		titleAtEnd: RegExp;
		honorificAtStart: RegExp;
		venuePositive: Set<string>;
		venueNegative: Set<string>;
		venueNegativePhrase: RegExp;
		venueFollowingNoun: RegExp;
		venueAfter: RegExp[];
		regions: Set<string>;
		stateVerb: RegExp;
		pairNoun: string;
		pairVerb: string;
		notNameWords: Set<string>;
	};
	venueWindow: number;
}

/** An event with its patterns compiled (case-insensitive) and the literals each needs (see `regexPrefilter`). */
export type CompiledEvent = EventEntry & {regexes: RegExp[]; prefilters: CompiledPrefilter[]};

const cache = new Map<string, CompiledKnowledge>();

/** The compiled form of `knowledge`, cached by `knowledge.version`. */
export function compileKnowledge(knowledge: Knowledge): CompiledKnowledge {
	const hit = cache.get(knowledge.version);
	if (hit) return hit;
	const compiled = build(readBase(knowledge.data));
	cache.set(knowledge.version, compiled);
	return compiled;
}

// Runs of these characters in a pattern, outside groups and classes, match themselves (case aside).
const LITERAL_CHAR = /[A-Za-z0-9 ,'-]/;
const QUANTIFIER = /[?*+{]/;
const MIN_LITERAL = 3;

/**
 * The longest lowercase ASCII literal that every match of a case-insensitive
 * `pattern` contains (so a text whose lowercase lacks it cannot match), or
 * null when the pattern has no such run of at least MIN_LITERAL characters
 * or a top-level alternative. Only plain characters outside groups, classes
 * and quantifier bounds count, less one followed by a quantifier.
 */
export function requiredLiteral(pattern: string): string | null {
	let best = '';
	let run = '';
	let depth = 0;
	let inClass = false;
	const endRun = (next: string | undefined) => {
		const kept = next !== undefined && QUANTIFIER.test(next) ? run.slice(0, -1) : run;
		if (kept.length > best.length) best = kept;
		run = '';
	};
	for (let i = 0; i < pattern.length; i++) {
		const c = pattern[i]!;
		if (depth === 0 && !inClass && LITERAL_CHAR.test(c)) {
			run += c;
			continue;
		}
		endRun(c);
		if (c === '\\') i++;
		else if (inClass) inClass = c !== ']';
		else if (c === '[') inClass = true;
		else if (c === '{') i = pattern.includes('}', i) ? pattern.indexOf('}', i) : pattern.length; // a quantifier's bounds
		else if (c === '(') depth++;
		else if (c === ')') depth--;
		else if (c === '|' && depth === 0) return null;
	}
	endRun(undefined);
	return best.length >= MIN_LITERAL ? best.toLowerCase() : null;
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A case-sensitive, letter-bounded alternation of literal forms, longest first. */
export function literalAlternation(forms: Iterable<string>): string {
	const sorted = [...new Set(forms)].filter(Boolean).sort((a, b) => b.length - a.length);
	return sorted.map(escapeRegExp).join('|');
}

const BOUNDED = (body: string, flags = 'gu') => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags);

function build(base: KnowledgeBase): CompiledKnowledge {
	const actorByName = new Map<string, ActorEntry>();
	const actorForms = new Map<string, SurfaceForm[]>();
	const add = (form: string, actor: ActorEntry, kind: MentionKind) => {
		const list = actorForms.get(form) ?? [];
		if (!list.some((f) => f.actor === actor)) list.push({actor, kind});
		actorForms.set(form, list);
	};
	for (const actor of base.actors) {
		const existing = actorByName.get(actor.name);
		if (existing && existing !== actor) Object.assign(existing, mergeEntries(existing, actor));
		const entry = existing ?? actor;
		actorByName.set(actor.name, entry);
		for (const form of [actor.name, ...(actor.aliases ?? [])]) add(form, entry, 'name');
		for (const form of actor.demonyms ?? []) add(form, entry, 'demonym');
		for (const form of actor.capitals ?? []) add(form, entry, 'capital');
		for (const form of actor.institutions ?? []) add(form, entry, 'institution');
		if (actor.type === 'person') {
			const surname = actor.name.split(/\s+/).at(-1)!;
			if (surname.length > 2 && surname !== actor.name) add(surname, entry, 'surname');
		}
	}
	const venueByForm = new Map<string, VenueEntry>();
	for (const venue of base.venues) for (const form of [venue.name, ...(venue.aliases ?? [])]) venueByForm.set(form, venue);
	const outletByForm = new Map<string, OutletEntry>();
	for (const outlet of base.outlets) for (const form of [outlet.name, ...(outlet.aliases ?? [])]) outletByForm.set(form, outlet);
	const alt = (patterns: string[]) => patterns.join('|');
	const events = base.events.map(compileEvent);
	const eventsByTrigger = new Map<string, typeof events>();
	for (const e of events) {
		for (const t of e.triggers ?? []) {
			const list = eventsByTrigger.get(t) ?? [];
			if (!list.includes(e)) list.push(e);
			eventsByTrigger.set(t, list);
		}
	}
	const vc = base.venueCues;
	const ac = base.actorCues;
	return {
		base,
		actorByName,
		actorMatcher: new PhraseMatcher(actorForms),
		actorForms,
		venueMatcher: new PhraseMatcher(venueByForm),
		venueByForm,
		conflicts: base.conflicts,
		events,
		eventTriggers: new LiteralScanner([...eventsByTrigger.keys()].filter(Boolean)),
		eventsByTrigger,
		untriggeredEvents: events.filter((e) => !e.triggers?.length),
		roleTitleBefore: new Map(
			base.actors.flatMap((a) => a.roles ?? []).map((r) => [r.title, new RegExp(`\\b${escapeRegExp(titleHead(r.title))}\\b[^.,;]{0,25}$`, 'i')]),
		),
		roleTitleFull: new Map(base.actors.flatMap((a) => a.roles ?? []).map((r) => [r.title, new RegExp(`\\b${fullTitlePattern(r.title)}\\s+$`, 'i')])),
		outletPattern: outletByForm.size ? BOUNDED(literalAlternation(outletByForm.keys())) : null,
		outletByForm,
		cues: {
			mediation: new RegExp(`\\b(?:${alt(ac.mediation)})\\b`, 'i'),
			mediationAll: new RegExp(`\\b(?:${alt(ac.mediation)})\\b`, 'gi'),
			talk: new RegExp(`\\b(?:${alt(ac.talk)})\\b`, 'i'),
			acts: new RegExp(`\\b(?:${alt(ac.acts)})\\b`, 'i'),
			nonActor: new RegExp(`\\b(?:${alt(ac.nonActor)})\\b`, 'i'),
			titleAtEnd: new RegExp(`(?:^|[\\s,(])(?:${literalAlternation(ac.titles)})\\s*,?\\s*$`),
			honorificAtStart: new RegExp(`^(?:(?:${literalAlternation(ac.honorifics)})\\s+)+`),
			venuePositive: new Set(vc.positiveWords.map((w) => w.toLowerCase())),
			venueNegative: new Set(vc.negativeWords.map((w) => w.toLowerCase())),
			venueNegativePhrase: new RegExp(`(?:${vc.negativePhrases.map(escapeRegExp).join('|')})`, 'i'),
			venueFollowingNoun: new RegExp(`^(?:[’']s)?(?:\\s+(?:${NOUN_MODIFIERS}|[A-Z][\\w-]*)){0,2}?\\s+(?:${vc.followingNouns.flatMap((n) => [n, n[0]!.toUpperCase() + n.slice(1)]).join('|')})\\b`),
			venueAfter: vc.afterPatterns.map((p) => new RegExp(p, 'i')),
			regions: new Set(vc.regions),
			// "Kigali, for its part, maintains": a capital's verb after an aside that keeps it the subject.
			stateVerb: new RegExp(`^(?:,\\s*for\\s+(?:its|their)\\s+part,)?\\s+(?:${vc.stateVerbs.join('|')})\\b`),
			pairNoun: alt(ac.pairNouns.map(escapeRegExp)),
			pairVerb: alt(ac.pairVerbs.map(escapeRegExp)),
			notNameWords: new Set(ac.notNameWords),
		},
		venueWindow: vc.window,
	};
}

/**
 * An event with its patterns compiled, every field set in one order (absent ones undefined): the events
 * files list fields in several orders and leave out optional ones, which gave the compiled events many
 * hidden classes; the date scan, which reads them per sentence, then kept deoptimising on new ones.
 */
function compileEvent(e: EventEntry): CompiledEvent {
	return {
		id: e.id,
		label: e.label,
		date: e.date,
		patterns: e.patterns,
		triggers: e.triggers,
		group: e.group,
		background: e.background,
		regexes: e.patterns.map((p) => new RegExp(p, 'i')),
		prefilters: e.patterns.map((p) => compilePrefilter(regexPrefilter(p))),
	};
}

// Words that may sit between a city and its talks noun: "the Doha cease-fire talks", "Cairo peace summit".
const NOUN_MODIFIERS = '[Pp]eace|[Cc]ease-?fire|[Tt]ruce|[Hh]ostage|[Nn]uclear|[Ss]ecurity|[Ii]ndirect|[Dd]irect|[Pp]roximity|[Tt]rilateral|[Bb]ilateral|[Mm]inisterial|[Tt]echnical|[Nn]ormali[sz]ation|[Pp]risoner|[Ee]xchange|[Mm]ediation';

// The word of a role title that texts use before a name ("envoy" of "Special Envoy to the Middle East").
const TITLE_HEAD = /\b(President|Minister|Director|Envoy|Secretary|Coordinator|Chief|chief|Emir|Advis[eo]r|Ambassador|Representative|Prince|King|Speaker|Chancellor)\b/i;

/** A title as a pattern, any whitespace between words and either spelling of "defence". */
function fullTitlePattern(title: string): string {
	return title
		.split(/\s+/)
		.map((w) => (/^defen[cs]e$/i.test(w) ? 'defen[cs]e' : escapeRegExp(w)))
		.join('\\s+');
}

function titleHead(title: string): string {
	return TITLE_HEAD.exec(title)?.[1] ?? title.split(/\s+/).at(-1)!;
}

function mergeEntries(a: ActorEntry, b: ActorEntry): ActorEntry {
	const union = (x?: string[], y?: string[]) => [...new Set([...(x ?? []), ...(y ?? [])])];
	return {
		...a,
		...b,
		aliases: union(a.aliases, b.aliases),
		demonyms: union(a.demonyms, b.demonyms),
		capitals: union(a.capitals, b.capitals),
		institutions: union(a.institutions, b.institutions),
		roles: [...(a.roles ?? []), ...(b.roles ?? [])],
	};
}

const EMPTY_VENUE_CUES = {window: 10, positiveWords: [], negativeWords: [], negativePhrases: [], followingNouns: ['talks'], afterPatterns: [], stateVerbs: ['said'], regions: []};
const EMPTY_ACTOR_CUES = {mediation: ['mediat\\w*'], talk: ['talks'], acts: ['talks'], nonActor: ['spokes\\w+'], titles: ['President'], honorifics: ['Mr\\.'], pairNouns: ['talks'], pairVerbs: ['signed'], notNameWords: []};

function readBase(data: Record<string, unknown>): KnowledgeBase {
	const list = <T>(key: string): T[] => (Array.isArray(data[key]) ? (data[key] as T[]) : []);
	return {
		actors: list<ActorEntry>('actors'),
		venues: list<VenueEntry>('venues'),
		conflicts: list<ConflictEntry>('conflicts'),
		events: list<EventEntry>('events'),
		outlets: list<OutletEntry>('outlets'),
		ceasefireStarts: list<CeasefireStart>('ceasefireStarts'),
		venueCues: {...EMPTY_VENUE_CUES, ...(data['venueCues'] as object | undefined)},
		actorCues: {...EMPTY_ACTOR_CUES, ...(data['actorCues'] as object | undefined)},
	};
}

/** The holder of `title` (case-insensitive substring match) for `country` on `date`, if knowledge has one. */
export function resolveRole(compiled: CompiledKnowledge, title: string, country: string, date: string): ActorEntry | undefined {
	const wanted = title.toLowerCase();
	for (const actor of compiled.actorByName.values()) {
		for (const role of actor.roles ?? []) {
			if ((role.country ?? actor.country) !== country) continue;
			if (!role.title.toLowerCase().includes(wanted) && !wanted.includes(role.title.toLowerCase())) continue;
			if (role.from && date < role.from) continue;
			if (role.to && date >= role.to) continue;
			return actor;
		}
	}
	return undefined;
}
