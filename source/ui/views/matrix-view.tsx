import {Box, Text} from 'ink';
import {OBSTACLE_KINDS, TERM_KINDS, type Report} from '../../core/types.js';
import {CompactTable} from '../components/compact-table.js';
import {columnLayout} from '../layout/compare-layout.js';
import {truncate} from '../layout/wrap-text.js';
import type {DashboardModel} from '../model/dashboard-model.js';

export interface MatrixViewProps {
	model: DashboardModel;
	selected: number;
	/** First kind row shown (j/k scroll). */
	row: number;
	width: number;
	height: number;
}

const KIND_WIDTH = 24;
/** "1 24-04-29" plus table padding and border. */
const CELL_WIDTH = 13;
/** ">#12" plus table padding and border. */
const NARROW_CELL_WIDTH = 7;
const OBSTACLES_HEADING = '— obstacles —';

const kindsCache = new WeakMap<Report[], {terms: string[]; obstacles: string[]}>();

/** The kind rows of a report set: term kinds then obstacle kinds, each in the spec's order (cached per array). */
export function matrixKinds(reports: Report[]): {terms: string[]; obstacles: string[]} {
	const cached = kindsCache.get(reports);
	if (cached) return cached;
	const kinds = collectKinds(reports);
	kindsCache.set(reports, kinds);
	return kinds;
}

function collectKinds(reports: Report[]): {terms: string[]; obstacles: string[]} {
	const terms = new Set(reports.flatMap((r) => r.terms.map((t) => t.kind)));
	const obstacles = new Set(reports.flatMap((r) => r.obstacles.map((o) => o.kind)));
	const order = (kinds: readonly string[], found: Set<string>) => [...kinds.filter((k) => found.has(k)), ...(found.has('other') ? ['other'] : [])];
	return {terms: order(TERM_KINDS, terms), obstacles: order(OBSTACLE_KINDS, obstacles)};
}

/** Number of rows the matrix has (for j/k bounds). */
export function matrixRowCount(reports: Report[]): number {
	const {terms, obstacles} = matrixKinds(reports);
	return terms.length + (obstacles.length ? obstacles.length + 1 : 0);
}

/** Below this width a column's key is its number alone (the status line names the report). */
const NARROW = 40;

/** A column's key: its number and short date (`#number` only when narrow); the selected one gets `>`. */
function columnKey(report: Report, index: number, selected: boolean, narrow: boolean): string {
	// "#2", not "2": integer-like keys would sort before "kind" in the row object (and the table).
	return `${selected ? '>' : ''}${narrow ? '#' : ''}${index + 1}${narrow ? '' : ` ${report.date ? report.date.slice(2) : 'undated'}`}`;
}

/**
 * Kinds × reports (ink-table): which term and obstacle kinds each report mentions (●),
 * for the whole picture at once. Columns page sideways like the compare view.
 */
export function MatrixView({model, selected, row, width, height}: MatrixViewProps) {
	const reports = model.reports;
	const narrow = width < NARROW;
	const cellWidth = narrow ? NARROW_CELL_WIDTH : CELL_WIDTH;
	const layout = columnLayout(width - KIND_WIDTH + 11, reports.length, selected, cellWidth);
	// Kinds are cut to what is left beside the columns, so no row wraps and breaks the table.
	const kindRoom = Math.max(3, Math.min(KIND_WIDTH - 4, width - 5 - layout.visible * cellWidth));
	const shown = reports.slice(layout.first, layout.first + layout.visible);
	const {terms, obstacles} = matrixKinds(reports);
	const kinds = [...terms, ...(obstacles.length ? [OBSTACLES_HEADING, ...obstacles] : [])];
	const room = Math.max(1, height - 5);
	const first = Math.max(0, Math.min(row, kinds.length - room));
	const rows = kinds.slice(first, first + room).map((kind) => {
		const data: Record<string, string> = {kind: truncate(kind, kindRoom)};
		shown.forEach((report, i) => {
			const has = report.terms.some((t) => t.kind === kind) || report.obstacles.some((o) => o.kind === kind);
			data[columnKey(report, layout.first + i, layout.first + i === selected, narrow)] = kind === OBSTACLES_HEADING ? '' : has ? '●' : '·';
		});
		return data;
	});
	if (kinds.length === 0) return <Text>No term or obstacle kinds in these reports.</Text>;
	const hidden = kinds.length - first - rows.length;
	return (
		<Box flexDirection="column" width={width}>
			<CompactTable data={rows} />
			<Text dimColor wrap="truncate">
				{`reports ${layout.first + 1}-${layout.first + shown.length} of ${reports.length}`}
				{first > 0 ? ` · ${first} kinds above` : ''}
				{hidden > 0 ? ` · ${hidden} more kinds (j)` : ''}
			</Text>
		</Box>
	);
}
