import {Box, Text} from 'ink';
import type {SearchMatch} from '../../core/search/index.js';
import type {Report} from '../../core/types.js';
import {segmentLine, truncate} from '../layout/wrap-text.js';
import {hitStyle, useTheme} from '../theme.js';
import {dateLabel} from './report-header.js';

export interface SearchBarProps {
	query: string;
	active: boolean;
	/** Best hits on screen, best first, with where they matched. */
	hits: Array<{report: Report; matches: SearchMatch[]}>;
	total: number;
	indexing: boolean;
	width: number;
	/** How many best hits to list under the input. */
	rows: number;
}

/** The `/` input with the result count and the best hits, their matches highlighted. */
export function SearchBar({query, active, hits, total, indexing, width, rows}: SearchBarProps) {
	const theme = useTheme();
	const count = indexing ? 'indexing…' : `${hits.length ? total : 0} match${total === 1 ? '' : 'es'}`;
	return (
		<Box flexDirection="column" width={width}>
			<Text wrap="truncate">
				<Text bold>/</Text>
				{query}
				{active ? <Text inverse>{' '}</Text> : null}
				<Text dimColor>{`  ${count}${active ? '' : ' (filter; Esc clears)'}`}</Text>
			</Text>
			{active
				? hits.slice(0, rows).map(({report, matches}, i) => {
						const m = matches[0];
						const prefix = `${i === 0 ? '>' : ' '} ${dateLabel(report)}  ${m ? `${m.field}: ` : ''}`;
						const line = {text: prefix + (m?.value ?? report.title ?? report.file), start: 0};
						const ranges = (m?.indices ?? []).map(([s, e]) => ({start: prefix.length + s, end: prefix.length + e, kind: 'hit' as const}));
						return (
							<Text key={report.file} wrap="truncate">
								{segmentLine({...line, text: truncate(line.text, width - 1)}, ranges).map((s, k) => (
									<Text key={k} {...(s.kind ? hitStyle(theme) : {})}>
										{s.text}
									</Text>
								))}
							</Text>
						);
					})
				: null}
		</Box>
	);
}
