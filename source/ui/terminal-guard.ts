/** Escape sequences the dashboard uses around its session. */
const ENTER_ALT_SCREEN = '\u001b[?1049h';
const LEAVE_ALT_SCREEN = '\u001b[?1049l';
const SHOW_CURSOR = '\u001b[?25h';

const SIGNALS = {SIGINT: 2, SIGTERM: 15, SIGHUP: 1} as const;

export interface TerminalGuard {
	/** Puts the terminal back: alternate screen off, cursor shown, raw mode off. Idempotent. */
	restore: () => void;
	/** Stops listening for signals and errors (after a normal exit). */
	dispose: () => void;
}

/**
 * Takes the terminal for a full-screen session (alternate screen) and guarantees it is given
 * back however the session ends: normal quit, an uncaught error, SIGINT, SIGTERM or SIGHUP.
 * `beforeRestore` runs first (unmount Ink so it stops writing).
 */
export function guardTerminal(stdout: NodeJS.WriteStream, stdin: NodeJS.ReadStream, beforeRestore: () => void): TerminalGuard {
	let restored = false;
	stdout.write(ENTER_ALT_SCREEN);
	const restore = () => {
		if (restored) return;
		restored = true;
		try {
			beforeRestore();
		} catch {
			// Restoring the terminal matters more than a clean unmount.
		}
		if (stdin.isTTY && stdin.isRaw) stdin.setRawMode(false);
		stdout.write(SHOW_CURSOR + LEAVE_ALT_SCREEN);
	};
	const onSignal = (signal: keyof typeof SIGNALS) => {
		restore();
		process.exit(128 + SIGNALS[signal]);
	};
	const onError = (error: unknown) => {
		restore();
		process.stderr.write(`parley: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		process.exit(1);
	};
	const handlers = Object.keys(SIGNALS).map((signal) => {
		const handler = () => onSignal(signal as keyof typeof SIGNALS);
		process.on(signal, handler);
		return [signal, handler] as const;
	});
	process.on('uncaughtException', onError);
	process.on('unhandledRejection', onError);
	const dispose = () => {
		for (const [signal, handler] of handlers) process.off(signal, handler);
		process.off('uncaughtException', onError);
		process.off('unhandledRejection', onError);
	};
	return {restore, dispose};
}
