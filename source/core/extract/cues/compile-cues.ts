import {requiredLiteral} from '../../knowledge/compile-knowledge.js';
import type {Knowledge} from '../../knowledge/load-knowledge.js';
import type {ObstacleKind, TermKind} from '../../types.js';
import {type CueRuleSpec, type CueSpec, readCueSpec} from './cue-spec.js';
import {type AnchoredGateIndex, buildAnchoredGateIndex, type GateEntry, partitionAlternatives} from './word-gate.js';

/**
 * A compiled pattern and where the word gate filed it. Patterns that compile to
 * the same source share one Cue (and one id), so a sentence tests each at most once.
 */
export interface Cue {
	/** Global and case-insensitive: callers set `lastIndex` before each use. */
	re: RegExp;
	/** The same pattern, sticky: tried only at the word starts that open it. */
	sticky: RegExp;
	/** Index into a sentence's open-cue table (see word-gate.ts). */
	id: number;
	/** False when the pattern's start cannot be read: scanned in every sentence. */
	gated: boolean;
	/**
	 * When some alternatives of a gated cue cannot be gated ("\"day after\""),
	 * those alone, global: scanned for, while the others go through the gate.
	 */
	rest: RegExp | null;
	/** For `rest`: matches when the text has a word one of its alternatives requires (case-insensitive, as the cue); null when one alternative has none. A sentence without is not scanned. */
	restLiterals: RegExp | null;
}

/** A cue rule with its patterns compiled once. */
export interface CompiledRule {
	/** Global regex of the rule's cues (absent for `term` rules). */
	cue?: Cue;
	term?: TermKind;
	near: Cue[];
	unless?: Cue;
	context: boolean;
	negatable: boolean;
	/** `near` may match in the previous or next sentence of the paragraph instead. */
	adjacent: boolean;
}

/**
 * All rules of one kind. (No union of the kind's cues as a prefilter: the word
 * gate already skips a rule whose cue no word of the sentence opens, and a
 * union regex tried at every start of every rule cost more than the rules.)
 */
export interface CompiledKind<K extends string> {
	kind: K;
	rules: CompiledRule[];
}

/** The cue vocabulary compiled into regexes, cached per knowledge object. */
export interface CompiledCues {
	negotiation: Cue;
	terms: Array<CompiledKind<TermKind>>;
	obstacles: Array<CompiledKind<ObstacleKind>>;
	momentum: {progress: Cue; stalled: Cue; context: Cue; hedges: Cue | null};
	categories: Array<{name: string; pattern: RegExp}>;
	scopes: Array<{name: string; pattern: RegExp}>;
	/** The word gate over every cue above. */
	gate: AnchoredGateIndex;
	/** Cues whose start cannot be gated: always run. */
	ungated: number[];
}

const cache = new WeakMap<Knowledge, CompiledCues>();

/**
 * Compiles `knowledge.data.cues` once per knowledge object (later calls hit a
 * WeakMap), so no regex is ever built per sentence.
 */
export function compileCues(knowledge: Knowledge): CompiledCues {
	let compiled = cache.get(knowledge);
	if (!compiled) {
		compiled = buildCues(readCueSpec(knowledge.data));
		cache.set(knowledge, compiled);
	}
	return compiled;
}

function buildCues(spec: CueSpec): CompiledCues {
	const expand = (patterns: string[]): string[] =>
		patterns.flatMap((p) => (p.startsWith('@') ? expand(spec.lists[p.slice(1)] ?? []) : [p]));
	const gateKeyLists: Array<GateEntry[] | null> = [];
	const bySource = new Map<string, Cue>();
	// Every cue is compiled global and case-insensitive; callers set lastIndex before each use.
	const compile = (patterns: string[], where: string): Cue => {
		const expanded = expand(patterns);
		const source = cueSource(expanded);
		const known = bySource.get(source);
		if (known) return known;
		try {
			const {entries, rest} = partitionAlternatives(expanded);
			const keys = rest.length === 0 ? entries : entries.length && !rest.some(hasReference) ? entries : null;
			const cue: Cue = {
				re: new RegExp(source, 'gi'),
				sticky: new RegExp(source, 'iy'),
				id: gateKeyLists.length,
				gated: keys !== null,
				rest: keys && rest.length ? new RegExp(cueSource(rest), 'gi') : null,
				restLiterals: keys && rest.length ? requiredLiterals(rest) : null,
			};
			gateKeyLists.push(keys);
			bySource.set(source, cue);
			return cue;
		} catch (error) {
			throw new Error(`knowledge: ${where}: invalid pattern (${(error as Error).message})`);
		}
	};
	const kinds = <K extends string>(family: 'terms' | 'obstacles', rules: Record<string, CueRuleSpec[]>): Array<CompiledKind<K>> =>
		Object.entries(rules).map(([kind, list]) => {
			const rules = list.map((rule, i) => compileRule(rule, `cues.${family}.${kind}[${i}]`, compile, family === 'terms'));
			return {kind: kind as K, rules};
		});
	const named = (record: Record<string, string[]>, where: string) =>
		Object.entries(record).map(([name, patterns]) => ({name, pattern: compile(patterns, `${where}.${name}`).re}));
	if (!spec.lists['negotiation']) throw new Error('knowledge: cues.lists.negotiation is required (words that show a sentence is about the talks)');
	const compiled = {
		negotiation: compile(['@negotiation'], 'cues.lists.negotiation'),
		terms: kinds<TermKind>('terms', spec.terms),
		obstacles: kinds<ObstacleKind>('obstacles', spec.obstacles),
		momentum: {
			progress: compile(spec.momentum.progress, 'cues.momentum.progress'),
			stalled: compile(spec.momentum.stalled, 'cues.momentum.stalled'),
			context: compile(spec.momentum.context, 'cues.momentum.context'),
			hedges: spec.momentum.hedges.length ? compile(spec.momentum.hedges, 'cues.momentum.hedges') : null,
		},
		categories: named(spec.attributes.categories, 'cues.attributes.categories'),
		scopes: named(spec.attributes.scopes, 'cues.attributes.scopes'),
	};
	const ungated = gateKeyLists.flatMap((keys, id) => (keys ? [] : [id]));
	return {...compiled, gate: buildAnchoredGateIndex(gateKeyLists), ungated};
}

type Compile = (patterns: string[], where: string) => Cue;

function compileRule(rule: CueRuleSpec, where: string, compile: Compile, contextByDefault: boolean): CompiledRule {
	return {
		cue: rule.cue ? compile(rule.cue, `${where}.cue`) : undefined,
		term: rule.term as TermKind | undefined,
		near: (rule.near ?? []).map((group, g) => compile(group, `${where}.near[${g}]`)),
		unless: rule.unless ? compile(rule.unless, `${where}.unless`) : undefined,
		context: rule.context ?? contextByDefault,
		negatable: rule.negatable ?? true,
		adjacent: rule.adjacent ?? false,
	};
}

/** A cue's regex source: its patterns as one alternation, from a word boundary to a non-word character. */
function cueSource(patterns: string[]): string {
	return `\\b(?:${patterns.map(toSource).join('|')})(?![\\w])`;
}

// A backreference: an alternative with one cannot be moved into a regex of its own (group numbers change).
function hasReference(pattern: string): boolean {
	return /\\(?:[1-9]|k<)/.test(pattern);
}

// In cue files a space stands for any run of whitespace.
function toSource(pattern: string): string {
	return `(?:${pattern.replace(/ +/g, '\\s+')})`;
}

/**
 * A word each pattern requires (the longest space-free piece of its required literal: a space in a
 * cue matches any run of whitespace), or null when one pattern has none.
 */
function requiredLiterals(patterns: string[]): RegExp | null {
	const words = patterns.map((p) => {
		const longest = (requiredLiteral(p) ?? '').split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
		return longest.length >= 3 ? longest : null;
	});
	if (!words.every((w): w is string => w !== null)) return null;
	return new RegExp([...new Set(words)].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
}
