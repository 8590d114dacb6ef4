import type {Rng} from './prng.js';

/**
 * What the loader must do with one input of a case:
 * - `warn`: a warning names it (the file gives no report, or reports and warnings)
 * - `load`: it gives at least one report
 * - `load-warned`: it gives a report and a warning (e.g. a few invalid UTF-8 bytes)
 * - `same-facts`: it gives the known-good report's facts (the same text, encoded or named differently)
 * - `any`: a report or a warning, never silence
 * - `none`: nothing at all (an empty folder, a hidden file)
 */
export type Expect = 'warn' | 'load' | 'load-warned' | 'same-facts' | 'any' | 'none';

/** One thing a case puts in the input folder (paths are relative to it). */
export interface FuzzEntry {
	path: string;
	kind: 'file' | 'dir' | 'symlink' | 'fifo';
	bytes?: Buffer;
	/** Symlink target, as written into the link. */
	target?: string;
	expect?: Expect;
}

/** One generated case: inputs written beside the known-good report. */
export interface FuzzCase {
	family: string;
	variant: string;
	entries: FuzzEntry[];
	/** Load in-process only (the heaviest cases: three loads of 100,000 files would take minutes). */
	plainLoadOnly?: boolean;
}

/** What a generator gets: the seeded source, the good report's text, and how big to go. */
export interface GenContext {
	rng: Rng;
	goodText: string;
	/** The long run (`npm run fuzz`) also tries the expensive sizes. */
	long: boolean;
	/** The case's number within its family: 0 is the family's heaviest variant in a long run. */
	round: number;
}

/** A family of inputs: a name and a generator. */
export interface Family {
	name: string;
	make: (ctx: GenContext) => FuzzCase;
}

const VOCABULARY = [
	'ceasefire', 'talks', 'Doha', 'Cairo', 'Qatar', 'Egypt', 'Hamas', 'Israel', 'hostages', 'prisoners', 'withdrawal',
	'mediators', 'negotiators', 'the', 'a', 'of', 'in', 'said', 'on', 'Thursday', 'phase', 'six-week', 'stalled', 'progress',
	'aid', 'Gaza', 'Burns', 'officials', 'deal', 'guarantees', 'and', 'to', 'were', 'after', 'before', 'Rafah', '2024', '33',
];

/** Plausible news-ish words, so extraction has something to chew on. */
export function words(rng: Rng, count: number): string {
	const out: string[] = [];
	for (let i = 0; i < count; i++) {
		out.push(rng.pick(VOCABULARY));
		if (rng.chance(0.08)) out[out.length - 1] += '.';
	}
	return out.join(' ');
}

/** Random ASCII/Unicode text, without newlines when `oneLine`. */
export function noise(rng: Rng, length: number, oneLine = false): string {
	const alphabets = ['abcdefghijklmnopqrstuvwxyz     ', '<>&;"\'=/!-#*[](){}', 'ءابتثجحخدذرز', 'ÀÉÎÕÜßçñ', '中文字符测试', '\t\u00a0\u200b\u202e\ufeff', '\ud83d\ude00'];
	let out = '';
	while (out.length < length) {
		const alphabet = rng.pick(alphabets);
		const run = rng.int(1, 40);
		for (let i = 0; i < run; i++) out += alphabet === '\ud83d\ude00' ? alphabet : alphabet[rng.int(0, alphabet.length - 1)];
		if (!oneLine && rng.chance(0.05)) out += '\n';
	}
	return out;
}

/** Bytes of a string as UTF-8. */
export function utf8(text: string): Buffer {
	return Buffer.from(text, 'utf8');
}

/** A report file extension, any supported format. */
export const REPORT_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.json', '.jsonl', '.ndjson', '.xml', '.rss', '.atom'] as const;
