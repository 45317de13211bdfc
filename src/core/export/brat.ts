/**
 * brat standoff (`.ann`), for the `.txt` beside it that holds the article text as brat reads it,
 * `bratText(text)` (UTF-8, no byte order mark: brat counts a BOM as a character):
 *
 *     T1<TAB>PER 120 142<TAB>Mohamed Saleh Benbicha
 *     #1<TAB>AnnotatorNotes T1<TAB>the person's note
 *
 * - Offsets are Unicode code points, end exclusive, into the text as brat reads it: Python strings,
 *   from a `.txt` opened with universal newlines (brat's `open_textfile`, mode `rU`), so a CRLF
 *   line end counts one character (nlplab/brat#853). `bratText` is that text (CRLF and a lone CR
 *   become LF), written as the `.txt` so that readers without universal newlines agree too.
 * - brat reads the `.ann` line by line (Python `splitlines`), so an entity's text may not contain
 *   a line break. An entity that spans one is written as brat itself writes a selection across
 *   lines: a discontinuous annotation with one fragment per line, `T1<TAB>ORG 10 25;26 40<TAB>…`,
 *   the text being the fragments joined by one space (brat's `DISCONT_SEP`). White space next to
 *   the break is left out of the fragments.
 * - Entities are numbered T1, T2… in text order; overlapping and nested entities are all written
 *   (brat shows them).
 * - With rejected annotations or suggestions included, every entity gets a status attribute,
 *   `A1<TAB>Status T1 rejected` (accepted, suggested or rejected); `bratAnnotationConf` declares it.
 * - Notes become `AnnotatorNotes`, on one line.
 * - Type names are single words (`safeTypeName`); the label set's names are unchanged.
 */

import { collectSpans, safeTypeName, statsOf, typeNameWarnings } from './spans';
import type { ExportInput, ExportResult, ExportStatus, ExportWarning, SelectionOptions } from './types';
import { quoteForMessage } from '../sidecar/model';
import { countBelow } from '../unicode';

export type BratOptions = SelectionOptions;

/** The name of the status attribute written with `includeRejected` or `includeSuggestions`. */
export const BRAT_STATUS_ATTRIBUTE = 'Status';

/**
 * Characters that end a line for brat's reader (Python `str.splitlines`): LF, CR, VT, FF, FS, GS,
 * RS, NEL, LS, PS. None may appear inside an `.ann` line.
 */
const LINE_BREAK = /[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/u;
const LINE_BREAKS = /[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+/gu;

/** Exports one article's entities as a brat `.ann` file. */
export function exportBrat(input: ExportInput, options: BratOptions = {}): ExportResult {
	const collected = collectSpans(input, options);
	const { converter } = collected;
	const text = typeof input.text === 'string' ? input.text : '';
	const warnings: ExportWarning[] = [...collected.warnings, ...typeNameWarnings(collected.spans, 'brat')];
	const withStatus = options.includeRejected === true || options.includeSuggestions === true;
	// UTF-16 offsets of the CR of each CRLF: brat reads the pair as one LF. No offset written falls
	// between a CR and its LF (fragments end before a line break and start after it).
	const crlf: number[] = [];
	for (let at = text.indexOf('\r\n'); at >= 0; at = text.indexOf('\r\n', at + 2)) {
		crlf.push(at);
	}
	const bratOffset = (offset: number) => converter.toCodePoint(offset) - countBelow(crlf, offset);
	const lines: string[] = [];
	let attribute = 0;
	let note = 0;
	const written: typeof collected.spans = [];
	for (const span of collected.spans) {
		const fragments = fragmentsOf(text, span.start, span.end);
		if (fragments.length === 0) {
			warnings.push({ code: 'invalid', message: `${span.type} ${quoteForMessage(span.text)} is only line breaks and spaces; left out`, ...(span.id === undefined ? {} : { id: span.id }) });
			continue;
		}
		written.push(span);
		const id = `T${written.length}`;
		if (fragments.length > 1) {
			warnings.push({
				code: 'fragments',
				message: `${span.type} ${quoteForMessage(span.text)} spans a line break; written as ${fragments.length} fragments (${id})`,
				...(span.id === undefined ? {} : { id: span.id }),
			});
		}
		const offsets = fragments.map(([start, end]) => `${bratOffset(start)} ${bratOffset(end)}`).join(';');
		const quote = fragments.map(([start, end]) => text.slice(start, end)).join(' ');
		lines.push(`${id}\t${safeTypeName(span.type)} ${offsets}\t${quote}`);
		if (withStatus) {
			lines.push(`A${++attribute}\t${BRAT_STATUS_ATTRIBUTE} ${id} ${span.status}`);
		}
		if (span.note !== undefined) {
			lines.push(`#${++note}\tAnnotatorNotes ${id}\t${oneLineNote(span.note)}`);
		}
	}
	const dropped = collected.spans.length - written.length;
	return { content: lines.map((line) => line + '\n').join(''), warnings, stats: statsOf(written, collected, dropped) };
}

/**
 * The text as brat reads a `.txt` (universal newlines: CRLF and a lone CR become LF), which the
 * offsets of `exportBrat` count; write it as the `.txt` beside the `.ann`.
 */
export function bratText(text: string): string {
	return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * [start, end) cut at line breaks into the parts between them (UTF-16 offsets), white space next
 * to a break left out, empty parts dropped. One part when there is no break; none when the span
 * is only line breaks and white space.
 */
export function fragmentsOf(text: string, start: number, end: number): Array<[number, number]> {
	const slice = text.slice(start, end);
	if (!LINE_BREAK.test(slice)) {
		return [[start, end]];
	}
	const fragments: Array<[number, number]> = [];
	let from = 0;
	const push = (partStart: number, partEnd: number, trimStart: boolean, trimEnd: boolean) => {
		let s = partStart;
		let e = partEnd;
		while (trimStart && s < e && /\s/u.test(slice[s])) s++;
		while (trimEnd && e > s && /\s/u.test(slice[e - 1])) e--;
		if (e > s) fragments.push([start + s, start + e]);
	};
	for (const match of slice.matchAll(LINE_BREAKS)) {
		const at = match.index ?? 0;
		push(from, at, from > 0, true);
		from = at + match[0].length;
	}
	push(from, slice.length, true, false);
	return fragments;
}

/** A note on one line: line breaks and tabs become spaces. */
function oneLineNote(note: string): string {
	return note.replace(/[\t\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+/gu, ' ');
}

/** The first line of the `annotation.conf` we write: a file starting with it is ours to update. */
export const BRAT_CONF_HEADER = '# brat configuration written by Article Annotator (export --format brat).';

/**
 * What an `annotation.conf` we wrote declares (entity types, the status attribute); undefined
 * when it is not ours (no header of ours on its first line): that one is the person's.
 */
export function readOwnBratAnnotationConf(content: string): { types: string[]; withStatus: boolean } | undefined {
	return content.split(/\r\n|\r|\n/)[0] === BRAT_CONF_HEADER ? readBratAnnotationConf(content) : undefined;
}

/**
 * What any `annotation.conf` declares: the entity types (nested ones too, an abstract `!Type`'s
 * name without its `!`) and whether it has our status attribute.
 */
export function readBratAnnotationConf(content: string): { types: string[]; withStatus: boolean } {
	const types: string[] = [];
	let withStatus = false;
	let section = '';
	for (const raw of content.split(/\r\n|\r|\n/)) {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) {
			continue;
		}
		if (/^\[.*\]$/.test(line)) {
			section = line;
		} else if (section === '[entities]') {
			types.push(line.split(/\s/)[0].replace(/^!/, ''));
		} else if (section === '[attributes]' && line.split(/\s/)[0] === BRAT_STATUS_ATTRIBUTE) {
			withStatus = true;
		}
	}
	return { types, withStatus };
}

/**
 * An `annotation.conf` for a brat collection of exported articles: the entity types, overlaps
 * allowed (exports may hold nested entities), and the status attribute when statuses are written.
 */
export function bratAnnotationConf(types: Iterable<string>, options: { withStatus?: boolean } = {}): string {
	const names = [...new Set([...types].map(safeTypeName))].sort();
	const statuses: ExportStatus[] = ['accepted', 'suggested', 'rejected'];
	return [
		BRAT_CONF_HEADER,
		'[entities]',
		...names,
		'',
		'[relations]',
		'<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
		'',
		'[events]',
		'',
		'[attributes]',
		...(options.withStatus ? [`${BRAT_STATUS_ATTRIBUTE}\tArg:<ENTITY>, Value:${statuses.join('|')}`] : []),
		'',
	].join('\n');
}
