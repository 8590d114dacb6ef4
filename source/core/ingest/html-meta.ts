/** The subset of a DOM element that meta collection reads (linkedom's elements satisfy it). */
interface ElementLike {
	getAttribute(name: string): string | null;
	textContent: string | null;
}
interface DocumentLike {
	querySelectorAll(selector: string): Iterable<ElementLike> | ArrayLike<ElementLike>;
	querySelector(selector: string): ElementLike | null;
}

/** Page metadata gathered from meta tags, <time>, <title>, canonical links and JSON-LD. */
export interface PageMeta {
	title?: string;
	siteName?: string;
	published?: string;
	url?: string;
	author?: string;
	description?: string;
}

const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title', 'headline', 'sailthru.title', 'parsely-title'];
const SITE_KEYS = ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'twitter:site', 'cxenseparse:site'];
const DATE_KEYS = [
	'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate',
	'publishdate', 'publish-date', 'publish_date', 'dc.date.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'sailthru.date',
	'parsely-pub-date', 'article.published', 'cxenseparse:recs:publishtime', 'og:updated_time', 'article:modified_time',
];
const URL_KEYS = ['og:url', 'twitter:url'];
const AUTHOR_KEYS = ['author', 'article:author', 'dc.creator', 'sailthru.author', 'parsely-author'];
const DESCRIPTION_KEYS = ['og:description', 'description', 'twitter:description'];
const MAX_JSON_LD_NODES = 2000;

/** Collects metadata before Readability rewrites the document. */
export function collectPageMeta(document: DocumentLike): PageMeta {
	const meta = new Map<string, string>();
	for (const el of Array.from(document.querySelectorAll('meta') as ArrayLike<ElementLike>)) {
		const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim().toLowerCase();
		const content = el.getAttribute('content')?.trim();
		if (key && content && !meta.has(key)) meta.set(key, content);
	}
	const first = (keys: string[]) => keys.map((k) => meta.get(k)).find(Boolean);
	const ld = readJsonLd(document);
	const time = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
	const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
	const titleTag = document.querySelector('title')?.textContent?.trim() || undefined;
	return {
		title: first(TITLE_KEYS) ?? ld.headline ?? titleTag,
		siteName: first(SITE_KEYS) ?? ld.publisher,
		published: first(DATE_KEYS) ?? ld.datePublished ?? time,
		url: canonical ?? first(URL_KEYS) ?? ld.url,
		author: first(AUTHOR_KEYS) ?? ld.author,
		description: first(DESCRIPTION_KEYS),
	};
}

/** The first headline, datePublished, publisher name, url and author found in the page's JSON-LD blocks. */
function readJsonLd(document: DocumentLike): Record<string, string | undefined> {
	const found: Record<string, string | undefined> = {};
	for (const el of Array.from(document.querySelectorAll('script[type="application/ld+json"]') as ArrayLike<ElementLike>)) {
		let data: unknown;
		try {
			data = JSON.parse(el.textContent ?? '');
		} catch {
			continue;
		}
		// Breadth-first with a node budget: no recursion, bounded work.
		const queue: unknown[] = [data];
		for (let visited = 0; queue.length && visited < MAX_JSON_LD_NODES; visited++) {
			const node = queue.shift();
			if (Array.isArray(node)) queue.push(...node);
			else if (node && typeof node === 'object') {
				const o = node as Record<string, unknown>;
				found.headline ??= stringOf(o.headline);
				found.datePublished ??= stringOf(o.datePublished);
				found.url ??= typeof o.headline === 'string' ? stringOf(o.url) : undefined;
				found.publisher ??= nameOf(o.publisher);
				found.author ??= nameOf(o.author);
				for (const value of Object.values(o)) if (value && typeof value === 'object') queue.push(value);
			}
		}
	}
	return found;
}

function stringOf(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function nameOf(value: unknown): string | undefined {
	if (Array.isArray(value)) return nameOf(value[0]);
	if (value && typeof value === 'object') return stringOf((value as Record<string, unknown>).name);
	return stringOf(value);
}
