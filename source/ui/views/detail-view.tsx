import {Box, Text} from 'ink';
import type {Report} from '../../core/types.js';
import {dateLabel} from '../components/report-header.js';
import {segmentLine, truncate, wordHits} from '../layout/wrap-text.js';
import type {DetailLayout} from '../model/detail-layout.js';
import {accent, hitStyle, useTheme, type Theme} from '../theme.js';

export interface DetailViewProps {
	report: Report;
	layout: DetailLayout;
	fact: number;
	/** Search words to highlight as well. */
	words: string[];
	width: number;
}

type Kind = 'evidence' | 'selected' | 'hit';

function kindStyle(theme: Theme, kind: Kind | null) {
	if (kind === 'selected') return theme.color ? {inverse: true} : {bold: true};
	if (kind === 'evidence') return theme.color ? {color: 'yellow'} : {underline: true};
	if (kind === 'hit') return hitStyle(theme);
	return {};
}

/**
 * A report's cleaned text with every fact's evidence highlighted and the selected fact's
 * evidence marked in the gutter (▶), so it reads without colour too; the date evidence and
 * the report's warnings are shown above.
 */
export function DetailView({report, layout, fact, words, width}: DetailViewProps) {
	const theme = useTheme();
	const selected = layout.facts[fact];
	const ranges: Array<{start: number; end: number; kind: Kind}> = [];
	for (const f of layout.facts) for (const e of f.evidence) ranges.push({start: e.start, end: e.end, kind: 'evidence'});
	for (const e of selected?.evidence ?? []) ranges.push({start: e.start, end: e.end, kind: 'selected'});
	const hits = wordHits(report.text ?? '', words);
	const all = [...ranges, ...hits];
	const inSelected = (start: number, end: number) => (selected?.evidence ?? []).some((e) => e.start < end && e.end > start);
	const inEvidence = (start: number, end: number) => ranges.some((r) => r.start < end && r.end > start);
	const factStart = Math.max(0, Math.min(fact - 1, layout.facts.length - (layout.factRows - 1)));
	const dateNote = report.dateSource === 'inferred' && report.dateEvidence.length ? ` from "${report.dateEvidence.join('; ')}"` : '';
	const warnings = report.warnings.length ? `⚠ ${report.warnings.join('; ')}` : 'no warnings';
	return (
		<Box flexDirection="column" width={width}>
			<Text bold color={accent(theme)} wrap="truncate">
				{truncate(report.title ?? report.file, width - 1)}
			</Text>
			<Text wrap="truncate">{truncate(`${dateLabel(report)}${dateNote} · ${report.outlet ?? 'outlet unknown'} · ${report.file}`, width - 1)}</Text>
			<Text wrap="truncate" color={report.warnings.length && theme.color ? 'yellow' : undefined} dimColor={!report.warnings.length}>
				{truncate(warnings, width - 1)}
			</Text>
			<Text dimColor wrap="truncate">
				{truncate(`facts ${layout.facts.length ? fact + 1 : 0}/${layout.facts.length} (j/k move to the evidence)`, width - 1)}
			</Text>
			{layout.facts.length === 0 ? <Text dimColor>  no facts were found in this report</Text> : null}
			{layout.facts.slice(factStart, factStart + layout.factRows - 1).map((f, i) => {
				const isSelected = factStart + i === fact;
				const noEvidence = f.evidence.length ? '' : ' (no evidence)';
				return (
					<Text key={i} bold={isSelected} wrap="truncate">
						{truncate(`${isSelected ? '>' : ' '} ${f.family.padEnd(9)} ${f.label}${noEvidence}`, width - 1)}
					</Text>
				);
			})}
			<Text dimColor>{'─'.repeat(Math.max(0, width - 1))}</Text>
			{layout.lines.slice(layout.scroll, layout.scroll + layout.textRows).map((line, i) => {
				const end = line.start + line.text.length;
				const gutter = inSelected(line.start, end) ? '▶ ' : inEvidence(line.start, end) ? '│ ' : '  ';
				return (
					<Text key={i} wrap="truncate">
						<Text color={accent(theme)}>{gutter}</Text>
						{segmentLine(line, all).map((s, k) => (
							<Text key={k} {...kindStyle(theme, s.kind)}>
								{s.text}
							</Text>
						))}
					</Text>
				);
			})}
			{(report.text ?? '').length === 0 ? <Text dimColor>  (the report's text is not available)</Text> : null}
		</Box>
	);
}
