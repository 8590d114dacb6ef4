import {useEffect, useState} from 'react';
import {buildSearchIndex, type SearchIndex} from '../../core/search/index.js';
import type {Report} from '../../core/types.js';

/**
 * The search index of the reports, built once after the first frame is on screen (it takes
 * seconds at 10,000 reports), so the first screen never waits for it. null until ready.
 */
export function useSearchIndex(reports: Report[]): SearchIndex | null {
	const [index, setIndex] = useState<SearchIndex | null>(null);
	useEffect(() => {
		let live = true;
		const timer = setTimeout(() => {
			if (!live) return;
			try {
				setIndex(buildSearchIndex(reports));
			} catch {
				// Malformed facts: search finds nothing rather than crashing the dashboard.
				setIndex(buildSearchIndex([]));
			}
		}, 0);
		return () => {
			live = false;
			clearTimeout(timer);
		};
	}, [reports]);
	return index;
}
