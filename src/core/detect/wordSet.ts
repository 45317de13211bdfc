/** Code units under it (Latin, Greek, Cyrillic, Arabic…) have a bit in a set's map of first characters. */
const BITMAP_END = 0x800;

/**
 * A set of words that answers «no» to most tokens without a hash look-up. The rules test every
 * token of a text against their lists of words (some 400 look-ups a sentence of English news),
 * and a `Set` look-up of a string costs some 25 ns; a token whose length or first character no
 * listed word has is no member, which two comparisons and a bit tell.
 */
export class WordSet {
	private readonly words: Set<string>;
	/** One bit per code unit under BITMAP_END: whether a listed word opens with it. */
	private readonly firsts = new Int32Array(BITMAP_END >>> 5);
	private readonly shortest: number;
	private readonly longest: number;

	constructor(words: Iterable<string>) {
		this.words = new Set(words);
		let shortest = Infinity;
		let longest = 0;
		for (const word of this.words) {
			shortest = Math.min(shortest, word.length);
			longest = Math.max(longest, word.length);
			const c = word.charCodeAt(0);
			if (c < BITMAP_END) this.firsts[c >>> 5] |= 1 << (c & 31);
		}
		this.shortest = shortest;
		this.longest = longest;
	}

	has(word: string): boolean {
		const n = word.length;
		if (n < this.shortest || n > this.longest) return false;
		if (n === 0) return this.words.has(word);
		const c = word.charCodeAt(0);
		return (c >= BITMAP_END || (this.firsts[c >>> 5] & (1 << (c & 31))) !== 0) && this.words.has(word);
	}
}
