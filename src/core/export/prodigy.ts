/**
 * Prodigy's NER task format, one example per article and line (what `prodigy db-in` and the
 * `ner.manual` / `spans.manual` recipes read):
 *
 *     {"text": "...", "spans": [{"start": 0, "end": 5, "text": "Karim", "label": "PER"}], "answer": "accept", "meta": {"document": "000_x.txt"}}
 *
 * - Offsets are code points, as Prodigy's (Python str indices); always.
 * - The accepted entities are the spans, and `"answer": "accept"`: the example is gold.
 * - With `includeSuggestions`, suggestions must not read as gold: the example is written without
 *   `"answer"`, a task to review (a manual recipe shows its spans pre-highlighted for the person
 *   to correct and accept), and each span says our `"status"` (`accepted` or `suggested`), which
 *   import reads while the example has no answer.
 * - With `includeRejected`, rejected spans are listed under `rejected` (Prodigy keeps unknown keys;
 *   never in `spans`).
 * - A decision's note and author are its span's `note` and `author` (kept, as `status` is).
 * - The other keys of the Prodigy span a decision was imported from (its `prodigy` field in the
 *   sidecar: `source`, `input_hash`, a script's own) are written back on its span, after ours,
 *   which they never replace; on a decision retyped since too, for it is the same span.
 * - `meta` (shown on Prodigy's card) holds `document`, the article's name (`ExportInput.document`) import goes
 *   back to, and `language` when known.
 */

import { PRODIGY_FIELD } from '../import/prodigy';
import { jsonLine } from './jsonl';
import { collectSpans, statsOf } from './spans';
import type { ExportInput, ExportResult, ExportSpan, SelectionOptions } from './types';

/** Exports one article as one Prodigy example (a JSON line ending with a line feed). */
export function exportProdigy(input: ExportInput, options: SelectionOptions = {}): ExportResult {
	const collected = collectSpans(input, options);
	const { converter } = collected;
	const span = (entity: ExportSpan) => ({
		start: converter.toCodePoint(entity.start),
		end: converter.toCodePoint(entity.end),
		text: entity.text,
		label: entity.type,
		...(entity.note === undefined ? {} : { note: entity.note }),
		...(entity.author === undefined ? {} : { author: entity.author }),
	});
	const withKept = (entity: ExportSpan) => {
		const written = span(entity);
		const kept = entity.extra?.find(([key]) => key === PRODIGY_FIELD)?.[1];
		const fields = jsonOf(kept);
		if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) {
			return written;
		}
		const others = Object.entries(fields).filter(([key]) => !(key in written) && key !== 'status');
		return others.length === 0 ? written : { ...written, ...Object.fromEntries(others) };
	};
	const example: Record<string, unknown> = { text: typeof input.text === 'string' ? input.text : '' };
	const entities = collected.spans.filter((entity) => entity.status !== 'rejected');
	example.spans = entities.map((entity) => (options.includeSuggestions ? { ...withKept(entity), status: entity.status } : withKept(entity)));
	if (options.includeRejected) {
		example.rejected = collected.spans.filter((entity) => entity.status === 'rejected').map(withKept);
	}
	if (!options.includeSuggestions) {
		example.answer = 'accept';
	}
	example.meta = { ...(typeof input.document === 'string' ? { document: input.document } : {}), ...(input.language === undefined ? {} : { language: input.language }) };
	return { content: jsonLine(example) + '\n', warnings: collected.warnings, stats: statsOf(collected.spans, collected) };
}

/**
 * A field as read from the sidecar (mappings are `Map`s, integers past 2^53 `bigint`s) or from
 * an import (plain objects) as JSON writes it: a `bigint` as its digits in a string, since
 * `JSON.stringify` cannot write it and a number would change its last digits.
 */
function jsonOf(value: unknown, depth = 32): unknown {
	if (depth <= 0) {
		return null;
	}
	if (typeof value === 'bigint') {
		return value.toString();
	}
	if (Array.isArray(value)) {
		return value.map((item) => jsonOf(item, depth - 1));
	}
	if (value instanceof Map) {
		return Object.fromEntries([...value].map(([key, item]) => [String(key), jsonOf(item, depth - 1)]));
	}
	if (typeof value === 'object' && value !== null) {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, jsonOf(item, depth - 1)]));
	}
	return value === undefined ? null : value;
}
