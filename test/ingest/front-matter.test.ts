import assert from 'node:assert/strict';
import {test} from 'node:test';
import {parseDocument} from 'yaml';
import {readFrontMatter} from '../../source/core/ingest/front-matter.js';

// Values the "key: value" fast path must read as YAML does, or leave to YAML.
const VALUES = [
	'2023-11-11', '"Quoted ’ title"', 'Associated Press', 'https://x.org/a?b=c#d', '12', '1.5', '.5', '1e3', 'true', 'False',
	'null', '~', 'NULL', '.inf', '-.Inf', '.NaN', '0x1F', '0o17', '+12', '-3', 'yes', 'a: b', 'a #c', 'a#c', 'x:',
	'"a\\"b"', "'single'", '"unterminated', '- item', '[a, b]', '{a: 1}', '*alias', '&anchor x', '!tag x', '|', '>', '@x',
	'naïve café', 'emoji 😀', 'a\u00a0b', 'tab\tx', '12:30', '1_000', "Israel's war", 'a "b" c', '1.', '+.5e-3', '""',
	'x\u2028y', 'a\\b', '?x', ':x',
];

test('front matter read by the fast path is what YAML reads', () => {
	for (const value of VALUES) {
		for (const yaml of [`title: ${value}`, `title: ${value}\ndate:  2024-01-02`, `a: x\ntitle: ${value} `]) {
			const read = readFrontMatter(`---\n${yaml}\n---\nBody.`);
			assert.deepEqual(JSON.parse(JSON.stringify(read.data)), yamlData(yaml), JSON.stringify(yaml));
		}
	}
});

// What YAML makes of the text as a map, or {} when it fails or is no map.
function yamlData(yaml: string): unknown {
	try {
		const doc = parseDocument(yaml, {prettyErrors: false});
		const data: unknown = doc.errors.length ? {} : doc.toJS();
		return data && typeof data === 'object' && !Array.isArray(data) ? JSON.parse(JSON.stringify(data)) : {};
	} catch {
		return {};
	}
}

test('front matter with a repeated key is left to YAML, which reports it', () => {
	const read = readFrontMatter('---\ntitle: a\ntitle: b\n---\nBody.');
	assert.deepEqual(read.data, {});
	assert.match(read.problem ?? '', /broken front matter/);
});
