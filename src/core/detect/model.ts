/**
 * Model file format and the tagger that runs it (plain TypeScript, no dependencies).
 *
 * A model file (`ner-<lang>.bin`) is gzip of: "AANM", u32 header length, UTF-8 JSON header,
 * then binary sections described by the header. Keys are 32-bit hashes (sorted, delta-varint
 * encoded); no word or sentence of the training data is stored.
 */
import { gunzipSync } from 'node:zlib';
import { HashIndex } from './hashindex';
import { BloomGazetteer, Featurizer, MAX_FEATURES, ROLES, Role, TableGazetteer, type Gazetteer, type HashTable, type Resources, type WordInfo } from './features';
import type { LanguageCode } from '../types';
import { labelScheme, type LabelScheme } from './labels';

export const MODEL_FORMAT_VERSION = 1;
const EMPTY = 0; // table keys are bucket id + 1
const CACHE_MASK = 8191;
/** tokens on each side of a span that its probability looks at */
const SPAN_WINDOW = 4;

export interface SectionInfo {
	name: string;
	kind: 'keys' | 'u8' | 'i8' | 'u16' | 'u32' | 'f32';
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
	/** Temperature of the span probabilities (forward-backward over emission + transition scores). */
	temperature: number;
	/**
	 * Logistic calibration of a span's probability p into the confidence shown:
	 * sigmoid(a · logit(p) + b + typeBias[type]) (fitted on held-out training documents).
	 */
	calibration?: { a: number; b: number; typeBias?: Record<string, number> };
	/** Added to the emission score of O at decoding (negative: more entities, more recall). */
	oBias?: number;
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
		throw new Error(`Model file ${file} is corrupt (${(e as Error).message})`, { cause: e });
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

function section(header: ModelHeader, body: Uint8Array, name: string): { info: SectionInfo; bytes: Uint8Array } | undefined {
	const info = header.sections.find((s) => s.name === name);
	if (!info) return undefined;
	return { info, bytes: body.subarray(info.offset, info.offset + info.length) };
}

function aligned(bytes: Uint8Array, ctor: 'u16' | 'u32' | 'f32' | 'i8' | 'u8'): Uint16Array | Uint32Array | Float32Array | Int8Array | Uint8Array {
	const copy = new Uint8Array(bytes.length);
	copy.set(bytes);
	switch (ctor) {
		case 'u32':
			return new Uint32Array(copy.buffer, 0, copy.length >> 2);
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
	const k = section(header, body, name + '.keys');
	const v = section(header, body, name + '.values');
	if (!k || !v) return undefined;
	const keys = decodeKeys(k.bytes, k.info.count);
	const values = aligned(v.bytes, v.info.kind === 'u16' ? 'u16' : 'u8') as Uint16Array | Uint8Array;
	if (values.length !== keys.length) throw new Error(`Model file ${file}: table ${name} is inconsistent`);
	return { index: new HashIndex(keys), values };
}

// ---- the tagger --------------------------------------------------------------------------

export class TaggerModel {
	readonly L: number;
	readonly scheme: LabelScheme;
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
	private expStart: Float64Array;
	private expEnd: Float64Array;
	/** per label: the sums of exp(transition) into it and out of it (window edges) */
	private expInto: Float64Array;
	private expFrom: Float64Array;
	private scaleBuf = new Float64Array(0);
	private pathBuf: number[] = [];
	private emit = new Float32Array(0);
	private back = new Uint8Array(0);
	private alpha = new Float64Array(0);
	private beta = new Float64Array(0);
	private expEmit = new Float64Array(0);
	// expEmit of token i is current when expStamp[i] === expEpoch (the spans of one sequence share tokens)
	private expStamp = new Int32Array(0);
	private expEpoch = 1;
	private readonly acc: Int32Array;
	private readonly delta: Float64Array;
	private rowCacheKey = new Int32Array(CACHE_MASK + 1);
	/** the summed role weights of every word form scored (see `sumsOf`) */
	private sumStore = new Int32Array(0);
	private sumCount = 0;
	/** the featurizer's count of forgettings when the store was last in step with it */
	private forgotten = 0;
	/** where the sums of each token of the sequence sit in `sumStore` */
	private at = new Int32Array(0);
	private rowCache: Int16Array;

	constructor(
		readonly header: ModelHeader,
		keys: Uint32Array,
		q: Int8Array,
		scales: Float32Array,
		transitions: Float32Array,
		readonly resources: Resources,
	) {
		this.L = header.labels.length;
		this.scheme = labelScheme(header.labels);
		const L = this.L;
		this.rowCache = new Int16Array((CACHE_MASK + 1) * L);
		this.acc = new Int32Array(L);
		// Viterbi scores of two positions
		this.delta = new Float64Array(2 * L);
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
		this.present = new Int32Array((1 << header.featureBits) >>> 5);
		buildSlots(keys, q, scales, L, 1 / this.wScale, this.slots, this.slotMask, this.present);
		this.start = transitions.subarray(0, L);
		this.trans = transitions.subarray(L, L + L * L);
		this.end = transitions.subarray(L + L * L, L + L * L + L);
		this.featurizer = new Featurizer(header.language, resources, false);
		this.expTrans = new Float64Array(L * L);
		this.expStart = new Float64Array(L);
		this.expEnd = new Float64Array(L);
		this.expInto = new Float64Array(L);
		this.expFrom = new Float64Array(L);
		this.setTemperature(header.temperature || 1);
	}

	/** Sets the temperature of the span probabilities (also used by the calibration tool). */
	setTemperature(t: number): void {
		this.expEpoch++;
		(this.header as { temperature: number }).temperature = t;
		const L = this.L;
		const { allowed, canStart, canEnd } = this.scheme;
		for (let i = 0; i < L * L; i++) this.expTrans[i] = allowed[i] ? Math.exp(this.trans[i] / t) : 0;
		for (let y = 0; y < L; y++) {
			this.expStart[y] = canStart[y] ? Math.exp(this.start[y] / t) : 0;
			this.expEnd[y] = canEnd[y] ? Math.exp(this.end[y] / t) : 0;
		}
		// at a window's edges the label outside is marginalised with a uniform prior
		this.expInto.fill(0);
		this.expFrom.fill(0);
		for (let p = 0; p < L; p++) {
			for (let y = 0; y < L; y++) {
				this.expInto[y] += this.expTrans[p * L + y];
				this.expFrom[p] += this.expTrans[p * L + y];
			}
		}
	}

	static fromBuffer(gz: Buffer, file: string): TaggerModel {
		const { header, body } = parseContainer(gz, file);
		const L = header.labels.length;
		const wk = section(header, body, 'weights.keys');
		const wv = section(header, body, 'weights.values');
		const ws = section(header, body, 'weights.scales');
		const tr = section(header, body, 'transitions');
		if (!wk || !wv || !ws || !tr) throw new Error(`Model file ${file} lacks weight sections`);
		const keys = decodeKeys(wk.bytes, wk.info.count);
		const q = new Int8Array(wv.bytes.buffer, wv.bytes.byteOffset, wv.bytes.length);
		const scales = aligned(ws.bytes, 'f32') as Float32Array;
		if (q.length !== keys.length * L || scales.length !== keys.length) throw new Error(`Model file ${file}: weight sections are inconsistent`);
		const transitions = aligned(tr.bytes, 'f32') as Float32Array;
		const resources: Resources = {
			options: (header.featureOptions as Record<string, number> | undefined) ?? {},
			featureBits: header.featureBits,
			clusters: readTable(header, body, 'clusters', file),
			clusterBits: header.clusterBits,
			gazetteers: header.gazetteers.map((g): Gazetteer => {
				const bloom = section(header, body, 'gaz.' + g + '.bloom');
				if (bloom) return new BloomGazetteer(aligned(bloom.bytes, 'u32') as Uint32Array, bloom.info.count);
				const t = readTable(header, body, 'gaz.' + g, file);
				if (!t) throw new Error(`Model file ${file} lacks gazetteer ${g}`);
				return new TableGazetteer(t);
			}),
			lexicon: readTable(header, body, 'lexicon', file),
			casing: readTable(header, body, 'casing', file),
			wordSense: readTable(header, body, 'wordSense', file),
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
		this.expStamp = new Int32Array(c);
	}

	/** Adds the (int16) weights of feature bucket `f0` to acc[o..o+L). */
	private addRow(f0: number, acc: Int32Array | Float32Array, o: number): void {
		const L = this.L;
		// a small direct-mapped cache of rows in front of the big table (frequent conjunctions)
		const ci = (f0 ^ (f0 >>> 12)) & CACHE_MASK;
		const cb = ci * L;
		const cache = this.rowCache;
		if (this.rowCacheKey[ci] === f0 + 1) {
			for (let y = 0; y < L; y++) acc[o + y] += cache[cb + y];
			return;
		}
		if ((this.present[f0 >>> 5] & (1 << (f0 & 31))) === 0) return;
		const S = L + 2;
		const sl16 = this.slots;
		const mask = this.slotMask;
		const f = f0 + 1;
		let sl = f0 & mask;
		for (;;) {
			const b = sl * S;
			const key = (sl16[b] << 16) | (sl16[b + 1] & 0xffff);
			if (key === f) {
				for (let y = 0; y < L; y++) {
					const v = sl16[b + 2 + y];
					acc[o + y] += v;
					cache[cb + y] = v;
				}
				this.rowCacheKey[ci] = f;
				return;
			}
			if (key === EMPTY) return;
			sl = (sl + 1) & mask;
		}
	}

	/** Emission score of label y at token i of the sequence tagged last. */
	emission(i: number, y: number): number {
		return this.emit[i * this.L + y];
	}

	/** Emission scores (as `emission` gives them) of an explicit feature list (for tests: training-mode features). */
	scoreFeatures(feats: ArrayLike<number>, from: number, count: number): Float32Array {
		const acc = new Int32Array(this.L);
		for (let k = 0; k < count; k++) this.addRow(feats[from + k], acc, 0);
		const out = new Float32Array(this.L);
		for (let y = 0; y < this.L; y++) out[y] = acc[y] * this.wScale;
		out[0] += this.header.oBias ?? 0;
		return out;
	}

	/**
	 * Where the summed weights of each role of a word sit in `sumStore` (computed once per word
	 * form). One dense store rather than an array per word: scoring a token reads five words' sums,
	 * and each array of its own was a pointer to follow into scattered memory.
	 */
	private sumsOf(info: WordInfo): number {
		if (info.sumsAt >= 0) return info.sumsAt;
		const L = this.L;
		const size = ROLES * L;
		if (this.sumCount + size > this.sumStore.length) {
			const grown = new Int32Array(Math.max(this.sumStore.length * 2, size * 1024));
			grown.set(this.sumStore.subarray(0, this.sumCount));
			this.sumStore = grown;
		}
		const at = this.sumCount;
		this.sumCount += size;
		const store = this.sumStore;
		// a store emptied after the featurizer forgot its words still holds the old sums
		store.fill(0, at, at + size);
		const f = info.roleFeats;
		for (let r = 0; r < ROLES; r++) for (let j = info.roleStart[r], e = info.roleStart[r + 1]; j < e; j++) this.addRow(f[j], store, at + r * L);
		info.sumsAt = at;
		return at;
	}

	/** Emission scores of the n tokens featurised last. */
	private score(n: number): void {
		this.expEpoch++;
		const L = this.L;
		const fz = this.featurizer;
		const feats = fz.feats;
		const counts = fz.counts;
		const infos = fz.infos;
		const arabic = fz.arabic;
		if (fz.forgotten !== this.forgotten) {
			// the featurizer dropped its word forms: their sums go too (the words of this sequence,
			// which it may have read before, and the boundaries are summed again)
			this.forgotten = fz.forgotten;
			this.sumCount = 0;
			fz.bos.sumsAt = -1;
			fz.eos.sumsAt = -1;
			for (let i = 0; i < n; i++) infos[i].sumsAt = -1;
		}
		const bos = this.sumsOf(fz.bos);
		const eos = this.sumsOf(fz.eos);
		const acc = this.acc;
		const emit = this.emit;
		const sc = this.wScale;
		const oBias = this.header.oBias ?? 0;
		const far = !!fz.res.options?.far;
		// where each token's sums are (computed once per word form)
		if (this.at.length < n) this.at = new Int32Array(Math.max(n, 2 * this.at.length));
		const at = this.at;
		for (let i = 0; i < n; i++) at[i] = this.sumsOf(infos[i]);
		const store = this.sumStore;
		const oP1 = Role.Prev1 * L;
		const oP2 = Role.Prev2 * L;
		const oN1 = Role.Next1 * L;
		const oN2 = Role.Next2 * L;
		for (let i = 0; i < n; i++) {
			const s0 = at[i];
			const pm1 = (i > 0 ? at[i - 1] : bos) + oP1;
			const pm2 = (i > 1 ? at[i - 2] : bos) + oP2;
			const pp1 = (i + 1 < n ? at[i + 1] : eos) + oN1;
			const pp2 = (i + 2 < n ? at[i + 2] : eos) + oN2;
			for (let y = 0; y < L; y++) acc[y] = store[s0 + y] + store[pm1 + y] + store[pm2 + y] + store[pp1 + y] + store[pp2 + y];
			if (arabic && infos[i].flags & 16) {
				const a = (i > 0 ? at[i - 1] : bos) + Role.Prev1A * L;
				const b = (i + 1 < n ? at[i + 1] : eos) + Role.Next1A * L;
				for (let y = 0; y < L; y++) acc[y] += store[a + y] + store[b + y];
			}
			if (far) {
				// words at distance 3 and 4 (bag on each side)
				const a = Role.PrevFar * L;
				const b = Role.NextFar * L;
				const pm3 = (i > 2 ? at[i - 3] : bos) + a;
				const pm4 = (i > 3 ? at[i - 4] : bos) + a;
				const pp3 = (i + 3 < n ? at[i + 3] : eos) + b;
				const pp4 = (i + 4 < n ? at[i + 4] : eos) + b;
				for (let y = 0; y < L; y++) acc[y] += store[pm3 + y] + store[pm4 + y] + store[pp3 + y] + store[pp4 + y];
			}
			const base = i * MAX_FEATURES;
			const c = counts[i];
			for (let k = 0; k < c; k++) this.addRow(feats[base + k], acc, 0);
			const o = i * L;
			for (let y = 0; y < L; y++) emit[o + y] = acc[y] * sc;
			emit[o] += oBias;
		}
	}

	/** Labels (indices into header.labels) of a token sequence (Viterbi). */
	tag(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, kinds: ArrayLike<number>, lineStarts: ArrayLike<number>, n: number, out: Uint8Array, words?: readonly string[], wordOffset = 0): void {
		if (n === 0) return;
		this.ensure(n);
		this.featurizer.extract(text, starts, ends, kinds, lineStarts, n, words, wordOffset);
		this.score(n);
		viterbi(this.emit, this.start, this.trans, this.end, n, this.scheme, this.back, out, this.delta);
	}

	/**
	 * Probability that tokens [s, e) of the n tokens tagged last are exactly one entity of the
	 * type of label `y` (its first label): the span's labels (BIO: B-X I-X…, and the next token
	 * not I-X; BILOU: U-X, or B-X I-X… L-X, which nothing can continue). Computed
	 * by scaled forward-backward over a window of SPAN_WINDOW tokens around the span (the labels
	 * before and after the window are marginalised with a uniform prior; at the text's edges the
	 * start and end scores apply), so the cost does not grow with the length of the sentence.
	 */
	spanProbability(s: number, e: number, y: number, n: number): number {
		const { L, emit, expTrans, alpha, beta, expEmit } = this;
		const { preds, succs } = this.scheme;
		const a = s > SPAN_WINDOW ? s - SPAN_WINDOW : 0;
		const b = e + SPAN_WINDOW < n ? e + SPAN_WINDOW : n;
		const scale = this.scaleBuf.length >= n + 1 ? this.scaleBuf : (this.scaleBuf = new Float64Array(2 * n + 2));
		const t = this.header.temperature || 1;
		const stamp = this.expStamp;
		const epoch = this.expEpoch;
		for (let i = a; i < b; i++) {
			if (stamp[i] === epoch) continue;
			stamp[i] = epoch;
			const o = i * L;
			let mx = -Infinity;
			for (let z = 0; z < L; z++) if (emit[o + z] > mx) mx = emit[o + z];
			for (let z = 0; z < L; z++) expEmit[o + z] = Math.exp((emit[o + z] - mx) / t);
		}
		// forward
		let sum = 0;
		const o0 = a * L;
		for (let z = 0; z < L; z++) {
			let v: number;
			if (a === 0) v = this.expStart[z];
			else v = this.expInto[z] / L;
			v *= expEmit[o0 + z];
			alpha[o0 + z] = v;
			sum += v;
		}
		scale[a] = sum || 1e-300;
		for (let z = 0; z < L; z++) alpha[o0 + z] /= scale[a];
		for (let i = a + 1; i < b; i++) {
			let ss = 0;
			const o = i * L;
			const po = o - L;
			for (let z = 0; z < L; z++) {
				let v = 0;
				const pz = preds[z];
				for (let k = 0; k < pz.length; k++) {
					const p = pz[k];
					v += alpha[po + p] * expTrans[p * L + z];
				}
				v *= expEmit[o + z];
				alpha[o + z] = v;
				ss += v;
			}
			scale[i] = ss || 1e-300;
			for (let z = 0; z < L; z++) alpha[o + z] /= scale[i];
		}
		// backward
		const ol = (b - 1) * L;
		let zEnd = 0;
		for (let z = 0; z < L; z++) {
			let v: number;
			if (b === n) v = this.expEnd[z];
			else v = this.expFrom[z] / L;
			beta[ol + z] = v;
			zEnd += alpha[ol + z] * v;
		}
		scale[b] = zEnd || 1e-300;
		for (let z = 0; z < L; z++) beta[ol + z] /= scale[b];
		for (let i = b - 2; i >= e - 1; i--) {
			const o = i * L;
			const no = o + L;
			for (let p = 0; p < L; p++) {
				let v = 0;
				const sp = succs[p];
				for (let k = 0; k < sp.length; k++) {
					const q = sp[k];
					v += expTrans[p * L + q] * expEmit[no + q] * beta[no + q];
				}
				beta[o + p] = v / scale[i + 1];
			}
		}
		// the span's path
		const path = this.scheme.spanLabels(this.scheme.typeOf[y], e - s, this.pathBuf);
		let pr = alpha[s * L + path[0]];
		let prev = path[0];
		for (let k = s + 1; k < e; k++) {
			const z = path[k - s];
			pr *= (expTrans[prev * L + z] * expEmit[k * L + z]) / scale[k];
			prev = z;
		}
		let bb = beta[(e - 1) * L + prev];
		if (!this.scheme.bilou && e < b) {
			const inside = prev === path[0] ? prev + 1 : prev;
			bb -= (expTrans[prev * L + inside] * expEmit[e * L + inside] * beta[e * L + inside]) / scale[e];
		}
		const r = pr * bb;
		return r < 0 ? 0 : r > 1 ? 1 : r;
	}

	/** Confidence shown for a span of probability p (the header's calibration). */
	confidence(p: number, type: string): number {
		const c = this.header.calibration;
		if (!c) return p;
		const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
		const x = c.a * Math.log(q / (1 - q)) + c.b + (c.typeBias?.[type] ?? 0);
		return 1 / (1 + Math.exp(-x));
	}
}

/** Fills the int16 slot table (key hi, key lo, L weights) and the presence bitset. */
function buildSlots(keys: Uint32Array, q: Int8Array, scales: Float32Array, L: number, inv: number, slots: Int16Array, mask: number, present: Int32Array): void {
	const S = L + 2;
	const n = keys.length;
	for (let r = 0; r < n; r++) {
		const key = keys[r];
		present[key >>> 5] |= 1 << (key & 31);
		let sl = key & mask;
		while (slots[sl * S] !== 0 || slots[sl * S + 1] !== 0) sl = (sl + 1) & mask;
		const k = key + 1;
		const b = sl * S;
		slots[b] = k >>> 16;
		slots[b + 1] = k & 0xffff;
		const f = scales[r] * inv;
		const qo = r * L;
		for (let y = 0; y < L; y++) {
			slots[b + 2 + y] = Math.round(q[qo + y] * f);
		}
	}
}

/** Viterbi decoding over the well-formed label sequences of the scheme (BIO or BILOU). */
export function viterbi(emit: ArrayLike<number>, start: ArrayLike<number>, trans: ArrayLike<number>, end: ArrayLike<number>, n: number, scheme: LabelScheme, back: Uint8Array, out: Uint8Array, delta?: Float64Array): void {
	const L = scheme.L;
	const { preds, canStart, canEnd } = scheme;
	const d = delta && delta.length >= 2 * L ? delta : new Float64Array(2 * L);
	let cur = 0;
	for (let y = 0; y < L; y++) d[y] = canStart[y] ? start[y] + emit[y] : -1e30;
	for (let i = 1; i < n; i++) {
		const nxt = cur ^ L;
		for (let y = 0; y < L; y++) {
			let best = -Infinity;
			let arg = 0;
			const py = preds[y];
			for (let k = 0; k < py.length; k++) {
				const p = py[k];
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
		if (!canEnd[y]) continue;
		const v = d[cur + y] + end[y];
		if (v > best) {
			best = v;
			arg = y;
		}
	}
	out[n - 1] = arg;
	for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]];
}
