import assert from 'node:assert/strict';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {extractEntities} from '../../source/core/extract/extract-entities.js';
import {splitSentences} from '../../source/core/extract/split-sentences.js';
import {compileKnowledge, resolveRole} from '../../source/core/knowledge/compile-knowledge.js';
import {loadKnowledge} from '../../source/core/knowledge/load-knowledge.js';

test('a dated role resolves to its holder on that date', () => {
	const k = compileKnowledge(loadKnowledge());
	assert.equal(resolveRole(k, 'intelligence chief', 'Egypt', '2024-08-15')?.name, 'Abbas Kamel');
	assert.equal(resolveRole(k, 'intelligence chief', 'Egypt', '2025-04-14')?.name, 'Hassan Rashad');
	assert.equal(resolveRole(k, 'CIA Director', 'United States', '2024-10-31')?.name, 'William Burns');
	assert.equal(resolveRole(k, 'CIA Director', 'United States', '2025-03-01')?.name, 'John Ratcliffe');
});

test('compiled knowledge is cached per version', () => {
	const knowledge = loadKnowledge();
	assert.equal(compileKnowledge(knowledge), compileKnowledge(loadKnowledge()));
});

test('a user knowledge file adds actors, venues and conflicts', () => {
	const dir = mkdtempSync(join(tmpdir(), 'parley-knowledge-'));
	const file = join(dir, 'extra.json');
	const text = 'Talks between Freedonia and Sylvania, hosted by the Ruritanian mediators, resumed in Zenda on Monday.';
	const before = extractEntities(splitSentences(text), compileKnowledge(loadKnowledge()));
	assert.deepEqual(before.venues, []);
	writeFileSync(
		file,
		JSON.stringify({
			actors: [
				{name: 'Freedonia', type: 'state'},
				{name: 'Sylvania', type: 'state'},
				{name: 'Ruritania', type: 'state', demonyms: ['Ruritanian']},
			],
			venues: [{name: 'Zenda', country: 'Ruritania'}],
		}),
	);
	const extended = loadKnowledge([file]);
	const after = extractEntities(splitSentences(text), compileKnowledge(extended));
	assert.deepEqual(after.venues, ['Zenda']);
	assert.deepEqual(after.parties.map((p) => p.name).sort(), ['Freedonia', 'Sylvania']);
	assert.deepEqual(after.mediators.map((m) => m.name), ['Ruritania']);
});

test('the bundled entity knowledge is consistent: names it refers to exist, dates parse, patterns compile', () => {
	const k = compileKnowledge(loadKnowledge());
	const known = (name: string) => k.actorByName.has(name);
	for (const c of k.conflicts) {
		for (const name of [...c.sides.flat(), ...(c.mediators ?? [])]) assert.ok(known(name), `${c.id}: unknown actor ${name}`);
		if (c.start) assert.match(c.start, /^\d{4}-\d{2}-\d{2}$/);
	}
	for (const actor of k.actorByName.values()) {
		if (actor.type === 'person' && actor.country) assert.ok(known(actor.country), `${actor.name}: unknown country ${actor.country}`);
		for (const role of actor.roles ?? []) {
			for (const d of [role.from, role.to]) if (d) assert.ok(!Number.isNaN(Date.parse(d)), `${actor.name}: bad date ${d}`);
			if (role.from && role.to) assert.ok(role.from < role.to, `${actor.name}: role ends before it starts`);
		}
	}
	for (const e of k.events) {
		assert.ok(!Number.isNaN(Date.parse(e.date)), `${e.id}: bad date`);
		for (const t of e.triggers ?? []) assert.equal(t, t.toLowerCase(), `${e.id}: triggers are lowercase`);
	}
});
