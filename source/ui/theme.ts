import {createContext, useContext} from 'react';
import type {Momentum} from '../core/types.js';
import type {Mark} from './model/compare-cells.js';

/**
 * Styles as functions of state (the ink-ui way). With `color: false` (NO_COLOR) every
 * distinction is still carried by text: marks, glyphs and `>` cursors.
 */
export interface Theme {
	color: boolean;
}

/** NO_COLOR (any non-empty value) turns colour off; see https://no-color.org. */
export function themeFromEnv(env: NodeJS.ProcessEnv = process.env): Theme {
	return {color: !env['NO_COLOR']};
}

export const ThemeContext = createContext<Theme>({color: true});

/** The current theme. */
export function useTheme(): Theme {
	return useContext(ThemeContext);
}

/** Text prefix of a change mark, readable without colour. */
export const MARK_PREFIX: Record<Exclude<Mark, null>, string> = {added: '+', dropped: '-', changed: '~'};

/** Props for a fact's Text by its change mark. */
export function markStyle(theme: Theme, mark: Mark): {color?: string; dimColor?: boolean; strikethrough?: boolean} {
	if (!theme.color) return {};
	if (mark === 'added') return {color: 'green'};
	if (mark === 'changed') return {color: 'yellow'};
	if (mark === 'dropped') return {color: 'red', dimColor: true, strikethrough: true};
	return {};
}

/** The momentum strip's glyphs: distinct shapes, so the trend reads without colour. */
export const MOMENTUM_GLYPH: Record<Momentum | 'unknown', string> = {progress: '▲', mixed: '◆', stalled: '▼', unknown: '·'};

export function momentumColor(theme: Theme, value: Momentum | null): string | undefined {
	if (!theme.color) return undefined;
	return value === 'progress' ? 'green' : value === 'stalled' ? 'red' : value === 'mixed' ? 'yellow' : 'gray';
}

/** A search hit or the selected evidence: inverse works on every terminal. */
export function hitStyle(theme: Theme): {color?: string; bold?: boolean; inverse?: boolean} {
	return theme.color ? {color: 'magenta', bold: true} : {bold: true};
}

export function accent(theme: Theme): string | undefined {
	return theme.color ? 'cyan' : undefined;
}
