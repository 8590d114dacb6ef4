import assert from 'node:assert/strict';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {type BoilerplateData, compileBoilerplate, type PatternSpec} from '../../source/core/ingest/load-boilerplate.js';
import {literalAlternation, requiredLiterals} from '../../source/core/ingest/required-literals.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bundled = (JSON.parse(readFileSync(join(root, 'data/knowledge/boilerplate.json'), 'utf8')) as {boilerplate: BoilerplateData}).boilerplate;
const sourceOf = (spec: PatternSpec) => (typeof spec === 'string' ? spec : spec.pattern);
const flagsOf = (spec: PatternSpec) => (typeof spec === 'string' ? 'i' : (spec.flags ?? 'i'));

test('required literals of plain patterns, those after \\b as word starts', () => {
	const atWordStart = (atWordStart: string[]) => ({atWordStart, anywhere: []});
	assert.deepEqual(requiredLiterals('\\bfree trial\\b'), atWordStart(['free trial']));
	assert.deepEqual(requiredLiterals('\\bnewsletters?\\b'), atWordStart(['newsletters', 'newsletter']));
	assert.deepEqual(requiredLiterals('\\b(your|a) (gift|donation)\\b'), atWordStart(['your gift', 'your donation', 'a gift', 'a donation']));
	// A repeated or open-ended part splits the pattern; the longest certain piece is kept.
	assert.deepEqual(requiredLiterals('\\bsupport (our|this)\\b.{0,40}\\bjournalism\\b'), atWordStart(['journalism']));
	assert.deepEqual(requiredLiterals('\\bloyal [\\w.]+ reader\\b'), atWordStart(['loyal ']));
	assert.deepEqual(requiredLiterals('^(photo|image)s?\\s*:\\s*.{1,100}$'), {atWordStart: [], anywhere: ['photo', 'image']});
	assert.deepEqual(requiredLiterals('\\((ap|afp)\\)\\.?$'), {atWordStart: [], anywhere: ['(ap).', '(ap)', '(afp).', '(afp)']});
	assert.deepEqual(requiredLiterals('["“]quoted[-—] x+'), {atWordStart: [], anywhere: ['"quoted- ', '"quoted— ', '“quoted- ', '“quoted— ']});
	assert.deepEqual(requiredLiterals('copyright(?= \\d{4})'), {atWordStart: [], anywhere: ['copyright']});
	assert.deepEqual(requiredLiterals('(?<name>sign) up'), {atWordStart: [], anywhere: ['sign up']});
	// After \b but not a word character: no word start to rely on.
	assert.deepEqual(requiredLiterals('\\b\\(c\\)'), {atWordStart: [], anywhere: ['(c)']});
});

test('the prefilter regex tries word-start literals only at word starts', () => {
	const source = literalAlternation([requiredLiterals('\\bnewsletters?\\b')!, requiredLiterals('\\((ap|afp)\\)')!]);
	assert.equal(source, '\\b(?:newsletter)|\\(ap\\)|\\(afp\\)');
	const prefilter = new RegExp(source, 'i');
	assert.ok(prefilter.test('Sign up for our NEWSLETTERS'));
	assert.ok(prefilter.test('Talks resumed (AFP)'));
	assert.ok(!prefilter.test('the enewsletter'));
});

test('patterns that can match without a literal, or whose syntax is not read, have none', () => {
	for (const source of ['\\w+', '^(a|\\d+)$', 'x?y?', '[a-z]{3}', '(?:cookie)*', '\\u00a9 2024', '(a)\\1', '\\p{L}', 'a|', '[]x', '(?<!x)']) {
		assert.equal(requiredLiterals(source), null, source);
	}
});

test('every match of every bundled boilerplate pattern contains one of its required literals', () => {
	const lines = corpusLines();
	let checked = 0;
	for (const specs of Object.values(bundled)) {
		if (!Array.isArray(specs)) continue;
		for (const spec of specs as PatternSpec[]) {
			const literals = requiredLiterals(sourceOf(spec));
			if (!literals) continue;
			const flags = flagsOf(spec).replace(/[gy]/g, '');
			const pattern = new RegExp(sourceOf(spec), flags + 'g');
			const prefilter = new RegExp(literalAlternation([literals]), flags);
			for (const line of lines) {
				for (const match of line.matchAll(pattern)) {
					if (!match[0]) continue;
					checked++;
					assert.ok(prefilter.test(match[0]), `${sourceOf(spec)} matched ${JSON.stringify(match[0])} without a literal`);
				}
			}
		}
	}
	assert.ok(checked > 200, `only ${checked} matches checked`);
});

test('the prefiltered rules give what the plain regexes give on every line', () => {
	const rules = compileBoilerplate(bundled);
	const plain = (list: keyof BoilerplateData, extra: string) => {
		const byFlags = new Map<string, string[]>();
		for (const spec of (bundled[list] ?? []) as PatternSpec[]) byFlags.set(flagsOf(spec), [...(byFlags.get(flagsOf(spec)) ?? []), sourceOf(spec)]);
		return [...byFlags].map(([flags, sources]) => new RegExp(sources.map((s) => `(?:${s})`).join('|'), flags + extra));
	};
	const test = (list: keyof BoilerplateData) => {
		const regexes = plain(list, '');
		return (line: string) => regexes.some((re) => re.test(line));
	};
	const count = (list: keyof BoilerplateData) => {
		const regexes = plain(list, 'g');
		return (line: string) => regexes.reduce((n, re) => n + [...line.matchAll(re)].filter((m) => m[0]).length, 0);
	};
	const expected = {
		keepLine: test('keepLines'),
		captionMarker: test('captionMarkers'),
		junkLine: test('junkLines'),
		creditLine: test('creditLines'),
		strongCues: count('strongPromoCues'),
		weakCues: count('weakPromoCues'),
	};
	let flagged = 0;
	for (const line of corpusLines()) {
		for (const [name, reference] of Object.entries(expected)) {
			const got = rules[name as keyof typeof expected](line);
			assert.equal(got, reference(line), `${name}: ${JSON.stringify(line)}`);
			if (got) flagged++;
		}
	}
	assert.ok(flagged > 100, `only ${flagged} positive results`);
});

/** Lines of the test fixtures and bundled reports, with promotion and caption lines in several cases and spacings. */
function corpusLines(): string[] {
	const lines = [
		'SUBSCRIBE NOW to keep reading. Already a subscriber? Log in',
		'You have read 3 of 5 free articles this month. Register for free to continue reading',
		'Please consider supporting our independent journalism with a donation today.',
		'Sign up for our newsletter — breaking news alerts, delivered straight to your inbox',
		'Photo: Reuters/Ahmed Jadallah (AP Photo/John Doe) · File photo via Getty Images',
		'He CONTRIBUTED REPORTING from Cairo. Read the full story here.',
		'Buy the book now; pre-order the hardcover; signed copies available now for pre-order',
		'Download the free app and turn on notifications. Thank you for reading!',
		'We use cookies. Privacy Policy | Terms of Service | Cookie Settings',
		'“The road ahead”, by Jane Doe',
		'Mediators said the ceasefire talks would resume in Cairo, according to officials.',
	];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (/\.(txt|md|html|json|jsonl|rss|atom)$/.test(name)) lines.push(...readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.length < 3000));
		}
	};
	walk(join(root, 'test/fixtures/corpus'));
	walk(join(root, 'test/fixtures/ingest'));
	walk(join(root, 'data/reports'));
	return lines;
}
