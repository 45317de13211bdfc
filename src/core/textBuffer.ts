/**
 * A long text held as blocks of a few kilobytes, so that an edit costs the size of a block, not
 * of the document: rebuilding a 5 MB JavaScript string on every keystroke takes tens of
 * milliseconds (the copy and the garbage it leaves), a block edit takes microseconds.
 */
import { lastAtOrBelow } from './sortedSearch';
const BLOCK_SIZE = 4096;

export class TextBuffer {
	private blocks: string[] = [];
	/** Start offset of each block (UTF-16), ascending. */
	private starts: number[] = [];
	private total = 0;

	constructor(text = '') {
		this.reset(text);
	}

	get length(): number {
		return this.total;
	}

	reset(text: string): void {
		this.blocks = [];
		this.starts = [];
		for (let at = 0; at < text.length; at += BLOCK_SIZE) {
			this.starts.push(at);
			this.blocks.push(text.slice(at, at + BLOCK_SIZE));
		}
		this.total = text.length;
	}

	/** Replaces [start, end) by `text` (offsets of the text before the edit). */
	replace(start: number, end: number, text: string): void {
		if (start < 0 || end < start || end > this.total) {
			throw new RangeError(`edit [${start}, ${end}) is outside a text of length ${this.total}`);
		}
		if (this.blocks.length === 0) {
			this.reset(text);
			return;
		}
		const first = this.blockAt(start);
		const last = this.blockAt(end);
		const base = this.starts[first];
		const old = this.blocks.slice(first, last + 1).join('');
		const merged = old.slice(0, start - base) + text + old.slice(end - base);
		const pieces: string[] = [];
		for (let at = 0; at < merged.length; at += BLOCK_SIZE) {
			pieces.push(merged.slice(at, at + BLOCK_SIZE));
		}
		const delta = text.length - (end - start);
		const newStarts: number[] = [];
		let offset = base;
		for (const piece of pieces) {
			newStarts.push(offset);
			offset += piece.length;
		}
		for (let i = last + 1; i < this.starts.length; i++) {
			this.starts[i] += delta;
		}
		this.blocks.splice(first, last - first + 1, ...pieces);
		this.starts.splice(first, last - first + 1, ...newStarts);
		this.total += delta;
	}

	/** The text of [start, end), clamped to the text. */
	slice(start: number, end: number): string {
		const from = Math.max(0, Math.min(start, this.total));
		const to = Math.max(from, Math.min(end, this.total));
		if (from === to) {
			return '';
		}
		const first = this.blockAt(from);
		const last = this.blockAt(to - 1);
		const joined = first === last ? this.blocks[first] : this.blocks.slice(first, last + 1).join('');
		const base = this.starts[first];
		return joined.slice(from - base, to - base);
	}

	toString(): string {
		return this.blocks.join('');
	}

	/** Index of the block containing `offset` (the last block for the end of the text). */
	private blockAt(offset: number): number {
		return lastAtOrBelow(this.starts, offset);
	}

}
