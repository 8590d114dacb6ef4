// Small helpers for the benchmark: percentiles, formatting, tables.

/** The q-quantile (0..1) of a list of numbers (nearest rank). */
export function quantile(values, q) {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Fixed-decimal number, or "n/a" for missing values. */
export function fmt(value, digits = 1) {
	return value === undefined || value === null || Number.isNaN(value) ? 'n/a' : Number(value).toFixed(digits);
}

/** A Markdown table from a header row and rows of cells. */
export function table(header, rows) {
	const widths = header.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
	const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
	return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** Reads a child process's last stdout line as JSON. */
export function lastJsonLine(text) {
	const lines = text.trim().split('\n');
	return JSON.parse(lines[lines.length - 1]);
}
