/**
 * Shapes shared by the exporters (`conll.ts`, `brat.ts`, `jsonl.ts`, `w3c.ts`).
 *
 * Every exporter is a pure function of one article: its text as loaded (a JavaScript string, BOM
 * removed) and its annotations in UTF-16 code units, as the rest of the core holds them. Offsets
 * written into files are Unicode code points (brat, Python, spaCy, W3C) unless a format option
 * says otherwise; they change unit only through `OffsetConverter`.
 *
 * Exporters never throw on odd input: an annotation whose text is not at its offsets, that splits
 * a surrogate pair or lies outside the text is skipped with a warning; orphans are never exported
 * and only counted; an empty article gives a valid empty output. Output is deterministic: the
 * same input gives the same bytes (entities are sorted by start, end, type, status, id).
 */

import type { Annotation, OrphanedAnnotation } from '../annotation';
import type { DetectedEntity, LanguageCode } from '../types';

/** The formats other tools read. */
export type ExportFormat = 'conll' | 'brat' | 'jsonl' | 'w3c' | 'prodigy' | 'labelstudio';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['conll', 'brat', 'jsonl', 'w3c', 'prodigy', 'labelstudio'];

/** How an exported entity stands: a person's decision, or a detector suggestion not reviewed yet. */
export type ExportStatus = 'accepted' | 'rejected' | 'suggested';

/** One article to export. */
export interface ExportInput {
	/** The article text the offsets point into (UTF-16 string, byte order mark removed). */
	readonly text: string;
	/**
	 * Name of the article: its file name (e.g. `000_x.txt`), or its path in the folder exported with
	 * `/` between folders (`2024/000_x.txt`), or a URI. JSONL writes it as `document`, W3C
	 * uses it as `target.source` unless `source` is given; CoNLL writes it on its `-DOCSTART-` line; brat does not need it.
	 */
	readonly document?: string;
	/** The person's decisions (accepted and rejected), UTF-16 offsets into `text`. */
	readonly annotations: readonly Annotation[];
	/** Annotations that could not be placed in `text`: never exported, only counted. */
	readonly orphans?: readonly OrphanedAnnotation[];
	/**
	 * Detector output (UTF-16). Exported only with `includeSuggestions`, and then only those still
	 * waiting for review, by the same rule the editor uses (`DocumentAnnotations.suggestions()`:
	 * not overlapping an accepted entity, not rejected).
	 */
	readonly suggestions?: readonly DetectedEntity[];
	/** Language of the article, when known (JSONL writes it as `language`; the tokeniser is the same for every language). */
	readonly language?: LanguageCode;
}

/** Which entities to export; accepted decisions always are. */
export interface SelectionOptions {
	/** Also export rejected decisions, marked as such (how depends on the format). */
	readonly includeRejected?: boolean;
	/** Also export `input.suggestions` not reviewed yet, marked as suggested where the format can. */
	readonly includeSuggestions?: boolean;
}

export type ExportWarningCode =
	/** Orphans were left out (one summary warning). */
	| 'orphans'
	/** An annotation's offsets or text do not fit the article; left out. */
	| 'invalid'
	/** Same type, start, end and status as another; exported once. */
	| 'duplicate'
	/** Overlapping entities cannot be expressed in flat BIO; the one left out. */
	| 'overlap'
	/** An entity covers no token (only spaces); left out of CoNLL. */
	| 'no-token'
	/** Entity boundaries inside tokens, tagged as whole tokens (lossy CoNLL; one summary warning). */
	| 'inside-token'
	/** A type name was changed to fit the format (spaces, separators). */
	| 'label'
	/** An entity spans a line break: written as a discontinuous brat annotation. */
	| 'fragments'
	/** The article's file name cannot be written on CoNLL's `-DOCSTART-` line; left out. */
	| 'document-name';

/** Something the person may want to know about an export. `message` is one line. */
export interface ExportWarning {
	readonly code: ExportWarningCode;
	readonly message: string;
	/** Annotation id, when the warning is about one annotation. */
	readonly id?: string;
}

export interface ExportStats {
	/** Entities written, by status. */
	readonly accepted: number;
	readonly rejected: number;
	readonly suggested: number;
	/** Orphans left out. */
	readonly orphans: number;
	/** Annotations left out because they do not fit the text. */
	readonly invalid: number;
	/** Exact duplicates written once. */
	readonly duplicates: number;
	/** Entities left out by the format (CoNLL: overlaps, entities without tokens). */
	readonly dropped: number;
}

export interface ExportResult {
	/** The file content (for brat: the `.ann` file; the `.txt` is the article text itself). */
	readonly content: string;
	readonly warnings: readonly ExportWarning[];
	readonly stats: ExportStats;
}

/** An entity ready to write: validated, UTF-16 offsets into the text. */
export interface ExportSpan {
	readonly start: number;
	readonly end: number;
	readonly type: string;
	/** Exactly `text.slice(start, end)`. */
	readonly text: string;
	readonly status: ExportStatus;
	/** The annotation's id; undefined for a suggestion (or an annotation without one). */
	readonly id?: string;
	readonly source?: string;
	readonly confidence?: number;
	readonly note?: string;
	readonly author?: string;
	readonly created?: string;
	readonly modified?: string;
	/** The annotation's fields this version does not know (`Annotation.extra`; Prodigy's span keys). */
	readonly extra?: ReadonlyArray<readonly [string, unknown]>;
}
