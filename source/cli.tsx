#!/usr/bin/env node
import meow from 'meow';
import {COMMANDS, FLAGS, HELP, misplacedFlags, type Command} from './commands/cli-flags.js';
import {runDashboard} from './commands/dashboard.js';
import {assertPathsExist, EXIT_OK, exitOnStrayErrors, reportError, UsageError, unknownFlags} from './commands/cli-errors.js';
import {runExport} from './commands/export.js';
import {runExtract} from './commands/extract.js';
import {exitQuietlyOnEpipe} from './commands/write-stdout.js';
import {bundledReportsDir} from './core/package-paths.js';

// Parley checks unknown flags itself (see unknownFlags) for a clearer message than meow's.
const cli = meow(HELP, {importMeta: import.meta, autoHelp: false, autoVersion: false, allowUnknownFlags: true, flags: FLAGS});

/** The command and its paths: the first word when it names a command, else the dashboard. */
function parseInput(input: string[]): {command: Command; paths: string[]} {
	const [first, ...rest] = input;
	if ((COMMANDS as readonly string[]).includes(first ?? '')) return {command: first as Command, paths: rest};
	return {command: 'dashboard', paths: input};
}

async function main(): Promise<number> {
	const unknown = unknownFlags(cli.unnormalizedFlags, [...Object.keys(FLAGS), 'h'], process.argv.slice(2));
	if (unknown.length) throw new UsageError(`unknown flag${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`);
	const {workers} = cli.flags;
	if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) throw new UsageError('--workers wants a whole number, e.g. --workers 2 (0: no worker threads)');
	if (cli.flags.help) cli.showHelp(0);
	if (cli.flags.version) cli.showVersion();
	const {command, paths: given} = parseInput(cli.input);
	const misplaced = misplacedFlags(process.argv.slice(2), command);
	if (misplaced.length) throw new UsageError(`${misplaced.join(', ')} ${misplaced.length > 1 ? 'do' : 'does'} not apply to ${command === 'dashboard' ? 'the dashboard' : command}`);
	if (command === 'dashboard' && given.length === 1 && !given[0]!.includes('/') && !given[0]!.includes('.')) {
		assertPathsExist(given, `unknown command or path "${given[0]}" (commands: ${COMMANDS.join(', ')})`);
	}
	assertPathsExist(given);
	assertPathsExist(cli.flags.knowledge);
	if (cli.flags.snapshotDir) assertPathsExist([cli.flags.snapshotDir], `--snapshot-dir ${cli.flags.snapshotDir}: no such folder`);
	const paths = given.length ? given : [bundledReportsDir()];
	if (command !== 'dashboard') exitOnStrayErrors(() => cli.flags.debug);
	if (command === 'extract') return runExtract(paths, cli.flags);
	if (command === 'export') return runExport(paths, cli.flags);
	return runDashboard(paths, cli.flags);
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
