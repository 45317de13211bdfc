import type { Detector } from './detect/types';
import { IncrementalDetection, type TextEdit } from './incremental';
import { chosenLanguageProfile, identifyLanguage, languageRuns, SUPPORTED_LANGUAGES, type FrancAll, type LanguageProfile } from './language';
import { propagateNames } from './consistency';
import { isFoldedArabicFunctionWord } from './arabicFunctionWords';
import { foldName, NameFinder } from './occurrences';
import type { DetectedEntity, LanguageCode, TextRange } from './types';

/** A name a person accepted somewhere in the corpus; suggested again wherever it occurs. */
export interface RememberedName {
	readonly text: string;
	readonly type: string;
}

export interface DocumentDetectionOptions {
	/** Languages the detector may use (a subset of ar, fr, en). */
	readonly languages?: readonly LanguageCode[];
	/** Suggestions below this confidence are not shown. */
	readonly minConfidence?: number;
	/** Labels that may be suggested; others are dropped (a person may have trimmed the label set). */
	readonly labels?: readonly string[];
	/** The article's language as a person set it (its sidecar's `language:`); identified when absent. */
	readonly language?: LanguageCode;
}

/** Texts shorter than this get their language identified again as they grow. */
const REIDENTIFY_BELOW = 4096;
/**
 * Articles up to this length (news articles run to a few thousand characters) get the
 * whole-article consistency pass (consistency.ts). Past it, an edit would cost a pass over the
 * whole text, so detection stays local to the text around the edit.
 */
export const CONSISTENCY_LIMIT = 50_000;

/**
 * Entity detection for one document, kept current under edits: language identification, the
 * detector per chunk in the chunk's language, and names the person taught it (memory). Used by
 * the extension's worker and by the command line, so both give the same entities.
 */
export class DocumentDetection {
	private readonly engine: IncrementalDetection;
	private languageProfile: LanguageProfile;
	private memory: readonly RememberedName[] = [];
	private memoryFinder = new NameFinder([]);
	private readonly languages: readonly LanguageCode[];
	private readonly minConfidence: number;
	private readonly labels: ReadonlySet<string> | undefined;
	private identifiedAtLength = 0;
	private wasConsistent = true;
	private chosen: LanguageCode | undefined;

	constructor(
		private readonly detector: Detector,
		private readonly francAll: FrancAll,
		options: DocumentDetectionOptions = {},
	) {
		this.languages = options.languages?.length ? options.languages : SUPPORTED_LANGUAGES;
		this.minConfidence = options.minConfidence ?? 0;
		this.labels = options.labels ? new Set(options.labels) : undefined;
		this.chosen = options.language;
		this.engine = new IncrementalDetection(
			(chunk) => this.detectChunk(chunk),
			(chunk, detected) => this.withMemory(chunk, detected),
		);
		this.languageProfile = this.identify('');
	}

	/** The language a person set for the article, if any. */
	get chosenLanguage(): LanguageCode | undefined {
		return this.chosen;
	}

	/**
	 * Sets the article's language (undefined: identified again from the text). Returns true when
	 * that changes the language profile, which re-detects everything.
	 */
	setLanguage(language: LanguageCode | undefined): boolean {
		this.chosen = language;
		return this.reidentify();
	}

	private identify(text: string): LanguageProfile {
		if (this.chosen && !this.languages.includes(this.chosen)) {
			// no model of that language is loaded: the text's own language, and why the set one is not used
			return { ...identifyLanguage(text, this.francAll, this.languages), setButNotAllowed: this.chosen };
		}
		return this.chosen ? chosenLanguageProfile(text, this.chosen, this.francAll, this.languages) : identifyLanguage(text, this.francAll, this.languages);
	}

	get profile(): LanguageProfile {
		return this.languageProfile;
	}

	/** The whole text (a copy: for resyncs and diagnostics, not for every edit). */
	get text(): string {
		return this.engine.documentText;
	}

	get length(): number {
		return this.engine.length;
	}

	get pendingChunks(): number {
		return this.engine.pendingChunks;
	}

	/** Starts on a whole text (open, or a resync after the editor and this copy disagreed). */
	open(text: string): LanguageProfile {
		this.languageProfile = this.identify(text);
		this.identifiedAtLength = text.length;
		this.engine.reset(text);
		return this.languageProfile;
	}

	/**
	 * Applies edits given in offsets of the text before each one, in order. Returns true when the
	 * document's language changed, which re-detects everything.
	 */
	edit(edits: readonly TextEdit[]): boolean {
		for (const edit of edits) {
			this.engine.applyEdit(edit);
		}
		const length = this.engine.length;
		const grewSmallText = this.identifiedAtLength < REIDENTIFY_BELOW && Math.abs(length - this.identifiedAtLength) > Math.max(32, this.identifiedAtLength / 4);
		if (!grewSmallText) {
			return false;
		}
		return this.reidentify();
	}

	/** Identifies the language again; true (and everything to detect again) when it changed. */
	private reidentify(): boolean {
		const previous = this.languageProfile;
		this.languageProfile = this.identify(this.engine.documentText);
		this.identifiedAtLength = this.engine.length;
		if (previous.latinLanguage !== this.languageProfile.latinLanguage || previous.language !== this.languageProfile.language || previous.unsupported !== this.languageProfile.unsupported || previous.chosen !== this.languageProfile.chosen || previous.setButNotAllowed !== this.languageProfile.setButNotAllowed) {
			this.engine.invalidateAll();
			return true;
		}
		return false;
	}

	/**
	 * Replaces the names learned from the person. What the detector found is kept: only where the
	 * names fall is worked out again (a pass of string searches, not of the model).
	 */
	setMemory(names: readonly RememberedName[]): void {
		const labels = this.labels;
		this.memory = names.filter((name) => isLearnable(name.text) && (!labels || labels.has(name.type)));
		this.memoryFinder = new NameFinder(this.memory.map((name) => name.text));
		this.engine.refinishAll();
	}

	setFocus(offset: number): void {
		this.engine.setFocus(offset);
	}

	/** Detects what is pending, for at most `budgetMs`; true when everything is done. */
	detectPending(budgetMs = Infinity): boolean {
		return this.engine.detectPending(budgetMs);
	}

	/** Every entity of the text, in order. */
	entities(): DetectedEntity[] {
		const local = this.engine.entities();
		if (!this.consistent()) return local;
		const language = this.languageProfile.latinLanguage;
		const isNation = this.detector.isNation ? (name: string) => this.detector.isNation!(name, language) : undefined;
		const spreads = this.detector.spreads ? (name: string, type: string) => this.detector.spreads!(name, type) : undefined;
		const standsForCompany = this.detector.standsForCompany ? (name: string) => this.detector.standsForCompany!(name, language) : undefined;
		// the pass adds mentions at its own confidence and retypes names (a firm read as a person):
		// the threshold and the label set hold for what it gives as for what the model gave
		return propagateNames(this.engine.documentText, local, isNation, spreads, standsForCompany).filter((entity) => this.shown(entity));
	}

	/**
	 * What changed since the last acknowledgement (see IncrementalDetection.changedRange). With
	 * the whole-article pass on, any change may change entities anywhere: the range is the text.
	 */
	changedRange(): { range: TextRange | undefined; generation: number } {
		const consistent = this.consistent();
		if (consistent !== this.wasConsistent) {
			// Switching the pass on or off changes entities far from the edit.
			this.wasConsistent = consistent;
			this.engine.markAllChanged();
		}
		const changed = this.engine.changedRange();
		return consistent && changed.range ? { range: { start: 0, end: this.engine.length }, generation: changed.generation } : changed;
	}

	acknowledge(generation: number): void {
		this.engine.acknowledge(generation);
	}

	entitiesIn(from: number, to: number): DetectedEntity[] {
		if (this.consistent()) {
			return this.entities().filter((entity) => entity.start < to && entity.end > from);
		}
		return this.engine.entitiesIn(from, to);
	}

	private consistent(): boolean {
		return this.engine.length <= CONSISTENCY_LIMIT;
	}

	/** Each run of the chunk in its own language (an Arabic sentence quoting a French one is two). */
	private detectChunk(chunk: string): DetectedEntity[] {
		const runs = languageRuns(chunk, 0, chunk.length, this.languageProfile, this.languages);
		if (runs.length === 1) {
			const language = runs[0].language;
			return language ? this.detector.detect(chunk, language).filter((entity) => this.shown(entity)) : [];
		}
		const found: DetectedEntity[] = [];
		for (const run of runs) {
			if (!run.language) continue;
			for (const entity of this.detector.detect(chunk.slice(run.start, run.end), run.language)) {
				if (this.shown(entity)) found.push({ ...entity, start: entity.start + run.start, end: entity.end + run.start });
			}
		}
		return found;
	}

	/** Whether an entity is at or above the confidence threshold and of a label of the set. */
	private shown(entity: DetectedEntity): boolean {
		return entity.confidence >= this.minConfidence && (!this.labels || this.labels.has(entity.type));
	}

	private withMemory(chunk: string, detected: DetectedEntity[]): DetectedEntity[] {
		return this.memory.length === 0 ? detected : mergeWithMemory(detected, this.rememberedIn(chunk));
	}

	private rememberedIn(chunk: string): DetectedEntity[] {
		return this.memoryFinder
			.find(chunk)
			.map((hit) => ({ start: hit.start, end: hit.end, type: this.memory[hit.name].type, text: chunk.slice(hit.start, hit.end), confidence: 1, source: 'memory' as const }))
			.sort((a, b) => a.start - b.start || b.end - a.end);
	}
}

/** Articles, prepositions and conjunctions of French and English, which name nothing alone. */
const LATIN_FUNCTION_WORDS = new Set(
	'the a an of and or in on at to for by with from as le la les l un une des de du d et ou en au aux à par pour sur dans avec'.split(' '),
);

/**
 * Whether a name a person accepted is suggested wherever else it is written. A tag on a number,
 * a single letter, an article or a preposition is a decision about that place: spread through
 * the corpus, it would flood every article with suggestions of a word that names nothing.
 */
export function isLearnable(name: string): boolean {
	// Judged as it is searched (`NameFinder` folds it): «فِي» or «فـي» would find every «في», «بَ»
	// every lone «ب», «ـ.» every full stop.
	const text = foldName(name.trim().normalize('NFC')).trim();
	if (text.length < 2 || !/\p{L}/u.test(text)) {
		return false;
	}
	return !LATIN_FUNCTION_WORDS.has(text.toLowerCase()) && !isFoldedArabicFunctionWord(text);
}

/**
 * Combines detector output with remembered names. A remembered name wins over detector entities
 * it overlaps, unless a detector entity strictly contains it (the detector saw a longer name,
 * e.g. "Conseil de la nation" around a remembered "Conseil"). The result is sorted and disjoint.
 */
export function mergeWithMemory(detected: readonly DetectedEntity[], remembered: readonly DetectedEntity[]): DetectedEntity[] {
	const chosenMemory: DetectedEntity[] = [];
	let lastEnd = -1;
	for (const hit of remembered) {
		// Longest first among equal starts (sorted that way), and no overlaps between memory hits.
		if (hit.start >= lastEnd) {
			chosenMemory.push(hit);
			lastEnd = hit.end;
		}
	}
	const keptMemory = chosenMemory.filter((hit) => !detected.some((entity) => entity.start <= hit.start && entity.end >= hit.end && entity.end - entity.start > hit.end - hit.start));
	const keptDetected = detected.filter((entity) => !keptMemory.some((hit) => hit.start < entity.end && entity.start < hit.end));
	return [...keptDetected, ...keptMemory].sort((a, b) => a.start - b.start);
}
