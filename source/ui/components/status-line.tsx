import {Text} from 'ink';
import {truncate} from '../layout/wrap-text.js';
import type {DashboardModel} from '../model/dashboard-model.js';
import type {ViewState} from '../state/view-state.js';
import {useTheme} from '../theme.js';

const HINTS: Record<ViewState['focus'], string> = {
	compare: '←→ report ↑↓ row Enter detail / search t track Tab view e snapshot ? help q quit',
	tracks: '↑↓ entry ←→ track Enter detail / search Tab view e snapshot ? help q quit',
	matrix: '←→ report ↑↓ scroll Enter detail / search Tab view ? help q quit',
	detail: '↑↓ fact ←→ report PgDn/PgUp text Esc back ? help q quit',
	search: 'type to narrow  Enter open best hit  Esc clear  Ctrl-U erase',
	help: 'j/k scroll  Esc close  q quit',
};

/** How far a load still running has got, in files. */
export interface LoadProgress {
	done: number;
	total: number;
}

/** The status line text: view, any message, track, filter, counts, warnings, then key hints. */
export function statusText(state: ViewState, model: DashboardModel, indexing: boolean, loading?: LoadProgress): string {
	const view = (state.focus === 'detail' || state.focus === 'help' ? state.focus : state.view).toUpperCase();
	// A message (the snapshot path) comes first so a narrow terminal still shows it.
	const parts = state.message ? [view, state.message, `track ${model.track}`] : [view, `track ${model.track}`];
	if (state.query) parts.push(`filter "${state.query}"${indexing ? ' (indexing…)' : ''}`);
	parts.push(`${model.reports.length}/${model.all.length} reports`);
	if (loading) parts.push(`loading ${loading.done}/${loading.total} files`);
	if (model.newIds.size) parts.push(`${model.newIds.size} new`);
	if (model.warnings.length) parts.push(`⚠ ${model.warnings.length} warning${model.warnings.length > 1 ? 's' : ''} (w)`);
	if (!state.message) parts.push(HINTS[state.focus]);
	return parts.join(' │ ');
}

/** One line at the bottom: where you are and what the keys do. */
export function StatusLine({state, model, indexing, loading, width}: {state: ViewState; model: DashboardModel; indexing: boolean; loading?: LoadProgress; width: number}) {
	const theme = useTheme();
	return (
		<Text inverse={theme.color} wrap="truncate">
			{truncate(statusText(state, model, indexing, loading), Math.max(1, width - 1)).padEnd(Math.max(1, width - 1))}
		</Text>
	);
}
