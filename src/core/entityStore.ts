import type { DetectedEntity } from './types';

/** Entities per piece: small enough to rebuild on an edit, large enough to keep pieces few. */
const PIECE_SIZE = 128;

interface Piece {
	/** Absolute offset the items' offsets are relative to. */
	base: number;
	/** Sorted, non-overlapping, offsets relative to `base`. */
	items: DetectedEntity[];
}

/** One replacement, in offsets of the text before it. */
export interface StoreEdit {
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

/**
 * The detector's entities of one document, sorted and non-overlapping, kept in pieces whose
 * offsets are relative to the piece: an edit moves every later piece by changing one number per
 * piece, instead of rebuilding tens of thousands of entity objects on every keystroke of a long
 * article. Window queries cost the log of the size plus what they return.
 */
export class EntityStore {
	private pieces: Piece[] = [];
	private count = 0;
	private flat: DetectedEntity[] | undefined;

	constructor(sorted: readonly DetectedEntity[] = []) {
		this.pieces = toPieces(sorted);
		this.count = sorted.length;
	}

	get size(): number {
		return this.count;
	}

	/** Every entity with absolute offsets, in order (built once per change). */
	all(): readonly DetectedEntity[] {
		if (!this.flat) {
			const flat: DetectedEntity[] = new Array(this.count);
			let k = 0;
			for (const piece of this.pieces) {
				for (const item of piece.items) {
					flat[k++] = absolute(item, piece.base);
				}
			}
			this.flat = flat;
		}
		return this.flat;
	}

	/** Entities overlapping [from, to) (start < to and end > from), in order. */
	within(from: number, to: number): DetectedEntity[] {
		const found: DetectedEntity[] = [];
		for (let p = this.firstPieceEndingAfter(from); p < this.pieces.length; p++) {
			const piece = this.pieces[p];
			if (piece.items[0].start + piece.base >= to) {
				break;
			}
			for (const item of piece.items) {
				if (item.start + piece.base >= to) {
					break;
				}
				if (item.end + piece.base > from) {
					found.push(absolute(item, piece.base));
				}
			}
		}
		return found;
	}

	/** The first entity starting after `offset` that `accept` takes, or the last one starting before it. */
	neighbour(offset: number, direction: 'next' | 'previous', accept: (entity: DetectedEntity) => boolean): DetectedEntity | undefined {
		if (direction === 'next') {
			// A piece whose last entity ends at or before the offset has nothing starting after it.
			for (let p = this.firstPieceEndingAfter(offset); p < this.pieces.length; p++) {
				const piece = this.pieces[p];
				for (const item of piece.items) {
					if (item.start + piece.base > offset) {
						const entity = absolute(item, piece.base);
						if (accept(entity)) {
							return entity;
						}
					}
				}
			}
			return undefined;
		}
		for (let p = Math.min(this.pieces.length - 1, this.firstPieceEndingAfter(offset)); p >= 0; p--) {
			const piece = this.pieces[p];
			for (let i = piece.items.length - 1; i >= 0; i--) {
				const item = piece.items[i];
				if (item.start + piece.base < offset) {
					const entity = absolute(item, piece.base);
					if (accept(entity)) {
						return entity;
					}
				}
			}
		}
		return undefined;
	}

	/**
	 * Applies one text edit. Entities after it move; entities it touches (an edit inside them or
	 * across an edge) are dropped: the detector reports on that text again. An insertion at an
	 * entity's start moves it, one at its end leaves it.
	 */
	applyEdit(edit: StoreEdit): void {
		const delta = edit.text.length - (edit.end - edit.start);
		let p = this.firstPieceEndingAfter(edit.start);
		// Pieces that reach the edited text are rebuilt; the ones after it only move.
		while (p < this.pieces.length) {
			const piece = this.pieces[p];
			const first = piece.items[0];
			if (first === undefined || first.start + piece.base >= edit.end) {
				break;
			}
			const kept: DetectedEntity[] = [];
			for (const item of piece.items) {
				const start = item.start + piece.base;
				const end = item.end + piece.base;
				if (end <= edit.start) {
					kept.push(item);
				} else if (start >= edit.end) {
					kept.push(start + delta === start ? item : { ...item, start: item.start + delta, end: item.end + delta });
				} else {
					this.count--;
				}
			}
			piece.items = kept;
			p++;
		}
		if (delta !== 0) {
			for (; p < this.pieces.length; p++) {
				this.pieces[p].base += delta;
			}
		}
		this.pieces = this.pieces.filter((piece) => piece.items.length > 0);
		this.flat = undefined;
	}

	/**
	 * Replaces the entities overlapping [from, to) by `entities` (absolute, sorted, inside the
	 * range): the detector's new answer for the chunks it detected again.
	 */
	replaceRange(from: number, to: number, entities: readonly DetectedEntity[]): void {
		const firstPiece = this.firstPieceEndingAfter(from);
		let lastPiece = firstPiece;
		while (lastPiece < this.pieces.length && this.pieces[lastPiece].items[0].start + this.pieces[lastPiece].base < to) {
			lastPiece++;
		}
		// Items of the touched pieces before and after the range stay; the range gets the new ones.
		const before: DetectedEntity[] = [];
		const after: DetectedEntity[] = [];
		let removed = 0;
		for (let p = firstPiece; p < lastPiece; p++) {
			const piece = this.pieces[p];
			for (const item of piece.items) {
				if (item.end + piece.base <= from) {
					before.push(absolute(item, piece.base));
				} else if (item.start + piece.base >= to) {
					after.push(absolute(item, piece.base));
				} else {
					removed++;
				}
			}
		}
		this.pieces.splice(firstPiece, lastPiece - firstPiece, ...toPieces([...before, ...entities, ...after]));
		this.count += entities.length - removed;
		this.flat = undefined;
	}

	/** Index of the first piece whose last entity ends after `offset` (pieces.length when none). */
	private firstPieceEndingAfter(offset: number): number {
		let low = 0;
		let high = this.pieces.length;
		while (low < high) {
			const mid = (low + high) >>> 1;
			const piece = this.pieces[mid];
			const last = piece.items[piece.items.length - 1];
			if (last.end + piece.base <= offset) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low;
	}
}

function absolute(item: DetectedEntity, base: number): DetectedEntity {
	return base === 0 ? item : { start: item.start + base, end: item.end + base, type: item.type, text: item.text, confidence: item.confidence, source: item.source };
}

function toPieces(sorted: readonly DetectedEntity[]): Piece[] {
	const pieces: Piece[] = [];
	for (let i = 0; i < sorted.length; i += PIECE_SIZE) {
		const base = sorted[i].start;
		pieces.push({ base, items: sorted.slice(i, i + PIECE_SIZE).map((entity) => (base === 0 ? entity : { ...entity, start: entity.start - base, end: entity.end - base })) });
	}
	return pieces;
}
