/**
 * Between the sidecar on disk (code points) and the annotations in memory (UTF-16 units, placed
 * in the current article text):
 * - `bindSidecar` places stored annotations in the article, re-anchoring them when the article
 *   changed since the sidecar was saved; whatever cannot be placed becomes an orphan with a
 *   reason. Every stored item comes out exactly once, placed or orphaned.
 * - `unbindAnnotations` builds the sidecar to save: code points, fresh context quotes, the hash of
 *   the current text, unknown fields kept.
 * Offsets change unit only through `OffsetConverter`.
 */

import type { Annotation, OrphanedAnnotation } from '../annotation';
import { OffsetConverter } from '../unicode';
import type { LanguageCode } from '../types';
import { Anchorer, anchorInOrder, type AnchorMethod, type AnchorOptions, type AnchorQuote } from './anchor';
import { isForbiddenKey, toYamlValue } from './yamltext';
import { documentHashOf, sha256Hex } from './hash';
import {
	CONTEXT_LENGTH,
	SIDECAR_VERSION,
	quoteForMessage,
	type ExtraFields,
	type Sidecar,
	type SidecarProblem,
	type StoredAnnotation,
	type StoredOrphan,
} from './model';

/**
 * An orphan as bind and the helpers here make it: it also carries its last known context, so
 * it can be re-anchored later and the context is saved with it. Plain `OrphanedAnnotation`s
 * (without context) are accepted everywhere too.
 */
export type ContextualOrphan = OrphanedAnnotation & { readonly prefix?: string; readonly suffix?: string };

export interface BindOptions {
	/** Label names of the label set; others are kept but reported. */
	readonly labels: readonly string[];
	/** Search budgets and thresholds for re-anchoring. */
	readonly anchor?: AnchorOptions;
}

/** An annotation that is not where the sidecar said (for the UI: show, and ask to confirm). */
export interface AnchorMove {
	readonly id: string;
	/** Stored position, converted to UTF-16 units of the current text. */
	readonly from: { readonly start: number; readonly end: number };
	readonly to: { readonly start: number; readonly end: number };
	readonly method: AnchorMethod;
	readonly score: number;
	readonly needsReview: boolean;
	/**
	 * The text changed too: the stored quote was `previousText`. An approximate match (to review),
	 * or the same letters written differently (NFC/NFD, harakat, tatweel: not to review by itself).
	 */
	readonly previousText?: string;
	/** It was an orphan in the sidecar and has been placed again. */
	readonly wasOrphan: boolean;
}

export interface BindResult {
	readonly annotations: Annotation[];
	readonly orphans: ContextualOrphan[];
	/** How many annotations are not where the sidecar put them (moved, changed, or orphans placed again). */
	readonly reanchored: number;
	readonly moves: AnchorMove[];
	/** The article is the one the sidecar was saved with (its hash matched). */
	readonly hashMatched: boolean;
	/**
	 * Saving would write something different from the file (moves, new orphans, ids given to
	 * items without one). Write only after the person saves or confirms.
	 */
	readonly differsFromFile: boolean;
	readonly problems: SidecarProblem[];
}

/** Places a sidecar's annotations in the current article text. Never loses an item. */
export function bindSidecar(sidecar: Sidecar, articleText: string, options: BindOptions): BindResult {
	const converter = new OffsetConverter(articleText);
	const hashMatched = sidecar.documentHash !== undefined && sidecar.documentHash === documentHashOf(articleText);
	const problems: SidecarProblem[] = [];
	const ids = new IdAssigner();
	const stored = sidecar.annotations.map((item, index) => ({ item, id: ids.idFor(item, index, 'annotations', problems) }));
	const storedOrphans = sidecar.orphaned.map((item, index) => ({ item, id: ids.idFor(item, index, 'orphaned', problems) }));

	const annotations: Annotation[] = [];
	const orphans: ContextualOrphan[] = [];
	const moves: AnchorMove[] = [];
	let mismatchedUnderSameHash = 0;

	// Same article as when saved: each annotation whose text is where the sidecar says is placed
	// directly (the common case, without search objects); the rest is re-anchored.
	const placedByIndex: Array<Annotation | undefined> = new Array(stored.length);
	const toAnchor: number[] = [];
	stored.forEach(({ item, id }, index) => {
		const start = hashMatched ? converter.toUtf16(item.start) : -1;
		const end = hashMatched ? converter.toUtf16(item.end) : -1;
		if (hashMatched && end > start && end - start === item.text.length && articleText.startsWith(item.text, start)) {
			placedByIndex[index] = toAnnotation(item, id, start, end, item.text);
		} else {
			toAnchor.push(index);
		}
	});
	if (toAnchor.length > 0) {
		const anchorer = new Anchorer(articleText, { ...options.anchor, trustPositions: hashMatched });
		placedByIndex.forEach((annotation) => annotation !== undefined && anchorer.markTaken(annotation.type, annotation.start, annotation.end));
		const quotes = toAnchor.map((index) => quoteOf(stored[index].item, converter));
		const results = anchorInOrder(anchorer, quotes);
		results.forEach((result, k) => {
			const index = toAnchor[k];
			const { item, id } = stored[index];
			const hint = quotes[k];
			if (hashMatched) {
				mismatchedUnderSameHash++;
			}
			if (!result.ok) {
				orphans.push(toOrphan(item, id, hint, `could not be placed: ${result.reason}`));
				return;
			}
			placedByIndex[index] = toAnnotation(item, id, result.start, result.end, result.text);
			if (result.start !== hint.start || result.end !== hint.end || result.text !== item.text) {
				moves.push(moveOf(id, hint, result, item.text, false));
			}
		});
	}
	for (const annotation of placedByIndex) {
		if (annotation !== undefined) {
			annotations.push(annotation);
		}
	}

	// Orphans get another chance only when the article changed since they were saved.
	const orphanQuotes = storedOrphans.map(({ item }) => quoteOf(item, converter));
	const orphanResults = hashMatched ? orphanQuotes.map(() => undefined) : anchorOrphans(orphanQuotes, annotations, articleText, options.anchor);
	orphanResults.forEach((result, index) => {
		const { item, id } = storedOrphans[index];
		if (result?.ok) {
			annotations.push(toAnnotation(item, id, result.start, result.end, result.text));
			moves.push(moveOf(id, orphanQuotes[index], result, item.text, true));
		} else {
			orphans.push(toOrphan(item, id, orphanQuotes[index], item.reason));
		}
	});

	const newOrphans = orphans.length - countStillOrphaned(orphanResults);
	reportSummary(problems, { hashMatched, hasHash: sidecar.documentHash !== undefined, moves, newOrphans, mismatchedUnderSameHash });
	reportLabelsAndDuplicates(problems, annotations, options.labels);
	return {
		annotations,
		orphans,
		reanchored: moves.length,
		moves,
		hashMatched,
		differsFromFile: moves.length > 0 || newOrphans > 0 || ids.assigned > 0,
		problems,
	};
}

/** Orphans are placed again only with agreeing context, and never on a range an annotation of their type holds. */
function anchorOrphans(quotes: readonly AnchorQuote[], placed: readonly Annotation[], text: string, options: AnchorOptions = {}) {
	if (quotes.length === 0) {
		return [];
	}
	const anchorer = new Anchorer(text, { ...options, minContext: 0.75, fuzzy: false, neverStack: true });
	for (const annotation of placed) {
		anchorer.markTaken(annotation.type, annotation.start, annotation.end);
	}
	return anchorInOrder(anchorer, quotes);
}

function countStillOrphaned(results: ReadonlyArray<{ ok: boolean } | undefined>): number {
	return results.filter((result) => result === undefined || !result.ok).length;
}

function quoteOf(item: StoredAnnotation, converter: OffsetConverter): AnchorQuote {
	return {
		text: item.text,
		prefix: item.prefix,
		suffix: item.suffix,
		start: converter.toUtf16(item.start),
		end: converter.toUtf16(item.end),
		group: item.type,
	};
}

function moveOf(
	id: string,
	hint: AnchorQuote,
	result: { start: number; end: number; text: string; method: AnchorMethod; score: number; needsReview: boolean },
	storedText: string,
	wasOrphan: boolean,
): AnchorMove {
	return {
		id,
		from: { start: hint.start, end: hint.end },
		to: { start: result.start, end: result.end },
		method: result.method,
		score: result.score,
		needsReview: result.needsReview || wasOrphan,
		...(result.text === storedText ? {} : { previousText: storedText }),
		wasOrphan,
	};
}

/** One or two summary lines, not one per annotation (the moves list has the details). */
function reportSummary(
	problems: SidecarProblem[],
	facts: { hashMatched: boolean; hasHash: boolean; moves: AnchorMove[]; newOrphans: number; mismatchedUnderSameHash: number },
): void {
	if (facts.hashMatched && facts.mismatchedUnderSameHash > 0) {
		problems.push({
			severity: 'warning',
			code: 'text-mismatch',
			message: `${facts.mismatchedUnderSameHash} annotation(s) did not match the article at their offsets although the article is unchanged (edited by hand?); they were looked for by their text`,
		});
	}
	const moved = facts.moves.filter((move) => !move.wasOrphan).length;
	const changed = facts.moves.filter((move) => move.previousText !== undefined && move.needsReview).length;
	const respelled = facts.moves.filter((move) => move.previousText !== undefined && !move.needsReview).length;
	const details = [changed > 0 ? `${changed} with changed text, to review` : '', respelled > 0 ? `${respelled} with the same letters written differently` : ''].filter((part) => part.length > 0);
	const replaced = facts.moves.length - moved;
	if (!facts.hashMatched && (moved > 0 || facts.newOrphans > 0 || replaced > 0)) {
		const why = facts.hasHash ? 'the article changed since the sidecar was saved' : 'the sidecar does not record which article text it was made on';
		const parts = [
			moved > 0 ? `${moved} annotation(s) re-anchored${details.length > 0 ? ` (${details.join('; ')})` : ''}` : '',
			facts.newOrphans > 0 ? `${facts.newOrphans} could not be placed and are kept as orphaned` : '',
			replaced > 0 ? `${replaced} orphaned annotation(s) found again` : '',
		].filter((part) => part.length > 0);
		problems.push({ severity: 'warning', code: 'reanchored', message: `${why}: ${parts.join(', ')}; the sidecar file itself is left as it is` });
	} else if (facts.newOrphans > 0) {
		problems.push({ severity: 'warning', code: 'orphaned', message: `${facts.newOrphans} annotation(s) could not be placed and are kept as orphaned` });
	}
}

function reportLabelsAndDuplicates(problems: SidecarProblem[], annotations: readonly Annotation[], labels: readonly string[]): void {
	const known = new Set(labels);
	const unknown = new Map<string, number>();
	const seenByType = new Map<string, Set<number>>();
	let duplicates = 0;
	for (const annotation of annotations) {
		if (!known.has(annotation.type)) {
			unknown.set(annotation.type, (unknown.get(annotation.type) ?? 0) + 1);
		}
		let seen = seenByType.get(annotation.type);
		if (seen === undefined) {
			seen = new Set();
			seenByType.set(annotation.type, seen);
		}
		const key = rangeKey(annotation.start, annotation.end);
		if (seen.has(key)) {
			duplicates++;
		}
		seen.add(key);
	}
	for (const [label, count] of unknown) {
		problems.push({ severity: 'warning', code: 'label', message: `label ${quoteForMessage(label)} is not in the label set (${count} annotation(s)); kept as it is` });
	}
	if (duplicates > 0) {
		problems.push({ severity: 'warning', code: 'duplicate', message: `${duplicates} duplicate annotation(s) (same type, start and end as another)` });
	}
}

/** One number for a range (offsets stay far below 2^26 under the size caps, so this is exact). */
function rangeKey(start: number, end: number): number {
	return start * 0x4000000 + end;
}

/**
 * Ids for items: their own, or (for items written without one, by hand or by another tool) a
 * stable one derived from their content, so re-reading the same file gives the same ids and
 * three-way merges line up. A repeated id gets a suffix and a warning.
 */
class IdAssigner {
	private readonly distinct = new DistinctIds();
	assigned = 0;

	idFor(item: StoredAnnotation, index: number, list: 'annotations' | 'orphaned', problems: SidecarProblem[]): string {
		let id = item.id;
		if (id === undefined || id.length === 0) {
			id = contentIdOf(item);
			this.assigned++;
		}
		const distinct = this.distinct.take(id);
		if (distinct !== id) {
			problems.push({ severity: 'warning', code: 'duplicate-id', message: `${list}[${index}]: id ${quoteForMessage(id)} is used twice; this one gets a new id`, index, list });
			this.assigned++;
		}
		return distinct;
	}
}

/**
 * Ids made distinct in the order they come: an id met again gets the first free suffix (`-2`,
 * `-3`...). Loading and merging number repeated ids alike with it, so their ids agree.
 */
export class DistinctIds {
	/** `used`: the ids taken so far (a test passes one that counts its look-ups). */
	constructor(private readonly used: Set<string> = new Set()) {}

	/** Per repeated id, the suffix number to try first: ids only get used, so lower ones stay taken (linear, not quadratic, in repeats). */
	private readonly nextSuffix = new Map<string, number>();

	/** `id`, or `id-n` for the first n not used yet; either is used from now on. */
	take(id: string): string {
		let distinct = id;
		if (this.used.has(id)) {
			let n = this.nextSuffix.get(id) ?? 2;
			while (this.used.has(`${id}-${n}`)) {
				n++;
			}
			this.nextSuffix.set(id, n + 1);
			distinct = `${id}-${n}`;
		}
		this.used.add(distinct);
		return distinct;
	}
}

/** A deterministic id from an item's type, offsets and text. */
export function contentIdOf(item: Pick<StoredAnnotation, 'type' | 'start' | 'end' | 'text'>): string {
	const key = `${item.type}\u0000${item.start}\u0000${item.end}\u0000${item.text}`;
	return `c${sha256Hex(new TextEncoder().encode(key)).slice(0, 15)}`;
}

function toAnnotation(item: StoredAnnotation, id: string, start: number, end: number, text: string): Annotation {
	const annotation: { -readonly [K in keyof Annotation]: Annotation[K] } = { id, type: item.type, start, end, text, status: item.status };
	copyOptionalFields(item, annotation);
	return annotation;
}

function toOrphan(item: StoredAnnotation, id: string, hint: AnchorQuote, reason: string): ContextualOrphan {
	return {
		...toAnnotation(item, id, hint.start, hint.end, item.text),
		reason,
		...(item.prefix === undefined ? {} : { prefix: item.prefix }),
		...(item.suffix === undefined ? {} : { suffix: item.suffix }),
	};
}

/** Copies the optional fields both shapes share, only those present (no `undefined` properties). */
function copyOptionalFields(item: StoredAnnotation | Annotation, out: { -readonly [K in keyof Annotation]?: Annotation[K] }, withExtra = true): void {
	if (item.source !== undefined) out.source = item.source;
	if (item.confidence !== undefined) out.confidence = item.confidence;
	if (item.note !== undefined) out.note = item.note;
	if (item.author !== undefined) out.author = item.author;
	if (item.created !== undefined) out.created = item.created;
	if (item.modified !== undefined) out.modified = item.modified;
	if (withExtra && item.extra !== undefined && item.extra.length > 0) out.extra = item.extra;
}

// ---------------------------------------------------------------------------------------------
// Saving

export interface UnbindInput {
	readonly annotations: readonly Annotation[];
	readonly orphans: readonly (OrphanedAnnotation | ContextualOrphan)[];
	/** The article text the annotations' UTF-16 offsets point into. */
	readonly articleText: string;
	/** The article's file name (the `document` field). */
	readonly documentName: string;
	/** The sidecar as last read: its unknown fields are kept (top level, and per item by id). */
	readonly base?: Sidecar;
	/** The article's language as a person set it; null: not set (identified); absent: the base's. */
	readonly language?: LanguageCode | null;
}

/**
 * The sidecar to save. An annotation whose text does not match the article at its offsets (a
 * caller bug, or an edit not yet applied) is never written as placed: it goes under `orphaned:`
 * with a reason, so the file always satisfies the contract.
 */
export function unbindAnnotations(input: UnbindInput): Sidecar {
	const { articleText } = input;
	const converter = new OffsetConverter(articleText);
	const baseItems = new Map<string, StoredAnnotation>();
	for (const item of [...(input.base?.annotations ?? []), ...(input.base?.orphaned ?? [])]) {
		if (item.id !== undefined) {
			baseItems.set(item.id, item);
		}
	}
	const annotations: StoredAnnotation[] = [];
	const orphaned: StoredOrphan[] = [];
	for (const annotation of input.annotations) {
		const extra = annotation.extra ?? baseItems.get(annotation.id)?.extra;
		if (fitsText(annotation, articleText, converter)) {
			const context = contextAround(articleText, annotation.start, annotation.end);
			annotations.push(storedOf(annotation, converter, extra, context));
		} else {
			const reason = 'its text did not match the article at its offsets when saved';
			orphaned.push({ ...storedOf(annotation, converter, extra, {}), reason });
		}
	}
	for (const orphan of input.orphans) {
		const extra = orphan.extra ?? baseItems.get(orphan.id)?.extra;
		const base = baseItems.get(orphan.id);
		const context = {
			prefix: (orphan as ContextualOrphan).prefix ?? base?.prefix,
			suffix: (orphan as ContextualOrphan).suffix ?? base?.suffix,
		};
		orphaned.push({ ...storedOf(orphan, converter, extra, context), reason: orphan.reason });
	}
	return {
		version: SIDECAR_VERSION,
		document: input.documentName,
		documentHash: documentHashOf(articleText),
		...languageField(input.language === undefined ? input.base?.language : (input.language ?? undefined)),
		annotations,
		orphaned,
		extra: input.base?.extra ?? [],
	};
}

/** The sidecar's `language` field, written only when a person set one. */
export function languageField(language: LanguageCode | undefined): { language?: LanguageCode } {
	return language === undefined ? {} : { language };
}

/**
 * Whether every placed annotation of a sidecar slices to its text at its (code point) offsets in
 * `articleText`: what `validate` checks. (The document hash may still differ: text changed after
 * every annotation leaves the sidecar valid.)
 */
export function sidecarFitsText(sidecar: Pick<Sidecar, 'annotations'>, articleText: string): boolean {
	const converter = new OffsetConverter(articleText);
	return sidecar.annotations.every((item) => {
		if (item.end <= item.start || item.end > converter.codePointLength) {
			return false;
		}
		const start = converter.toUtf16(item.start);
		const end = converter.toUtf16(item.end);
		return end - start === item.text.length && articleText.startsWith(item.text, start);
	});
}

function fitsText(annotation: Annotation, text: string, converter: OffsetConverter): boolean {
	const { start, end } = annotation;
	return (
		Number.isInteger(start) &&
		Number.isInteger(end) &&
		start >= 0 &&
		start < end &&
		end <= text.length &&
		converter.isBoundary(start) &&
		converter.isBoundary(end) &&
		text.slice(start, end) === annotation.text
	);
}

function storedOf(
	annotation: Annotation,
	converter: OffsetConverter,
	extra: ReadonlyArray<readonly [string, unknown]> | undefined,
	context: { prefix?: string; suffix?: string },
): StoredAnnotation {
	const start = Math.max(0, converter.toCodePoint(safeOffset(annotation.start)));
	const end = Math.max(0, converter.toCodePoint(safeOffset(annotation.end)));
	const stored: { -readonly [K in keyof StoredAnnotation]: StoredAnnotation[K] } = {
		type: annotation.type,
		start,
		end,
		text: annotation.text,
		status: annotation.status,
		id: annotation.id,
	};
	copyOptionalFields(annotation, stored as { -readonly [K in keyof Annotation]?: Annotation[K] }, false);
	if (context.prefix !== undefined) stored.prefix = context.prefix;
	if (context.suffix !== undefined) stored.suffix = context.suffix;
	if (extra !== undefined && extra.length > 0) stored.extra = toExtraFields(extra);
	return stored;
}

/** Unknown fields as the sidecar model holds them (values made YAML-safe, forbidden keys left out). */
function toExtraFields(extra: ReadonlyArray<readonly [string, unknown]>): ExtraFields {
	return extra.filter(([key]) => !isForbiddenKey(key)).map(([key, value]) => [key, toYamlValue(value)] as const);
}

function safeOffset(offset: number): number {
	return Number.isFinite(offset) ? Math.max(0, Math.trunc(offset)) : 0;
}

/**
 * Up to `CONTEXT_LENGTH` code points of text each side of [start, end) (UTF-16 offsets), never
 * splitting a surrogate pair: the W3C TextQuoteSelector prefix and suffix.
 */
export function contextAround(text: string, start: number, end: number, length = CONTEXT_LENGTH): { prefix: string; suffix: string } {
	let from = start;
	for (let count = 0; count < length && from > 0; count++) {
		from -= isPairEndingAt(text, from) ? 2 : 1;
	}
	let to = end;
	for (let count = 0; count < length && to < text.length; count++) {
		to += isPairStartingAt(text, to) ? 2 : 1;
	}
	return { prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

function isPairEndingAt(text: string, index: number): boolean {
	const low = text.charCodeAt(index - 1);
	const high = text.charCodeAt(index - 2);
	return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
}

function isPairStartingAt(text: string, index: number): boolean {
	const high = text.charCodeAt(index);
	const low = text.charCodeAt(index + 1);
	return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/**
 * An annotation an edit deleted or cut through (`shift.ts` puts it in `dropped`), as an orphan
 * that remembers where it was and what surrounded it in the text *before* the edit, so it can
 * be found again (`reanchorDropped`) or re-placed by hand. Never lost silently.
 */
export function orphanFromDropped(annotation: Annotation, textBeforeEdit: string, reason = 'deleted or cut by an edit'): ContextualOrphan {
	const { prefix, suffix } = contextAround(textBeforeEdit, annotation.start, annotation.end);
	return { ...annotation, reason, prefix, suffix };
}

export interface ReanchorOrphansResult {
	/** Orphans found again, as placed annotations (same ids); show them for confirmation. */
	readonly placed: Annotation[];
	readonly moves: AnchorMove[];
	readonly orphans: ContextualOrphan[];
}

/**
 * Tries to place orphans in the current text: exact quote with agreeing context only (by default
 * at least 75% of it), no approximate matching, so an entity the person deleted does not jump
 * onto another mention of the same name. Use it after an edit dropped annotations (a formatter
 * replacing the whole document looks like that) and for a "find orphans again" command.
 * `held`: the annotations placed in the text now; an orphan is never put on a range one of its
 * type holds (the name tagged again after it was retyped): it stays an orphan, or the two would
 * be duplicates.
 */
export function reanchorOrphans(
	orphans: readonly (OrphanedAnnotation | ContextualOrphan)[],
	articleText: string,
	options: AnchorOptions = {},
	held: readonly Pick<Annotation, 'type' | 'start' | 'end'>[] = [],
): ReanchorOrphansResult {
	const quotes: AnchorQuote[] = orphans.map((orphan) => ({
		text: orphan.text,
		prefix: (orphan as ContextualOrphan).prefix,
		suffix: (orphan as ContextualOrphan).suffix,
		start: orphan.start,
		end: orphan.end,
		group: orphan.type,
	}));
	const anchorer = new Anchorer(articleText, { minContext: 0.75, fuzzy: false, ...options, trustPositions: false, neverStack: true });
	for (const annotation of held) {
		anchorer.markTaken(annotation.type, annotation.start, annotation.end);
	}
	const results = anchorInOrder(anchorer, quotes);
	const placed: Annotation[] = [];
	const moves: AnchorMove[] = [];
	const still: ContextualOrphan[] = [];
	results.forEach((result, index) => {
		const orphan = orphans[index];
		if (result.ok) {
			const { reason: _reason, prefix: _prefix, suffix: _suffix, ...rest } = orphan as ContextualOrphan;
			placed.push({ ...rest, start: result.start, end: result.end, text: result.text });
			moves.push(moveOf(orphan.id, quotes[index], result, orphan.text, true));
		} else {
			still.push(orphan);
		}
	});
	return { placed, moves, orphans: still };
}
