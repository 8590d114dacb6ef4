import {termLabel} from '../../core/compare/index.js';
import type {Evidence, FactFamily, Report} from '../../core/types.js';

/** One fact of the detail's list with the evidence its sentence highlights. */
export interface DetailFact {
	family: FactFamily;
	label: string;
	evidence: Evidence[];
}

/**
 * A report's facts in reading order of families (mediators, parties, terms, obstacles,
 * momentum), each with its evidence; facts without evidence are still listed.
 */
export function detailFacts(report: Report): DetailFact[] {
	const facts: DetailFact[] = [];
	for (const m of report.mediators) facts.push({family: 'mediator', label: m.role ? `${m.name} (${m.role})` : m.name, evidence: m.evidence});
	for (const p of report.parties) {
		const label = p.negotiators?.length ? `${p.name} (${p.negotiators.join(', ')})` : p.name;
		facts.push({family: 'party', label, evidence: p.evidence});
	}
	for (const t of report.terms) facts.push({family: 'term', label: termLabel(t), evidence: t.evidence});
	for (const o of report.obstacles) facts.push({family: 'obstacle', label: o.kind, evidence: o.evidence});
	if (report.status.value) facts.push({family: 'momentum', label: report.status.value, evidence: report.status.evidence});
	return facts;
}

/** Every evidence span of a report, sorted by start, for highlighting its text. */
export function evidenceSpans(facts: DetailFact[]): Array<[number, number]> {
	const spans: Array<[number, number]> = [];
	for (const fact of facts) for (const e of fact.evidence) if (e.end > e.start) spans.push([e.start, e.end]);
	return spans.sort((a, b) => a[0] - b[0]);
}

/** Search fields that name a fact family directly. */
const FIELD_FAMILY: Partial<Record<string, DetailFact['family']>> = {mediator: 'mediator', party: 'party', term: 'term', obstacle: 'obstacle'};

/**
 * The fact a search hit is about: the first fact whose label holds a matched fact value
 * (a mediator, party, term or obstacle), else the first whose evidence is a matched
 * sentence; 0 when the match was elsewhere (title, outlet, venue).
 * @example searchFact(detailFacts(report), [{field: 'party', value: 'Hamas', indices: [[0, 5]]}])
 */
export function searchFact(facts: DetailFact[], matches: ReadonlyArray<{field: string; value: string}>): number {
	for (const m of matches) {
		const family = FIELD_FAMILY[m.field];
		const value = m.value.toLowerCase();
		const index = family ? facts.findIndex((f) => f.family === family && f.label.toLowerCase().includes(value)) : -1;
		if (index >= 0) return index;
	}
	for (const m of matches) {
		if (m.field !== 'evidence') continue;
		const index = facts.findIndex((f) => f.evidence.some((e) => e.text === m.value));
		if (index >= 0) return index;
	}
	return 0;
}
