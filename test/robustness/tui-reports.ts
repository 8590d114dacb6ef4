import type {Evidence, Report, Term} from '../../source/core/types.js';
import {TERM_KINDS} from '../../source/core/types.js';
import {august, empty} from '../ui/fixtures.js';
import type {Rng} from './fuzz/prng.js';

/** Evidence for the i-th sentence-sized slice of `text`. */
function span(text: string, start: number, length: number): Evidence[] {
	const end = Math.min(text.length, start + length);
	return [{text: text.slice(start, end), start, end}];
}

/** A report far past normal sizes: a 10,000-character title, 400 long terms, 150 mediators, 1 MB of text. */
export function hugeReport(): Report {
	const text = 'Negotiators met in Doha on Monday to discuss a ceasefire. '.repeat(18_000);
	const terms: Term[] = Array.from({length: 400}, (_, i) => ({
		kind: TERM_KINDS[i % TERM_KINDS.length]!,
		text: `term ${i} ${'with a very long description '.repeat(200)}`,
		duration: `${i} weeks`,
		count: i,
		venues: ['Doha', `Venue ${i}`],
		evidence: span(text, i * 59, 2000),
	}));
	return {
		...august,
		file: `reports/${'deeply/'.repeat(40)}huge.md`,
		title: 'A title that goes on '.repeat(500),
		outlet: 'An outlet name that is far too long for any column '.repeat(5),
		venues: Array.from({length: 80}, (_, i) => `Venue ${i}`),
		mediators: Array.from({length: 150}, (_, i) => ({name: `Mediator number ${i} ${'X'.repeat(i)}`, type: 'person' as const, evidence: span(text, i * 59, 58)})),
		parties: Array.from({length: 60}, (_, i) => ({name: `Party ${i}`, negotiators: Array.from({length: 20}, (_, j) => `Negotiator ${j}`), evidence: span(text, i * 59, 58)})),
		terms,
		obstacles: Array.from({length: 200}, (_, i) => ({kind: 'other' as const, text: `obstacle ${i} `.repeat(50), venues: [], evidence: span(text, i * 59, 58)})),
		status: {value: 'mixed', evidence: span(text, 0, 58)},
		text,
	};
}

/** Reports of odd shapes a damaged cache or an odd input might give: empty, wide script, control-free but strange names, evidence past the text. */
export function oddReports(): Report[] {
	return [
		{...empty, file: 'reports/empty name \t with tab.txt'},
		{...august, file: 'reports/日本語のレポート😀.md', title: '停戦交渉 — ドーハで再開 😀😀😀', outlet: 'الجزيرة', date: '2024-08-16'},
		{...august, file: 'reports/outside.md', date: null, dateSource: 'none', terms: august.terms.map((t) => ({...t, evidence: [{text: 'not in the text', start: 10_000_000, end: 10_000_015}]}))},
		{...august, file: 'reports/no-text.md', text: undefined, date: '1900-01-01'},
	];
}

/** Keys the monkey test presses: every binding but quit, plus raw input. */
export function randomKey(rng: Rng): string {
	const keys = ['\t', '\u001b[Z', '1', '2', '3', '4', 't', 'T', '/', 'e', 'w', '?', '\u001b', '\r', 'h', 'j', 'k', 'l', 'g', 'G', ' ', 'b', '\u001b[A', '\u001b[B', '\u001b[C', '\u001b[D', '\u001b[5~', '\u001b[6~', '\u007f', '\u0015', 'x', 'ü', '😀', '\u001b[1;5C', '\u0000', '\u001b[200~paste\u001b[201~'];
	return rng.pick(keys);
}
