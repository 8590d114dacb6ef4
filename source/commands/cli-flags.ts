import type {AnyFlags} from 'meow';

/** The commands; without one, Parley opens the dashboard. */
export const COMMANDS = ['dashboard', 'extract', 'export'] as const;

/** Every flag Parley knows; anything else is an unknown-flag error (exit 2). */
export const FLAGS = {
	help: {type: 'boolean', shortFlag: 'h', default: false},
	version: {type: 'boolean', default: false},
	debug: {type: 'boolean', default: false},
	knowledge: {type: 'string', isMultiple: true, default: [] as string[]},
	snapshotDir: {type: 'string'},
	json: {type: 'boolean', default: false},
	withText: {type: 'boolean', default: false},
	out: {type: 'string'},
	force: {type: 'boolean', default: false},
	track: {type: 'string'},
	query: {type: 'string'},
	since: {type: 'string'},
	until: {type: 'string'},
	diagram: {type: 'boolean', default: true},
	now: {type: 'string'},
	view: {type: 'string'},
	cache: {type: 'boolean', default: true},
	cacheDir: {type: 'string'},
	workers: {type: 'number'},
	watch: {type: 'boolean', default: false},
} satisfies AnyFlags;

export type Command = (typeof COMMANDS)[number];

/** Flags that only mean something to some commands; the rest apply to every command. */
export const FLAG_COMMANDS: Partial<Record<keyof typeof FLAGS, Command[]>> = {
	snapshotDir: ['dashboard'],
	watch: ['dashboard'],
	json: ['extract'],
	withText: ['extract'],
	out: ['export'],
	force: ['export'],
	track: ['export'],
	query: ['export'],
	since: ['export'],
	until: ['export'],
	diagram: ['export'],
	now: ['export'],
	view: ['export'],
};

/**
 * Flags written on the command line (before any `--`) that the command does
 * not take, as the user wrote them.
 * @example misplacedFlags(['extract', '--out', 'a.md'], 'extract') // ['--out']
 */
export function misplacedFlags(argv: string[], command: Command): string[] {
	const end = argv.indexOf('--');
	const out: string[] = [];
	for (const arg of end === -1 ? argv : argv.slice(0, end)) {
		const match = /^--(?:no-)?([a-z][a-z-]*)(?:=|$)/.exec(arg);
		if (!match) continue;
		const name = match[1]!.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase()) as keyof typeof FLAGS;
		const commands = FLAG_COMMANDS[name];
		if (commands && !commands.includes(command)) out.push(arg.split('=')[0]!);
	}
	return out;
}

/** The help text (meow prints it for --help); a test checks it names every command and flag. */
export const HELP = `
	Usage
	  $ parley [dashboard] [paths...]    open the dashboard (default: the bundled reports)
	  $ parley extract [paths...]        print the facts of each report
	  $ parley export [paths...]         write a Markdown snapshot of the comparison

	Paths are report files or folders (read recursively). Without paths Parley
	reads its bundled reports.

	Options for every command
	  --knowledge FILE   merge a knowledge file over the bundled ones (repeatable)
	  --debug            show stack traces of runtime errors
	  --no-cache         neither read nor write the cache of extracted facts (also PARLEY_NO_CACHE=1)
	  --cache-dir DIR    keep that cache in DIR (default: $XDG_CACHE_HOME/parley or ~/.cache/parley)
	  --workers N        threads extracting large loads (default: one per core; 0: none)
	  --help, -h         show this help
	  --version          show Parley's version

	Dashboard
	  --snapshot-dir DIR where the e key writes snapshots (default: the working folder)
	  --watch            show reports added to or changed in the folders while open, marked as new

	Extract
	  --json             print one JSON document of facts (nothing else on stdout)
	  --with-text        with --json: include each report's cleaned text

	Export
	  --out FILE         write the snapshot to FILE instead of stdout
	  --force            overwrite FILE if it exists
	  --track NAME       only one venue's track, e.g. Cairo (default: all tracks)
	  --query TEXT       only reports matching a search, e.g. "mediator:burns !paris"
	  --since DATE       only reports dated on or after DATE (YYYY-MM-DD)
	  --until DATE       only reports dated on or before DATE (YYYY-MM-DD)
	  --no-diagram       leave out the Mermaid timeline diagrams
	  --now TIME         the generation time to record (ISO 8601; also PARLEY_NOW)
	  --view NAME        the dashboard view to record (as the e key does), e.g. tracks

	Examples
	  $ parley
	  $ parley ~/news/gaza --knowledge my-actors.json
	  $ parley extract --json data/reports | jq '.reports[].venues'
	  $ parley export --track Cairo --since 2024-08-01 --out cairo.md
	  $ parley export reports/ --query "term:hostage-release" > hostages.md

	Exit codes: 0 ok, 1 runtime error, 2 incorrect usage.
`;
