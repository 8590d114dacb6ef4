import {Box, Text} from 'ink';
import type {Report} from '../../core/types.js';
import {truncate} from '../layout/wrap-text.js';
import {accent, useTheme} from '../theme.js';

/**
 * "2024-08-16 (inferred)", "undated" or the date: an inferred date always says so, more
 * briefly when `width` is short ("2024-08-16 inferred", "2024-08-16?").
 */
export function dateLabel(report: Report, width = Infinity): string {
	if (!report.date) return 'undated';
	if (report.dateSource !== 'inferred') return report.date;
	const forms = [`${report.date} (inferred)`, `${report.date} inferred`, `${report.date}?`];
	return forms.find((f) => f.length <= width) ?? forms[forms.length - 1]!;
}

/** Outlet, else title, else the file name. */
export function sourceLabel(report: Report): string {
	return report.outlet ?? report.title ?? report.file.split('/').pop() ?? report.file;
}

/** A report column's two header lines; the selected one has a `>` cursor, a watched new one `*new`. */
export function ReportHeader({report, width, selected, isNew = false}: {report: Report; width: number; selected: boolean; isNew?: boolean}) {
	const theme = useTheme();
	const cursor = selected ? '>' : ' ';
	return (
		<Box flexDirection="column" width={width}>
			<Text bold={selected} inverse={selected && theme.color} color={selected ? undefined : accent(theme)} wrap="truncate">
				{truncate(`${cursor}${dateLabel(report, width - 2)}`, width - 1)}
			</Text>
			<Text dimColor={!selected} wrap="truncate">
				{truncate(`${isNew ? '*new ' : ' '}${sourceLabel(report)}`, width - 1)}
			</Text>
		</Box>
	);
}
