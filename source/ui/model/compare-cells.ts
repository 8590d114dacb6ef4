import {FACT_FAMILIES, factMap} from '../../core/compare/index.js';
import type {Change, FactFamily, Report} from '../../core/types.js';

/** How a fact relates to the previous report of the track. */
export type Mark = 'added' | 'dropped' | 'changed' | null;

export interface CellItem {
	text: string;
	mark: Mark;
}

/** Row titles of the compare view, one per fact family. */
export const FAMILY_TITLES: Record<FactFamily, string> = {
	venue: 'venues',
	mediator: 'mediators',
	party: 'parties',
	term: 'terms',
	obstacle: 'obstacles',
	momentum: 'momentum',
};

/**
 * The compare view's cells of one report: its facts per family, marked added or changed
 * against the previous report of the track, followed by the facts that were dropped.
 * `changes` undefined (first report of a track) marks nothing: there is nothing to compare.
 */
export function compareCells(report: Report, changes: Change[] | undefined, isFirst: boolean): Record<FactFamily, CellItem[]> {
	const facts = factMap(report);
	const cells = {} as Record<FactFamily, CellItem[]>;
	for (const family of FACT_FAMILIES) {
		const own = (changes ?? []).filter((c) => c.family === family);
		const markOf = (key: string): Mark => {
			if (isFirst) return null;
			const change = own.find((c) => c.key === key || (family === 'momentum' && c.key === 'momentum'));
			return change?.type === 'added' || change?.type === 'changed' ? change.type : null;
		};
		const items: CellItem[] = [...facts[family]].map(([key, label]) => ({text: label, mark: markOf(key)}));
		if (!isFirst) for (const c of own) if (c.type === 'dropped') items.push({text: c.label, mark: 'dropped'});
		if (family === 'momentum' && items.length === 0) items.push({text: 'unknown', mark: markOf('momentum')});
		cells[family] = items;
	}
	return cells;
}
