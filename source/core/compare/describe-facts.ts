import type {FactFamily, Obstacle, Report, Term} from '../types.js';

/**
 * A term as one short label with its attributes: "ceasefire: 1 month",
 * "hostage-release: 33 (women, children)", "phased-deal: first phase".
 */
export function termLabel(term: Term): string {
	const attributes = termAttributes(term);
	return attributes ? `${term.kind}: ${attributes}` : term.kind;
}

/** The attributes of a term as text ("" when it has none). */
export function termAttributes(term: Term): string {
	const parts: string[] = [];
	if (term.duration) parts.push(term.duration);
	if (term.count !== undefined) parts.push(String(term.count));
	if (term.phase) parts.push(`${term.phase} phase`);
	if (term.categories?.length) parts.push(`(${term.categories.join(', ')})`);
	return parts.join(' ');
}

export function obstacleLabel(obstacle: Obstacle): string {
	return obstacle.kind;
}

/**
 * The facts of a report per family, as a map from a stable key (the name or
 * kind) to its label. Terms of one kind merge: their attributes join.
 */
export function factMap(report: Report): Record<FactFamily, Map<string, string>> {
	const terms = new Map<string, string>();
	for (const term of report.terms) {
		const attributes = termAttributes(term);
		const previous = terms.get(term.kind);
		if (previous === undefined) terms.set(term.kind, attributes);
		else if (attributes && !previous.split('; ').includes(attributes)) terms.set(term.kind, previous ? `${previous}; ${attributes}` : attributes);
	}
	const termLabels = new Map([...terms].map(([kind, attributes]) => [kind, attributes ? `${kind}: ${attributes}` : kind]));
	return {
		venue: new Map(report.venues.map((v) => [v, v])),
		mediator: new Map(report.mediators.map((m) => [m.name, m.name])),
		party: new Map(
			report.parties.map((p) => [p.name, p.negotiators?.length ? `${p.name} (${p.negotiators.join(', ')})` : p.name]),
		),
		term: termLabels,
		obstacle: new Map(report.obstacles.map((o) => [o.kind, obstacleLabel(o)])),
		momentum: new Map(report.status.value ? [[report.status.value, report.status.value]] : []),
	};
}

/** The labels of a report per family, in a stable order (as the compare view shows them). */
export function factLabels(report: Report): Record<FactFamily, string[]> {
	const map = factMap(report);
	return Object.fromEntries(Object.entries(map).map(([family, facts]) => [family, [...facts.values()]])) as Record<
		FactFamily,
		string[]
	>;
}

export const FACT_FAMILIES: FactFamily[] = ['venue', 'mediator', 'party', 'term', 'obstacle', 'momentum'];
