import {truncate, wrapText} from '../layout/wrap-text.js';
import {MARK_PREFIX} from '../theme.js';
import type {CellItem, Mark} from './compare-cells.js';

/** One printed line of a compare cell. */
export interface CellLine {
	text: string;
	mark: Mark;
	/** The "+N more" line that stands for items cut for space. */
	more?: boolean;
}

/** A cell's items as wrapped lines: a mark prefix ("+ ", "- ", "~ ", "  ") then the text. */
export function cellLines(items: CellItem[], width: number): CellLine[] {
	const lines: CellLine[] = [];
	const inner = Math.max(1, width - 2);
	for (const item of items) {
		const prefix = item.mark ? `${MARK_PREFIX[item.mark]} ` : '  ';
		wrapText(item.text, inner).forEach((text, i) => lines.push({text: (i === 0 ? prefix : '  ') + text, mark: item.mark}));
	}
	return lines;
}

/** Cuts cell lines to `height`, ending with "… +N more" when items were cut. */
export function fitCellLines(lines: CellLine[], height: number, width: number): CellLine[] {
	if (lines.length <= height) return lines;
	const kept = lines.slice(0, Math.max(0, height - 1));
	const hidden = lines.length - kept.length;
	return [...kept, {text: truncate(`  … +${hidden} more`, width), mark: null, more: true}];
}
