import nlp from 'compromise';

// compromise is pure but slow (about 1.5 ms a call); syndicated copy and repeated
// boilerplate sentences give the same windows again and again across reports.
const MAX_ENTRIES = 4096;
const cache = {people: new Map<string, string[]>(), places: new Map<string, string[]>()};

/** compromise's people or places in a short window, memoised by window text. */
export function namesIn(window: string, what: 'people' | 'places'): string[] {
	const memo = cache[what];
	let names = memo.get(window);
	if (!names) {
		const doc = nlp(window);
		names = (what === 'people' ? doc.people() : doc.places()).out('array') as string[];
		if (memo.size >= MAX_ENTRIES) memo.clear();
		memo.set(window, names);
	}
	return names;
}
