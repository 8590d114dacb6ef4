/**
 * A cheap gate in front of cue regexes. Cues match from a word boundary, so a
 * cue can only match a sentence that has a word starting with the cue's
 * leading literal ("hostages?" needs a word starting "host"). Each pattern
 * gets the set of such word prefixes (up to KEY_LENGTH letters) at compile
 * time, indexed by prefix; each sentence looks its words up once and gets,
 * per cue, the word starts where it may match, so a regex is tried only there
 * (sticky) instead of scanning the sentence. Patterns whose start cannot be read (a character class,
 * an escape) are never gated.
 */

/** Longest word prefix used as a key. */
export const KEY_LENGTH = 4;
/** Added to a whole word's code: its key in the gate table (prefix codes stay below 37^KEY_LENGTH). */
const WHOLE_WORD = 37 ** KEY_LENGTH;

const LETTER = /[a-z0-9]/i;

/**
 * One way into a cue: the word prefixes its matches start with, and the
 * pattern's anchors: each a set of prefixes of a later word that every such
 * match contains ("(a|the|firm) guarantee" starts at any word "a" but needs a
 * word "guar..."). A start only opens the cue when the sentence has all its anchors.
 */
export interface GateEntry {
	keys: string[];
	/**
	 * Whole words (of at most KEY_LENGTH letters) its matches may also start with: such a
	 * start opens the entry only at a word that is exactly one of them ("a guarantee" at
	 * the word "a", not at every word starting "a").
	 */
	words?: string[];
	/**
	 * For each anchor, one of its prefixes must start some word of the text; absent or empty: none.
	 * A key ending in WHOLE_MARK is a whole word instead (see `words`): the text must have that very word.
	 */
	anchors?: string[][];
}

/** Ends an anchor key that is a whole word. */
export const WHOLE_MARK = '$';

/** Anchors kept per entry: the most selective ones. */
const MAX_ANCHORS = 3;

/** A gate over cues with anchored entries: built once per compiled cue set. */
export interface AnchoredGateIndex {
	/** Number of cues (ids 0..size-1). */
	size: number;
	/**
	 * Prefix code → 1 + slot (0: the prefix only begins some longer key), in an
	 * open-addressing table: `codes[h]` is 1 + code (0: empty), `values[h]` its
	 * value. A code absent from the table begins no key, so nothing longer in
	 * that word can open a cue. Small enough to stay in cache, unlike a table
	 * indexed by code (37^4 entries).
	 */
	codes: Int32Array;
	values: Int32Array;
	/** `codes.length - 1` (a power of two minus one). */
	mask: number;
	/** Whether some entry has whole words (see GateEntry.words): only then are words looked up whole. */
	wholeWords: boolean;
	/** The entries whose start keys are a slot's prefix: `slotEntries[entryFrom[slot]..entryFrom[slot + 1])`. */
	entryFrom: Int32Array;
	slotEntries: Int32Array;
	/** The anchors that have a slot's prefix among their keys, likewise. */
	anchorFrom: Int32Array;
	slotAnchors: Int32Array;
	/** Per entry: its cue id, and its anchor ids (`entryAnchors[entryAnchorFrom[e]..entryAnchorFrom[e + 1])`). */
	entryCue: Int32Array;
	entryAnchorFrom: Int32Array;
	entryAnchors: Int32Array;
	anchorCount: number;
}

/** Indexes the entries of cues `0..entries.length-1` (null: the cue is ungated, the caller scans for it). */
export function buildAnchoredGateIndex(entries: Array<GateEntry[] | null>): AnchoredGateIndex {
	/** Prefix code → 1 + slot, or 0 when the code only begins a key. */
	const byCode = new Map<number, number>();
	const entryLists: number[][] = [];
	const anchorLists: number[][] = [];
	const entryCue: number[] = [];
	const entryAnchorLists: number[][] = [];
	const anchorIds = new Map<string, number>();
	// A whole word's prefixes include itself: the scan must get to the end of the word.
	const slotOf = (key: string, whole = false): number | undefined => {
		let code = codeOf(key);
		if (code === undefined) return undefined;
		for (let n = 1; n < key.length + Number(whole); n++) {
			const prefix = codeOf(key.slice(0, n))!;
			if (!byCode.has(prefix)) byCode.set(prefix, 0);
		}
		if (whole) code += WHOLE_WORD;
		if (!byCode.get(code)) {
			entryLists.push([]);
			byCode.set(code, anchorLists.push([]));
		}
		return byCode.get(code)! - 1;
	};
	entries.forEach((list, cue) => {
		for (const entry of list ?? []) {
			const anchors = (entry.anchors ?? []).map((keys) => {
				const name = keys.join('|');
				let anchor = anchorIds.get(name);
				if (anchor === undefined) {
					anchor = anchorIds.size;
					anchorIds.set(name, anchor);
					for (const key of keys) {
						const whole = key.endsWith(WHOLE_MARK);
						const slot = slotOf(whole ? key.slice(0, -1) : key, whole);
						if (slot !== undefined) anchorLists[slot]!.push(anchor);
					}
				}
				return anchor;
			});
			const id = entryCue.push(cue) - 1;
			entryAnchorLists.push(anchors);
			for (const key of entry.keys) {
				const slot = slotOf(key);
				if (slot !== undefined) entryLists[slot]!.push(id);
			}
			for (const word of entry.words ?? []) {
				const slot = slotOf(word, true);
				if (slot !== undefined) entryLists[slot]!.push(id);
			}
		}
	});
	const [entryFrom, slotEntries] = flatten(entryLists);
	const [anchorFrom, slotAnchors] = flatten(anchorLists);
	const [entryAnchorFrom, entryAnchors] = flatten(entryAnchorLists);
	return {
		size: entries.length,
		...hashTable(byCode),
		wholeWords: entries.some((list) => list?.some((entry) => entry.words?.length || entry.anchors?.some((keys) => keys.some((key) => key.endsWith(WHOLE_MARK))))),
		entryFrom,
		slotEntries,
		anchorFrom,
		slotAnchors,
		entryCue: Int32Array.from(entryCue),
		entryAnchorFrom,
		entryAnchors,
		anchorCount: anchorIds.size,
	};
}

// The open-addressing table of `AnchoredGateIndex.codes`, at most a quarter full.
function hashTable(byCode: Map<number, number>): {codes: Int32Array; values: Int32Array; mask: number} {
	let capacity = 64;
	while (capacity < byCode.size * 4) capacity *= 2;
	const codes = new Int32Array(capacity);
	const values = new Int32Array(capacity);
	const mask = capacity - 1;
	for (const [code, value] of byCode) {
		let h = hashOf(code) & mask;
		while (codes[h] !== 0) h = (h + 1) & mask;
		codes[h] = code + 1;
		values[h] = value;
	}
	return {codes, values, mask};
}

function hashOf(code: number): number {
	return Math.imul(code, 0x9e3779b1) >>> 16;
}

// Lists as one array plus offsets: list i is values[from[i]..from[i + 1]).
function flatten(lists: number[][]): [Int32Array, Int32Array] {
	const from = new Int32Array(lists.length + 1);
	lists.forEach((list, i) => (from[i + 1] = from[i]! + list.length));
	return [from, Int32Array.from(lists.flat())];
}

/** Word starts a typical sentence gives its cues, all told (for sizing `CueTables`). */
const TYPICAL_STARTS = 40;

/**
 * Per cue id, where in each of many texts (one report's sentences) the cue
 * may match, packed into one buffer: a typed array or two per text cost an
 * off-heap allocation each, which outweighed the scan. The table at offset
 * `at` holds from[id] at `data[at + id]` and to[id] at `data[at + size + id]`:
 * cue `id` may match only at word starts `data[from[id]]` .. `data[to[id] - 1]`
 * (ascending; none when from === to). Ungated cues have no starts here: the
 * caller scans the whole text for them. `data` is replaced as it grows, so
 * read it afresh rather than keep it.
 */
export class CueTables {
	data: Int32Array;
	private length = 0;

	/** Tables for cue ids `0..size-1`, with room for `texts` texts before the buffer grows. */
	constructor(
		readonly size: number,
		texts = 1,
	) {
		this.data = new Int32Array(Math.max(256, texts * (2 * size + TYPICAL_STARTS)));
	}

	/** Forgets every table (zeroing them: `reserve` hands out zeros), keeping the buffer. */
	clear(): void {
		this.data.fill(0, 0, this.length);
		this.length = 0;
	}

	/** Room for `n` more values (zero) at the end; returns where it starts. */
	reserve(n: number): number {
		if (this.length + n > this.data.length) {
			let capacity = this.data.length * 2;
			while (capacity < this.length + n) capacity *= 2;
			const grown = new Int32Array(capacity);
			grown.set(this.data.subarray(0, this.length));
			this.data = grown;
		}
		const at = this.length;
		this.length += n;
		return at;
	}
}

// Scratch space reused by every `openCueTable` call (one call runs at a time).
/** Word prefixes that are keys, in text order: their slot and word start. */
let hitSlots = new Int32Array(256);
let hitStarts = new Int32Array(256);
/** (cue, start) pairs kept, in text order. */
let pairCues = new Int32Array(256);
let pairStarts = new Int32Array(256);
/** Per cue: the last word start recorded for it (-1: none). */
let lastCueStart = new Int32Array(0);
/** The cues given a start, in order of their first. */
let touchedCues = new Int32Array(0);
/** Per anchor: the call that last saw it. */
let anchorSeen = new Int32Array(0);
let call = 0;

/**
 * For one text, the word starts where each cue may match: one scan of the
 * characters looks each word's prefixes up, noting the
 * anchors present; then each prefix's entries give their cue a start when the
 * entry has no anchor or the text has it. Appends the text's table to
 * `tables` and returns its offset there.
 */
export function openCueTable(text: string, index: AnchoredGateIndex, tables: CueTables): number {
	const size = index.size;
	const {codes, values, mask, anchorFrom, slotAnchors, entryFrom, wholeWords} = index;
	if (lastCueStart.length < size) {
		lastCueStart = new Int32Array(size).fill(-1);
		touchedCues = new Int32Array(size);
	}
	if (anchorSeen.length < index.anchorCount) anchorSeen = new Int32Array(index.anchorCount);
	call = call === 0x7fffffff ? 1 : call + 1;
	let hits = 0;
	let code = 0;
	/** Letters of the current word so far; DEAD once no key or whole word can start so. */
	let length = 0;
	let wordStart = 0;
	// The prefix lookup is written out here, not called: the load's small inlining budget (see tune-v8.ts) would leave a call per letter.
	for (let i = 0; i < text.length; i++) {
		const digit = charDigit(text.charCodeAt(i));
		if (digit === 0) {
			if (wholeWords && length > 0 && length <= KEY_LENGTH) hits = openSlot(slotOf(code + WHOLE_WORD, index), wordStart, index, hits);
			code = 0;
			length = 0;
		} else if (length < KEY_LENGTH) {
			if (length === 0) wordStart = i;
			code = code * 37 + digit;
			length++;
			let h = hashOf(code) & mask;
			let stored: number;
			while ((stored = codes[h]!) !== 0 && stored !== code + 1) h = (h + 1) & mask;
			if (stored === 0) {
				length = DEAD; // no key starts so: nothing longer in this word either
				continue;
			}
			const slot = values[h]! - 1;
			if (slot < 0) continue;
			for (let k = anchorFrom[slot]!, end = anchorFrom[slot + 1]!; k < end; k++) anchorSeen[slotAnchors[k]!] = call;
			// A slot may only hold anchors: no entry to open.
			if (entryFrom[slot + 1]! > entryFrom[slot]!) hits = addHit(slot, wordStart, hits);
		} else {
			length = DEAD;
		}
	}
	if (wholeWords && length > 0 && length <= KEY_LENGTH) hits = openSlot(slotOf(code + WHOLE_WORD, index), wordStart, index, hits);
	return packStarts(index, hits, tables);
}

/** A word length past any key: the word can open nothing more. */
const DEAD = KEY_LENGTH + 1;
/** `slotOf` for a code absent from the table. */
const NO_CODE = -2;

/** The slot of a code (-1: it only begins longer keys; NO_CODE: not in the table). */
function slotOf(code: number, index: AnchoredGateIndex): number {
	const {codes, values, mask} = index;
	let h = hashOf(code) & mask;
	let stored: number;
	while ((stored = codes[h]!) !== 0 && stored !== code + 1) h = (h + 1) & mask;
	return stored === 0 ? NO_CODE : values[h]! - 1;
}

/** Notes the anchors of `slot` (if any) as seen, and a hit of it at `start` when entries open there; returns the new hit count. */
function openSlot(slot: number, start: number, index: AnchoredGateIndex, hits: number): number {
	if (slot < 0) return hits;
	const {anchorFrom, slotAnchors, entryFrom} = index;
	for (let k = anchorFrom[slot]!, end = anchorFrom[slot + 1]!; k < end; k++) anchorSeen[slotAnchors[k]!] = call;
	return entryFrom[slot + 1]! > entryFrom[slot]! ? addHit(slot, start, hits) : hits;
}

function addHit(slot: number, start: number, hits: number): number {
	if (hits === hitSlots.length) [hitSlots, hitStarts] = grown(hitSlots, hitStarts);
	hitSlots[hits] = slot;
	hitStarts[hits] = start;
	return hits + 1;
}

// The (cue, start) pairs of the hits whose anchors were seen, once each, sorted by cue, as a table in `tables`; returns its offset.
function packStarts(index: AnchoredGateIndex, hits: number, tables: CueTables): number {
	const size = index.size;
	const {entryFrom, slotEntries, entryCue, entryAnchorFrom, entryAnchors} = index;
	const at = tables.reserve(2 * size);
	let data = tables.data;
	let pairs = 0;
	let touched = 0;
	for (let h = 0; h < hits; h++) {
		const slot = hitSlots[h]!;
		const start = hitStarts[h]!;
		for (let k = entryFrom[slot]!, end = entryFrom[slot + 1]!; k < end; k++) {
			const entry = slotEntries[k]!;
			if (!hasAnchors(entry, entryAnchorFrom, entryAnchors)) continue;
			const cue = entryCue[entry]!;
			// Hits of one word are adjacent, so a start already given to this cue is the last one.
			if (lastCueStart[cue] === start) continue;
			lastCueStart[cue] = start;
			if (pairs === pairCues.length) [pairCues, pairStarts] = grown(pairCues, pairStarts);
			pairCues[pairs] = cue;
			pairStarts[pairs] = start;
			pairs++;
			if (data[at + size + cue]!++ === 0) touchedCues[touched++] = cue;
		}
	}
	// Counting sort by cue: counts (in the `to` half) become ranges; starts stay ascending within each cue.
	// Cues without a start keep from = to = 0, an empty range.
	let offset = tables.reserve(pairs);
	data = tables.data;
	for (let t = 0; t < touched; t++) {
		const id = at + touchedCues[t]!;
		const count = data[size + id]!;
		data[id] = offset;
		data[size + id] = offset;
		offset += count;
	}
	for (let p = 0; p < pairs; p++) {
		const cue = pairCues[p]!;
		data[data[at + size + cue]!++] = pairStarts[p]!;
		lastCueStart[cue] = -1;
	}
	return at;
}

function hasAnchors(entry: number, from: Int32Array, anchors: Int32Array): boolean {
	for (let a = from[entry]!, end = from[entry + 1]!; a < end; a++) if (anchorSeen[anchors[a]!] !== call) return false;
	return true;
}

function grown(a: Int32Array<ArrayBuffer>, b: Int32Array<ArrayBuffer>): [Int32Array<ArrayBuffer>, Int32Array<ArrayBuffer>] {
	const a2 = new Int32Array(a.length * 2);
	const b2 = new Int32Array(b.length * 2);
	a2.set(a);
	b2.set(b);
	return [a2, b2];
}

// Letters (either case) and digits as base-37 digits 1..36; anything else 0.
function charDigit(c: number): number {
	if (c >= 97 && c <= 122) return c - 96;
	if (c >= 65 && c <= 90) return c - 64;
	if (c >= 48 && c <= 57) return c - 21;
	return 0;
}

function codeOf(key: string): number | undefined {
	let code = 0;
	for (let i = 0; i < key.length; i++) {
		const digit = charDigit(key.charCodeAt(i));
		if (digit === 0) return undefined;
		code = code * 37 + digit;
	}
	return code;
}

/** Keys that a match of any of `sources` must start with, or null when that cannot be told. */
export function gateKeys(sources: string[]): string[] | null {
	const keys = new Set<string>();
	for (const source of sources) {
		const stems = leadingStems(source);
		if (!stems) return null;
		for (const stem of stems) keys.add(stem.text.slice(0, KEY_LENGTH).toLowerCase());
	}
	return [...keys];
}

/**
 * The gate entries of a cue's patterns, one per distinct anchor (see GateEntry),
 * or null when some alternative's start cannot be told (the cue is then scanned).
 */
export function gateEntries(sources: string[]): GateEntry[] | null {
	const {entries, rest} = partitionAlternatives(sources);
	return rest.length ? null : entries;
}

/**
 * The top-level alternatives of a cue's patterns split in two: gate entries
 * for those whose start can be told, one per distinct anchor (see GateEntry),
 * and the source of each of the others (`rest`), which must be scanned for.
 * A cue ends where a non-word character follows (see compile-cues.ts), so an
 * alternative's end is a word end.
 */
export function partitionAlternatives(sources: string[]): {entries: GateEntry[]; rest: string[]} {
	const byAnchor = new Map<string, GateEntry>();
	const rest: string[] = [];
	for (const source of sources) {
		for (const alternative of splitAlternatives(source)) {
			const stems = stemsAt(alternative, 0, true);
			if (!stems) {
				rest.push(alternative);
				continue;
			}
			const anchors = anchorsOf(alternative);
			const name = anchors.map((keys) => keys.join('|')).join(' ');
			let entry = byAnchor.get(name);
			if (!entry) byAnchor.set(name, (entry = {keys: [], words: [], anchors}));
			for (const stem of stems) {
				const whole = stem.whole && stem.text.length <= KEY_LENGTH;
				const key = stem.text.slice(0, KEY_LENGTH).toLowerCase();
				const list = whole ? entry.words! : entry.keys;
				if (!list.includes(key)) list.push(key);
			}
		}
	}
	return {entries: [...byAnchor.values()], rest};
}

/**
 * The anchors of `alternative`: sets of word prefixes, one of each of which a
 * match must contain after its first word (the stems that follow whitespace
 * the pattern requires: a literal space or \s+, not optional), the most
 * selective first, at most MAX_ANCHORS. Empty when there is none.
 */
function anchorsOf(alternative: string): string[][] {
	const found = new Map<string, string[]>();
	let afterSpace = false;
	let i = 0;
	while (i < alternative.length) {
		const space = whitespaceAt(alternative, i);
		if (afterSpace && !space) {
			const stems = stemsAt(alternative, i, true);
			const keys = stems && anchorKeys(stems);
			if (keys && keys.every(Boolean)) found.set(keys.join('|'), keys);
		}
		if (space) {
			afterSpace = space.required;
			i = space.end;
			continue;
		}
		const end = itemEnd(alternative, i);
		if (end < 0) break;
		const zeroWidth = alternative.startsWith('\\b', i) || /^\(\?<?[=!]/.test(alternative.slice(i, i + 4));
		const next = quantifierEnd(alternative, end);
		if (!zeroWidth) afterSpace = endsWithRequiredSpace(alternative, i, end) ? afterSpace || !mayRepeatZero(alternative.slice(end, next)) : false;
		i = next;
	}
	return [...found.values()].sort((a, b) => (isMoreSelective(a, b) ? -1 : isMoreSelective(b, a) ? 1 : 0)).slice(0, MAX_ANCHORS);
}

// An anchor's keys: prefixes, and whole words (marked) where no prefix key already covers them.
function anchorKeys(stems: Stem[]): string[] {
	const whole = (stem: Stem) => stem.whole && stem.text.length <= KEY_LENGTH;
	const prefixes = new Set(stems.filter((stem) => !whole(stem)).map((stem) => stem.text.slice(0, KEY_LENGTH).toLowerCase()));
	const words = stems.filter(whole).map((stem) => stem.text.toLowerCase()).filter((word) => ![...prefixes].some((prefix) => word.startsWith(prefix)));
	return [...prefixes, ...new Set(words.map((word) => word + WHOLE_MARK))];
}

// A group every alternative of which ends with required whitespace ("([a-z]+ ){0,3}"): what follows it starts a word when the group matched, and otherwise where the text before it left off.
function endsWithRequiredSpace(s: string, start: number, end: number): boolean {
	if (s[start] !== '(' || /^\(\?<?[=!]/.test(s.slice(start, start + 4))) return false;
	const inner = s.slice(start + 1, end - 1).replace(/^\?(?::|<[a-z]+>)/i, '');
	return splitAlternatives(inner).every((alternative) => / \??$|\\s(?:\+\??)?$/.test(alternative));
}

function mayRepeatZero(quantifier: string): boolean {
	return quantifier.startsWith('?') || quantifier.startsWith('*') || quantifier.startsWith('{0');
}

// Longer keys are rarer; among equals, fewer keys are.
function isMoreSelective(keys: string[], than: string[] | null): boolean {
	if (!than) return true;
	const shortest = (list: string[]) => Math.min(...list.map((k) => k.length));
	return shortest(keys) > shortest(than) || (shortest(keys) === shortest(than) && keys.length < than.length);
}

// A run of spaces (any whitespace in cue files, see compile-cues.ts) or \s with its quantifier.
function whitespaceAt(s: string, i: number): {end: number; required: boolean} | null {
	if (s[i] === ' ') {
		let j = i;
		while (s[j] === ' ') j++;
		// The pattern's spaces become \s+; a "?" after them only makes that lazy.
		if (s[j] === '?') j++;
		return {end: j, required: true};
	}
	if (!s.startsWith('\\s', i)) return null;
	const end = quantifierEnd(s, i + 2);
	const quantifier = s.slice(i + 2, end);
	return {end, required: quantifier === '' || quantifier.startsWith('+') || /^\{[1-9]/.test(quantifier)};
}

// Where the regex item at `i` ends (before any quantifier); -1 when it cannot be read.
function itemEnd(s: string, i: number): number {
	const c = s[i];
	if (c === '\\') return i + 2;
	if (c === '(') {
		const close = closingParen(s, i);
		return close < 0 ? -1 : close + 1;
	}
	if (c === '[') {
		for (let j = i + 1; j < s.length; j++) {
			if (s[j] === '\\') j++;
			else if (s[j] === ']') return j + 1;
		}
		return -1;
	}
	return i + 1;
}

function quantifierEnd(s: string, i: number): number {
	let j = i;
	if (s[j] === '?' || s[j] === '*' || s[j] === '+') j++;
	else if (s[j] === '{') {
		const m = /^\{\d*(?:,\d*)?\}/.exec(s.slice(j));
		if (!m) return j;
		j += m[0].length;
	} else return j;
	if (s[j] === '?') j++;
	return j;
}

// The literal letter runs a match of `source` can begin with; null if unknown.
function leadingStems(source: string): Stem[] | null {
	const out: Stem[] = [];
	for (const alternative of splitAlternatives(source)) {
		const stems = stemsAt(alternative, 0);
		if (!stems) return null;
		out.push(...stems);
	}
	return out;
}

/** A literal letter run a match can begin with; `whole` when no letter or digit can follow it. */
interface Stem {
	text: string;
	whole: boolean;
}

/**
 * The stems a match of `s` from `i` can begin with, or null if unknown.
 * `atEnd`: what follows `s` in the pattern starts with a non-alphanumeric
 * character (or ends the match).
 */
function stemsAt(s: string, i: number, atEnd = false): Stem[] | null {
	// Zero-width prefixes: \b and lookarounds.
	while (i < s.length) {
		if (s.startsWith('\\b', i)) i += 2;
		else if (/^\(\?<?[=!]/.test(s.slice(i, i + 4))) i = closingParen(s, i) + 1;
		else break;
	}
	if (i >= s.length) return null;
	const c = s[i]!;
	if (LETTER.test(c)) {
		let j = i;
		while (j < s.length && LETTER.test(s[j]!)) j++;
		const run = s.slice(i, j);
		if (j === s.length || !'?*{'.includes(s[j]!)) return [{text: run, whole: wordEndFollows(s, j, atEnd)}];
		// A quantified last letter may be absent ("talks?"); at the end of the alternative nothing follows.
		const shorter = run.slice(0, -1);
		if (!shorter) return null;
		if (s[j] === '?' && wordEndFollows(s, j + 1, atEnd)) return [{text: shorter, whole: true}, {text: run, whole: true}];
		return [{text: shorter, whole: false}];
	}
	if (c !== '(') return null;
	const close = closingParen(s, i);
	if (close < 0) return null;
	const inner = s.slice(i + 1, close).replace(/^\?(?::|<[a-z]+>)/i, '');
	const quantifier = s[close + 1] ?? '';
	// The group's alternatives end where it does when it is matched at most once.
	const repeats = quantifier === '*' || quantifier === '+' || quantifier === '{';
	const once = !repeats && wordEndFollows(s, quantifierEnd(s, close + 1), atEnd);
	const stems: Stem[] = [];
	for (const alternative of splitAlternatives(inner)) {
		if (alternative === '') return null;
		const inside = stemsAt(alternative, 0, once);
		if (!inside) return null;
		stems.push(...inside);
	}
	if (quantifier === '?' || quantifier === '*' || s.startsWith('{0', close + 1)) {
		const after = s.slice(close + 1).replace(/^(?:\?|\*|\{[^}]*\})\??/, '');
		const rest = stemsAt(after, 0, atEnd);
		if (!rest) return null;
		stems.push(...rest);
	}
	return stems;
}

/**
 * Whether every match of `s` from `j` on starts with a character that is no
 * letter or digit (or, when `s` ends there, `atEnd`): a required space,
 * `\s`, `\b`, punctuation, or a class of such characters.
 */
function wordEndFollows(s: string, j: number, atEnd: boolean): boolean {
	if (j >= s.length) return atEnd;
	if (s.startsWith('\\b', j)) return true;
	const end = itemEnd(s, j);
	if (end < 0 || !matchesOnlyNonAlphanumeric(s.slice(j, end))) return false;
	const quantifier = s.slice(end, quantifierEnd(s, end));
	return quantifier === '' || quantifier.startsWith('+') || /^\{[1-9]/.test(quantifier);
}

// One regex item (as `itemEnd` delimits it) that only matches characters other than [A-Za-z0-9].
function matchesOnlyNonAlphanumeric(item: string): boolean {
	if (item.startsWith('[')) {
		const body = item.slice(1, -1);
		// No negation, no range (a hyphen only first or last), each member plain punctuation, \s or \W.
		if (body === '' || body.startsWith('^') || body.replace(/\\./g, '').slice(1, -1).includes('-')) return false;
		return /^(?:\\[sW]|\\[^\w]|[^\w\\])+$/.test(body);
	}
	return /^(?: |\\[sW]|\\[^\w]|[^\w\\.^$|?*+()[\]{}])$/.test(item);
}

function splitAlternatives(s: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let inClass = false;
	let start = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s[i];
		if (c === '\\') i++;
		else if (inClass) inClass = c !== ']';
		else if (c === '[') inClass = true;
		else if (c === '(') depth++;
		else if (c === ')') depth--;
		else if (c === '|' && depth === 0) {
			parts.push(s.slice(start, i));
			start = i + 1;
		}
	}
	parts.push(s.slice(start));
	return parts;
}

function closingParen(s: string, open: number): number {
	let depth = 0;
	let inClass = false;
	for (let i = open; i < s.length; i++) {
		const c = s[i];
		if (c === '\\') i++;
		else if (inClass) inClass = c !== ']';
		else if (c === '[') inClass = true;
		else if (c === '(') depth++;
		else if (c === ')' && --depth === 0) return i;
	}
	return -1;
}

/**
 * Like `gateKeys`, for patterns not wrapped in `\b(?:...)`: null unless every
 * alternative of every pattern starts with `\b` (a match must start a word).
 */
export function wordStartKeys(sources: string[]): string[] | null {
	for (const source of sources) {
		if (!splitAlternatives(source).every((alternative) => alternative.startsWith('\\b'))) return null;
	}
	return gateKeys(sources);
}
