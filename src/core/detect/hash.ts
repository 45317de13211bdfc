/**
 * 32-bit hashing used for feature ids, lexicon keys and cluster keys. Only numbers derived from
 * strings are stored in the model files, never the strings themselves.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of `s` (from `start` to `end`), seeded. */
export function hashString(s: string, seed = 0, start = 0, end = s.length): number {
	let h = (FNV_OFFSET ^ seed) >>> 0;
	for (let i = start; i < end; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, FNV_PRIME);
	}
	return finalize(h);
}

/** Murmur3 finaliser: spreads the bits of an FNV hash. */
export function finalize(h: number): number {
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/** Combines two 32-bit values into one (order-sensitive). */
export function combine(a: number, b: number): number {
	let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
	h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
	h ^= h >>> 12;
	h = Math.imul(h, 0x297a2d39);
	h ^= h >>> 15;
	return h >>> 0;
}

/** Combines three values. */
export function combine3(a: number, b: number, c: number): number {
	return combine(combine(a, b), c);
}
