/**
 * W3C Web Annotation (JSON-LD, https://www.w3.org/TR/annotation-model/): one
 * `AnnotationCollection` per article, its annotations embedded in the first `AnnotationPage`:
 *
 *     {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:article-annotator:collection:000_x.txt",
 *      "type": "AnnotationCollection", "label": "Named entities of 000_x.txt", "total": 1,
 *      "first": {"id": "…#page1", "type": "AnnotationPage", "startIndex": 0, "items": [
 *        {"id": "urn:article-annotator:annotation:000_x.txt:a1b2c3", "type": "Annotation", "motivation": "tagging",
 *         "created": "…", "creator": {"type": "Person", "name": "…"},
 *         "body": [{"type": "TextualBody", "purpose": "tagging", "value": "PER"}],
 *         "target": {"source": "000_x.txt", "selector": [
 *           {"type": "TextPositionSelector", "start": 120, "end": 142},
 *           {"type": "TextQuoteSelector", "exact": "…", "prefix": "…", "suffix": "…"}]}}]}}
 *
 * - `TextPositionSelector` offsets are Unicode code points, as the model requires (a CRLF counts
 *   two); `TextQuoteSelector` carries the exact text and up to 32 code points of context each
 *   side (as the sidecar and the Hypothesis client keep), so the target can be re-anchored. The
 *   two selectors are alternatives for the same text.
 * - `body` is always a list: the entity type (`purpose: "tagging"`), the note when there is one
 *   (`purpose: "commenting"`), and, when rejected annotations or suggestions are included, the
 *   status (`purpose: "assessing"`, value `accepted`, `rejected` or `suggested`).
 * - `id` is `urn:article-annotator:annotation:<source>:<annotation id>`: ids are unique within
 *   one sidecar only (other tools number them 1, 2…), so the article is part of the IRI. A
 *   suggestion, which has none, gets `urn:article-annotator:suggestion:<source>:<start>-<end>:<type>`
 *   (code points), and an annotation without an id `urn:article-annotator:annotation:…` alike (two
 *   parts after the source where an id is one: parts are percent-encoded, `:` included).
 * - `creator` is the annotation's author (a Person) when known, the detector (Software) for a
 *   suggestion; `created` and `modified` are copied when known.
 */

import { contextAround } from '../sidecar/bind';
import { jsonLine } from './jsonl';
import { collectSpans, statsOf } from './spans';
import type { ExportInput, ExportResult, ExportSpan, ExportStats, ExportWarning, SelectionOptions } from './types';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const URN_PREFIX = 'urn:article-annotator:';

export interface W3cOptions extends SelectionOptions {
	/** `target.source`: the article's file name or URI (default: `input.document`). */
	readonly source?: string;
	/** The collection's id (default `urn:article-annotator:collection:<source>`). */
	readonly collectionId?: string;
	/** Indentation of the JSON; 0 or absent writes one line. */
	readonly indent?: number;
}

export interface W3cCollectionResult {
	/** The JSON-LD object, for callers that embed or post it. */
	readonly collection: Record<string, unknown>;
	readonly warnings: readonly ExportWarning[];
	readonly stats: ExportStats;
}

/** Exports one article as a W3C Web Annotation collection (JSON, ending with a line feed). */
export function exportW3c(input: ExportInput, options: W3cOptions = {}): ExportResult {
	const { collection, warnings, stats } = buildW3cCollection(input, options);
	const indent = typeof options.indent === 'number' && options.indent > 0 ? Math.min(Math.trunc(options.indent), 10) : undefined;
	return { content: jsonLine(collection, indent) + '\n', warnings, stats };
}

/** The collection as an object (see `exportW3c`). */
export function buildW3cCollection(input: ExportInput, options: W3cOptions = {}): W3cCollectionResult {
	const collected = collectSpans(input, options);
	const { converter } = collected;
	const text = typeof input.text === 'string' ? input.text : '';
	const source = options.source ?? input.document ?? `${URN_PREFIX}document`;
	const collectionId = options.collectionId ?? `${URN_PREFIX}collection:${encodeUrnPart(source)}`;
	const withStatus = options.includeRejected === true || options.includeSuggestions === true;

	const items = collected.spans.map((span) => {
		const start = converter.toCodePoint(span.start);
		const end = converter.toCodePoint(span.end);
		const body: Array<Record<string, string>> = [{ type: 'TextualBody', purpose: 'tagging', value: span.type }];
		if (span.note !== undefined) {
			body.push({ type: 'TextualBody', purpose: 'commenting', value: span.note });
		}
		if (withStatus) {
			body.push({ type: 'TextualBody', purpose: 'assessing', value: span.status });
		}
		const { prefix, suffix } = contextAround(text, span.start, span.end);
		const quote: Record<string, string> = { type: 'TextQuoteSelector', exact: span.text };
		if (prefix.length > 0) quote.prefix = prefix;
		if (suffix.length > 0) quote.suffix = suffix;
		const annotation: Record<string, unknown> = {
			id: annotationIri(span, source, start, end),
			type: 'Annotation',
			motivation: 'tagging',
		};
		if (span.created !== undefined) annotation.created = span.created;
		if (span.modified !== undefined) annotation.modified = span.modified;
		const creator = creatorOf(span);
		if (creator !== undefined) annotation.creator = creator;
		annotation.body = body;
		annotation.target = { source, selector: [{ type: 'TextPositionSelector', start, end }, quote] };
		return annotation;
	});

	const collection: Record<string, unknown> = {
		'@context': W3C_CONTEXT,
		id: collectionId,
		type: 'AnnotationCollection',
		label: input.document === undefined ? 'Named entities' : `Named entities of ${input.document}`,
		total: items.length,
	};
	if (items.length > 0) {
		collection.first = { id: `${collectionId}#page1`, type: 'AnnotationPage', startIndex: 0, items };
	}
	return { collection, warnings: collected.warnings, stats: statsOf(collected.spans, collected) };
}

function annotationIri(span: ExportSpan, source: string, start: number, end: number): string {
	if (span.id !== undefined) {
		return `${URN_PREFIX}annotation:${encodeUrnPart(source)}:${encodeUrnPart(span.id)}`;
	}
	const kind = span.status === 'suggested' ? 'suggestion' : 'annotation';
	return `${URN_PREFIX}${kind}:${encodeUrnPart(source)}:${start}-${end}:${encodeUrnPart(span.type)}`;
}

function creatorOf(span: ExportSpan): Record<string, string> | undefined {
	if (span.status === 'suggested') {
		return { type: 'Software', name: span.source === undefined ? 'Article Annotator detector' : `Article Annotator detector (${span.source})` };
	}
	if (span.author !== undefined) {
		return { type: 'Person', name: span.author };
	}
	return undefined;
}

/** Percent-encodes a string for a URN part (lone surrogates, which cannot be encoded, become U+FFFD). */
export function encodeUrnPart(value: string): string {
	const wellFormed = value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
	return encodeURIComponent(wellFormed);
}
