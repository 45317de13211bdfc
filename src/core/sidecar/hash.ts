/**
 * `documentHash`: SHA-256 of the article text encoded as UTF-8 (without BOM), written
 * `sha256:<64 lower-case hex digits>`. For an article file without a BOM that is simply
 * `sha256sum` of the file, so other tools can check it. It only tells whether the article is the
 * one the offsets were made on; nothing secret depends on it.
 *
 * Written in plain TypeScript (no `node:crypto`) so the core stays free of Node-only modules.
 */

// Int32Array, not Uint32Array: every value stays a small integer in V8, with no conversions to doubles.
const ROUND_CONSTANTS = new Int32Array([
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** The last text hashed and its hash: a load and the saves after it hash the same article text. */
let lastText: string | undefined;
let lastHash = '';

/**
 * `sha256:<hex>` of the text's UTF-8 bytes. The last result is remembered: comparing an equal
 * text (a memory comparison) costs far less than hashing it again (~10 ms per MB).
 */
export function documentHashOf(text: string): string {
	if (text !== lastText) {
		lastHash = `sha256:${sha256Hex(new TextEncoder().encode(text))}`;
		lastText = text;
	}
	return lastHash;
}

/** SHA-256 (FIPS 180-4) of some bytes, as lower-case hex. */
export function sha256Hex(bytes: Uint8Array): string {
	const state = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
	const words = new Int32Array(64);
	const fullBlocks = Math.floor(bytes.length / 64);
	for (let block = 0; block < fullBlocks; block++) {
		compress(state, words, bytes, block * 64);
	}
	// Padding: the remaining bytes, 0x80, zeros, and the bit length as a 64-bit big-endian number.
	const rest = bytes.length - fullBlocks * 64;
	const tail = new Uint8Array(rest < 56 ? 64 : 128);
	tail.set(bytes.subarray(fullBlocks * 64));
	tail[rest] = 0x80;
	const bitLength = bytes.length * 8;
	const view = new DataView(tail.buffer);
	view.setUint32(tail.length - 8, Math.floor(bitLength / 0x100000000));
	view.setUint32(tail.length - 4, bitLength >>> 0);
	for (let offset = 0; offset < tail.length; offset += 64) {
		compress(state, words, tail, offset);
	}
	let hex = '';
	for (const value of state) {
		hex += (value >>> 0).toString(16).padStart(8, '0');
	}
	return hex;
}

function compress(state: Int32Array, w: Int32Array, bytes: Uint8Array, offset: number): void {
	for (let i = 0; i < 16; i++) {
		const at = offset + i * 4;
		w[i] = (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
	}
	for (let i = 16; i < 64; i++) {
		const x = w[i - 15];
		const y = w[i - 2];
		const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
		const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
		w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
	}
	let a = state[0];
	let b = state[1];
	let c = state[2];
	let d = state[3];
	let e = state[4];
	let f = state[5];
	let g = state[6];
	let h = state[7];
	for (let i = 0; i < 64; i++) {
		const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
		const choice = (e & f) ^ (~e & g);
		const t1 = (h + s1 + choice + ROUND_CONSTANTS[i] + w[i]) | 0;
		const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
		const majority = (a & b) ^ (a & c) ^ (b & c);
		const t2 = (s0 + majority) | 0;
		h = g;
		g = f;
		f = e;
		e = (d + t1) | 0;
		d = c;
		c = b;
		b = a;
		a = (t1 + t2) | 0;
	}
	state[0] = (state[0] + a) | 0;
	state[1] = (state[1] + b) | 0;
	state[2] = (state[2] + c) | 0;
	state[3] = (state[3] + d) | 0;
	state[4] = (state[4] + e) | 0;
	state[5] = (state[5] + f) | 0;
	state[6] = (state[6] + g) | 0;
	state[7] = (state[7] + h) | 0;
}
