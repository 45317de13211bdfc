/**
 * Shared shapes of the core. Offsets inside the core are UTF-16 code units into a JavaScript
 * string (what VS Code and `String.prototype.slice` use); they become Unicode code points only at
 * the I/O boundary (sidecar codec, command-line output) through `unicode.ts`.
 */

/** A language the detector has a model for. */
export type LanguageCode = 'ar' | 'fr' | 'en';

/** Half-open range [start, end) in UTF-16 code units. */
export interface TextRange {
	readonly start: number;
	readonly end: number;
}

/** Where an entity came from. */
export type EntitySource = 'model' | 'date' | 'rule' | 'gazetteer' | 'memory' | 'user';

/** Detector output: an entity the person has not reviewed yet. */
export interface DetectedEntity extends TextRange {
	readonly type: string;
	/** Exactly `text.slice(start, end)` of the detected text. */
	readonly text: string;
	/** 0..1, how sure the detector is. */
	readonly confidence: number;
	readonly source: EntitySource;
}

/** A human decision stored in the sidecar. */
export type AnnotationStatus = 'accepted' | 'rejected';
