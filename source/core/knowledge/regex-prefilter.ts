/**
 * A necessary condition for a case-insensitive (non-unicode) regex to match, in literals:
 * clauses that must all hold, each held when the lowercased text contains one of its
 * literals. `[['doha'], ['talks', 'meeting']]` reads "doha, and talks or meeting".
 * An empty list holds for every text. Built once per pattern when knowledge is compiled,
 * it spares a regex the texts it cannot match (and V8 compiling a regex no text ever reaches).
 */
export type Prefilter = string[][];

/** A prefilter literal with the hashes of its three-unit grams (see TextGrams). */
export interface GramLiteral {
	text: string;
	grams: Uint16Array;
}

/** A prefilter ready to test: its literals carry their grams. */
export type CompiledPrefilter = GramLiteral[][];

// Bits of the gram set of a text (a power of two, at most 2^16).
const GRAM_BITS = 1 << 12;

function gramHash(a: number, b: number, c: number): number {
	return (a * 961 + b * 31 + c) & (GRAM_BITS - 1);
}

/** Clauses of more literals than this cost more searches than they save. */
const MAX_TESTED_LITERALS = 3;
/** Clauses tested per pattern: the cheapest and most selective ones. */
const MAX_TESTED_CLAUSES = 2;

/**
 * The prefilter with each literal's grams worked out (once, when knowledge is compiled),
 * keeping only the clauses worth testing: a clause of many literals ("speech at", "speech in",
 * "address at", ...) costs a search of the text per literal when it holds, which was most of
 * the prefilter's cost; dropping clauses only weakens the condition (the regex decides).
 */
export function compilePrefilter(prefilter: Prefilter): CompiledPrefilter {
	const worth = (clause: string[]) => clause.length <= MAX_TESTED_LITERALS;
	const shortest = (clause: string[]) => Math.min(...clause.map((text) => text.length));
	const kept = prefilter
		.filter(worth)
		.sort((a, b) => a.length - b.length || shortest(b) - shortest(a))
		.slice(0, MAX_TESTED_CLAUSES);
	return kept.map((clause) =>
		clause.map((text) => {
			const grams = new Uint16Array(Math.max(0, text.length - 2));
			for (let i = 0; i + 2 < text.length; i++) grams[i] = gramHash(text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2));
			return {text, grams};
		}),
	);
}

/**
 * The set of (hashed) three-unit grams of one lowercased text: a literal with a gram
 * the set lacks is surely not in the text, told without searching the text for it.
 * Reused from text to text (`load`); the set is only built when first asked.
 */
export class TextGrams {
	readonly #bits = new Uint32Array(GRAM_BITS / 32);
	#text = '';
	#built = false;

	load(lowered: string): void {
		this.#text = lowered;
		this.#built = false;
	}

	/** Whether the loaded text contains the literal. */
	contains(literal: GramLiteral): boolean {
		if (!this.#built) this.#build();
		const bits = this.#bits;
		const grams = literal.grams;
		for (let i = 0; i < grams.length; i++) {
			const g = grams[i]!;
			if ((bits[g >>> 5]! & (1 << (g & 31))) === 0) return false;
		}
		return this.#text.includes(literal.text);
	}

	#build(): void {
		const bits = this.#bits;
		const text = this.#text;
		bits.fill(0);
		if (text.length >= 3) {
			// Each unit read once: the two before it are carried along.
			let a = text.charCodeAt(0);
			let b = text.charCodeAt(1);
			for (let i = 2; i < text.length; i++) {
				const c = text.charCodeAt(i);
				const g = gramHash(a, b, c);
				bits[g >>> 5]! |= 1 << (g & 31);
				a = b;
				b = c;
			}
		}
		this.#built = true;
	}
}

/** Whether the text loaded in `grams` meets every clause of the prefilter. */
export function mayMatch(prefilter: CompiledPrefilter, grams: TextGrams): boolean {
	for (const clause of prefilter) {
		let held = false;
		for (const literal of clause) {
			if (grams.contains(literal)) {
				held = true;
				break;
			}
		}
		if (!held) return false;
	}
	return true;
}

// Shorter literals rule out too few texts to be worth a search.
const MIN_LITERAL = 3;
// Most strings an exactly-known part of a pattern is tracked as ("(?:a|b) (?:c|d)" is four).
const MAX_EXACT = 16;
// Most clauses kept for one alternation of inexact branches (dropping clauses only weakens the condition).
const MAX_CLAUSES = 4;

/**
 * What is known of the strings a part of a pattern matches: exactly one of `exact`
 * (lowercase), or (exact undefined) something unknown; either way the text holds `cnf`.
 */
interface Info {
	exact: Set<string> | undefined;
	cnf: Prefilter;
}

const EMPTY: Info = {exact: new Set(['']), cnf: []};
const UNKNOWN: Info = {exact: undefined, cnf: []};

/**
 * The prefilter of `pattern` compiled with the `i` flag alone. Sound by construction:
 * only ASCII characters outside classes become literals (under `i` without `u` a non-ASCII
 * character never matches an ASCII one, so a match's ASCII part lowercases to the literal);
 * anything the parser does not know (classes, escapes it does not list, backreferences)
 * counts as an unknown string.
 */
export function regexPrefilter(pattern: string): Prefilter {
	try {
		const parser = new Parser(pattern);
		const info = parser.alternation();
		// An unbalanced ")" ends the parse early: say nothing rather than guess.
		if (parser.at < pattern.length) return [];
		return cheapestFirst(toCnf(info));
	} catch {
		return [];
	}
}

/**
 * The clauses without repeats, those most likely to fail soonest first: fewer literals,
 * then longer ones (a text that lacks "consulate in damascus" is told by one search).
 */
function cheapestFirst(cnf: Prefilter): Prefilter {
	const seen = new Set<string>();
	const unique = cnf.map((clause) => [...new Set(clause)].sort((a, b) => b.length - a.length)).filter((clause) => {
		const key = clause.join('\u0000');
		return !seen.has(key) && Boolean(seen.add(key));
	});
	const shortest = (clause: string[]) => clause.at(-1)!.length;
	return unique.sort((a, b) => a.length - b.length || shortest(b) - shortest(a));
}

class Parser {
	at = 0;

	constructor(readonly source: string) {}

	/** Branches separated by "|", up to ")" or the end. */
	alternation(): Info {
		const branches = [this.sequence()];
		while (this.source[this.at] === '|') {
			this.at++;
			branches.push(this.sequence());
		}
		return branches.length === 1 ? branches[0]! : alternatives(branches);
	}

	/** Quantified atoms up to "|", ")" or the end. */
	sequence(): Info {
		const items: Info[] = [];
		while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
			const plain = this.plainRun();
			items.push(plain ? {exact: new Set([plain]), cnf: []} : this.quantified(this.atom()));
		}
		return concatenation(items);
	}

	/** The run of plain ASCII characters at the parse position, lowercased, less one a quantifier follows. */
	plainRun(): string {
		const from = this.at;
		let end = from;
		while (end < this.source.length && isPlain(this.source.charCodeAt(end))) end++;
		if (end < this.source.length && end > from && isQuantifier(this.source.charCodeAt(end))) end--;
		this.at = end;
		return this.source.slice(from, end).toLowerCase();
	}

	atom(): Info {
		const c = this.source[this.at]!;
		this.at++;
		if (c === '(') return this.group();
		if (c === '[') {
			this.skipClass();
			return UNKNOWN;
		}
		if (c === '\\') return this.escape();
		if (c === '^' || c === '$') return EMPTY;
		if (c === '.' || c === '{' || c === '}' || c === ']' || c === '*' || c === '+' || c === '?') return UNKNOWN;
		return literalChar(c);
	}

	group(): Info {
		const rest = this.source.slice(this.at, this.at + 3);
		let kind: 'capture' | 'ahead' | 'notAhead' | 'behind' | 'notBehind' = 'capture';
		if (rest.startsWith('?:')) this.at += 2;
		else if (rest.startsWith('?=')) (kind = 'ahead'), (this.at += 2);
		else if (rest.startsWith('?!')) (kind = 'notAhead'), (this.at += 2);
		else if (rest.startsWith('?<=')) (kind = 'behind'), (this.at += 3);
		else if (rest.startsWith('?<!')) (kind = 'notBehind'), (this.at += 3);
		else if (rest.startsWith('?<')) {
			const close = this.source.indexOf('>', this.at);
			if (close < 0) throw new Error('unclosed group name');
			this.at = close + 1;
		} else if (rest.startsWith('?')) throw new Error('unknown group');
		const inner = this.alternation();
		if (this.source[this.at] !== ')') throw new Error('unclosed group');
		this.at++;
		if (kind === 'capture') return inner;
		// A lookaround matches no characters; a positive one still needs its content somewhere in the text.
		if (kind === 'ahead' || kind === 'behind') return {exact: new Set(['']), cnf: toCnf(inner)};
		return EMPTY;
	}

	escape(): Info {
		const c = this.source[this.at];
		if (c === undefined) throw new Error('trailing backslash');
		this.at++;
		if (c === 'b' || c === 'B') return EMPTY;
		if (c === 'k' && this.source[this.at] === '<') {
			// A named backreference.
			const close = this.source.indexOf('>', this.at);
			this.at = close < 0 ? this.source.length : close + 1;
			return UNKNOWN;
		}
		if (/[0-9]/.test(c)) {
			while (/[0-9]/.test(this.source[this.at] ?? '')) this.at++;
			return UNKNOWN;
		}
		if (c === 'u') this.at += /^[0-9a-fA-F]{4}/.test(this.source.slice(this.at, this.at + 4)) ? 4 : 0;
		else if (c === 'x') this.at += /^[0-9a-fA-F]{2}/.test(this.source.slice(this.at, this.at + 2)) ? 2 : 0;
		else if (c === 'c') this.at += /^[A-Za-z]/.test(this.source[this.at] ?? '') ? 1 : 0;
		// An escaped punctuation character is itself; letters (\d, \w, \s, \n, \p, \k ...) are classes or unknown.
		return /[A-Za-z]/.test(c) ? UNKNOWN : literalChar(c);
	}

	skipClass(): void {
		while (this.at < this.source.length && this.source[this.at] !== ']') this.at += this.source[this.at] === '\\' ? 2 : 1;
		if (this.at >= this.source.length) throw new Error('unclosed class');
		this.at++;
	}

	/** The atom with the quantifier after it, if any ("?", "*", "+", "{m}", "{m,}", "{m,n}", each maybe lazy). */
	quantified(atom: Info): Info {
		const c = this.source[this.at];
		let min: number;
		let max: number;
		if (c === '?') (min = 0), (max = 1), this.at++;
		else if (c === '*') (min = 0), (max = Infinity), this.at++;
		else if (c === '+') (min = 1), (max = Infinity), this.at++;
		else if (c === '{') {
			const bounds = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.at));
			// A "{" that opens no bounds is a literal "{" (atom() makes it unknown).
			if (!bounds) return atom;
			min = Number(bounds[1]);
			max = bounds[2] ? (bounds[3] ? Number(bounds[3]) : Infinity) : min;
			this.at += bounds[0].length;
		} else return atom;
		if (this.source[this.at] === '?') this.at++;
		if (max === 0) return EMPTY;
		if (min === 0) return max === 1 && atom.exact ? {exact: union(atom.exact, EMPTY.exact!), cnf: []} : UNKNOWN;
		// At least once: whatever one occurrence needs, the text holds.
		return min === 1 && max === 1 ? atom : {exact: undefined, cnf: toCnf(atom)};
	}
}

/** An ASCII character with no meaning in a pattern: letters, digits, space and most punctuation. */
function isPlain(code: number): boolean {
	return code < 128 && !SPECIAL[code];
}

const SPECIAL = new Uint8Array(128);
for (const c of '\\^$.|?*+()[]{}') SPECIAL[c.charCodeAt(0)] = 1;

function isQuantifier(code: number): boolean {
	return code === 63 || code === 42 || code === 43 || code === 123;
}

/** An ASCII character matches itself in either case (lowercase here); any other is unknown. */
function literalChar(c: string): Info {
	return c.charCodeAt(0) < 128 ? {exact: new Set([c.toLowerCase()]), cnf: []} : UNKNOWN;
}

function union(a: Set<string>, b: Set<string>): Set<string> {
	return new Set([...a, ...b]);
}

function concatenation(items: Info[]): Info {
	const cnf: Prefilter = [];
	// The strings the current run of exactly known items matches.
	let run = new Set(['']);
	let whole = true;
	for (const item of items) {
		cnf.push(...item.cnf);
		if (item.exact && run.size * item.exact.size <= MAX_EXACT) {
			run = product(run, item.exact);
			continue;
		}
		// The run ends: the text holds one of its strings, and the whole is no longer exactly known.
		cnf.push(...toCnf({exact: run, cnf: []}));
		whole = false;
		run = item.exact ?? new Set(['']);
	}
	if (whole) return {exact: run, cnf};
	cnf.push(...toCnf({exact: run, cnf: []}));
	return {exact: undefined, cnf};
}

function product(a: Set<string>, b: Set<string>): Set<string> {
	const out = new Set<string>();
	for (const x of a) for (const y of b) out.add(x + y);
	return out;
}

function alternatives(branches: Info[]): Info {
	if (branches.every((b) => b.exact)) {
		const all = new Set(branches.flatMap((b) => [...b.exact!]));
		if (all.size <= MAX_EXACT) return {exact: all, cnf: orOf(branches.map((b) => b.cnf))};
	}
	return {exact: undefined, cnf: orOf(branches.map(toCnf))};
}

/** (A or B or ...) in clauses: every clause made of one clause of each branch. */
function orOf(cnfs: Prefilter[]): Prefilter {
	if (cnfs.some((c) => c.length === 0)) return [];
	let out: Prefilter = [[]];
	for (const cnf of cnfs) {
		const next: Prefilter = [];
		for (const clause of out) for (const other of cnf) if (next.length < MAX_CLAUSES) next.push([...new Set([...clause, ...other])]);
		out = next;
	}
	return out;
}

/** What the text must hold for a part known as `info` to match. */
function toCnf(info: Info): Prefilter {
	const cnf = [...info.cnf];
	if (info.exact) {
		// One string too short to search for (or empty): the strings say nothing.
		if ([...info.exact].every((x) => x.length >= MIN_LITERAL)) cnf.push([...info.exact]);
	}
	return cnf;
}
