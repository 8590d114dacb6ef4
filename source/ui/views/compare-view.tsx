import {Box, Text} from 'ink';
import {FACT_FAMILIES} from '../../core/compare/index.js';
import {HighlightedLine} from '../components/highlighted-line.js';
import {ReportHeader} from '../components/report-header.js';
import {allocateRows} from '../layout/allocate-rows.js';
import {columnLayout} from '../layout/compare-layout.js';
import {truncate} from '../layout/wrap-text.js';
import {cellLines, fitCellLines} from '../model/cell-lines.js';
import {compareCells, FAMILY_TITLES} from '../model/compare-cells.js';
import {matchedWords, type DashboardModel} from '../model/dashboard-model.js';
import {accent, markStyle, useTheme} from '../theme.js';

export interface CompareViewProps {
	model: DashboardModel;
	selected: number;
	row: number;
	width: number;
	/** Lines available; Infinity prints every line (plain-text output). */
	height: number;
	/** First column to show; by default the page that holds the selected report. */
	first?: number;
}

/**
 * One column per report in date order, one row per fact family; facts new since the
 * previous report of the track are marked +, changed ~, dropped -.
 */
export function CompareView({model, selected, row, width, height, first}: CompareViewProps) {
	const theme = useTheme();
	const layout = columnLayout(width, model.reports.length, selected);
	const start = first ?? layout.first;
	const shown = model.reports.slice(start, start + layout.visible);
	const columns = shown.map((report) => {
		const isFirst = model.isFirstInTrack(report);
		return {report, cells: compareCells(report, model.changesOf(report), isFirst), words: matchedWords(model, report.file)};
	});
	const lines = FACT_FAMILIES.map((family) => columns.map((c) => cellLines(c.cells[family], layout.columnWidth - 1)));
	const needed = lines.map((perColumn) => Math.max(1, ...perColumn.map((l) => l.length)));
	const budget = allocateRows(needed, Math.max(FACT_FAMILIES.length, height - 3), row);
	const more = model.reports.length - (start + shown.length);
	return (
		<Box flexDirection="column" width={width}>
			<Box>
				<Box width={layout.labelWidth}>
					<Text dimColor>{truncate(start > 0 ? `◀ ${start}` : '', layout.labelWidth - 1)}</Text>
				</Box>
				{columns.map((c, i) => (
					<ReportHeader key={c.report.file} report={c.report} width={layout.columnWidth} selected={start + i === selected} isNew={model.newIds.has(c.report.file)} />
				))}
				{more > 0 ? <Text dimColor>▶</Text> : null}
			</Box>
			<Text dimColor>{'─'.repeat(Math.max(0, width - 1))}</Text>
			{FACT_FAMILIES.map((family, f) => (
				<Box key={family} height={Number.isFinite(height) ? budget[f] : undefined}>
					<Box width={layout.labelWidth}>
						<Text bold={f === row} color={f === row ? accent(theme) : undefined} wrap="truncate">
							{truncate(`${f === row ? '>' : ' '}${FAMILY_TITLES[family]}`, layout.labelWidth - 1)}
						</Text>
					</Box>
					{columns.map((c, i) => (
						<Box key={c.report.file} flexDirection="column" width={layout.columnWidth}>
							{(Number.isFinite(height) ? fitCellLines(lines[f]![i]!, budget[f]!, layout.columnWidth - 1) : lines[f]![i]!).map((line, k) => (
								<HighlightedLine key={k} text={line.text} words={line.more ? [] : c.words} dimColor={line.more} {...markStyle(theme, line.mark)} />
							))}
						</Box>
					))}
				</Box>
			))}
		</Box>
	);
}
