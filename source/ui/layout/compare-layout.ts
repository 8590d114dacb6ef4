/** Column geometry of the compare and matrix views for a terminal width. */
export interface ColumnLayout {
	labelWidth: number;
	columnWidth: number;
	/** Columns that fit side by side. */
	visible: number;
	/** Index of the first report shown. */
	first: number;
}

/** Narrowest a report column may get before fewer columns are shown. */
export const MIN_COLUMN = 22;

/**
 * Fits report columns into `width`: as many as fit at MIN_COLUMN, sharing the spare width;
 * scrolling sideways by pages so the selected report is always on screen.
 * @example columnLayout(80, 5, 4) // {labelWidth: 11, columnWidth: 23, visible: 3, first: 3}
 */
export function columnLayout(width: number, count: number, selected: number, minColumn = MIN_COLUMN): ColumnLayout {
	const labelWidth = Math.max(4, Math.min(11, Math.floor(width / 4)));
	const room = Math.max(1, width - labelWidth);
	const fit = Math.max(1, Math.floor(room / minColumn));
	const visible = Math.max(1, Math.min(fit, count));
	const columnWidth = Math.max(1, Math.floor(room / visible));
	const first = Math.floor(Math.max(0, Math.min(selected, count - 1)) / visible) * visible;
	return {labelWidth, columnWidth, visible, first};
}
