import {escapeCell} from './escape-markdown.js';

/**
 * A GFM table from raw text cells: every cell escaped, so pipes and newlines
 * in the data never add columns or rows.
 * @example renderTable(['date', 'report'], [['2024-08-01', 'R1 a | b']])
 */
export function renderTable(header: string[], rows: string[][]): string {
	const line = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
	return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n';
}
