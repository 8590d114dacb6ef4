import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {bundledKnowledgeDir} from '../package-paths.js';
import {buildGateIndex, type GateIndex, openedIds, wordStartKeys} from '../extract/cues/word-gate.js';

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
 * One list's regex for one flag set, plus the same alternation without the
 * patterns that must start a word with a known prefix (see word-gate.ts): a
 * line none of whose words opens those patterns gets the smaller regex, with
 * the same matches, since the gated alternatives could not match anywhere in it.
 */
interface GatedRegex {
	full: RegExp;
	rest: RegExp | null;
	/** Id in the line gate, or -1 when nothing is gated. */
	id: number;
}

/** Looks each line's word prefixes up once for all lists (the rules test the same line in turn). */
class LineGate {
	private keys: string[][] = [];
	private index: GateIndex | undefined;
	private lastLine: string | undefined;
	private lastOpen: Uint8Array = new Uint8Array(0);

	add(keys: string[]): number {
		return this.keys.push(keys) - 1;
	}

	seal(): void {
		this.index = buildGateIndex(this.keys);
	}

	pick(g: GatedRegex, line: string): RegExp | null {
		if (g.id < 0) return g.full;
		if (line !== this.lastLine) {
			this.lastOpen = openedIds(line, this.index!);
			this.lastLine = line;
		}
		return this.lastOpen[g.id] ? g.full : g.rest;
	}
}

function tester(gate: LineGate, list: string, specs: PatternSpec[] = []): (line: string) => boolean {
	const regexes = compile(gate, list, specs, '');
	return (line) => regexes.some((g) => gate.pick(g, line)?.test(line) ?? false);
}

function counter(gate: LineGate, list: string, specs: PatternSpec[] = []): (line: string) => number {
	const regexes = compile(gate, list, specs, 'g');
	return (line) => {
		let hits = 0;
		for (const g of regexes) {
			const re = gate.pick(g, line);
			if (!re) continue;
			re.lastIndex = 0;
			let match: RegExpExecArray | null;
			while ((match = re.exec(line))) {
				if (match[0]) hits++;
				else re.lastIndex++; // an empty match must not loop forever
			}
		}
		return hits;
	};
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
		const build = (list: string[]) => new RegExp(list.map((source) => `(?:${source})`).join('|'), all);
		const full = build(sources);
		// Unicode case folding lets non-ASCII letters match ASCII ones, which the gate cannot see.
		if (flags.includes('u')) return {full, rest: full, id: -1};
		const keys = sources.map((source) => wordStartKeys([source]));
		const gated = keys.flatMap((k) => k ?? []);
		if (gated.length === 0) return {full, rest: full, id: -1};
		const others = sources.filter((_, i) => !keys[i]);
		return {full, rest: others.length ? build(others) : null, id: gate.add(gated)};
	});
}
