import assert from 'node:assert/strict';
import {test} from 'node:test';
import {normalizeWhitespace} from '../../source/core/ingest/normalize-whitespace.js';
import {identityText} from '../../source/core/ingest/offset-map.js';

test('clean lines and lines with irregular gaps normalise alike, with an exact map', () => {
	const source = [
		'Talks resumed in Doha on Monday.',
		'  Padded  line with   runs of spaces ',
		'A\u00a0no-break space, a\u200bzero-width joiner and a\ttab.',
		'',
		'\u2003',
		'Last clean line.',
	].join('\r\n');
	const out = normalizeWhitespace(identityText(source));
	assert.equal(out.text, 'Talks resumed in Doha on Monday.\nPadded line with runs of spaces\nA no-break space, azero-width joiner and a tab.\nLast clean line.');
	for (const [c, o, n] of out.map) assert.equal(out.text.slice(c, c + n), source.slice(o, o + n));
	// The clean first line is one verbatim segment.
	assert.deepEqual(out.map[0], [0, 0, 'Talks resumed in Doha on Monday.'.length]);
});

test('hard-wrapped lines of a clean text join with a space', () => {
	const wrapped = [
		'The mediators said on Monday that the two sides had agreed to',
		'continue the talks in Cairo next week, after a pause of several',
		'days in which neither delegation had met the other directly or',
		'through the Qatari and Egyptian officials who carry the proposals.',
	].join('\n');
	const out = normalizeWhitespace(identityText(wrapped), {joinLines: 'auto'});
	assert.equal(out.text, wrapped.replaceAll('\n', ' '));
});
