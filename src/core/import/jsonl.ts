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
 * spans are not decisions) are read; `document` names the article. Its `notes` and `authors`,
 * `[start, end, type, "..."]`, give the span of that place and type its note and author (one
 * whose span is no longer listed, removed in the other tool, goes with it).
 */

import type { OffsetUnit } from '../export/jsonl';
import { codePointLength, OffsetConverter } from '../unicode';

export type { OffsetUnit };

export interface JsonlSpan {
	readonly start: number;
	readonly end: number;
	readonly type: string;
	readonly status: 'accepted' | 'rejected' | 'suggested';
	/** The span's text when the file gives it (Prodigy, Label Studio): checked against the article. */
	readonly text?: string;
	/** The decision's note and author, when the file carries them (our export). */
	readonly note?: string;
	readonly author?: string;
	/** Fields of the decision kept for the tool the span came from (Prodigy: its span's other keys). */
	readonly extra?: ReadonlyArray<readonly [string, unknown]>;
}

/** One text with its spans, read from a line or a task of any JSON format. */
export interface TextRecord {
	readonly ok: true;
	readonly text: string;
	/** The article it names, when it is a string. */
	readonly document?: string;
	readonly offsets: OffsetUnit;
	/** The record says its offsets' unit (`"offsets"`), rather than taking the caller's. */
	readonly offsetsDeclared: boolean;
	readonly spans: readonly JsonlSpan[];
	/** Spans that could not be read (index in their list, why). */
	readonly problems: readonly string[];
}

export type JsonlLine = TextRecord | { readonly ok: false; readonly message: string };

/** A JSON object with a "text" string, or why `json` is not one. */
export function parseTextObject(json: string): { ok: true; record: Record<string, unknown>; text: string } | { ok: false; message: string } {
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch (error) {
		return { ok: false, message: notJson(json, error) };
	}
	return textObject(value);
}

/**
 * Why `json` is not JSON, with the place: V8's message names it for some errors only («Unexpected
 * token '}', ..."s": [}" is not valid JSON» does not), so a file of thousands of lines gave no
 * clue where. The column counts characters (code points), as an editor's status bar.
 */
export function notJson(json: string, error: unknown): string {
	const offset = jsonErrorOffset(json);
	const before = json.slice(0, Math.max(0, offset));
	const lineStart = before.lastIndexOf('\n') + 1;
	const column = codePointLength(before.slice(lineStart)) + 1;
	const place = offset < 0 ? '' : json.includes('\n') ? ` at line ${before.split('\n').length}, column ${column}` : ` at column ${column}`;
	return `not JSON${place} (${error instanceof Error ? error.message : String(error)})`;
}

const STRING_TOKEN = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const VALUE_TOKEN = new RegExp(`${STRING_TOKEN.source}|-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null`, 'y');
const SPACE = /[ \t\n\r]*/y;

/**
 * UTF-16 index of the first place where `json` stops being JSON (its length when it ends too
 * soon), -1 when it is JSON. Without recursion: nesting as deep as the file holds costs no stack.
 */
export function jsonErrorOffset(json: string): number {
	const open: string[] = [];
	let at = 0;
	let expect: 'value' | 'value or ]' | 'key' | 'key or }' | ':' | 'next' = 'value';
	const token = (pattern: RegExp): boolean => {
		pattern.lastIndex = at;
		const found = pattern.test(json);
		if (found) {
			at = pattern.lastIndex;
		}
		return found;
	};
	for (;;) {
		token(SPACE);
		if (at >= json.length) {
			return expect === 'next' && open.length === 0 ? -1 : json.length;
		}
		const c = json[at];
		if ((expect === 'value or ]' && c === ']') || (expect === 'key or }' && c === '}') || (expect === 'next' && c === (open[open.length - 1] === '{' ? '}' : ']') && open.length > 0)) {
			open.pop();
			at++;
			expect = 'next';
		} else if (expect === 'value' || expect === 'value or ]') {
			if (c === '{' || c === '[') {
				open.push(c);
				at++;
				expect = c === '{' ? 'key or }' : 'value or ]';
			} else if (token(VALUE_TOKEN)) {
				expect = 'next';
			} else {
				return at;
			}
		} else if (expect === 'key' || expect === 'key or }') {
			if (!token(STRING_TOKEN)) {
				return at;
			}
			expect = ':';
		} else if (expect === ':' && c === ':') {
			at++;
			expect = 'value';
		} else if (expect === 'next' && c === ',' && open.length > 0) {
			at++;
			expect = open[open.length - 1] === '{' ? 'key' : 'value';
		} else {
			return at;
		}
	}
}

/** `value` as an object with a "text" string, or why it is not one. */
export function textObject(value: unknown): { ok: true; record: Record<string, unknown>; text: string } | { ok: false; message: string } {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return { ok: false, message: 'not a JSON object' };
	}
	const record = value as Record<string, unknown>;
	if (typeof record.text !== 'string') {
		return { ok: false, message: 'no "text" string' };
	}
	return { ok: true, record, text: record.text };
}

/**
 * Reads the spans of `list` (named `key` in messages) into `spans`, what cannot be read into
 * `problems`; `statusOf` gives each its status (none: left out, the caller said why). Nothing when
 * `list` is absent (or null); a problem
 * when it is there but not an array.
 */
export function readSpanList(
	list: unknown,
	key: string,
	statusOf: (item: unknown, index: number) => JsonlSpan['status'] | undefined,
	spans: JsonlSpan[],
	problems: string[],
	extraOf: (item: unknown) => JsonlSpan['extra'] = () => undefined,
): void {
	if (list === undefined || list === null) {
		return;
	}
	if (!Array.isArray(list)) {
		problems.push(`"${key}": ${shortJson(list)} is not a list of spans`);
		return;
	}
	list.forEach((item, index) => {
		const span = spanOf(item);
		const status = statusOf(item, index);
		if (typeof span === 'string') {
			problems.push(`${key}[${index}]: ${span}`);
		} else if (status !== undefined) {
			const extra = extraOf(item);
			spans.push({ ...span, status, ...(extra === undefined ? {} : { extra }) });
		}
	});
}

/** Reads one line; `unit` is used when the line does not say its offsets' unit. */
export function readJsonlLine(line: string, unit: OffsetUnit): JsonlLine {
	const parsed = parseTextObject(line);
	if (!parsed.ok) {
		return parsed;
	}
	const { record } = parsed;
	const declared = record.offsets;
	if (declared !== undefined && declared !== 'codepoint' && declared !== 'utf16') {
		return { ok: false, message: `"offsets" is ${shortJson(declared)}, not "codepoint" nor "utf16"` };
	}
	const listKeys = ['label', 'entities', 'labels'];
	const listKey = listKeys.find((key) => Array.isArray(record[key]));
	const statuses = Array.isArray(record.status) ? (record.status as unknown[]) : [];
	const problems: string[] = [];
	const spans: JsonlSpan[] = [];
	// a status this reader does not know (a «rejected» another tool wrote there) is not taken for accepted
	const statusList = record.status === undefined || record.status === null || Array.isArray(record.status);
	if (!statusList) {
		problems.push(`"status": ${shortJson(record.status)} is not a list (one status per span of "${listKey ?? 'label'}")`);
	}
	statuses.forEach((status, index) => {
		if (status !== undefined && status !== null && status !== 'accepted' && status !== 'suggested') {
			problems.push(`"status"[${index}]: ${shortJson(status)} is neither "accepted" nor "suggested" (rejected spans go in "rejected")`);
		}
	});
	const statusOf = (_: unknown, index: number): JsonlSpan['status'] | undefined => {
		const status = statuses[index] ?? 'accepted';
		return statusList && (status === 'accepted' || status === 'suggested') ? status : undefined;
	};
	if (listKey !== undefined) {
		readSpanList(record[listKey], listKey, statusOf, spans, problems);
	}
	// spans in a list not read are said, not dropped without a word
	for (const key of listKeys.filter((other) => other !== listKey && record[other] !== undefined && record[other] !== null)) {
		problems.push(listKey === undefined ? `"${key}": ${shortJson(record[key])} is not a list of spans` : `"${key}": another list of spans beside "${listKey}", which is the one read`);
	}
	if (record.spans !== undefined && record.spans !== null) {
		problems.push('"spans": Prodigy\'s list of spans, which --format prodigy reads (its examples\' answers with them)');
	}
	readSpanList(record.rejected, 'rejected', () => 'rejected', spans, problems);
	return {
		ok: true,
		text: parsed.text,
		...(typeof record.document === 'string' ? { document: record.document } : {}),
		offsets: declared ?? unit,
		offsetsDeclared: declared !== undefined,
		spans: withKeyedDetails(record, spans, problems),
		problems,
	};
}

/** `spans` with the notes and authors the line's `notes` and `authors` give them by place and type. */
function withKeyedDetails(record: Record<string, unknown>, spans: readonly JsonlSpan[], problems: string[]): JsonlSpan[] {
	const details = new Map<string, { note?: string; author?: string }>();
	const keyOf = (start: unknown, end: unknown, type: unknown) => JSON.stringify([start, end, type]);
	for (const [key, field] of [['notes', 'note'], ['authors', 'author']] as const) {
		const list = record[key];
		if (list === undefined || list === null) {
			continue;
		}
		if (!Array.isArray(list)) {
			problems.push(`"${key}": ${shortJson(list)} is not a list of [start, end, label, ${field}]`);
			continue;
		}
		list.forEach((item, index) => {
			if (!Array.isArray(item) || item.length !== 4 || typeof item[3] !== 'string') {
				problems.push(`"${key}"[${index}]: ${shortJson(item)} is not [start, end, label, ${field}]`);
				return;
			}
			const place = keyOf(item[0], item[1], item[2]);
			details.set(place, { ...details.get(place), [field]: item[3] });
		});
	}
	return details.size === 0 ? [...spans] : spans.map((span) => ({ ...span, ...details.get(keyOf(span.start, span.end, span.type)) }));
}

function spanOf(item: unknown): { start: number; end: number; type: string; text?: string; note?: string; author?: string } | string {
	let start: unknown;
	let end: unknown;
	let type: unknown;
	let text: unknown;
	let note: unknown;
	let author: unknown;
	if (Array.isArray(item)) {
		[start, end, type] = item;
	} else if (typeof item === 'object' && item !== null) {
		const record = item as Record<string, unknown>;
		start = record.start_offset ?? record.start;
		end = record.end_offset ?? record.end;
		type = record.label ?? record.type;
		text = record.text;
		// Prodigy spans of our export (and Label Studio regions, their meta.text) carry them
		note = record.note;
		author = record.author;
	} else {
		return 'not [start, end, label] nor an object with start_offset, end_offset and label';
	}
	if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || typeof type !== 'string' || type.length === 0) {
		return `${shortJson(item)} is not [start, end, label] with whole numbers and a label`;
	}
	return {
		start: start as number,
		end: end as number,
		type,
		...(typeof text === 'string' ? { text } : {}),
		...(typeof note === 'string' && note.length > 0 ? { note } : {}),
		...(typeof author === 'string' && author.length > 0 ? { author } : {}),
	};
}

/**
 * A value of the line for a message, cut short. JSON.parse reads nesting as deep as the line
 * holds, JSON.stringify recurses and overflows the stack on it (and the whole file was lost).
 */
export function shortJson(value: unknown): string {
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

/**
 * The unit a record's offsets are in, told by the spans' own text (Label Studio, Prodigy): the one
 * of the two in which every span that gives its text finds it at its offsets, when only one does.
 * Undefined when the units agree (no character outside the BMP), no span gives its text, or
 * neither or both fit; the spans' texts are then checked in the unit the record is read in.
 */
export function unitOfSpanTexts(text: string, spans: readonly JsonlSpan[]): OffsetUnit | undefined {
	const converter = new OffsetConverter(text);
	if (converter.isIdentity || !spans.some((span) => span.text !== undefined)) {
		return undefined;
	}
	const codePoints = spanTextsFit(text, spans, 'codepoint', converter);
	return codePoints === spanTextsFit(text, spans, 'utf16', converter) ? undefined : codePoints ? 'codepoint' : 'utf16';
}

/** True when every span that gives its text finds it in `text` at its offsets read in `unit`. */
export function spanTextsFit(text: string, spans: readonly JsonlSpan[], unit: OffsetUnit, converter = new OffsetConverter(text)): boolean {
	return spans.every((span) => {
		if (span.text === undefined) {
			return true;
		}
		const length = unit === 'utf16' ? text.length : converter.codePointLength;
		if (!(span.start >= 0 && span.start <= span.end && span.end <= length)) {
			return false;
		}
		const at = (offset: number) => (unit === 'utf16' ? offset : converter.toUtf16(offset));
		return text.slice(at(span.start), at(span.end)) === span.text;
	});
}
