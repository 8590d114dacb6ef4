import type {Change, FactFamily, Report} from '../types.js';
import {FACT_FAMILIES, factMap} from './describe-facts.js';

/**
 * What changed from one report to the next: facts added, dropped, and terms
 * whose attributes changed ("ceasefire: 6 weeks → 1 month"). Momentum is one
 * value, so a shift is a single "changed". With no previous report every fact
 * is "added".
 */
export function diffReports(prev: Report | undefined, next: Report): Change[] {
	const before = prev ? factMap(prev) : undefined;
	const after = factMap(next);
	const changes: Change[] = [];
	for (const family of FACT_FAMILIES) {
		const a = before?.[family] ?? new Map<string, string>();
		const b = after[family];
		if (family === 'momentum') {
			const from = [...a.keys()][0];
			const to = [...b.keys()][0];
			if (from !== to && (from || to)) {
				if (!prev) changes.push({type: 'added', family, key: to!, label: `momentum: ${to}`, to});
				else changes.push({type: 'changed', family, key: 'momentum', label: `momentum: ${from ?? 'unknown'} → ${to ?? 'unknown'}`, from: from ?? 'unknown', to: to ?? 'unknown'});
			}
			continue;
		}
		for (const [key, label] of b) {
			const old = a.get(key);
			if (old === undefined) changes.push({type: 'added', family, key, label});
			else if (old !== label) changes.push({type: 'changed', family, key, label: changedLabel(family, key, old, label), from: old, to: label});
		}
		for (const [key, label] of a) {
			if (!b.has(key)) changes.push({type: 'dropped', family, key, label});
		}
	}
	return changes;
}

/** Terms show their attributes ("ceasefire: 6 weeks → 1 month"); other families their whole labels. */
function changedLabel(family: FactFamily, key: string, from: string, to: string): string {
	return family === 'term' ? `${key}: ${attributesOf(from)} → ${attributesOf(to)}` : `${from} → ${to}`;
}

function attributesOf(label: string): string {
	const colon = label.indexOf(': ');
	return colon === -1 ? '(no details)' : label.slice(colon + 2);
}
