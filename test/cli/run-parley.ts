import {spawn, type ChildProcess} from 'node:child_process';
import {packageRoot} from '../../source/core/package-paths.js';
import {parleyCommand} from './parley-command.js';

export const ROOT = packageRoot();

export interface RunResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

export interface RunOptions {
	cwd?: string;
	env?: Record<string, string>;
	/** Run through `bash -c` with this prefix (e.g. "ulimit -f 2;"). */
	shellPrefix?: string;
	/** Called with the child right after it starts. */
	onSpawn?: (child: ChildProcess) => void;
}

/** Runs the real command line (built, or from source when the build is stale), as a user would. */
export function runParley(args: string[], options: RunOptions = {}): Promise<RunResult> {
	const command = [...parleyCommand(), ...args];
	// No on-disk cache: each run extracts afresh and the user's cache is left alone.
	const env = {...process.env, NODE_NO_WARNINGS: '1', PARLEY_NOW: '', PARLEY_NO_CACHE: '1', ...options.env};
	const child = options.shellPrefix
		? spawn('bash', ['-c', `${options.shellPrefix} exec "$@"`, 'bash', ...command], {cwd: options.cwd ?? ROOT, env})
		: spawn(command[0]!, command.slice(1), {cwd: options.cwd ?? ROOT, env});
	let stdout = '';
	let stderr = '';
	child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
	child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	child.stdout!.on('error', () => undefined);
	options.onSpawn?.(child);
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code) => resolve({code, stdout, stderr}));
	});
}
