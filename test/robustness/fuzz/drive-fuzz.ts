import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {FAMILIES} from './families.js';

/** How to run the fuzz cases. */
export interface FuzzOptions {
	seed: number;
	/** Cases from..from+count-1 (each case's family is `FAMILIES[index % FAMILIES.length]`). */
	count: number;
	/** The first case index (default 0): rerun one failed case with `{from: index, count: 1}`. */
	from?: number;
	/** Also try the expensive sizes (50 MB line, 100,000 files...). */
	long?: boolean;
	/** Only these family names. */
	families?: string[];
	/** Child processes running cases side by side (default 1). */
	jobs?: number;
	/** A case that has not finished after this long is a hang (default 60 s). */
	deadlineMs?: number;
	/** Called as each case ends. */
	onCase?: (result: CaseResult) => void;
}

export interface CaseResult {
	index: number;
	family: string;
	variant: string;
	mode: string;
	problems: string[];
	ms: number;
	rss: number;
}

export interface FuzzSummary {
	cases: number;
	failures: CaseResult[];
	perFamily: Record<string, {cases: number; failures: number}>;
	peakRss: number;
	slowest: CaseResult | undefined;
}

const CHILD = fileURLToPath(new URL('./fuzz-child.ts', import.meta.url));
/** The heap a child may grow to: beyond it V8 aborts, which counts as a failed case. */
const CHILD_HEAP_MB = 2048;

/**
 * Runs the cases in child processes, restarting a child after a hang (killed at the
 * deadline) or a crash, and records that case as failed. Resolves with the summary.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzSummary> {
	const wanted = (index: number) => !options.families || options.families.includes(FAMILIES[index % FAMILIES.length]!.name);
	const indices = Array.from({length: options.count}, (_, i) => i + (options.from ?? 0)).filter(wanted);
	const jobs = Math.max(1, Math.min(options.jobs ?? 1, indices.length));
	const results: CaseResult[] = [];
	const record = (result: CaseResult) => {
		results.push(result);
		options.onCase?.(result);
	};
	const shares = Array.from({length: jobs}, (_, j) => indices.filter((_, k) => k % jobs === j));
	await Promise.all(shares.map((share) => runShare(share, options, record)));
	return summarise(results);
}

/** Runs a list of case indices in one child at a time, moving past a case that hung or crashed. */
async function runShare(indices: number[], options: FuzzOptions, record: (result: CaseResult) => void): Promise<void> {
	let next = 0;
	while (next < indices.length) {
		const done = await runChild(indices.slice(next), options, record);
		next += done;
	}
}

/** One child over `indices`; resolves with how many cases it got through (a failed one included). */
function runChild(indices: number[], options: FuzzOptions, record: (result: CaseResult) => void): Promise<number> {
	const deadlineMs = options.deadlineMs ?? 60_000;
	// Indices within one share are evenly spaced only when there is a single family filter or none;
	// the child runs a contiguous range with a step, so a filtered share is sent one index at a time.
	const step = indices.length > 1 ? indices[1]! - indices[0]! : 1;
	const regular = indices.every((value, k) => value === indices[0]! + k * step);
	const run = regular ? indices : indices.slice(0, 1);
	const args = ['--import', 'tsx', `--max-old-space-size=${CHILD_HEAP_MB}`, CHILD, String(options.seed), String(run[0]), String(run[run.length - 1]! + 1), String(step), options.long ? '1' : '0'];
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, {stdio: ['ignore', 'ignore', 'pipe', 'pipe'], env: {...process.env, NODE_NO_WARNINGS: '1'}});
		let stderr = '';
		let buffer = '';
		let finished = 0;
		let current: {index: number; family: string; variant: string; mode: string; started: number} | undefined;
		let timer: NodeJS.Timeout | undefined;
		let settled = false;
		const settle = (count: number) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			child.kill('SIGKILL');
			resolve(count);
		};
		const failCurrent = (why: string) => {
			const index = run[finished]!;
			const failed = current ?? {index, family: FAMILIES[index % FAMILIES.length]!.name, variant: '(before the case started)', mode: '', started: Date.now()};
			record({...failed, problems: [why], ms: Date.now() - failed.started, rss: 0});
			settle(finished + 1);
		};
		child.stderr!.on('data', (chunk: Buffer) => {
			stderr = (stderr + chunk.toString()).slice(-4000);
		});
		(child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => {
			buffer += chunk.toString();
			let newline: number;
			while ((newline = buffer.indexOf('\n')) >= 0) {
				const message = JSON.parse(buffer.slice(0, newline)) as {type: string} & Partial<CaseResult> & {message?: string};
				buffer = buffer.slice(newline + 1);
				if (message.type === 'start') {
					current = {index: message.index!, family: message.family!, variant: message.variant!, mode: message.mode!, started: Date.now()};
					clearTimeout(timer);
					timer = setTimeout(() => failCurrent(`hang: no result after ${deadlineMs / 1000} s`), deadlineMs);
				} else if (message.type === 'done' && current) {
					clearTimeout(timer);
					record({...current, problems: message.problems!, ms: message.ms!, rss: message.rss!});
					current = undefined;
					finished++;
				} else if (message.type === 'fatal') {
					settled = true;
					child.kill('SIGKILL');
					reject(new Error(`fuzz: cannot start: ${message.message}`));
				} else if (message.type === 'end') settle(finished);
			}
		});
		child.on('exit', (code, signal) => {
			if (!settled) failCurrent(`the loader process died (${signal ?? `exit ${code}`}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
		});
	});
}

function summarise(results: CaseResult[]): FuzzSummary {
	const perFamily: FuzzSummary['perFamily'] = {};
	for (const family of FAMILIES) perFamily[family.name] = {cases: 0, failures: 0};
	for (const result of results) {
		const counts = perFamily[result.family]!;
		counts.cases++;
		if (result.problems.length) counts.failures++;
	}
	const sorted = [...results].sort((a, b) => b.ms - a.ms);
	return {
		cases: results.length,
		failures: results.filter((r) => r.problems.length).sort((a, b) => a.index - b.index),
		perFamily,
		peakRss: Math.max(0, ...results.map((r) => r.rss)),
		slowest: sorted[0],
	};
}
