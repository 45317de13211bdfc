/**
 * Feature extraction for the sequence tagger. The same code runs at training and at detection
 * time. Every feature is a 32-bit hash (template id combined with hashed values); the model maps
 * the top `FEATURE_BITS` bits of it to a weight row. No strings are stored.
 */
import type { LanguageCode } from '../types';
import { combine, combine3, hashString } from './hash';
import { HashIndex } from './hashindex';
import { normalizeArabic, splitProclitics, type ArabicLexicon } from './arabic';
import { C, cls, type TokenKind } from './tokenize';

export const FEATURE_BITS = 22;
export const MAX_FEATURES = 96;
export const MAX_GAZ_LEN = 6;

/** A hashed string → value table (clusters, gazetteers, lexicon). */
export interface HashTable {
	readonly index: HashIndex;
	readonly values: Uint16Array | Uint8Array;
}

export function tableGet(t: HashTable | undefined, key: number): number {
	if (!t) return 0;
	const r = t.index.get(key);
	return r < 0 ? 0 : t.values[r];
}

export interface Resources {
	/** word hash → cluster leaf id + 1 (0 = unknown); leaf ids are hierarchical (bit prefixes). */
	clusters?: HashTable;
	clusterBits?: readonly number[];
	/** gazetteers: entry hash → type mask (1 PER, 2 ORG, 4 LOC, 8 MISC). */
	gazetteers: HashTable[];
	/** Arabic: word hash → log2 count + 1. */
	lexicon?: HashTable;
}

export const WORD_SEED = 0x5bd1e995;

/** Hash of a normalised word (lexicon, cluster and gazetteer key). */
export function wordHash(norm: string): number {
	return hashString(norm, WORD_SEED);
}

export function lexiconFunction(t: HashTable | undefined): ArabicLexicon | undefined {
	if (!t) return undefined;
	return (w: string) => {
		const v = tableGet(t, wordHash(w));
		return v === 0 ? 0 : 1 << (v - 1);
	};
}

/** Lower-cases Latin, normalises Arabic; the form features and keys are computed on. */
export function normalizeToken(raw: string, arabic: boolean): string {
	if (arabic) return normalizeArabic(raw);
	let s = raw.toLowerCase();
	// unify apostrophes
	if (s.length === 1) {
		const c = s.charCodeAt(0);
		if (cls(c) === C.Apostrophe) s = "'";
		else if (c === 0x2013 || c === 0x2014 || c === 0x2010 || c === 0x2011) s = '-';
		else if (c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e) s = '"';
	}
	return s;
}

/** Key hash of one token for gazetteers (Arabic: proclitics stripped, article restored). */
export function tokenKeyHash(raw: string, lex: ArabicLexicon | undefined): number {
	const arabic = raw.length > 0 && cls(raw.charCodeAt(0)) === C.Arabic;
	if (arabic) return wordHash(splitProclitics(raw, lex).key);
	return wordHash(normalizeToken(raw, false));
}

/** Gazetteer key of a token sequence. */
export function sequenceKey(hashes: ArrayLike<number>, from: number, to: number): number {
	let h = hashes[from];
	for (let j = from + 1; j < to; j++) h = combine(h, hashes[j]);
	return h;
}

// Template ids
const T = {
	bias: 1, w: 2, wm1: 3, wp1: 4, wm2: 5, wp2: 6, bim: 7, bip: 8, pre: 10, suf: 20, shape: 30, sshape3: 31, shm1: 32, shp1: 33,
	cap: 34, len: 35, cl: 40, clm1: 50, clp1: 60, gaz: 70, stem: 80, noal: 81, clit: 82, stempre: 83, stemsuf: 88, stemm1: 95, stemp1: 96,
	sufm1: 97, sufp1: 98, tri: 99, url: 100, clstem: 110, capctx: 120,
};

const UPPER = new Int8Array(65536).fill(-1);
function isUpper(c: number): boolean {
	let u = UPPER[c];
	if (u === -1) {
		const ch = String.fromCharCode(c);
		u = ch !== ch.toLowerCase() ? 1 : 0;
		UPPER[c] = u;
	}
	return u === 1;
}

function shapeHash(raw: string, short: boolean): number {
	let h = 0x811c9dc5 ^ (short ? 77 : 78);
	let prev = -1;
	let run = 0;
	const n = raw.length < 40 ? raw.length : 40;
	for (let i = 0; i < n; i++) {
		const c = raw.charCodeAt(i);
		const k = cls(c);
		let m: number;
		if (k === C.Latin) m = isUpper(c) ? 88 : 120; // X / x
		else if (k === C.Arabic) m = 97; // a
		else if (k === C.Digit) m = 100; // d
		else if (k === C.Mark) continue;
		else if (k === C.Apostrophe) m = 39;
		else if (c === 0x2013 || c === 0x2014 || c === 0x2010 || c === 0x2011) m = 45;
		else if (c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e) m = 34;
		else m = c;
		if (m === prev) {
			run++;
			if (short || run >= 3) continue;
		} else run = 0;
		prev = m;
		h ^= m;
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** Everything about a token that depends on its text alone (cached per word form). */
interface WordInfo {
	norm: string;
	hw: number;
	shape: number;
	sshape: number;
	suf2: number;
	/** 1 capitalised, 2 all caps, 4 number, 8 punct, 16 Arabic, 64 inner capital */
	flags: number;
	sentEnd: boolean;
	clus: number;
	hStem: number;
	/** token-intrinsic feature buckets */
	feats: Int32Array;
}

const SENT_END = new Set(['.', '!', '?', ':', ';', '"', '«', '»', '“', '”', '—', '–', '-', '(', '؟', '…', '|', '•', '*']);

/**
 * Reusable feature extractor for one language. `extract` fills `feats` (n × MAX_FEATURES,
 * bucket ids) and `counts` for a token sequence.
 */
export class Featurizer {
	readonly arabic: boolean;
	feats = new Int32Array(0);
	counts = new Uint8Array(0);
	private cap = 0;
	private norm: string[] = [];
	private hW = new Uint32Array(0);
	private hG = new Uint32Array(0);
	private hShape = new Uint32Array(0);
	private hSShape = new Uint32Array(0);
	private flags = new Uint8Array(0);
	private clus = new Int32Array(0);
	private hStem = new Uint32Array(0);
	private hSuf2 = new Uint32Array(0);
	private lex: ArabicLexicon | undefined;
	private readonly shift = 32 - FEATURE_BITS;

	constructor(
		readonly language: LanguageCode,
		readonly res: Resources,
	) {
		this.arabic = language === 'ar';
		this.lex = lexiconFunction(res.lexicon);
	}

	private ensure(n: number): void {
		if (n <= this.cap) return;
		let c = Math.max(64, this.cap);
		while (c < n) c *= 2;
		this.cap = c;
		this.feats = new Int32Array(c * MAX_FEATURES);
		this.counts = new Uint8Array(c);
		this.hW = new Uint32Array(c);
		this.hG = new Uint32Array(c);
		this.hShape = new Uint32Array(c);
		this.hSShape = new Uint32Array(c);
		this.flags = new Uint8Array(c);
		this.clus = new Int32Array(c);
		this.hStem = new Uint32Array(c);
		this.hSuf2 = new Uint32Array(c);
		this.norm = new Array(c);
		this.regular = new Uint8Array(c);
	}

	/** Normalised form of token i after `extract` (for callers that need it). */
	normOf(i: number): string {
		return this.norm[i];
	}

	private cache = new Map<string, WordInfo>();
	private infos: WordInfo[] = [];
	private tmp = new Int32Array(MAX_FEATURES);

	private wordInfo(raw: string, kind: number): WordInfo {
		let info = this.cache.get(raw);
		if (info) return info;
		const { res } = this;
		const c0 = raw.charCodeAt(0);
		const k0 = cls(c0);
		const isAr = this.arabic && k0 === C.Arabic;
		const nm = normalizeToken(raw, isAr);
		const hw = wordHash(nm);
		let f = 0;
		if (k0 === C.Latin) {
			if (raw !== nm) {
				f |= 1;
				if (raw.toUpperCase() === raw && raw.length > 1) f |= 2;
				else if (raw.charCodeAt(0) === nm.charCodeAt(0)) f |= 64;
			}
		} else if (k0 === C.Arabic) f |= 16;
		if (kind === 2) f |= 8;
		if (kind === 1) f |= 4;
		const clus = res.clusters ? tableGet(res.clusters, hw) - 1 : -1;
		const hStem = isAr ? wordHash(splitProclitics(raw, this.lex).key) : hw;
		// intrinsic features
		const shift = this.shift;
		const tmp = this.tmp;
		let k = 0;
		tmp[k++] = combine(T.w, hw) >>> shift;
		const L = nm.length;
		if (!(f & 8)) {
			for (let p = 1; p <= 4 && p <= L; p++) {
				tmp[k++] = combine(T.pre + p, hashString(nm, p, 0, p)) >>> shift;
				tmp[k++] = combine(T.suf + p, hashString(nm, p + 10, L - p)) >>> shift;
			}
		}
		const shape = shapeHash(raw, false);
		tmp[k++] = combine(T.shape, shape) >>> shift;
		tmp[k++] = combine(T.len, L > 12 ? 12 : L) >>> shift;
		if (kind === 3) tmp[k++] = T.url >>> shift;
		const bits = res.clusterBits;
		if (bits) {
			for (let b = 0; b < bits.length; b++) {
				const sh = bits[bits.length - 1] - bits[b];
				tmp[k++] = combine3(T.cl + b, clus < 0 ? clus : clus >> sh, 0) >>> shift;
			}
		}
		if (isAr) {
			tmp[k++] = combine(T.stem, hStem) >>> shift;
			if (res.clusters && bits) {
				const cs = tableGet(res.clusters, hStem) - 1;
				tmp[k++] = combine3(T.clstem, cs < 0 ? cs : cs >> (bits[bits.length - 1] - bits[1]), 0) >>> shift;
				tmp[k++] = combine3(T.clstem + 1, cs, 0) >>> shift;
			}
			// forms without و/ف/ب/ل/ك and without ال, lexicon-free
			let p = 0;
			let clit = 0;
			const a0 = nm.charCodeAt(0);
			if ((a0 === 0x0648 || a0 === 0x0641) && L > 3) {
				p = 1;
				clit = a0;
			}
			const a1 = nm.charCodeAt(p);
			if ((a1 === 0x0628 || a1 === 0x0644 || a1 === 0x0643) && L - p > 3) {
				if (nm.charCodeAt(p + 1) === 0x0627 && nm.charCodeAt(p + 2) === 0x0644) {
					p += 1;
					clit = clit * 31 + a1;
				} else if (a1 === 0x0644 && nm.charCodeAt(p + 1) === 0x0644) {
					p += 2;
					clit = clit * 31 + 0x0644 * 7;
				}
			}
			let q = p;
			if (nm.charCodeAt(q) === 0x0627 && nm.charCodeAt(q + 1) === 0x0644 && L - q > 3) {
				q += 2;
				clit = clit * 31 + 1;
			}
			tmp[k++] = combine(T.clit, clit) >>> shift;
			if (q > 0) {
				tmp[k++] = combine(T.noal, hashString(nm, 3, q)) >>> shift;
				const M = L - q;
				for (let z = 1; z <= 3 && z <= M; z++) {
					tmp[k++] = combine(T.stempre + z, hashString(nm, 40 + z, q, q + z)) >>> shift;
					tmp[k++] = combine(T.stemsuf + z, hashString(nm, 50 + z, L - z)) >>> shift;
				}
			} else tmp[k++] = combine(T.noal, hashString(nm, 3)) >>> shift;
		}
		info = {
			norm: nm,
			hw,
			shape,
			sshape: shapeHash(raw, true),
			suf2: hashString(nm, 7, Math.max(0, L - 2)),
			flags: f,
			sentEnd: SENT_END.has(nm),
			clus,
			hStem,
			feats: tmp.slice(0, k),
		};
		if (this.cache.size >= 100000) this.cache.clear();
		this.cache.set(raw, info);
		return info;
	}

	extract(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, kinds: ArrayLike<number>, lineStarts: ArrayLike<number>, n: number): void {
		this.ensure(n);
		const res = this.res;
		const infos = this.infos;
		// pass 1: per-token values
		for (let i = 0; i < n; i++) {
			const info = this.wordInfo(text.slice(starts[i], ends[i]), kinds[i]);
			infos[i] = info;
			this.norm[i] = info.norm;
			this.hW[i] = info.hw;
			this.hShape[i] = info.shape;
			this.hSShape[i] = info.sshape;
			this.hSuf2[i] = info.suf2;
			let f = info.flags;
			if (i === 0 || lineStarts[i] || infos[i - 1].sentEnd) f |= 32;
			this.flags[i] = f;
			this.clus[i] = info.clus;
			this.hStem[i] = info.hStem;
			this.hG[i] = info.hStem;
		}
		// pass 2: features
		const feats = this.feats;
		const hW = this.hW;
		const shift = this.shift;
		const NONE = 0x12345;
		const bits = this.res.clusterBits;
		for (let i = 0; i < n; i++) {
			const base = i * MAX_FEATURES;
			const wf = infos[i].feats;
			feats.set(wf, base);
			let k = base + wf.length;
			const wm1 = i > 0 ? hW[i - 1] : NONE;
			const wm2 = i > 1 ? hW[i - 2] : NONE;
			const wp1 = i + 1 < n ? hW[i + 1] : NONE + 1;
			const wp2 = i + 2 < n ? hW[i + 2] : NONE + 1;
			const w = hW[i];
			const fl = this.flags[i];
			feats[k++] = T.bias >>> shift;
			feats[k++] = combine(T.wm1, wm1) >>> shift;
			feats[k++] = combine(T.wp1, wp1) >>> shift;
			feats[k++] = combine(T.wm2, wm2) >>> shift;
			feats[k++] = combine(T.wp2, wp2) >>> shift;
			feats[k++] = combine3(T.bim, wm1, w) >>> shift;
			feats[k++] = combine3(T.bip, w, wp1) >>> shift;
			const ssm = i > 0 ? this.hSShape[i - 1] : NONE;
			const ssp = i + 1 < n ? this.hSShape[i + 1] : NONE;
			feats[k++] = combine(T.shm1, ssm) >>> shift;
			feats[k++] = combine(T.shp1, ssp) >>> shift;
			feats[k++] = combine3(T.sshape3, ssm, combine(this.hSShape[i], ssp)) >>> shift;
			feats[k++] = combine(T.cap, fl) >>> shift;
			feats[k++] = combine(T.capctx, combine3(fl & 0x27, i > 0 ? this.flags[i - 1] & 7 : 9, i + 1 < n ? this.flags[i + 1] & 7 : 9)) >>> shift;
			feats[k++] = combine(T.sufm1, i > 0 ? this.hSuf2[i - 1] : NONE) >>> shift;
			feats[k++] = combine(T.sufp1, i + 1 < n ? this.hSuf2[i + 1] : NONE) >>> shift;
			if (bits) {
				const cm = i > 0 ? this.clus[i - 1] : -2;
				const cp = i + 1 < n ? this.clus[i + 1] : -2;
				for (let b = 1; b <= 2 && b < bits.length; b++) {
					const sh = bits[bits.length - 1] - bits[b];
					feats[k++] = combine3(T.clm1 + b, cm < 0 ? cm : cm >> sh, 0) >>> shift;
					feats[k++] = combine3(T.clp1 + b, cp < 0 ? cp : cp >> sh, 0) >>> shift;
				}
			}
			if (this.arabic && (fl & 16)) {
				feats[k++] = combine(T.stemm1, i > 0 ? this.hStem[i - 1] : NONE) >>> shift;
				feats[k++] = combine(T.stemp1, i + 1 < n ? this.hStem[i + 1] : NONE) >>> shift;
			}
			this.regular[i] = k - base;
		}
		// gazetteers: mark matches
		for (let i = 0; i < n; i++) this.counts[i] = 0;
		for (let g = 0; g < res.gazetteers.length; g++) {
			const gz = res.gazetteers[g];
			for (let s = 0; s < n; s++) {
				if (this.flags[s] & 8) continue;
				let h = this.hG[s];
				for (let e = s + 1; e <= n && e - s <= MAX_GAZ_LEN; e++) {
					if (e > s + 1) h = combine(h, this.hG[e - 1]);
					const r = gz.index.get(h);
					if (r < 0) break;
					const v = gz.values[r];
					const mask = v & 15;
					if (mask === 0 || this.flags[e - 1] & 8) {
						if (v & 16) continue;
						break;
					}
					const len = e - s;
					if (!(v & 16)) e = MAX_GAZ_LEN + s + 1; // no longer entry: stop after this one
					for (let j = s; j < s + len; j++) {
						const pos = len === 1 ? 0 : j === s ? 1 : j === s + len - 1 ? 3 : 2;
						const c = this.counts[j];
						if (c < 6) {
							feats[j * MAX_FEATURES + MAX_FEATURES - 1 - c] = combine3(T.gaz + g, mask, pos) >>> shift;
							this.counts[j] = c + 1;
						}
					}
				}
			}
		}
		// regular features were written from the start of each row, gazetteer ones from its end:
		// move the gazetteer ones right after the regular ones.
		for (let i = 0; i < n; i++) {
			const base = i * MAX_FEATURES;
			const k = base + this.regular[i];
			const g = this.counts[i];
			for (let z = 0; z < g; z++) feats[k + z] = feats[base + MAX_FEATURES - 1 - z];
			this.counts[i] = this.regular[i] + g;
		}
	}
	private regular = new Uint8Array(0);
}
