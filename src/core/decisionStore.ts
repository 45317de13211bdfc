import { applyContentChanges, countWhere, moved, sortedEdits, type ContentChange, type Ranged } from './shift';

/** Items per piece: few enough to rebuild on an edit, enough to keep the pieces few. */
const PIECE_SIZE = 128;
/**
 * Events of more changes than this (a formatter, a multi-cursor rename) go through the rules for
 * every item at once, as one list: piece by piece, each run of pieces would sort them again.
 */
const MAX_CHANGES_BY_PIECE = 64;

interface Piece<T> {
	/** Not applied to the items yet: an item is at [item.start + delta, item.end + delta) in the text. */
	delta: number;
	/** In order, offsets without `delta`. */
	items: T[];
	/** The items' smallest start and largest end, without `delta`. */
	start: number;
	end: number;
	/** Largest end among the first k + 1 items, without `delta` (built when a query first needs it, dropped with the items). */
	prefixEnd?: number[];
}

/** What one change event did to the items (see `applyContentChanges` in shift.ts). */
export interface StoreEditOutcome<T> {
	/** The new versions of items whose text an edit changed. */
	readonly changed: T[];
	/** Items an edit cut through or deleted, as they were before the event. */
	readonly dropped: T[];
	/** Whether any item kept is not the very object it was (moved, changed or grown back). */
	readonly moved: boolean;
}

/**
 * Items placed in a document's text that move with its edits by the rules of shift.ts (the
 * person's decisions), sorted by `compare`, kept in pieces. A change event applies those rules to
 * the items of the pieces it reaches, as `applyContentChanges` does to a plain list, and moves
 * every other piece by changing one number: the items' offsets are brought up to date only when
 * they are read. A keystroke in an article with 50,000 decisions used to copy and sort all of
 * them; it now costs the number of pieces and the items near the edit. The items, their order and
 * what each event reports are those `applyContentChanges` and a stable sort give (property tests
 * in decisionStore.test.ts).
 */
export class DecisionStore<T extends Ranged> {
	private pieces: Piece<T>[];
	private count: number;
	private flat: T[] | undefined;
	/** Largest end, with `delta`, among the first p + 1 pieces (built when a query first needs it). */
	private reach: number[] | undefined;

	/** `sorted`: in the order `compare` gives. */
	constructor(
		sorted: readonly T[],
		private readonly compare: (a: T, b: T) => number,
	) {
		this.pieces = toPieces(sorted);
		this.count = sorted.length;
	}

	get size(): number {
		return this.count;
	}

	/** Every item at its current offsets, in order (the same objects until the next change). */
	all(): readonly T[] {
		if (!this.flat) {
			const flat: T[] = new Array<T>(this.count);
			let k = 0;
			for (const piece of this.pieces) {
				for (const item of placed(piece)) {
					flat[k++] = item;
				}
			}
			this.flat = flat;
		}
		return this.flat;
	}

	/**
	 * Calls `visit` on every item as stored, its offsets possibly behind the text: for what does not
	 * depend on them (status, type, text), without bringing every item up to date.
	 */
	forEachUnplaced(visit: (item: T) => void): void {
		for (const piece of this.pieces) {
			for (const item of piece.items) {
				visit(item);
			}
		}
	}

	/** The items overlapping [from, to) (start < to and end > from), in order. */
	within(from: number, to: number): T[] {
		const found: T[] = [];
		this.overlapping(from, to, (piece, k) => {
			// brought up to date, the piece's items stay the same objects until the next change
			found.push(placed(piece)[k]);
			return false;
		});
		return found.reverse();
	}

	/**
	 * Whether an item overlapping [from, to) passes `test`, given its current offsets. Reads the
	 * items as stored: nothing is copied (a filter asks this of every suggestion of an article).
	 */
	someWithin(from: number, to: number, test: (item: T, start: number, end: number) => boolean): boolean {
		return this.overlapping(from, to, (piece, k) => test(piece.items[k], piece.items[k].start + piece.delta, piece.items[k].end + piece.delta));
	}

	/**
	 * Calls `visit` with the place of each item overlapping [from, to), last first, until it returns
	 * true; whether it did. The last piece starting before `to`, then back while some piece before
	 * reaches past `from`; within a piece the same, by its items' largest ends so far.
	 */
	private overlapping(from: number, to: number, visit: (piece: Piece<T>, index: number) => boolean): boolean {
		const reach = this.reachOfPieces();
		const pieces = this.pieces;
		let low = 0;
		let high = pieces.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (pieces[middle].start + pieces[middle].delta < to) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		for (let p = low - 1; p >= 0 && reach[p] > from; p--) {
			const piece = pieces[p];
			const { delta, items } = piece;
			if (piece.end + delta <= from) {
				continue;
			}
			piece.prefixEnd ??= prefixMaxEnd(items);
			const prefixEnd = piece.prefixEnd;
			// the last item starting before `to`
			let first = 0;
			let last = items.length;
			while (first < last) {
				const middle = (first + last) >>> 1;
				if (items[middle].start + delta < to) {
					first = middle + 1;
				} else {
					last = middle;
				}
			}
			for (let k = first - 1; k >= 0 && prefixEnd[k] + delta > from; k--) {
				if (items[k].end + delta > from && visit(piece, k)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Applies one editor change event (offsets of the text before it; see `applyContentChanges`,
	 * whose rules and refusals these are). `textBefore` lets text the event moves take its items along.
	 */
	applyChanges(changes: readonly ContentChange[], textBefore?: (start: number, end: number) => string): StoreEditOutcome<T> {
		const { edits, shiftBefore } = sortedEdits(changes);
		const changed: T[] = [];
		const dropped: T[] = [];
		let anyMoved = false;
		// The first edit ending at or after a piece's start; the piece is reached unless it starts after the piece's end.
		const firstEditNotBefore = (start: number) => countWhere(edits, (edit) => edit.end < start);
		const reached = (piece: Piece<T>) => {
			if (edits.length > MAX_CHANGES_BY_PIECE) {
				return true;
			}
			const i = firstEditNotBefore(piece.start + piece.delta);
			return i < edits.length && edits[i].start <= piece.end + piece.delta;
		};
		const next: Piece<T>[] = [];
		/** Where rebuilt runs of pieces meet the others (the pieces the edits did not reach keep their order). */
		const seams: number[] = [];
		for (let p = 0; p < this.pieces.length; ) {
			const piece = this.pieces[p];
			if (!reached(piece)) {
				// Every edit ends before it or starts after it: all its items move alike.
				const delta = shiftBefore[firstEditNotBefore(piece.start + piece.delta)];
				if (delta !== 0) {
					piece.delta += delta;
					anyMoved = true;
				}
				next.push(piece);
				p++;
				continue;
			}
			// A run of pieces the edits reach: their items go through the rules, then back in order.
			const region: T[] = [];
			for (; p < this.pieces.length && reached(this.pieces[p]); p++) {
				region.push(...placed(this.pieces[p]));
			}
			const outcome = applyContentChanges(region, changes, textBefore);
			changed.push(...outcome.changed);
			dropped.push(...outcome.dropped);
			if (!anyMoved) {
				const before = new Set(region);
				anyMoved = outcome.annotations.some((item) => !before.has(item));
			}
			seams.push(next.length);
			next.push(...toPieces(outcome.annotations.sort(this.compare)));
			seams.push(next.length);
		}
		this.pieces = next;
		this.count -= dropped.length;
		if (!this.inOrderAt(seams)) {
			// Text moved within the event took items past pieces it did not reach.
			this.pieces = toPieces(this.placedItems().sort(this.compare));
		}
		this.flat = undefined;
		this.reach = undefined;
		return { changed, dropped, moved: anyMoved };
	}

	/** Whether, at each of these seams, the last item of the piece before comes before (or with) the first of the piece after. */
	private inOrderAt(seams: readonly number[]): boolean {
		for (const p of seams) {
			if (p <= 0 || p >= this.pieces.length) {
				continue;
			}
			const before = this.pieces[p - 1];
			const after = this.pieces[p];
			if (this.compare(shifted(before.items[before.items.length - 1], before.delta), shifted(after.items[0], after.delta)) > 0) {
				return false;
			}
		}
		return true;
	}

	private placedItems(): T[] {
		return this.pieces.flatMap((piece) => placed(piece));
	}

	private reachOfPieces(): number[] {
		if (!this.reach) {
			const reach: number[] = new Array<number>(this.pieces.length);
			let max = -Infinity;
			for (let p = 0; p < this.pieces.length; p++) {
				max = Math.max(max, this.pieces[p].end + this.pieces[p].delta);
				reach[p] = max;
			}
			this.reach = reach;
		}
		return this.reach;
	}
}

/** The piece's items at their current offsets: its pending move applied to them, once. */
function placed<T extends Ranged>(piece: Piece<T>): readonly T[] {
	if (piece.delta !== 0) {
		const delta = piece.delta;
		piece.items = piece.items.map((item) => moved(item, delta));
		piece.start += delta;
		piece.end += delta;
		piece.delta = 0;
		piece.prefixEnd = undefined;
	}
	return piece.items;
}

/** `item` as it would read moved by `delta` (for a comparison; what it lost at its ends is not kept). */
function shifted<T extends Ranged>(item: T, delta: number): T {
	return delta === 0 ? item : { ...item, start: item.start + delta, end: item.end + delta };
}

function toPieces<T extends Ranged>(sorted: readonly T[]): Piece<T>[] {
	const pieces: Piece<T>[] = [];
	for (let i = 0; i < sorted.length; i += PIECE_SIZE) {
		const items = sorted.slice(i, i + PIECE_SIZE);
		let end = -Infinity;
		for (const item of items) {
			end = Math.max(end, item.end);
		}
		pieces.push({ delta: 0, items, start: items[0].start, end });
	}
	return pieces;
}

function prefixMaxEnd(items: readonly Ranged[]): number[] {
	const prefix: number[] = new Array<number>(items.length);
	let max = -Infinity;
	for (let k = 0; k < items.length; k++) {
		max = Math.max(max, items[k].end);
		prefix[k] = max;
	}
	return prefix;
}
