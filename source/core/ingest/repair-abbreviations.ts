import {MappedTextBuilder, type MappedText} from './offset-map.js';

/**
 * Damaged initialisms, as machine paraphrase and bad copy-paste leave them:
 * - spaced: "U. S." / "U. s." / "U. G." (optionally followed by a stray " s.")
 * - doubled tail: "U.S. s." / "U.S. S."
 * - two-capital form with a stray letter: "US. s."
 * - missing final period: "U.N" / "U.S" before a space or punctuation
 */
const DAMAGED_INITIALISM =
	/\b(?<spaced1>[A-Z])\. (?<spaced2>[A-Za-z])\.(?<spacedStray> [A-Za-z]\.(?= ))?|\b(?<dotted1>[A-Z])\.(?<dotted2>[A-Z])\.(?<dottedStray> [A-Za-z]\.(?= ))|\b(?<pair>[A-Z]{2})\.(?<pairStray> [A-Za-z]\.(?= ))|\b(?<bare1>[A-Z])\.(?<bare2>[A-Z])(?![.\w'’])/g;

/**
 * Repairs split or damaged abbreviations ("U. S." → "U.S.", "U.N" → "U.N.",
 * "U.S. s." → "U.S.") so sentences split where they should. Unchanged
 * characters are copied, so the offset map stays exact for them; a stray
 * letter is dropped only when it repeats the initialism's last letter.
 */
export function repairAbbreviations(input: MappedText): MappedText {
	const {text} = input;
	DAMAGED_INITIALISM.lastIndex = 0;
	let match: RegExpExecArray | null;
	const builder = new MappedTextBuilder(input);
	let pos = 0;
	let changed = false;
	while ((match = DAMAGED_INITIALISM.exec(text))) {
		const g = match.groups!;
		const at = match.index;
		builder.copy(pos, at);
		changed = true;
		if (g.spaced1) {
			builder.copy(at, at + 2); // "U."
			copyUpper(builder, text, at + 3); // "S" or "s" → "S"
			builder.copy(at + 4, at + 5); // "."
			if (g.spacedStray && !sameLetter(g.spacedStray, g.spaced2!)) builder.copy(at + 5, at + match[0].length);
		} else if (g.dotted1) {
			builder.copy(at, at + 4);
			if (!sameLetter(g.dottedStray!, g.dotted2!)) builder.copy(at + 4, at + match[0].length);
		} else if (g.pair) {
			builder.copy(at, at + 3);
			if (!sameLetter(g.pairStray!, g.pair[1]!)) builder.copy(at + 3, at + match[0].length);
		} else {
			builder.copy(at, at + 3);
			builder.insert('.');
		}
		pos = at + match[0].length;
	}
	if (!changed) return input;
	builder.copy(pos, text.length);
	return builder.build();
}

function copyUpper(builder: MappedTextBuilder, text: string, at: number): void {
	const letter = text[at]!;
	if (letter === letter.toUpperCase()) builder.copy(at, at + 1);
	else builder.insert(letter.toUpperCase());
}

/** " s." repeats "S"? */
function sameLetter(stray: string, letter: string): boolean {
	return stray.trim()[0]!.toLowerCase() === letter.toLowerCase();
}
