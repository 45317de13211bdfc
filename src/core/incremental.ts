import { chunkBoundaries, chunkEnd, LOOKAHEAD, MAX_CHUNK_LENGTH } from './chunking';
import { lastAtOrBelow } from './sortedSearch';
import type { DetectedEntity, TextRange } from './types';
import { replaceRange } from './arrays';

/** Detects entities in one chunk; offsets in the result are relative to the chunk. */
export type ChunkDetector = (chunkText: string) => DetectedEntity[];
/**
 * A cheap last step over a chunk's detection (names the person taught, for one): `refinishAll`
 * runs it again on every detected chunk without detecting anything again.
 */
export type ChunkFinisher = (chunkText: string, detected: DetectedEntity[]) => DetectedEntity[];

/** One replacement, in offsets of the text before it: [start, end) becomes `text`. */
export interface TextEdit {
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

/**
 * Keeps the detection result of a long text up to date under edits. The text is held as its
 * chunks (see chunking.ts), never as one string: an edit rebuilds only the chunks around it, so
 * its cost does not grow with the document (rebuilding a 5 MB string per keystroke would).
 * Only chunks whose text changed are detected again, and the result is always identical to
 * detecting the whole new text from scratch.
 */
export class IncrementalDetection {
	/** Chunk texts, in order; their concatenation is the document. */
	private texts: string[] = [];
	/** Absolute start of each chunk, ascending. */
	private starts: number[] = [];
	private totalLength = 0;
	/** Entities per chunk with chunk-relative offsets; undefined until detected. */
	private results: Array<DetectedEntity[] | undefined> = [];
	/** What the detector found in each chunk, before `finish` (the same array when there is none). */
	private detected: Array<DetectedEntity[] | undefined> = [];
	/** Detected chunks whose result `finish` must make again (see `refinishAll`); they keep the old one meanwhile. */
	private unfinished: boolean[] = [];
	private unfinishedCount = 0;
	private dirtyCount = 0;
	/** Where the person is looking: dirty chunks nearest to it are detected first. */
	private focus = 0;
	/**
	 * The part of the text whose entities changed since the last `acknowledge()` (re-chunked,
	 * forgotten or detected again), in current offsets: what a listener must take again.
	 */
	private changed: TextRange | undefined;
	/** Bumped whenever `changed` grows, so an acknowledgement of an older answer clears nothing. */
	private changeGeneration = 0;

	constructor(
		private readonly detectChunk: ChunkDetector,
		private readonly finish?: ChunkFinisher,
	) {}

	/** The whole text (joined on demand: costs a copy of the document). */
	get documentText(): string {
		return this.texts.join('');
	}

	get length(): number {
		return this.totalLength;
	}

	get chunkCount(): number {
		return this.texts.length;
	}

	get pendingChunks(): number {
		return this.dirtyCount + this.unfinishedCount;
	}

	/** Starts over on a whole new text; nothing is detected until `detectPending`. */
	reset(text: string): void {
		const boundaries = chunkBoundaries(text);
		this.starts = boundaries.slice(0, -1);
		this.texts = this.starts.map((start, i) => text.slice(start, boundaries[i + 1]));
		this.totalLength = text.length;
		this.results = new Array(this.starts.length).fill(undefined);
		this.detected = new Array(this.starts.length).fill(undefined);
		this.unfinished = new Array(this.starts.length).fill(false);
		this.unfinishedCount = 0;
		this.dirtyCount = this.starts.length;
		this.markChanged(0, text.length);
	}

	/** Forgets every result (e.g. after the model or language changed) but keeps the chunks. */
	invalidateAll(): void {
		this.results.fill(undefined);
		this.detected.fill(undefined);
		this.unfinished.fill(false);
		this.unfinishedCount = 0;
		this.dirtyCount = this.starts.length;
		this.markChanged(0, this.totalLength);
	}

	/**
	 * The finisher's inputs changed (names the person taught): every chunk detected so far gets
	 * its result made again by `detectPending`, without detecting anything again; each keeps its
	 * old result until then, and only chunks whose entities change count as changed.
	 */
	refinishAll(): void {
		if (!this.finish) {
			return;
		}
		for (let i = 0; i < this.texts.length; i++) {
			if (this.detected[i] !== undefined && !this.unfinished[i]) {
				this.unfinished[i] = true;
				this.unfinishedCount++;
			}
		}
	}

	/** The range whose entities changed since the last acknowledgement, and its generation. */
	changedRange(): { range: TextRange | undefined; generation: number } {
		return { range: this.changed, generation: this.changeGeneration };
	}

	/** Everything counts as changed (what a listener holds must be replaced whole). */
	markAllChanged(): void {
		this.markChanged(0, this.totalLength);
	}

	/** A listener took the changes up to `generation`; later ones stay pending. */
	acknowledge(generation: number): void {
		if (generation === this.changeGeneration) {
			this.changed = undefined;
		}
	}

	private markChanged(from: number, to: number): void {
		this.changed = this.changed ? { start: Math.min(this.changed.start, from), end: Math.max(this.changed.end, to) } : { start: from, end: to };
		this.changeGeneration++;
	}

	/** Moves the pending changed range through an edit, so it keeps covering the same text. */
	private mapChanged(edit: TextEdit): void {
		if (!this.changed) {
			return;
		}
		const delta = edit.text.length - (edit.end - edit.start);
		const map = (position: number, isEnd: boolean) => (position <= edit.start ? position : position >= edit.end ? position + delta : isEnd ? edit.start + edit.text.length : edit.start);
		this.changed = { start: map(this.changed.start, false), end: map(this.changed.end, true) };
	}

	setFocus(offset: number): void {
		this.focus = offset;
	}

	/** Applies one replacement and re-chunks around it. */
	applyEdit(edit: TextEdit): void {
		const { start, end, text: inserted } = edit;
		if (start < 0 || end < start || end > this.totalLength) {
			throw new RangeError(`edit [${start}, ${end}) is outside a text of length ${this.totalLength}`);
		}
		if (this.texts.length === 0) {
			this.reset(inserted);
			return;
		}
		const delta = inserted.length - (end - start);
		const count = this.texts.length;
		this.mapChanged(edit);
		// A chunk's end depends on its own text plus LOOKAHEAD characters, or, when it was cut for
		// length, on everything up to MAX_CHUNK_LENGTH past its start: re-chunk from the first
		// chunk that could have read the edited region.
		let first = this.chunkIndexAt(Math.max(0, start - MAX_CHUNK_LENGTH - LOOKAHEAD - 1));
		if (this.starts[first] + MAX_CHUNK_LENGTH + LOOKAHEAD < start && first + 1 < count) {
			first++;
		}
		const last = this.chunkIndexAt(end);
		const base = this.starts[first];

		// The new text of chunks first..last, extended with following chunks while the chunker
		// may read further. Offsets in `window` are relative to `base`.
		const old = this.texts.slice(first, last + 1).join('');
		let window = old.slice(0, start - base) + inserted + old.slice(end - base);
		let included = last; // last old chunk whose (shifted) text is in `window`
		const extend = (needed: number) => {
			while (window.length < needed && included + 1 < count) {
				included++;
				window += this.texts[included];
			}
		};

		const newStarts: number[] = [];
		const newTexts: string[] = [];
		let position = 0;
		let resumeAt = count; // old chunk index where unchanged chunks resume
		let oldIndex = last + 1;
		while (true) {
			extend(position + MAX_CHUNK_LENGTH + LOOKAHEAD + 1);
			if (position >= window.length) {
				break;
			}
			const next = chunkEnd(window, position);
			newStarts.push(base + position);
			newTexts.push(window.slice(position, next));
			position = next;
			// Old boundaries after the edit, moved by delta, in window offsets.
			while (oldIndex < count && this.starts[oldIndex] + delta - base < position) {
				oldIndex++;
			}
			if (oldIndex < count && this.starts[oldIndex] + delta - base === position && this.starts[oldIndex] >= end) {
				resumeAt = oldIndex;
				break;
			}
		}

		// Chunks that end before the edit and come out the same keep their detection result.
		let previous = first;
		const kept = newStarts.map((chunkStart, i): number => {
			if (chunkStart + newTexts[i].length > start) {
				return -1;
			}
			while (previous < resumeAt && this.starts[previous] < chunkStart) {
				previous++;
			}
			return previous < resumeAt && this.starts[previous] === chunkStart && this.texts[previous].length === newTexts[i].length ? previous : -1;
		});
		const newResults = kept.map((old) => (old < 0 ? undefined : this.results[old]));
		const newDetected = kept.map((old) => (old < 0 ? undefined : this.detected[old]));
		const newUnfinished = kept.map((old) => old >= 0 && this.unfinished[old]);
		for (let i = first; i < resumeAt; i++) {
			if (this.results[i] === undefined) {
				this.dirtyCount--;
			}
			if (this.unfinished[i]) {
				this.unfinishedCount--;
			}
		}
		for (let i = resumeAt; i < count; i++) {
			this.starts[i] += delta;
		}
		replaceRange(this.starts, first, resumeAt - first, newStarts);
		replaceRange(this.texts, first, resumeAt - first, newTexts);
		replaceRange(this.results, first, resumeAt - first, newResults);
		replaceRange(this.detected, first, resumeAt - first, newDetected);
		replaceRange(this.unfinished, first, resumeAt - first, newUnfinished);
		this.dirtyCount += newResults.filter((result) => result === undefined).length;
		this.unfinishedCount += newUnfinished.filter(Boolean).length;
		this.totalLength += delta;
		this.markChanged(base, base + position);
	}

	/**
	 * Detects pending chunks and finishes again those `refinishAll` marked, nearest to the focus
	 * first, until none is left or `budgetMs` has passed. Returns true when everything is done.
	 */
	detectPending(budgetMs = Infinity, now: () => number = () => performance.now()): boolean {
		if (this.dirtyCount === 0 && this.unfinishedCount === 0) {
			return true;
		}
		const deadline = now() + budgetMs;
		const focusIndex = this.chunkIndexAt(Math.min(this.focus, Math.max(0, this.totalLength - 1)));
		// Walk outwards from the focus chunk, alternating after and before it.
		for (let distance = 0; this.dirtyCount + this.unfinishedCount > 0; distance++) {
			const after = focusIndex + distance;
			const before = focusIndex - distance - 1;
			if (after >= this.texts.length && before < 0) {
				break;
			}
			for (const index of [after, before]) {
				if (index >= 0 && index < this.texts.length && this.results[index] === undefined) {
					const detected = this.detectChunk(this.texts[index]);
					this.detected[index] = detected;
					this.results[index] = this.finish ? this.finish(this.texts[index], detected) : detected;
					this.dirtyCount--;
					if (this.results[index]!.length > 0) {
						this.markChanged(this.starts[index], this.starts[index] + this.texts[index].length);
					}
				} else if (index >= 0 && index < this.texts.length && this.unfinished[index]) {
					const finished = this.finish!(this.texts[index], this.detected[index]!);
					this.unfinished[index] = false;
					this.unfinishedCount--;
					if (!sameEntities(this.results[index]!, finished)) {
						this.markChanged(this.starts[index], this.starts[index] + this.texts[index].length);
					}
					this.results[index] = finished;
				}
			}
			if (now() >= deadline) {
				break;
			}
		}
		return this.dirtyCount === 0 && this.unfinishedCount === 0;
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
				all.push({ start: entity.start + offset, end: entity.end + offset, type: entity.type, text: entity.text, confidence: entity.confidence, source: entity.source });
			}
		}
		return all;
	}

	/** Detected entities overlapping [from, to), absolute, in text order. */
	entitiesIn(from: number, to: number): DetectedEntity[] {
		const found: DetectedEntity[] = [];
		for (let i = this.chunkIndexAt(from); i < this.starts.length && this.starts[i] < to; i++) {
			const offset = this.starts[i];
			for (const entity of this.results[i] ?? []) {
				if (entity.end + offset > from && entity.start + offset < to) {
					found.push({ start: entity.start + offset, end: entity.end + offset, type: entity.type, text: entity.text, confidence: entity.confidence, source: entity.source });
				}
			}
		}
		return found;
	}

	/** Chunks as ranges, for tests and diagnostics. */
	chunks(): TextRange[] {
		return this.starts.map((start, i) => ({ start, end: start + this.texts[i].length }));
	}

	/** Index of the chunk containing `offset` (the last chunk for offsets at or past the end). */
	private chunkIndexAt(offset: number): number {
		return lastAtOrBelow(this.starts, offset);
	}

}

/** Whether two chunk results hold the same entities (what a listener would be told). */
function sameEntities(a: readonly DetectedEntity[], b: readonly DetectedEntity[]): boolean {
	if (a === b) {
		return true;
	}
	if (a.length !== b.length) {
		return false;
	}
	for (let i = 0; i < a.length; i++) {
		const x = a[i];
		const y = b[i];
		if (x.start !== y.start || x.end !== y.end || x.type !== y.type || x.confidence !== y.confidence || x.source !== y.source) {
			return false;
		}
	}
	return true;
}
