import type {KnowledgeData} from '../../knowledge/load-knowledge.js';
import {OBSTACLE_KINDS, TERM_KINDS} from '../../types.js';

/**
 * One cue rule as written in `data/knowledge/cues.json`. Every string is a
 * case-insensitive regular expression source (spaces match any whitespace);
 * `@name` refers to a shared list under `cues.lists`.
 *
 * A rule fires on a sentence when one of its `cue` patterns matches (and is not
 * directly negated, e.g. "no end to the war"), or, for obstacle rules with
 * `term`, when the sentence yields a term of that kind; and when every group of
 * `near` has a match somewhere in the sentence; and no `unless` pattern matches.
 * @example {"cue": ["truces?"], "unless": ["@protest"]}
 * @example {"term": "withdrawal", "near": [["@dispute", "@stance"]]}
 */
export interface CueRuleSpec {
	cue?: string[];
	term?: string;
	/** Groups of patterns: each group needs at least one match in the sentence. */
	near?: string[][];
	unless?: string[];
	/** Whether the sentence needs a negotiation word (`@negotiation`): true by default for terms, false for obstacles. */
	context?: boolean;
	/** False keeps a cue even right after "no"/"not"/"never". */
	negatable?: boolean;
	/** True lets `near` match in the previous or next sentence of the same paragraph instead ("Gaps remain. Egypt wants a full withdrawal."). */
	adjacent?: boolean;
}

/** The `cues` key of the knowledge: the whole vocabulary of terms, obstacles and momentum. */
export interface CueSpec {
	lists: Record<string, string[]>;
	terms: Record<string, CueRuleSpec[]>;
	obstacles: Record<string, CueRuleSpec[]>;
	/** Momentum cues count only in sentences that match `context` and no `hedges` pattern. */
	momentum: {progress: string[]; stalled: string[]; context: string[]; hedges: string[]};
	attributes: {categories: Record<string, string[]>; scopes: Record<string, string[]>};
}

const RULE_KEYS = new Set(['cue', 'term', 'near', 'unless', 'context', 'negatable', 'adjacent', 'note']);

/**
 * Checks the shape of `knowledge.data.cues` and returns it typed; throws an
 * error that names the offending key path (e.g. `cues.terms.ceasefire[2].near`).
 */
export function readCueSpec(data: KnowledgeData): CueSpec {
	const cues = data['cues'];
	if (!isRecord(cues)) throw new Error('knowledge: "cues" is missing or not an object (expected data/knowledge/cues.json)');
	const lists = recordOf(cues['lists'], 'cues.lists', (v, p) => stringList(v, p));
	const terms = recordOf(cues['terms'], 'cues.terms', (v, p) => ruleList(v, p, 'term'));
	const obstacles = recordOf(cues['obstacles'], 'cues.obstacles', (v, p) => ruleList(v, p, 'obstacle'));
	for (const kind of Object.keys(terms)) checkKind(kind, TERM_KINDS, `cues.terms.${kind}`);
	for (const kind of Object.keys(obstacles)) checkKind(kind, OBSTACLE_KINDS, `cues.obstacles.${kind}`);
	const momentum = cues['momentum'];
	if (!isRecord(momentum)) throw new Error('knowledge: cues.momentum must be an object with "progress", "stalled", "context" and "hedges" lists');
	const attributes = cues['attributes'];
	if (!isRecord(attributes)) throw new Error('knowledge: cues.attributes must be an object with "categories" and "scopes"');
	const spec: CueSpec = {
		lists,
		terms,
		obstacles,
		momentum: {
			progress: stringList(momentum['progress'], 'cues.momentum.progress'),
			stalled: stringList(momentum['stalled'], 'cues.momentum.stalled'),
			context: stringList(momentum['context'], 'cues.momentum.context'),
			hedges: stringList(momentum['hedges'] ?? [], 'cues.momentum.hedges'),
		},
		attributes: {
			categories: recordOf(attributes['categories'], 'cues.attributes.categories', (v, p) => stringList(v, p)),
			scopes: recordOf(attributes['scopes'], 'cues.attributes.scopes', (v, p) => stringList(v, p)),
		},
	};
	checkListReferences(spec);
	return spec;
}

function ruleList(value: unknown, path: string, family: 'term' | 'obstacle'): CueRuleSpec[] {
	if (!Array.isArray(value)) throw new Error(`knowledge: ${path} must be an array of rules`);
	return value.map((rule, i) => {
		const at = `${path}[${i}]`;
		if (!isRecord(rule)) throw new Error(`knowledge: ${at} must be an object such as {"cue": ["..."]}`);
		for (const key of Object.keys(rule)) if (!RULE_KEYS.has(key)) throw new Error(`knowledge: ${at} has unknown key "${key}"`);
		const out: CueRuleSpec = {};
		if (rule['cue'] !== undefined) out.cue = stringList(rule['cue'], `${at}.cue`);
		if (rule['term'] !== undefined) {
			if (family !== 'obstacle') throw new Error(`knowledge: ${at}.term is only allowed in obstacle rules`);
			if (typeof rule['term'] !== 'string') throw new Error(`knowledge: ${at}.term must be a term kind`);
			checkKind(rule['term'], TERM_KINDS, `${at}.term`);
			out.term = rule['term'];
		}
		if (!out.cue === !out.term) throw new Error(`knowledge: ${at} needs exactly one of "cue" or "term"`);
		if (rule['near'] !== undefined) {
			if (!Array.isArray(rule['near'])) throw new Error(`knowledge: ${at}.near must be an array of groups (arrays of patterns)`);
			out.near = rule['near'].map((group, g) => stringList(group, `${at}.near[${g}]`));
		}
		if (rule['unless'] !== undefined) out.unless = stringList(rule['unless'], `${at}.unless`);
		for (const flag of ['context', 'negatable', 'adjacent'] as const) {
			if (rule[flag] === undefined) continue;
			if (typeof rule[flag] !== 'boolean') throw new Error(`knowledge: ${at}.${flag} must be true or false`);
			out[flag] = rule[flag];
		}
		return out;
	});
}

function checkListReferences(spec: CueSpec): void {
	const check = (patterns: string[] | undefined, path: string) => {
		for (const p of patterns ?? []) {
			if (p.startsWith('@') && !spec.lists[p.slice(1)]) throw new Error(`knowledge: ${path} refers to unknown list "${p}" (define it under cues.lists)`);
		}
	};
	for (const [family, rules] of [['terms', spec.terms], ['obstacles', spec.obstacles]] as const) {
		for (const [kind, list] of Object.entries(rules)) {
			list.forEach((rule, i) => {
				const at = `cues.${family}.${kind}[${i}]`;
				check(rule.cue, `${at}.cue`);
				check(rule.unless, `${at}.unless`);
				rule.near?.forEach((group, g) => check(group, `${at}.near[${g}]`));
			});
		}
	}
	for (const key of ['progress', 'stalled', 'context', 'hedges'] as const) check(spec.momentum[key], `cues.momentum.${key}`);
	for (const list of Object.keys(spec.lists)) check(spec.lists[list], `cues.lists.${list}`);
}

function checkKind(kind: string, allowed: readonly string[], path: string): void {
	if (!allowed.includes(kind)) throw new Error(`knowledge: ${path}: "${kind}" is not a known kind (one of ${allowed.join(', ')})`);
}

function recordOf<T>(value: unknown, path: string, read: (v: unknown, p: string) => T): Record<string, T> {
	if (!isRecord(value)) throw new Error(`knowledge: ${path} must be an object`);
	const out: Record<string, T> = {};
	for (const [key, v] of Object.entries(value)) out[key] = read(v, `${path}.${key}`);
	return out;
}

function stringList(value: unknown, path: string): string[] {
	if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
		throw new Error(`knowledge: ${path} must be an array of non-empty strings`);
	}
	return value as string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
}
