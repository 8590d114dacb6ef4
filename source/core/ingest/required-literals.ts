import {escapeRegExp} from '../knowledge/compile-knowledge.js';

/**
 * Required literals of a regex: strings one of which every match contains,
 * read from the pattern source at compile time. A line that contains none of
 * them cannot match, so a cheap scan for the literals can stand in front of
 * an expensive test. Only plain syntax is read (characters, simple classes,
 * groups, alternation, quantifiers, \b and lookarounds); anything else gives
 * null, i.e. no prefilter, which is always safe.
 */

/**
 * Stands for a `\b` inside literal strings while they are built, so a literal
 * that a pattern puts right after `\b` is known to start a word: the
 * prefilter then tries it only at word starts, which scans much faster.
 */
const BOUNDARY = '\u0000';

/** Largest literal set kept per piece of pattern (cross products past this are given up). */
const MAX_SET = 32;
/** Literals this long are distinctive enough: candidate sets are then judged by their size. */
const LONG_ENOUGH = 8;
const WORD_START_BONUS = 2;

/** What a piece of pattern can match. */
interface Info {
	/** Every string the piece matches (zero-width pieces: ""), or null when not a small finite set. */
	exact: string[] | null;
	/** Literals one of which every match contains, or null when none can be told. */
	required: string[] | null;
}

class Unsupported extends Error {}

/** Literals one of which every match of a pattern contains (compare them with the pattern's own flags). */
export interface RequiredLiterals {
	/** Literals a match has at a word start (`\b` before a word character). */
	atWordStart: string[];
	/** Literals a match has anywhere. */
	anywhere: string[];
}

/** The required literals of `source`; null when it can match without any, or its syntax is not understood. */
export function requiredLiterals(source: string): RequiredLiterals | null {
	if (source.includes(BOUNDARY)) return null;
	try {
		const parser = new Parser(source);
		const info = parser.alternation();
		if (parser.at < source.length) return null;
		const chosen = best([info.required, nonEmpty(info.exact)]);
		if (!chosen) return null;
		const literals: RequiredLiterals = {atWordStart: [], anywhere: []};
		for (const literal of chosen) {
			const text = literal.replaceAll(BOUNDARY, '');
			if (startsWord(literal)) literals.atWordStart.push(text);
			else literals.anywhere.push(text);
		}
		return literals;
	} catch (error) {
		if (error instanceof Unsupported) return null;
		throw error;
	}
}

/**
 * A regex source that matches where any of the literals occurs: `\b(?:...)`
 * for those at a word start, then the others (escaped; a literal containing
 * another of its kind is left out).
 */
export function literalAlternation(literals: RequiredLiterals[]): string {
	const alternation = (list: string[]) => {
		const unique = [...new Set(list)];
		const needed = unique.filter((l) => !unique.some((m) => m !== l && l.includes(m)));
		return needed.map(escapeRegExp).join('|');
	};
	const atWordStart = alternation(literals.flatMap((l) => l.atWordStart));
	const anywhere = alternation(literals.flatMap((l) => l.anywhere));
	return [atWordStart && `\\b(?:${atWordStart})`, anywhere].filter(Boolean).join('|');
}

/** Length without boundary marks. */
function textLength(literal: string): number {
	let length = 0;
	for (const ch of literal) if (ch !== BOUNDARY) length++;
	return length;
}

/** Whether a literal as built starts at a `\b` before a word character. */
function startsWord(literal: string): boolean {
	return literal[0] === BOUNDARY && /^[A-Za-z0-9_]/.test(literal.replaceAll(BOUNDARY, ''));
}

/** An exact set usable as required literals (none of its strings empty). */
function nonEmpty(set: string[] | null): string[] | null {
	return set && set.length && set.every((s) => textLength(s) > 0) ? set : null;
}

/**
 * The most selective candidate: the one whose shortest literal is longest,
 * up to LONG_ENOUGH characters, counting WORD_START_BONUS more when all start
 * words (they are cheaper to scan for); then the one with fewest literals (a
 * short alternation scans faster); then the longest.
 */
function best(candidates: Array<string[] | null>): string[] | null {
	let chosen: string[] | null = null;
	let chosenKey: number[] = [];
	for (const set of candidates) {
		if (!set) continue;
		const shortest = Math.min(...set.map(textLength));
		const bonus = set.every(startsWord) ? WORD_START_BONUS : 0;
		const key = [Math.min(shortest, LONG_ENOUGH) + bonus, -set.length, shortest];
		if (!chosen || compareKeys(key, chosenKey) > 0) {
			chosen = set;
			chosenKey = key;
		}
	}
	return chosen;
}

function compareKeys(a: number[], b: number[]): number {
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
	return 0;
}

function union(sets: string[][]): string[] | null {
	const all = new Set(sets.flat());
	return all.size <= MAX_SET ? [...all] : null;
}

function product(a: string[], b: string[]): string[] | null {
	if (a.length * b.length > MAX_SET) return null;
	return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

const ZERO_WIDTH: Info = {exact: [''], required: null};
const WORD_BOUNDARY: Info = {exact: [BOUNDARY], required: null};
const ANY_CHAR: Info = {exact: null, required: null};

/** Recursive descent over a regex source, one method per grammar level. */
class Parser {
	at = 0;

	constructor(private readonly source: string) {}

	/** `a|b|c`: a match is a match of one branch. */
	alternation(): Info {
		const branches = [this.sequence()];
		while (this.source[this.at] === '|') {
			this.at++;
			branches.push(this.sequence());
		}
		if (branches.length === 1) return branches[0]!;
		const exacts = branches.map((b) => b.exact);
		const exact = exacts.every((e) => e !== null) ? union(exacts as string[][]) : null;
		const requireds = branches.map((b) => best([b.required, nonEmpty(b.exact)]));
		const required = requireds.every((r) => r !== null) ? union(requireds as string[][]) : null;
		return {exact, required};
	}

	/**
	 * A run of quantified atoms. A match is a match of each in turn, so the
	 * exact sets of consecutive atoms multiply (while small), and each such
	 * run, like each atom's own required set, is a candidate.
	 */
	private sequence(): Info {
		const candidates: Array<string[] | null> = [];
		let run: string[] | null = [''];
		let whole: string[] | null = [''];
		while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
			const piece = this.quantified();
			candidates.push(piece.required);
			whole = whole && piece.exact ? product(whole, piece.exact) : null;
			const extended: string[] | null = run && piece.exact ? product(run, piece.exact) : null;
			if (extended) {
				run = extended;
				continue;
			}
			candidates.push(nonEmpty(run));
			// The run restarts after this piece (with it, when it is a literal set of its own).
			run = piece.exact ?? [''];
		}
		candidates.push(nonEmpty(run));
		return {exact: whole, required: best(candidates)};
	}

	/** An atom and its quantifier: optional atoms add "" to their set; repeated ones keep only what one match requires. */
	private quantified(): Info {
		const atom = this.atom();
		const c = this.source[this.at];
		let min = 1;
		let max = 1;
		if (c === '?' || c === '*' || c === '+') {
			this.at++;
			min = c === '+' ? 1 : 0;
			max = c === '?' ? 1 : Infinity;
		} else if (c === '{') {
			const bounds = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
			if (!bounds) throw new Unsupported();
			this.at += bounds[0].length;
			min = Number(bounds[1]);
			max = bounds[2] ? (bounds[3] ? Number(bounds[3]) : Infinity) : min;
		} else {
			return atom;
		}
		if (this.source[this.at] === '?') this.at++; // lazy: matches the same strings
		const required = min >= 1 ? best([atom.required, nonEmpty(atom.exact)]) : null;
		if (min === 0 && max === 1 && atom.exact) return {exact: union([atom.exact, ['']]), required};
		if (min === 1 && max === 1) return atom;
		return {exact: null, required};
	}

	private atom(): Info {
		const c = this.source[this.at]!;
		if (c === '(') return this.group();
		if (c === '[') return this.charClass();
		if (c === '\\') return this.escape();
		this.at++;
		if (c === '^' || c === '$') return ZERO_WIDTH;
		if (c === '.') return ANY_CHAR;
		if ('*+?{}]'.includes(c)) throw new Unsupported();
		if (isSurrogate(c)) throw new Unsupported();
		return {exact: [c], required: null};
	}

	/** Groups, capturing or not (named too); lookarounds match nothing themselves. */
	private group(): Info {
		this.at++;
		let lookaround = false;
		if (this.source[this.at] === '?') {
			const head = this.source.slice(this.at, this.at + 3);
			if (head.startsWith('?:')) this.at += 2;
			else if (head.startsWith('?=') || head.startsWith('?!')) {
				this.at += 2;
				lookaround = true;
			} else if (head === '?<=' || head === '?<!') {
				this.at += 3;
				lookaround = true;
			} else if (head.startsWith('?<')) {
				const end = this.source.indexOf('>', this.at);
				if (end < 0) throw new Unsupported();
				this.at = end + 1;
			} else throw new Unsupported();
		}
		const inner = this.alternation();
		if (this.source[this.at] !== ')') throw new Unsupported();
		this.at++;
		return lookaround ? ZERO_WIDTH : inner;
	}

	/** A class of plain characters is a literal set; ranges, negation and escapes other than punctuation are any character. */
	private charClass(): Info {
		const end = this.classEnd();
		const body = this.source.slice(this.at + 1, end);
		this.at = end + 1;
		if (body.startsWith('^')) return ANY_CHAR;
		const chars: string[] = [];
		for (let i = 0; i < body.length; i++) {
			let ch = body[i]!;
			if (ch === '\\') {
				ch = body[++i] ?? '';
				if (!isPunctuation(ch)) return ANY_CHAR;
			} else if (ch === '-' && i > 0 && i < body.length - 1) {
				return ANY_CHAR; // a range
			}
			if (isSurrogate(ch)) throw new Unsupported();
			chars.push(ch);
		}
		return chars.length && chars.length <= MAX_SET ? {exact: [...new Set(chars)], required: null} : ANY_CHAR;
	}

	private classEnd(): number {
		if (this.source[this.at + 1] === ']') throw new Unsupported(); // "[]" is an empty class in JS
		for (let i = this.at + 1; i < this.source.length; i++) {
			if (this.source[i] === '\\') i++;
			else if (this.source[i] === ']') return i;
		}
		throw new Unsupported();
	}

	private escape(): Info {
		const ch = this.source[this.at + 1];
		if (ch === undefined) throw new Unsupported();
		this.at += 2;
		if (ch === 'b') return WORD_BOUNDARY;
		if (ch === 'B') return ZERO_WIDTH;
		if ('dDwWsS'.includes(ch)) return ANY_CHAR;
		// Punctuation escapes stand for themselves; letters and digits (\u, \p, \1, \k<...>) are not read.
		if (isPunctuation(ch)) return {exact: [ch], required: null};
		throw new Unsupported();
	}
}

/** An ASCII character that is neither a word character nor whitespace (its escape stands for itself). */
function isPunctuation(ch: string): boolean {
	return /^[!-/:-@[-`{-~]$/.test(ch);
}

function isSurrogate(ch: string): boolean {
	const c = ch.charCodeAt(0);
	return c >= 0xd800 && c <= 0xdfff;
}
