import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {compileKnowledge} from '../../source/core/knowledge/compile-knowledge.js';
import {loadKnowledge} from '../../source/core/knowledge/load-knowledge.js';
import {compilePrefilter, mayMatch, regexPrefilter, TextGrams} from '../../source/core/knowledge/regex-prefilter.js';

/** Whether the prefilter of `pattern` lets `text` through. */
function passes(pattern: string, text: string): boolean {
	const grams = new TextGrams();
	grams.load(text.toLowerCase());
	return mayMatch(compilePrefilter(regexPrefilter(pattern)), grams);
}

test('a pattern yields the literals every match holds, lowercase, cheapest clause first', () => {
	assert.deepEqual(regexPrefilter('consulate in Damascus'), [['consulate in damascus']]);
	assert.deepEqual(regexPrefilter('Russia(?:\'s|’s)? invasion of Ukraine'), [[' invasion of ukraine'], ['russia']]);
	assert.deepEqual(regexPrefilter('\\bOct(?:ober|\\.)? 7\\b(?!,? \\d{4})'), [['october 7', 'oct. 7', 'oct 7']]);
	assert.deepEqual(regexPrefilter('Hezbollah (?:launched|fired) rockets'), [['hezbollah launched rockets', 'hezbollah fired rockets']]);
	// A positive lookaround's content is somewhere in the text; a negative one's says nothing.
	assert.deepEqual(regexPrefilter('(?:Doha deal)(?:(?<=\\bTaliban\\b.*)|(?=.*\\bTaliban\\b))'), [['doha deal'], ['taliban']]);
	assert.deepEqual(regexPrefilter('Hamas (?!(?:\\w+ ){0,3}?not\\b)accepted'), [['hamas accepted']]);
	// Repeated at least once: one occurrence is needed.
	assert.deepEqual(regexPrefilter('(?:truce )+ended'), [['truce '], ['ended']]);
});

test('what a pattern cannot be sure of yields no clause', () => {
	for (const pattern of ['ab', 'a.c', '[A-Z]+ talks?', '(?:talks)?', 'talk*', '(\\w+) \\1', 'x|talks', '\\d{4}', 'Zürich', '(?:talks|a)', '(unclosed', 'closed)'])
		assert.deepEqual(regexPrefilter(pattern).filter((clause) => clause.includes('talks') || clause.includes('zürich')), [], pattern);
	assert.deepEqual(regexPrefilter('(unclosed'), []);
	assert.deepEqual(regexPrefilter('closed) talks'), []);
});

test('the prefilter never turns away a text its pattern matches', () => {
	const patterns = [
		'Hamas(?:\'s|’s)? (?:deadly )?attack on Israel',
		'talks[^.]{0,80}Rome',
		'cease-?fire ended',
		'truce\\s+ended',
		'x{2,}yz',
		'(?:first|second) (?:round|meeting)',
		'Doha summit|Cairo talks',
		'(?<q>["“])talks\\k<q>',
		'(\\w+) and \\1 met',
		'\\u0041nkara talks',
		'U\\.S\\.-brokered (?:deal|truce)',
		'a{0}talks',
		'(?:the )?(?:US |U\\.S\\. )?Congress\\b',
		'(?:(?:a|b)(?:c|d)(?:e|f)(?:g|h)(?:i|j)) summit',
		'Bürgenstock (?:summit|conference)',
		'talks\\b(?=.*\\bOman\\b)|\\bOman\\b.*talks',
	];
	const texts = [
		'HAMAS attack on Israel',
		'hamas’s deadly attack on israel',
		'talks, then Rome',
		'CEASEFIRE ENDED and cease-fire ended',
		'truce \n ended',
		'xxxyz',
		'the SECOND MEETING',
		'cairo talks',
		'"talks"',
		'Putin and Putin met',
		'ankara talks',
		'the U.S.-brokered truce',
		'talks',
		'US Congress',
		'the congress',
		'adfhj summit',
		'bürgenstock conference',
		'BÜRGENSTOCK SUMMIT',
		'Oman hosted talks',
		'talks in OMAN',
	];
	for (const pattern of patterns) {
		const regex = new RegExp(pattern, 'i');
		for (const text of texts) if (regex.test(text)) assert.ok(passes(pattern, text), `${pattern} on ${text}`);
	}
});

test('no event pattern of the knowledge loses a match in the fixture reports', () => {
	const events = compileKnowledge(loadKnowledge()).events;
	const grams = new TextGrams();
	const root = 'test/fixtures/corpus';
	let matches = 0;
	for (const dir of readdirSync(root)) {
		for (const file of readdirSync(join(root, dir))) {
			for (const line of readFileSync(join(root, dir, file), 'utf8').split(/(?<=[.!?])\s+|\n/)) {
				grams.load(line.toLowerCase());
				for (const e of events) {
					e.regexes.forEach((regex, i) => {
						if (!regex.test(line)) return;
						matches++;
						assert.ok(mayMatch(e.prefilters[i]!, grams), `${e.id} #${i} on ${line}`);
					});
				}
			}
		}
	}
	assert.ok(matches > 50, `only ${matches} matches: the fixtures no longer exercise the event patterns`);
});

test('the gram set tells a missing literal without losing a present one', () => {
	const grams = new TextGrams();
	const [present, absent, short] = compilePrefilter([['doha talks', 'cairo talks', 'ab']])[0]!;
	grams.load('the doha talks resumed');
	assert.equal(grams.contains(present!), true);
	assert.equal(grams.contains(absent!), false);
	assert.equal(grams.contains(short!), false);
	// Loading another text forgets the first.
	grams.load('cairo talks');
	assert.equal(grams.contains(present!), false);
	assert.equal(grams.contains(absent!), true);
});
