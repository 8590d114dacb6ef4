import {MappedTextBuilder, identityText, type MappedText} from './offset-map.js';

/** Elements that end a line of text. */
const BLOCK_TAGS = new Set([
	'address', 'article', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
	'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul', 'body', 'html',
]);
/** Elements whose content is never article text (scripts, navigation, captions, forms). */
const SKIP_CONTENT_TAGS = new Set([
	'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'head', 'nav', 'aside', 'footer', 'form',
	'button', 'select', 'figcaption', 'math', 'canvas', 'video', 'audio', 'title',
]);
const TAG_START = /^<\/?([a-zA-Z][a-zA-Z0-9:-]*)/;
const ENTITY = /^&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/;
const MARKUP_START = /[<&]/g;
const LOOKS_LIKE_HTML = /<(?:[a-zA-Z][a-zA-Z0-9]*\b[^>]*|\/[a-zA-Z][a-zA-Z0-9]*\s*)>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
	amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', shy: '',
	mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„',
	laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™', deg: '°', middot: '·', bull: '•', euro: '€', pound: '£',
	eacute: 'é', egrave: 'è', aacute: 'á', agrave: 'à', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç',
	auml: 'ä', ouml: 'ö', uuml: 'ü', szlig: 'ß', times: '×', zwj: '', zwnj: '', lrm: '', rlm: '',
};

/** True when a string contains tags or entities worth stripping. */
export function looksLikeHtml(text: string): boolean {
	return LOOKS_LIKE_HTML.test(text.slice(0, 100_000));
}

/**
 * Plain text of an HTML string, mapped back into it: tags dropped (block
 * elements end a line), script/style/nav/aside/footer/figcaption content
 * skipped, entities decoded (decoded characters are inserted, so they have
 * no map segment). A single left-to-right scan with indexOf: linear, no DOM,
 * no recursion, so deep nesting and huge inputs are safe.
 */
export function htmlToText(html: string): MappedText {
	const source = identityText(html);
	const builder = new MappedTextBuilder(source);
	let lower: string | undefined;
	const next = new NextIndex(html);
	let pos = 0;
	MARKUP_START.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = MARKUP_START.exec(html))) {
		const at = match.index;
		if (html[at] === '&') {
			const entity = ENTITY.exec(html.slice(at, at + 40));
			if (!entity) continue;
			const decoded = decodeEntity(entity[1]!);
			if (decoded === undefined) continue;
			builder.copy(pos, at);
			builder.insert(decoded);
			pos = at + entity[0].length;
			MARKUP_START.lastIndex = pos;
			continue;
		}
		const tag = html.startsWith('<!--', at) ? null : TAG_START.exec(html.slice(at, at + 80));
		const special = html.startsWith('<!', at) || html.startsWith('<?', at);
		if (!tag && !special) continue; // a literal "<"
		builder.copy(pos, at);
		if (html.startsWith('<!--', at)) {
			pos = next.after('-->', at + 4);
		} else if (special) {
			pos = next.after('>', at + 2);
		} else {
			const name = tag![1]!.toLowerCase();
			const closing = html[at + 1] === '/';
			const end = next.after('>', at);
			if (!closing && SKIP_CONTENT_TAGS.has(name) && html[end - 2] !== '/') {
				lower ??= html.toLowerCase();
				const close = next.in(lower, `</${name}`, end);
				pos = close < 0 ? html.length : next.after('>', close);
			} else {
				pos = end;
			}
			if (BLOCK_TAGS.has(name) || SKIP_CONTENT_TAGS.has(name)) builder.insert('\n');
		}
		MARKUP_START.lastIndex = pos;
	}
	builder.copy(pos, html.length);
	return builder.build();
}

/**
 * indexOf with memory: the scan only moves forward, so a token's last found
 * position is reused until the scan passes it, and a token that does not occur
 * is never searched for again. Keeps "<a<a<a..." or many unclosed <script>s linear.
 */
class NextIndex {
	private readonly found = new Map<string, number>();

	constructor(private readonly text: string) {}

	/** Index just after the next `token` at or after `from`, or the end of the text. */
	after(token: string, from: number): number {
		const at = this.in(this.text, token, from);
		return at < 0 ? this.text.length : at + token.length;
	}

	/** Index of the next `token` in `text` (the same text, maybe lowercased) at or after `from`, or -1. */
	in(text: string, token: string, from: number): number {
		const known = this.found.get(token);
		if (known !== undefined && (known === -1 || known >= from)) return known;
		const at = text.indexOf(token, from);
		this.found.set(token, at);
		return at;
	}
}

function decodeEntity(body: string): string | undefined {
	if (body[0] !== '#') return NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()];
	const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
	if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
	if (code === 0xa0) return ' ';
	return code < 0x20 && code !== 9 && code !== 10 ? '' : String.fromCodePoint(code);
}
