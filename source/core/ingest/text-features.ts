/** Sentence ends: . ! ? with closing quotes/brackets, then space and a capital, digit or opening quote. */
const SENTENCE_END = /[.!?]+["'”’)\]]*\s+(?=["“‘'(\[]?[\p{Lu}\d])/gu;
const WORD_BEFORE_PERIOD = /(\S+)\.["'”’)\]]*$/;
const INITIALISM = /^(?:\p{L}\.)*\p{L}$/u;
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const APOSTROPHE_TAIL = /['’].*$/;

/** Words after which a period does not end a sentence (no trailing period). */
const ABBREVIATIONS = new Set([
	'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'sen', 'rep', 'gov', 'st', 'jr', 'sr', 'prof',
	'rev', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'inc',
	'corp', 'ltd', 'co', 'mt', 'ft', 'adm', 'amb', 'pres',
]);

/** Function words ignored when comparing what two sentences say. */
const STOPWORDS = new Set(
	('a an the and or but if of to in on at by for with from as is are was were be been being that this these those it its ' +
		'he she they them his her their we our you your i not no do does did have has had will would could should may might ' +
		'can also than then there here which who whom whose what when where why how all any some more most other such only ' +
		'own same so too very just over into about after before under again further once said says say told according while ' +
		'however though although since because during within without between against among per via yet still even').split(' '),
);
const STEM_SUFFIXES = ['ing', 'ed', 'es', 's'];

/**
 * Approximate sentence ranges `[start, end)` within `text[from, to)`, for
 * comparing sentences (extraction has its own splitter).
 */
export function sentenceRanges(text: string, from: number, to: number): Array<[number, number]> {
	const line = text.slice(from, to);
	const ranges: Array<[number, number]> = [];
	let start = 0;
	SENTENCE_END.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = SENTENCE_END.exec(line))) {
		if (match[0].charCodeAt(0) === 0x2e && endsAbbreviation(line, start, match.index)) continue;
		const end = match.index + match[0].trimEnd().length;
		ranges.push([from + start, from + end]);
		start = match.index + match[0].length;
	}
	if (start < line.length) ranges.push([from + start, to]);
	return ranges;
}

/** Whether the period at `at` ends an initialism or a known abbreviation (looking back at most 40 characters, not before `from`). */
function endsAbbreviation(line: string, from: number, at: number): boolean {
	const before = WORD_BEFORE_PERIOD.exec(line.slice(Math.max(from, at - 40), at + 1))?.[1] ?? '';
	return INITIALISM.test(before) || ABBREVIATIONS.has(before.toLowerCase());
}

/** Lowercased word tokens. */
export function tokens(text: string): string[] {
	return text.toLowerCase().match(TOKEN) ?? [];
}

// Longer words need no stopword lookup.
const MAX_STOPWORD_LENGTH = Math.max(...[...STOPWORDS].map((w) => w.length));
/**
 * Per length, bits of the first and the last letters (a-z) of the stopwords
 * that long: a word whose ends are not among them needs no Set lookup.
 */
const STOPWORD_FIRSTS = new Uint32Array(MAX_STOPWORD_LENGTH + 1);
const STOPWORD_LASTS = new Uint32Array(MAX_STOPWORD_LENGTH + 1);
for (const word of STOPWORDS) {
	if (!/^[a-z]+$/.test(word)) throw new Error(`stopword ${word}: only a-z is indexed`);
	STOPWORD_FIRSTS[word.length]! |= letterBit(word.charCodeAt(0));
	STOPWORD_LASTS[word.length]! |= letterBit(word.charCodeAt(word.length - 1));
}

/** A bit per letter a-z; 0 for any other code unit. */
function letterBit(c: number): number {
	return c >= 97 && c <= 122 ? 1 << (c - 97) : 0;
}

/** Whether `token.slice(0, length)` is a stopword. */
function isStopword(token: string, length: number): boolean {
	if (length > MAX_STOPWORD_LENGTH) return false;
	if ((STOPWORD_FIRSTS[length]! & letterBit(token.charCodeAt(0))) === 0) return false;
	if ((STOPWORD_LASTS[length]! & letterBit(token.charCodeAt(length - 1))) === 0) return false;
	return STOPWORDS.has(length === token.length ? token : token.slice(0, length));
}

/**
 * The comparable form of a word for paraphrase-tolerant overlap (stopwords
 * and very short words give null; crude suffix stemming otherwise). Computed
 * afresh: cheaper than a cache of every word seen, which misses the CPU cache
 * and keeps the words alive into the old generation.
 */
export function contentWord(raw: string): string | null {
	const word = raw.includes("'") || raw.includes('’') ? raw.replace(APOSTROPHE_TAIL, '') : raw;
	if (word.length < 3 || (word.length <= MAX_STOPWORD_LENGTH && STOPWORDS.has(word))) return null;
	for (const suffix of STEM_SUFFIXES) {
		if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
	}
	return word;
}

/**
 * `contentWord` of a token (as `tokens` gives them: no line break) as a
 * length: its content word is always a prefix of it, `token.slice(0, n)`;
 * -1 for null. Makes no string unless the token has an apostrophe and a
 * stopword-length head.
 */
export function contentStemLength(token: string): number {
	let length = token.length;
	for (let i = 0; i < token.length; i++) {
		const c = token.charCodeAt(i);
		if (c === 0x27 || c === 0x2019) {
			length = i;
			break;
		}
	}
	if (length < 3) return -1;
	if (isStopword(token, length)) return -1;
	return length - suffixLength(token, length);
}

/**
 * Length of the suffix `contentWord` strips from `token.slice(0, length)`,
 * or 0: STEM_SUFFIXES in their order ("ing", "ed", "es", "s"), leaving at
 * least 4 characters, read by character code rather than with `endsWith`.
 */
function suffixLength(token: string, length: number): number {
	const last = token.charCodeAt(length - 1);
	if (last === 0x67) return length >= 7 && token.charCodeAt(length - 2) === 0x6e && token.charCodeAt(length - 3) === 0x69 ? 3 : 0; // -ing
	if (last === 0x64) return length >= 6 && token.charCodeAt(length - 2) === 0x65 ? 2 : 0; // -ed
	if (last !== 0x73) return 0;
	if (length >= 6 && token.charCodeAt(length - 2) === 0x65) return 2; // -es
	return length >= 5 ? 1 : 0; // -s
}
