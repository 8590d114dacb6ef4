/**
 * Every match of a global regex in `text`, as `text.matchAll(re)` yields them,
 * but without the regex clone and iterator `matchAll` allocates per call (it
 * shows in profiles: these run on every sentence). `re` must have the `g`
 * flag; its `lastIndex` is left at 0, so nested or later uses are unaffected.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
	const found: RegExpExecArray[] = [];
	re.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) {
		found.push(m);
		// An empty match would be found again at the same place: step over it, by code point under `u`, as matchAll does.
		if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode);
	}
	re.lastIndex = 0;
	return found;
}

function advance(text: string, index: number, unicode: boolean): number {
	if (!unicode || index + 1 >= text.length) return index + 1;
	const c = text.charCodeAt(index);
	const d = text.charCodeAt(index + 1);
	return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1;
}
