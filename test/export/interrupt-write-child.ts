// Child process for interrupted-write.test.ts: starts writing a large snapshot,
// waits (on the event loop, no timers) until its temporary file exists, then
// sends itself the signal named in argv[3], as Ctrl-C or `kill` would.
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {writeSnapshotFile} from '../../source/core/markdown/index.js';

const [dir, signal] = process.argv.slice(2) as [string, NodeJS.Signals];
void writeSnapshotFile('x'.repeat(64 * 1024 * 1024), {path: join(dir, 'brief.md')}).then(() => {
	process.stdout.write('finished before the signal\n');
});
const waitForTemp = () => {
	if (readdirSync(dir).some((f) => f.endsWith('.tmp'))) process.kill(process.pid, signal);
	else setImmediate(waitForTemp);
};
waitForTemp();
