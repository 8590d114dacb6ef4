import {utf8, words, type Family, type FuzzEntry} from './fuzz-case.js';

/** Many tiny files in one folder (the long run's first case: 100,000 of them). */
export const manyFiles: Family = {
	name: 'many-files',
	make: ({rng, long, round}) => {
		const count = long && round === 0 ? 100_000 : rng.size(20, 2000);
		const entries: FuzzEntry[] = [{path: 'many', kind: 'dir'}];
		for (let i = 0; i < count; i++) {
			const text = rng.chance(0.1) ? '' : rng.chance(0.1) ? '.' : words(rng, rng.int(1, 30));
			entries.push({path: `many/f${String(i).padStart(6, '0')}${rng.pick(['.txt', '.md'])}`, kind: 'file', bytes: utf8(text), expect: text ? 'any' : 'warn'});
		}
		return {family: 'many-files', variant: `${count} files`, entries, plainLoadOnly: count > 10_000};
	},
};

/** Things that are not regular files: a folder named like a report, a FIFO, dangling and device symlinks, hidden and gold files. */
export const specialFiles: Family = {
	name: 'special-files',
	make: ({rng, goodText}) => {
		const variants: Record<string, FuzzEntry[]> = {
			'empty folder named .md': [{path: 'folder.md', kind: 'dir', expect: 'none'}],
			'folder named .md holding a report': [{path: 'folder.md', kind: 'dir'}, {path: 'folder.md/inner.txt', kind: 'file', bytes: utf8(goodText), expect: 'load'}],
			fifo: [{path: 'pipe.txt', kind: 'fifo', expect: 'warn'}],
			'dangling symlink': [{path: 'gone.md', kind: 'symlink', target: 'missing-target.md', expect: 'warn'}],
			'symlink to /dev/zero': [{path: 'zero.txt', kind: 'symlink', target: '/dev/zero', expect: 'warn'}],
			'symlink to /dev/urandom': [{path: 'random.json', kind: 'symlink', target: '/dev/urandom', expect: 'warn'}],
			'hidden file': [{path: '.hidden.txt', kind: 'file', bytes: utf8(goodText), expect: 'none'}],
			'unsupported extension': [{path: 'scan.pdf', kind: 'file', bytes: Buffer.from('%PDF-1.4\n'), expect: 'warn'}],
			'gold annotation': [{path: 'x.gold.json', kind: 'file', bytes: utf8('{"venues": []}'), expect: 'none'}],
			'symlink to the good report': [{path: 'z-alias.md', kind: 'symlink', target: 'good-report.md', expect: 'none'}],
		};
		const variant = rng.pick(Object.keys(variants));
		return {family: 'special-files', variant, entries: variants[variant]!};
	},
};

/** Symlink loops: a link to itself, two links to each other, a folder link back up, a chain past the kernel's limit. */
export const symlinkLoops: Family = {
	name: 'symlink-loops',
	make: ({rng, goodText}) => {
		const variant = rng.pick(['self', 'pair', 'folder-up', 'folder-self', 'chain'] as const);
		let entries: FuzzEntry[];
		if (variant === 'self') entries = [{path: 'self.txt', kind: 'symlink', target: 'self.txt', expect: 'warn'}];
		else if (variant === 'pair')
			entries = [
				{path: 'p1.md', kind: 'symlink', target: 'p2.md', expect: 'warn'},
				{path: 'p2.md', kind: 'symlink', target: 'p1.md', expect: 'warn'},
			];
		else if (variant === 'folder-up') entries = [{path: 'sub', kind: 'dir'}, {path: 'sub/up', kind: 'symlink', target: '..', expect: 'warn'}];
		else if (variant === 'folder-self') entries = [{path: 'sub', kind: 'dir'}, {path: 'sub/again', kind: 'symlink', target: '.', expect: 'warn'}];
		else {
			const length = rng.int(2, 60);
			entries = [{path: 'chain/real.md', kind: 'file', bytes: utf8(goodText)}];
			for (let i = length - 1; i >= 0; i--) entries.push({path: `chain/c${String(i).padStart(2, '0')}.md`, kind: 'symlink', target: i === length - 1 ? 'real.md' : `c${String(i + 1).padStart(2, '0')}.md`, expect: i === 0 ? 'any' : undefined});
			entries.unshift({path: 'chain', kind: 'dir'});
		}
		return {family: 'symlink-loops', variant, entries};
	},
};

const ODD_NAMES = [
	'with space.md',
	'na\u00efve r\u00e9sum\u00e9.md',
	'nai\u0308ve re\u0301sume\u0301.md',
	'\u65e5\u672c\u8a9e\u306e\u30ec\u30dd\u30fc\u30c8.md',
	'emoji \ud83d\ude00.md',
	'rtl \u202egnp.md',
	'hash#1.md',
	'-leading-dash.md',
	'new\nline.md',
	'tab\tname.md',
	`${'x'.repeat(240)}.md`,
	'percent %20.md',
	'back\\slash.md',
	'quote"s \'and\' $vars.md',
	'folder with space/\u00fcber inner.md',
	'dots..in..name...md',
	'UPPER.MD',
	'\u0627\u0644\u0645\u0641\u0627\u0648\u0636\u0627\u062a.md',
];

/** The good report under names with spaces, Unicode (NFC and NFD), control characters, `#`, a leading dash. */
export const oddPaths: Family = {
	name: 'odd-paths',
	make: ({rng, goodText}) => {
		const name = rng.pick(ODD_NAMES);
		const entries: FuzzEntry[] = [];
		if (name.includes('/')) entries.push({path: name.split('/')[0]!, kind: 'dir'});
		entries.push({path: name, kind: 'file', bytes: utf8(goodText), expect: 'same-facts'});
		return {family: 'odd-paths', variant: JSON.stringify(name).slice(0, 40), entries};
	},
};
