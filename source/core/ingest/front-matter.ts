import {parseDocument} from 'yaml';
import {MAX_FRONT_MATTER_CHARS, MAX_YAML_ALIASES} from './limits.js';

const OPENING_FENCE = /^---[ \t]*\r?\n/;
const CLOSING_FENCE = /(?:^|\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/g;

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
