import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import nlp from 'compromise';
import {compromiseSweep, indexedSweep, namesIn} from '../../source/core/extract/ner-cache.js';

type Sweep = typeof compromiseSweep;

test('the indexed sweep picks and runs the same rules as compromise\'s own, on every fixture sentence', () => {
	const one = (nlp.world() as {methods: {one: {bulkMatch: Sweep}}}).methods.one;
	let sweeps = 0;
	one.bulkMatch = (document, net, methods, opts) => {
		const ours = indexedSweep(document, net, methods, opts);
		assert.deepEqual(ours, compromiseSweep(document, net, methods, opts));
		sweeps++;
		return ours;
	};
	try {
		const root = 'test/fixtures/corpus';
		for (const dir of readdirSync(root).slice(0, 3)) {
			for (const file of readdirSync(join(root, dir))) {
				for (const line of readFileSync(join(root, dir, file), 'utf8').split('\n').slice(0, 12)) {
					if (line.trim()) nlp(line).people().out('array');
				}
			}
		}
		// A match statement the parser compiles to a net goes through the sweep too.
		assert.deepEqual(nlp('Qatar and Egypt mediated the talks in Cairo').match('(#Place|#Country)').out('array'), ['Qatar', 'Egypt', 'Cairo']);
	} finally {
		one.bulkMatch = indexedSweep;
	}
	assert.ok(sweeps > 100, `only ${sweeps} sweeps compared`);
});

test('people and places come out as compromise finds them', () => {
	assert.deepEqual(namesIn('said Egyptian intelligence chief Hassan Rashad met Khalil al-Hayya in Cairo', 'people'), ['Hassan Rashad', 'Khalil al-Hayya']);
	assert.deepEqual(namesIn('talks resumed in Geneva on Monday', 'places'), ['Geneva']);
});
