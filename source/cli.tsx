#!/usr/bin/env node
import meow from 'meow';
import {runExtract} from './commands/extract.js';
import {bundledReportsDir} from './core/package-paths.js';

const cli = meow(
	`
	Usage
	  $ parley [paths...]                 open the dashboard (default: the bundled reports)
	  $ parley extract <paths...> [--json] [--with-text]
	  $ parley export [paths...] [--out FILE]

	Options
	  --json             extract: print the JSON document of facts
	  --with-text        extract: include each report's cleaned text in the JSON
	  --knowledge FILE   merge a knowledge file over the bundled ones (repeatable)
`,
	{
		importMeta: import.meta,
		flags: {
			json: {type: 'boolean', default: false},
			withText: {type: 'boolean', default: false},
			knowledge: {type: 'string', isMultiple: true, default: []},
		},
	},
);

async function main(): Promise<number> {
	const [command, ...rest] = cli.input;
	if (command === 'extract') {
		return runExtract(rest.length ? rest : [bundledReportsDir()], cli.flags);
	}
	process.stderr.write('parley: the dashboard is not built yet\n');
	return 1;
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: Error) => {
		process.stderr.write(`parley: ${error.message}\n`);
		process.exitCode = 1;
	},
);
