import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyContentChanges, applyEdit, findOnce, insertedRanges, movableCore, type ContentChange, type TextEdit } from '../../src/core/shift';
import { FRENCH_ARTICLE, FRENCH_ENTITIES, occurrences } from './support/texts';

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

describe('a name cut at one end and typed again', () => {
	/** Applies `edits` one by one (each relative to the text the previous one left), checking every step slices. */
	function typeEdits(text: string, items: readonly Entity[], edits: readonly TextEdit[]): { text: string; items: Entity[] } {
		let current = [...items];
		for (const edit of edits) {
			current = applyContentChanges(current, [{ rangeOffset: edit.start, rangeLength: edit.end - edit.start, text: edit.text }]).annotations;
			text = edited(text, edit);
			assertSlices(text, current);
		}
		return { text, items: current };
	}

	it('takes back the last letter deleted (Backspace) and typed again', () => {
		const at = ALGER.start;
		let items: Entity[] = [ALGER];
		for (const edit of [{ start: at + 4, end: at + 5, text: '' }, { start: at + 4, end: at + 4, text: 'r' }]) {
			items = applyEdit(items, edit).annotations;
		}
		assert.equal(items[0]?.text, 'Alger');
		const twice = typeEdits(TEXT, [ALGER], [{ start: at + 4, end: at + 5, text: '' }, { start: at + 3, end: at + 4, text: '' }, { start: at + 3, end: at + 3, text: 'e' }, { start: at + 4, end: at + 4, text: 'r' }]);
		assert.equal(twice.items[0].text, 'Alger', 'two letters deleted, typed again in order');
	});

	it('takes back the first letter deleted and typed again, and a letter put back while the name moved', () => {
		const at = ALGER.start;
		let items: Entity[] = [ALGER];
		for (const edit of [{ start: at, end: at + 1, text: '' }, { start: at, end: at, text: 'A' }]) {
			items = applyEdit(items, edit).annotations;
		}
		assert.equal(items[0]?.text, 'Alger');
		const forward = typeEdits(TEXT, [ALGER], [{ start: at, end: at + 2, text: '' }, { start: at, end: at, text: 'A' }, { start: at + 1, end: at + 1, text: 'l' }]);
		assert.equal(forward.items[0].text, 'Alger', 'two first letters deleted, typed again from the start');
		const movedMeanwhile = typeEdits(TEXT, [ALGER], [{ start: at + 4, end: at + 5, text: '' }, { start: 0, end: 0, text: 'Hier, ' }, { start: at + 10, end: at + 10, text: 'r' }]);
		assert.equal(movedMeanwhile.items[0].text, 'Alger');
	});

	it('does not take in a space, punctuation or another letter typed against a name, cut or not', () => {
		const at = ALGER.start;
		assert.equal(typeEdits(TEXT, [ALGER], [{ start: at + 5, end: at + 5, text: '.' }]).items[0].text, 'Alger');
		assert.equal(typeEdits(TEXT, [ALGER], [{ start: at + 5, end: at + 5, text: 's' }]).items[0].text, 'Alger');
		assert.equal(typeEdits(TEXT, [ALGER], [{ start: at + 4, end: at + 5, text: '' }, { start: at + 4, end: at + 4, text: ' ' }]).items[0].text, 'Alge');
		assert.equal(typeEdits(TEXT, [ALGER], [{ start: at + 4, end: at + 5, text: '' }, { start: at + 4, end: at + 4, text: 'x' }]).items[0].text, 'Alge');
		assert.equal(typeEdits(TEXT, [ALGER], [{ start: at, end: at + 1, text: '' }, { start: at, end: at, text: 'E' }]).items[0].text, 'lger');
	});

	it('does not take in an Arabic proclitic typed before a name, nor the «ال» contraction', () => {
		const text = 'وصل الوزير إلى الجزائر يوم الثلاثاء.';
		const name = entity('j', 'الجزائر', text);
		for (const proclitic of ['و', 'ف', 'ب', 'ل', 'ك']) {
			const typed = typeEdits(text, [name], [{ start: name.start, end: name.start, text: proclitic }]);
			assert.equal(typed.items[0].text, 'الجزائر', proclitic);
		}
		// «إلى الجزائر» → «للجزائر»: the alef of the article deleted, then «ل» typed before the name.
		const contracted = typeEdits(text, [name], [{ start: name.start, end: name.start + 1, text: '' }, { start: name.start, end: name.start, text: 'ل' }]);
		assert.equal(contracted.text.includes('للجزائر'), true);
		assert.equal(contracted.items[0].text, 'لجزائر', 'the «ل» typed is not the alef deleted');
		const lastLetter = typeEdits(text, [name], [{ start: name.end - 1, end: name.end, text: '' }, { start: name.end - 1, end: name.end - 1, text: 'ر' }]);
		assert.equal(lastLetter.items[0].text, 'الجزائر', 'its last letter typed again');
		assert.equal(typeEdits(text, [name], [{ start: name.end, end: name.end, text: 'ية' }]).items[0].text, 'الجزائر', 'a suffix typed after it');
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

describe('applyContentChanges: text moved within one event', () => {
	const lines = FRENCH_ARTICLE.split('\n');
	const entities: Entity[] = occurrences(FRENCH_ARTICLE, FRENCH_ENTITIES).map((found, i) => ({ id: `e${i}`, start: found.start, end: found.end, text: found.text }));
	const before = (start: number, end: number) => FRENCH_ARTICLE.slice(start, end);

	it('keeps every entity of a paragraph moved in one event (Move Line Up/Down), at its new place', () => {
		// Line 3 moved below line 4 (Move Line Up on line 4): deleted with its line break, inserted after line 4 with one before it.
		const start3 = lines.slice(0, 3).join('\n').length + 1;
		const end3 = start3 + lines[3].length + 1;
		const changes: ContentChange[] = [
			{ rangeOffset: start3, rangeLength: end3 - start3, text: '' },
			{ rangeOffset: FRENCH_ARTICLE.length, rangeLength: 0, text: `\n${lines[3]}` },
		];
		const after = [...lines.slice(0, 3), lines[4], lines[3]].join('\n');
		const result = applyContentChanges(entities, changes, before);
		assert.deepEqual(result.dropped, []);
		assert.equal(result.annotations.length, entities.length);
		assertSlices(after, result.annotations);
		assert.ok(result.annotations.some((item) => item.start >= after.length - lines[3].length), 'the names of the moved line went with it');
		// Line 4 moved above line 3 the other way round: deleted with the line break before it, inserted before line 3 with one after it.
		const other: ContentChange[] = [
			{ rangeOffset: end3 - 1, rangeLength: FRENCH_ARTICLE.length - end3 + 1, text: '' },
			{ rangeOffset: start3, rangeLength: 0, text: `${lines[4]}\n` },
		];
		const swapped = applyContentChanges(entities, other, before);
		assert.deepEqual(swapped.dropped, []);
		assertSlices(after, swapped.annotations);
	});

	it('still drops the entities of text deleted, or replaced by other text, in an event that moves nothing', () => {
		const start3 = lines.slice(0, 3).join('\n').length + 1;
		const end3 = start3 + lines[3].length + 1;
		const inLine3 = entities.filter((item) => item.start >= start3 && item.end <= end3);
		assert.ok(inLine3.length > 0);
		const changes: ContentChange[] = [
			{ rangeOffset: start3, rangeLength: end3 - start3, text: '' },
			{ rangeOffset: FRENCH_ARTICLE.length, rangeLength: 0, text: `\n${lines[3].slice(0, 20)}` },
		];
		assert.deepEqual(applyContentChanges(entities, changes, before).dropped, inLine3);
		assert.deepEqual(applyContentChanges(entities, [changes[0]], before).dropped, inLine3, 'one deletion alone');
		assert.deepEqual(applyContentChanges(entities, [changes[0], { ...changes[1], text: `\n${lines[3]}` }]).dropped, inLine3, 'without the text before the event, nothing is matched');
	});
});

describe('text deleted and pasted back in a later event', () => {
	it('looks for deleted text without a line break at either end, exactly once, where each change of an event inserted text', () => {
		assert.deepEqual(movableCore('\r\nLe président Karim Haddad.\n'), { core: 'Le président Karim Haddad.', skipped: 2 });
		assert.deepEqual(movableCore('Alger'), { core: 'Alger', skipped: 0 });
		assert.equal(findOnce('Fin.\nLe président Karim Haddad.', 'Le président'), 5);
		assert.equal(findOnce('Alger et Alger', 'Alger'), -1, 'twice: which one is unknown');
		const changes: ContentChange[] = [
			{ rangeOffset: 10, rangeLength: 0, text: 'abc' },
			{ rangeOffset: 2, rangeLength: 4, text: 'x' },
			{ rangeOffset: 20, rangeLength: 3, text: '' },
		];
		assert.deepEqual(insertedRanges(changes), [{ start: 2, text: 'x' }, { start: 7, text: 'abc' }]);
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
