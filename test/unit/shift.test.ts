import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyContentChanges, applyEdit, type ContentChange, type TextEdit } from '../../src/core/shift';

interface Entity {
	readonly id: string;
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

const TEXT = 'Le président Tebboune a reçu Lavrov à Alger.';

function entity(id: string, word: string, text = TEXT): Entity {
	const start = text.indexOf(word);
	assert.ok(start >= 0, word);
	return { id, start, end: start + word.length, text: word };
}

const TEBBOUNE = entity('t', 'Tebboune');
const LAVROV = entity('l', 'Lavrov');
const ALGER = entity('a', 'Alger');
const ALL = [TEBBOUNE, LAVROV, ALGER];

function edited(text: string, edit: TextEdit): string {
	return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

/** Every kept entity slices to its text in the edited document. */
function assertSlices(text: string, entities: readonly Entity[]): void {
	for (const item of entities) {
		assert.equal(text.slice(item.start, item.end), item.text, `${item.id} at [${item.start}, ${item.end})`);
	}
}

describe('applyEdit', () => {
	it('moves entities after an insertion before them, and leaves those before it alone', () => {
		const edit = { start: 3, end: 3, text: 'nouveau ' };
		const result = applyEdit(ALL, edit);
		assert.deepEqual(result.annotations.map((item) => item.start), [TEBBOUNE.start + 8, LAVROV.start + 8, ALGER.start + 8]);
		assert.deepEqual(result.changed, []);
		assert.deepEqual(result.dropped, []);
		assertSlices(edited(TEXT, edit), result.annotations);
		const after = applyEdit(ALL, { start: TEXT.length - 1, end: TEXT.length - 1, text: ', la capitale' });
		assert.deepEqual(after.annotations, ALL, 'an edit after every entity changes nothing (same objects)');
	});

	it('moves entities back after a deletion before them', () => {
		const edit = { start: 0, end: 3, text: '' };
		const result = applyEdit(ALL, edit);
		assert.equal(result.annotations[0].start, TEBBOUNE.start - 3);
		assertSlices(edited(TEXT, edit), result.annotations);
	});

	it('does not grow an entity when text is inserted exactly at its start or its end', () => {
		const atStart = applyEdit([TEBBOUNE], { start: TEBBOUNE.start, end: TEBBOUNE.start, text: 'M. ' });
		assert.deepEqual(atStart.annotations[0], { ...TEBBOUNE, start: TEBBOUNE.start + 3, end: TEBBOUNE.end + 3 });
		const atEnd = applyEdit([TEBBOUNE], { start: TEBBOUNE.end, end: TEBBOUNE.end, text: ' Jr' });
		assert.deepEqual(atEnd.annotations[0], TEBBOUNE);
		assert.deepEqual([...atStart.changed, ...atEnd.changed, ...atStart.dropped, ...atEnd.dropped], []);
	});

	it('shifts an entity when a replacement ends exactly at its start, and ignores one starting exactly at its end', () => {
		const before = { start: TEBBOUNE.start - 10, end: TEBBOUNE.start, text: 'chef ' };
		const result = applyEdit([TEBBOUNE], before);
		assertSlices(edited(TEXT, before), result.annotations);
		assert.equal(result.changed.length, 0);
		const after = applyEdit([TEBBOUNE], { start: TEBBOUNE.end, end: TEBBOUNE.end + 2, text: '' });
		assert.deepEqual(after.annotations, [TEBBOUNE]);
	});

	it('keeps an entity when a typo is fixed inside it, with its new text, and lists it as changed', () => {
		const text = 'Le président Tebuone a reçu Lavrov.';
		const typo = entity('t', 'Tebuone', text);
		const fix = { start: typo.start + 3, end: typo.start + 5, text: 'bou' };
		const result = applyEdit([typo], fix);
		assert.equal(result.annotations[0].text, 'Tebboune');
		assert.equal(result.annotations[0].id, 't');
		assert.deepEqual(result.changed, result.annotations);
		assertSlices(edited(text, fix), result.annotations);
	});

	it('treats an edit touching one end from inside as inside (first letter corrected)', () => {
		const edit = { start: TEBBOUNE.start, end: TEBBOUNE.start + 1, text: 'T' };
		const result = applyEdit([TEBBOUNE], edit);
		assert.deepEqual(result.annotations, [TEBBOUNE], 'same text: nothing changed');
		const lower = applyEdit([TEBBOUNE], { start: TEBBOUNE.start, end: TEBBOUNE.start + 1, text: 't' });
		assert.equal(lower.changed[0].text, 'tebboune');
		const growEnd = applyEdit([TEBBOUNE], { start: TEBBOUNE.end - 1, end: TEBBOUNE.end, text: 'ée' });
		assert.equal(growEnd.annotations[0].text, 'Tebbounée');
	});

	it('keeps an entity whose exact text a formatter rewrote identically', () => {
		const result = applyEdit([ALGER], { start: ALGER.start, end: ALGER.end, text: 'Alger' });
		assert.deepEqual(result, { annotations: [ALGER], changed: [], dropped: [] });
	});

	it('drops (visibly, as it was) an entity that is deleted, replaced, or cut through by an edit', () => {
		const cases: TextEdit[] = [
			{ start: ALGER.start, end: ALGER.end, text: '' },
			{ start: ALGER.start, end: ALGER.end, text: 'Oran' },
			{ start: ALGER.start - 2, end: ALGER.end + 1, text: '' },
			{ start: ALGER.start - 2, end: ALGER.start + 2, text: 'x' },
			{ start: ALGER.end - 2, end: ALGER.end + 1, text: 'x' },
		];
		for (const edit of cases) {
			const result = applyEdit([LAVROV, ALGER], edit);
			assert.deepEqual(result.dropped, [ALGER], JSON.stringify(edit));
			assert.deepEqual(result.annotations, [LAVROV]);
		}
	});

	it('works on Arabic text and with emoji (UTF-16 units)', () => {
		const text = 'استقبل الرئيس تبون 😀 وزير الخارجية في الجزائر';
		const items = [entity('t', 'تبون', text), entity('j', 'الجزائر', text)];
		const edit = { start: text.indexOf('😀'), end: text.indexOf('😀') + 2, text: '🇩🇿' };
		const result = applyEdit(items, edit);
		assertSlices(edited(text, edit), result.annotations);
		assert.equal(result.annotations[1].start, items[1].start + 2);
	});

	it('refuses an invalid edit range (a caller bug) instead of guessing', () => {
		assert.throws(() => applyEdit(ALL, { start: 5, end: 2, text: '' }), RangeError);
		assert.throws(() => applyEdit(ALL, { start: -1, end: 0, text: '' }), RangeError);
	});
});

describe('applyContentChanges (one VS Code event)', () => {
	function applyAll(text: string, changes: readonly ContentChange[]): string {
		const sorted = [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset);
		return sorted.reduce((current, change) => current.slice(0, change.rangeOffset) + change.text + current.slice(change.rangeOffset + change.rangeLength), text);
	}

	const multiCursor: ContentChange[] = [
		{ rangeOffset: 0, rangeLength: 2, text: 'Ce' },
		{ rangeOffset: TEBBOUNE.start + 2, rangeLength: 0, text: 'b' },
		{ rangeOffset: LAVROV.start, rangeLength: 0, text: 'Sergueï ' },
		{ rangeOffset: ALGER.start - 2, rangeLength: 2, text: 'de ' },
	];

	it('applies changes given relative to the document before the event, in any order', () => {
		const expectedText = applyAll(TEXT, multiCursor);
		const orders = [multiCursor, [...multiCursor].reverse(), [multiCursor[2], multiCursor[0], multiCursor[3], multiCursor[1]]];
		const results = orders.map((changes) => applyContentChanges(ALL, changes));
		for (const result of results) {
			assert.deepEqual(result, results[0], 'order does not matter');
			assertSlices(expectedText, result.annotations);
		}
		const [tebboune, lavrov, alger] = results[0].annotations;
		assert.equal(tebboune.text, 'Tebbboune');
		assert.equal(lavrov.text, 'Lavrov', 'insertion at its start: moved, not grown');
		assert.equal(alger.start, expectedText.indexOf('Alger'));
		assert.deepEqual(results[0].changed.map((item) => item.id), ['t']);
	});

	it('reports an entity dropped by one change of the event, in its state before the event', () => {
		const changes: ContentChange[] = [
			{ rangeOffset: 0, rangeLength: 0, text: 'Hier, ' },
			{ rangeOffset: LAVROV.start - 1, rangeLength: LAVROV.text.length + 2, text: ' ' },
		];
		const result = applyContentChanges(ALL, changes);
		assert.deepEqual(result.dropped, [LAVROV]);
		assertSlices(applyAll(TEXT, changes), result.annotations);
	});

	it('refuses overlapping changes, which cannot come from one event', () => {
		assert.throws(
			() => applyContentChanges(ALL, [{ rangeOffset: 2, rangeLength: 5, text: '' }, { rangeOffset: 4, rangeLength: 5, text: '' }]),
			/overlap/,
		);
	});

	it('handles two insertions at the same offset (multi-cursor at one place) without growing entities', () => {
		const changes: ContentChange[] = [
			{ rangeOffset: ALGER.start, rangeLength: 0, text: 'à ' },
			{ rangeOffset: ALGER.start, rangeLength: 0, text: 'la ville d\'' },
		];
		const result = applyContentChanges([ALGER], changes);
		assert.equal(result.annotations[0].start, ALGER.start + 2 + 11);
		assert.equal(result.annotations[0].text, 'Alger');
	});
});

describe('applyContentChanges at scale', () => {
	// A quadratic path would hang here; the timeout only guards against that (no time is asserted).
	it('handles thousands of changes in one event on thousands of entities (multi-cursor rename, formatter)', { timeout: 60_000 }, () => {
		const word = 'Alger ';
		const entities: Entity[] = Array.from({ length: 20_000 }, (_, i) => ({ id: `e${i}`, start: i * word.length, end: i * word.length + 5, text: 'Alger' }));
		// Every space becomes two: 20,000 changes in one event.
		const changes: ContentChange[] = entities.map((entity) => ({ rangeOffset: entity.end, rangeLength: 1, text: '  ' }));
		const result = applyContentChanges(entities, changes.reverse());
		const edited = 'Alger  '.repeat(20_000);
		assert.equal(result.annotations.length, 20_000);
		assertSlices(edited, result.annotations);
		assert.equal(result.annotations[19_999].start, 19_999 * 7);
	});
});
