#!/usr/bin/env node
import meow, {type AnyFlags} from 'meow';
import {assertPathsExist, EXIT_OK, reportError, UsageError, unknownFlags} from './commands/cli-errors.js';
import {runExport} from './commands/export.js';
import {runExtract} from './commands/extract.js';
import {exitQuietlyOnEpipe} from './commands/write-stdout.js';
import {bundledReportsDir} from './core/package-paths.js';

const COMMANDS = ['dashboard', 'extract', 'export'] as const;

/** Every flag Parley knows; anything else is an unknown-flag error (exit 2). */
const FLAGS = {
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
} satisfies AnyFlags;

const cli = meow(
	`
	Usage
	  $ parley [dashboard] [paths...]    open the dashboard (default: the bundled reports)
	  $ parley extract [paths...]        print the facts of each report
	  $ parley export [paths...]         write a Markdown snapshot of the comparison

	Paths are report files or folders (read recursively). Without paths Parley
	reads its bundled reports.

	Options for every command
	  --knowledge FILE   merge a knowledge file over the bundled ones (repeatable)
	  --debug            show stack traces of runtime errors
	  --help, -h         show this help
	  --version          show Parley's version

	Dashboard
	  --snapshot-dir DIR where the e key writes snapshots (default: the working folder)

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

	Examples
	  $ parley
	  $ parley ~/news/gaza --knowledge my-actors.json
	  $ parley extract --json data/reports | jq '.reports[].venues'
	  $ parley export --track Cairo --since 2024-08-01 --out cairo.md
	  $ parley export reports/ --query "term:hostage-release" > hostages.md

	Exit codes: 0 ok, 1 runtime error, 2 incorrect usage.
`,
	{
		importMeta: import.meta,
		autoHelp: false,
		autoVersion: false,
		allowUnknownFlags: true,
		flags: FLAGS,
	},
);

type Command = (typeof COMMANDS)[number];

/** The command and its paths: the first word when it names a command, else the dashboard. */
function parseInput(input: string[]): {command: Command; paths: string[]} {
	const [first, ...rest] = input;
	if ((COMMANDS as readonly string[]).includes(first ?? '')) return {command: first as Command, paths: rest};
	return {command: 'dashboard', paths: input};
}

async function main(): Promise<number> {
	const unknown = unknownFlags(cli.unnormalizedFlags, [...Object.keys(FLAGS), 'h']);
	if (unknown.length) throw new UsageError(`unknown flag${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`);
	if (cli.flags.help) cli.showHelp(0);
	if (cli.flags.version) cli.showVersion();
	const {command, paths: given} = parseInput(cli.input);
	if (command === 'dashboard' && given.length === 1 && !given[0]!.includes('/') && !given[0]!.includes('.')) {
		assertPathsExist(given, `unknown command or path "${given[0]}" (commands: ${COMMANDS.join(', ')})`);
	}
	assertPathsExist(given);
	const paths = given.length ? given : [bundledReportsDir()];
	if (command === 'extract') return runExtract(paths, cli.flags);
	if (command === 'export') return runExport(paths, cli.flags);
	process.stderr.write('parley: the dashboard is not built yet\n');
	return 1;
}

exitQuietlyOnEpipe();
main().then(
	(code) => {
		process.exitCode = code ?? EXIT_OK;
	},
	(error: unknown) => {
		process.exitCode = reportError(error, cli.flags.debug);
	},
);
