import {noise, utf8, words, type Family, type GenContext} from './fuzz-case.js';
import type {Rng} from './prng.js';

/** The good report's body, without its front matter. */
export function bodyOf(goodText: string): string {
	return goodText.replace(/^---\n[\s\S]*?\n---\n/, '');
}

const TAGS = ['div', 'p', 'span', 'article', 'section', 'table', 'tr', 'td', 'ul', 'li', 'a', 'b', 'i', 'script', 'style', 'iframe', 'svg', 'template', 'noscript', 'title', 'head', 'body'];

/** Deep nesting, tag soup, unterminated comments/scripts, huge attributes, many siblings. */
export const html: Family = {
	name: 'html',
	make: ({rng, goodText, long}) => {
		const body = bodyOf(goodText);
		const variant = rng.pick(['deep', 'soup', 'huge-attribute', 'siblings', 'wrapped-good', 'entities', 'control-title'] as const);
		let text: string;
		if (variant === 'deep') {
			const depth = rng.size(100, long ? 200_000 : 40_000);
			const tag = rng.pick(TAGS);
			text = `<html><body>${`<${tag}>`.repeat(depth)}${body}${rng.chance(0.5) ? `</${tag}>`.repeat(depth) : ''}</body></html>`;
		} else if (variant === 'soup') {
			const parts: string[] = [];
			for (let i = rng.size(10, 3000); i > 0; i--) {
				const tag = rng.pick(TAGS);
				parts.push(rng.pick([`<${tag} x="${noise(rng, 10, true)}">`, `</${tag}>`, words(rng, rng.int(1, 30)), '<!--', '-->', '<![CDATA[', '&#x110000;', '&amp', '<', '>', `<${tag}`, '"']));
			}
			text = parts.join(rng.pick(['', '\n', ' ']));
		} else if (variant === 'huge-attribute') {
			text = `<html><body><p title="${'x'.repeat(rng.size(1000, 2_000_000))}">${body}</p></body></html>`;
		} else if (variant === 'siblings') {
			text = `<html><body>${Array.from({length: rng.size(100, 60_000)}, () => `<p>${words(rng, 3)}</p>`).join('')}</body></html>`;
		} else if (variant === 'entities') {
			text = `<html><body><p>${'&amp;&lt;&#8212;&nbsp;&bogus;'.repeat(rng.size(10, 100_000))}</p><p>${body}</p></body></html>`;
		} else if (variant === 'control-title') {
			text = `<html><head><title>&#27;[2J&#27;]0;pwned&#7; Talks &#155;31m</title><meta property="og:site_name" content="\u001b[31mWire"></head><body><article><p>${body}</p></article></body></html>`;
		} else {
			text = `<!doctype html><html><head><title>Talks</title></head><body><article>${body.split('\n\n').map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
		}
		return {family: 'html', variant, entries: [{path: `page${rng.pick(['.html', '.htm', '.xhtml'])}`, kind: 'file', bytes: utf8(text), expect: variant === 'wrapped-good' || variant === 'control-title' ? 'load' : 'any'}]};
	},
};

/** YAML front matter bombs (aliases, huge or deep documents, no closing fence) and pathological Markdown. */
export const yamlFrontMatter: Family = {
	name: 'yaml-front-matter',
	make: (ctx) => {
		const {rng, goodText} = ctx;
		const body = bodyOf(goodText);
		const variant = rng.pick(['billion-laughs', 'huge', 'deep', 'unclosed', 'noise', 'merge-keys', 'markdown-deep', 'control-title'] as const);
		const fm = frontMatter(ctx, variant);
		const text = variant === 'markdown-deep' ? `${'> '.repeat(rng.size(100, 20_000))}${body}\n${'  - x\n'.repeat(rng.size(10, 5000))}\n${body}` : `---\n${fm}${variant === 'unclosed' ? '' : '---\n'}${body}`;
		const expect = variant === 'billion-laughs' || variant === 'unclosed' || variant === 'huge' ? 'load-warned' : 'load';
		return {family: 'yaml-front-matter', variant, entries: [{path: `front${rng.pick(['.md', '.markdown'])}`, kind: 'file', bytes: utf8(text), expect}]};
	},
};

function frontMatter({rng}: GenContext, variant: string): string {
	if (variant === 'billion-laughs') {
		const levels = rng.int(4, 12);
		const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
		for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
		return `title: bomb\n${lines.join('\n')}\n`;
	}
	if (variant === 'huge') return Array.from({length: rng.size(5000, 60_000)}, (_, i) => `key${i}: ${words(rng, 4)}`).join('\n') + '\n';
	if (variant === 'deep') {
		const depth = rng.size(50, 20_000);
		return `title: deep\nnest: ${'['.repeat(depth)}1${']'.repeat(depth)}\n`;
	}
	if (variant === 'merge-keys') return 'base: &b {title: merged, x: 1}\nchild: &c {<<: *b, y: 2}\ngrand: {<<: [*b, *c], z: 3}\n<<: *c\n';
	if (variant === 'noise') return `${noise(rng, rng.int(1, 2000))}\n`;
	if (variant === 'control-title') return 'title: "\\e[2J\\e]0;pwned\\a Talks \\x9b31m resume"\noutlet: "\\e[31mWire"\nurl: "https://example.com/\\e[5m"\n';
	return `title: never closed\ndate: 2024-08-15\n`;
}

/** JSON that is not an array of reports: scalars, wrong shapes, deep nesting, truncation, prototype keys. */
export const json: Family = {
	name: 'json-shapes',
	make: ({rng, goodText, long}) => {
		const body = bodyOf(goodText);
		const article = {title: 'Talks', text: body, date: '2024-08-15'};
		const variant = rng.pick(['scalar', 'no-text', 'non-objects', 'deep', 'truncated', 'text-not-string', 'proto', 'many-items', 'jsonl-mixed', 'wrapped'] as const);
		let text: string;
		let ext = '.json';
		let expect: 'warn' | 'load' | 'any' = 'any';
		if (variant === 'scalar') [text, expect] = [rng.pick(['42', '"a string"', 'null', 'true', '-0', '1e999', '""']), 'warn'];
		else if (variant === 'no-text') [text, expect] = [JSON.stringify({title: 'x', items: [{title: 'y'}], count: 3}), 'warn'];
		else if (variant === 'non-objects') [text, expect] = [JSON.stringify([1, 'two', null, [3], true]), 'warn'];
		else if (variant === 'deep') {
			const depth = rng.size(100, long ? 1_000_000 : 200_000);
			[text, expect] = [`${'['.repeat(depth)}${']'.repeat(depth)}`, 'warn'];
		} else if (variant === 'truncated') {
			const full = JSON.stringify([article, article]);
			text = full.slice(0, rng.int(1, full.length - 1));
		} else if (variant === 'text-not-string') text = JSON.stringify([{...article, text: rng.pick([42, ['a', 'b'], {p: body}, null, true])}]);
		else if (variant === 'proto') [text, expect] = [`{"__proto__": {"text": "polluted", "polluted": true}, "constructor": {"prototype": {"polluted": true}}, "title": "t", "text": ${JSON.stringify(body)}}`, 'load'];
		else if (variant === 'many-items') text = JSON.stringify(Array.from({length: rng.size(100, long ? 120_000 : 20_000)}, (_, i) => ({text: i % 7 ? words(rng, 4) : ''})));
		else if (variant === 'jsonl-mixed') {
			ext = rng.pick(['.jsonl', '.ndjson']);
			const lines = [JSON.stringify(article), '{"broken": ', '[1,2]', '42', noise(rng, 50, true), JSON.stringify({title: 'no text'})];
			[text, expect] = [shuffle(rng, lines).join('\n'), 'load'];
		} else [text, expect] = [JSON.stringify({response: {results: [{webTitle: 'x', fields: {bodyText: body}}]}, status: 'ok'}), 'any'];
		return {family: 'json-shapes', variant, entries: [{path: `export${ext}`, kind: 'file', bytes: utf8(text), expect}]};
	},
};

/** Feeds: entity-expansion bombs, deep nesting, malformed XML, thousands of entries, a valid item. */
export const feed: Family = {
	name: 'feed-xml',
	make: ({rng, goodText}) => {
		const body = bodyOf(goodText).replaceAll('&', '&amp;').replaceAll('<', '&lt;');
		const variant = rng.pick(['entity-bomb', 'deep', 'malformed', 'many-entries', 'valid', 'external-entity'] as const);
		let text: string;
		if (variant === 'entity-bomb') {
			const levels = rng.int(3, 10);
			const entities = ['<!ENTITY e0 "lol lol lol lol">'];
			for (let i = 1; i <= levels; i++) entities.push(`<!ENTITY e${i} "${`&e${i - 1};`.repeat(10)}">`);
			text = `<?xml version="1.0"?><!DOCTYPE rss [${entities.join('')}]><rss><channel><item><title>bomb</title><description>&e${levels};</description></item></channel></rss>`;
		} else if (variant === 'external-entity') {
			text = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>x</title><description>&x; ${body}</description></item></channel></rss>`;
		} else if (variant === 'deep') {
			const depth = rng.size(50, 50_000);
			text = `<rss><channel><item><description>${'<x>'.repeat(depth)}${body}${'</x>'.repeat(depth)}</description></item></channel></rss>`;
		} else if (variant === 'malformed') {
			text = `<rss><channel><item><title>${noise(rng, 200)}<description>${body}</item>${rng.pick(['<![CDATA[', '<!--', '</channel>', '<item', ''])}`;
		} else if (variant === 'many-entries') {
			text = `<feed xmlns="http://www.w3.org/2005/Atom">${Array.from({length: rng.size(10, 20_000)}, (_, i) => `<entry><title>e${i}</title><content>${i % 3 ? words(rng, 6) : ''}</content></entry>`).join('')}</feed>`;
		} else {
			text = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Talks</title><pubDate>Thu, 15 Aug 2024 10:00:00 GMT</pubDate><description>${body}</description></item></channel></rss>`;
		}
		return {family: 'feed-xml', variant, entries: [{path: `feed${rng.pick(['.xml', '.rss', '.atom'])}`, kind: 'file', bytes: utf8(text), expect: variant === 'valid' ? 'load' : 'any'}]};
	},
};

/** Fisher-Yates with the seeded source. */
function shuffle<T>(rng: Rng, items: T[]): T[] {
	for (let i = items.length - 1; i > 0; i--) {
		const j = rng.int(0, i);
		[items[i], items[j]] = [items[j]!, items[i]!];
	}
	return items;
}
