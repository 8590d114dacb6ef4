/**
 * Hand-written reports with realistic content for UI and search tests: the Gaza talks in
 * Cairo (April 2024), Doha and Cairo (August 2024) and Cairo and Doha (October 2024), plus a
 * Doha-only report and an undated Beirut one. Evidence offsets are computed from the text.
 */
import type {Evidence, Mediator, Obstacle, Party, Report, Term} from '../../source/core/types.js';

function ev(text: string, sentence: string): Evidence[] {
	const start = text.indexOf(sentence);
	if (start < 0) throw new Error(`fixture sentence not in text: ${sentence}`);
	return [{text: sentence, start, end: start + sentence.length}];
}

const APRIL = [
	'CAIRO (AP) — Egyptian mediators hosted a Hamas delegation in Cairo on Monday as talks on a truce resumed.',
	'CIA Director William Burns and Egypt\'s intelligence chief Abbas Kamel pressed both sides to accept a six-week ceasefire.',
	'The first phase would see the release of 33 hostages held in Gaza in exchange for Palestinian prisoners.',
	'Hamas insists on a permanent end to the war, which Israel rejects.',
	'Israel also threatened a ground offensive in Rafah if no deal is reached.',
].join(' ');

const AUGUST = [
	'DOHA, Qatar — Negotiators met in Doha and later in Cairo this week to close gaps on a Gaza ceasefire deal.',
	'Qatar\'s Prime Minister Mohammed bin Abdulrahman Al Thani hosted William Burns and Brett McGurk in Doha.',
	'Abbas Kamel joined the Cairo round on Thursday.',
	'The bridging proposal keeps a six-week first phase with the release of 33 hostages.',
	'Israel wants to keep troops on the Philadelphi corridor, a demand Hamas refuses.',
	'The killing of Hamas leader Ismail Haniyeh in Tehran has complicated the talks.',
	'Officials described the mood as constructive.',
].join(' ');

const OCTOBER = [
	'CAIRO — Egypt proposed a two-day truce in Gaza during talks in Cairo on Sunday.',
	'Burns travelled to Doha to meet Al Thani and David Barnea about a monthlong ceasefire.',
	'The plan would free four hostages in exchange for some prisoners.',
	'Netanyahu is waiting for the outcome of the US election, officials said.',
	'Officials said the talks remain stalled.',
].join(' ');

const DOHA_SEPTEMBER = [
	'Talks in Doha stalled after Hamas rejected new Israeli conditions.',
	'Qatar said mediation would continue with Amos Hochstein briefed by phone.',
].join(' ');

const BEIRUT = 'Amos Hochstein met Lebanese officials in Beirut to discuss a ceasefire along the border with Israel and Hezbollah.';

function mediator(text: string, name: string, sentence: string, extra: Partial<Mediator> = {}): Mediator {
	return {name, type: 'person', evidence: ev(text, sentence), ...extra};
}

function party(text: string, name: string, sentence: string, negotiators?: string[]): Party {
	return {name, negotiators, evidence: ev(text, sentence)};
}

function term(text: string, kind: Term['kind'], sentence: string, extra: Partial<Term> = {}): Term {
	return {kind, text: sentence.slice(0, 60), venues: [], evidence: ev(text, sentence), ...extra};
}

function obstacle(text: string, kind: Obstacle['kind'], sentence: string, venues: string[] = []): Obstacle {
	return {kind, text: sentence.slice(0, 60), venues, evidence: ev(text, sentence)};
}

function base(file: string, text: string): Omit<Report, 'venues' | 'mediators' | 'parties' | 'terms' | 'obstacles' | 'status'> {
	return {file, date: null, dateSource: 'none', dateEvidence: [], outlet: null, sha256: file, warnings: [], text};
}

const s = (text: string, i: number) => text.split(/(?<=\.) /)[i]!;

/** Cairo, 2024-04-29 (metadata date), AP. */
export const april: Report = {
	...base('reports/2024-04-cairo.md', APRIL),
	title: 'Hamas delegation in Cairo as truce talks resume',
	date: '2024-04-29',
	dateSource: 'metadata',
	outlet: 'AP',
	venues: ['Cairo'],
	mediators: [
		mediator(APRIL, 'Egypt', s(APRIL, 0), {type: 'state'}),
		mediator(APRIL, 'William Burns', s(APRIL, 1), {role: 'CIA Director', country: 'United States'}),
		mediator(APRIL, 'Abbas Kamel', s(APRIL, 1), {role: 'intelligence chief', country: 'Egypt'}),
	],
	parties: [party(APRIL, 'Hamas', s(APRIL, 0)), party(APRIL, 'Israel', s(APRIL, 3))],
	terms: [
		term(APRIL, 'ceasefire', s(APRIL, 1), {duration: '6 weeks', venues: ['Cairo']}),
		term(APRIL, 'hostage-release', s(APRIL, 2), {count: 33, phase: 'first'}),
		term(APRIL, 'prisoner-release', s(APRIL, 2)),
	],
	obstacles: [obstacle(APRIL, 'end-of-war-dispute', s(APRIL, 3)), obstacle(APRIL, 'military-operations', s(APRIL, 4))],
	status: {value: 'mixed', evidence: []},
};

/** Doha and Cairo, 2024-08-16 (inferred date), Reuters. */
export const august: Report = {
	...base('reports/2024-08-doha-cairo.md', AUGUST),
	title: 'Doha and Cairo rounds try to close gaps',
	date: '2024-08-16',
	dateSource: 'inferred',
	dateEvidence: ['a week after the killing of Ismail Haniyeh (2024-07-31)'],
	outlet: 'Reuters',
	venues: ['Doha', 'Cairo'],
	mediators: [
		mediator(AUGUST, 'Qatar', s(AUGUST, 1), {type: 'state'}),
		mediator(AUGUST, 'Mohammed bin Abdulrahman Al Thani', s(AUGUST, 1), {role: 'Prime Minister', country: 'Qatar'}),
		mediator(AUGUST, 'William Burns', s(AUGUST, 1)),
		mediator(AUGUST, 'Brett McGurk', s(AUGUST, 1)),
		mediator(AUGUST, 'Abbas Kamel', s(AUGUST, 2)),
	],
	parties: [party(AUGUST, 'Israel', s(AUGUST, 4)), party(AUGUST, 'Hamas', s(AUGUST, 4))],
	terms: [
		term(AUGUST, 'ceasefire', s(AUGUST, 0), {duration: '6 weeks', venues: ['Doha', 'Cairo']}),
		term(AUGUST, 'hostage-release', s(AUGUST, 3), {count: 33}),
		term(AUGUST, 'phased-deal', s(AUGUST, 3), {phase: 'first'}),
	],
	obstacles: [obstacle(AUGUST, 'withdrawal-dispute', s(AUGUST, 4)), obstacle(AUGUST, 'leader-killed', s(AUGUST, 5))],
	status: {value: 'progress', evidence: ev(AUGUST, s(AUGUST, 6))},
	warnings: ['front matter date missing; inferred from text'],
};

/** Doha only, 2024-09-10, no outlet. */
export const september: Report = {
	...base('reports/2024-09-doha.txt', DOHA_SEPTEMBER),
	date: '2024-09-10',
	dateSource: 'metadata',
	venues: ['Doha'],
	mediators: [mediator(DOHA_SEPTEMBER, 'Qatar', s(DOHA_SEPTEMBER, 1), {type: 'state'}), mediator(DOHA_SEPTEMBER, 'Amos Hochstein', s(DOHA_SEPTEMBER, 1))],
	parties: [party(DOHA_SEPTEMBER, 'Hamas', s(DOHA_SEPTEMBER, 0))],
	terms: [],
	obstacles: [obstacle(DOHA_SEPTEMBER, 'guarantees-dispute', s(DOHA_SEPTEMBER, 0), ['Doha'])],
	status: {value: 'stalled', evidence: ev(DOHA_SEPTEMBER, s(DOHA_SEPTEMBER, 0))},
};

/** Cairo and Doha, 2024-10-27 (inferred), CNN. */
export const october: Report = {
	...base('reports/2024-10-cairo-doha.md', OCTOBER),
	title: 'Egypt floats two-day truce as Burns heads to Doha',
	date: '2024-10-27',
	dateSource: 'inferred',
	dateEvidence: ["before Tuesday's US presidential election (2024-11-05)"],
	outlet: 'CNN',
	venues: ['Cairo', 'Doha'],
	mediators: [
		mediator(OCTOBER, 'Egypt', s(OCTOBER, 0), {type: 'state'}),
		mediator(OCTOBER, 'William Burns', s(OCTOBER, 1)),
		mediator(OCTOBER, 'Mohammed bin Abdulrahman Al Thani', s(OCTOBER, 1)),
	],
	parties: [party(OCTOBER, 'Israel', s(OCTOBER, 1), ['David Barnea']), party(OCTOBER, 'Hamas', s(OCTOBER, 2))],
	terms: [
		term(OCTOBER, 'ceasefire', s(OCTOBER, 1), {duration: '1 month', venues: ['Doha']}),
		term(OCTOBER, 'hostage-release', s(OCTOBER, 2), {count: 4}),
		term(OCTOBER, 'prisoner-release', s(OCTOBER, 2)),
	],
	obstacles: [obstacle(OCTOBER, 'domestic-politics', s(OCTOBER, 3))],
	status: {value: 'stalled', evidence: ev(OCTOBER, s(OCTOBER, 4))},
};

/** Beirut, undated, no facts but a mediator: the Lebanon track. */
export const beirut: Report = {
	...base('reports/beirut-undated.txt', BEIRUT),
	venues: ['Beirut'],
	mediators: [mediator(BEIRUT, 'Amos Hochstein', BEIRUT)],
	parties: [party(BEIRUT, 'Israel', BEIRUT), party(BEIRUT, 'Hezbollah', BEIRUT)],
	terms: [term(BEIRUT, 'ceasefire', BEIRUT, {scope: 'Lebanon'})],
	obstacles: [],
	status: {value: null, evidence: []},
};

/** A report where extraction found nothing. */
export const empty: Report = {
	...base('reports/empty.txt', 'Nothing about talks here.'),
	venues: [],
	mediators: [],
	parties: [],
	terms: [],
	obstacles: [],
	status: {value: null, evidence: []},
};

/** The fixture set in date order (undated last), as loadReports returns it. */
export const reports: Report[] = [april, august, september, october, beirut];
