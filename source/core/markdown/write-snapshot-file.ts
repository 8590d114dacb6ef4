import {randomBytes} from 'node:crypto';
import {constants, unlinkSync} from 'node:fs';
import {access, link, open, rename, unlink} from 'node:fs/promises';
import {basename, dirname, join, resolve} from 'node:path';

/** Where and how to write a snapshot. */
export interface WriteSnapshotOptions {
	/**
	 * The file to write; when absent a new unique name is made in `dir`.
	 * @example {path: 'briefing.md'}
	 */
	path?: string;
	/**
	 * Folder for a new unique file name (default: the working folder).
	 * @example {dir: '~/briefings'}
	 */
	dir?: string;
	/**
	 * Replace `path` if it exists (never done otherwise).
	 * @example {path: 'briefing.md', force: true}
	 */
	force?: boolean;
	/** The time in the generated name (default: now). */
	now?: Date;
}

/** A file that already exists and was not to be overwritten. */
export class FileExistsError extends Error {
	override name = 'FileExistsError';
	constructor(readonly path: string) {
		super(`${path} exists; use --force to overwrite it`);
	}
}

/**
 * Writes a snapshot atomically: the content goes to a temporary file in the
 * same folder, which is then renamed (with --force) or hard-linked (without, so
 * an existing file is never replaced) into place. An interrupted write leaves
 * no partial file. Resolves to the path written.
 * @example await writeSnapshotFile(markdown, {dir: '.'}) // './parley-snapshot-2024-11-01-120000.md'
 */
export async function writeSnapshotFile(content: string, options: WriteSnapshotOptions = {}): Promise<string> {
	if (options.path) {
		await placeFile(content, options.path, Boolean(options.force));
		return options.path;
	}
	const dir = options.dir ?? '.';
	const stem = `parley-snapshot-${stamp(options.now ?? new Date())}`;
	for (let n = 1; ; n++) {
		const path = join(dir, `${stem}${n === 1 ? '' : `-${n}`}.md`);
		try {
			await placeFile(content, path, false);
			return path;
		} catch (error) {
			if (!(error instanceof FileExistsError)) throw error;
		}
	}
}

async function placeFile(content: string, path: string, force: boolean): Promise<void> {
	const temp = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
	const stopGuard = removeOnInterrupt(temp);
	try {
		// Name the user's path, not our hidden temporary file, when the folder is the problem.
		const handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644).catch((error: NodeJS.ErrnoException) => {
			if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw Object.assign(new Error(`cannot write ${path}: the folder ${dirname(path)} does not exist`), {code: error.code});
			if (error.code === 'EACCES' || error.code === 'EPERM' || error.code === 'EROFS') throw Object.assign(new Error(`cannot write ${path}: the folder ${dirname(path)} is not writable (${error.code})`), {code: error.code});
			throw error;
		});
		try {
			await handle.writeFile(content, 'utf8');
			await handle.sync();
		} finally {
			await handle.close();
		}
		if (force) {
			await rename(temp, path);
			return;
		}
		try {
			await link(temp, path);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'EEXIST') throw new FileExistsError(path);
			if (!NO_HARD_LINKS.has(code ?? '')) throw error;
			// A file system without hard links: check, then rename (a small race, but still atomic).
			if (await exists(path)) throw new FileExistsError(path);
			await rename(temp, path);
		}
	} finally {
		await unlink(temp).catch(() => undefined);
		stopGuard();
	}
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * While a temporary file exists, Ctrl-C or a kill removes it before Parley
 * ends with that signal as it would have, and so does any process.exit (another
 * signal handler, such as the dashboard's terminal guard, may exit first). The
 * handlers live only during the write.
 */
function removeOnInterrupt(temp: string): () => void {
	const removeTemp = () => {
		try {
			unlinkSync(temp);
		} catch {}
	};
	const handlers = SIGNALS.map((signal) => {
		const handler = () => {
			stop();
			removeTemp();
			process.kill(process.pid, signal);
		};
		process.once(signal, handler);
		return [signal, handler] as const;
	});
	process.once('exit', removeTemp);
	const stop = () => {
		for (const [signal, handler] of handlers) process.removeListener(signal, handler);
		process.removeListener('exit', removeTemp);
	};
	return stop;
}

const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

async function exists(path: string): Promise<boolean> {
	return access(path).then(
		() => true,
		() => false,
	);
}

/** "2024-11-01-120000" in UTC. */
function stamp(date: Date): string {
	const iso = date.toISOString();
	return `${iso.slice(0, 10)}-${iso.slice(11, 19).replace(/:/g, '')}`;
}
