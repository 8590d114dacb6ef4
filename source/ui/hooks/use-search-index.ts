import {useEffect, useState} from 'react';
import {buildSearchIndex, buildSearchIndexAsync, type SearchIndex} from '../../core/search/index.js';
import type {Report} from '../../core/types.js';

/**
 * The search index of the reports, built in short slices after the first frame (it takes
 * seconds at 10,000 reports) so neither the first screen nor the keys wait for it. null until
 * ready, and while `enabled` is false.
 */
export function useSearchIndex(reports: Report[], enabled = true): SearchIndex | null {
	const [index, setIndex] = useState<SearchIndex | null>(null);
	useEffect(() => {
		const abort = new AbortController();
		setIndex(null);
		if (!enabled) return;
		buildSearchIndexAsync(reports, {signal: abort.signal}).then(
			(built) => built && setIndex(built),
			// Malformed facts: search finds nothing rather than crashing the dashboard.
			() => !abort.signal.aborted && setIndex(buildSearchIndex([])),
		);
		return () => abort.abort();
	}, [reports, enabled]);
	return index;
}
