/**
 * Feature extraction for the sequence tagger. The same code runs at training and at detection
 * time. Every feature is a 32-bit hash (template id combined with hashed values); the model maps
 * the top `FEATURE_BITS` bits of it to a weight row. No strings are stored.
 */
import type { LanguageCode } from '../types';
import { combine, combine3, hashString } from './hash';
import { HashIndex } from './hashindex';
import { normalizeArabic, splitProclitics, type ArabicLexicon } from './arabic';
import { C, cls } from './tokenize';

export const FEATURE_BITS = 22;
export const MAX_FEATURES = 96;
export const MAX_GAZ_LEN = 6;

/** A hashed string → value table (clusters, gazetteers, lexicon). */
export interface HashTable {
	readonly index: HashIndex;
	readonly values: Uint16Array | Uint8Array;
}

/** A gazetteer: entry key hash → type bits (1 PER, 2 ORG, 4 LOC, 8 MISC, 16 proper prefix of an entry), or -1. */
export interface Gazetteer {
	get(key: number): number;
}

/** A gazetteer stored as a hashed table (exact). */
export class TableGazetteer implements Gazetteer {
	constructor(readonly table: HashTable) {}
	get(key: number): number {
		const r = this.table.index.get(key);
		return r < 0 ? -1 : this.table.values[r];
	}
}

/**
 * A gazetteer stored as a Bloom filter (for long external name lists: nothing to build at load
 * time, ~2 bytes per entry). Each entry is a member `combine(key, 32)` and each of its type bits
 * a member `combine(key, bit)`; a
 * look-up can give a false bit with a small probability (≈0.3% per bit at 12 bits per member,
 * the same at training and at run time, so the model learns how far to trust it).
 */
const ANY = 32;

export class BloomGazetteer implements Gazetteer {
	/** number of bits */
	readonly m: number;
	constructor(
		readonly bits: Uint32Array,
		readonly k: number,
	) {
		this.m = bits.length * 32;
	}

	static build(keys: ArrayLike<number>, values: ArrayLike<number>, bitsPerMember = 12, k = 8): BloomGazetteer {
		let members = 0;
		for (let i = 0; i < keys.length; i++) for (let b = 1; b <= ANY; b <<= 1) if (values[i] & b || b === ANY) members++;
		const words = Math.max(32, Math.ceil((members * bitsPerMember) / 32));
		const g = new BloomGazetteer(new Uint32Array(words), k);
		for (let i = 0; i < keys.length; i++) {
			if (!values[i]) continue;
			g.add(combine(keys[i], ANY));
			for (let b = 1; b <= 16; b <<= 1) if (values[i] & b) g.add(combine(keys[i], b));
		}
		return g;
	}

	private add(h: number): void {
		let a = h >>> 0;
		const step = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) | 1) >>> 0;
		for (let i = 0; i < this.k; i++) {
			const p = Math.floor((a / 4294967296) * this.m);
			this.bits[p >>> 5] |= 1 << (p & 31);
			a = (a + step) >>> 0;
		}
	}

	private has(h: number): boolean {
		let a = h >>> 0;
		const step = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) | 1) >>> 0;
		for (let i = 0; i < this.k; i++) {
			const p = Math.floor((a / 4294967296) * this.m);
			if ((this.bits[p >>> 5] & (1 << (p & 31))) === 0) return false;
			a = (a + step) >>> 0;
		}
		return true;
	}

	get(key: number): number {
		// one member says whether the key is there at all (most look-ups stop here)
		if (!this.has(combine(key, ANY))) return -1;
		let v = 0;
		for (let b = 1; b <= 16; b <<= 1) if (this.has(combine(key, b))) v |= b;
		return v === 0 ? -1 : v;
	}
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
	gazetteers: Gazetteer[];
	/** Arabic: word hash → log2 count + 1. */
	lexicon?: HashTable;
	/** Latin: word hash → how the text writes the word inside a sentence (`casing.ts`); not a feature. */
	casing?: HashTable;
	/** English: word hash → WordNet sense class (`wordSenseClasses` in training/resources.ts); option `wn` */
	wordSense?: HashTable;
	/** optional feature groups (stored in the model header): see `Featurizer` */
	options?: Readonly<Record<string, number>>;
	/** bits of a feature bucket id (default FEATURE_BITS) */
	featureBits?: number;
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
	farL: 130, farR: 131, shm2: 132, shp2: 133, caprun: 134, pwcap: 135, nwcap: 136, clbi: 137, clfarL: 138, clfarR: 139, wn: 140, wnm1: 141, wnp1: 142, wncap: 143,
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

/**
 * Roles in which a word contributes features: to itself, and to the tokens around it (as their
 * previous / next word). A feature that depends on one word only is computed once per word form
 * (cached); at run time the model also caches the summed weights of each role per word form, so a
 * token costs a few table look-ups (conjunctions, gazetteers) instead of one per feature.
 */
export const enum Role {
	Self = 0,
	/** features of token i+1 (this word is its previous word) */
	Prev1 = 1,
	/** features of token i+2 */
	Prev2 = 2,
	/** features of token i-1 (this word is its next word) */
	Next1 = 3,
	/** features of token i-2 */
	Next2 = 4,
	/** Prev1, only when token i+1 is an Arabic word */
	Prev1A = 5,
	/** Next1, only when token i-1 is an Arabic word */
	Next1A = 6,
	/** features of tokens i+3 and i+4 (option far) */
	PrevFar = 7,
	/** features of tokens i-3 and i-4 (option far) */
	NextFar = 8,
}
export const ROLES = 9;

/** Everything about a token that depends on its text alone (cached per word form). */
export interface WordInfo {
	norm: string;
	hw: number;
	shape: number;
	sshape: number;
	suf2: number;
	/** 1 capitalised, 2 all caps, 4 number, 8 punct, 16 Arabic, 64 inner capital */
	flags: number;
	sentEnd: boolean;
	clus: number;
	/** cluster at the middle level (256 clusters) */
	cl1: number;
	hStem: number;
	/** feature buckets by role: roleFeats[roleStart[r] .. roleStart[r+1]) */
	roleFeats: Int32Array;
	roleStart: Uint8Array;
	/** per gazetteer: value of the one-token key (-1 when absent) */
	gaz: Int16Array;
	/**
	 * run time: where the model keeps this word's summed weights per role (ROLES × labels) in its
	 * store of them; −1 until it sums them
	 */
	sumsAt: number;
	/** WordNet sense class (option `wn`; -1 without it) */
	wn: number;
	/** run time: the date finder's class of this word form (−1 until it asks; see dates.ts) */
	dateClass: number;
}

const SENT_END = new Set(['.', '!', '?', ':', ';', '"', '«', '»', '“', '”', '—', '–', '-', '(', '؟', '…', '|', '•', '*']);
const NONE = 0x12345;
const GAZ_CACHE_MASK = 2047;
/** word forms whose information the featurizer keeps (it forgets them all past this many) */
export const MAX_CACHED_FORMS = 100_000;
/** lower-case words inside a capitalised name (Conseil de la nation, Bank of England) */
const CONNECT = new Set(['de', 'du', 'des', 'la', 'le', "'", 'd', 'l', 'of', 'the', 'and', '&', 'et', 'von', 'van', 'der', 'al', 'el', 'bin', 'ben', 'for', 'on', 'in', 'à', 'pour', '-']);

/**
 * Reusable feature extractor for one language. `extract` fills `feats` (n × MAX_FEATURES,
 * bucket ids) and `counts` for a token sequence: in training mode every feature of each token,
 * at run time (`full` false) only the features that depend on more than one word (the model adds
 * the per-word role sums itself, see `infos`).
 */
export class Featurizer {
	readonly arabic: boolean;
	feats = new Int32Array(0);
	counts = new Uint8Array(0);
	/** word information of the tokens of the last `extract` */
	infos: WordInfo[] = [];
	/** boundary pseudo-words: before the first token, after the last */
	readonly bos: WordInfo;
	readonly eos: WordInfo;
	private cap = 0;
	private flags = new Uint8Array(0);
	private lex: ArabicLexicon | undefined;
	private readonly shift: number;
	private cache = new Map<string, WordInfo>();
	/** how many times the cache of word forms was emptied (the model then empties its store of their sums) */
	forgotten = 0;
	private tmp = new Int32Array(MAX_FEATURES * 2);
	/** option flags */
	private readonly oFar: boolean;
	private readonly oShape2: boolean;
	private readonly oCapRun: boolean;
	private readonly oWcap: boolean;
	private readonly oClbi: boolean;
	private readonly oWn: boolean;

	constructor(
		readonly language: LanguageCode,
		readonly res: Resources,
		/** true: `extract` writes every feature of each token (training) */
		readonly full = true,
	) {
		this.arabic = language === 'ar';
		this.lex = lexiconFunction(res.lexicon);
		this.shift = 32 - (res.featureBits ?? FEATURE_BITS);
		const o = res.options ?? {};
		this.oFar = !!o.far;
		this.oShape2 = !!o.shape2;
		this.oCapRun = !!o.capRun;
		this.oWcap = !!o.wcap;
		this.oClbi = !!o.clbi && !!res.clusterBits;
		this.oWn = !!o.wn && !!res.wordSense;
		this.gazCacheKey = new Int32Array((GAZ_CACHE_MASK + 1) * res.gazetteers.length);
		this.gazCacheVal = new Int16Array((GAZ_CACHE_MASK + 1) * res.gazetteers.length).fill(-2);
		this.bos = this.boundary(true);
		this.eos = this.boundary(false);
	}

	private ensure(n: number): void {
		if (n <= this.cap) return;
		let c = Math.max(64, this.cap);
		while (c < n) c *= 2;
		this.cap = c;
		this.feats = new Int32Array(c * MAX_FEATURES);
		this.counts = new Uint8Array(c);
		this.flags = new Uint8Array(c);
	}

	/** Normalised form of token i after `extract` (for callers that need it). */
	normOf(i: number): string {
		return this.infos[i].norm;
	}

	private boundary(before: boolean): WordInfo {
		const shift = this.shift;
		const bits = this.res.clusterBits;
		const roles: number[][] = Array.from({ length: ROLES }, () => []);
		if (before) {
			roles[Role.Prev1].push(combine(T.wm1, NONE) >>> shift, combine(T.shm1, NONE) >>> shift, combine(T.sufm1, NONE) >>> shift);
			if (bits) for (let b = 1; b <= 2 && b < bits.length; b++) roles[Role.Prev1].push(combine3(T.clm1 + b, -2, 0) >>> shift);
			roles[Role.Prev2].push(combine(T.wm2, NONE) >>> shift);
			if (this.oShape2) roles[Role.Prev2].push(combine(T.shm2, NONE) >>> shift);
			if (this.arabic) roles[Role.Prev1A].push(combine(T.stemm1, NONE) >>> shift);
			if (this.oFar) roles[Role.PrevFar].push(combine(T.farL, NONE) >>> shift);
		} else {
			roles[Role.Next1].push(combine(T.wp1, NONE + 1) >>> shift, combine(T.shp1, NONE) >>> shift, combine(T.sufp1, NONE) >>> shift);
			if (bits) for (let b = 1; b <= 2 && b < bits.length; b++) roles[Role.Next1].push(combine3(T.clp1 + b, -2, 0) >>> shift);
			roles[Role.Next2].push(combine(T.wp2, NONE + 1) >>> shift);
			if (this.oShape2) roles[Role.Next2].push(combine(T.shp2, NONE) >>> shift);
			if (this.arabic) roles[Role.Next1A].push(combine(T.stemp1, NONE) >>> shift);
			if (this.oFar) roles[Role.NextFar].push(combine(T.farR, NONE + 1) >>> shift);
		}
		const roleStart = new Uint8Array(ROLES + 1);
		const flat: number[] = [];
		for (let r = 0; r < ROLES; r++) {
			roleStart[r] = flat.length;
			flat.push(...roles[r]);
		}
		roleStart[ROLES] = flat.length;
		return { norm: '', hw: before ? NONE : NONE + 1, shape: NONE, sshape: NONE, suf2: NONE, flags: 9, sentEnd: true, clus: -2, cl1: -2, hStem: NONE, roleFeats: Int32Array.from(flat), roleStart, gaz: new Int16Array(this.res.gazetteers.length).fill(-1), sumsAt: -1, wn: -1, dateClass: -1 };
	}

	/** Word information of one token text (cached per form). */
	wordInfo(raw: string, kind: number): WordInfo {
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
		const wn = this.oWn && !(f & 8) ? tableGet(res.wordSense, hw) : -1;
		const hStem = isAr ? wordHash(splitProclitics(raw, this.lex).key) : hw;
		const shift = this.shift;
		const tmp = this.tmp;
		const roleStart = new Uint8Array(ROLES + 1);
		let k = 0;
		// ---- Self: intrinsic features
		roleStart[Role.Self] = 0;
		tmp[k++] = T.bias >>> shift;
		tmp[k++] = combine(T.w, hw) >>> shift;
		const L = nm.length;
		if (!(f & 8)) {
			for (let p = 1; p <= 4 && p <= L; p++) {
				tmp[k++] = combine(T.pre + p, hashString(nm, p, 0, p)) >>> shift;
				tmp[k++] = combine(T.suf + p, hashString(nm, p + 10, L - p)) >>> shift;
			}
		}
		const shape = shapeHash(raw, false);
		const sshape = shapeHash(raw, true);
		const suf2 = hashString(nm, 7, Math.max(0, L - 2));
		tmp[k++] = combine(T.shape, shape) >>> shift;
		tmp[k++] = combine(T.len, L > 12 ? 12 : L) >>> shift;
		if (kind === 3) tmp[k++] = T.url >>> shift;
		if (wn >= 0) tmp[k++] = combine(T.wn, wn) >>> shift;
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
		// ---- Prev1: what this word tells the next token
		roleStart[Role.Prev1] = k;
		tmp[k++] = combine(T.wm1, hw) >>> shift;
		tmp[k++] = combine(T.shm1, sshape) >>> shift;
		tmp[k++] = combine(T.sufm1, suf2) >>> shift;
		if (bits) {
			for (let b = 1; b <= 2 && b < bits.length; b++) {
				const sh = bits[bits.length - 1] - bits[b];
				tmp[k++] = combine3(T.clm1 + b, clus < 0 ? clus : clus >> sh, 0) >>> shift;
			}
		}
		if (wn >= 0) tmp[k++] = combine(T.wnm1, wn & 63) >>> shift;
		roleStart[Role.Prev2] = k;
		tmp[k++] = combine(T.wm2, hw) >>> shift;
		if (this.oShape2) tmp[k++] = combine(T.shm2, sshape) >>> shift;
		// ---- Next1: what this word tells the previous token
		roleStart[Role.Next1] = k;
		tmp[k++] = combine(T.wp1, hw) >>> shift;
		tmp[k++] = combine(T.shp1, sshape) >>> shift;
		tmp[k++] = combine(T.sufp1, suf2) >>> shift;
		if (bits) {
			for (let b = 1; b <= 2 && b < bits.length; b++) {
				const sh = bits[bits.length - 1] - bits[b];
				tmp[k++] = combine3(T.clp1 + b, clus < 0 ? clus : clus >> sh, 0) >>> shift;
			}
		}
		if (wn >= 0) tmp[k++] = combine(T.wnp1, wn & 63) >>> shift;
		roleStart[Role.Next2] = k;
		tmp[k++] = combine(T.wp2, hw) >>> shift;
		if (this.oShape2) tmp[k++] = combine(T.shp2, sshape) >>> shift;
		roleStart[Role.Prev1A] = k;
		if (this.arabic) tmp[k++] = combine(T.stemm1, hStem) >>> shift;
		roleStart[Role.Next1A] = k;
		if (this.arabic) tmp[k++] = combine(T.stemp1, hStem) >>> shift;
		roleStart[Role.PrevFar] = k;
		const far = isAr ? hStem : hw;
		const cl1 = bits && clus >= 0 ? clus >> (bits[bits.length - 1] - bits[1]) : clus;
		if (this.oFar && !(f & 8)) {
			tmp[k++] = combine(T.farL, far) >>> shift;
			tmp[k++] = combine3(T.clfarL, cl1, 0) >>> shift;
		}
		roleStart[Role.NextFar] = k;
		if (this.oFar && !(f & 8)) {
			tmp[k++] = combine(T.farR, far) >>> shift;
			tmp[k++] = combine3(T.clfarR, cl1, 0) >>> shift;
		}
		roleStart[ROLES] = k;
		// gazetteer values of the one-token key
		const gaz = new Int16Array(res.gazetteers.length);
		for (let g = 0; g < gaz.length; g++) {
			gaz[g] = f & 8 ? -1 : res.gazetteers[g].get(hStem);
		}
		info = { norm: nm, hw, shape, sshape, suf2, flags: f, sentEnd: SENT_END.has(nm), clus, cl1, hStem, roleFeats: tmp.slice(0, k), roleStart, gaz, sumsAt: -1, wn, dateClass: -1 };
		if (this.cache.size >= MAX_CACHED_FORMS) {
			this.cache.clear();
			this.forgotten++;
		}
		this.cache.set(raw, info);
		return info;
	}

	/**
	 * Features of a token sequence. `words[i]`, when given, is `text.slice(starts[i], ends[i])`
	 * (saves slicing it again).
	 */
	extract(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, kinds: ArrayLike<number>, lineStarts: ArrayLike<number>, n: number, words?: readonly string[], wordOffset = 0): void {
		this.ensure(n);
		const res = this.res;
		const infos = this.infos;
		const flags = this.flags;
		// pass 1: per-token values
		let prevEnd = true;
		for (let i = 0; i < n; i++) {
			const info = this.wordInfo(words ? words[wordOffset + i] : text.slice(starts[i], ends[i]), kinds[i]);
			infos[i] = info;
			let f = info.flags;
			if (i === 0 || lineStarts[i] || prevEnd) f |= 32;
			prevEnd = info.sentEnd;
			flags[i] = f;
		}
		if (infos.length > n) infos.length = n;
		// capitalised runs (Latin): length bucket × position, joined over de/du/of/the/al…
		const runs = this.runs.length >= n ? this.runs : (this.runs = new Int32Array(this.cap));
		if (this.oCapRun) {
			let i = 0;
			while (i < n) {
				if (!(flags[i] & 1)) {
					i++;
					continue;
				}
				let j = i + 1;
				for (;;) {
					if (j < n && flags[j] & 1) j++;
					else if (j + 1 < n && flags[j + 1] & 1 && CONNECT.has(infos[j].norm)) j += 2;
					else break;
				}
				const len = j - i > 4 ? 4 : j - i;
				for (let k = i; k < j; k++) runs[k] = len * 4 + (j - i === 1 ? 0 : k === i ? 1 : k === j - 1 ? 3 : 2);
				i = j;
			}
		}
		// pass 2: features that depend on more than one word (+ everything in training mode)
		const feats = this.feats;
		const shift = this.shift;
		const full = this.full;
		const bos = this.bos;
		const eos = this.eos;
		for (let i = 0; i < n; i++) {
			const base = i * MAX_FEATURES;
			let k = base;
			const me = infos[i];
			const pm1 = i > 0 ? infos[i - 1] : bos;
			const pp1 = i + 1 < n ? infos[i + 1] : eos;
			const fl = flags[i];
			if (full) {
				k = copyRole(feats, k, me, Role.Self);
				k = copyRole(feats, k, pm1, Role.Prev1);
				k = copyRole(feats, k, pp1, Role.Next1);
				k = copyRole(feats, k, i > 1 ? infos[i - 2] : bos, Role.Prev2);
				k = copyRole(feats, k, i + 2 < n ? infos[i + 2] : eos, Role.Next2);
				if (this.arabic && fl & 16) {
					k = copyRole(feats, k, pm1, Role.Prev1A);
					k = copyRole(feats, k, pp1, Role.Next1A);
				}
				if (this.oFar) {
					k = copyRole(feats, k, i > 2 ? infos[i - 3] : bos, Role.PrevFar);
					k = copyRole(feats, k, i > 3 ? infos[i - 4] : bos, Role.PrevFar);
					k = copyRole(feats, k, i + 3 < n ? infos[i + 3] : eos, Role.NextFar);
					k = copyRole(feats, k, i + 4 < n ? infos[i + 4] : eos, Role.NextFar);
				}
			}
			const wm1 = pm1.hw;
			const wp1 = pp1.hw;
			const w = me.hw;
			feats[k++] = combine3(T.bim, wm1, w) >>> shift;
			feats[k++] = combine3(T.bip, w, wp1) >>> shift;
			const ssm = i > 0 ? pm1.sshape : NONE;
			const ssp = i + 1 < n ? pp1.sshape : NONE;
			feats[k++] = combine3(T.sshape3, ssm, combine(me.sshape, ssp)) >>> shift;
			feats[k++] = combine(T.cap, fl) >>> shift;
			feats[k++] = combine(T.capctx, combine3(fl & 0x27, i > 0 ? flags[i - 1] & 7 : 9, i + 1 < n ? flags[i + 1] & 7 : 9)) >>> shift;
			if (this.oCapRun && fl & 1) feats[k++] = combine3(T.caprun, runs[i], fl & 0x22) >>> shift;
			if (this.oWcap && fl & 3) {
				feats[k++] = combine3(T.pwcap, wm1, fl & 0x27) >>> shift;
				feats[k++] = combine3(T.nwcap, wp1, fl & 0x27) >>> shift;
			}
			if (this.oClbi) feats[k++] = combine3(T.clbi, pm1.cl1, me.cl1) >>> shift;
			if (this.oWn && me.wn >= 0) feats[k++] = combine3(T.wncap, me.wn, fl & 0x23) >>> shift;
			this.counts[i] = k - base;
		}
		// gazetteers: mark matches (features appended after the token's others)
		for (let g = 0; g < res.gazetteers.length; g++) {
			const gz = res.gazetteers[g];
			for (let s = 0; s < n; s++) {
				const v0 = infos[s].gaz[g];
				if (v0 < 0) continue;
				let h = infos[s].hStem;
				for (let e = s + 1; e <= n && e - s <= MAX_GAZ_LEN; e++) {
					let v: number;
					if (e === s + 1) v = v0;
					else {
						h = combine(h, infos[e - 1].hStem);
						// a small direct-mapped cache per gazetteer: frequent sequences («of the», «de la»)
						const ci = ((h ^ (h >>> 13)) & GAZ_CACHE_MASK) + g * (GAZ_CACHE_MASK + 1);
						if (this.gazCacheKey[ci] === (h | 0) && this.gazCacheVal[ci] !== -2) v = this.gazCacheVal[ci];
						else {
							v = gz.get(h);
							this.gazCacheKey[ci] = h | 0;
							this.gazCacheVal[ci] = v;
						}
						if (v < 0) break;
					}
					const mask = v & 15;
					if (mask === 0 || flags[e - 1] & 8) {
						if (v & 16) continue;
						break;
					}
					const len = e - s;
					if (!(v & 16)) e = MAX_GAZ_LEN + s + 1; // no longer entry: stop after this one
					for (let j = s; j < s + len; j++) {
						const pos = len === 1 ? 0 : j === s ? 1 : j === s + len - 1 ? 3 : 2;
						const c = this.counts[j];
						const lim = this.gazCount(j);
						if (lim < 6) {
							feats[j * MAX_FEATURES + c] = combine3(T.gaz + g, mask, pos) >>> shift;
							this.counts[j] = c + 1;
						}
					}
				}
			}
		}
		this.gazReset(n);
	}

	private runs = new Int32Array(0);
	private readonly gazCacheKey: Int32Array;
	private readonly gazCacheVal: Int16Array;
	// number of gazetteer features written per token (at most 6)
	private gazN = new Uint8Array(0);
	private gazCount(j: number): number {
		if (this.gazN.length < this.cap) this.gazN = new Uint8Array(this.cap);
		return this.gazN[j]++;
	}
	private gazReset(n: number): void {
		if (this.gazN.length >= n) this.gazN.fill(0, 0, n);
	}
}

function copyRole(out: Int32Array, k: number, info: WordInfo, r: Role): number {
	const f = info.roleFeats;
	for (let j = info.roleStart[r], e = info.roleStart[r + 1]; j < e; j++) out[k++] = f[j];
	return k;
}
