/**
 * Moving annotations (or detector suggestions) along with live edits, in UTF-16 units.
 *
 * Rules for one edit that replaces [start, end) of the text by `text`:
 * - entirely before the entity, or ending exactly at its start (an insertion at its start
 *   included): the entity moves by the length difference and does not grow;
 * - entirely after it, or starting exactly at its end (an insertion at its end included): the
 *   entity stays as it is and does not grow;
 * - strictly inside it (e.g. fixing a typo in a name; touching one of its ends from inside is
 *   inside): the entity keeps its id, its range grows or shrinks and its `text` becomes the new
 *   slice; it is listed in `changed` so the UI can show it for review;
 * - except: an insertion at its start or end that puts back text an earlier deletion cut from
 *   that end (Backspace on a name's last letter, then the letter typed again; an undo) grows it
 *   back over that text, as a change. Only the text cut is taken back: a proclitic or a space
 *   typed against a name, or any other letter, leaves it as it is (rules above). The entity
 *   returned by a cut remembers what it lost (`lostAtEnds`, keyed by that very object, so the
 *   memory goes as soon as something else replaces the entity);
 * - replacing exactly its text by the same text (formatters do this): nothing happens;
 * - crossing one of its ends, or covering it entirely: the entity is removed from `annotations`
 *   and listed, as it was before the edit, in `dropped`. It is not lost: the caller turns it into
 *   an orphan (`orphanFromDropped` in `sidecar/bind.ts`, with the text before the edit so its
 *   context is kept), shows it, and may try to place it again (`reanchorOrphans`), e.g. when a
 *   formatter rewrote the whole document.
 *
 * - in text one change of an event deletes and another change of the same event inserts again
 *   (Move Line Up/Down, drag and drop of a selection; `applyContentChanges` given the deleted
 *   text): the entity goes with its text, unchanged, instead of being dropped.
 *
 * Every entity ends up in exactly one of `annotations` or `dropped`, and each one in
 * `annotations` slices to its `text` in the edited document (given it did before).
 */

export interface Ranged {
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

/** One replacement, offsets in UTF-16 units of the text before it. */
export interface TextEdit {
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

/** The shape of VS Code's `TextDocumentContentChangeEvent` that matters here. */
export interface ContentChange {
	readonly rangeOffset: number;
	readonly rangeLength: number;
	readonly text: string;
}

export interface EditOutcome<T extends Ranged> {
	/** Every entity still placed, in the input order, moved or changed as needed. */
	readonly annotations: T[];
	/** The new versions of entities whose text an edit changed (also in `annotations`). */
	readonly changed: T[];
	/** Entities an edit cut through or deleted, as they were before the edits. */
	readonly dropped: T[];
}

type Fate<T> = { readonly kind: 'kept'; readonly item: T; readonly changed: boolean } | { readonly kind: 'dropped' };

/** Text a deletion cut from an entity's start or end, and not yet put back. */
interface Lost {
	readonly start: string;
	readonly end: string;
}

/**
 * What each entity returned by a cut lost at its ends (see the rules at the top). Keyed by the
 * entity object the cut returned: an entity moved by an edit elsewhere carries it on; one replaced
 * by anything else (a decision, a reload, another kind of edit) simply has none.
 */
const lostAtEnds = new WeakMap<object, Lost>();

function remember<T extends Ranged>(item: T, lost: Lost): T {
	if (lost.start.length > 0 || lost.end.length > 0) {
		lostAtEnds.set(item, lost);
	}
	return item;
}

/** `item` moved by `delta`, keeping what it lost at its ends. */
export function moved<T extends Ranged>(item: T, delta: number): T {
	const lost = lostAtEnds.get(item);
	const next = { ...item, start: item.start + delta, end: item.end + delta };
	return lost === undefined ? next : remember(next, lost);
}

/** Applies one edit. */
export function applyEdit<T extends Ranged>(items: readonly T[], edit: TextEdit): EditOutcome<T> {
	checkEdit(edit);
	return collect(items, (item) => shiftOne(item, edit));
}

/**
 * Applies the changes of one VS Code `onDidChangeTextDocument` event. All their ranges refer to
 * the document *before* the event and do not overlap (VS Code applies them "at the same time";
 * it currently sends them sorted by descending offset, but that is not guaranteed — an extension
 * once reversed the shared array in place, vscode#88310). So they are sorted here, and for each
 * entity the changes that touch it are applied from the last to the first (which keeps the
 * offsets of the ones not yet applied valid), then the changes before it shift it by their total
 * length difference. Overlapping changes cannot come from one event and are refused.
 *
 * Cost: O((entities + changes) · log changes), so a multi-cursor rename or a formatter sending
 * thousands of changes at once stays fast with thousands of entities.
 */
export function applyContentChanges<T extends Ranged>(
	items: readonly T[],
	changes: readonly ContentChange[],
	/** The text before the event at [start, end): lets text moved within the event take its entities along. */
	textBefore?: (start: number, end: number) => string,
): EditOutcome<T> {
	const { edits, shiftBefore } = sortedEdits(changes);
	const moves = textBefore === undefined || edits.length < 2 || edits.length > MAX_CHANGES_FOR_MOVES ? undefined : findMoves(edits, shiftBefore, textBefore);
	return collect(items, (item) => {
		const fate = fateInEvent(item);
		if (fate.kind === 'dropped' && moves !== undefined) {
			return movedWithText(item, edits, moves) ?? fate;
		}
		return fate;
	});

	function fateInEvent(item: T): Fate<T> {
		// Edits ending at or before the entity's start only move it; edits starting at or after its
		// end do nothing; the few in between are applied one by one, last first. Insertions exactly
		// at its start or end are among those (they may put back text a cut took from it).
		const before = countWhere(edits, (edit) => edit.start < item.start && edit.end <= item.start);
		const touching = countWhere(edits, (edit) => edit.start < item.end || (edit.start === item.end && edit.end === item.end));
		let current = item;
		let changed = false;
		for (let i = touching - 1; i >= before; i--) {
			const fate = shiftOne(current, edits[i]);
			if (fate.kind === 'dropped') {
				return fate;
			}
			current = fate.item;
			changed ||= fate.changed;
		}
		const delta = shiftBefore[before];
		if (delta !== 0) {
			current = moved(current, delta);
		}
		return { kind: 'kept', item: current, changed };
	}
}

/** The changes of one event as edits sorted by offset, checked, with their running length difference. */
export function sortedEdits(changes: readonly ContentChange[]): { readonly edits: TextEdit[]; readonly shiftBefore: Float64Array } {
	const edits = changes
		.map((change) => ({ start: change.rangeOffset, end: change.rangeOffset + change.rangeLength, text: change.text }))
		.sort((a, b) => a.start - b.start || a.end - b.end);
	// Total length difference of the first i edits (they are sorted and apart, so ends ascend too).
	const shiftBefore = new Float64Array(edits.length + 1);
	for (let i = 0; i < edits.length; i++) {
		checkEdit(edits[i]);
		if (i > 0 && edits[i].start < edits[i - 1].end) {
			throw new RangeError('content changes of one event overlap; they must all refer to the document before the event');
		}
		shiftBefore[i + 1] = shiftBefore[i] + edits[i].text.length - (edits[i].end - edits[i].start);
	}
	return { edits, shiftBefore };
}

/**
 * Moves are looked for in events of a few changes only (Move Line Up/Down with a cursor or a few,
 * drag and drop): matching every deletion with every insertion is quadratic, and a multi-cursor
 * rename or a formatter sending thousands of changes moves nothing.
 */
const MAX_CHANGES_FOR_MOVES = 16;

/** Text one change of an event deleted, inserted again by another: where it went. */
interface Move {
	/** Units of the deleted text left out of the match (a line break the other change puts on its other side). */
	readonly skipped: number;
	readonly length: number;
	/** Where the matched text starts in the text after the event. */
	readonly to: number;
}

/** Line breaks at the ends of a moved line are not moved with it: Move Line Up deletes «line\n» and inserts «\nline». */
const LEADING_BREAK = /^(?:\r\n|\n|\r)/;
const TRAILING_BREAK = /(?:\r\n|\n|\r)$/;

/**
 * For each change deleting text, the change of the same event (a different one) that inserts that
 * text again, line breaks at its ends aside, exactly once. Each insertion takes one deletion.
 */
function findMoves(edits: readonly TextEdit[], shiftBefore: Float64Array, textBefore: (start: number, end: number) => string): Map<number, Move> {
	const moves = new Map<number, Move>();
	const used = new Set<number>();
	edits.forEach((edit, i) => {
		if (edit.end === edit.start) {
			return;
		}
		const deleted = movableCore(textBefore(edit.start, edit.end));
		if (deleted.core.length === 0) {
			return;
		}
		for (let j = 0; j < edits.length; j++) {
			const at = j === i || used.has(j) ? -1 : findOnce(edits[j].text, deleted.core);
			if (at >= 0) {
				used.add(j);
				moves.set(i, { skipped: deleted.skipped, length: deleted.core.length, to: edits[j].start + shiftBefore[j] + at });
				return;
			}
		}
	});
	return moves;
}

/**
 * Deleted text as it is looked for where it is inserted again: without one line break at either
 * end (`skipped`: how many units were left out at its start).
 */
export function movableCore(deleted: string): { readonly core: string; readonly skipped: number } {
	const skipped = LEADING_BREAK.exec(deleted)?.[0].length ?? 0;
	const rest = deleted.slice(skipped);
	return { core: rest.slice(0, rest.length - (TRAILING_BREAK.exec(rest)?.[0].length ?? 0)), skipped };
}

/** Where `core` is in `text`, if it is there exactly once; -1 otherwise. */
export function findOnce(text: string, core: string): number {
	const at = text.indexOf(core);
	return at >= 0 && text.indexOf(core, at + 1) < 0 ? at : -1;
}

/** The text each change of one event inserted, at its offsets in the text after the event. */
export function insertedRanges(changes: readonly ContentChange[]): Array<{ readonly start: number; readonly text: string }> {
	const sorted = [...changes].sort((a, b) => a.rangeOffset - b.rangeOffset);
	let shift = 0;
	const ranges: Array<{ start: number; text: string }> = [];
	for (const change of sorted) {
		if (change.text.length > 0) {
			ranges.push({ start: change.rangeOffset + shift, text: change.text });
		}
		shift += change.text.length - change.rangeLength;
	}
	return ranges;
}

/** An entity inside text the event moved, at its new place; undefined when it is not in such text. */
function movedWithText<T extends Ranged>(item: T, edits: readonly TextEdit[], moves: ReadonlyMap<number, Move>): Fate<T> | undefined {
	const i = countWhere(edits, (edit) => edit.start <= item.start) - 1;
	const move = i >= 0 ? moves.get(i) : undefined;
	if (move === undefined || item.end > edits[i].end) {
		return undefined;
	}
	const offset = item.start - edits[i].start - move.skipped;
	if (offset < 0 || offset + (item.end - item.start) > move.length) {
		return undefined;
	}
	const start = move.to + offset;
	return { kind: 'kept', item: { ...item, start, end: start + (item.end - item.start) }, changed: false };
}

/** How many leading edits satisfy `test` (which holds for a prefix of the sorted edits). Binary search. */
export function countWhere(edits: readonly TextEdit[], test: (edit: TextEdit) => boolean): number {
	let low = 0;
	let high = edits.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (test(edits[middle])) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}
	return low;
}

function collect<T extends Ranged>(items: readonly T[], fateOf: (item: T) => Fate<T>): EditOutcome<T> {
	const annotations: T[] = [];
	const changed: T[] = [];
	const dropped: T[] = [];
	for (const item of items) {
		const fate = fateOf(item);
		if (fate.kind === 'dropped') {
			dropped.push(item);
			continue;
		}
		annotations.push(fate.item);
		if (fate.changed) {
			changed.push(fate.item);
		}
	}
	return { annotations, changed, dropped };
}

function checkEdit(edit: TextEdit): void {
	if (!Number.isInteger(edit.start) || !Number.isInteger(edit.end) || edit.start < 0 || edit.end < edit.start) {
		throw new RangeError(`invalid edit range [${edit.start}, ${edit.end})`);
	}
}

/** What one edit does to one entity (see the rules at the top). */
function shiftOne<T extends Ranged>(item: T, edit: TextEdit): Fate<T> {
	const { start, end } = item;
	const delta = edit.text.length - (edit.end - edit.start);
	const lost = lostAtEnds.get(item) ?? { start: '', end: '' };
	if (edit.start === edit.end && edit.text.length > 0 && (edit.start === start || edit.start === end)) {
		const restored = restore(item, edit, lost);
		if (restored !== undefined) {
			return { kind: 'kept', item: restored, changed: true };
		}
	}
	if (edit.end <= start) {
		return delta === 0 ? { kind: 'kept', item, changed: false } : { kind: 'kept', item: moved(item, delta), changed: false };
	}
	if (edit.start >= end) {
		return { kind: 'kept', item, changed: false };
	}
	const coversAll = edit.start <= start && edit.end >= end;
	if (coversAll) {
		if (edit.start === start && edit.end === end && edit.text === item.text) {
			return { kind: 'kept', item, changed: false };
		}
		return { kind: 'dropped' };
	}
	const inside = edit.start >= start && edit.end <= end;
	if (!inside) {
		return { kind: 'dropped' };
	}
	const text = item.text.slice(0, edit.start - start) + edit.text + item.text.slice(edit.end - start);
	if (text === item.text) {
		return { kind: 'kept', item, changed: false };
	}
	const next = { ...item, end: end + delta, text };
	if (edit.text.length === 0 && edit.end === end) {
		// Cut at its end (Backspace on the last letter): what went is remembered, to take it back.
		return { kind: 'kept', item: remember(next, { start: lost.start, end: item.text.slice(edit.start - start) + lost.end }), changed: true };
	}
	if (edit.text.length === 0 && edit.start === start) {
		return { kind: 'kept', item: remember(next, { start: lost.start + item.text.slice(0, edit.end - start), end: lost.end }), changed: true };
	}
	return { kind: 'kept', item: next, changed: true };
}

/**
 * An insertion at the entity's start or end that puts back text a cut took from that end: the
 * entity grown over it, or undefined. At the end, the text typed again must be how the lost text
 * began (letters typed again in order); at the start, how it ended (the letter just before the
 * name first) or how it began (typing the lost letters again from the start: the rest then goes
 * inside the name, where the rules above already take it).
 */
function restore<T extends Ranged>(item: T, edit: TextEdit, lost: Lost): T | undefined {
	const typed = edit.text;
	if (edit.start === item.end && lost.end.startsWith(typed)) {
		return remember({ ...item, end: item.end + typed.length, text: item.text + typed }, { start: lost.start, end: lost.end.slice(typed.length) });
	}
	if (edit.start === item.start && (lost.start.endsWith(typed) || lost.start.startsWith(typed))) {
		const rest = lost.start.endsWith(typed) ? lost.start.slice(0, lost.start.length - typed.length) : '';
		return remember({ ...item, end: item.end + typed.length, text: typed + item.text }, { start: rest, end: lost.end });
	}
	return undefined;
}
