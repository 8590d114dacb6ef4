import {existsSync} from 'node:fs';

/** Exit codes: 0 ok, 1 runtime error, 2 incorrect usage (unknown flag, command or path). */
export const EXIT_OK = 0;
export const EXIT_RUNTIME = 1;
export const EXIT_USAGE = 2;

/** A mistake in how Parley was called: reported in one line, exit code 2. */
export class UsageError extends Error {
	override name = 'UsageError';
}

/** Tells the user why Parley stopped, in one line (with the stack only when debugging), and picks the exit code. */
export function reportError(error: unknown, debug: boolean): number {
	const usage = error instanceof UsageError;
	const message = error instanceof Error ? error.message : String(error);
	process.stderr.write(`parley: ${message}\n`);
	if (usage) process.stderr.write('Run `parley --help` for usage.\n');
	else if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
	return usage ? EXIT_USAGE : EXIT_RUNTIME;
}

/**
 * Flags the user gave that Parley does not define, spelled as in `argv`.
 * meow 14 with `allowUnknownFlags: false` prints a bare "Unknown flag" and
 * exits by itself, so Parley lets meow accept everything and checks here instead.
 * @example unknownFlags({json: true, fooBar: 1}, ['json'], ['--json', '--foo-bar=1']) // ['--foo-bar']
 */
export function unknownFlags(given: Record<string, unknown>, known: Iterable<string>, argv: string[] = []): string[] {
	const knownSet = new Set(known);
	return Object.keys(given)
		.filter((key) => key !== '--' && !knownSet.has(key))
		.map((key) => {
			const kebab = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
			if (key.length === 1) return `-${key}`;
			const written = argv.find((arg) => arg === `--no-${kebab}` || arg.startsWith(`--no-${kebab}=`));
			return written ? `--no-${kebab}` : `--${kebab}`;
		});
}

/** Throws a UsageError naming every given path that does not exist (or `message` when given). */
export function assertPathsExist(paths: string[], message?: string): void {
	const missing = paths.filter((path) => !existsSync(path));
	if (missing.length && message) throw new UsageError(message);
	if (missing.length === 1) throw new UsageError(`no such file or folder: ${missing[0]}`);
	if (missing.length > 1) throw new UsageError(`no such files or folders: ${missing.join(', ')}`);
}

/** A YYYY-MM-DD flag value, checked; undefined when the flag is absent. */
export function parseDateFlag(name: string, value: string | undefined): string | undefined {
	if (value === undefined || value === '') return undefined;
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	const date = match ? new Date(`${value}T00:00:00Z`) : undefined;
	if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
		throw new UsageError(`--${name} wants a date as YYYY-MM-DD, got "${value}"`);
	}
	return value;
}

/** The generation time from --now or PARLEY_NOW (ISO 8601), for reproducible snapshots. */
export function parseNow(flag: string | undefined, env: string | undefined): Date | undefined {
	const value = flag || env;
	if (!value) return undefined;
	const date = new Date(value);
	if (Number.isNaN(date.getTime())) {
		throw new UsageError(`${flag ? '--now' : 'PARLEY_NOW'} wants an ISO 8601 time such as 2024-11-01T12:00:00Z, got "${value}"`);
	}
	return date;
}

/**
 * Errors that escape the command's promise (a stray callback, a rejected
 * promise nobody awaited) still end Parley with one line and exit code 1.
 * Not for the dashboard, whose terminal guard must restore the screen first.
 */
export function exitOnStrayErrors(debug: () => boolean): void {
	const onError = (error: unknown) => {
		process.exit(reportError(error, debug()));
	};
	process.on('uncaughtException', onError);
	process.on('unhandledRejection', onError);
}
