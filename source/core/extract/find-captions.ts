import type {Sentence} from './split-sentences.js';

// A photo credit inside or right after a caption ("Photo by X", "Photograph: X/Bloomberg").
const PHOTO_CREDIT = /\b(?:Photo(?:graph)?s?\s*(?:by|:)|Image\s*(?:by|:)|Credit\s*:|Getty Images|AP Photo|AFP via|via Reuters|\/Reuters|\/AFP|\/AP\b|Pool Photo|File photo)/i;
// A line labelled as a caption ("Photo caption:", "Caption:", "Pictured:") or opening with a credit ("(AP Photo/X)").
const CAPTION_LABEL = /^\s*(?:(?:Photo|Image|Picture)\s+caption\s*:|Caption\s*:|Pictured\s*:|\((?:AP|AFP|Reuters|EPA|Getty)\b[^)]{0,60}\))/i;
// A short line that is only a credit ("West Asia News Agency via Reuters").
const CREDIT_LINE = /^(?:[A-Z][\w.&'’-]*\s+){0,6}(?:via\s+(?:Reuters|AP|AFP|Getty Images)|\/\s*(?:Reuters|AP|AFP))\.?$|^(?:Reuters|AFP|AP|Getty Images|EPA)(?:\/[\w ]+)?\.?$/;
// Caption syntax: "<who> meets/speaks ... in <City>, <Country>, on <Month> <day>, <year>."
const CAPTION_SYNTAX = /\b(?:in|at)\s+[A-Z][\w'’ -]+,\s+[A-Z][\w'’ -]+,\s+(?:on\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\.?$/;

/**
 * Paragraph numbers that are photo captions: lines carrying a photo credit, lines
 * followed by a credit-only line, a line repeated verbatim next to itself, and the
 * "X meets Y in City, Country, on Oct. 2, 2024." caption form. Caption dates and
 * places are not the report's.
 */
export function findCaptionParagraphs(sentences: Sentence[]): Set<number> {
	const paragraphs = new Map<number, string>();
	for (const s of sentences) paragraphs.set(s.paragraph, paragraphs.has(s.paragraph) ? `${paragraphs.get(s.paragraph)} ${s.text}` : s.text);
	const captions = new Set<number>();
	const count = paragraphs.size;
	for (let p = 0; p < count; p++) {
		const text = paragraphs.get(p) ?? '';
		const next = paragraphs.get(p + 1) ?? '';
		// Lengths first: a long paragraph is never a caption or credit, and scanning it for one costs the most.
		if (text.length < 400 && (PHOTO_CREDIT.test(text) || CAPTION_LABEL.test(text))) captions.add(p);
		else if (next.length < 80 && CREDIT_LINE.test(next.trim())) {
			captions.add(p);
			captions.add(p + 1);
		} else if (text.length < 80 && CREDIT_LINE.test(text.trim())) captions.add(p);
		else if (text.length < 300 && (text === next || text === paragraphs.get(p - 1))) captions.add(p);
		else if (text.length < 300 && CAPTION_SYNTAX.test(text)) captions.add(p);
	}
	return captions;
}
