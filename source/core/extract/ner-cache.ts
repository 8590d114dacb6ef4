import nlp from 'compromise';

// compromise is pure but slow (about 1.5 ms a call); syndicated copy and repeated
// boilerplate sentences give the same windows again and again across reports.
const MAX_ENTRIES = 4096;
// compromise's last default step, 'chunks', only sets each term's chunk (Noun/Verb/... phrase), which neither
// .people() nor .places() nor .out('array') reads ('#Person', '@hasComma' and the like match tags and text):
// about a fifth of every call, skipped. This module is compromise's only user.
const world = nlp.world() as {hooks: string[]};
world.hooks = world.hooks.filter((hook) => hook !== 'chunks');
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
