import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

/** The package root (where package.json and data/ live), found from this module's location. */
export function packageRoot(): string {
	let dir = dirname(fileURLToPath(import.meta.url));
	for (let i = 0; i < 6; i++) {
		if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) return dir;
		dir = dirname(dir);
	}
	throw new Error('cannot find the Parley package root (package.json beside data/)');
}

/** The bundled report folder the dashboard and export open by default. */
export function bundledReportsDir(): string {
	return join(packageRoot(), 'data', 'reports');
}

/** The bundled knowledge folder. */
export function bundledKnowledgeDir(): string {
	return join(packageRoot(), 'data', 'knowledge');
}
