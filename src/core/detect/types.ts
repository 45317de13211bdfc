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
	/**
	 * Whether `name` is a country (a nation, as its national team is named) in `language`'s lists;
	 * the whole-article pass keeps such a team the place, as news annotates it. Only where the
	 * detector's conventions say so (English).
	 */
	isNation?(name: string, language: LanguageCode): boolean;
	/**
	 * Whether a one-word name read as `type` somewhere may be given that type at its other mentions
	 * (the whole-article pass): not a word the training files tag only otherwise, or that they
	 * write often and never tag. Only where the detector knows (Arabic; true elsewhere).
	 */
	spreads?(name: string, type: string): boolean;
	/**
	 * Whether the first words `name` of a company's full name («Vandermolen» of «Vandermolen
	 * Coatings NV») may stand for the company alone, as wire copy shortens it after the first
	 * mention: not a place's name, a demonym or a word the text writes in lower case («Tokyo» of
	 * «Tokyo Electron Ltd», «American» of «American Airlines Group Inc», «General» of «General
	 * Motors Co»). Latin-script languages only.
	 */
	standsForCompany?(name: string, language: LanguageCode): boolean;
}
