import { chunkBoundaries, chunkEnd, LOOKAHEAD, MAX_CHUNK_LENGTH } from './chunking';
import type { DetectedEntity, TextRange } from './types';

/** Detects entities in one chunk; offsets in the result are relative to the chunk. */
export type ChunkDetector = (chunkText: string) => DetectedEntity[];

/** One replacement, in offsets of the text before it: [start, end) becomes `text`. */
export interface TextEdit {
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

/**
 * Keeps the detection result of a long text up to date under edits. The text is cut into chunks
 * (see chunking.ts); an edit re-chunks only around itself and marks only the chunks whose text
 * changed for detection, so the cost of an edit does not grow with the document. The result is
 * always identical to detecting the whole new text from scratch.
 */
export class IncrementalDetection {
	private text = '';
	/** Chunk starts, ascending; chunk i spans [starts[i], starts[i+1]) and the last one ends at text.length. */
	private starts: number[] = [];
	/** Entities per chunk with chunk-relative offsets; undefined until detected. */
	private results: Array<DetectedEntity[] | undefined> = [];
	private dirtyCount = 0;
	/** Where the person is looking: dirty chunks nearest to it are detected first. */
	private focus = 0;

	constructor(private readonly detectChunk: ChunkDetector) {}

	get documentText(): string {
		return this.text;
	}

	get chunkCount(): number {
		return this.starts.length;
	}

	get pendingChunks(): number {
		return this.dirtyCount;
	}

	/** Starts over on a whole new text; nothing is detected until `detectPending`. */
	reset(text: string): void {
		this.text = text;
		const boundaries = chunkBoundaries(text);
		this.starts = boundaries.slice(0, -1);
		this.results = new Array(this.starts.length).fill(undefined);
		this.dirtyCount = this.starts.length;
	}

	/** Forgets every result (e.g. after the model or language changed) but keeps the chunks. */
	invalidateAll(): void {
		this.results.fill(undefined);
		this.dirtyCount = this.starts.length;
	}

	setFocus(offset: number): void {
		this.focus = offset;
	}

	/** Applies one replacement to the text and re-chunks around it. */
	applyEdit(edit: TextEdit): void {
		const { start, end, text: inserted } = edit;
		if (start < 0 || end < start || end > this.text.length) {
			throw new RangeError(`edit [${start}, ${end}) is outside a text of length ${this.text.length}`);
		}
		const delta = inserted.length - (end - start);
		const oldLength = this.text.length;
		this.text = this.text.slice(0, start) + inserted + this.text.slice(end);
		if (this.starts.length === 0) {
			this.reset(this.text);
			return;
		}

		// A chunk's end depends on its own text plus LOOKAHEAD characters, or, when it was cut for
		// length, on everything up to MAX_CHUNK_LENGTH past its start: re-chunk from the first chunk
		// that could have read the edited region.
		let first = this.chunkIndexAt(Math.max(0, start - MAX_CHUNK_LENGTH - LOOKAHEAD - 1));
		if (this.starts[first] + MAX_CHUNK_LENGTH + LOOKAHEAD < start) {
			first = Math.min(first + 1, this.starts.length - 1);
		}
		// Re-chunk from there until a new boundary meets an old one that lies after the edit.
		const newStarts: number[] = [];
		let position = this.starts[first];
		let oldIndex = first + 1;
		let resumeAt = this.starts.length; // old chunk index where unchanged chunks resume
		while (position < this.text.length) {
			newStarts.push(position);
			position = chunkEnd(this.text, position);
			while (oldIndex < this.starts.length && this.starts[oldIndex] < end) {
				oldIndex++;
			}
			while (oldIndex < this.starts.length && this.starts[oldIndex] + delta < position) {
				oldIndex++;
			}
			if (oldIndex < this.starts.length && this.starts[oldIndex] + delta === position) {
				resumeAt = oldIndex;
				break;
			}
		}

		// Chunks that end before the edit and come out the same keep their detection result.
		let old = first;
		const newResults = newStarts.map((chunkStart, i): DetectedEntity[] | undefined => {
			const chunkStop = i + 1 < newStarts.length ? newStarts[i + 1] : position;
			if (chunkStop > start) {
				return undefined;
			}
			while (old < resumeAt && this.starts[old] < chunkStart) {
				old++;
			}
			return old < resumeAt && this.starts[old] === chunkStart && this.chunkEndOld(old, oldLength) === chunkStop ? this.results[old] : undefined;
		});
		for (let i = first; i < resumeAt; i++) {
			if (this.results[i] === undefined) {
				this.dirtyCount--;
			}
		}
		for (let i = resumeAt; i < this.starts.length; i++) {
			this.starts[i] += delta;
		}
		this.starts.splice(first, resumeAt - first, ...newStarts);
		this.results.splice(first, resumeAt - first, ...newResults);
		this.dirtyCount += newResults.filter((result) => result === undefined).length;
	}

	/**
	 * Detects pending chunks, nearest to the focus first, until none is left or `budgetMs` has
	 * passed. Returns true when everything is detected.
	 */
	detectPending(budgetMs = Infinity, now: () => number = () => performance.now()): boolean {
		if (this.dirtyCount === 0) {
			return true;
		}
		const deadline = now() + budgetMs;
		const focusIndex = this.chunkIndexAt(Math.min(this.focus, Math.max(0, this.text.length - 1)));
		// Walk outwards from the focus chunk, alternating after and before it.
		for (let distance = 0; this.dirtyCount > 0; distance++) {
			const after = focusIndex + distance;
			const before = focusIndex - distance - 1;
			if (after >= this.starts.length && before < 0) {
				break;
			}
			for (const index of [after, before]) {
				if (index >= 0 && index < this.starts.length && this.results[index] === undefined) {
					this.results[index] = this.detectChunk(this.text.slice(this.starts[index], this.chunkEnd(index)));
					this.dirtyCount--;
				}
			}
			if (now() >= deadline) {
				break;
			}
		}
		return this.dirtyCount === 0;
	}

	/** Every detected entity with absolute offsets, in text order (pending chunks contribute none). */
	entities(): DetectedEntity[] {
		const all: DetectedEntity[] = [];
		for (let i = 0; i < this.starts.length; i++) {
			const found = this.results[i];
			if (!found || found.length === 0) {
				continue;
			}
			const offset = this.starts[i];
			for (const entity of found) {
				all.push({ ...entity, start: entity.start + offset, end: entity.end + offset });
			}
		}
		return all;
	}

	/** Chunks as ranges, for tests and diagnostics. */
	chunks(): TextRange[] {
		return this.starts.map((start, i) => ({ start, end: this.chunkEnd(i) }));
	}

	private chunkEnd(index: number): number {
		return index + 1 < this.starts.length ? this.starts[index + 1] : this.text.length;
	}

	private chunkEndOld(index: number, oldLength: number): number {
		return index + 1 < this.starts.length ? this.starts[index + 1] : oldLength;
	}

	/** Index of the chunk containing `offset` (the last chunk for offsets at or past the end). */
	private chunkIndexAt(offset: number): number {
		let low = 0;
		let high = this.starts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >>> 1;
			if (this.starts[mid] <= offset) {
				low = mid;
			} else {
				high = mid - 1;
			}
		}
		return low;
	}
}
