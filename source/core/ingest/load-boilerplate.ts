import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {bundledKnowledgeDir} from '../package-paths.js';

/** A pattern as written in `data/knowledge/boilerplate.json`: a case-insensitive source, or source plus flags. */
export type PatternSpec = string | {pattern: string; flags?: string};

/** The `boilerplate` key of a knowledge file (see data/knowledge/boilerplate.json for what each list means). */
export interface BoilerplateData {
	junkLines?: PatternSpec[];
	headerLines?: PatternSpec[];
	creditLines?: PatternSpec[];
	captionMarkers?: PatternSpec[];
	strongPromoCues?: PatternSpec[];
	weakPromoCues?: PatternSpec[];
	keepLines?: PatternSpec[];
}

/** Compiled boilerplate rules: line tests and cue counters. */
export interface BoilerplateRules {
	junkLine: (line: string) => boolean;
	headerLine: (line: string) => boolean;
	creditLine: (line: string) => boolean;
	captionMarker: (line: string) => boolean;
	keepLine: (line: string) => boolean;
	strongCues: (line: string) => number;
	weakCues: (line: string) => number;
}

let bundled: BoilerplateRules | undefined;

/** The rules from the bundled `data/knowledge/boilerplate.json` (read once). */
export function bundledBoilerplate(): BoilerplateRules {
	if (!bundled) {
		const file = join(bundledKnowledgeDir(), 'boilerplate.json');
		const parsed = JSON.parse(readFileSync(file, 'utf8')) as {boilerplate?: BoilerplateData};
		bundled = compileBoilerplate(parsed.boilerplate ?? {});
	}
	return bundled;
}

/**
 * Compiles boilerplate pattern lists (e.g. the merged `knowledge.data.boilerplate`)
 * into rules. Patterns of a list are joined into one regex per flag set.
 * @throws Error naming the list when a pattern is not a valid regex.
 */
export function compileBoilerplate(data: BoilerplateData): BoilerplateRules {
	return {
		junkLine: tester('junkLines', data.junkLines),
		headerLine: tester('headerLines', data.headerLines),
		creditLine: tester('creditLines', data.creditLines),
		captionMarker: tester('captionMarkers', data.captionMarkers),
		keepLine: tester('keepLines', data.keepLines),
		strongCues: counter('strongPromoCues', data.strongPromoCues),
		weakCues: counter('weakPromoCues', data.weakPromoCues),
	};
}

function tester(list: string, specs: PatternSpec[] = []): (line: string) => boolean {
	const regexes = compile(list, specs, '');
	return (line) => regexes.some((re) => re.test(line));
}

function counter(list: string, specs: PatternSpec[] = []): (line: string) => number {
	const regexes = compile(list, specs, 'g');
	return (line) => {
		let hits = 0;
		for (const re of regexes) {
			re.lastIndex = 0;
			let match: RegExpExecArray | null;
			while ((match = re.exec(line))) {
				if (match[0]) hits++;
				else re.lastIndex++; // an empty match must not loop forever
			}
		}
		return hits;
	};
}

/** One regex per distinct flag set, each an alternation of that list's patterns. */
function compile(list: string, specs: PatternSpec[], extraFlags: string): RegExp[] {
	const byFlags = new Map<string, string[]>();
	for (const spec of specs) {
		const source = typeof spec === 'string' ? spec : spec?.pattern;
		const flags = typeof spec === 'string' ? 'i' : (spec?.flags ?? 'i');
		if (typeof source !== 'string') throw new Error(`boilerplate ${list}: each entry must be a string or {pattern, flags}`);
		try {
			new RegExp(source, flags);
		} catch (error) {
			throw new Error(`boilerplate ${list}: invalid pattern ${JSON.stringify(source)} (${(error as Error).message})`);
		}
		const group = byFlags.get(flags) ?? [];
		group.push(`(?:${source})`);
		byFlags.set(flags, group);
	}
	return [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags.replace(extraFlags, '') + extraFlags));
}
