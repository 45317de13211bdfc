/**
 * Training of one language: data → resources (clusters, gazetteers, lexicon) → features →
 * averaged perceptron → pruned, quantised model container.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LanguageCode } from '../../types';
import { Featurizer, MAX_FEATURES, type Resources, type HashTable } from '../features';
import { LABELS, ENTITY_TYPES } from '../model';
import { readConll, toExample, labelsOf, type Example } from './data';
import { trimPersonTokens } from './trim';
import { Perceptron, prng, type TrainSeq } from './perceptron';
import { ContainerWriter } from './writer';
import { HashIndex } from '../hashindex';

export interface TrainOptions {
	seed: number;
	epochs: number;
	log: (msg: string) => void;
	/** experiment switches (see CONFIG) */
	variant?: Record<string, string | number | boolean>;
}

export interface LanguageConfig {
	train: string[];
	/** files whose PER spans follow HIPE guidelines (titles/appositions inside) */
	hipe: string[];
	/** labelled files used only as unlabelled text / gazetteer sources */
	aux: string[];
}

export const CONFIG: Record<LanguageCode, LanguageConfig> = {
	ar: { train: ['ar.train.conll', 'ar.extra-aqmar.conll'], hipe: [], aux: [] },
	fr: {
		train: ['fr.train.conll', 'fr.extra-newseye.conll', 'fr.extra-letemps.conll'],
		hipe: ['fr.train.conll', 'fr.extra-newseye.conll', 'fr.extra-letemps.conll'],
		aux: ['fr.extra-europeana-bnf.conll', 'fr.silver-wikiann.conll'],
	},
	en: {
		train: [
			'en.train.conll',
			'en.extra-btc.conll',
			'en.extra-wikigold.conll',
			'en.extra-gum-wikinews.conll',
			'en.extra-gum-wiki.conll',
			'en.extra-gum-cc-by.conll',
			'en.extra-wnut17.conll',
			'en.extra-hipe.conll',
		],
		hipe: ['en.extra-hipe.conll'],
		aux: ['en.silver-wikiann.conll'],
	},
};

export const TYPE_MAP = (t: string): string | undefined => (t === 'PER' || t === 'ORG' || t === 'LOC' || t === 'MISC' ? t : undefined);

/** Applies the name-only trimming to PER spans of an example (HIPE-style sources). */
export function trimExample(ex: Example): Example {
	const spans = ex.spans.map((sp) => {
		if (sp.type !== 'PER') return sp;
		const toks = ex.tokens.slice(sp.start, sp.end).map((t) => t.text);
		const r = trimPersonTokens(toks);
		return r ? { start: sp.start + r[0], end: sp.start + r[1], type: sp.type } : sp;
	});
	return { ...ex, spans };
}

export function loadExamples(dataDir: string, file: string, hipe: boolean): Example[] {
	const out: Example[] = [];
	for (const s of readConll(join(dataDir, file))) {
		const ex = toExample(s, TYPE_MAP);
		out.push(hipe ? trimExample(ex) : ex);
	}
	return out;
}

export interface TrainedModel {
	buffer: Buffer;
	stats: Record<string, number | string>;
}

function toSeq(f: Featurizer, ex: Example): TrainSeq {
	const n = ex.tokens.length;
	const starts = new Int32Array(n);
	const ends = new Int32Array(n);
	const kinds = new Uint8Array(n);
	const ls = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		const t = ex.tokens[i];
		starts[i] = t.start;
		ends[i] = t.end;
		kinds[i] = t.kind === 'word' ? 0 : t.kind === 'number' ? 1 : t.kind === 'punct' ? 2 : 3;
		ls[i] = i === 0 ? 1 : 0;
	}
	f.extract(ex.text, starts, ends, kinds, ls, n);
	const offsets = new Uint32Array(n + 1);
	let total = 0;
	for (let i = 0; i < n; i++) total += f.counts[i];
	const feats = new Int32Array(total);
	let p = 0;
	for (let i = 0; i < n; i++) {
		offsets[i] = p;
		const c = f.counts[i];
		feats.set(f.feats.subarray(i * MAX_FEATURES, i * MAX_FEATURES + c), p);
		p += c;
	}
	offsets[n] = p;
	return { feats, offsets, gold: labelsOf(ex, ENTITY_TYPES) };
}

export function trainLanguage(lang: LanguageCode, dataDir: string, opts: TrainOptions): TrainedModel {
	const cfg = CONFIG[lang];
	const log = (m: string): void => opts.log(`[${lang}] ${m}`);
	const t0 = Date.now();
	const examples: Example[] = [];
	for (const file of cfg.train) {
		if (!existsSync(join(dataDir, file))) throw new Error(`Missing training file ${join(dataDir, file)}`);
		const ex = loadExamples(dataDir, file, cfg.hipe.includes(file));
		log(`read ${file}: ${ex.length} sentences`);
		examples.push(...ex);
	}
	const resources: Resources = { gazetteers: [] };
	const featurizer = new Featurizer(lang, resources);
	const seqs = examples.map((ex) => toSeq(featurizer, ex));
	let nf = 0;
	for (const s of seqs) nf += s.feats.length;
	log(`featurised ${seqs.length} sentences, ${nf} feature occurrences (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
	const L = LABELS.length;
	const model = new Perceptron(L);
	const rnd = prng(opts.seed);
	const order = seqs.map((_, i) => i);
	for (let ep = 0; ep < opts.epochs; ep++) {
		for (let i = order.length - 1; i > 0; i--) {
			const j = Math.floor(rnd() * (i + 1));
			const t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
		let wrong = 0;
		for (const i of order) if (model.train(seqs[i])) wrong++;
		log(`epoch ${ep + 1}/${opts.epochs}: ${wrong} sentences wrong (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
	}
	const { w, t } = model.averaged();
	// prune and quantise
	const prune = Number(opts.variant?.prune ?? 0.02);
	const keys: number[] = [];
	let maxAll = 0;
	for (let r = 0; r < model.B; r++) {
		let m = 0;
		for (let y = 0; y < L; y++) {
			const a = Math.abs(w[r * L + y]);
			if (a > m) m = a;
		}
		if (m > maxAll) maxAll = m;
		if (m > prune) keys.push(r);
	}
	const q = new Int8Array(keys.length * L);
	const scales = new Float32Array(keys.length);
	for (let k = 0; k < keys.length; k++) {
		const r = keys[k];
		let m = 0;
		for (let y = 0; y < L; y++) m = Math.max(m, Math.abs(w[r * L + y]));
		const s = m / 127;
		scales[k] = s;
		for (let y = 0; y < L; y++) q[k * L + y] = Math.round(w[r * L + y] / s);
	}
	const writer = new ContainerWriter();
	writer.add('weights.keys', 'keys', encodeKeysLocal(keys), keys.length);
	writer.add('weights.values', 'i8', new Uint8Array(q.buffer), keys.length);
	writer.add('weights.scales', 'f32', new Uint8Array(scales.buffer), keys.length);
	writer.add('transitions', 'f32', new Uint8Array(new Float32Array(t).buffer), t.length);
	const buffer = writer.finish({
		language: lang,
		labels: LABELS,
		featureBits: 22,
		temperature: 1,
		gazetteers: [],
		trainFiles: cfg.train,
		seed: opts.seed,
		epochs: opts.epochs,
	});
	const stats = { rows: keys.length, bytes: buffer.length, seconds: (Date.now() - t0) / 1000 };
	log(`model: ${keys.length} weight rows, ${(buffer.length / 1e6).toFixed(2)} MB, ${stats.seconds.toFixed(1)} s`);
	return { buffer, stats };
}

import { encodeKeys } from '../model';
function encodeKeysLocal(keys: number[]): Uint8Array {
	return encodeKeys(Uint32Array.from(keys));
}
void HashIndex;
export type { HashTable };
