import {BINARY_SAMPLE_BYTES, MAX_CONTROL_RATIO, MAX_REPLACEMENT_RATIO} from './limits.js';

/** A decoded text with notes on how it was decoded, or why it could not be. */
export type Decoded = {text: string; notes: string[]} | {error: string};

const UTF8_FATAL = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});
const UTF8_LENIENT = new TextDecoder('utf-8', {fatal: false, ignoreBOM: true});
const UTF16LE = new TextDecoder('utf-16le', {fatal: false, ignoreBOM: true});
const REPLACEMENT_CHARS = /\uFFFD/g;
const NON_WHITESPACE = /\S/;

/**
 * Decodes a file's bytes to text.
 * - UTF-8, with or without BOM. Invalid UTF-8 is decoded with U+FFFD in place of
 *   the bad bytes and a note (the text is still worth reading); when more than
 *   `MAX_REPLACEMENT_RATIO` of it is invalid the file is rejected as not text.
 * - UTF-16 LE/BE with BOM (and BOM-less UTF-16 LE/BE when every other byte is NUL).
 * - UTF-32 is rejected; binary data (NUL bytes, many control characters) is rejected.
 */
export function decodeBytes(bytes: Buffer): Decoded {
	if (bytes.length === 0) return {error: 'empty file'};
	if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
		return {error: 'UTF-32 text is not supported (save it as UTF-8)'};
	}
	if (startsWith(bytes, [0xff, 0xfe])) return finish(UTF16LE.decode(bytes.subarray(2)), ['decoded from UTF-16 LE']);
	if (startsWith(bytes, [0xfe, 0xff])) return finish(decodeUtf16be(bytes.subarray(2)), ['decoded from UTF-16 BE']);
	const unmarked = sniffUtf16(bytes);
	if (unmarked === 'le') return finish(UTF16LE.decode(bytes), ['decoded from UTF-16 LE (no BOM)']);
	if (unmarked === 'be') return finish(decodeUtf16be(bytes), ['decoded from UTF-16 BE (no BOM)']);
	const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
	const binary = binaryReason(body);
	if (binary) return {error: binary};
	try {
		return finish(UTF8_FATAL.decode(body), []);
	} catch {
		const text = UTF8_LENIENT.decode(body);
		const bad = text.match(REPLACEMENT_CHARS)?.length ?? 0;
		if (bad > text.length * MAX_REPLACEMENT_RATIO) return {error: `not UTF-8 text (${bad} invalid byte sequences)`};
		return finish(text, [`invalid UTF-8: ${bad} byte sequence(s) replaced with U+FFFD`]);
	}
}

function finish(text: string, notes: string[]): Decoded {
	if (!NON_WHITESPACE.test(text)) return {error: 'empty (whitespace only)'};
	const binary = controlReason(text.slice(0, BINARY_SAMPLE_BYTES));
	if (binary) return {error: binary};
	return {text, notes};
}

function startsWith(bytes: Buffer, prefix: readonly number[]): boolean {
	if (bytes.length < prefix.length) return false;
	for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
	return true;
}

function decodeUtf16be(bytes: Buffer): string {
	const swapped = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
	swapped.swap16();
	return UTF16LE.decode(swapped);
}

/** BOM-less UTF-16 of mostly-ASCII text: one byte of every pair is NUL. */
function sniffUtf16(bytes: Buffer): 'le' | 'be' | null {
	const n = Math.min(bytes.length, BINARY_SAMPLE_BYTES) & ~1;
	if (n < 8) return null;
	let evenNul = 0;
	let oddNul = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenNul++;
		if (bytes[i + 1] === 0) oddNul++;
	}
	const pairs = n / 2;
	if (oddNul > pairs * 0.9 && evenNul < pairs * 0.05) return 'le';
	if (evenNul > pairs * 0.9 && oddNul < pairs * 0.05) return 'be';
	return null;
}

function binaryReason(bytes: Buffer): string | null {
	const sample = bytes.subarray(0, BINARY_SAMPLE_BYTES);
	if (sample.includes(0)) return 'binary file (contains NUL bytes)';
	let control = 0;
	for (let i = 0; i < sample.length; i++) {
		const b = sample[i]!;
		if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
	}
	return control > sample.length * MAX_CONTROL_RATIO ? 'binary file (too many control bytes)' : null;
}

/** The characters `controlReason` counts. */
const CONTROL_CHAR = /[\x00-\x08\x0b\x0e-\x1f\x7f]/;

function controlReason(sample: string): string | null {
	// Most texts have none: one regex scan is cheaper than the counting loop.
	if (!CONTROL_CHAR.test(sample)) return null;
	let control = 0;
	for (let i = 0; i < sample.length; i++) {
		const c = sample.charCodeAt(i);
		if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++;
	}
	return control > sample.length * MAX_CONTROL_RATIO ? 'binary file (too many control characters)' : null;
}
