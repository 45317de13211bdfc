import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isHeldOut, isProbe } from '../../src/core/detect/training/split';

const ids = Array.from({ length: 4000 }, (_, i) => `doc-${i}`);

test('the held-out part and the five probe parts are disjoint, each about the held-out share', () => {
	const counts = new Array<number>(6).fill(0);
	for (const id of ids) {
		const parts = [isHeldOut('ar', 'ar.train.conll', id), ...[1, 2, 3, 4, 5].map((p) => isProbe('ar', 'ar.train.conll', id, p))];
		assert.ok(parts.filter(Boolean).length <= 1, `${id} is in more than one part`);
		parts.forEach((inPart, k) => (counts[k] += inPart ? 1 : 0));
	}
	// 15% of ANERcorp's blocks each
	for (const c of counts) assert.ok(c > 0.12 * ids.length && c < 0.18 * ids.length, JSON.stringify(counts));
	// a file without a held-out share has no probe part either
	assert.ok(!ids.some((id) => isProbe('ar', 'ar.extra-aqmar.conll', id, 1)));
});

test('the sixth part is what the five probe parts and the held-out part leave: a tenth of ANERcorp\'s blocks', () => {
	const inSixth = ids.filter((id) => isProbe('ar', 'ar.train.conll', id, 6));
	assert.ok(inSixth.length > 0.07 * ids.length && inSixth.length < 0.13 * ids.length, String(inSixth.length));
	for (const id of inSixth) assert.ok(!isHeldOut('ar', 'ar.train.conll', id) && ![1, 2, 3, 4, 5].some((p) => isProbe('ar', 'ar.train.conll', id, p)), id);
	// with the sixth, every block is in exactly one part
	for (const id of ids) assert.equal([isHeldOut('ar', 'ar.train.conll', id), ...[1, 2, 3, 4, 5, 6].map((p) => isProbe('ar', 'ar.train.conll', id, p))].filter(Boolean).length, 1, id);
});

test('English PUD news: a third held out, the rest of its share in the first three probe parts, none after', () => {
	const pud = ids.map((i) => `uner-en-pud:n${i}`);
	const share = (inPart: (id: string) => boolean): number => pud.filter(inPart).length / pud.length;
	assert.ok(Math.abs(share((id) => isHeldOut('en', 'en.train.conll', id)) - 0.3) < 0.03);
	assert.ok(Math.abs(share((id) => isProbe('en', 'en.train.conll', id, 3)) - 0.1) < 0.03);
	assert.equal(share((id) => isProbe('en', 'en.train.conll', id, 4)), 0);
});
