/**
 * Finds literal strings the way a global regex alternation of them, longest
 * first, does (leftmost, the first listed at a position, no overlaps), but
 * with a table by first UTF-16 unit instead of trying every alternative at
 * every position.
 */
export class LiteralScanner {
	private readonly slots = new Int32Array(65536);
	private readonly lists: string[][] = [];

	constructor(forms: Iterable<string>) {
		const sorted = [...new Set(forms)].filter(Boolean).sort((a, b) => b.length - a.length);
		for (const form of sorted) {
			const c = form.charCodeAt(0);
			if (this.slots[c] === 0) this.slots[c] = this.lists.push([]);
			this.lists[this.slots[c]! - 1]!.push(form);
		}
	}

	/** Calls `found` with each match in `text`, in order. */
	scan(text: string, found: (form: string) => void): void {
		const {slots, lists} = this;
		for (let p = 0; p < text.length; ) {
			const slot = slots[text.charCodeAt(p)]!;
			let hit: string | undefined;
			if (slot !== 0) {
				for (const form of lists[slot - 1]!) {
					if (text.startsWith(form, p)) {
						hit = form;
						break;
					}
				}
			}
			p += hit ? hit.length : 1;
			if (hit) found(hit);
		}
	}
}
