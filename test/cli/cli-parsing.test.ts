import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {parseDateFlag, parseNow, UsageError, unknownFlags} from '../../source/commands/cli-errors.js';
import {misplacedFlags} from '../../source/commands/cli-flags.js';

describe('command-line parsing helpers', () => {
	it('accept real calendar days only', () => {
		assert.equal(parseDateFlag('since', '2024-02-29'), '2024-02-29');
		assert.equal(parseDateFlag('since', undefined), undefined);
		for (const bad of ['2023-02-29', '2024-13-01', '2024-8-1', '01/08/2024', 'yesterday']) {
			assert.throws(() => parseDateFlag('since', bad), UsageError, bad);
		}
	});

	it('take the generation time from the flag first, then the environment', () => {
		assert.equal(parseNow('2024-01-02T03:04:05Z', '2030-01-01T00:00:00Z')?.toISOString(), '2024-01-02T03:04:05.000Z');
		assert.equal(parseNow(undefined, '2030-01-01T00:00:00Z')?.toISOString(), '2030-01-01T00:00:00.000Z');
		assert.equal(parseNow(undefined, undefined), undefined);
		assert.throws(() => parseNow(undefined, 'soon'), /PARLEY_NOW wants an ISO 8601 time/);
	});

	it('name unknown flags as the user wrote them', () => {
		const given = {json: true, fooBar: 1, frob: false, x: true};
		assert.deepEqual(unknownFlags(given, ['json'], ['--json', '--foo-bar=1', '--no-frob', '-x']), ['--foo-bar', '--no-frob', '-x']);
	});

	it('find flags given to a command that does not take them, not after --', () => {
		assert.deepEqual(misplacedFlags(['extract', '--json', '--out=a.md', '--no-diagram'], 'extract'), ['--out', '--no-diagram']);
		assert.deepEqual(misplacedFlags(['export', '--out', 'a.md', '--knowledge', 'k.json'], 'export'), []);
		assert.deepEqual(misplacedFlags(['extract', '--', '--out'], 'extract'), []);
		assert.deepEqual(misplacedFlags(['--watch'], 'dashboard'), []);
	});
});
