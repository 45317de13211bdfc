/**
 * The entities an export writes: the decisions and suggestions selected by the options, checked
 * against the text, without exact duplicates, in a fixed order. Shared by every format.
 */

import type { Annotation } from '../annotation';
import { DocumentAnnotations } from '../document';
import { quoteForMessage } from '../sidecar/model';
import type { DetectedEntity } from '../types';
import { OffsetConverter } from '../unicode';
import type { ExportInput, ExportSpan, ExportStats, ExportStatus, ExportWarning, SelectionOptions } from './types';

export interface CollectedSpans {
	/** Sorted by start, end, type, status (accepted, suggested, rejected), id. */
	readonly spans: ExportSpan[];
	readonly warnings: ExportWarning[];
	readonly orphans: number;
	readonly invalid: number;
	readonly duplicates: number;
	readonly converter: OffsetConverter;
}

const STATUS_ORDER: Record<ExportStatus, number> = { accepted: 0, suggested: 1, rejected: 2 };

/** Orders spans by position, then type, status and id (a total order: output never depends on input order). */
export function compareSpans(a: ExportSpan, b: ExportSpan): number {
	return (
		a.start - b.start ||
		a.end - b.end ||
		compareStrings(a.type, b.type) ||
		STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
		compareStrings(a.id ?? '', b.id ?? '')
	);
}

/** Code unit order, independent of the locale (`localeCompare` is not). */
export function compareStrings(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Selects, checks, de-duplicates and sorts the entities of one article. Never throws on odd data. */
export function collectSpans(input: ExportInput, options: SelectionOptions = {}): CollectedSpans {
	const text = typeof input.text === 'string' ? input.text : '';
	const converter = new OffsetConverter(text);
	const warnings: ExportWarning[] = [];
	let invalid = 0;

	const valid: Annotation[] = [];
	for (const annotation of input.annotations ?? []) {
		const problem = annotationProblem(annotation, text, converter);
		if (problem !== undefined) {
			invalid++;
			const id = typeof annotation?.id === 'string' ? annotation.id : undefined;
			warnings.push({ code: 'invalid', message: `annotation ${id === undefined ? '(without id)' : quoteForMessage(id)} left out: ${problem}`, ...(id === undefined ? {} : { id }) });
			continue;
		}
		valid.push(annotation);
	}

	const candidates: ExportSpan[] = [];
	for (const annotation of valid) {
		if (annotation.status === 'accepted' || (annotation.status === 'rejected' && options.includeRejected)) {
			candidates.push(spanOfAnnotation(annotation));
		}
	}
	if (options.includeSuggestions && Array.isArray(input.suggestions) && input.suggestions.length > 0) {
		const fitting: DetectedEntity[] = [];
		for (const suggestion of input.suggestions) {
			const problem = suggestion !== null && typeof suggestion === 'object' ? rangeProblem(suggestion, text, converter) : 'not an entity';
			if (problem !== undefined) {
				invalid++;
				warnings.push({ code: 'invalid', message: `suggestion ${quoteForMessage(String(suggestion?.text))} left out: ${problem}` });
				continue;
			}
			fitting.push(suggestion);
		}
		// The editor's own rule for which suggestions still wait for review.
		const document = new DocumentAnnotations(valid);
		document.setDetected(fitting);
		for (const suggestion of document.suggestions()) {
			candidates.push(spanOfSuggestion(suggestion));
		}
	}

	candidates.sort(compareSpans);
	const spans: ExportSpan[] = [];
	let duplicates = 0;
	for (const span of candidates) {
		const previous = spans[spans.length - 1];
		if (previous !== undefined && previous.start === span.start && previous.end === span.end && previous.type === span.type && previous.status === span.status) {
			duplicates++;
			warnings.push({
				code: 'duplicate',
				message: `${span.status} ${span.type} ${quoteForMessage(span.text)} at ${converter.toCodePoint(span.start)}-${converter.toCodePoint(span.end)} is there twice; exported once`,
				...(span.id === undefined ? {} : { id: span.id }),
			});
			continue;
		}
		spans.push(span);
	}

	const orphans = input.orphans?.length ?? 0;
	if (orphans > 0) {
		warnings.unshift({ code: 'orphans', message: `${orphans} orphaned annotation(s) not exported (they have no place in the current text; re-place them in the editor)` });
	}
	return { spans, warnings, orphans, invalid, duplicates, converter };
}

/** Counts of what was written, by status. */
export function statsOf(written: readonly ExportSpan[], collected: CollectedSpans, dropped = 0): ExportStats {
	let accepted = 0;
	let rejected = 0;
	let suggested = 0;
	for (const span of written) {
		if (span.status === 'accepted') accepted++;
		else if (span.status === 'rejected') rejected++;
		else suggested++;
	}
	return { accepted, rejected, suggested, orphans: collected.orphans, invalid: collected.invalid, duplicates: collected.duplicates, dropped };
}

function annotationProblem(annotation: Annotation, text: string, converter: OffsetConverter): string | undefined {
	if (annotation === null || typeof annotation !== 'object') {
		return 'not an annotation';
	}
	if (annotation.status !== 'accepted' && annotation.status !== 'rejected') {
		return `unknown status ${quoteForMessage(String(annotation.status))}`;
	}
	if (typeof annotation.type !== 'string' || annotation.type.length === 0) {
		return 'no type';
	}
	return rangeProblem(annotation, text, converter);
}

function rangeProblem(entity: { start: number; end: number; text: string; type: string }, text: string, converter: OffsetConverter): string | undefined {
	const { start, end } = entity;
	if (typeof entity.type !== 'string' || entity.type.length === 0) {
		return 'no type';
	}
	if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
		return `offsets ${String(start)}-${String(end)} do not fit the text (${text.length} UTF-16 units)`;
	}
	if (!converter.isBoundary(start) || !converter.isBoundary(end)) {
		return 'an offset splits a character (surrogate pair)';
	}
	if (text.slice(start, end) !== entity.text) {
		return `its text ${quoteForMessage(String(entity.text))} is not the article's text at its offsets (${quoteForMessage(text.slice(start, end))})`;
	}
	return undefined;
}

function spanOfAnnotation(annotation: Annotation): ExportSpan {
	const span: { -readonly [K in keyof ExportSpan]: ExportSpan[K] } = {
		start: annotation.start,
		end: annotation.end,
		type: annotation.type,
		text: annotation.text,
		status: annotation.status,
	};
	if (typeof annotation.id === 'string' && annotation.id.length > 0) span.id = annotation.id;
	if (typeof annotation.source === 'string') span.source = annotation.source;
	if (typeof annotation.confidence === 'number' && Number.isFinite(annotation.confidence)) span.confidence = annotation.confidence;
	if (typeof annotation.note === 'string' && annotation.note.length > 0) span.note = annotation.note;
	if (typeof annotation.author === 'string' && annotation.author.length > 0) span.author = annotation.author;
	if (typeof annotation.created === 'string' && annotation.created.length > 0) span.created = annotation.created;
	if (typeof annotation.modified === 'string' && annotation.modified.length > 0) span.modified = annotation.modified;
	if (Array.isArray(annotation.extra) && annotation.extra.length > 0) span.extra = annotation.extra;
	return span;
}

function spanOfSuggestion(entity: DetectedEntity): ExportSpan {
	return {
		start: entity.start,
		end: entity.end,
		type: entity.type,
		text: entity.text,
		status: 'suggested',
		...(typeof entity.source === 'string' ? { source: entity.source } : {}),
		...(typeof entity.confidence === 'number' && Number.isFinite(entity.confidence) ? { confidence: entity.confidence } : {}),
	};
}

/**
 * A type name as a single word for formats whose lines are split on spaces (CoNLL, brat): runs
 * of characters other than letters, digits, `_`, `-` and `.` become `_`. The label set's names
 * (`PER`, `ORG`...) are unchanged; a hand-written type like `TIME SPAN` becomes `TIME_SPAN`.
 */
export function safeTypeName(type: string): string {
	const safe = type.replace(/[^\p{L}\p{N}_.-]+/gu, '_');
	return safe.length > 0 ? safe : '_';
}

/** Type names changed by `safeTypeName`, one warning per name. */
export function typeNameWarnings(spans: readonly ExportSpan[], format: string): ExportWarning[] {
	const changed = new Map<string, string>();
	for (const span of spans) {
		const safe = safeTypeName(span.type);
		if (safe !== span.type) {
			changed.set(span.type, safe);
		}
	}
	return [...changed].map(([type, safe]) => ({ code: 'label' as const, message: `type ${quoteForMessage(type)} written as ${quoteForMessage(safe)} (${format} needs one word)` }));
}
