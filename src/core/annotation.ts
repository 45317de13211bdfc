import type { AnnotationStatus } from './types';

/**
 * A human decision as the program holds it: offsets are UTF-16 code units into the article text
 * as loaded (BOM removed). The sidecar codec converts to and from code points.
 */
export interface Annotation {
	/** Stable identifier, kept across edits and saves (diff-friendly sidecars). */
	readonly id: string;
	readonly type: string;
	readonly start: number;
	readonly end: number;
	/** Exactly the article's text at [start, end). */
	readonly text: string;
	readonly status: AnnotationStatus;
	/** Who or what proposed it: `user`, `model`, `date`, `memory`, ... */
	readonly source?: string;
	readonly confidence?: number;
	readonly note?: string;
	readonly author?: string;
	/** ISO 8601 times. */
	readonly created?: string;
	readonly modified?: string;
	/** Fields this version does not know (written by a newer version or by hand), kept in order. */
	readonly extra?: ReadonlyArray<readonly [string, unknown]>;
}

/** An annotation whose text could not be found in the article any more; never dropped silently. */
export interface OrphanedAnnotation extends Annotation {
	/** Why it could not be placed, for the person. */
	readonly reason: string;
}

let idCounter = 0;

/** A short identifier unlikely to collide between annotators working on branches. */
export function newAnnotationId(now: number = Date.now()): string {
	idCounter = (idCounter + 1) % 0x10000;
	const random = Math.floor(Math.random() * 0x100000000);
	return `a${now.toString(36)}${idCounter.toString(36).padStart(3, '0')}${random.toString(36).padStart(7, '0')}`;
}
