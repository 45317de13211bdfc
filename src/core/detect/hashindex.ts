/** Open-addressing map from 32-bit keys to row numbers, built from a sorted list of keys. */
export class HashIndex {
	private readonly keys: Uint32Array;
	private readonly rows: Int32Array;
	private readonly mask: number;
	readonly size: number;

	constructor(sortedKeys: Uint32Array) {
		this.size = sortedKeys.length;
		let cap = 16;
		while (cap < sortedKeys.length * 2) cap <<= 1;
		this.mask = cap - 1;
		this.keys = new Uint32Array(cap);
		this.rows = new Int32Array(cap).fill(-1);
		for (let r = 0; r < sortedKeys.length; r++) {
			const k = sortedKeys[r];
			let s = mix(k) & this.mask;
			while (this.rows[s] !== -1) s = (s + 1) & this.mask;
			this.keys[s] = k;
			this.rows[s] = r;
		}
	}

	/** Row of `key`, or -1. */
	get(key: number): number {
		let s = mix(key) & this.mask;
		for (;;) {
			const r = this.rows[s];
			if (r === -1) return -1;
			if (this.keys[s] === key >>> 0) return r;
			s = (s + 1) & this.mask;
		}
	}
}

function mix(k: number): number {
	k = Math.imul(k ^ (k >>> 16), 0x45d9f3b);
	return (k ^ (k >>> 16)) >>> 0;
}
