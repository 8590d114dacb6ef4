import type {MappedText} from './offset-map.js';

/** One report read from a file, before cleaning. */
export interface ReadItem {
	/** 1-based item number within a multi-report file (JSON array, JSONL line, feed item). */
	index?: number;
	title?: string;
	outlet?: string;
	/** YYYY-MM-DD, already normalised. */
	date?: string;
	url?: string;
	metadata: Record<string, unknown>;
	/** Text to clean, mapped into the text it was read from. */
	body: MappedText;
	/** Problems with this item alone (they become report and load warnings). */
	notes: string[];
}

/** What a format reader returns: the items, and problems with the file as a whole. */
export interface ReadResult {
	items: ReadItem[];
	problems: string[];
}
