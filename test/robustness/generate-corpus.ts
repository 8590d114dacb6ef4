import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {packageRoot} from '../../source/core/package-paths.js';
import {mulberry32} from './fuzz/prng.js';

const SOURCES = ['data/reports', 'test/fixtures/corpus/dev', 'test/fixtures/corpus/seeds'];

/**
 * A seeded mixed corpus under `dir`: the real report texts of the repository, each
 * wrapped in a format picked by the seed (txt, Markdown with front matter, HTML,
 * a JSON export, JSON Lines, RSS), in nested folders, plus a few files that only
 * give warnings. The same seed always writes the same bytes.
 */
export function generateCorpus(dir: string, seed: number): number {
	const rng = mulberry32(seed);
	const root = packageRoot();
	const texts = SOURCES.flatMap((source) =>
		readdirSync(join(root, source))
			.filter((name) => name.endsWith('.txt'))
			.sort()
			.map((name) => readFileSync(join(root, source, name), 'utf8')),
	);
	let files = 0;
	const write = (path: string, content: string | Buffer) => {
		mkdirSync(join(dir, path, '..'), {recursive: true});
		writeFileSync(join(dir, path), content);
		files++;
	};
	for (const [i, text] of texts.entries()) {
		const folder = `part-${i % 3}${rng.chance(0.3) ? '/nested' : ''}`;
		const date = `2024-0${rng.int(1, 9)}-1${rng.int(0, 9)}`;
		const title = `Report ${i}`;
		const format = rng.pick(['txt', 'md', 'html', 'json', 'jsonl', 'rss'] as const);
		const escaped = text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
		if (format === 'txt') write(`${folder}/r${i}.txt`, text);
		else if (format === 'md') write(`${folder}/r${i}.md`, `---\ntitle: ${title}\ndate: ${date}\n---\n${text}`);
		else if (format === 'html') write(`${folder}/r${i}.html`, `<html><head><title>${title}</title><meta property="article:published_time" content="${date}"></head><body><article>${escaped.split('\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`);
		else if (format === 'json') write(`${folder}/r${i}.json`, JSON.stringify({articles: [{title, publishedAt: date, content: text}, {title: `${title} (repeat)`, content: text.slice(0, text.length >> 1)}]}));
		else if (format === 'jsonl') write(`${folder}/r${i}.jsonl`, `${JSON.stringify({title, date, text})}\n{broken\n`);
		else write(`${folder}/r${i}.rss`, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>${title}</title><pubDate>${new Date(`${date}T08:00:00Z`).toUTCString()}</pubDate><description>${escaped}</description></item></channel></rss>`);
	}
	write('bad/empty.txt', '');
	write('bad/binary.html', rng.bytes(2048));
	write('bad/not-reports.json', '{"status": "ok"}');
	write('bad/unicode na\u00efve \ud83d\ude00.md', `---\ntitle: [unclosed\n---\n${texts[0]}`);
	return files;
}
