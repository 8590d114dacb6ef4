import {Box, Text} from 'ink';
import {QUERY_SYNTAX} from '../../core/search/index.js';
import type {LoadWarning} from '../../core/types.js';
import {displayKey, KEYMAP, type BindingScope} from '../keymap/keymap.js';
import {truncate} from '../layout/wrap-text.js';
import type {HelpTab} from '../state/view-state.js';
import {accent, useTheme} from '../theme.js';

export interface HelpViewProps {
	tab: HelpTab;
	scroll: number;
	warnings: LoadWarning[];
	width: number;
	height: number;
}

function scopeTitle(scope: BindingScope): string {
	return scope === 'global' ? 'everywhere' : scope.join(', ');
}

/** Every line of the help: the keymap grouped by where it applies, then the query syntax. */
export function helpLines(): Array<{text: string; title?: boolean}> {
	const lines: Array<{text: string; title?: boolean}> = [];
	let last = '';
	for (const binding of KEYMAP) {
		const title = scopeTitle(binding.scope);
		if (title !== last) {
			lines.push({text: title, title: true});
			last = title;
		}
		lines.push({text: `  ${binding.keys.map(displayKey).join(' ').padEnd(14)} ${binding.description}`});
	}
	lines.push({text: 'search query (fzf syntax)', title: true});
	for (const [form, meaning] of QUERY_SYNTAX) lines.push({text: `  ${form.padEnd(14)} ${meaning}`});
	return lines;
}

function warningLines(warnings: LoadWarning[]): Array<{text: string; title?: boolean}> {
	if (warnings.length === 0) return [{text: 'no warnings: every file loaded cleanly', title: true}];
	return [{text: `${warnings.length} load warning(s)`, title: true}, ...warnings.map((w) => ({text: `  ${w.file}: ${w.reason}`}))];
}

/** The `?` overlay (every key, the query language) and the `w` list of load warnings. */
export function HelpView({tab, scroll, warnings, width, height}: HelpViewProps) {
	const theme = useTheme();
	const lines = tab === 'keys' ? helpLines() : warningLines(warnings);
	const room = Math.max(1, height - 2);
	const start = Math.max(0, Math.min(scroll, lines.length - room));
	return (
		<Box flexDirection="column" width={width}>
			<Text bold color={accent(theme)} wrap="truncate">
				{tab === 'keys' ? 'Keys — Esc or ? closes, j/k scroll, w load warnings' : 'Load warnings — Esc closes, ? keys'}
			</Text>
			<Text dimColor>{'─'.repeat(Math.max(0, width - 1))}</Text>
			{lines.slice(start, start + room).map((line, i) => (
				<Text key={i} bold={line.title} color={line.title ? accent(theme) : undefined} wrap="truncate">
					{truncate(line.text, width - 1)}
				</Text>
			))}
		</Box>
	);
}
