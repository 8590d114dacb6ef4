import assert from 'node:assert/strict';
import {test} from 'node:test';
import {compileCues} from '../../source/core/extract/cues/compile-cues.js';
import {readCueSpec} from '../../source/core/extract/cues/cue-spec.js';
import {extractTerms} from '../../source/core/extract/extract-terms.js';
import {mergeKnowledge} from '../../source/core/knowledge/load-knowledge.js';
import {splitSentences} from '../../source/core/extract/split-sentences.js';
import {contextOf, knowledgeWith} from './terms-context.js';

const minimal = () => ({
	lists: {negotiation: ['deal']},
	terms: {ceasefire: [{cue: ['truce']}]},
	obstacles: {},
	momentum: {progress: ['progress'], stalled: ['stalled'], context: ['talks'], hedges: []},
	attributes: {categories: {}, scopes: {}},
});

test('the bundled cues are valid and cover every term and obstacle kind', () => {
	const spec = readCueSpec(contextOf('').knowledge.data);
	assert.ok(Object.keys(spec.terms).length >= 14);
	assert.ok(Object.keys(spec.obstacles).length >= 10);
});

test('a missing cues key is reported clearly', () => {
	assert.throws(() => readCueSpec({}), /"cues" is missing/);
});

test('an unknown kind names its path', () => {
	const cues = {...minimal(), terms: {truce: [{cue: ['truce']}]}};
	assert.throws(() => readCueSpec({cues}), /cues\.terms\.truce: "truce" is not a known kind/);
});

test('a rule with neither cue nor term, or an unknown list, is rejected', () => {
	assert.throws(() => readCueSpec({cues: {...minimal(), terms: {ceasefire: [{near: [['deal']]}]}}}), /cues\.terms\.ceasefire\[0\] needs exactly one of "cue" or "term"/);
	assert.throws(() => readCueSpec({cues: {...minimal(), terms: {ceasefire: [{cue: ['@nope']}]}}}), /refers to unknown list "@nope"/);
	assert.throws(() => readCueSpec({cues: {...minimal(), terms: {ceasefire: [{cue: 'truce'}]}}}), /cues\.terms\.ceasefire\[0\]\.cue must be an array/);
});

test('an invalid regular expression names where it is', () => {
	const knowledge = knowledgeWith({cues: {...minimal(), terms: {ceasefire: [{cue: ['truce(']}]}}});
	assert.throws(() => compileCues(knowledge), /cues\.terms\.ceasefire\[0\]\.cue: invalid pattern/);
});

test('compiled cues are cached per knowledge object', () => {
	const knowledge = knowledgeWith({cues: minimal()});
	assert.equal(compileCues(knowledge), compileCues(knowledge));
});

test('a user file can extend the cue lexicon', () => {
	const text = 'The deal provides for a stand-down along the line of contact.';
	const base = contextOf(text).knowledge;
	assert.ok(!extractTerms(contextOf(text)).some((t) => t.kind === 'ceasefire'));
	const extended = {...base, data: mergeKnowledge(base.data, {cues: {terms: {ceasefire: [{cue: ['stand-down']}]}}})};
	const terms = extractTerms({text, sentences: splitSentences(text), knowledge: extended});
	assert.equal(terms.find((t) => t.kind === 'ceasefire')?.text, 'stand-down along the line of contact');
});

test('the word gate never hides a match: gated and plain regexes agree on every corpus sentence', async () => {
	const {readdirSync, readFileSync} = await import('node:fs');
	const {join} = await import('node:path');
	const {prepareSentences, testCue} = await import('../../source/core/extract/cues/match-cues.js');
	const root = new URL('../fixtures/corpus/', import.meta.url).pathname;
	const cues = compileCues(contextOf('').knowledge);
	const all = [cues.negotiation, cues.momentum.progress, cues.momentum.stalled, cues.momentum.context];
	for (const kind of [...cues.terms, ...cues.obstacles]) {
		for (const rule of kind.rules) all.push(...(rule.cue ? [rule.cue] : []), ...rule.near, ...(rule.unless ? [rule.unless] : []));
	}
	let checked = 0;
	for (const set of readdirSync(root)) {
		for (const file of readdirSync(join(root, set)).filter((f) => f.endsWith('.txt'))) {
			const text = readFileSync(join(root, set, file), 'utf8');
			for (const s of prepareSentences(cues, splitSentences(text))) {
				for (const cue of all) {
					cue.re.lastIndex = 0;
					const plain = cue.re.test(s.text);
					cue.re.lastIndex = 0;
					assert.equal(testCue(cue, s), plain, `${cue.re.source.slice(0, 60)} on "${s.text.slice(0, 80)}"`);
					checked++;
				}
			}
		}
	}
	assert.ok(checked > 10_000);
});

test('a cue gated only in part (an alternative starting with a quote) finds what a scan with the whole cue finds', async () => {
	const {prepareSentences, testCue, nextStart, matchEnd} = await import('../../source/core/extract/cues/match-cues.js');
	const base = contextOf('').knowledge;
	const extended = {...base, data: mergeKnowledge(base.data, {cues: {terms: {ceasefire: [{cue: ['lull( in fighting)?', '"quiet period"', 'quiet']}]}}})};
	const cues = compileCues(extended);
	const cue = cues.terms.find((k) => k.kind === 'ceasefire')!.rules.at(-1)!.cue!;
	assert.ok(cue.gated && cue.rest, 'the cue is gated with a scanned rest');
	const texts = [
		'A lull in fighting, then the"quiet period" and a quiet lull.',
		'No"quiet period" here, only a"quiet period"again.',
		'Nothing of the kind.',
		'the"quiet period" lull',
		'lull lull"quiet period"quiet',
	];
	for (const text of texts) {
		for (const s of prepareSentences(cues, splitSentences(text))) {
			const plain: Array<[number, string]> = [];
			for (let from = 0; ; ) {
				cue.re.lastIndex = from;
				const m = cue.re.exec(s.text);
				if (!m) break;
				plain.push([m.index, m[0]]);
				from = m.index + 1;
			}
			cue.re.lastIndex = 0;
			assert.equal(testCue(cue, s), plain.length > 0, s.text);
			const gated: Array<[number, string]> = [];
			for (let at = nextStart(cue, s, 0); at >= 0; at = nextStart(cue, s, at + 1)) gated.push([at, s.text.slice(at, matchEnd())]);
			assert.deepEqual(gated, plain, s.text);
		}
	}
});
