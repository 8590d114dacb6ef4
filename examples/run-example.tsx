/**
 * Shared runner of the screen examples: the dashboard on the hand-written fixture reports,
 * opened on one screen. Run one with `node --import tsx examples/<screen>.tsx` (q quits).
 */
// Classic JSX: examples/ is outside tsconfig's include, so tsx compiles it with React.createElement.
import React from 'react';
import {render} from 'ink';
import {reports} from '../test/ui/fixtures.js';
import {App} from '../source/ui/app.js';
import type {ViewState} from '../source/ui/state/view-state.js';
import {ThemeContext, themeFromEnv} from '../source/ui/theme.js';

export function runExample(initialState: Partial<ViewState>): void {
	const warnings = [{file: 'reports/broken.pdf', reason: 'unsupported format (.pdf)'}];
	render(
		<ThemeContext.Provider value={themeFromEnv()}>
			<App reports={reports} warnings={warnings} initialState={initialState} writeSnapshot={async () => '(examples do not write snapshots)'} />
		</ThemeContext.Provider>,
		{exitOnCtrlC: false},
	);
}
