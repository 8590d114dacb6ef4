import {ALL_TRACK, listTracks, reportsInTrack} from '../compare/index.js';
import {filterReports} from '../search/index.js';
import {sortReports} from '../sort-reports.js';
import type {Report} from '../types.js';
import type {SnapshotOptions} from './snapshot-options.js';

/** The reports a snapshot shows and the tracks it has a section for. */
export interface Selection {
	reports: Report[];
	tracks: string[];
}

/**
 * Applies a snapshot's filters in the dashboard's order: the search over every
 * loaded report (the index sees the same vocabulary as the dashboard's), then
 * the track, then the date range. Undated reports fall outside any date range.
 * @example selectReports(reports, {track: 'Cairo', since: '2024-08-01'})
 */
export function selectReports(all: Report[], options: SnapshotOptions): Selection {
	let reports = sortReports(all);
	if (options.query?.trim()) reports = filterReports(reports, options.query);
	const oneTrack = options.track && options.track.toLowerCase() !== ALL_TRACK ? options.track : undefined;
	if (oneTrack) reports = reportsInTrack(reports, oneTrack);
	if (options.since || options.until) reports = reports.filter((r) => inRange(r.date, options.since, options.until));
	const tracks = oneTrack ? [canonicalTrack(reports, oneTrack)] : listTracks(reports);
	return {reports, tracks};
}

function inRange(date: string | null, since: string | undefined, until: string | undefined): boolean {
	if (date === null) return false;
	return (!since || date >= since) && (!until || date <= until);
}

/** The track's name as the reports spell it ("cairo" → "Cairo"). */
function canonicalTrack(reports: Report[], track: string): string {
	const wanted = track.toLowerCase();
	for (const report of reports) {
		const venue = report.venues.find((v) => v.toLowerCase() === wanted);
		if (venue) return venue;
	}
	return track;
}
