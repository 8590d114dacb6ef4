import {noise, REPORT_EXTENSIONS, utf8, words, type Family} from './fuzz-case.js';

const MiB = 1024 * 1024;
/** Bytes that are never valid UTF-8 on their own (lone continuation, overlong leads, out of range). */
const INVALID_UTF8 = [[0x80], [0xbf], [0xc0, 0x41], [0xc1], [0xe0, 0x80], [0xed, 0xa0, 0x80], [0xf5], [0xf8, 0x88], [0xff]];

/** Random bytes under a random report extension. */
export const randomBytes: Family = {
	name: 'random-bytes',
	make: ({rng}) => {
		const size = rng.chance(0.05) ? 0 : rng.size(1, 256 * 1024);
		return {family: 'random-bytes', variant: `${size} bytes`, entries: [{path: `noise${rng.pick(REPORT_EXTENSIONS)}`, kind: 'file', bytes: rng.bytes(size), expect: size === 0 ? 'warn' : 'any'}]};
	},
};

/** Text with a few invalid UTF-8 sequences (still read, with a warning) or mostly invalid bytes (refused). */
export const invalidUtf8: Family = {
	name: 'invalid-utf8',
	make: ({rng, goodText}) => {
		if (rng.chance(0.25)) {
			const bytes = Buffer.from(rng.bytes(rng.size(64, 8192)).map((b) => 0x80 | (b & 0x3f)));
			return {family: 'invalid-utf8', variant: 'continuation bytes only', entries: [{path: 'latin.txt', kind: 'file', bytes, expect: 'warn'}]};
		}
		let bytes = utf8(goodText);
		const count = rng.int(1, 5);
		for (let i = 0; i < count; i++) {
			const at = rng.int(4, bytes.length);
			bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(rng.pick(INVALID_UTF8)), bytes.subarray(at)]);
		}
		return {family: 'invalid-utf8', variant: `${count} bad sequences`, entries: [{path: `mojibake${rng.pick(['.txt', '.md'])}`, kind: 'file', bytes, expect: 'load-warned'}]};
	},
};

/** The good report as UTF-16 (LE/BE, with and without BOM), UTF-8 with BOM, truncated UTF-16, UTF-32. */
export const utf16: Family = {
	name: 'utf16-bom',
	make: ({rng, goodText}) => {
		const le = Buffer.from(goodText, 'utf16le');
		const be = Buffer.from(le).swap16();
		const variant = rng.pick(['le-bom', 'be-bom', 'le-no-bom', 'be-no-bom', 'utf8-bom', 'le-odd-length', 'utf32-bom'] as const);
		const bytes = {
			'le-bom': Buffer.concat([Buffer.from([0xff, 0xfe]), le]),
			'be-bom': Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
			'le-no-bom': le,
			'be-no-bom': be,
			'utf8-bom': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(goodText)]),
			'le-odd-length': Buffer.concat([Buffer.from([0xff, 0xfe]), le.subarray(0, rng.int(0, le.length >> 1) * 2 + 1)]),
			'utf32-bom': Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]),
		}[variant];
		const expect = variant === 'utf32-bom' ? 'warn' : variant === 'le-odd-length' ? 'any' : 'same-facts';
		return {family: 'utf16-bom', variant, entries: [{path: 'wide.md', kind: 'file', bytes, expect}]};
	},
};

/** NUL bytes: sprinkled into the text, padding a half-downloaded file, or a file of zeros. */
export const nulBytes: Family = {
	name: 'nul-bytes',
	make: ({rng, goodText}) => {
		const text = utf8(goodText);
		const variant = rng.pick(['sprinkled', 'zero-padded', 'all-zero'] as const);
		let bytes: Buffer;
		if (variant === 'all-zero') bytes = Buffer.alloc(rng.int(1, 70_000));
		else if (variant === 'zero-padded') bytes = Buffer.concat([text.subarray(0, rng.int(1, text.length)), Buffer.alloc(rng.int(1, 100_000))]);
		else {
			bytes = Buffer.from(text);
			for (let i = rng.int(1, 20); i > 0; i--) bytes[rng.int(0, bytes.length - 1)] = 0;
		}
		return {family: 'nul-bytes', variant, entries: [{path: `partial${rng.pick(REPORT_EXTENSIONS)}`, kind: 'file', bytes, expect: 'warn'}]};
	},
};

/**
 * One very long line: words, minified JSON or HTML. The long run's first cases also try
 * 50 MB (over the size limit: refused unread) and just under the limit (read, in bounded time).
 */
export const longLine: Family = {
	name: 'long-line',
	make: ({rng, long, round}) => {
		if (long && round === 0) return {family: 'long-line', variant: '50 MB line', entries: [{path: 'huge line.txt', kind: 'file', bytes: Buffer.alloc(50 * MiB, 'talks in Doha '), expect: 'warn'}]};
		const size = long && round === 1 ? 19 * MiB : rng.size(10_000, 3 * MiB);
		const kind = rng.pick(['words', 'json', 'html', 'noise'] as const);
		const body = kind === 'noise' ? noise(rng, Math.min(size, 200_000), true) : words(rng, Math.ceil(size / 7));
		const text = kind === 'json' ? JSON.stringify([{title: 'One line', text: body}]) : kind === 'html' ? `<html><body><p>${body.replaceAll('.', '.</p><p>')}</p></body></html>` : body;
		const ext = kind === 'json' ? '.json' : kind === 'html' ? '.html' : '.txt';
		return {family: 'long-line', variant: `${kind} ${text.length} chars`, entries: [{path: `line${ext}`, kind: 'file', bytes: utf8(text), expect: 'any'}]};
	},
};

/** The good report with random edits: flipped bytes, cut or repeated ranges, truncation, under any extension. */
export const mutated: Family = {
	name: 'mutated',
	make: ({rng, goodText}) => {
		let bytes = utf8(goodText);
		const edits: string[] = [];
		for (let i = rng.int(1, 12); i > 0; i--) {
			const at = rng.int(0, bytes.length);
			const len = rng.int(0, Math.min(400, bytes.length - at));
			const op = rng.pick(['flip', 'cut', 'insert', 'repeat', 'truncate'] as const);
			edits.push(op);
			if (op === 'flip' && bytes.length) bytes[Math.min(at, bytes.length - 1)] = rng.int(0, 255);
			else if (op === 'cut') bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + len)]);
			else if (op === 'insert') bytes = Buffer.concat([bytes.subarray(0, at), rng.bytes(rng.int(1, 64)), bytes.subarray(at)]);
			else if (op === 'repeat') bytes = Buffer.concat([bytes.subarray(0, at + len), bytes.subarray(at, at + len), bytes.subarray(at + len)]);
			else bytes = bytes.subarray(0, at);
		}
		return {family: 'mutated', variant: edits.join(','), entries: [{path: `edited${rng.pick(REPORT_EXTENSIONS)}`, kind: 'file', bytes, expect: bytes.length === 0 ? 'warn' : 'any'}]};
	},
};
