#!/usr/bin/env node
// Builds a synthetic but realistic corpus of negotiation reports for benchmarks.
// Sentences come from the bundled and shared reports (data/reports,
// test/fixtures/corpus/{seeds,dev}); each report keeps a coherent run of one
// source, adds sentences from others, and swaps venues, people, numbers and
// dates. Formats are mixed (txt, Markdown with front matter, HTML pages) in
// nested year/month folders. Deterministic for a given --seed.
//   node scripts/generate-corpus.mjs --out DIR --count 1000 [--seed 1]
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIRS = ['data/reports', 'test/fixtures/corpus/seeds', 'test/fixtures/corpus/dev'];
const VENUES = ['Doha', 'Cairo', 'Paris', 'Rome', 'Geneva', 'Jeddah', 'Riyadh', 'Istanbul', 'Abu Dhabi', 'Muscat', 'Washington', 'Brussels', 'Addis Ababa', 'Nairobi', 'Luanda', 'Vienna', 'Oslo', 'Beirut', 'Amman', 'Sharm el-Sheikh'];
const OUTLETS = ['Reuters', 'Associated Press', 'Al Jazeera', 'BBC News', 'CBS News', 'The Times of Israel', 'Ahram Online', 'The National', 'France 24', 'Al-Monitor'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'ten', 'twelve'];
const SENTENCE_END = /(?<=[.!?]["”’]?)\s+(?=["“‘]?[A-Z])/;

/** Generates `count` reports under `out`; returns {files, bytes}. */
export function generateCorpus({out, count, seed = 1}) {
	const pools = readPools();
	let bytes = 0;
	for (let i = 0; i < count; i++) {
		const rng = mulberry32(seed * 1_000_003 + i);
		const report = makeReport(rng, pools, i);
		const path = join(out, report.path);
		mkdirSync(dirname(path), {recursive: true});
		writeFileSync(path, report.content);
		bytes += Buffer.byteLength(report.content);
	}
	return {files: count, bytes};
}

function readPools() {
	const documents = [];
	for (const dir of SOURCE_DIRS) {
		for (const name of readdirSync(join(root, dir)).sort()) {
			if (!name.endsWith('.txt')) continue;
			const text = readFileSync(join(root, dir, name), 'utf8');
			const sentences = text.split(/\n+/).flatMap((p) => p.split(SENTENCE_END)).map((s) => s.trim()).filter((s) => s.length > 30 && s.length < 600);
			if (sentences.length > 0) documents.push(sentences);
		}
	}
	const knowledge = JSON.parse(readFileSync(join(root, 'data/knowledge/actors.json'), 'utf8'));
	const people = (knowledge.actors ?? []).filter((a) => a.type === 'person').map((a) => a.name);
	return {documents, all: documents.flat(), people: people.length > 1 ? people : ['William Burns', 'Brett McGurk', 'Abbas Kamel']};
}

function makeReport(rng, pools, i) {
	const pick = (list) => list[Math.floor(rng() * list.length)];
	const base = pick(pools.documents);
	const start = Math.floor(rng() * Math.max(1, base.length - 4));
	const sentences = base.slice(start, start + 4 + Math.floor(rng() * 8));
	// Report sizes are skewed like real news: most 2-8 KB, a few long features.
	const target = Math.min(20_000, 1500 + Math.floor(-Math.log(1 - rng()) * 3500));
	let size = sentences.join(' ').length;
	while (size < target) {
		const s = pick(pools.all);
		sentences.splice(Math.floor(rng() * (sentences.length + 1)), 0, s);
		size += s.length + 1;
	}
	const venue = pick(VENUES);
	const swapVenue = (s) => (rng() < 0.5 ? s.replace(/\b(Doha|Cairo|Paris|Rome)\b/g, venue) : s);
	const swapPerson = (s) => (rng() < 0.3 ? s.replace(new RegExp(`\\b(${pools.people.map(escape).join('|')})\\b`, 'g'), () => pick(pools.people)) : s);
	const swapNumber = (s) => s.replace(/\b(two|three|four|five|six|seven|eight|ten|twelve)(?=[- ](?:week|day|month|hostage|phase))/g, () => pick(NUMBER_WORDS));
	const swapDate = (s) => s.replace(new RegExp(`\\b(${MONTHS.join('|')}) (\\d{1,2})\\b`, 'g'), () => `${pick(MONTHS)} ${1 + Math.floor(rng() * 28)}`);
	const body = sentences.map((s) => swapDate(swapNumber(swapPerson(swapVenue(s)))));
	const date = new Date(Date.UTC(2023, 9, 7) + Math.floor(rng() * 730) * 86_400_000).toISOString().slice(0, 10);
	const title = `${venue} talks: ${body[0].split(/\s+/).slice(0, 8).join(' ').replace(/[.,;:"“”]+$/, '')}`;
	const outlet = pick(OUTLETS);
	const paragraphs = chunk(body, 2 + Math.floor(rng() * 3));
	const slug = `${String(i).padStart(6, '0')}-${venue.toLowerCase().replace(/[^a-z]+/g, '-')}`;
	const folder = `${date.slice(0, 4)}/${date.slice(5, 7)}`;
	const kind = rng();
	if (kind < 0.6) return {path: `${folder}/${slug}.txt`, content: `${title}\n\n${paragraphs.map((p) => p.join(' ')).join('\n\n')}\n`};
	if (kind < 0.85) {
		const front = `---\ntitle: "${title.replace(/"/g, "'")}"\ndate: ${date}\noutlet: ${outlet}\nurl: https://example.org/${slug}\n---\n`;
		return {path: `${folder}/${slug}.md`, content: `${front}\n# ${title}\n\n${paragraphs.map((p) => p.join(' ')).join('\n\n')}\n`};
	}
	const html = `<!doctype html><html><head><title>${esc(title)} | ${outlet}</title><meta property="article:published_time" content="${date}T09:00:00Z"><meta property="og:site_name" content="${outlet}"></head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/middle-east">Middle East</a></nav><main><article><h1>${esc(title)}</h1><p class="byline">By Staff, ${outlet}</p>${paragraphs.map((p) => `<p>${esc(p.join(' '))}</p>`).join('')}</article><aside><h2>Most read</h2><ul><li><a href="/a">Markets close higher</a></li><li><a href="/b">Weather warning issued</a></li></ul></aside></main><footer>© ${outlet}. All rights reserved.</footer></body></html>\n`;
	return {path: `${folder}/${slug}.html`, content: html};
}

function chunk(list, size) {
	const out = [];
	for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
	return out;
}

function esc(s) {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escape(s) {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function mulberry32(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const args = Object.fromEntries(process.argv.slice(2).join(' ').split(/\s*--/).filter(Boolean).map((a) => a.split(/\s+/)));
	if (!args.out || !args.count) {
		console.error('usage: node scripts/generate-corpus.mjs --out DIR --count N [--seed S]');
		process.exit(2);
	}
	const result = generateCorpus({out: resolve(args.out), count: Number(args.count), seed: Number(args.seed ?? 1)});
	console.log(`generated ${result.files} reports, ${(result.bytes / 1e6).toFixed(1)} MB in ${resolve(args.out)}`);
}
