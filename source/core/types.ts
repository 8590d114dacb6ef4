/**
 * Types shared by every layer: ingest → extract → compare → views.
 * The JSON export (`parley extract --json`) is these types serialised; see
 * ../shared/facts-spec.md for the contract they implement.
 */

/** A span of a report's cleaned text: `cleaned.slice(start, end) === text`. */
export interface Evidence {
	text: string;
	start: number;
	end: number;
}

export const TERM_KINDS = [
	'ceasefire',
	'permanent-ceasefire',
	'hostage-release',
	'prisoner-release',
	'withdrawal',
	'humanitarian-aid',
	'phased-deal',
	'return-of-displaced',
	'guarantees',
	'security-arrangements',
	'disarmament',
	'governance',
	'reconstruction',
	'de-escalation',
] as const;
export type TermKind = (typeof TERM_KINDS)[number];

export const OBSTACLE_KINDS = [
	'leader-killed',
	'escalation',
	'exchange-details',
	'end-of-war-dispute',
	'military-operations',
	'domestic-politics',
	'withdrawal-dispute',
	'guarantees-dispute',
	'disarmament-dispute',
	'humanitarian-access',
] as const;
export type ObstacleKind = (typeof OBSTACLE_KINDS)[number];

export type ActorType = 'state' | 'organization' | 'person';
export type DateSource = 'metadata' | 'inferred' | 'none';
export type Momentum = 'progress' | 'stalled' | 'mixed';

export interface Mediator {
	name: string;
	type: ActorType;
	role?: string;
	country?: string;
	evidence: Evidence[];
}

export interface Party {
	name: string;
	negotiators?: string[];
	evidence: Evidence[];
}

export interface Term {
	kind: TermKind | 'other';
	text: string;
	/** Normalised duration, e.g. "1 month", "6 weeks", "60 days". */
	duration?: string;
	/** Hostage/prisoner count when stated. */
	count?: number;
	categories?: string[];
	/** "first", "second", "third"... phase. */
	phase?: string;
	scope?: string;
	venues: string[];
	evidence: Evidence[];
}

export interface Obstacle {
	kind: ObstacleKind | 'other';
	text: string;
	venues: string[];
	evidence: Evidence[];
}

export interface Status {
	value: Momentum | null;
	evidence: Evidence[];
}

/** A problem with one input file; the rest of the load goes on. */
export interface LoadWarning {
	file: string;
	reason: string;
}

export type SourceFormat = 'txt' | 'md' | 'html' | 'json' | 'jsonl' | 'feed';

/**
 * Output of ingest: one report's cleaned text plus what metadata gave.
 * `file` is the path as given (relative when the input was relative); items of
 * multi-report files (JSON arrays, JSONL, feeds) get `file#N` (1-based).
 */
export interface IngestedReport {
	file: string;
	format: SourceFormat;
	title?: string;
	outlet?: string;
	/** YYYY-MM-DD from metadata (front matter, page meta, API field, feed item). */
	date?: string;
	url?: string;
	metadata: Record<string, unknown>;
	/** Cleaned text: every Evidence offset points into this string. */
	text: string;
	/**
	 * Map from cleaned text back to the original text: segments of
	 * [cleanedStart, originalStart, length] in ascending order.
	 */
	offsetMap: Array<[number, number, number]>;
	/** SHA-256 (hex) of the input file's bytes. */
	sha256: string;
	/** Non-fatal problems seen while ingesting this report. */
	warnings: string[];
}

/** One report normalised into negotiation facts (the unit of the JSON export). */
export interface Report {
	/** Stable id: the file path (plus #N for items of multi-report files). */
	file: string;
	title?: string;
	url?: string;
	date: string | null;
	dateSource: DateSource;
	dateEvidence: string[];
	outlet: string | null;
	venues: string[];
	mediators: Mediator[];
	parties: Party[];
	terms: Term[];
	obstacles: Obstacle[];
	status: Status;
	sha256: string;
	warnings: string[];
	/** The cleaned text; always present in memory, serialised only with --with-text. */
	text?: string;
}

/** Result of loading a set of paths. */
export interface LoadResult {
	reports: Report[];
	warnings: LoadWarning[];
}

export type FactFamily = 'venue' | 'mediator' | 'party' | 'term' | 'obstacle' | 'momentum';

/** One difference between consecutive reports of a track. */
export interface Change {
	type: 'added' | 'dropped' | 'changed';
	family: FactFamily;
	/** Stable key of the fact within its family, e.g. "ceasefire", "William Burns". */
	key: string;
	/** Human-readable text, e.g. "ceasefire: six-week first phase → monthlong". */
	label: string;
	from?: string;
	to?: string;
}

export interface TrackEntry {
	report: string;
	date: string | null;
	changes: Change[];
}

/** A venue's negotiation track ("Doha", "Cairo") or "all" over time. */
export interface Track {
	name: string;
	/** Report ids in date order (undated last, then by file). */
	reports: string[];
	entries: TrackEntry[];
}
