/**
 * Shares `available` lines between rows that would like `needed` lines each: every row gets
 * at least one line; when space is short the selected row is served first, then the others
 * in order, each up to a fair share, and any rest goes back to rows still short.
 * @example allocateRows([3, 1, 5], 6, 2) // [2, 1, 3]... every row ≥ 1, total ≤ 6
 */
export function allocateRows(needed: number[], available: number, selected: number): number[] {
	const want = needed.map((n) => Math.max(1, n));
	const total = want.reduce((a, b) => a + b, 0);
	if (total <= available) return want;
	const rows = want.map(() => 1);
	let left = Math.max(0, available - rows.length);
	const fair = Math.max(1, Math.floor(available / Math.max(1, rows.length)));
	const order = [selected, ...want.map((_, i) => i).filter((i) => i !== selected)].filter((i) => i >= 0 && i < want.length);
	// First pass: the selected row up to twice the fair share, the others up to the fair share.
	for (const i of order) {
		const cap = i === selected ? fair * 2 : fair;
		const give = Math.min(left, Math.max(0, Math.min(want[i]!, cap) - rows[i]!));
		rows[i]! += give;
		left -= give;
	}
	for (const i of order) {
		const give = Math.min(left, want[i]! - rows[i]!);
		rows[i]! += give;
		left -= give;
	}
	return rows;
}
