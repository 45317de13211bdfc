/**
 * Reading brat standoff (`.ann`) back: the entities a person annotated in brat (or exported from
 * here) become decisions for the article's sidecar. The counterpart of `export/brat.ts`:
 *
 * - Offsets are code points into the text as brat reads it (universal newlines: a CRLF counts one
 *   character), so they are mapped onto the article as we hold it (CRLF kept), then checked
 *   against the text brat wrote for the entity; one that does not match is not imported.
 * - A discontinuous entity whose fragments are separated by line breaks and spaces only (how
 *   brat, and our export, write a selection across lines) is one span again; other
 *   discontinuous entities cannot be held by a sidecar and are reported.
 * - `AnnotatorNotes` become notes; the `Status` attribute our export writes decides the status
 *   (`suggested` entities are not decisions and are left out). Relations, events, other
 *   attributes and normalisations are counted and reported, not imported.
 */

import { bratText } from '../export/brat';
import { quoteForMessage } from '../sidecar/model';
import { countBelow, OffsetConverter } from '../unicode';
import type { ImportSpan } from './spans';

/** One entity line of an `.ann` (`T1<TAB>PER 10 20;21 30<TAB>text`). */
export interface BratEntity {
	readonly id: string;
	readonly type: string;
	/** Fragments in brat's offsets (code points of the text with universal newlines). */
	readonly fragments: ReadonlyArray<readonly [number, number]>;
	readonly text: string;
	/** 1-based line in the `.ann`. */
	readonly line: number;
}

export interface BratProblem {
	/** 1-based line in the `.ann`, when the problem is about one line. */
	readonly line?: number;
	readonly message: string;
}

export interface ParsedBrat {
	readonly entities: readonly BratEntity[];
	/** Entity id → its note (several notes joined by a space). */
	readonly notes: ReadonlyMap<string, string>;
	/** Entity id → the value of its `Status` attribute. */
	readonly statuses: ReadonlyMap<string, string>;
	/** Lines that are not entities and are not imported, by kind (relations, events…). */
	readonly ignored: ReadonlyMap<string, number>;
	/** Lines that could not be read. */
	readonly problems: readonly BratProblem[];
}

const IGNORED_KINDS: Record<string, string> = { R: 'relations', E: 'events', A: 'attributes', M: 'attributes', N: 'normalisations', '*': 'equivalences', '#': 'comments' };

/** Reads the lines of an `.ann` file. Never throws: what cannot be read is in `problems`. */
export function parseBratAnnotations(content: string): ParsedBrat {
	const entities: BratEntity[] = [];
	const notes = new Map<string, string>();
	const statuses = new Map<string, string>();
	const ignored = new Map<string, number>();
	const problems: BratProblem[] = [];
	const ignore = (kind: string) => ignored.set(kind, (ignored.get(kind) ?? 0) + 1);
	// brat reads the file with Python's universal newlines: a CR alone ends a line too
	const lines = content.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
	lines.forEach((raw, index) => {
		const line = index + 1;
		if (raw.trim() === '') {
			return;
		}
		const fields = raw.split('\t');
		const id = fields[0];
		const kind = id[0];
		if (kind === 'T') {
			const entity = readEntity(fields, line);
			if (typeof entity === 'string') {
				problems.push({ line, message: entity });
			} else {
				entities.push(entity);
			}
			return;
		}
		if (kind === '#') {
			const [what, target] = (fields[1] ?? '').split(' ');
			if (what === 'AnnotatorNotes' && target && fields.length >= 3) {
				const note = fields.slice(2).join(' ');
				notes.set(target, notes.has(target) ? `${notes.get(target)} ${note}` : note);
			} else {
				ignore(IGNORED_KINDS['#']);
			}
			return;
		}
		if (kind === 'A' || kind === 'M') {
			const [name, target, value] = (fields[1] ?? '').split(' ');
			if (name === 'Status' && target && value) {
				statuses.set(target, value);
			} else {
				ignore(IGNORED_KINDS[kind]);
			}
			return;
		}
		if (kind in IGNORED_KINDS) {
			ignore(IGNORED_KINDS[kind]);
			return;
		}
		problems.push({ line, message: `not a brat annotation line (${quoteForMessage(raw)})` });
	});
	return { entities, notes, statuses, ignored, problems };
}

function readEntity(fields: readonly string[], line: number): BratEntity | string {
	if (fields.length < 3) {
		return 'an entity line needs three tab-separated fields: id, «TYPE START END», text';
	}
	const [id, typeAndOffsets] = fields;
	const text = fields.slice(2).join('\t');
	const space = typeAndOffsets.indexOf(' ');
	if (space <= 0) {
		return `${id}: no offsets after the type`;
	}
	const type = typeAndOffsets.slice(0, space);
	const fragments: Array<[number, number]> = [];
	for (const part of typeAndOffsets.slice(space + 1).split(';')) {
		const match = /^\s*(\d{1,15})\s+(\d{1,15})\s*$/.exec(part);
		if (!match) {
			return `${id}: ${quoteForMessage(part)} is not «START END»`;
		}
		const start = Number(match[1]);
		const end = Number(match[2]);
		if (end <= start) {
			return `${id}: the end ${end} is not after the start ${start}`;
		}
		// brat writes fragments in text order; the range check on the first and last relies on it
		const previousEnd = fragments.length > 0 ? fragments[fragments.length - 1][1] : -1;
		if (start < previousEnd) {
			return `${id}: the fragment ${start} ${end} starts before the previous one ends (${previousEnd}); fragments go in text order`;
		}
		fragments.push([start, end]);
	}
	return { id, type, fragments, text, line };
}

/** The entities of a parsed `.ann` as spans of the article `text` (BOM removed; UTF-16 offsets). */
export function bratSpans(text: string, parsed: ParsedBrat, options: { readonly articleHadBom?: boolean } = {}): { spans: ImportSpan[]; skipped: string[] } {
	const asBratReads = bratText(text);
	const converter = new OffsetConverter(asBratReads);
	// where brat's text lost a character: the LF of each CRLF, in its own UTF-16 offsets
	const collapsed: number[] = [];
	let removed = 0;
	for (let at = text.indexOf('\r\n'); at >= 0; at = text.indexOf('\r\n', at + 2)) {
		collapsed.push(at - removed);
		removed++;
	}
	const bom = options.articleHadBom ? 1 : 0;
	// brat's offset (a BOM counted) → UTF-16 offset in `text`
	const toArticle = (bratOffset: number): number => {
		const inBrat = converter.toUtf16(bratOffset - bom);
		return inBrat + countBelow(collapsed, inBrat);
	};
	const spans: ImportSpan[] = [];
	const skipped: string[] = [];
	for (const entity of parsed.entities) {
		const where = `line ${entity.line}: ${entity.id} ${entity.type} ${quoteForMessage(entity.text)}`;
		const skip = (why: string) => skipped.push(`${where}: ${why}`);
		const status = parsed.statuses.get(entity.id) ?? 'accepted';
		if (status !== 'accepted' && status !== 'rejected' && status !== 'suggested') {
			skip(`its Status ${quoteForMessage(status)} is not accepted, rejected or suggested`);
			continue;
		}
		const first = entity.fragments[0][0];
		const last = entity.fragments[entity.fragments.length - 1][1];
		if (first < bom || last - bom > converter.codePointLength) {
			skip(`its offsets ${first}–${last} are outside the text (${converter.codePointLength + bom} characters as brat counts them)`);
			continue;
		}
		const fragments = entity.fragments.map(([s, e]) => [toArticle(s), toArticle(e)] as const);
		const quoted = fragments.map(([s, e]) => bratText(text.slice(s, e))).join(' ');
		if (quoted !== entity.text) {
			skip(`the article reads ${quoteForMessage(quoted)} there: not the same text (another version of the article?)`);
			continue;
		}
		const gaps = fragments.slice(1).map(([s], i) => text.slice(fragments[i][1], s));
		if (gaps.some((gap) => !/^\s*[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]\s*$/u.test(gap))) {
			skip('a discontinuous entity (fragments apart within a line) cannot be held by a sidecar');
			continue;
		}
		const note = parsed.notes.get(entity.id);
		spans.push({ start: toArticle(first), end: toArticle(last), type: entity.type, status, where, ...(note === undefined ? {} : { note }) });
	}
	return { spans, skipped };
}
