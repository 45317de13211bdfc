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
 * - `meta` (shown on Prodigy's card) holds `document`, the article's name (`ExportInput.document`) import goes
 *   back to, and `language` when known.
 */

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
	const example: Record<string, unknown> = { text: typeof input.text === 'string' ? input.text : '' };
	const entities = collected.spans.filter((entity) => entity.status !== 'rejected');
	example.spans = entities.map((entity) => (options.includeSuggestions ? { ...span(entity), status: entity.status } : span(entity)));
	if (options.includeRejected) {
		example.rejected = collected.spans.filter((entity) => entity.status === 'rejected').map(span);
	}
	if (!options.includeSuggestions) {
		example.answer = 'accept';
	}
	example.meta = { ...(typeof input.document === 'string' ? { document: input.document } : {}), ...(input.language === undefined ? {} : { language: input.language }) };
	return { content: jsonLine(example) + '\n', warnings: collected.warnings, stats: statsOf(collected.spans, collected) };
}
