import {renderToString} from 'ink';
import type {LoadResult} from '../core/types.js';
import {columnLayout} from './layout/compare-layout.js';
import {buildModel} from './model/dashboard-model.js';
import {ThemeContext} from './theme.js';
import {CompareView} from './views/compare-view.js';

/**
 * The compare view as plain text, every report included: one grid per page of columns
 * that fit `width`. What `parley` prints when it is not attached to a terminal.
 */
export function printCompare({reports, warnings}: LoadResult, width: number): string {
	if (reports.length === 0) {
		return 'No reports to show. Point Parley at files or folders of news reports: parley ~/news/gaza-talks\n';
	}
	const model = buildModel(reports, warnings, null, 0, '');
	const {visible} = columnLayout(width, reports.length, 0);
	const pages: string[] = [];
	for (let first = 0; first < reports.length; first += visible) {
		pages.push(
			renderToString(
				<ThemeContext.Provider value={{color: false}}>
					<CompareView model={model} selected={-1} row={-1} width={width} height={Infinity} first={first} />
				</ThemeContext.Provider>,
				{columns: width},
			),
		);
	}
	const trailer = warnings.length ? `\n${warnings.length} file(s) with warnings:\n${warnings.map((w) => `  ${w.file}: ${w.reason}`).join('\n')}\n` : '';
	return `${pages.map((p) => p.replace(/[ \t]+$/gm, '')).join('\n\n')}\n${trailer}`;
}
