/**
 * Reading JSON Lines of labelled texts (doccano's sequence-labelling export, spaCy-style
 * training lines, and our own `export --format jsonl`) back: one article per line.
 *
 *     {"text": "...", "label": [[0, 7, "LOC"], ...]}                        doccano, ours
 *     {"text": "...", "entities": [[0, 7, "LOC"], ...]}                     spaCy-style, ours
 *     {"text": "...", "entities": [{"start_offset": 0, "end_offset": 7, "label": "LOC"}]}   doccano 1.7+
 *
 * Offsets are code points unless the line says `"offsets": "utf16"` or the caller says so (doccano's
 * web client counts UTF-16 units). Our export's `rejected` list and `status` list (`suggested`
 * spans are not decisions) are read; `document` names the article.
 */

import type { OffsetUnit } from '../export/jsonl';
import { OffsetConverter } from '../unicode';

export type { OffsetUnit };

export interface JsonlSpan {
	readonly start: number;
	readonly end: number;
	readonly type: string;
	readonly status: 'accepted' | 'rejected' | 'suggested';
}

export type JsonlLine =
	| {
			readonly ok: true;
			readonly text: string;
			/** The `document` field when it is a string. */
			readonly document?: string;
			readonly offsets: OffsetUnit;
			/** The line says its offsets' unit (`"offsets"`), rather than taking the caller's. */
			readonly offsetsDeclared: boolean;
			readonly spans: readonly JsonlSpan[];
			/** Spans that could not be read (index in their list, why). */
			readonly problems: readonly string[];
	  }
	| { readonly ok: false; readonly message: string };

/** Reads one line; `unit` is used when the line does not say its offsets' unit. */
export function readJsonlLine(line: string, unit: OffsetUnit): JsonlLine {
	let value: unknown;
	try {
		value = JSON.parse(line);
	} catch (error) {
		return { ok: false, message: `not JSON (${(error as Error).message})` };
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return { ok: false, message: 'not a JSON object' };
	}
	const record = value as Record<string, unknown>;
	if (typeof record.text !== 'string') {
		return { ok: false, message: 'no "text" string' };
	}
	const declared = record.offsets;
	if (declared !== undefined && declared !== 'codepoint' && declared !== 'utf16') {
		return { ok: false, message: `"offsets" is ${shortJson(declared)}, not "codepoint" nor "utf16"` };
	}
	const listKey = ['label', 'entities', 'labels'].find((key) => Array.isArray(record[key]));
	const list = listKey === undefined ? [] : (record[listKey] as unknown[]);
	const statuses = Array.isArray(record.status) ? (record.status as unknown[]) : [];
	const problems: string[] = [];
	const spans: JsonlSpan[] = [];
	const read = (item: unknown, where: string, status: JsonlSpan['status']) => {
		const span = spanOf(item);
		if (typeof span === 'string') {
			problems.push(`${where}: ${span}`);
		} else {
			spans.push({ ...span, status });
		}
	};
	list.forEach((item, index) => {
		const status = statuses[index] === 'suggested' ? 'suggested' : 'accepted';
		read(item, `${listKey}[${index}]`, status);
	});
	if (Array.isArray(record.rejected)) {
		record.rejected.forEach((item, index) => read(item, `rejected[${index}]`, 'rejected'));
	}
	return {
		ok: true,
		text: record.text,
		...(typeof record.document === 'string' ? { document: record.document } : {}),
		offsets: declared ?? unit,
		offsetsDeclared: declared !== undefined,
		spans,
		problems,
	};
}

function spanOf(item: unknown): { start: number; end: number; type: string } | string {
	let start: unknown;
	let end: unknown;
	let type: unknown;
	if (Array.isArray(item)) {
		[start, end, type] = item;
	} else if (typeof item === 'object' && item !== null) {
		const record = item as Record<string, unknown>;
		start = record.start_offset ?? record.start;
		end = record.end_offset ?? record.end;
		type = record.label ?? record.type;
	} else {
		return 'not [start, end, label] nor an object with start_offset, end_offset and label';
	}
	if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || typeof type !== 'string' || type.length === 0) {
		return `${shortJson(item)} is not [start, end, label] with whole numbers and a label`;
	}
	return { start: start as number, end: end as number, type };
}

/**
 * A value of the line for a message, cut short. JSON.parse reads nesting as deep as the line
 * holds, JSON.stringify recurses and overflows the stack on it (and the whole file was lost).
 */
function shortJson(value: unknown): string {
	try {
		return (JSON.stringify(value) ?? String(value)).slice(0, 80);
	} catch {
		return Array.isArray(value) ? '[…] (nested too deep to show)' : '{…} (nested too deep to show)';
	}
}

const WORD_UNIT = /[\p{L}\p{M}\p{N}]/u;

/** How many span edges fall inside a word (or a character) when the offsets are read in `unit`; undefined when one is outside the text. */
function wordsCut(text: string, spans: readonly JsonlSpan[], unit: OffsetUnit, converter: OffsetConverter): number | undefined {
	let cut = 0;
	for (const span of spans) {
		for (const offset of [span.start, span.end]) {
			if (offset < 0 || offset > (unit === 'utf16' ? text.length : converter.codePointLength)) {
				return undefined;
			}
			const at = unit === 'utf16' ? offset : converter.toUtf16(offset);
			const low = text.charCodeAt(at);
			if (at > 0 && at < text.length && ((low >= 0xdc00 && low <= 0xdfff) || (WORD_UNIT.test(text[at - 1]) && WORD_UNIT.test(text[at])))) {
				cut++;
			}
		}
	}
	return cut;
}

/**
 * The other unit, when the line's offsets look counted in it: the text has characters outside the
 * BMP (an emoji), so the units differ, and read in `unit` some span edges fall inside words while
 * read in the other none do. A doccano web export read as code points shifts every span after an
 * emoji by one per emoji, silently.
 */
export function likelyOtherUnit(text: string, spans: readonly JsonlSpan[], unit: OffsetUnit): OffsetUnit | undefined {
	const converter = new OffsetConverter(text);
	if (spans.length === 0 || converter.codePointLength === text.length) {
		return undefined;
	}
	const other: OffsetUnit = unit === 'utf16' ? 'codepoint' : 'utf16';
	const asGiven = wordsCut(text, spans, unit, converter);
	return asGiven !== 0 && wordsCut(text, spans, other, converter) === 0 ? other : undefined;
}
