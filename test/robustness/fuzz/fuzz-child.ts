/**
 * Runs fuzz cases in a child process so the parent can time out a hang (the
 * loader is mostly synchronous: a hang inside it would block any in-process timer).
 * argv: seed, first index, last index (exclusive), step, long (0/1).
 * Progress lines go to fd 3 with synchronous writes, so a "start" line is out
 * before the case runs even if the case then hangs.
 */
import {readFileSync, writeSync} from 'node:fs';
import {loadKnowledge} from '../../../source/core/knowledge/load-knowledge.js';
import {FAMILIES} from './families.js';
import {caseSeed, mulberry32} from './prng.js';
import {loadBaseline, runCase, type LoadMode} from './run-case.js';

const [seed, from, to, step, long] = process.argv.slice(2).map(Number) as [number, number, number, number, number];
const goodText = readFileSync(new URL('../../fixtures/robustness/good-report.md', import.meta.url), 'utf8');
const send = (message: object) => writeSync(3, `${JSON.stringify(message)}\n`);

const knowledge = loadKnowledge();
const baseline = await loadBaseline(goodText, knowledge).catch((error: Error) => {
	send({type: 'fatal', message: error.message});
	process.exit(2);
});
for (let index = from; index < to; index += step) {
	const family = FAMILIES[index % FAMILIES.length]!;
	const rng = mulberry32(caseSeed(seed, index));
	const fuzzCase = family.make({rng, goodText, long: long === 1, round: Math.floor(index / FAMILIES.length)});
	const drawn: LoadMode = rng.chance(0.92) ? 'in-process' : rng.chance(0.6) ? 'cache' : 'workers';
	const mode = fuzzCase.plainLoadOnly ? 'in-process' : drawn;
	send({type: 'start', index, family: family.name, variant: fuzzCase.variant, mode});
	const started = performance.now();
	const problems = await runCase(fuzzCase, mode, goodText, baseline, knowledge);
	// At most 50 problems per message: a huge line could fill the pipe, and a synchronous write to a full pipe fails.
	const shown = problems.length > 50 ? [...problems.slice(0, 50), `and ${problems.length - 50} more`] : problems;
	send({type: 'done', index, problems: shown, ms: performance.now() - started, rss: process.memoryUsage().rss});
}
send({type: 'end'});
