import {pathToFileURL} from 'node:url';

/**
 * URL of a module of the measured build's `dist/source/core/`: the bench's
 * private build (PARLEY_BENCH_APP) or else the working tree's dist/.
 */
export function appModule(path) {
	const app = process.env.PARLEY_BENCH_APP ?? new URL('../..', import.meta.url).pathname;
	return pathToFileURL(`${app}/dist/source/core/${path}`).href;
}
