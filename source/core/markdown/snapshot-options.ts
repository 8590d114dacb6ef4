/** A source the snapshot was made from: an input file and the SHA-256 of its bytes. */
export interface SnapshotSource {
	file: string;
	sha256: string;
}

/** What a snapshot shows and what it records about how it was made. */
export interface SnapshotOptions {
	/**
	 * One venue's track; all tracks when absent or "all".
	 * @example {track: 'Cairo'}
	 */
	track?: string;
	/**
	 * A dashboard search; only matching reports are shown.
	 * @example {query: "mediator:burns !paris"}
	 */
	query?: string;
	/**
	 * Only reports dated on or after this day (undated reports are left out).
	 * @example {since: '2024-08-01'}
	 */
	since?: string;
	/**
	 * Only reports dated on or before this day (undated reports are left out).
	 * @example {until: '2024-11-30'}
	 */
	until?: string;
	/**
	 * Include a Mermaid `timeline` block per track (default true).
	 * @example {diagram: false}
	 */
	diagram?: boolean;
	/**
	 * The generation time; default `PARLEY_NOW` from the environment, else the clock.
	 * @example {now: new Date('2024-11-01T12:00:00Z')}
	 */
	now?: Date;
	/**
	 * Input files and hashes to record; default: every report's file (without `#N`) and sha256.
	 * @example {sources: [{file: 'data/reports/a.txt', sha256: 'ab12...'}]}
	 */
	sources?: SnapshotSource[];
	/**
	 * Version of the merged knowledge the facts were extracted with (`Knowledge.version`).
	 * @example {knowledgeVersion: '3f2a9c0d1e2b4a5c'}
	 */
	knowledgeVersion?: string;
	/**
	 * Parley's version; default: the package's.
	 * @example {parleyVersion: '0.1.0'}
	 */
	parleyVersion?: string;
	/**
	 * The dashboard view the snapshot was taken from, recorded in the front matter.
	 * @example {view: 'compare'}
	 */
	view?: string;
	/**
	 * Folder that report paths are shown relative to; default the working folder.
	 * @example {baseDir: '/home/me/news'}
	 */
	baseDir?: string;
}
