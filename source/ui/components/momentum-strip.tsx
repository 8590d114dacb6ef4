import {Box, Text} from 'ink';
import type {Report} from '../../core/types.js';
import {MOMENTUM_GLYPH, momentumColor, useTheme} from '../theme.js';

/**
 * One glyph per report along the time axis (▲ progress, ◆ mixed, ▼ stalled, · unknown), so a
 * track's trend is seen before it is read. The selected report's glyph is underlined by `^`.
 */
export function MomentumStrip({reports, selected, width}: {reports: Report[]; selected: number; width: number}) {
	const theme = useTheme();
	const label = 'momentum ';
	const room = Math.max(1, Math.floor((width - label.length - 1) / 2));
	const first = Math.max(0, Math.min(selected - room + 1, reports.length - room));
	const shown = reports.slice(Math.max(0, first), Math.max(0, first) + room);
	return (
		<Box flexDirection="column">
			<Text wrap="truncate">
				<Text dimColor>{label}</Text>
				{shown.map((r) => (
					<Text key={r.file} color={momentumColor(theme, r.status.value)}>
						{MOMENTUM_GLYPH[r.status.value ?? 'unknown']}{' '}
					</Text>
				))}
			</Text>
			<Text dimColor wrap="truncate">
				{' '.repeat(label.length + 2 * Math.max(0, selected - Math.max(0, first)))}^ ▲ progress ◆ mixed ▼ stalled · unknown
			</Text>
		</Box>
	);
}
