import type { DetectedEntity, LanguageCode } from '../types';

/** A loaded entity detector. Pure computation: no I/O after loading, no `vscode`. */
export interface Detector {
	/** Languages this detector has models for. */
	readonly languages: readonly LanguageCode[];
	/**
	 * Entities in `text` (any length; linear time), sorted by start, never overlapping.
	 * Offsets are UTF-16 code units into `text`; `entity.text === text.slice(start, end)`.
	 */
	detect(text: string, language: LanguageCode): DetectedEntity[];
}
