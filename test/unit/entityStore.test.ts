import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EntityStore } from '../../src/core/entityStore';
import type { DetectedEntity } from '../../src/core/types';
import { Random } from '../../src/core/random';

function entities(random: () => number, count: number, from = 0): DetectedEntity[] {
	const list: DetectedEntity[] = [];
	let at = from;
	for (let i = 0; i < count; i++) {
		at += 1 + Math.floor(random() * 20);
		const length = 1 + Math.floor(random() * 12);
		list.push({ start: at, end: at + length, type: random() < 0.5 ? 'PER' : 'LOC', text: 'x'.repeat(length), confidence: 0.5, source: 'model' });
		at += length;
	}
	return list;
}

/** The reference behaviour: plain arrays. */
function referenceEdit(list: DetectedEntity[], start: number, end: number, inserted: number): DetectedEntity[] {
	const delta = inserted - (end - start);
	return list.flatMap((entity) => (entity.end <= start ? [entity] : entity.start >= end ? [{ ...entity, start: entity.start + delta, end: entity.end + delta }] : []));
}

test('edits, replacements and window queries agree with plain arrays', () => {
	const generator = new Random(99);
	const random = () => generator.next();
	let reference = entities(random, 3000);
	const store = new EntityStore(reference);
	for (let step = 0; step < 1500; step++) {
		const last = reference.length ? reference[reference.length - 1].end + 50 : 100;
		if (random() < 0.6) {
			const start = Math.floor(random() * last);
			const end = Math.min(last, start + Math.floor(random() * 30 * random()));
			const inserted = Math.floor(random() * 40 * random());
			reference = referenceEdit(reference, start, end, inserted);
			store.applyEdit({ start, end, text: 'y'.repeat(inserted) });
		} else {
			const from = Math.floor(random() * last);
			const to = from + Math.floor(random() * 400);
			const fresh = entities(random, Math.floor(random() * 10), from).filter((entity) => entity.end <= to);
			reference = [...reference.filter((entity) => entity.end <= from), ...fresh, ...reference.filter((entity) => entity.start >= to)];
			store.replaceRange(from, to, fresh);
		}
		assert.equal(store.size, reference.length);
		const from = Math.floor(random() * last);
		const to = from + Math.floor(random() * 500);
		assert.deepEqual(store.within(from, to), reference.filter((entity) => entity.start < to && entity.end > from));
		const offset = Math.floor(random() * last);
		assert.deepEqual(store.neighbour(offset, 'next', (e) => e.type === 'PER'), reference.find((e) => e.start > offset && e.type === 'PER'));
		assert.deepEqual(store.neighbour(offset, 'previous', () => true), [...reference].reverse().find((e) => e.start < offset));
	}
	assert.deepEqual(store.all(), reference);
});

test('an insertion at an entity start moves it, at its end leaves it, inside drops it', () => {
	const entity: DetectedEntity = { start: 10, end: 15, type: 'LOC', text: 'Alger', confidence: 1, source: 'model' };
	const atStart = new EntityStore([entity]);
	atStart.applyEdit({ start: 10, end: 10, text: 'ab' });
	assert.deepEqual(atStart.all().map((e) => [e.start, e.end]), [[12, 17]]);
	const atEnd = new EntityStore([entity]);
	atEnd.applyEdit({ start: 15, end: 15, text: 'ab' });
	assert.deepEqual(atEnd.all().map((e) => [e.start, e.end]), [[10, 15]]);
	const inside = new EntityStore([entity]);
	inside.applyEdit({ start: 12, end: 12, text: 'ab' });
	assert.equal(inside.size, 0);
});
