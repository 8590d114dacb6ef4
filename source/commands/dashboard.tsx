export interface DashboardFlags {
	knowledge: string[];
	snapshotDir?: string;
	/** --no-cache, --cache-dir, --workers: passed to the loader. */
	cache?: boolean;
	cacheDir?: string;
	workers?: number;
	/** --watch: show reports added or changed while open. */
	watch?: boolean;
}

/**
 * `parley [paths...]`: the interactive dashboard. NO_COLOR is honoured by forcing colour off
 * before Ink (and chalk, which reads the environment once) is loaded; React runs its
 * production build unless NODE_ENV says otherwise.
 */
export async function runDashboard(paths: string[], flags: DashboardFlags): Promise<number> {
	if (process.env['NO_COLOR']) process.env['FORCE_COLOR'] = '0';
	// React's development build profiles every render; the dashboard wants the fast one.
	process.env['NODE_ENV'] ??= 'production';
	// Ink reads CI once at import and then draws only the last frame, so on a real terminal a
	// leftover CI=true would leave a blank screen; pipes keep the plain one-shot print anyway.
	if (process.stdin.isTTY && process.stdout.isTTY) {
		delete process.env['CI'];
		delete process.env['CONTINUOUS_INTEGRATION'];
	}
	const {startDashboard} = await import('../ui/start-dashboard.js');
	const {knowledge, snapshotDir, cache, cacheDir, workers, watch} = flags;
	return startDashboard(paths, {knowledge, snapshotDir, load: {cache, cacheDir, workers}, watch});
}
