/**
 * Averaged structured perceptron with Viterbi training over BIO or BILOU labels, on hashed features.
 */
import { FEATURE_BITS } from '../features';
import { viterbi } from '../model';
import type { LabelScheme } from '../labels';

export interface TrainSeq {
	/** bucket ids of all tokens, concatenated */
	feats: Int32Array;
	/** offsets[i]..offsets[i+1] are the features of token i */
	offsets: Uint32Array;
	gold: Uint8Array;
}

/** Seeded PRNG (mulberry32). */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export class Perceptron {
	readonly B: number;
	readonly w: Float32Array;
	readonly u: Float64Array; // sum of c * delta for averaging
	readonly tw: Float64Array; // transitions: start[L], trans[L*L], end[L]
	readonly tu: Float64Array;
	c = 1;
	private emit = new Float32Array(0);
	private back = new Uint8Array(0);
	private pred = new Uint8Array(0);

	readonly L: number;
	constructor(
		readonly scheme: LabelScheme,
		bits = FEATURE_BITS,
	) {
		const L = scheme.L;
		this.L = L;
		this.B = 1 << bits;
		this.w = new Float32Array(this.B * L);
		this.u = new Float64Array(this.B * L);
		this.tw = new Float64Array(L + L * L + L);
		this.tu = new Float64Array(L + L * L + L);
	}

	scores(seq: TrainSeq, n: number, w: Float32Array): Float32Array {
		const L = this.L;
		if (this.emit.length < n * L) {
			this.emit = new Float32Array(n * L * 2);
			this.back = new Uint8Array(n * L * 2);
			this.pred = new Uint8Array(n * 2);
		}
		const e = this.emit;
		e.fill(0, 0, n * L);
		for (let i = 0; i < n; i++) {
			for (let k = seq.offsets[i]; k < seq.offsets[i + 1]; k++) {
				const r = seq.feats[k] * L;
				for (let y = 0; y < L; y++) e[i * L + y] += w[r + y];
			}
		}
		return e;
	}

	decode(seq: TrainSeq, w: Float32Array = this.w, t: Float64Array = this.tw): Uint8Array {
		const n = seq.gold.length;
		const L = this.L;
		const e = this.scores(seq, n, w);
		viterbi(e, t.subarray(0, L), t.subarray(L, L + L * L), t.subarray(L + L * L), n, this.scheme, this.back, this.pred);
		return this.pred.subarray(0, n);
	}

	private upd(seq: TrainSeq, i: number, y: number, d: number): void {
		const L = this.L;
		const cd = this.c * d;
		for (let k = seq.offsets[i]; k < seq.offsets[i + 1]; k++) {
			const r = seq.feats[k] * L + y;
			this.w[r] += d;
			this.u[r] += cd;
		}
	}

	private updT(idx: number, d: number): void {
		this.tw[idx] += d;
		this.tu[idx] += this.c * d;
	}

	/** One training step; returns true when the prediction was wrong. */
	train(seq: TrainSeq): boolean {
		const n = seq.gold.length;
		const L = this.L;
		const p = this.decode(seq);
		const g = seq.gold;
		let wrong = false;
		for (let i = 0; i < n; i++) {
			if (p[i] !== g[i]) {
				wrong = true;
				this.upd(seq, i, g[i], 1);
				this.upd(seq, i, p[i], -1);
			}
		}
		if (wrong) {
			if (p[0] !== g[0]) {
				this.updT(g[0], 1);
				this.updT(p[0], -1);
			}
			for (let i = 1; i < n; i++) {
				if (p[i] !== g[i] || p[i - 1] !== g[i - 1]) {
					this.updT(L + g[i - 1] * L + g[i], 1);
					this.updT(L + p[i - 1] * L + p[i], -1);
				}
			}
			if (p[n - 1] !== g[n - 1]) {
				this.updT(L + L * L + g[n - 1], 1);
				this.updT(L + L * L + p[n - 1], -1);
			}
		}
		this.c++;
		return wrong;
	}

	/** Averaged weights. */
	averaged(): { w: Float32Array; t: Float64Array } {
		const w = new Float32Array(this.w.length);
		const c = this.c;
		for (let i = 0; i < w.length; i++) {
			const v = this.w[i];
			if (v !== 0 || this.u[i] !== 0) w[i] = v - this.u[i] / c;
		}
		const t = new Float64Array(this.tw.length);
		for (let i = 0; i < t.length; i++) t[i] = this.tw[i] - this.tu[i] / c;
		// make the tag set's constraints explicit in the stored transitions
		const L = this.L;
		const { canStart, canEnd, allowed } = this.scheme;
		for (let y = 0; y < L; y++) if (!canStart[y]) t[y] = -1e4;
		for (let i = 0; i < L * L; i++) if (!allowed[i]) t[L + i] = -1e4;
		for (let y = 0; y < L; y++) if (!canEnd[y]) t[L + L * L + y] = -1e4;
		return { w, t };
	}
}
