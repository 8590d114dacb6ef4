import type {Code, Root, RootContent, Table} from 'mdast';
import {fromMarkdown} from 'mdast-util-from-markdown';
import {gfmFromMarkdown} from 'mdast-util-gfm';
import {gfm} from 'micromark-extension-gfm';
import {parse as parseYaml} from 'yaml';

/** A snapshot read back the way GitHub reads it: front matter as YAML, the rest as GFM. */
export interface ParsedSnapshot {
	frontMatter: Record<string, any>;
	tree: Root;
	/** Each table as rows of cell text (header row first). */
	tables: string[][][];
	mermaid: string[];
	headings: string[];
}

export function parseSnapshot(markdown: string): ParsedSnapshot {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
	if (!match) throw new Error('snapshot does not start with --- front matter');
	const frontMatter = parseYaml(match[1]!) as Record<string, any>;
	const tree = parseMarkdown(markdown.slice(match[0].length));
	const nodes = walk(tree);
	return {
		frontMatter,
		tree,
		tables: nodes.filter((n): n is Table => n.type === 'table').map(tableRows),
		mermaid: nodes.filter((n): n is Code => n.type === 'code' && n.lang === 'mermaid').map((n) => n.value),
		headings: nodes.filter((n) => n.type === 'heading').map((n) => toString(n)),
	};
}

export function parseMarkdown(markdown: string): Root {
	return fromMarkdown(markdown, {extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()]});
}

export function tableRows(table: Table): string[][] {
	return table.children.map((row) => row.children.map((cell) => toString(cell)));
}

export function walk(node: Root | RootContent): Array<Root | RootContent> {
	const out: Array<Root | RootContent> = [node];
	if ('children' in node) for (const child of node.children) out.push(...walk(child as RootContent));
	return out;
}

/** The text of a node, as a reader sees it (escapes resolved). */
export function toString(node: Root | RootContent): string {
	if ('value' in node && typeof node.value === 'string') return node.value;
	if (node.type === 'break') return '\n';
	if ('children' in node) return (node.children as RootContent[]).map(toString).join('');
	return '';
}
