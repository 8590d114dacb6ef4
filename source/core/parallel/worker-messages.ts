import type {FileResult} from '../cache/report-cache.js';

/** One file to ingest and extract; `index` is its place in the load order. */
export interface ExtractJob {
	index: number;
	file: string;
	bytes: Uint8Array;
}

/** Main thread → worker. */
export interface WorkerBatch {
	id: number;
	jobs: ExtractJob[];
}

/** Worker → main thread. */
export interface WorkerReply {
	batch: number;
	results: Array<{index: number; result: FileResult}>;
}
