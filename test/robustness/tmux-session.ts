import {execFileSync, spawnSync} from 'node:child_process';

/** True when tmux can be run here. */
export function hasTmux(): boolean {
	return spawnSync('tmux', ['-V']).status === 0;
}

/**
 * A private tmux server running a plain bash, for driving the real binary in a real
 * terminal. `waitFor` polls the pane with a deadline (a hang fails, it never sleeps blindly).
 */
export class TmuxSession {
	private readonly socket = `parley-robust-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

	constructor(cwd: string, env: Record<string, string>, columns = 100, rows = 30) {
		const exports = Object.entries(env).map(([k, v]) => `export ${k}='${v.replaceAll("'", "'\\''")}'`);
		this.tmux('new-session', '-d', '-s', 'main', '-x', String(columns), '-y', String(rows), '-c', cwd, 'bash --norc --noprofile');
		this.type(`${exports.join('; ')}; export PS1='$ '; clear`);
	}

	/** Types a line and presses Enter. */
	type(line: string): void {
		this.tmux('send-keys', '-t', 'main', '-l', line);
		this.tmux('send-keys', '-t', 'main', 'Enter');
	}

	/** Presses keys by tmux name (`q`, `C-c`, `Escape`). */
	keys(...keys: string[]): void {
		this.tmux('send-keys', '-t', 'main', ...keys);
	}

	screen(): string {
		return this.tmux('capture-pane', '-p', '-J', '-t', 'main', '-S', '-200');
	}

	async waitFor(test: RegExp, deadlineMs = 30_000): Promise<string> {
		const deadline = Date.now() + deadlineMs;
		for (;;) {
			const screen = this.screen();
			if (test.test(screen)) return screen;
			if (Date.now() > deadline) throw new Error(`the terminal never showed ${test}\n--- screen ---\n${screen}`);
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}

	/** Runs a command line in the shell and returns what it printed (between unique markers). */
	async run(command: string): Promise<string> {
		const marker = `M${Math.random().toString(36).slice(2, 10)}`;
		this.type(`echo ${marker}-start; ${command}; echo ${marker}-end`);
		const screen = await this.waitFor(new RegExp(`^${marker}-end`, 'm'));
		return screen.slice(screen.lastIndexOf(`${marker}-start\n`) + marker.length + 7, screen.lastIndexOf(`${marker}-end`));
	}

	close(): void {
		spawnSync('tmux', ['-L', this.socket, 'kill-server']);
	}

	private tmux(...args: string[]): string {
		return execFileSync('tmux', ['-L', this.socket, ...args], {encoding: 'utf8'});
	}
}
