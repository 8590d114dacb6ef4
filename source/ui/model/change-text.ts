import type {Change, FactFamily} from '../../core/types.js';

const ADDED: Record<FactFamily, string> = {
	venue: 'venue added',
	mediator: 'mediator joined',
	party: 'party joined',
	term: 'term added',
	obstacle: 'obstacle added',
	momentum: 'momentum',
};
const DROPPED: Record<FactFamily, string> = {
	venue: 'venue dropped',
	mediator: 'mediator left',
	party: 'party left',
	term: 'term dropped',
	obstacle: 'obstacle dropped',
	momentum: 'momentum',
};

/**
 * A change as one timeline line: "mediator joined: Brett McGurk",
 * "term changed: ceasefire: 6 weeks → 1 month", "momentum: mixed → progress".
 */
export function changeText(change: Change): string {
	if (change.family === 'momentum') return change.label;
	if (change.type === 'added') return `${ADDED[change.family]}: ${change.label}`;
	if (change.type === 'dropped') return `${DROPPED[change.family]}: ${change.label}`;
	// Term labels already read "ceasefire: 6 weeks → 1 month"; other families show the two labels.
	if (change.family !== 'term' && change.from !== undefined && change.to !== undefined) return `${change.family} changed: ${change.from} → ${change.to}`;
	return `${change.family} changed: ${change.label}`;
}

/** Order in which a timeline entry lists its changes: what moves a deal first. */
const FAMILY_ORDER: FactFamily[] = ['momentum', 'term', 'obstacle', 'mediator', 'party', 'venue'];

/** Changes sorted for reading: by family (momentum, terms, obstacles...), then changed, added, dropped. */
export function sortChanges(changes: Change[]): Change[] {
	const type = {changed: 0, added: 1, dropped: 2};
	return [...changes].sort((a, b) => FAMILY_ORDER.indexOf(a.family) - FAMILY_ORDER.indexOf(b.family) || type[a.type] - type[b.type]);
}
