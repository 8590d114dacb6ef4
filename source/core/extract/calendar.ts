/** Day arithmetic on YYYY-MM-DD strings through UTC day numbers. */

const MS_PER_DAY = 86_400_000;

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** The years a report's date is looked for in: a folder of news about current talks. */
export const FIRST_YEAR = 2010;
export const LAST_YEAR = new Date().getUTCFullYear();

const MONTHS: Record<string, number> = {
	jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
	jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/** A month name or abbreviation ("Sept.", "October") as 1-12, else undefined. */
/** A month's name or abbreviation as written in dates ("Jan", "January", "Sept"), for regexes (no group). */
export const MONTH_NAME = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;

export function monthNumber(name: string): number | undefined {
	return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

/** Day number of a YYYY-MM-DD date. */
export function toDay(iso: string): number {
	let day = DAYS.get(iso);
	if (day === undefined) {
		day = Math.floor(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
		if (DAYS.size > PARTS_LIMIT) DAYS.clear();
		DAYS.set(iso, day);
	}
	return day;
}

// Day numbers of dates seen before: knowledge dates (events, roles, war starts) come up in every report.
const DAYS = new Map<string, number>();

/** Day number of a calendar date, or NaN when it does not exist (February 30). */
export function dayOf(year: number, month: number, day: number): number {
	if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]! + (month === 2 && isLeap(year) ? 1 : 0)) return Number.NaN;
	return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** YYYY-MM-DD of a day number. */
export function fromDay(day: number): string {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 (Sunday) to 6 (Saturday). */
export function weekdayOf(day: number): number {
	// Day 0, 1970-01-01, was a Thursday.
	return (((day + 4) % 7) + 7) % 7;
}

/** The day numbers, from FIRST_YEAR to `lastYear`, on which a month's day falls on a weekday ("Sunday, 4 August": 2019, 2024...). */
export function yearsWithWeekday(month: number, date: number, weekday: number, lastYear = LAST_YEAR): number[] {
	const days: number[] = [];
	for (let year = FIRST_YEAR; year <= lastYear; year++) {
		const day = dayOf(year, month, date);
		if (!Number.isNaN(day) && weekdayOf(day) === weekday) days.push(day);
	}
	return days;
}

/** Month (1-12), day of month and year of a day number. */
export function partsOf(day: number): {year: number; month: number; date: number} {
	const cached = PARTS.get(day);
	if (cached) return cached;
	const d = new Date(day * MS_PER_DAY);
	const parts = {year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate()};
	if (PARTS.size > PARTS_LIMIT) PARTS.clear();
	PARTS.set(day, parts);
	return parts;
}

// Calendar parts of recent day numbers: the date solver asks for the same days many times.
const PARTS = new Map<number, {year: number; month: number; date: number}>();
const PARTS_LIMIT = 50_000;

/** Adds calendar months to a day number (clamped to the month's end). */
export function addMonths(day: number, months: number): number {
	const {year, month, date} = partsOf(day);
	const target = new Date(Date.UTC(year, month - 1 + months, 1));
	const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
	return Math.floor(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(date, last)) / MS_PER_DAY);
}

const NUMBER_WORDS: Record<string, number> = {
	a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
	eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, eighteen: 18, twenty: 20,
};

/** "four" or "4" as a number. */
export function parseCount(word: string): number | undefined {
	const n = Number(word);
	return Number.isFinite(n) ? n : NUMBER_WORDS[word.toLowerCase()];
}
