import {ALL_TRACK, diffReports, listTracks, reportsInTrack} from '../../core/compare/index.js';
import {searchReports, type SearchIndex, type SearchResult} from '../../core/search/index.js';
import type {Change, LoadWarning, Report} from '../../core/types.js';

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
	/** What changed since the previous report of the track (unfiltered), computed on demand. */
	changesOf: (report: Report) => Change[];
	/** Whether a report opens its track (nothing to compare it with). */
	isFirstInTrack: (report: Report) => boolean;
	/** Reports added or changed while the dashboard is open (`--watch`), marked as new. */
	newIds: ReadonlySet<string>;
}

/** Tracks of a report set, cached per array. */
const trackLists = new WeakMap<Report[], string[]>();
/** Per report set and track: the track's reports, each one's predecessor, and diffs computed so far. */
const trackCache = new WeakMap<Report[], Map<string, TrackData>>();

interface TrackData {
	reports: Report[];
	previous: Map<Report, Report | undefined>;
	diffs: Map<Report, Change[]>;
}

/** The tracks of a report set ("all" first), computed once per array. */
export function tracksOf(reports: Report[]): string[] {
	let tracks = trackLists.get(reports);
	if (!tracks) {
		tracks = listTracks(reports);
		trackLists.set(reports, tracks);
	}
	return tracks;
}

function trackData(reports: Report[], name: string): TrackData {
	let byName = trackCache.get(reports);
	if (!byName) {
		byName = new Map();
		trackCache.set(reports, byName);
	}
	let data = byName.get(name);
	if (!data) {
		const members = reportsInTrack(reports, name);
		data = {reports: members, previous: new Map(members.map((r, i) => [r, members[i - 1]])), diffs: new Map()};
		byName.set(name, data);
	}
	return data;
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
	const data = trackData(all, track);
	const search = index && query.trim() ? searchReports(index, query, {matchLimit: 24}) : null;
	const hits = search ? new Set(search.reportIds) : null;
	const reports = hits ? data.reports.filter((r) => hits.has(r.file)) : data.reports;
	// Diffs only for the reports a view shows: 10,000 reports must not wait for 10,000 diffs.
	const changesOf = (report: Report): Change[] => {
		let diff = data.diffs.get(report);
		if (!diff) {
			diff = diffReports(data.previous.get(report), report);
			data.diffs.set(report, diff);
		}
		return diff;
	};
	const isFirstInTrack = (report: Report) => data.reports[0] === report;
	return {all, warnings, tracks, track, search, reports, changesOf, isFirstInTrack, newIds};
}

/** The words a search matched in a report (lower-cased), to highlight wherever they appear. */
export function matchedWords(model: DashboardModel, report: string): string[] {
	const matches = model.search?.matches.get(report);
	if (!matches) return [];
	const words = new Set<string>();
	for (const m of matches) for (const [start, end] of m.indices) words.add(m.value.slice(start, end).toLowerCase());
	return [...words];
}
