// Child process for interrupted-write.test.ts: starts writing a large snapshot,
// waits (on the event loop, no timers) until its temporary file exists, then
// sends itself the signal named in argv[3], as Ctrl-C or `kill` would. With a
// fourth argument, an earlier handler of that signal exits the process first.
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {writeSnapshotFile} from '../../source/core/markdown/index.js';

const [dir, signal, guard] = process.argv.slice(2) as [string, NodeJS.Signals, string | undefined];
// Like the dashboard's terminal guard: a handler registered first that exits at once.
if (guard) process.on(signal, () => process.exit(99));
void writeSnapshotFile('x'.repeat(64 * 1024 * 1024), {path: join(dir, 'brief.md')}).then(() => {
	process.stdout.write('finished before the signal\n');
});
const waitForTemp = () => {
	if (readdirSync(dir).some((f) => f.endsWith('.tmp'))) process.kill(process.pid, signal);
	else setImmediate(waitForTemp);
};
waitForTemp();
