import type {Report} from './types.js';

/** Date order, undated last, ties by file: the order every view shows. */
export function sortReports(reports: Report[]): Report[] {
	return [...reports].sort((a, b) => {
		if (a.date !== b.date) {
			if (a.date === null) return 1;
			if (b.date === null) return -1;
			return a.date < b.date ? -1 : 1;
		}
		return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
	});
}
