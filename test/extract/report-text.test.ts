import assert from 'node:assert/strict';
import {test} from 'node:test';
import {PhraseMatcher} from '../../source/core/knowledge/phrase-matcher.js';
import {buildReportText} from '../../source/core/knowledge/report-text.js';

test('each sentence is a range of the flat text', () => {
	for (const texts of [['Talks in Doha.', 'ΟΔΟΣ Σ.', 'Iran and Israel'], ['İstanbul talks resumed.', '', 'x'], []]) {
		const report = buildReportText(texts);
		texts.forEach((text, i) => assert.equal(report.text.slice(report.starts[i], report.ends[i]), text));
	}
});

test('a phrase scan of a range finds what a scan of that range alone finds', () => {
	const matcher = new PhraseMatcher<string>([['Iran', 'Iran'], ['Iran International', 'outlet'], ['U.S.', 'United States'], ['Doha', 'Doha']]);
	const texts = ['Iran International reported', 'the U.S.', 'Iranian talks in Doha', 'Doha', 'Iran'];
	const report = buildReportText(texts);
	texts.forEach((text, i) => assert.deepEqual(matcher.matchAll(report.text, report.starts[i], report.ends[i]), matcher.matchAll(text), text));
	// A phrase must not run past the range: "Iran" ends sentence 4, "Iran International" would need the next line.
	const cut = buildReportText(['in Iran', 'International reaction']);
	assert.deepEqual(matcher.matchAll(cut.text, cut.starts[0], cut.ends[0]).map((m) => m.text), ['Iran']);
});
