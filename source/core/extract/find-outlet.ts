import type {CompiledKnowledge} from '../knowledge/compile-knowledge.js';
import type {Sentence} from './split-sentences.js';

// "DOHA (Reuters) -" or "(AP) —" near the top.
const AGENCY_DATELINE = /^(?:[A-Z][A-Z .,'’-]*\s)?\(([A-Z][\w .&-]{1,30})\)\s*[-—–]/;
// "CNN's Lauren Izso, Alex Marquardt and Mostafa Salem contributed reporting."
const CREDIT_POSSESSIVE = /^(?:[*•]\s*)?([A-Z][\w .&-]{1,30}?)['’]s\s+(?:[A-Z][\p{L}'’-]+\s*){1,4}(?:(?:,|and)\s*(?:[A-Z][\p{L}'’-]+\s*){1,4})*\s*contributed\b/u;
// "Reporting by X; Editing by Y": the Reuters house credit.
const REUTERS_CREDIT = /^Reporting by [A-Z][^;]+;\s*(?:additional reporting by [^;]+;\s*)?(?:Writing|Editing) by /i;
// "Watan-Qatar, Egypt..." : a site name glued to the first word.
const SITE_PREFIX = /^([A-Z][\p{L}]+)-(?=[A-Z])/u;

/**
 * The outlet when the text states it: an agency dateline "(Reuters) -", a credit
 * "CNN's X contributed reporting", the Reuters credit line, or a site prefix
 * "Watan-" that knowledge lists as an outlet. "told CBS News" or "X contributed
 * to this report" name a source or partner, not the publisher. Null otherwise.
 */
export function findOutlet(sentences: Sentence[], k: CompiledKnowledge): string | null {
	const known = (name: string) => k.outletByForm.get(name.trim())?.name;
	for (const s of sentences.slice(0, 4)) {
		const dateline = AGENCY_DATELINE.exec(s.text);
		if (dateline && known(dateline[1]!)) return known(dateline[1]!)!;
	}
	const prefix = sentences[0] && SITE_PREFIX.exec(sentences[0].text);
	if (prefix && known(prefix[1]!)) return known(prefix[1]!)!;
	for (const s of sentences.slice(-8)) {
		const credit = CREDIT_POSSESSIVE.exec(s.text);
		if (credit) return known(credit[1]!) ?? credit[1]!.trim();
		if (REUTERS_CREDIT.test(s.text)) return 'Reuters';
	}
	return null;
}
