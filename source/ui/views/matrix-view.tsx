import {Box, Text} from 'ink';
import {OBSTACLE_KINDS, TERM_KINDS, type Report} from '../../core/types.js';
import {CompactTable} from '../components/compact-table.js';
import {columnLayout} from '../layout/compare-layout.js';
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

/** A column's key: its number and short date; the selected one gets `>`. */
function columnKey(report: Report, index: number, selected: boolean): string {
	return `${selected ? '>' : ''}${index + 1} ${report.date ? report.date.slice(2) : 'undated'}`;
}

/**
 * Kinds × reports (ink-table): which term and obstacle kinds each report mentions (●),
 * for the whole picture at once. Columns page sideways like the compare view.
 */
export function MatrixView({model, selected, row, width, height}: MatrixViewProps) {
	const reports = model.reports;
	const layout = columnLayout(width - KIND_WIDTH + 11, reports.length, selected, CELL_WIDTH);
	const shown = reports.slice(layout.first, layout.first + layout.visible);
	const {terms, obstacles} = matrixKinds(reports);
	const kinds = [...terms, ...(obstacles.length ? [OBSTACLES_HEADING, ...obstacles] : [])];
	const room = Math.max(1, height - 5);
	const first = Math.max(0, Math.min(row, kinds.length - room));
	const rows = kinds.slice(first, first + room).map((kind) => {
		const data: Record<string, string> = {kind};
		shown.forEach((report, i) => {
			const has = report.terms.some((t) => t.kind === kind) || report.obstacles.some((o) => o.kind === kind);
			data[columnKey(report, layout.first + i, layout.first + i === selected)] = kind === OBSTACLES_HEADING ? '' : has ? '●' : '·';
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
