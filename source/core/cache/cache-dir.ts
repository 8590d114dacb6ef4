import {homedir} from 'node:os';
import {isAbsolute, join, resolve} from 'node:path';

/**
 * Where Parley keeps its cache: an explicit directory, else `$PARLEY_CACHE_DIR`,
 * else `$XDG_CACHE_HOME/parley`, else `~/.cache/parley`.
 * @example resolveCacheDir() // '/home/me/.cache/parley'
 */
export function resolveCacheDir(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
	if (explicit) return resolve(explicit);
	if (env.PARLEY_CACHE_DIR) return resolve(env.PARLEY_CACHE_DIR);
	// The XDG spec says a relative XDG_CACHE_HOME is invalid and must be ignored.
	const xdg = env.XDG_CACHE_HOME;
	if (xdg && isAbsolute(xdg)) return join(xdg, 'parley');
	return join(homedir(), '.cache', 'parley');
}

/** True when the environment asks to bypass the cache (`PARLEY_NO_CACHE=1`). */
export function cacheDisabledByEnv(env: NodeJS.ProcessEnv = process.env): boolean {
	const value = env.PARLEY_NO_CACHE;
	return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}
