import {ALL_TRACK, buildTrack, listTracks} from '../../core/compare/index.js';
import {searchReports, type SearchIndex, type SearchResult} from '../../core/search/index.js';
import type {Change, LoadWarning, Report, Track} from '../../core/types.js';

/** What the views show for one view state: derived data only, no React. */
export interface DashboardModel {
	all: Report[];
	warnings: LoadWarning[];
	tracks: string[];
	/** The current track's name ("all" or a venue). */
	track: string;
	/** The search result, or null when there is no query (or no index yet). */
	search: SearchResult | null;
	/** The reports on screen: the track's reports that match the query, in date order. */
	reports: Report[];
	/** Per report id: what changed since the previous report of the track (unfiltered). */
	changes: Map<string, Change[]>;
	/** The track's timeline (all its reports, so changes read against the real previous report). */
	timeline: Track;
	/** Reports added or changed while the dashboard is open (`--watch`), marked as new. */
	newIds: ReadonlySet<string>;
}

/** Tracks of a report set, cached per array. */
const trackLists = new WeakMap<Report[], string[]>();
const trackCache = new WeakMap<Report[], Map<string, Track>>();

/** The tracks of a report set ("all" first), computed once per array. */
export function tracksOf(reports: Report[]): string[] {
	let tracks = trackLists.get(reports);
	if (!tracks) {
		tracks = listTracks(reports);
		trackLists.set(reports, tracks);
	}
	return tracks;
}

function trackOf(reports: Report[], name: string): Track {
	let byName = trackCache.get(reports);
	if (!byName) {
		byName = new Map();
		trackCache.set(reports, byName);
	}
	let track = byName.get(name);
	if (!track) {
		track = buildTrack(reports, name);
		byName.set(name, track);
	}
	return track;
}

/**
 * Derives what is on screen: the search narrows the reports, the track picks a venue's
 * reports, and changes are read against the previous report of the whole track.
 */
export function buildModel(
	all: Report[],
	warnings: LoadWarning[],
	index: SearchIndex | null,
	trackIndex: number,
	query: string,
	newIds: ReadonlySet<string> = new Set(),
): DashboardModel {
	const tracks = tracksOf(all);
	const track = tracks[trackIndex % tracks.length] ?? ALL_TRACK;
	const timeline = trackOf(all, track);
	const search = index && query.trim() ? searchReports(index, query, {matchLimit: 24}) : null;
	const byId = new Map(all.map((r) => [r.file, r]));
	const inTrack = timeline.reports.map((id) => byId.get(id)!);
	const hits = search ? new Set(search.reportIds) : null;
	const reports = hits ? inTrack.filter((r) => hits.has(r.file)) : inTrack;
	const changes = new Map(timeline.entries.map((e) => [e.report, e.changes]));
	return {all, warnings, tracks, track, search, reports, changes, timeline, newIds};
}

/** The words a search matched in a report (lower-cased), to highlight wherever they appear. */
export function matchedWords(model: DashboardModel, report: string): string[] {
	const matches = model.search?.matches.get(report);
	if (!matches) return [];
	const words = new Set<string>();
	for (const m of matches) for (const [start, end] of m.indices) words.add(m.value.slice(start, end).toLowerCase());
	return [...words];
}
