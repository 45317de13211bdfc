/**
 * Reading Prodigy's NER examples (`prodigy db-out`, and our `export --format prodigy`) back: one
 * example per line,
 *
 *     {"text": "...", "spans": [{"start": 0, "end": 5, "label": "PER", "token_start": 0, ...}], "answer": "accept", "meta": {...}}
 *
 * Offsets are Python str indices, i.e. code points. An example answered `accept`, or not
 * answered (a task), gives decisions; one answered `reject` or `ignore` is left out whole (the
 * person turned the example down, not a span of it), and said so. A span's `text`, when given, is
 * checked against the article; token indices are not needed. In a task without an answer, spans
 * our export marked `"status": "suggested"` are suggestions, not decisions; once answered, every
 * span left is the person's. `meta.document` names the article; our export's `rejected` list
 * gives rejected decisions. A span's other keys (`source`, `input_hash`, a script's own) are kept
 * with the decision, as its `prodigy:` field in the sidecar, for export to write them back on the
 * span; but token indices, which are Prodigy's tokenizer's and wrong once the span moves.
 */

import { parseTextObject, readSpanList, shortJson, type JsonlLine, type JsonlSpan, type OffsetUnit } from './jsonl';

/** The field of a sidecar decision holding the other keys of the Prodigy span it came from. */
export const PRODIGY_FIELD = 'prodigy';

/** Keys of a Prodigy span the decision itself holds (our export writes them), or that are not kept. */
const SPAN_KEYS_NOT_KEPT = new Set(['start', 'end', 'label', 'text', 'note', 'author', 'status', 'token_start', 'token_end']);

/** A span's other keys, as the decision's `prodigy` field; undefined when it has none. */
function prodigyFieldsOf(item: unknown): JsonlSpan['extra'] {
	if (typeof item !== 'object' || item === null || Array.isArray(item)) {
		return undefined;
	}
	const kept = Object.entries(item).filter(([key, value]) => !SPAN_KEYS_NOT_KEPT.has(key) && value !== undefined);
	return kept.length === 0 ? undefined : [[PRODIGY_FIELD, Object.fromEntries(kept)]];
}

/** An example the person turned down. */
export interface ProdigySkipped {
	readonly ok: false;
	readonly answer: 'reject' | 'ignore';
	readonly message: string;
}

/** Reads one line of Prodigy examples. */
export function readProdigyLine(line: string, unit: OffsetUnit): JsonlLine | ProdigySkipped {
	const parsed = parseTextObject(line);
	if (!parsed.ok) {
		return parsed;
	}
	const { record } = parsed;
	const answer = record.answer;
	if (answer === 'reject' || answer === 'ignore') {
		return { ok: false, answer, message: `answered ${answer}: left out` };
	}
	if (answer !== undefined && answer !== 'accept') {
		return { ok: false, message: `"answer" is ${shortJson(answer)}, not "accept", "reject" nor "ignore"` };
	}
	const spans: JsonlSpan[] = [];
	const problems: string[] = [];
	const status = (item: unknown): JsonlSpan['status'] => (answer === undefined && (item as { status?: unknown }).status === 'suggested' ? 'suggested' : 'accepted');
	readSpanList(record.spans, 'spans', status, spans, problems, prodigyFieldsOf);
	readSpanList(record.rejected, 'rejected', () => 'rejected', spans, problems, prodigyFieldsOf);
	const meta = typeof record.meta === 'object' && record.meta !== null ? (record.meta as Record<string, unknown>) : {};
	return {
		ok: true,
		text: parsed.text,
		...(typeof meta.document === 'string' ? { document: meta.document } : {}),
		offsets: unit,
		offsetsDeclared: false,
		spans,
		problems,
	};
}
