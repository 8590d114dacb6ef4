const ISO_DATE = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/;
const SLASH_YMD = /^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const COMPACT_YMD = /^\s*(\d{4})(\d{2})(\d{2})(?:$|T)/;
const EPOCH = /^\s*\d{9,13}\s*$/;
const MONTH_NAME_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b/i;
const ORDINAL_SUFFIX = /(\d)(?:st|nd|rd|th)\b/gi;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/**
 * A metadata date normalised to `YYYY-MM-DD`, or undefined when it is not a
 * valid date. The calendar date is taken as written (an ISO timestamp's own
 * date, not converted to UTC); RFC 822 feed dates and epoch numbers are read
 * in UTC.
 * @example normalizeDate('2024-08-15T23:10:00-04:00') // '2024-08-15'
 * @example normalizeDate('Thu, 15 Aug 2024 12:00:00 GMT') // '2024-08-15'
 */
export function normalizeDate(value: unknown): string | undefined {
	if (value instanceof Date) return fromDate(value);
	if (typeof value === 'number') return fromEpoch(value);
	if (typeof value !== 'string' || value.length > 100) return undefined;
	const ymd = ISO_DATE.exec(value) ?? SLASH_YMD.exec(value) ?? COMPACT_YMD.exec(value);
	if (ymd) return fromParts(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
	if (EPOCH.test(value)) return fromEpoch(Number(value));
	const named = MONTH_NAME_DATE.exec(value);
	if (!named) return undefined;
	const parsed = Date.parse(named[0].replace(ORDINAL_SUFFIX, '$1').replace('.', '') + ' UTC');
	return Number.isNaN(parsed) ? undefined : fromDate(new Date(parsed));
}

function fromEpoch(value: number): string | undefined {
	if (!Number.isFinite(value)) return undefined;
	return fromDate(new Date(value < 1e11 ? value * 1000 : value));
}

function fromDate(date: Date): string | undefined {
	if (Number.isNaN(date.getTime())) return undefined;
	return fromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function fromParts(year: number, month: number, day: number): string | undefined {
	if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return undefined;
	if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
