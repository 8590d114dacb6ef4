import type {Evidence, Report} from '../../source/core/types.js';

/** Evidence whose offsets point into the given text. */
export function evidenceIn(text: string, sentence: string): Evidence {
	const start = text.indexOf(sentence);
	if (start === -1) throw new Error(`sentence not in text: ${sentence}`);
	return {text: sentence, start, end: start + sentence.length};
}

const TEXT_A =
	'CIA Director William Burns was in Cairo for talks on a six-week ceasefire.\n' +
	'Hamas demands | a *permanent* end to the war; Israel refuses.\n' +
	'Negotiators said progress was made.';
const TEXT_B =
	'In Doha, Qatar hosted talks on a monthlong ceasefire and the release of 33 hostages.\n' +
	'The talks stalled over [maps] of the Philadelphi corridor.';
const TEXT_C = 'Talks in Cairo resumed on a monthlong ceasefire.\n- Egypt proposed a two-day truce.';

/** Three reports with rich facts, awkward Markdown characters and two venues. */
export function sampleReports(): Report[] {
	const a: Report = {
		file: 'reports/a.txt',
		title: 'Burns in Cairo | talks resume',
		date: '2024-08-01',
		dateSource: 'metadata',
		dateEvidence: [],
		outlet: 'CNN',
		venues: ['Cairo'],
		mediators: [
			{name: 'William Burns', type: 'person', role: 'CIA Director', country: 'United States', evidence: [evidenceIn(TEXT_A, 'CIA Director William Burns was in Cairo for talks on a six-week ceasefire.')]},
			{name: 'Egypt', type: 'state', evidence: []},
		],
		parties: [
			{name: 'Israel', evidence: [evidenceIn(TEXT_A, 'Hamas demands | a *permanent* end to the war; Israel refuses.')]},
			{name: 'Hamas', evidence: []},
		],
		terms: [
			{kind: 'ceasefire', text: 'six-week ceasefire', duration: '6 weeks', venues: ['Cairo'], evidence: [evidenceIn(TEXT_A, 'CIA Director William Burns was in Cairo for talks on a six-week ceasefire.')]},
			{kind: 'permanent-ceasefire', text: 'a *permanent* end | to the war', venues: [], evidence: [evidenceIn(TEXT_A, 'Hamas demands | a *permanent* end to the war; Israel refuses.')]},
		],
		obstacles: [
			{kind: 'end-of-war-dispute', text: 'Hamas demands a permanent end;\nIsrael refuses', venues: [], evidence: [evidenceIn(TEXT_A, 'Hamas demands | a *permanent* end to the war; Israel refuses.')]},
		],
		status: {value: 'progress', evidence: [evidenceIn(TEXT_A, 'Negotiators said progress was made.')]},
		sha256: 'a'.repeat(64),
		warnings: [],
		text: TEXT_A,
	};
	const b: Report = {
		file: 'reports/b.txt',
		date: '2024-08-10',
		dateSource: 'inferred',
		dateEvidence: ['last Saturday (2024-08-03)'],
		outlet: null,
		venues: ['Doha'],
		mediators: [{name: 'Qatar', type: 'state', evidence: [evidenceIn(TEXT_B, 'In Doha, Qatar hosted talks on a monthlong ceasefire and the release of 33 hostages.')]}],
		parties: [{name: 'Israel', negotiators: ['David Barnea'], evidence: []}],
		terms: [
			{kind: 'ceasefire', text: 'monthlong ceasefire', duration: '1 month', venues: ['Doha'], evidence: [evidenceIn(TEXT_B, 'In Doha, Qatar hosted talks on a monthlong ceasefire and the release of 33 hostages.')]},
			{kind: 'hostage-release', text: 'release of 33 hostages', count: 33, venues: ['Doha'], evidence: []},
		],
		obstacles: [{kind: 'withdrawal-dispute', text: '[maps] of the Philadelphi corridor', venues: ['Doha'], evidence: [evidenceIn(TEXT_B, 'The talks stalled over [maps] of the Philadelphi corridor.')]}],
		status: {value: 'stalled', evidence: [evidenceIn(TEXT_B, 'The talks stalled over [maps] of the Philadelphi corridor.')]},
		sha256: 'b'.repeat(64),
		warnings: [],
		text: TEXT_B,
	};
	const c: Report = {
		file: 'reports/c.txt',
		date: '2024-08-20',
		dateSource: 'metadata',
		dateEvidence: [],
		outlet: 'Reuters',
		venues: ['Cairo'],
		mediators: [{name: 'Egypt', type: 'state', evidence: [evidenceIn(TEXT_C, '- Egypt proposed a two-day truce.')]}],
		parties: [],
		terms: [{kind: 'ceasefire', text: 'monthlong ceasefire', duration: '1 month', venues: ['Cairo'], evidence: [evidenceIn(TEXT_C, 'Talks in Cairo resumed on a monthlong ceasefire.'), evidenceIn(TEXT_C, '- Egypt proposed a two-day truce.')]}],
		obstacles: [],
		status: {value: null, evidence: []},
		sha256: 'c'.repeat(64),
		warnings: [],
		text: TEXT_C,
	};
	return [c, a, b];
}
