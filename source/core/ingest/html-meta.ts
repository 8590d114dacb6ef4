/** The subset of a DOM element that meta collection reads (linkedom's elements satisfy it). */
interface ElementLike {
	localName: string;
	getAttribute(name: string): string | null;
	hasAttribute(name: string): boolean;
	textContent: string | null;
}
interface DocumentLike {
	querySelectorAll(selector: string): ArrayLike<ElementLike>;
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
	const found = metaElements(document);
	const meta = new Map<string, string>();
	for (const el of found.meta) {
		const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim().toLowerCase();
		const content = el.getAttribute('content')?.trim();
		if (key && content && !meta.has(key)) meta.set(key, content);
	}
	const first = (keys: string[]) => keys.map((k) => meta.get(k)).find(Boolean);
	const ld = readJsonLd(found.jsonLd);
	const time = found.time?.getAttribute('datetime') ?? undefined;
	const canonical = found.canonical?.getAttribute('href') ?? undefined;
	const titleTag = found.title?.textContent?.trim() || undefined;
	return {
		title: first(TITLE_KEYS) ?? ld.headline ?? titleTag,
		siteName: first(SITE_KEYS) ?? ld.publisher,
		published: first(DATE_KEYS) ?? ld.datePublished ?? time,
		url: canonical ?? first(URL_KEYS) ?? ld.url,
		author: first(AUTHOR_KEYS) ?? ld.author,
		description: first(DESCRIPTION_KEYS),
	};
}

/** The elements meta collection reads, each as the CSS selector in its comment would find it. */
interface MetaElements {
	/** `meta` */
	meta: ElementLike[];
	/** `script[type="application/ld+json"]` */
	jsonLd: ElementLike[];
	/** The first `time[datetime]`. */
	time?: ElementLike;
	/** The first `link[rel="canonical"]`. */
	canonical?: ElementLike;
	/** The first `title`. */
	title?: ElementLike;
}

/**
 * One pass over the document's elements instead of a query per selector:
 * each query compiles its selector afresh (css-select), which cost more than
 * the walk. Matches as an HTML document's selectors do: tag names ignoring
 * case, and `type` and `rel` values ignoring case.
 */
function metaElements(document: DocumentLike): MetaElements {
	const found: MetaElements = {meta: [], jsonLd: []};
	const all = document.querySelectorAll('*');
	for (let i = 0; i < all.length; i++) {
		const el = all[i]!;
		switch (el.localName.toLowerCase()) {
			case 'meta':
				found.meta.push(el);
				break;
			case 'script':
				if (attributeIs(el, 'type', 'application/ld+json')) found.jsonLd.push(el);
				break;
			case 'time':
				if (!found.time && el.hasAttribute('datetime')) found.time = el;
				break;
			case 'link':
				if (!found.canonical && attributeIs(el, 'rel', 'canonical')) found.canonical = el;
				break;
			case 'title':
				found.title ??= el;
				break;
		}
	}
	return found;
}

/** `[name="value"]` for an attribute whose value CSS compares ignoring case (as css-select does: same length, same lowercase). */
function attributeIs(el: ElementLike, name: string, value: string): boolean {
	const attribute = el.getAttribute(name);
	return attribute !== null && attribute.length === value.length && attribute.toLowerCase() === value;
}

/** The first headline, datePublished, publisher name, url and author found in the page's JSON-LD blocks. */
function readJsonLd(scripts: ElementLike[]): Record<string, string | undefined> {
	const found: Record<string, string | undefined> = {};
	for (const el of scripts) {
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
