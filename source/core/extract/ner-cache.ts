import nlp from 'compromise';

// compromise is pure but slow (about 1.5 ms a call); syndicated copy and repeated
// boilerplate sentences give the same windows again and again across reports.
const MAX_ENTRIES = 4096;
// compromise's last default step, 'chunks', only sets each term's chunk (Noun/Verb/... phrase), which neither
// .people() nor .places() nor .out('array') reads ('#Person', '@hasComma' and the like match tags and text):
// about a fifth of every call, skipped. This module is compromise's only user.
const world = nlp.world() as {hooks: string[]; methods: {one: CompromiseMethods}};
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

// compromise's sweep (its postTagger runs every tagging rule through it, about a third of each call) starts by
// walking every key of the rule index for each sentence; this does the same work from the sentence's own
// words and tags. Same rules, in the same order, so the same tags (see the test comparing both).

/** The parts of compromise's internals the sweep uses (1-one/sweep/methods/sweep in compromise 14). */
interface CompromiseMethods {
	bulkMatch: Sweep;
	cacheDoc: (document: unknown[][]) => Array<Set<string>>;
	match: (docs: unknown[][], todo: SweepRule) => {ptrs: number[][]};
}
type Sweep = (document: unknown[][], net: SweepNet, methods: {one: CompromiseMethods}, opts?: {matchOne?: boolean}) => object[];
interface SweepRule {
	match: string;
	needs: string[];
	wants: string[];
	minWant: number;
	minWords: number;
	ifNo?: string[];
	unTag?: unknown;
}
interface SweepNet {
	hooks: Record<string, SweepRule[]>;
	always: SweepRule[];
}

export const compromiseSweep: Sweep = world.methods.one.bulkMatch;
world.methods.one.bulkMatch = indexedSweep;

const hookRanks = new WeakMap<Record<string, SweepRule[]>, {rank: Map<string, number>; keys: string[]}>();

/** Each hook key's place in the index's key order, computed once per index. */
function ranksOf(hooks: Record<string, SweepRule[]>): {rank: Map<string, number>; keys: string[]} {
	let ranks = hookRanks.get(hooks);
	if (!ranks) {
		const keys = Object.keys(hooks);
		hookRanks.set(hooks, (ranks = {rank: new Map(keys.map((key, i) => [key, i])), keys}));
	}
	return ranks;
}

/** compromise's sweep, with its rule lookup indexed (see above). */
export function indexedSweep(document: unknown[][], net: SweepNet, methods: {one: CompromiseMethods}, opts: {matchOne?: boolean} = {}): object[] {
	const docCache = methods.one.cacheDoc(document);
	const results: object[] = [];
	for (let n = 0; n < document.length; n++) {
		for (const rule of rulesFor(docCache[n]!, document[n]!.length, net)) {
			const res = methods.one.match([document[n]!], rule);
			if (res.ptrs.length === 0) continue;
			for (const ptr of res.ptrs) {
				ptr[0] = n;
				const todo: SweepRule & {pointer?: number[]} = Object.assign({}, rule, {pointer: ptr});
				if (rule.unTag !== undefined) todo.unTag = rule.unTag;
				results.push(todo);
			}
			if (opts.matchOne === true) return [results[0]!];
		}
	}
	return results;
}

/**
 * The rules to try on one sentence, as compromise's getHooks, trimDown and tooSmall choose them: the rules
 * hooked on the sentence's words and tags in index key order, first sighting kept, whose needs it has, none
 * of whose ifNo it has and enough of whose wants it has; then the rules without hooks; long enough for it.
 */
function rulesFor(haves: Set<string>, termCount: number, net: SweepNet): SweepRule[] {
	const {rank, keys} = ranksOf(net.hooks);
	const present: number[] = [];
	for (const have of haves) {
		const i = rank.get(have);
		if (i !== undefined) present.push(i);
	}
	present.sort((a, b) => a - b);
	const seen = new Set<string>();
	const rules: SweepRule[] = [];
	for (const i of present) {
		for (const rule of net.hooks[keys[i]!]!) {
			if (seen.has(rule.match)) continue;
			seen.add(rule.match);
			if (applies(rule, haves) && termCount >= rule.minWords) rules.push(rule);
		}
	}
	for (const rule of net.always) if (termCount >= rule.minWords) rules.push(rule);
	return rules;
}

function applies(rule: SweepRule, haves: Set<string>): boolean {
	if (!rule.needs.every((need) => haves.has(need))) return false;
	if (rule.ifNo !== undefined && rule.ifNo.some((no) => haves.has(no))) return false;
	if (rule.wants.length === 0) return true;
	let found = 0;
	for (const want of rule.wants) if (haves.has(want)) found++;
	return found >= rule.minWant;
}
