import type {Evidence, Report, Term} from '../types.js';
import type {SearchField} from './parse-query.js';

/** One searchable string of a report and the field it belongs to. */
export interface FieldValue {
	field: SearchField;
	value: string;
}

/** How a term reads in search: kind plus its attributes ("ceasefire 1 month first phase"). */
function termValues(term: Term): string[] {
	const attributes = [term.duration, term.count === undefined ? undefined : String(term.count), term.phase, term.scope]
		.filter((x): x is string => Boolean(x));
	return [[term.kind, ...attributes].join(' '), term.text];
}

/**
 * The searchable strings of a report, field by field: actors, venues, terms, obstacles,
 * outlet, title and every evidence sentence (deduplicated within a field).
 */
export function reportFieldValues(report: Report): FieldValue[] {
	const values: FieldValue[] = [];
	const seen = new Set<string>();
	const add = (field: SearchField, value: string | null | undefined) => {
		if (!value) return;
		const key = `${field}\u0000${value}`;
		if (seen.has(key)) return;
		seen.add(key);
		values.push({field, value});
	};
	const evidence = (items: Evidence[]) => {
		for (const item of items) add('evidence', item.text);
	};
	for (const venue of report.venues) add('venue', venue);
	for (const m of report.mediators) {
		add('mediator', m.name);
		if (m.role) add('mediator', m.role);
		evidence(m.evidence);
	}
	for (const p of report.parties) {
		add('party', p.name);
		for (const n of p.negotiators ?? []) add('party', n);
		evidence(p.evidence);
	}
	for (const t of report.terms) {
		for (const v of termValues(t)) add('term', v);
		for (const v of t.venues) add('venue', v);
		evidence(t.evidence);
	}
	for (const o of report.obstacles) {
		add('obstacle', o.kind);
		add('obstacle', o.text);
		evidence(o.evidence);
	}
	evidence(report.status.evidence);
	add('outlet', report.outlet);
	add('title', report.title);
	return values;
}
