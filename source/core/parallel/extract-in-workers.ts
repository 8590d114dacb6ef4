import {availableParallelism} from 'node:os';
import {Worker} from 'node:worker_threads';
import type {FileResult} from '../cache/report-cache.js';
import type {Knowledge} from '../knowledge/load-knowledge.js';
import type {ExtractJob, WorkerBatch, WorkerReply} from './worker-messages.js';

/** Files per message: small enough to balance the load, large enough to keep messaging cheap. */
const BATCH_FILES = 8;
const BATCH_BYTES = 256 * 1024;
/** Batches in flight per worker, so a worker never waits for the main thread. */
const IN_FLIGHT = 2;

/** The default worker count: one per core, at most 8. */
export function defaultWorkerCount(): number {
	return Math.max(1, Math.min(availableParallelism(), 8));
}

/**
 * Ingests and extracts `jobs` on `workers` worker threads, calling `onResult`
 * as each file is done (in completion order; `index` says where it belongs).
 * A worker that dies has its pending files handed to the others, or done
 * in-process when none is left, so the load always completes.
 */
export async function extractInWorkers(
	jobs: ExtractJob[],
	knowledge: Knowledge,
	workers: number,
	onResult: (index: number, result: FileResult) => void,
): Promise<void> {
	if (jobs.length === 0) return;
	const queue = makeBatches(jobs);
	const pending = new Map<number, WorkerBatch>();
	const count = Math.max(1, Math.min(workers, queue.length));
	const {url, execArgv} = workerEntry();

	const crews: Array<{worker: Worker; mine: Set<number>; ended: boolean}> = [];
	let runningHere = 0;
	await new Promise<void>((resolve) => {
		const finishIfDone = () => {
			if (queue.length > 0 || pending.size > 0 || runningHere > 0) return;
			for (const crew of crews) void crew.worker.terminate();
			resolve();
		};
		const feed = (crew: (typeof crews)[number]) => {
			while (!crew.ended && crew.mine.size < IN_FLIGHT && queue.length > 0) {
				const batch = queue.shift()!;
				pending.set(batch.id, batch);
				crew.mine.add(batch.id);
				crew.worker.postMessage(batch);
			}
		};
		const end = (crew: (typeof crews)[number]) => {
			if (crew.ended) return;
			crew.ended = true;
			for (const id of crew.mine) {
				const batch = pending.get(id);
				pending.delete(id);
				if (batch) queue.unshift(batch);
			}
			crew.mine.clear();
			const survivors = crews.filter((c) => !c.ended);
			if (survivors.length > 0) {
				for (const c of survivors) feed(c);
			} else {
				runHere(); // no worker left: finish in this thread
			}
			finishIfDone();
		};
		const runHere = () => {
			const batches = queue.splice(0);
			runningHere++;
			void import('./process-file.js').then(({processFile}) => {
				for (const batch of batches) for (const job of batch.jobs) onResult(job.index, processFile(job.file, Buffer.from(job.bytes), knowledge));
				runningHere--;
				finishIfDone();
			});
		};
		for (let i = 0; i < count; i++) {
			let worker: Worker;
			try {
				worker = new Worker(url, {workerData: {knowledge}, execArgv});
			} catch {
				break; // e.g. knowledge that cannot be cloned: the crews started so far (or this thread) do the work
			}
			const crew = {worker, mine: new Set<number>(), ended: false};
			crews.push(crew);
			crew.worker.on('message', (reply: WorkerReply) => {
				for (const {index, result} of reply.results) onResult(index, result);
				pending.delete(reply.batch);
				crew.mine.delete(reply.batch);
				feed(crew);
				finishIfDone();
			});
			crew.worker.on('error', () => end(crew));
			crew.worker.on('exit', () => end(crew));
			feed(crew);
		}
		if (crews.length === 0) {
			runHere();
			finishIfDone();
		}
	});
}

function makeBatches(jobs: ExtractJob[]): WorkerBatch[] {
	const batches: WorkerBatch[] = [];
	let current: ExtractJob[] = [];
	let bytes = 0;
	for (const job of jobs) {
		current.push(job);
		bytes += job.bytes.byteLength;
		if (current.length >= BATCH_FILES || bytes >= BATCH_BYTES) {
			batches.push({id: batches.length, jobs: current});
			current = [];
			bytes = 0;
		}
	}
	if (current.length > 0) batches.push({id: batches.length, jobs: current});
	return batches;
}

/**
 * The worker file next to this module: `.js` when running the build, `.ts`
 * when running from source through tsx (which the worker then loads too).
 */
function workerEntry(): {url: URL; execArgv: string[]} {
	const fromSource = import.meta.url.endsWith('.ts');
	return {
		url: new URL(`./extract-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url),
		execArgv: fromSource ? ['--import', 'tsx'] : [],
	};
}
