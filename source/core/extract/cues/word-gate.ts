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

const LETTER = /[a-z0-9]/i;

/** Which cues a word prefix opens: built once per compiled cue set. */
export interface GateIndex {
	/** Number of gated cues (ids 0..size-1). */
	size: number;
	/** Prefix code (see `codeOf`) → 1 + index into `idLists`, or 0 when no cue starts so. */
	byCode: Int32Array;
	idLists: number[][];
	/** Bit per code that starts some key: a word whose prefix is not one is skipped (and `byCode`, too big for the cache, is not read). */
	prefixes: Uint32Array;
}

/** Codes of prefixes up to KEY_LENGTH characters are below this. */
const CODE_SPACE = 37 ** KEY_LENGTH;

/** Indexes the keys of cues `0..keys.length-1` (null keys: the cue is always open). */
export function buildGateIndex(keys: Array<string[] | null>): GateIndex {
	const byCode = new Int32Array(CODE_SPACE);
	const idLists: number[][] = [];
	const prefixes = new Uint32Array(Math.ceil(CODE_SPACE / 32));
	keys.forEach((list, id) => {
		for (const key of list ?? []) {
			const code = codeOf(key);
			if (code === undefined) continue;
			if (byCode[code] === 0) byCode[code] = idLists.push([]);
			idLists[byCode[code]! - 1]!.push(id);
			for (let n = 1; n <= key.length; n++) {
				const prefix = codeOf(key.slice(0, n))!;
				prefixes[prefix >>> 5]! |= 1 << (prefix & 31);
			}
		}
	});
	return {size: keys.length, byCode, idLists, prefixes};
}

/**
 * Per cue id, where in a text the cue may match: undefined when no word opens
 * it, null when it is ungated (scan the whole text), else the offsets of the
 * words that open it, ascending.
 */
export type CueStarts = Array<number[] | null | undefined>;

/**
 * For one text, the cues its words open and at which word starts. Scans
 * characters once and looks prefixes up by number, so no string is built
 * per word.
 */
export function openCues(text: string, index: GateIndex, ungated: number[]): CueStarts {
	const starts: CueStarts = new Array(index.size);
	for (const id of ungated) starts[id] = null;
	const {byCode, idLists, prefixes} = index;
	let code = 0;
	let length = 0;
	let wordStart = 0;
	for (let i = 0; i < text.length; i++) {
		const digit = charDigit(text.charCodeAt(i));
		if (digit === 0) {
			code = 0;
			length = 0;
		} else if (length < KEY_LENGTH) {
			if (length === 0) wordStart = i;
			code = code * 37 + digit;
			length++;
			if ((prefixes[code >>> 5]! & (1 << (code & 31))) === 0) {
				length = KEY_LENGTH; // no key starts so: nothing longer in this word either
				continue;
			}
			const slot = byCode[code]!;
			if (slot === 0) continue;
			for (const id of idLists[slot - 1]!) {
				const list = starts[id];
				if (list === undefined) starts[id] = [wordStart];
				else if (list !== null && list[list.length - 1] !== wordStart) list.push(wordStart);
			}
		}
	}
	return starts;
}

/**
 * Per cue id, where in a text the cue may match, packed for one text: cue `id`
 * may match only at `starts[from[id]]` .. `starts[to[id] - 1]` (word starts,
 * ascending; none when from[id] === to[id]). Ungated cues have no starts here:
 * the caller scans the whole text for them. Two typed arrays per text, where
 * `CueStarts` needs an array per open cue.
 */
export interface CueTable {
	starts: Int32Array;
	/** from[id] and to[id]: `bounds[id]` and `bounds[size + id]`. */
	bounds: Int32Array;
}

// Scratch space reused by every `openCueTable` call (one call runs at a time): (id, start) pairs in text order.
let pairIds = new Int32Array(256);
let pairStarts = new Int32Array(256);
let lastStart = new Int32Array(0);

/**
 * Like `openCues`, packed into a `CueTable`: the same starts per cue, without
 * an array per open cue (this runs on every sentence of every report).
 */
export function openCueTable(text: string, index: GateIndex): CueTable {
	const size = index.size;
	if (lastStart.length < size) lastStart = new Int32Array(size).fill(-1);
	const {byCode, idLists, prefixes} = index;
	const bounds = new Int32Array(2 * size);
	let pairs = 0;
	let code = 0;
	let length = 0;
	let wordStart = 0;
	for (let i = 0; i < text.length; i++) {
		const digit = charDigit(text.charCodeAt(i));
		if (digit === 0) {
			code = 0;
			length = 0;
		} else if (length < KEY_LENGTH) {
			if (length === 0) wordStart = i;
			code = code * 37 + digit;
			length++;
			if ((prefixes[code >>> 5]! & (1 << (code & 31))) === 0) {
				length = KEY_LENGTH; // no key starts so: nothing longer in this word either
				continue;
			}
			const slot = byCode[code]!;
			if (slot === 0) continue;
			const ids = idLists[slot - 1]!;
			for (let k = 0; k < ids.length; k++) {
				const id = ids[k]!;
				if (lastStart[id] === wordStart) continue;
				lastStart[id] = wordStart;
				if (pairs === pairIds.length) growPairs();
				pairIds[pairs] = id;
				pairStarts[pairs] = wordStart;
				pairs++;
				bounds[size + id]!++;
			}
		}
	}
	// Counting sort by id: counts (in the `to` half) become ranges, starts stay ascending within each id.
	let offset = 0;
	for (let id = 0; id < size; id++) {
		const count = bounds[size + id]!;
		bounds[id] = offset;
		bounds[size + id] = offset;
		offset += count;
	}
	const starts = new Int32Array(pairs);
	for (let p = 0; p < pairs; p++) {
		const id = pairIds[p]!;
		starts[bounds[size + id]!++] = pairStarts[p]!;
		lastStart[id] = -1;
	}
	return {starts, bounds};
}

function growPairs(): void {
	const ids = new Int32Array(pairIds.length * 2);
	const starts = new Int32Array(pairStarts.length * 2);
	ids.set(pairIds);
	starts.set(pairStarts);
	pairIds = ids;
	pairStarts = starts;
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
		for (const stem of stems) keys.add(stem.slice(0, KEY_LENGTH).toLowerCase());
	}
	return [...keys];
}

// The literal letter runs a match of `source` can begin with; null if unknown.
function leadingStems(source: string): string[] | null {
	const out: string[] = [];
	for (const alternative of splitAlternatives(source)) {
		const stems = stemsAt(alternative, 0);
		if (!stems) return null;
		out.push(...stems);
	}
	return out;
}

function stemsAt(s: string, i: number): string[] | null {
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
		let run = s.slice(i, j);
		// A quantified last letter may be absent ("talks?"); at the end of the alternative nothing follows.
		if (j < s.length && '?*{'.includes(s[j]!)) run = run.slice(0, -1);
		return run ? [run] : null;
	}
	if (c !== '(') return null;
	const close = closingParen(s, i);
	if (close < 0) return null;
	const inner = s.slice(i + 1, close).replace(/^\?(?::|<[a-z]+>)/i, '');
	const stems: string[] = [];
	for (const alternative of splitAlternatives(inner)) {
		if (alternative === '') return null;
		const inside = stemsAt(alternative, 0);
		if (!inside) return null;
		stems.push(...inside);
	}
	const quantifier = s[close + 1] ?? '';
	if (quantifier === '?' || quantifier === '*' || s.startsWith('{0', close + 1)) {
		const after = s.slice(close + 1).replace(/^(?:\?|\*|\{[^}]*\})\??/, '');
		const rest = stemsAt(after, 0);
		if (!rest) return null;
		stems.push(...rest);
	}
	return stems;
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
