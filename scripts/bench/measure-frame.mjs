// The real app under tmux: time from launch to the first frame showing the
// dashboard's header, keypress-to-screen time while scrolling, and the app's
// peak RSS (VmHWM of its process). Uses a private tmux server socket.
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {loadavg} from 'node:os';
import {performance} from 'node:perf_hooks';

const SOCKET = `parley-bench-${process.pid}`;

function tmux(...args) {
	return spawnSync('tmux', ['-L', SOCKET, '-f', '/dev/null', ...args], {encoding: 'utf8'});
}

function capture() {
	return tmux('capture-pane', '-p', '-t', 'bench').stdout ?? '';
}

function paneInfo() {
	const [pid, dead] = (tmux('display-message', '-p', '-t', 'bench', '#{pane_pid} #{pane_dead}').stdout ?? '').trim().split(' ');
	return {pid: Number(pid), dead: dead === '1'};
}

/** User + system CPU seconds of a process so far, all its threads (from /proc/PID/stat; 100 ticks/s). */
function cpuSeconds(pid) {
	try {
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
		return (Number(fields[11]) + Number(fields[12])) / 100;
	} catch {
		return undefined;
	}
}

function peakRssMB(pid) {
	try {
		const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) / 1024 : undefined;
	} catch {
		return undefined;
	}
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** True when tmux can be used here. */
export function tmuxAvailable() {
	return spawnSync('tmux', ['-V']).status === 0;
}

/**
 * Launches `command` (an argv array) in a 160x50 tmux pane with `env`, polls the
 * screen until `pattern` matches (the first frame), then until `completePattern` matches
 * (every report shown), then presses each of `scrollKeys` `scrolls`
 * times, timing keypress → changed screen (tmux capture polling, ~2-5 ms grain).
 * Returns {ms, cpuMs (CPU of the app until that frame), completeMs, completeCpuMs, scrollMs[], rssMB, loadAvg, screen} or {error, screen}.
 */
export async function measureApp({command, env, pattern, completePattern, timeoutMs = 300_000, scrollKeys = ['Right', 'Down'], scrolls = 20, quitKey = 'q'}) {
	tmux('kill-server');
	tmux('new-session', '-d', '-s', 'bench', '-x', '160', '-y', '50');
	tmux('set-option', '-t', 'bench', 'remain-on-exit', 'on');
	const envPrefix = Object.entries(env).map(([k, v]) => `${k}=${shellQuote(v)}`).join(' ');
	const shellCommand = `exec env ${envPrefix} ${command.map(shellQuote).join(' ')}`;
	try {
		const start = performance.now();
		tmux('respawn-pane', '-k', '-t', 'bench', shellCommand);
		let screen = '';
		for (;;) {
			screen = capture();
			if (pattern.test(screen)) break;
			if (paneInfo().dead) return {error: 'the app exited before its first frame', screen};
			if (performance.now() - start > timeoutMs) return {error: `no frame matching ${pattern} within ${timeoutMs} ms`, screen};
			await sleep(5);
		}
		const ms = performance.now() - start;
		const cpuMs = (cpuSeconds(paneInfo().pid) ?? Number.NaN) * 1000;
		// A long load shows the dashboard over the reports loaded so far: also time the complete list.
		let completeMs = ms;
		let completeCpuMs = cpuMs;
		if (completePattern && !completePattern.test(screen)) {
			for (;;) {
				screen = capture();
				if (completePattern.test(screen)) break;
				if (paneInfo().dead) return {error: 'the app exited before showing every report', screen};
				if (performance.now() - start > timeoutMs) return {error: `no frame matching ${completePattern} within ${timeoutMs} ms`, screen};
				await sleep(5);
			}
			completeMs = performance.now() - start;
			completeCpuMs = (cpuSeconds(paneInfo().pid) ?? Number.NaN) * 1000;
		}
		const scrollMs = [];
		for (const key of scrollKeys) {
			for (let i = 0; i < scrolls; i++) {
				const before = capture();
				const t = performance.now();
				tmux('send-keys', '-t', 'bench', key);
				let changed = false;
				while (performance.now() - t < 2000) {
					if (capture() !== before) {
						changed = true;
						break;
					}
				}
				if (!changed) break; // at the end of the list: nothing more to scroll
				scrollMs.push(performance.now() - t);
			}
		}
		const {pid} = paneInfo();
		const rssMB = peakRssMB(pid);
		// Quit as a person would, and wait: a large cold load writes its cache after the first
		// frame, and killing the app would leave the warm run a half-written cache.
		tmux('send-keys', '-t', 'bench', quitKey);
		const quitStart = performance.now();
		while (!paneInfo().dead && performance.now() - quitStart < 300_000) await sleep(100);
		return {ms, cpuMs, completeMs, completeCpuMs, scrollMs, rssMB: Math.max(rssMB ?? 0, peakRssMB(pid) ?? 0) || rssMB, quitMs: performance.now() - quitStart, loadAvg: loadavg()[0], screen};
	} finally {
		tmux('kill-server');
	}
}

/**
 * Fallback when there is no dashboard: wall time of a whole Node run of
 * `args` (e.g. the CLI's `extract DIR`) until it exits, stdout discarded,
 * with the process's peak RSS.
 */
export function measureNodeRun({args, env}) {
	const preload = new URL('./print-rss.mjs', import.meta.url).pathname;
	const start = performance.now();
	const result = spawnSync(process.execPath, ['--import', preload, ...args], {env: {...process.env, ...env}, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024});
	const ms = performance.now() - start;
	const rss = /parley-bench-max-rss-kb (\d+)/.exec(result.stderr ?? '');
	const cpu = /parley-bench-cpu-us (\d+)/.exec(result.stderr ?? '');
	return {ms, cpuMs: cpu ? Number(cpu[1]) / 1000 : undefined, loadAvg: loadavg()[0], status: result.status, rssMB: rss ? Number(rss[1]) / 1024 : undefined, stderr: (result.stderr ?? '').slice(-2000)};
}

function shellQuote(value) {
	return `'${String(value).replace(/'/g, `'\\''`)}'`;
}
