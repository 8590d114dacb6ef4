import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {bundledKnowledgeDir} from '../package-paths.js';
import {type AnchoredGateIndex, buildAnchoredGateIndex, CueTables, openCueTable, wordStartKeys} from '../extract/cues/word-gate.js';
import {literalAlternation, type RequiredLiterals, requiredLiterals} from './required-literals.js';

/** A pattern as written in `data/knowledge/boilerplate.json`: a case-insensitive source, or source plus flags. */
export type PatternSpec = string | {pattern: string; flags?: string};

/** The `boilerplate` key of a knowledge file (see data/knowledge/boilerplate.json for what each list means). */
export interface BoilerplateData {
	junkLines?: PatternSpec[];
	headerLines?: PatternSpec[];
	creditLines?: PatternSpec[];
	captionMarkers?: PatternSpec[];
	strongPromoCues?: PatternSpec[];
	weakPromoCues?: PatternSpec[];
	keepLines?: PatternSpec[];
}

/** Compiled boilerplate rules: line tests and cue counters. */
export interface BoilerplateRules {
	junkLine: (line: string) => boolean;
	headerLine: (line: string) => boolean;
	creditLine: (line: string) => boolean;
	captionMarker: (line: string) => boolean;
	keepLine: (line: string) => boolean;
	strongCues: (line: string) => number;
	weakCues: (line: string) => number;
}

let bundled: BoilerplateRules | undefined;

/** The rules from the bundled `data/knowledge/boilerplate.json` (read once). */
export function bundledBoilerplate(): BoilerplateRules {
	if (!bundled) {
		const file = join(bundledKnowledgeDir(), 'boilerplate.json');
		const parsed = JSON.parse(readFileSync(file, 'utf8')) as {boilerplate?: BoilerplateData};
		bundled = compileBoilerplate(parsed.boilerplate ?? {});
	}
	return bundled;
}

/**
 * Compiles boilerplate pattern lists (e.g. the merged `knowledge.data.boilerplate`)
 * into rules. Patterns of a list are joined into one regex per flag set.
 * @throws Error naming the list when a pattern is not a valid regex.
 */
export function compileBoilerplate(data: BoilerplateData): BoilerplateRules {
	const gate = new LineGate();
	const rules = {
		junkLine: tester(gate, 'junkLines', data.junkLines),
		headerLine: tester(gate, 'headerLines', data.headerLines),
		creditLine: tester(gate, 'creditLines', data.creditLines),
		captionMarker: tester(gate, 'captionMarkers', data.captionMarkers),
		keepLine: tester(gate, 'keepLines', data.keepLines),
		strongCues: counter(gate, 'strongPromoCues', data.strongPromoCues),
		weakCues: counter(gate, 'weakPromoCues', data.weakPromoCues),
	};
	gate.seal();
	return rules;
}

/**
 * One list's regex for one flag set. Patterns that must start a word with a
 * known prefix (see word-gate.ts) are tried only where a word of the line
 * opens them, sticky: at other positions they cannot match, so the matches
 * are the same as a scan with the whole alternation.
 */
interface GatedRegex {
	full: RegExp;
	/** Id in the line gate, or -1 when nothing is gated (use `full`). */
	id: number;
	/** The gated patterns, sticky (when all are gated, the whole alternation). */
	gated: RegExp;
	/** The patterns that are not gated, or null when all are. */
	rest: RegExp | null;
	/** `full`, sticky. */
	fullSticky: RegExp;
	/** Id of the literal prefilter in the line gate, or -1 when the list has none. */
	prefilter: number;
}

/**
 * Looks each line's word prefixes up once for all lists (the rules test the
 * same line in turn). In front of that, a literal prefilter: the gated lists'
 * required literals (see required-literals.ts), one alternation per flag set,
 * scanned once per line. Most lines contain none, and then no gated list can
 * match: the word gate and the sticky regexes are skipped for them.
 */
class LineGate {
	private keys: string[][] = [];
	private index: AnchoredGateIndex | undefined;
	private tables = new CueTables(0);
	private lastLine: string | undefined;
	private lastAt = 0;
	/** Flags → the literals of the lists with those flags; sealed into one regex per flag set. */
	private literals = new Map<string, RequiredLiterals[]>();
	private prefilters: RegExp[] = [];
	private prefilterLine: string | undefined;
	/** Per prefilter, for `prefilterLine`: 0 not yet scanned, 1 no literal, 2 some literal. */
	private prefilterResults = new Uint8Array(0);

	add(keys: string[]): number {
		return this.keys.push(keys) - 1;
	}

	/** Registers a list's required literals; returns its prefilter id (shared by the lists with the same flags). */
	addLiterals(flags: string, literals: RequiredLiterals[]): number {
		const list = this.literals.get(flags) ?? [];
		list.push(...literals);
		this.literals.set(flags, list);
		return [...this.literals.keys()].indexOf(flags);
	}

	seal(): void {
		// The cue gate with no anchors: a list opens at every word its keys start.
		this.index = buildAnchoredGateIndex(this.keys.map((keys) => [{keys}]));
		this.tables = new CueTables(this.keys.length);
		this.prefilters = [...this.literals].map(([flags, literals]) => new RegExp(literalAlternation(literals), flags));
		this.prefilterResults = new Uint8Array(this.prefilters.length);
	}

	/** False when `line` has none of the literals one of which every match of `g` contains. */
	mayMatch(g: GatedRegex, line: string): boolean {
		if (g.prefilter < 0) return true;
		if (line !== this.prefilterLine) {
			this.prefilterResults.fill(0);
			this.prefilterLine = line;
		}
		if (this.prefilterResults[g.prefilter] === 0) this.prefilterResults[g.prefilter] = this.prefilters[g.prefilter]!.test(line) ? 2 : 1;
		return this.prefilterResults[g.prefilter] === 2;
	}

	/** Word starts in `line` where the gated patterns may match, ascending (undefined: nowhere). Valid until the next line. */
	starts(g: GatedRegex, line: string): Int32Array | undefined {
		if (line !== this.lastLine) {
			this.tables.clear();
			this.lastAt = openCueTable(line, this.index!, this.tables);
			this.lastLine = line;
		}
		const {data, size} = this.tables;
		const from = data[this.lastAt + g.id]!;
		const to = data[this.lastAt + size + g.id]!;
		return from === to ? undefined : data.subarray(from, to);
	}
}

function tester(gate: LineGate, list: string, specs: PatternSpec[] = []): (line: string) => boolean {
	const regexes = compile(gate, list, specs, '');
	const matches = (g: GatedRegex, line: string): boolean => {
		if (g.id < 0) return g.full.test(line);
		if (g.rest?.test(line)) return true;
		for (const at of gate.starts(g, line) ?? []) {
			g.gated.lastIndex = at;
			if (g.gated.test(line)) return true;
		}
		return false;
	};
	return (line) => regexes.some((g) => gate.mayMatch(g, line) && matches(g, line));
}

function counter(gate: LineGate, list: string, specs: PatternSpec[] = []): (line: string) => number {
	const regexes = compile(gate, list, specs, 'g');
	return (line) => {
		let hits = 0;
		for (const g of regexes) {
			if (!gate.mayMatch(g, line)) continue;
			const starts = g.id >= 0 ? gate.starts(g, line) : undefined;
			if (g.id >= 0 && !g.rest) hits += countGated(g, line, starts ?? []);
			else if (starts) hits += countMixed(g, line, starts);
			else hits += countAll(g.id >= 0 ? g.rest! : g.full, line);
		}
		return hits;
	};
}

/** Non-empty matches of a global regex, scanning the whole line. */
function countAll(re: RegExp, line: string): number {
	let hits = 0;
	re.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = re.exec(line))) {
		if (match[0]) hits++;
		else re.lastIndex++; // an empty match must not loop forever
	}
	return hits;
}

/** Non-empty matches of a wholly gated list: the sticky regex tried at the word starts that open it. */
function countGated(g: GatedRegex, line: string, starts: ArrayLike<number> & Iterable<number>): number {
	let hits = 0;
	let next = 0;
	for (const at of starts) {
		if (at < next) continue;
		g.gated.lastIndex = at;
		const match = g.gated.exec(line);
		if (!match) continue;
		if (match[0]) hits++;
		next = at + Math.max(1, match[0].length);
	}
	return hits;
}

/**
 * Non-empty matches of `g.full` over the line (what `countAll(g.full)` gives)
 * when some patterns are gated and some are not: a match of the whole
 * alternation starts at the first position where either the gated patterns
 * match at an opening word start or the other patterns match, and is then
 * taken there with the whole alternation (sticky), so overlapping cues count
 * as they would in one scan, without running every pattern over the line.
 */
function countMixed(g: GatedRegex, line: string, starts: ArrayLike<number>): number {
	let hits = 0;
	let from = 0;
	let k = 0;
	let restAt = -1;
	for (;;) {
		while (k < starts.length && (starts[k]! < from || !matchesAt(g.gated, line, starts[k]!))) k++;
		const gatedAt = k < starts.length ? starts[k]! : Infinity;
		if (restAt < from && restAt !== Infinity) {
			g.rest!.lastIndex = from;
			restAt = g.rest!.exec(line)?.index ?? Infinity;
		}
		const at = Math.min(gatedAt, restAt);
		if (at === Infinity) return hits;
		g.fullSticky.lastIndex = at;
		const length = g.fullSticky.exec(line)![0].length;
		if (length) hits++;
		from = at + Math.max(1, length);
	}
}

/** The prefilter id for a list whose every pattern has required literals, else -1. */
function literalPrefilter(gate: LineGate, sources: string[], flags: string): number {
	const literals = sources.map(requiredLiterals);
	if (literals.some((l) => !l)) return -1;
	return gate.addLiterals(flags, literals as RequiredLiterals[]);
}

function matchesAt(sticky: RegExp, line: string, at: number): boolean {
	sticky.lastIndex = at;
	return sticky.test(line);
}

/** One regex per distinct flag set, each an alternation of that list's patterns. */
function compile(gate: LineGate, list: string, specs: PatternSpec[], extraFlags: string): GatedRegex[] {
	const byFlags = new Map<string, string[]>();
	for (const spec of specs) {
		const source = typeof spec === 'string' ? spec : spec?.pattern;
		const flags = typeof spec === 'string' ? 'i' : (spec?.flags ?? 'i');
		if (typeof source !== 'string') throw new Error(`boilerplate ${list}: each entry must be a string or {pattern, flags}`);
		try {
			new RegExp(source, flags);
		} catch (error) {
			throw new Error(`boilerplate ${list}: invalid pattern ${JSON.stringify(source)} (${(error as Error).message})`);
		}
		const group = byFlags.get(flags) ?? [];
		group.push(source);
		byFlags.set(flags, group);
	}
	return [...byFlags].map(([flags, sources]) => {
		const all = flags.replace(extraFlags, '') + extraFlags;
		const build = (list: string[], f: string) => new RegExp(list.map((source) => `(?:${source})`).join('|'), f);
		const full = build(sources, all);
		// Unicode case folding lets non-ASCII letters match ASCII ones, which the gate cannot see.
		if (flags.includes('u') || flags.includes('y')) return {full, id: -1, gated: full, rest: null, fullSticky: full, prefilter: -1};
		const keys = sources.map((source) => wordStartKeys([source]));
		const gatedSources = sources.filter((_, i) => keys[i]);
		if (gatedSources.length === 0) return {full, id: -1, gated: full, rest: null, fullSticky: full, prefilter: -1};
		const others = sources.filter((_, i) => !keys[i]);
		return {
			full,
			id: gate.add(keys.flatMap((k) => k ?? [])),
			gated: build(gatedSources, all.replace('g', '') + 'y'),
			rest: others.length ? build(others, all) : null,
			fullSticky: build(sources, all.replace('g', '') + 'y'),
			prefilter: literalPrefilter(gate, sources, all.replace('g', '')),
		};
	});
}
