import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotation, OrphanedAnnotation } from '../../src/core/annotation';
import { DocumentAnnotations } from '../../src/core/document';
import { applyContentChanges, type ContentChange } from '../../src/core/shift';
import { ReadCounter } from './support/counting';
import { Random } from './support/random';

const orphan = (annotation: Annotation): OrphanedAnnotation => ({ ...annotation, reason: 'deleted by an edit' });
const plain = (a: Annotation) => ({ id: a.id, type: a.type, status: a.status, start: a.start, end: a.end, text: a.text });

// Arabic, French, an emoji and a non-BMP letter, CRLF line ends.
const LINE = 'قال رئيس بلدية وهران إن 🎉 المهرجان يبدأ\r\nLa maire de 𝒜nnaba, Leïla Ferhat, arrive.\r\n';

function decisionsOn(text: string, every: number): Annotation[] {
	return [...text.matchAll(/[^\s,.]{3,}/gu)]
		.filter((_, i) => i % every === 0)
		.map((word, i) => ({ id: `u${i}`, type: i % 2 === 0 ? 'LOC' : 'PER', start: word.index, end: word.index + word[0].length, text: word[0], status: i % 7 === 6 ? 'rejected' : 'accepted', source: 'user' }));
}

test('Undo Last Decision after many keystrokes brings decisions back where moving them edit by edit put them', () => {
	for (const seed of [5, 77, 2026]) {
		const random = new Random(seed);
		let text = LINE.repeat(60);
		const decisions = decisionsOn(text, 2);
		const model = new DocumentAnnotations(decisions);
		// one change takes many away: they come back with the undo
		const taken = decisions.filter(() => random.chance(0.6));
		model.batch(() => {
			for (const decision of taken) {
				model.untag(decision.id);
			}
		});
		// the former undo, for reference: every removed decision moved by each logged edit in turn
		let expected: Annotation[] | undefined = taken;
		assert.ok(taken.length > 50);
		for (let step = 0; step < 300; step++) {
			// type at a space or delete one: never through a decision (an edit through one stops undo)
			const at = random.pick([...text.matchAll(/ /g)].map((m) => m.index));
			const change: ContentChange = random.chance(0.6) ? { rangeOffset: at, rangeLength: 0, text: random.pick(['a', 'ن', '🎉', '\r\n']) } : { rangeOffset: at, rangeLength: 1, text: '' };
			const before = text;
			model.applyEdits([change], orphan, (start, end) => before.slice(start, end));
			text = text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
			if (expected) {
				const moved: { annotations: Annotation[]; dropped: Annotation[] } = applyContentChanges(expected, [change]);
				expected = moved.dropped.length > 0 ? undefined : moved.annotations;
			}
		}
		const undone = model.undo();
		assert.ok(expected);
		assert.deepEqual(undone.added.map(plain), expected.map(plain), `seed ${seed}`);
		for (const annotation of model.annotations) {
			assert.equal(text.slice(annotation.start, annotation.end), annotation.text, `seed ${seed}`);
		}
		assert.equal(model.annotations.length, decisions.length, `seed ${seed}`);
	}
});

test('Undo Last Decision after many keystrokes does not go over what it brings back once per keystroke', () => {
	const counter = new ReadCounter();
	/** Reads of the offsets of 2,000 decisions untagged at once, while undo brings them back after `keystrokes` keystrokes at the end. */
	const undoAfter = (keystrokes: number): number => {
		const decisions = Array.from({ length: 2000 }, (_, i): Annotation => counter.watch({ id: `d${i}`, type: 'PER', start: i * 20, end: i * 20 + 5, text: 'Samir', status: 'accepted' }, (key) => key === 'start'));
		const model = new DocumentAnnotations(decisions);
		model.batch(() => {
			for (const decision of decisions) {
				model.untag(decision.id);
			}
		});
		const end = 2000 * 20;
		for (let i = 0; i < keystrokes; i++) {
			model.applyEdits([i % 2 === 0 ? { rangeOffset: end, rangeLength: 0, text: 'a' } : { rangeOffset: end, rangeLength: 1, text: '' }], orphan);
		}
		return counter.during(() => assert.equal(model.undo().added.length, 2000));
	};
	const few = undoAfter(100);
	const many = undoAfter(1000);
	// ten times the keystrokes: about the same work (the former undo went over all 2,000 per keystroke)
	assert.ok(many < 2 * few, `${few} reads after 100 keystrokes, ${many} after 1000`);
});
