import {Box, Text} from 'ink';
import {factLabels} from '../../core/compare/index.js';
import type {Report} from '../../core/types.js';
import {HighlightedLine} from '../components/highlighted-line.js';
import {MomentumStrip} from '../components/momentum-strip.js';
import {dateLabel, sourceLabel} from '../components/report-header.js';
import {truncate} from '../layout/wrap-text.js';
import {changeText, sortChanges} from '../model/change-text.js';
import {matchedWords, type DashboardModel} from '../model/dashboard-model.js';
import {accent, MARK_PREFIX, markStyle, useTheme} from '../theme.js';
import type {Mark} from '../model/compare-cells.js';

export interface TracksViewProps {
	model: DashboardModel;
	selected: number;
	width: number;
	height: number;
}

interface Line {
	text: string;
	mark: Mark;
	header?: boolean;
	entry: number;
}

/** What the first report of a track brings, in one line. */
function startLine(report: Report): string {
	const facts = factLabels(report);
	const parts = [facts.term.length ? `terms ${facts.term.join(', ')}` : '', facts.mediator.length ? `mediators ${facts.mediator.join(', ')}` : ''];
	return `first report of the track: ${parts.filter(Boolean).join('; ') || 'no facts'}`;
}

/** Timeline lines of entries [from, to): only what can be on screen is built (tracks can hold thousands). */
function timelineLines(model: DashboardModel, from: number, to: number): Line[] {
	const lines: Line[] = [];
	model.reports.slice(from, to).forEach((report, offset) => {
		const entry = from + offset;
		const title = report.title ? ` — ${report.title}` : '';
		lines.push({text: `${model.newIds.has(report.file) ? '*new ' : ''}${dateLabel(report)}  ${sourceLabel(report)}${title}`, mark: null, header: true, entry});
		if (model.isFirstInTrack(report)) {
			lines.push({text: `  ${startLine(report)}`, mark: null, entry});
			return;
		}
		const changes = sortChanges(model.changesOf(report));
		if (changes.length === 0) lines.push({text: '  no change since the previous report', mark: null, entry});
		for (const change of changes) lines.push({text: `${MARK_PREFIX[change.type]} ${changeText(change)}`, mark: change.type, entry});
	});
	return lines;
}

/** The track tabs, windowed around the current one when they do not fit. */
function trackTabs(tracks: string[], current: string, width: number): string {
	const label = (t: string) => (t === current ? `[${t}]` : ` ${t} `);
	const all = tracks.map(label).join('');
	if (all.length + 7 <= width) return `track ${all}`;
	const at = tracks.indexOf(current);
	return truncate(`track ${at > 0 ? '‹ ' : ''}${tracks.slice(at).map(label).join('')}`, width);
}

/**
 * A venue's track over time: the track tabs, a momentum strip, then a timeline whose
 * entries list what changed since the previous report of the track.
 */
export function TracksView({model, selected, width, height}: TracksViewProps) {
	const theme = useTheme();
	const room = Math.max(1, height - 4);
	// Every entry takes at least one line, so `room` entries either side cover the screen.
	const from = Math.max(0, selected - room);
	const lines = timelineLines(model, from, Math.min(model.reports.length, selected + room + 1));
	const headerAt = lines.findIndex((l) => l.header && l.entry === selected);
	const start = headerAt < room - 1 ? 0 : Math.min(headerAt, Math.max(0, lines.length - room));
	const visible = lines.slice(start, start + room);
	return (
		<Box flexDirection="column" width={width}>
			<Text color={accent(theme)} wrap="truncate">
				{trackTabs(model.tracks, model.track, width - 1)}
			</Text>
			<MomentumStrip reports={model.reports} selected={selected} width={width} />
			<Text dimColor>{'─'.repeat(Math.max(0, width - 1))}</Text>
			{model.reports.length === 0 ? <Text>No report in this track matches.</Text> : null}
			{visible.map((line, i) => {
				const isSelected = line.header && line.entry === selected;
				const words = matchedWords(model, model.reports[line.entry]!.file);
				return line.header ? (
					<HighlightedLine key={i} text={truncate(`${isSelected ? '>' : ' '} ${line.text}`, width - 1)} words={words} bold inverse={isSelected && theme.color} />
				) : (
					<HighlightedLine key={i} text={truncate(`    ${line.text}`, width - 1)} words={words} {...markStyle(theme, line.mark)} />
				);
			})}
		</Box>
	);
}
