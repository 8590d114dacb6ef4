import {parseDocument} from 'yaml';
import {MAX_FRONT_MATTER_CHARS, MAX_YAML_ALIASES} from './limits.js';

const OPENING_FENCE = /^---[ \t]*\r?\n/;
const CLOSING_FENCE = /(?:^|\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/g;
// The fast path (`simpleFrontMatter`) reads lines "key: value" only: a plain key, one space or more, then
// a double-quoted string without escapes or a plain scalar, nothing after it.
const SIMPLE_LINE = /^([A-Za-z][A-Za-z0-9_-]*): +(\S(?:.*\S)?)$/;
// Characters read as themselves in such a line: no controls, tabs, line or paragraph separators, BOM or surrogates.
const NOT_SIMPLE = /[^\n\x20-\x7E\u00A0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]/;
// Plain scalars YAML's core schema reads as null, a boolean or a number (a superset of its tests).
const NOT_A_STRING = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
// Characters that make a plain scalar something else when they start it.
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

/** Front matter split off a Markdown text: its data (when it parsed) and where the body starts. */
export interface FrontMatter {
	data: Record<string, unknown>;
	bodyStart: number;
	/** Why the front matter was not used, when it was present but broken. */
	problem?: string;
}

/**
 * Reads YAML front matter (`---` ... `---` at the top of the file). Bounded:
 * at most `MAX_FRONT_MATTER_CHARS` are searched and parsed, with at most
 * `MAX_YAML_ALIASES` alias expansions, so YAML bombs fail fast. Broken front
 * matter is reported and skipped; the body is always kept.
 */
export function readFrontMatter(text: string): FrontMatter {
	const opening = OPENING_FENCE.exec(text);
	if (!opening) return {data: {}, bodyStart: 0};
	const start = opening[0].length;
	const window = text.slice(start, start + MAX_FRONT_MATTER_CHARS + 8);
	CLOSING_FENCE.lastIndex = 0;
	const closing = CLOSING_FENCE.exec(window);
	if (!closing) {
		const reason = text.length - start > MAX_FRONT_MATTER_CHARS ? `longer than ${MAX_FRONT_MATTER_CHARS} characters or not closed` : 'not closed by a "---" line';
		return {data: {}, bodyStart: 0, problem: `front matter ${reason}; read as text`};
	}
	const bodyStart = start + closing.index + closing[0].length;
	const yamlText = window.slice(0, closing.index);
	const simple = simpleFrontMatter(yamlText);
	if (simple) return {data: simple, bodyStart};
	let parsed: unknown;
	try {
		const doc = parseDocument(yamlText, {prettyErrors: false});
		if (doc.errors.length) throw doc.errors[0];
		parsed = doc.toJS({maxAliasCount: MAX_YAML_ALIASES});
	} catch (error) {
		return {data: {}, bodyStart, problem: `broken front matter (${firstLine((error as Error).message)}); body kept`};
	}
	if (parsed === null || parsed === undefined) return {data: {}, bodyStart};
	if (typeof parsed !== 'object' || Array.isArray(parsed)) {
		return {data: {}, bodyStart, problem: 'front matter is not a "key: value" map; body kept'};
	}
	return {data: jsonSafe(parsed) as Record<string, unknown>, bodyStart};
}

/**
 * What YAML reads `yamlText` as when every line is a simple "key: value" with
 * a string value (see SIMPLE_LINE), as most front matter is; undefined for
 * anything else, which goes to the YAML parser (a tenth of a Markdown file's time).
 */
function simpleFrontMatter(yamlText: string): Record<string, string> | undefined {
	if (!yamlText || NOT_SIMPLE.test(yamlText)) return undefined;
	const data: Record<string, string> = {};
	for (const line of yamlText.split('\n')) {
		const m = SIMPLE_LINE.exec(line);
		if (!m || Object.hasOwn(data, m[1]!)) return undefined;
		const value = stringValue(m[2]!);
		if (value === undefined) return undefined;
		data[m[1]!] = value;
	}
	return data;
}

// A double-quoted string without escapes, or a plain scalar YAML reads as a string; else undefined.
function stringValue(raw: string): string | undefined {
	if (raw.startsWith('"')) {
		const inner = raw.slice(1, -1);
		return raw.length >= 2 && raw.endsWith('"') && !inner.includes('"') && !inner.includes('\\') ? inner : undefined;
	}
	if (INDICATOR_START.test(raw) || raw.includes(': ') || raw.includes(' #') || raw.endsWith(':') || NOT_A_STRING.test(raw)) return undefined;
	return raw;
}

/** Dates become ISO strings; everything else YAML gives is already JSON-shaped. */
function jsonSafe(value: unknown, depth = 0): unknown {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
	if (depth > 32 || value === null || typeof value !== 'object') return typeof value === 'bigint' ? String(value) : value;
	if (Array.isArray(value)) return value.map((v) => jsonSafe(v, depth + 1));
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(value)) out[k] = jsonSafe(v, depth + 1);
	return out;
}

function firstLine(message: string): string {
	return message.split('\n')[0]!.slice(0, 200);
}
