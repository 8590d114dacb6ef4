/**
 * Worker-thread entry: receives batches of {index, file, bytes}, answers with
 * each file's FileResult. The knowledge arrives once, in workerData.
 */
import {parentPort, workerData} from 'node:worker_threads';
import type {Knowledge} from '../knowledge/load-knowledge.js';
import {processFile} from './process-file.js';
import type {WorkerBatch, WorkerReply} from './worker-messages.js';

const knowledge = (workerData as {knowledge: Knowledge}).knowledge;

parentPort!.on('message', (batch: WorkerBatch) => {
	const results = batch.jobs.map((job) => ({
		index: job.index,
		result: processFile(job.file, Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength), knowledge),
	}));
	const reply: WorkerReply = {batch: batch.id, results};
	parentPort!.postMessage(reply);
});
