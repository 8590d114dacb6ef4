/** Words that end a phrase's left edge: articles, prepositions, verbs of reporting. */
const LEFT_STOP = new Set([
	'a', 'an', 'the', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'and', 'or', 'but', 'that', 'which', 'who', 'is', 'are', 'was',
	'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'involving', 'including',
	'about', 'over', 'into', 'from', 'as', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'any', 'said', 'says', 'we', 'they', 'he', 'she', 'it', 'i', 'you', 'not', 'no',
]);
/** Punctuation that closes a clause. */
const CLAUSE_END = /,(?=\s)|[;:()\u2013\u2014"\u201C\u201D!?]|\.(?=\s|$)| - | (?:while|but|whereas|although|though|because|despite|even as) /;
/** Trailing words that make a phrase end mid-air. */
const TRAILING_FILLER = /(?:\s+(?:a|an|the|of|to|for|in|on|and|or|with|that|which|by|as|its|their|is|are|was|were|be|would|will|could))+$/i;
/** Words that may qualify a cue from its left: numbers, hyphenated or capitalised words, adjectives ("monthlong", "temporary", "Gaza"). */
const MODIFIER = /^(?:[A-Z][\w'’-]*|[\w-]*\d[\w-]*|\w+-[\w-]+|\w+long|\w+(?:ary|ent|ant|ate|al|ed|ive|ic|ful|ous|ial)|new|full|short|long|small|big|broad|brief|first|second|third|final|possible|potential|immediate|limited)$/;
/** Punctuation and space left dangling at the end of a phrase. */
const TRAILING_PUNCTUATION = /[\s,;:\u2013\u2014-]+$/;
const MAX_LEFT_WORDS = 3;
/** The word right before a position (with its trailing space). */
const PREVIOUS_WORD = /(\d{1,3}(?:,\d{3})+|[\w'’-]+)\s+$/;
const MAX_RIGHT_CHARS = 80;
/** Characters looked back for the previous word (longer words are not modifiers anyway). */
const LOOK_BACK = 40;

/**
 * The short key phrase around a cue at [start, end) of a sentence: a few
 * modifiers before it ("monthlong ceasefire") and the rest of its clause after
 * it, capped in length.
 * @example keyPhrase('... involving a monthlong ceasefire in Gaza in exchange for the release of some hostages.', s, e)
 * // → 'monthlong ceasefire in Gaza in exchange for the release of some hostages'
 */
export function keyPhrase(sentence: string, start: number, end: number): string {
	let left = start;
	for (let taken = 0; taken < MAX_LEFT_WORDS; taken++) {
		const from = Math.max(0, left - LOOK_BACK);
		const previous = PREVIOUS_WORD.exec(sentence.slice(from, left));
		if (!previous || LEFT_STOP.has(previous[1]!.toLowerCase()) || !MODIFIER.test(previous[1]!)) break;
		left = from + previous.index;
	}
	const rest = sentence.slice(end);
	const stop = CLAUSE_END.exec(rest);
	let right = end + (stop ? stop.index : rest.length);
	if (right - end > MAX_RIGHT_CHARS) {
		const cut = sentence.lastIndexOf(' ', end + MAX_RIGHT_CHARS);
		right = cut > end ? cut : end + MAX_RIGHT_CHARS;
	}
	return sentence.slice(left, right).replace(TRAILING_PUNCTUATION, '').replace(TRAILING_FILLER, '');
}
