import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BILOU_LABELS, BIO_LABELS, labelScheme, type LabelScheme } from '../../src/core/detect/labels';
import { viterbi } from '../../src/core/detect/model';
import { prng } from '../../src/core/detect/training/perceptron';

const bio = labelScheme(BIO_LABELS);
const bilou = labelScheme(BILOU_LABELS);

function wellFormed(s: LabelScheme, y: ArrayLike<number>): boolean {
	if (!s.canStart[y[0]] || !s.canEnd[y[y.length - 1]]) return false;
	for (let i = 1; i < y.length; i++) if (!s.allowed[y[i - 1] * s.L + y[i]]) return false;
	return true;
}

/** Best well-formed sequence by trying all of them (small n only). */
function bruteForce(s: LabelScheme, emit: Float64Array, start: Float64Array, trans: Float64Array, end: Float64Array, n: number): number[] {
	const L = s.L;
	let best = -Infinity;
	let arg: number[] = [];
	const y = new Array<number>(n).fill(0);
	const total = L ** n;
	for (let code = 0; code < total; code++) {
		let c = code;
		for (let i = n - 1; i >= 0; i--) {
			y[i] = c % L;
			c = Math.floor(c / L);
		}
		if (!wellFormed(s, y)) continue;
		let v = start[y[0]] + emit[y[0]] + end[y[n - 1]];
		for (let i = 1; i < n; i++) v += trans[y[i - 1] * L + y[i]] + emit[i * L + y[i]];
		if (v > best) {
			best = v;
			arg = [...y];
		}
	}
	return arg;
}


test('BIO: the label indices and constraints of the models trained before BILOU', () => {
	assert.deepEqual([...BIO_LABELS], ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC']);
	assert.equal(bio.bilou, false);
	// I-X only after B-X or I-X; a sentence may end anywhere but never starts inside a name
	assert.equal(bio.allowed[bio.id('B-PER') * bio.L + bio.id('I-PER')], 1);
	assert.equal(bio.allowed[bio.id('I-PER') * bio.L + bio.id('I-PER')], 1);
	assert.equal(bio.allowed[bio.id('B-ORG') * bio.L + bio.id('I-PER')], 0);
	assert.equal(bio.allowed[bio.id('O') * bio.L + bio.id('I-PER')], 0);
	assert.equal(bio.canStart[bio.id('I-LOC')], 0);
	assert.ok(bio.canEnd.every((v) => v === 1));
	assert.deepEqual([...bio.encode(5, [{ start: 1, end: 3, type: 'PER' }, { start: 4, end: 5, type: 'LOC' }])], [0, 1, 2, 0, 5]);
});

test('BILOU: one-token names are U-X, longer ones B-X I-X… L-X, and nothing else is well formed', () => {
	const y = bilou.encode(7, [
		{ start: 0, end: 1, type: 'ORG' },
		{ start: 2, end: 5, type: 'PER' },
		{ start: 5, end: 7, type: 'LOC' },
	]);
	assert.deepEqual([...y].map((v) => bilou.labels[v]), ['U-ORG', 'O', 'B-PER', 'I-PER', 'L-PER', 'B-LOC', 'L-LOC']);
	assert.ok(wellFormed(bilou, y));
	// decoding the labels gives the spans back
	const spans: Array<[number, number, string]> = [];
	for (let i = 0; i < 7; i++) {
		if (!bilou.begins[y[i]]) continue;
		const e = bilou.spanEnd(y, i, 7);
		spans.push([i, e, bilou.typeOf[y[i]]]);
		i = e - 1;
	}
	assert.deepEqual(spans, [[0, 1, 'ORG'], [2, 5, 'PER'], [5, 7, 'LOC']]);
	// a name must be closed: B-X then O, B-X at the end, L-X after O are all ill formed
	const id = (l: string) => bilou.id(l);
	assert.equal(wellFormed(bilou, [id('B-PER'), id('O')]), false);
	assert.equal(wellFormed(bilou, [id('O'), id('B-PER')]), false);
	assert.equal(wellFormed(bilou, [id('O'), id('L-PER')]), false);
	assert.equal(wellFormed(bilou, [id('B-PER'), id('L-ORG')]), false);
	assert.equal(wellFormed(bilou, [id('U-PER'), id('U-PER')]), true);
	assert.throws(() => labelScheme(['O', 'X-PER']), /Unknown tag set/);
});

test('Viterbi finds the best well-formed sequence, in BIO and in BILOU', () => {
	const random = prng(7);
	for (const [scheme, n] of [[bio, 4], [bilou, 3]] as const) {
		const L = scheme.L;
		for (let round = 0; round < 20; round++) {
			const emit = Float64Array.from({ length: n * L }, () => random() * 6 - 3);
			const start = Float64Array.from({ length: L }, () => random() * 2 - 1);
			const trans = Float64Array.from({ length: L * L }, () => random() * 2 - 1);
			const end = Float64Array.from({ length: L }, () => random() * 2 - 1);
			const out = new Uint8Array(n);
			viterbi(emit, start, trans, end, n, scheme, new Uint8Array(n * L), out);
			assert.ok(wellFormed(scheme, out), `ill-formed ${[...out].map((v) => scheme.labels[v]).join(' ')}`);
			assert.deepEqual([...out], bruteForce(scheme, emit, start, trans, end, n));
		}
	}
});
