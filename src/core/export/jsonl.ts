/**
 * JSON Lines, one object per article and line, in doccano's sequence-labelling shape (which
 * spaCy's converters and Prodigy-style scripts read too):
 *
 *     {"text": "...", "label": [[120, 142, "PER"], ...], "document": "000_x.txt", "offsets": "codepoint"}
 *
 * - `label` holds [start, end, type] with end exclusive, sorted by position. `labelKey:
 *   'entities'` names it `entities` instead (spaCy's older training JSON).
 * - Offsets are Unicode code points by default (Python, spaCy: `text[start:end]`), or UTF-16 code
 *   units with `offsets: 'utf16'` (JavaScript: `text.slice(start, end)`; doccano's web client
 *   counts UTF-16 units too). Both agree unless the text has characters outside the BMP (emoji).
 *   The line always says which: `"offsets": "codepoint"` or `"utf16"`.
 * - With `includeSuggestions`, suggestions are in `label` like accepted entities (ready to import
 *   as pre-annotations) and a `status` list, aligned with `label`, says which is which
 *   (`accepted` or `suggested`).
 * - With `includeRejected`, rejected spans are listed under `rejected`, never in `label`.
 * - Text is escaped so a line is one line for every reader (see `jsonLine`).
 * - Notes and authors of decisions: `notes` and `authors` list `[start, end, type, "..."]` for the
 *   spans (of `label` or `rejected`) that have one, keyed by the span rather than aligned with
 *   `label`, so an entity added or removed in the other tool does not give a note to another.
 * - Extra keys (`document`, `offsets`, `status`, `rejected`, `notes`, `authors`) are kept as
 *   metadata by doccano.
 */

import { collectSpans, statsOf } from './spans';
import type { ExportInput, ExportResult, ExportSpan, SelectionOptions } from './types';

export type OffsetUnit = 'codepoint' | 'utf16';

export interface JsonlOptions extends SelectionOptions {
	/** Unit of the offsets (default `codepoint`). */
	readonly offsets?: OffsetUnit;
	/** Key of the span list (default `label`, as doccano). */
	readonly labelKey?: 'label' | 'entities';
}

/** Exports one article as one JSON line (ending with a line feed). */
export function exportJsonl(input: ExportInput, options: JsonlOptions = {}): ExportResult {
	const collected = collectSpans(input, options);
	const { converter } = collected;
	const text = typeof input.text === 'string' ? input.text : '';
	const unit: OffsetUnit = options.offsets === 'utf16' ? 'utf16' : 'codepoint';
	const at = (offset: number) => (unit === 'utf16' ? offset : converter.toCodePoint(offset));
	const triple = (span: ExportSpan): [number, number, string] => [at(span.start), at(span.end), span.type];

	const entities = collected.spans.filter((span) => span.status !== 'rejected');
	const rejected = collected.spans.filter((span) => span.status === 'rejected');
	const line: Record<string, unknown> = { text };
	line[options.labelKey === 'entities' ? 'entities' : 'label'] = entities.map(triple);
	if (options.includeSuggestions) {
		line.status = entities.map((span) => span.status);
	}
	if (options.includeRejected) {
		line.rejected = rejected.map(triple);
	}
	const written = options.includeRejected ? collected.spans : entities;
	for (const [key, field] of [['notes', 'note'], ['authors', 'author']] as const) {
		const keyed = written.flatMap((span) => (span[field] === undefined ? [] : [[...triple(span), span[field]]]));
		if (keyed.length > 0) {
			line[key] = keyed;
		}
	}
	if (typeof input.document === 'string') {
		line.document = input.document;
	}
	if (input.language !== undefined) {
		line.language = input.language;
	}
	line.offsets = unit;
	return { content: jsonLine(line) + '\n', warnings: collected.warnings, stats: statsOf(collected.spans, collected) };
}

/**
 * `JSON.stringify`, with NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR escaped too: JSON allows
 * them raw in strings, but line readers such as Python's `splitlines` break lines at them, so one
 * value would no longer be one line. (C0 controls and lone surrogates are escaped by
 * `JSON.stringify` itself.)
 */
const LINE_BREAKING = /[\x85\u2028\u2029]/;
const LINE_BREAKING_ALL = /[\x85\u2028\u2029]/g;

export function jsonLine(value: unknown, indent?: number): string {
	const json = JSON.stringify(value, null, indent);
	return LINE_BREAKING.test(json) ? json.replace(LINE_BREAKING_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}
