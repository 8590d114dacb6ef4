/**
 * Escaping for text that comes from reports, so that no headline, quote or
 * name can break a table, start a list or turn into a link.
 */

/** ASCII punctuation that Markdown (CommonMark, GFM, GitHub math) gives meaning to inline (">" only at a line start). */
const INLINE_SPECIAL = /[\\`*_[\]<|#~&!$]/g;
/** What makes a line a list item, quote, rule or setext underline when it starts a line. */
const BLOCK_START = /^(\s*)([-+=>]|\d+[.)])/;
/** Bare URLs GFM would turn into links, taking any escapes inside them along. */
const AUTOLINK_START = /\b(https?|ftp)(:\/\/)|\b(www)(\.)/gi;
const LINE_BREAKS = /\s*[\r\n\u2028\u2029]+\s*/g;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Text safe inside a paragraph, list item, heading or table cell: one line,
 * Markdown characters backslash-escaped (pipes too, so tables never break).
 * @example escapeInline('a | b *c*') // 'a \\| b \\*c\\*'
 */
export function escapeInline(text: string): string {
	const oneLine = text.replace(CONTROL, '').replace(LINE_BREAKS, ' ').replace(/\t/g, ' ');
	return oneLine
		.replace(INLINE_SPECIAL, (c) => `\\${c}`)
		.replace(AUTOLINK_START, (_m, scheme?: string, colon?: string, www?: string, dot?: string) => (scheme ? `${scheme}\\${colon}` : `${www}\\${dot}`))
		.replace(BLOCK_START, (_m, space: string, mark: string) => `${space}${escapeMark(mark)}`);
}

/** A table cell: escaped inline text, "-" when empty. */
export function escapeCell(text: string): string {
	const escaped = escapeInline(text).trim();
	return escaped === '' ? '-' : escaped;
}

function escapeMark(mark: string): string {
	const digits = /^(\d+)([.)])$/.exec(mark);
	return digits ? `${digits[1]}\\${digits[2]}` : `\\${mark}`;
}

/**
 * Text for a Mermaid `timeline` period or event: colons start events, `#` and
 * `%%` start comments and `;` ends statements, so they are replaced.
 * @example mermaidText('ceasefire: 1 month') // 'ceasefire 1 month'
 */
export function mermaidText(text: string): string {
	return text
		.replace(LINE_BREAKS, ' ')
		.replace(/:/g, ' ')
		.replace(/;/g, ',')
		.replace(/[#%`]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}
