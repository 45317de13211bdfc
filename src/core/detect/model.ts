/**
 * Model file format and the tagger that runs it (plain TypeScript, no dependencies).
 *
 * A model file (`ner-<lang>.bin`) is gzip of: "AANM", u32 header length, UTF-8 JSON header,
 * then binary sections described by the header. Keys are 32-bit hashes (sorted, delta-varint
 * encoded); no word or sentence of the training data is stored.
 */
import { gunzipSync } from 'node:zlib';
import { HashIndex } from './hashindex';
import { Featurizer, MAX_FEATURES, ROLES, Role, type HashTable, type Resources, type WordInfo } from './features';
import type { LanguageCode } from '../types';

export const MODEL_FORMAT_VERSION = 1;
const EMPTY = 0; // table keys are bucket id + 1
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];
export const NUM_LABELS = LABELS.length;

export interface SectionInfo {
	name: string;
	kind: 'keys' | 'u8' | 'i8' | 'u16' | 'f32';
	offset: number;
	length: number;
	count: number;
}

export interface ModelHeader {
	format: number;
	language: LanguageCode;
	labels: string[];
	featureBits: number;
	clusterBits?: number[];
	/** Temperature for marginal confidences. */
	temperature: number;
	gazetteers: string[];
	sections: SectionInfo[];
	[k: string]: unknown;
}

// ---- varint-delta keys -------------------------------------------------------------------

export function encodeKeys(sorted: Uint32Array): Uint8Array {
	const out = new Uint8Array(sorted.length * 5 + 8);
	let p = 0;
	let prev = 0;
	for (let i = 0; i < sorted.length; i++) {
		let d = sorted[i] - prev;
		if (d < 0 || (i > 0 && d === 0)) throw new Error('keys must be strictly increasing');
		prev = sorted[i];
		while (d >= 0x80) {
			out[p++] = (d & 0x7f) | 0x80;
			d = Math.floor(d / 128);
		}
		out[p++] = d;
	}
	return out.slice(0, p);
}

export function decodeKeys(bytes: Uint8Array, count: number): Uint32Array {
	const out = new Uint32Array(count);
	let p = 0;
	let prev = 0;
	for (let i = 0; i < count; i++) {
		let d = 0;
		let mul = 1;
		for (;;) {
			if (p >= bytes.length) throw new Error('truncated key section');
			const b = bytes[p++];
			d += (b & 0x7f) * mul;
			if (b < 0x80) break;
			mul *= 128;
		}
		prev += d;
		out[i] = prev;
	}
	return out;
}

// ---- container ------------------------------------------------------------------------------

export function parseContainer(gz: Buffer, file: string): { header: ModelHeader; body: Uint8Array } {
	let raw: Buffer;
	try {
		raw = gunzipSync(gz);
	} catch (e) {
		throw new Error(`Model file ${file} is corrupt (${(e as Error).message})`);
	}
	if (raw.length < 8 || raw.toString('latin1', 0, 4) !== 'AANM') throw new Error(`Model file ${file} is not an Article Annotator model`);
	const hl = raw.readUInt32LE(4);
	if (8 + hl > raw.length) throw new Error(`Model file ${file} is truncated`);
	let header: ModelHeader;
	try {
		header = JSON.parse(raw.toString('utf8', 8, 8 + hl)) as ModelHeader;
	} catch {
		throw new Error(`Model file ${file} has a corrupt header`);
	}
	if (header.format !== MODEL_FORMAT_VERSION) throw new Error(`Model file ${file} has format ${header.format}, expected ${MODEL_FORMAT_VERSION}`);
	const body = new Uint8Array(raw.buffer, raw.byteOffset + 8 + hl, raw.length - 8 - hl);
	for (const s of header.sections) if (s.offset + s.length > body.length) throw new Error(`Model file ${file} is truncated (section ${s.name})`);
	return { header, body };
}

function section(header: ModelHeader, body: Uint8Array, name: string, file: string): { info: SectionInfo; bytes: Uint8Array } | undefined {
	const info = header.sections.find((s) => s.name === name);
	if (!info) return undefined;
	return { info, bytes: body.subarray(info.offset, info.offset + info.length) };
}

function aligned(bytes: Uint8Array, ctor: 'u16' | 'f32' | 'i8' | 'u8'): Uint16Array | Float32Array | Int8Array | Uint8Array {
	const copy = new Uint8Array(bytes.length);
	copy.set(bytes);
	switch (ctor) {
		case 'u16':
			return new Uint16Array(copy.buffer, 0, copy.length >> 1);
		case 'f32':
			return new Float32Array(copy.buffer, 0, copy.length >> 2);
		case 'i8':
			return new Int8Array(copy.buffer);
		default:
			return copy;
	}
}

function readTable(header: ModelHeader, body: Uint8Array, name: string, file: string): HashTable | undefined {
	const k = section(header, body, name + '.keys', file);
	const v = section(header, body, name + '.values', file);
	if (!k || !v) return undefined;
	const keys = decodeKeys(k.bytes, k.info.count);
	const values = aligned(v.bytes, v.info.kind === 'u16' ? 'u16' : 'u8') as Uint16Array | Uint8Array;
	if (values.length !== keys.length) throw new Error(`Model file ${file}: table ${name} is inconsistent`);
	return { index: new HashIndex(keys), values };
}

// ---- the tagger --------------------------------------------------------------------------

export class TaggerModel {
	readonly L: number;
	readonly featurizer: Featurizer;
	/** open-addressing table of Int16: slot = [key hi, key lo, L weights × 1/wScale] */
	private readonly slots: Int16Array;
	private readonly slotMask: number;
	private readonly wScale: number;
	/** one bit per feature bucket: set when the bucket has weights (filters most misses in L2) */
	private readonly present: Int32Array;
	readonly rows: number;
	readonly start: Float32Array;
	readonly trans: Float32Array;
	readonly end: Float32Array;
	private expTrans: Float64Array;
	private emit = new Float32Array(0);
	private back = new Uint8Array(0);
	private alpha = new Float64Array(0);
	private beta = new Float64Array(0);
	private expEmit = new Float64Array(0);
	private acc = new Int32Array(16);

	constructor(
		readonly header: ModelHeader,
		keys: Uint32Array,
		q: Int8Array,
		scales: Float32Array,
		transitions: Float32Array,
		readonly resources: Resources,
	) {
		this.L = header.labels.length;
		const L = this.L;
		const S = L + 2;
		let cap = 1024;
		while (cap * 0.6 < keys.length) cap <<= 1;
		this.slots = new Int16Array(cap * S);
		this.slotMask = cap - 1;
		this.rows = keys.length;
		let mx = 0;
		for (let i = 0; i < scales.length; i++) if (scales[i] > mx) mx = scales[i];
		mx *= 127;
		this.wScale = mx > 0 ? mx / 32000 : 1;
		const inv = 1 / this.wScale;
		const slots = this.slots;
		this.present = new Int32Array((1 << header.featureBits) >>> 5);
		for (let r = 0; r < keys.length; r++) this.present[keys[r] >>> 5] |= 1 << (keys[r] & 31);
		for (let r = 0; r < keys.length; r++) {
			let sl = keys[r] & this.slotMask;
			while (slots[sl * S] !== 0 || slots[sl * S + 1] !== 0) sl = (sl + 1) & this.slotMask;
			const k = keys[r] + 1;
			const b = sl * S;
			slots[b] = k >>> 16;
			slots[b + 1] = k & 0xffff;
			const f = scales[r] * inv;
			for (let y = 0; y < L; y++) slots[b + 2 + y] = Math.round(q[r * L + y] * f);
		}
		this.start = transitions.subarray(0, L);
		this.trans = transitions.subarray(L, L + L * L);
		this.end = transitions.subarray(L + L * L, L + L * L + L);
		this.featurizer = new Featurizer(header.language, resources, false);
		this.expTrans = new Float64Array(L * L);
		const t = header.temperature || 1;
		for (let i = 0; i < L * L; i++) this.expTrans[i] = allowed(i / L | 0, i % L) ? Math.exp(this.trans[i] / t) : 0;
	}

	static fromBuffer(gz: Buffer, file: string): TaggerModel {
		const { header, body } = parseContainer(gz, file);
		const L = header.labels.length;
		const wk = section(header, body, 'weights.keys', file);
		const wv = section(header, body, 'weights.values', file);
		const ws = section(header, body, 'weights.scales', file);
		const tr = section(header, body, 'transitions', file);
		if (!wk || !wv || !ws || !tr) throw new Error(`Model file ${file} lacks weight sections`);
		const keys = decodeKeys(wk.bytes, wk.info.count);
		const q = new Int8Array(wv.bytes.buffer, wv.bytes.byteOffset, wv.bytes.length);
		const scales = aligned(ws.bytes, 'f32') as Float32Array;
		if (q.length !== keys.length * L || scales.length !== keys.length) throw new Error(`Model file ${file}: weight sections are inconsistent`);
		const transitions = aligned(tr.bytes, 'f32') as Float32Array;
		const resources: Resources = {
			clusters: readTable(header, body, 'clusters', file),
			clusterBits: header.clusterBits,
			gazetteers: header.gazetteers.map((g) => {
				const t = readTable(header, body, 'gaz.' + g, file);
				if (!t) throw new Error(`Model file ${file} lacks gazetteer ${g}`);
				return t;
			}),
			lexicon: readTable(header, body, 'lexicon', file),
		};
		return new TaggerModel(header, keys, q, scales, transitions, resources);
	}

	private ensure(n: number): void {
		if (this.emit.length >= n * this.L) return;
		let c = 64;
		while (c < n) c *= 2;
		this.emit = new Float32Array(c * this.L);
		this.back = new Uint8Array(c * this.L);
		this.alpha = new Float64Array(c * this.L);
		this.beta = new Float64Array(c * this.L);
		this.expEmit = new Float64Array(c * this.L);
	}

	/** Adds the (int16) weights of feature bucket `f0` to acc[o..o+L). */
	private addRow(f0: number, acc: Int32Array | Float32Array, o: number): void {
		if ((this.present[f0 >>> 5] & (1 << (f0 & 31))) === 0) return;
		const L = this.L;
		const S = L + 2;
		const sl16 = this.slots;
		const mask = this.slotMask;
		const f = f0 + 1;
		let sl = f0 & mask;
		for (;;) {
			const b = sl * S;
			const key = (sl16[b] << 16) | (sl16[b + 1] & 0xffff);
			if (key === f) {
				for (let y = 0; y < L; y++) acc[o + y] += sl16[b + 2 + y];
				return;
			}
			if (key === EMPTY) return;
			sl = (sl + 1) & mask;
		}
	}

	/** Summed weights of each role of a word (cached on the word's info). */
	private sums(info: WordInfo): Int32Array {
		let s = info.sums;
		if (s) return s;
		const L = this.L;
		s = new Int32Array(ROLES * L);
		const f = info.roleFeats;
		for (let r = 0; r < ROLES; r++) for (let j = info.roleStart[r], e = info.roleStart[r + 1]; j < e; j++) this.addRow(f[j], s, r * L);
		info.sums = s;
		return s;
	}

	/** Emission scores of the n tokens featurised last. */
	private score(n: number): void {
		const L = this.L;
		const fz = this.featurizer;
		const feats = fz.feats;
		const counts = fz.counts;
		const infos = fz.infos;
		const arabic = fz.arabic;
		const bos = this.sums(fz.bos);
		const eos = this.sums(fz.eos);
		const acc = this.acc;
		const emit = this.emit;
		const sc = this.wScale;
		for (let i = 0; i < n; i++) {
			const me = infos[i];
			const s0 = this.sums(me);
			const pm1 = i > 0 ? this.sums(infos[i - 1]) : bos;
			const pm2 = i > 1 ? this.sums(infos[i - 2]) : bos;
			const pp1 = i + 1 < n ? this.sums(infos[i + 1]) : eos;
			const pp2 = i + 2 < n ? this.sums(infos[i + 2]) : eos;
			const oP1 = Role.Prev1 * L;
			const oP2 = Role.Prev2 * L;
			const oN1 = Role.Next1 * L;
			const oN2 = Role.Next2 * L;
			for (let y = 0; y < L; y++) acc[y] = s0[y] + pm1[oP1 + y] + pm2[oP2 + y] + pp1[oN1 + y] + pp2[oN2 + y];
			if (arabic && me.flags & 16) {
				const a = Role.Prev1A * L;
				const b = Role.Next1A * L;
				for (let y = 0; y < L; y++) acc[y] += pm1[a + y] + pp1[b + y];
			}
			const base = i * MAX_FEATURES;
			const c = counts[i];
			for (let k = 0; k < c; k++) this.addRow(feats[base + k], acc, 0);
			const o = i * L;
			for (let y = 0; y < L; y++) emit[o + y] = acc[y] * sc;
		}
	}

	/**
	 * Labels (indices into header.labels) and per-token confidence (marginal probability of the
	 * chosen label) for a token sequence.
	 */
	tag(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, kinds: ArrayLike<number>, lineStarts: ArrayLike<number>, n: number, out: Uint8Array, conf: Float32Array | undefined, words?: readonly string[], wordOffset = 0): void {
		if (n === 0) return;
		this.ensure(n);
		this.featurizer.extract(text, starts, ends, kinds, lineStarts, n, words, wordOffset);
		this.score(n);
		viterbi(this.emit, this.start, this.trans, this.end, n, this.L, this.back, out);
		if (conf) this.marginals(n, out, conf);
	}

	/**
	 * Local confidence of label y at token i given the previous label (softmax over the labels
	 * of emission + transition, at the model's temperature). Valid after `tag`.
	 */
	localConfidence(i: number, prev: number, y: number, n: number, next: number): number {
		const { L, emit } = this;
		const t = this.header.temperature || 1;
		const score = (j: number, p: number, z: number): number => emit[j * L + z] + (p < 0 ? this.start[z] : this.trans[p * L + z]);
		let den = 0;
		const own = score(i, prev, y);
		for (let z = 0; z < L; z++) if (p_allowed(prev, z)) den += Math.exp((score(i, prev, z) - own) / t);
		let c = 1 / den;
		// the next token must not continue the entity: probability it does not
		if (i + 1 < n && isInside(y + (y % 2 === 1 ? 1 : 0)) && next !== y + (y % 2 === 1 ? 1 : 0)) {
			const inside = y % 2 === 1 ? y + 1 : y;
			let d2 = 0;
			const sn = score(i + 1, y, next);
			let pin = 0;
			for (let z = 0; z < L; z++) {
				if (!p_allowed(y, z)) continue;
				const e = Math.exp((score(i + 1, y, z) - sn) / t);
				d2 += e;
				if (z === inside) pin = e;
			}
			c *= 1 - pin / d2;
		}
		return c;
	}

	private marginals(n: number, labels: Uint8Array, conf: Float32Array): void {
		const { L, emit, expTrans, alpha, beta, expEmit } = this;
		const t = this.header.temperature || 1;
		for (let i = 0; i < n; i++) {
			let mx = -Infinity;
			for (let y = 0; y < L; y++) if (emit[i * L + y] > mx) mx = emit[i * L + y];
			for (let y = 0; y < L; y++) expEmit[i * L + y] = Math.exp((emit[i * L + y] - mx) / t);
		}
		let z = 0;
		for (let y = 0; y < L; y++) {
			const v = isInside(y) ? 0 : Math.exp(this.start[y] / t) * expEmit[y];
			alpha[y] = v;
			z += v;
		}
		for (let y = 0; y < L; y++) alpha[y] /= z || 1;
		for (let i = 1; i < n; i++) {
			let s = 0;
			for (let y = 0; y < L; y++) {
				let a = 0;
				for (let p = 0; p < L; p++) a += alpha[(i - 1) * L + p] * expTrans[p * L + y];
				a *= expEmit[i * L + y];
				alpha[i * L + y] = a;
				s += a;
			}
			for (let y = 0; y < L; y++) alpha[i * L + y] /= s || 1;
		}
		for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = Math.exp(this.end[y] / t);
		for (let i = n - 2; i >= 0; i--) {
			let s = 0;
			for (let p = 0; p < L; p++) {
				let b = 0;
				for (let y = 0; y < L; y++) b += expTrans[p * L + y] * expEmit[(i + 1) * L + y] * beta[(i + 1) * L + y];
				beta[i * L + p] = b;
				s += b;
			}
			for (let p = 0; p < L; p++) beta[i * L + p] /= s || 1;
		}
		for (let i = 0; i < n; i++) {
			let s = 0;
			for (let y = 0; y < L; y++) s += alpha[i * L + y] * beta[i * L + y];
			const y = labels[i];
			conf[i] = s > 0 ? (alpha[i * L + y] * beta[i * L + y]) / s : 0;
		}
	}
}

function p_allowed(prev: number, y: number): boolean {
	return prev < 0 ? !isInside(y) : allowed(prev, y);
}

export function isInside(y: number): boolean {
	return y > 0 && y % 2 === 0;
}

/** I-X may only follow B-X or I-X. */
export function allowed(prev: number, y: number): boolean {
	if (!isInside(y)) return true;
	return prev === y || prev === y - 1;
}

/** Viterbi decoding with the BIO constraint. */
export function viterbi(emit: ArrayLike<number>, start: ArrayLike<number>, trans: ArrayLike<number>, end: ArrayLike<number>, n: number, L: number, back: Uint8Array, out: Uint8Array, delta?: Float64Array): void {
	const d = delta && delta.length >= 2 * L ? delta : new Float64Array(2 * L);
	let cur = 0;
	for (let y = 0; y < L; y++) d[y] = isInside(y) ? -1e30 : start[y] + emit[y];
	for (let i = 1; i < n; i++) {
		const nxt = cur ^ L;
		for (let y = 0; y < L; y++) {
			let best = -Infinity;
			let arg = 0;
			const inside = isInside(y);
			for (let p = 0; p < L; p++) {
				if (inside && p !== y && p !== y - 1) continue;
				const v = d[cur + p] + trans[p * L + y];
				if (v > best) {
					best = v;
					arg = p;
				}
			}
			d[nxt + y] = best + emit[i * L + y];
			back[i * L + y] = arg;
		}
		cur = nxt;
	}
	let best = -Infinity;
	let arg = 0;
	for (let y = 0; y < L; y++) {
		const v = d[cur + y] + end[y];
		if (v > best) {
			best = v;
			arg = y;
		}
	}
	out[n - 1] = arg;
	for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]];
}
