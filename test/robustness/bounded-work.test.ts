import assert from 'node:assert/strict';
import {test} from 'node:test';
import {extractReport} from '../../source/core/extract/extract-report.js';
import {MAX_SENTENCE_CHARS, splitSentences} from '../../source/core/extract/split-sentences.js';
import {ingestFile} from '../../source/core/ingest/ingest-file.js';
import {MAX_REPORT_CHARS} from '../../source/core/ingest/limits.js';
import {loadKnowledge} from '../../source/core/knowledge/load-knowledge.js';

// Structural checks that keep work linear in the input (no timing): the fuzz suite found
// a 2 MB unpunctuated Markdown paragraph taking 70 s, as one 2 MB "sentence".

test('a paragraph without sentence ends is cut into bounded sentences at spaces, offsets intact', () => {
	const words = Array.from({length: 50_000}, (_, i) => `word${i % 97}`).join(' ');
	const text = `Intro line.\n${words}\nLast line.`;
	const sentences = splitSentences(text);
	assert.ok(sentences.length > words.length / MAX_SENTENCE_CHARS);
	for (const s of sentences) {
		assert.ok(s.text.length <= MAX_SENTENCE_CHARS, `${s.text.length} chars`);
		assert.equal(text.slice(s.start, s.end), s.text);
		assert.ok(!/^\s|\s$/.test(s.text));
	}
	assert.equal(sentences.map((s) => s.text).join(' ').replace('Intro line. ', '').replace(' Last line.', ''), words);
});

test('one word longer than the sentence limit is cut without losing a character', () => {
	const text = 'x'.repeat(MAX_SENTENCE_CHARS * 2 + 5);
	assert.deepEqual(
		splitSentences(text).map((s) => [s.start, s.end]),
		[
			[0, MAX_SENTENCE_CHARS],
			[MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS * 2],
			[MAX_SENTENCE_CHARS * 2, MAX_SENTENCE_CHARS * 2 + 5],
		],
	);
});

test('ordinary sentences are not affected by the limit', () => {
	const text = 'Talks resumed in Doha. U.S. envoy Burns met Mr. Al Thani on Monday. Officials said the talks made progress!';
	assert.deepEqual(
		splitSentences(text).map((s) => s.text),
		['Talks resumed in Doha.', 'U.S. envoy Burns met Mr. Al Thani on Monday.', 'Officials said the talks made progress!'],
	);
});

test('a Markdown file of 60,000 unpunctuated front matter lines extracts with every evidence span in bounds', {timeout: 60_000}, () => {
	const lines = Array.from({length: 60_000}, (_, i) => `key${i}: Hamas and Qatar talks in Doha ${i}`);
	const bytes = Buffer.from(`---\n${lines.join('\n')}\n---\nNegotiators met in Doha.\n`);
	const {reports, warnings} = ingestFile('huge.md', bytes);
	assert.match(warnings[0]!.reason, /front matter longer than/);
	const report = extractReport(reports[0]!, loadKnowledge());
	const text = report.text!;
	for (const e of [...report.mediators, ...report.parties].flatMap((x) => x.evidence)) {
		assert.ok(e.end - e.start <= MAX_SENTENCE_CHARS);
		assert.equal(text.slice(e.start, e.end), e.text);
	}
});

test('a report text over MAX_REPORT_CHARS is cut at a space, with a warning, its offset map still verbatim', () => {
	// Numbered sentences: a repeated one would be collapsed by the duplicate filter.
	const original = Array.from({length: Math.ceil((MAX_REPORT_CHARS * 1.5) / 60)}, (_, i) => `Round ${i} of talks in Doha resumed as Qatar mediated. `).join('');
	const {reports, warnings} = ingestFile('long.txt', Buffer.from(original));
	const report = reports[0]!;
	assert.ok(report.text.length <= MAX_REPORT_CHARS && report.text.length > MAX_REPORT_CHARS * 0.9, `${report.text.length}`);
	assert.ok(!report.text.endsWith(' '));
	assert.ok(warnings.some((w) => w.file === 'long.txt' && /only the first 500000 are read/.test(w.reason)));
	assert.ok(report.warnings.some((w) => /only the first/.test(w)));
	for (const [cleanedStart, originalStart, length] of report.offsetMap) {
		assert.ok(cleanedStart + length <= report.text.length);
		assert.equal(report.text.slice(cleanedStart, cleanedStart + length), original.slice(originalStart, originalStart + length));
	}
});
