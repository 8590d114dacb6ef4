import type {Report} from '../types.js';
import type {FileResult} from './report-cache.js';

/** Entries of one shard: key (content hash + path) → what that file gave. */
export type ShardEntries = Map<string, FileResult>;

const FORMAT = 'parley-report-cache/3';
/** Marks a packed evidence span in the facts JSON: "\u0001start:end". */
const SPAN = '\u0001';

/**
 * Shard file layout: a header line (format, version, counts, byte lengths),
 * then the facts as JSON, then every report's cleaned text, joined, as one
 * UTF-8 blob. What keeps a warm start cheap:
 * - the blob is decoded into one string and each report's text is a slice of
 *   it (UTF-16 offsets): no per-report string copies for the GC to move;
 * - evidence objects whose text is `report.text.slice(start, end)` are stored
 *   as their offsets only and rebuilt as slices (evidence was ~75% of the facts).
 * A text that is not well-formed UTF-16 (lone surrogates) would not survive
 * UTF-8, so it stays inline in the JSON.
 */
export function encodeShard(version: string, entries: ShardEntries): Buffer {
	const texts: string[] = [];
	let chars = 0;
	const packed = [...entries].map(([key, result]) => [
		key,
		result.warnings,
		result.reports.map((report) => {
			const text = report.text;
			if (typeof text !== 'string' || !isWellFormed(text)) return {...(pack(report, text) as object), text};
			texts.push(text);
			const span = [chars, chars + text.length];
			chars += text.length;
			return {...(pack(report, text) as object), text: span};
		}),
	]);
	const facts = Buffer.from(JSON.stringify(packed), 'utf8');
	const blob = Buffer.from(texts.join(''), 'utf8');
	const header = JSON.stringify({format: FORMAT, version, entries: entries.size, factsBytes: facts.length, textBytes: blob.length, textChars: chars});
	return Buffer.concat([Buffer.from(`${header}\n`), facts, blob]);
}

/** Parses and checks a shard file; throws on any sign of damage. */
export function decodeShard(bytes: Buffer, version: string): ShardEntries {
	const newline = bytes.indexOf(10);
	if (newline < 0) throw new Error('no header');
	const header = JSON.parse(bytes.toString('utf8', 0, newline)) as Record<string, unknown>;
	if (header.format !== FORMAT) throw new Error('unknown format');
	if (header.version !== version) throw new Error('wrong version');
	const {factsBytes, textBytes, textChars} = header;
	if (typeof factsBytes !== 'number' || typeof textBytes !== 'number' || typeof textChars !== 'number') throw new Error('bad header');
	const factsStart = newline + 1;
	const textStart = factsStart + factsBytes;
	if (textStart + textBytes !== bytes.length) throw new Error('truncated or padded');
	const packed = JSON.parse(bytes.toString('utf8', factsStart, textStart)) as unknown;
	const allText = bytes.toString('utf8', textStart);
	if (allText.length !== textChars) throw new Error('text blob damaged');
	if (!Array.isArray(packed) || packed.length !== header.entries) throw new Error('entry count mismatch');
	const entries: ShardEntries = new Map();
	for (const item of packed) {
		if (!Array.isArray(item) || typeof item[0] !== 'string' || !Array.isArray(item[1]) || !Array.isArray(item[2])) throw new Error('malformed entry');
		const reports = (item[2] as unknown[]).map((value) => {
			if (!value || typeof value !== 'object') throw new Error('malformed report');
			const report = value as Record<string, unknown>;
			const span = report.text;
			if (Array.isArray(span)) {
				const [start, end] = span as number[];
				if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= textChars)) throw new Error('bad text span');
				report.text = allText.slice(start, end);
			}
			unpack(report, typeof report.text === 'string' ? report.text : '');
			if (typeof report.file !== 'string' || typeof report.sha256 !== 'string' || !Array.isArray(report.terms)) throw new Error('malformed report');
			return report as unknown as Report;
		});
		entries.set(item[0], {reports, warnings: item[1]});
	}
	return entries;
}

/** A copy of `value` with evidence spans of `text` replaced by markers. */
function pack(value: unknown, text: string | undefined): unknown {
	if (typeof value === 'string') return value.startsWith(SPAN) ? SPAN + value : value;
	if (!value || typeof value !== 'object') return value;
	if (Array.isArray(value)) return value.map((item) => pack(item, text));
	const object = value as Record<string, unknown>;
	if (text !== undefined && isSpanOf(object, text)) return `${SPAN}${object.start}:${object.end}`;
	const out: Record<string, unknown> = {};
	for (const key of Object.keys(object)) out[key] = key === 'text' && object === value && isReport(object) ? undefined : pack(object[key], text);
	return out;
}

/** Rebuilds, in place, what `pack` replaced. Hot on warm starts: no per-object allocations. */
function unpack(value: unknown, text: string): unknown {
	if (typeof value === 'string') {
		if (value.charCodeAt(0) !== 1) return value;
		if (value.charCodeAt(1) === 1) return value.slice(1);
		const colon = value.indexOf(':');
		const start = Number(value.slice(1, colon));
		const end = Number(value.slice(colon + 1));
		if (!(start >= 0 && start <= end && end <= text.length)) throw new Error('bad evidence span');
		return {text: text.slice(start, end), start, end};
	}
	if (value === null || typeof value !== 'object') return value;
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) {
			const item: unknown = value[i];
			if (item !== null && (typeof item === 'object' || typeof item === 'string')) value[i] = unpack(item, text);
		}
		return value;
	}
	const object = value as Record<string, unknown>;
	const report = isReport(object);
	for (const key in object) {
		const item = object[key];
		if (item === null || (typeof item !== 'object' && typeof item !== 'string')) continue;
		if (report && key === 'text') continue;
		object[key] = unpack(item, text);
	}
	return object;
}

/** An Evidence object exactly as the extractor builds it, pointing into `text` (keys text, start, end in that order). */
export function isSpanOf(object: Record<string, unknown>, text: string): boolean {
	const keys = Object.keys(object);
	return (
		keys.length === 3 &&
		keys[0] === 'text' &&
		keys[1] === 'start' &&
		keys[2] === 'end' &&
		typeof object.start === 'number' &&
		typeof object.end === 'number' &&
		text.slice(object.start, object.end) === object.text
	);
}

function isReport(object: Record<string, unknown>): boolean {
	return typeof object.sha256 === 'string' && 'file' in object;
}

/** String.prototype.isWellFormed (Node 20+; not in the ES2022 lib typings). */
function isWellFormed(text: string): boolean {
	return (text as unknown as {isWellFormed(): boolean}).isWellFormed();
}
