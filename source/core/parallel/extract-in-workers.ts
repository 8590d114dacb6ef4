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
 * Old-generation heap of each worker. A worker's live data is ~50 MB (compromise, the compiled
 * knowledge, one batch); without a cap V8 lets each heap grow to ~250 MB before collecting,
 * which at 2 workers was a third of a 10,000-report load's peak RSS.
 */
export const WORKER_HEAP_MB = 128;

/**
 * Young generation of each worker (V8's default is 16 MB per semi-space). Extraction
 * allocates many short-lived strings and match arrays per sentence; a larger nursery
 * lets more of them die before a scavenge, so fewer are copied and promoted.
 * Overridable with PARLEY_WORKER_YOUNG_MB (0: V8's default) to measure the difference.
 */
export const WORKER_YOUNG_MB = 96;

function youngGenerationMb(): number | undefined {
	const value = Number(process.env['PARLEY_WORKER_YOUNG_MB'] ?? WORKER_YOUNG_MB);
	return Number.isFinite(value) && value > 0 ? value : undefined;
}

/**
 * Ingests and extracts `jobs` on `workers` worker threads, calling `onResult`
 * as each file is done (in completion order; `index` says where it belongs).
 * A worker that dies (e.g. out of heap on a huge file) has its pending files
 * handed to a replacement; a batch in flight on two workers that died is done
 * in this thread, and when workers cannot start the rest is too, so the load
 * always completes.
 */
export async function extractInWorkers(
	jobs: ExtractJob[],
	knowledge: Knowledge,
	workers: number,
	onResult: (index: number, result: FileResult) => void,
	options: {heapMb?: number} = {},
): Promise<void> {
	if (jobs.length === 0) return;
	const queue = makeBatches(jobs);
	const pending = new Map<number, WorkerBatch>();
	const deaths = new Map<number, number>();
	const count = Math.max(1, Math.min(workers, queue.length));
	const {url, execArgv} = workerEntry();
	const young = youngGenerationMb();
	const resourceLimits = {maxOldGenerationSizeMb: options.heapMb ?? WORKER_HEAP_MB, ...(young ? {maxYoungGenerationSizeMb: young} : {})};

	type Crew = {worker: Worker; mine: Set<number>; ended: boolean};
	const crews: Crew[] = [];
	let replacements = count * 2;
	let runningHere = 0;
	await new Promise<void>((resolve) => {
		const live = () => crews.filter((c) => !c.ended);
		const finishIfDone = () => {
			if (queue.length > 0 || pending.size > 0 || runningHere > 0) return;
			for (const crew of crews) void crew.worker.terminate();
			resolve();
		};
		const feed = (crew: Crew) => {
			while (!crew.ended && crew.mine.size < IN_FLIGHT && queue.length > 0) {
				const batch = queue.shift()!;
				pending.set(batch.id, batch);
				crew.mine.add(batch.id);
				crew.worker.postMessage(batch);
			}
		};
		const end = (crew: Crew) => {
			if (crew.ended) return;
			crew.ended = true;
			const suspects: WorkerBatch[] = [];
			for (const id of crew.mine) {
				const batch = pending.get(id);
				pending.delete(id);
				if (!batch) continue;
				const died = (deaths.get(id) ?? 0) + 1;
				deaths.set(id, died);
				if (died >= 2) suspects.push(batch);
				else queue.unshift(batch);
			}
			crew.mine.clear();
			if (suspects.length) runHere(suspects);
			if (queue.length > 0 && replacements > 0 && live().length < count) {
				replacements--;
				start();
			}
			const survivors = live();
			if (survivors.length > 0) for (const c of survivors) feed(c);
			else if (queue.length > 0) runHere(queue.splice(0)); // no worker left: finish in this thread
			finishIfDone();
		};
		const runHere = (batches: WorkerBatch[]) => {
			runningHere++;
			void import('./process-file.js').then(({processFile}) => {
				for (const batch of batches) {
					for (const job of batch.jobs) onResult(job.index, processFile(job.file, Buffer.from(job.bytes), knowledge));
				}
				runningHere--;
				finishIfDone();
			});
		};
		const start = (): boolean => {
			let worker: Worker;
			try {
				worker = new Worker(url, {workerData: {knowledge}, execArgv, resourceLimits});
			} catch {
				return false; // e.g. knowledge that cannot be cloned
			}
			const crew: Crew = {worker, mine: new Set(), ended: false};
			crews.push(crew);
			worker.on('message', (reply: WorkerReply) => {
				for (const {index, result} of reply.results) onResult(index, result);
				pending.delete(reply.batch);
				crew.mine.delete(reply.batch);
				feed(crew);
				finishIfDone();
			});
			worker.on('error', () => end(crew));
			worker.on('exit', () => end(crew));
			feed(crew);
			return true;
		};
		for (let i = 0; i < count; i++) if (!start()) break; // the crews started so far (or this thread) do the work
		if (crews.length === 0) {
			runHere(queue.splice(0));
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
