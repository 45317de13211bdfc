/**
 * Scores the detector on the *.dev.conll files of ../shared/data/ner (or
 * $ARTICLE_ANNOTATOR_NER_DATA) the way the command line sees text: tokens joined with spaces,
 * detection on the text, predicted spans mapped back to the tokens they overlap.
 *
 *   npm run eval [-- --models media/models --lang fr]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LanguageCode } from '../core/types';
import { loadDetector } from '../core/detect/index';
import { dataDirectory, readConll, spansOf, type Span } from '../core/detect/training/data';
import { trimPersonTokens } from '../core/detect/training/trim';

const REPO = resolve(__dirname, '..', '..');
const CORE = ['PER', 'ORG', 'LOC'];

interface Counts {
	tp: number;
	fp: number;
	fn: number;
}
const prf = (c: Counts): [number, number, number] => {
	const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
	const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
	return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
};
const f3 = (x: number): string => x.toFixed(3);

export interface DevScores {
	strict: Counts;
	perType: Record<string, Counts>;
	overlap: [number, number, number];
	strictNameOnly?: Counts;
	entities: number;
}

function key(s: Span): string {
	return `${s.start}:${s.end}:${s.type}`;
}

function strictCounts(gold: Span[], pred: Span[], types: string[]): { all: Counts; per: Record<string, Counts> } {
	const all: Counts = { tp: 0, fp: 0, fn: 0 };
	const per: Record<string, Counts> = {};
	for (const t of types) per[t] = { tp: 0, fp: 0, fn: 0 };
	const g = new Set(gold.filter((s) => types.includes(s.type)).map(key));
	const p = new Set(pred.filter((s) => types.includes(s.type)).map(key));
	for (const k of p) {
		const t = k.split(':')[2];
		if (g.has(k)) {
			all.tp++;
			per[t].tp++;
		} else {
			all.fp++;
			per[t].fp++;
		}
	}
	for (const k of g)
		if (!p.has(k)) {
			all.fn++;
			per[k.split(':')[2]].fn++;
		}
	return { all, per };
}

function add(a: Counts, b: Counts): void {
	a.tp += b.tp;
	a.fp += b.fp;
	a.fn += b.fn;
}

async function main(): Promise<void> {
	const argv = process.argv.slice(2);
	let models = join(REPO, 'media', 'models');
	let langs: LanguageCode[] = ['ar', 'fr', 'en'];
	let calibrate = false;
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--models') models = resolve(argv[++i]);
		else if (argv[i] === '--lang') langs = argv[++i].split(',') as LanguageCode[];
		else if (argv[i] === '--calibrate') calibrate = true;
	}
	const dataDir = dataDirectory(REPO);
	if (!existsSync(dataDir)) {
		console.log(`eval: NER data folder not found at ${dataDir}; skipping evaluation (set ARTICLE_ANNOTATOR_NER_DATA to score).`);
		return;
	}
	const t0 = performance.now();
	const detector = loadDetector(models, { languages: langs });
	const loadMs = performance.now() - t0;
	console.log(`Models: ${models}; load time for ${langs.join(', ')}: ${loadMs.toFixed(0)} ms`);
	console.log('Strict entity-level micro P/R/F1 over PER/ORG/LOC (text = tokens joined with spaces; spans mapped back to tokens)\n');
	const rows: string[] = [];
	for (const lang of langs) {
		const file = join(dataDir, `${lang}.dev.conll`);
		if (!existsSync(file)) {
			console.log(`${lang}: ${file} absent, skipped`);
			continue;
		}
		const sents = readConll(file);
		const texts: string[] = [];
		const offsets: Array<Array<[number, number]>> = [];
		for (const s of sents) {
			let t = '';
			const o: Array<[number, number]> = [];
			s.tokens.forEach((tok, i) => {
				if (i) t += ' ';
				o.push([t.length, t.length + tok.length]);
				t += tok;
			});
			texts.push(t);
			offsets.push(o);
		}
		const doc = texts.join('\n');
		const sentStart: number[] = [];
		let pos = 0;
		for (const t of texts) {
			sentStart.push(pos);
			pos += t.length + 1;
		}
		if (calibrate) {
			const model = detector.model(lang);
			for (const T of [1, 2, 4, 6, 8, 12, 16, 24, 32]) {
				(model.header as { temperature: number }).temperature = T;
				const es = detector.detect(doc, lang).filter((e) => e.source === 'model');
				let ll = 0;
				const bins = [0, 0, 0, 0, 0].map(() => [0, 0]);
				for (const e of es) {
					let s2 = 0;
					while (s2 + 1 < sentStart.length && sentStart[s2 + 1] <= e.start) s2++;
					const o = offsets[s2];
					const a0 = e.start - sentStart[s2];
					const b0 = e.end - sentStart[s2];
					let a = 0;
					while (a < o.length && o[a][1] <= a0) a++;
					let b = a;
					while (b < o.length && o[b][0] < b0) b++;
					const ok = spansOf(sents[s2].tags).some((g) => g.start === a && g.end === b && g.type === e.type) ? 1 : 0;
					const c = Math.min(0.999, Math.max(0.001, e.confidence));
					ll -= ok ? Math.log(c) : Math.log(1 - c);
					const bin = bins[Math.min(4, Math.floor(c * 5))];
					bin[0]++;
					bin[1] += ok;
				}
				console.log(`  T=${T} log-loss ${(ll / es.length).toFixed(3)} bins ${bins.map((x) => (x[0] ? `${(x[1] / x[0]).toFixed(2)}/${x[0]}` : '-')).join(' ')}`);
			}
		}
		const ents = detector.detect(doc, lang);
		// map to sentences / tokens
		const pred: Span[][] = sents.map(() => []);
		let si = 0;
		for (const e of ents) {
			while (si + 1 < sentStart.length && sentStart[si + 1] <= e.start) si++;
			const o = offsets[si];
			const s0 = e.start - sentStart[si];
			const e0 = e.end - sentStart[si];
			let a = 0;
			while (a < o.length && o[a][1] <= s0) a++;
			let b = a;
			while (b < o.length && o[b][0] < e0) b++;
			if (b > a) pred[si].push({ start: a, end: b, type: e.type });
		}
		const strict: Counts = { tp: 0, fp: 0, fn: 0 };
		const strictName: Counts = { tp: 0, fp: 0, fn: 0 };
		const perType: Record<string, Counts> = {};
		for (const t of CORE) perType[t] = { tp: 0, fp: 0, fn: 0 };
		let ovP = 0;
		let ovPn = 0;
		let ovR = 0;
		let ovRn = 0;
		let nGold = 0;
		sents.forEach((s, i) => {
			const gold = spansOf(s.tags).filter((g) => CORE.includes(g.type));
			nGold += gold.length;
			const p = pred[i].filter((g) => CORE.includes(g.type));
			const c = strictCounts(gold, p, CORE);
			add(strict, c.all);
			for (const t of CORE) add(perType[t], c.per[t]);
			if (lang === 'fr') {
				const named = gold.map((g) => {
					if (g.type !== 'PER') return g;
					const r = trimPersonTokens(s.tokens.slice(g.start, g.end));
					return r ? { start: g.start + r[0], end: g.start + r[1], type: g.type } : g;
				});
				add(strictName, strictCounts(named, p, CORE).all);
			}
			for (const x of p) {
				ovPn++;
				if (gold.some((g) => g.type === x.type && g.start < x.end && x.start < g.end)) ovP++;
			}
			for (const g of gold) {
				ovRn++;
				if (p.some((x) => g.type === x.type && g.start < x.end && x.start < g.end)) ovR++;
			}
		});
		const [P, R, F] = prf(strict);
		const op = ovPn ? ovP / ovPn : 0;
		const or = ovRn ? ovR / ovRn : 0;
		const of = op + or ? (2 * op * or) / (op + or) : 0;
		console.log(`${lang}  (${sents.length} sentences, ${nGold} gold PER/ORG/LOC entities)`);
		console.log(`  strict   P ${f3(P)}  R ${f3(R)}  F1 ${f3(F)}`);
		for (const t of CORE) {
			const [p, r, f] = prf(perType[t]);
			console.log(`    ${t.padEnd(4)}   P ${f3(p)}  R ${f3(r)}  F1 ${f3(f)}  (gold ${perType[t].tp + perType[t].fn}, predicted ${perType[t].tp + perType[t].fp})`);
		}
		console.log(`  overlap  P ${f3(op)}  R ${f3(or)}  F1 ${f3(of)}  (same type, overlapping span)`);
		if (lang === 'fr') {
			const [pn, rn, fn] = prf(strictName);
			console.log(`  strict vs name-only gold (HIPE PER titles/appositions trimmed)  P ${f3(pn)}  R ${f3(rn)}  F1 ${f3(fn)}`);
			rows.push(`${lang}: strict F1 ${f3(F)}, name-only strict F1 ${f3(fn)}, overlap F1 ${f3(of)}`);
		} else rows.push(`${lang}: strict F1 ${f3(F)}, overlap F1 ${f3(of)}`);
		// throughput, warm, one core
		detector.detect(doc, lang);
		const bytes = Buffer.byteLength(doc, 'utf8');
		let reps = 0;
		const t1 = performance.now();
		const c1 = process.cpuUsage();
		while (performance.now() - t1 < 1500 || reps < 2) {
			detector.detect(doc, lang);
			reps++;
		}
		const secs = (performance.now() - t1) / 1000;
		const cu = process.cpuUsage(c1);
		const cpuSecs = (cu.user + cu.system) / 1e6;
		const mbs = (bytes * reps) / 1e6 / secs;
		const mbsCpu = (bytes * reps) / 1e6 / cpuSecs;
		console.log(`  throughput ${mbs.toFixed(2)} MB/s wall, ${mbsCpu.toFixed(2)} MB/s per CPU second (warm, one core; ${(bytes / 1e3).toFixed(0)} kB × ${reps})\n`);
		rows[rows.length - 1] += `, ${mbs.toFixed(2)} MB/s`;
	}
	console.log('Summary');
	for (const r of rows) console.log('  ' + r);
}

main().catch((e) => {
	console.error(e instanceof Error ? e.stack : e);
	process.exit(1);
});
