import {sortReports} from '../sort-reports.js';
import type {Report, Track} from '../types.js';
import {diffReports} from './diff-reports.js';

/** The track that holds every report. */
export const ALL_TRACK = 'all';

/**
 * The tracks a set of reports offers: "all", then every venue, most reported
 * first (ties by name, compared by code unit so the order is the same in every locale).
 */
export function listTracks(reports: Report[]): string[] {
	const counts = new Map<string, number>();
	for (const report of reports) for (const venue of new Set(report.venues)) counts.set(venue, (counts.get(venue) ?? 0) + 1);
	const venues = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([venue]) => venue);
	return [ALL_TRACK, ...venues];
}

/** A track's reports in date order: those naming the venue (all reports for "all"). Case-insensitive. */
export function reportsInTrack(reports: Report[], track: string): Report[] {
	const sorted = sortReports(reports);
	if (!track || track.toLowerCase() === ALL_TRACK) return sorted;
	const wanted = track.toLowerCase();
	return sorted.filter((report) => report.venues.some((venue) => venue.toLowerCase() === wanted));
}

/** A venue's track over time: each report with what changed since the previous report of the track. */
export function buildTrack(reports: Report[], track: string): Track {
	const members = reportsInTrack(reports, track);
	const canonical = track.toLowerCase() === ALL_TRACK ? ALL_TRACK : (members[0]?.venues.find((v) => v.toLowerCase() === track.toLowerCase()) ?? track);
	return {
		name: canonical,
		reports: members.map((r) => r.file),
		entries: members.map((report, i) => ({report: report.file, date: report.date, changes: diffReports(members[i - 1], report)})),
	};
}

/** Every track of a set of reports. */
export function buildTracks(reports: Report[]): Track[] {
	return listTracks(reports).map((name) => buildTrack(reports, name));
}
