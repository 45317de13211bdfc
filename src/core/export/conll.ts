/**
 * CoNLL / BIO (IOB2): one token per line, `token<TAB>B-PER`, a blank line after each sentence.
 *
 * - **Tokens** come from the detector's tokeniser (`scanTokens`, what `tokenize` returns), so the export sees the same units
 *   the model does: words of one script, every punctuation mark and apostrophe on its own
 *   (French elisions «l’Algérie» are already `l` `’` `Algérie`), a URL as one token. Arabic
 *   proclitics stay inside the word: «والجزائر» is one token.
 * - **Entity boundaries inside a token** (an entity «الجزائر» inside the token «والجزائر», or any
 *   hand-made span that starts or ends inside a word): with `split: 'entity'` (the default) the
 *   token is split at the boundary, `و<TAB>O` then `الجزائر<TAB>B-LOC`, so the export is lossless:
 *   reading it back (`readConllSpans`) gives exactly the exported spans. With `split: 'token'` the
 *   whole token is tagged (`والجزائر<TAB>B-LOC`): the tokens are the tokeniser's, but the spans
 *   grow to token edges; one warning counts the entities affected.
 * - **Sentences** are the detector's chunks (`chunkBoundaries` in `chunking.ts`): a line, or a
 *   sentence inside a line (a `.`, `!`, `?`, `؟`, `…` followed by a space and something that can
 *   open a sentence; abbreviations such as «M.», «Dr.» and initials do not end one), a run of three
 *   spaces or a tab, and at most a few thousand characters. A sentence boundary that falls inside an
 *   exported entity is dropped (the two sentences are written as one), so no entity is ever cut.
 * - **Overlapping or nested entities** cannot be expressed in flat BIO: accepted entities win over
 *   suggestions, then the longest, then the first; each one left out is reported (`overlap`).
 * - **Statuses**: the tag column holds the accepted entities, plus the suggestions with
 *   `includeSuggestions` (CoNLL cannot mark them as such; use JSONL, brat or W3C to keep the
 *   status). With `includeRejected`, a column before the tag column holds the rejected spans, in
 *   BIO with the type marked (`B-DATE:rejected`), so the tag column stays the last one (where
 *   CoNLL readers, ours included, take the tag from) and still only says what is an entity; our
 *   import reads the marked column back as rejected decisions (`REJECTED_SUFFIX`).
 * - `docstart` writes `-DOCSTART-<TAB>O` and a blank line first (CoNLL-2003 style), to separate
 *   articles in one file. The line carries the article's file name in a last field,
 *   `-DOCSTART-<TAB>O<TAB># document = a.txt` (`documentField`), so import can give each part
 *   of a corpus-wide file back to its article. On that line, not on a comment line of its own:
 *   readers that skip document separators skip the whole line (Hugging Face's CoNLL-2003 script
 *   skips every line starting with `-DOCSTART-`, AllenNLP every line whose first field is it),
 *   where a `#` line is a token to most NER readers (comments are CoNLL-U's, and optional in
 *   flair); readers that map columns (flair) or cut rows to the shortest (spaCy's converter) still
 *   read the `O`. A name a line cannot hold (a tab, a line break, spaces at its ends) is left out.
 */

import { chunkBoundaries } from '../chunking';
import { countBelow } from '../unicode';
import { isTokenGapRange, scanTokens } from '../detect/tokenize';
import { quoteForMessage } from '../sidecar/model';
import { collectSpans, compareSpans, safeTypeName, statsOf, typeNameWarnings } from './spans';
import type { ExportInput, ExportResult, ExportSpan, ExportWarning, SelectionOptions } from './types';

export interface ConllOptions extends SelectionOptions {
	/** `entity` (default): split tokens at entity boundaries (lossless); `token`: tag whole tokens (lossy). */
	readonly split?: 'entity' | 'token';
	/** Start with a `-DOCSTART-` line and a blank line. */
	readonly docstart?: boolean;
}

export const DOCSTART = '-DOCSTART-';

/** The field of a `-DOCSTART-` line naming the article: `# document = a.txt`. */
const DOCUMENT_FIELD = /(?:^|\s)#\s*document\s*=\s*(\S(?:.*\S)?)\s*$/u;

/** The last field of the `-DOCSTART-` line naming `document`; undefined when one line cannot hold the name. */
export function documentField(document: string): string | undefined {
	return document.length === 0 || /[\u0000-\u001f\u007f\u2028\u2029]/u.test(document) || document.trim() !== document ? undefined : `# document = ${document}`;
}

/** The article a `-DOCSTART-` line names (see `documentField`); undefined when it names none. */
export function documentNamed(docstartLine: string): string | undefined {
	return DOCUMENT_FIELD.exec(docstartLine)?.[1];
}

/** Ends the type of each tag of the rejected column (`B-DATE:rejected`), which import recognises. */
export const REJECTED_SUFFIX = ':rejected';

/** Tokens or token pieces: parallel arrays of UTF-16 offsets (few allocations on long articles). */
interface Pieces {
	readonly starts: number[];
	readonly ends: number[];
}

/** Exports one article as CoNLL / BIO (IOB2). */
export function exportConll(input: ExportInput, options: ConllOptions = {}): ExportResult {
	const collected = collectSpans(input, options);
	const text = typeof input.text === 'string' ? input.text : '';
	const { converter } = collected;
	const warnings: ExportWarning[] = [...collected.warnings, ...typeNameWarnings(collected.spans, 'CoNLL')];
	const where = (span: ExportSpan) => `${span.status} ${span.type} ${quoteForMessage(span.text)} at ${converter.toCodePoint(span.start)}-${converter.toCodePoint(span.end)}`;

	const entityLayer = flatten(collected.spans.filter((span) => span.status !== 'rejected'));
	const rejectedLayer = options.includeRejected ? flatten(collected.spans.filter((span) => span.status === 'rejected')) : { kept: [], dropped: [] };
	const dropped: ExportSpan[] = [];
	for (const { span, by } of [...entityLayer.dropped, ...rejectedLayer.dropped]) {
		dropped.push(span);
		warnings.push({ code: 'overlap', message: `${where(span)} overlaps ${where(by)}; left out (flat BIO has one entity per token)`, ...(span.id === undefined ? {} : { id: span.id }) });
	}

	const lossless = options.split !== 'token';
	const allKept = [...entityLayer.kept, ...rejectedLayer.kept].sort(compareSpans);
	// The tokeniser's own scan (`tokenize` without the per-token objects); language-independent.
	const tokens: Pieces = { starts: [], ends: [] };
	scanTokens(text, 0, text.length, (start, end) => {
		tokens.starts.push(start);
		tokens.ends.push(end);
	});
	const pieces = lossless ? splitTokens(tokens, cutPoints(allKept)) : tokens;
	if (!lossless) {
		const inside = countInsideTokens(allKept, tokens);
		if (inside > 0) {
			warnings.push({ code: 'inside-token', message: `${inside} entit${inside === 1 ? 'y starts or ends' : 'ies start or end'} inside a token; whole tokens tagged (split: token is lossy)` });
		}
	}

	// The rejected column comes first: the tag column must stay the last, where readers look for
	// the tag (as a third column, an import read the rejected spans as the accepted ones).
	const columns = [tagPieces(pieces, entityLayer.kept)];
	if (options.includeRejected) {
		columns.unshift(tagPieces(pieces, rejectedLayer.kept, REJECTED_SUFFIX));
	}
	const written = new Set<ExportSpan>();
	for (const column of columns) {
		for (const span of column.untagged) {
			dropped.push(span);
			warnings.push({ code: 'no-token', message: `${where(span)} gets no token of its own (only spaces, or a token shared with another entity); left out`, ...(span.id === undefined ? {} : { id: span.id }) });
		}
		for (const span of column.tagged) {
			written.add(span);
		}
	}

	const out: string[] = [];
	if (options.docstart) {
		const named = input.document === undefined ? undefined : documentField(input.document);
		if (input.document !== undefined && named === undefined) {
			warnings.push({ code: 'document-name', message: `the file name ${quoteForMessage(input.document)} cannot be written on the ${DOCSTART} line (a control character, or spaces at its ends); left out, so import cannot tell this article apart` });
		}
		out.push(`${[DOCSTART, ...columns.map(() => 'O'), ...(named === undefined ? [] : [named])].join('\t')}\n\n`);
	}
	const sentenceEnds = sentenceBoundaries(text, allKept);
	let sentence = 0;
	let inSentence = false;
	for (let index = 0; index < pieces.starts.length; index++) {
		const pieceStart = pieces.starts[index];
		let closed = false;
		while (sentence < sentenceEnds.length && pieceStart >= sentenceEnds[sentence]) {
			sentence++;
			closed = true;
		}
		if (closed && inSentence) {
			out.push('\n');
		}
		out.push(text.slice(pieceStart, pieces.ends[index]));
		for (const column of columns) {
			out.push('\t', column.tags[index]);
		}
		out.push('\n');
		inSentence = true;
	}
	if (inSentence) {
		out.push('\n');
	}
	return { content: out.join(''), warnings, stats: statsOf([...written].sort(compareSpans), collected, dropped.length) };
}

/**
 * Keeps a set of non-overlapping spans: accepted before suggested (before rejected), then the
 * longest, then the first. Each span left out comes with one kept span it overlaps.
 * O(n log n): kept spans never overlap, so each elementary segment is covered at most once.
 */
function flatten(spans: readonly ExportSpan[]): { kept: ExportSpan[]; dropped: Array<{ span: ExportSpan; by: ExportSpan }> } {
	const priority = (span: ExportSpan) => (span.status === 'accepted' ? 0 : span.status === 'suggested' ? 1 : 2);
	const ordered = [...spans].sort((a, b) => priority(a) - priority(b) || b.end - b.start - (a.end - a.start) || compareSpans(a, b));
	const points = [...new Set(spans.flatMap((span) => [span.start, span.end]))].sort((a, b) => a - b);
	const segmentOf = (offset: number) => countBelow(points, offset);
	const covered = new Fenwick(Math.max(points.length, 1));
	const owner: Array<ExportSpan | undefined> = new Array(points.length);
	const kept: ExportSpan[] = [];
	const dropped: Array<{ span: ExportSpan; by: ExportSpan }> = [];
	for (const span of ordered) {
		const from = segmentOf(span.start);
		const to = segmentOf(span.end);
		if (covered.sum(to) - covered.sum(from) > 0) {
			let by: ExportSpan | undefined;
			for (let segment = from; segment < to && by === undefined; segment++) {
				by = owner[segment];
			}
			dropped.push({ span, by: by ?? span });
			continue;
		}
		for (let segment = from; segment < to; segment++) {
			covered.add(segment, 1);
			owner[segment] = span;
		}
		kept.push(span);
	}
	kept.sort(compareSpans);
	dropped.sort((a, b) => compareSpans(a.span, b.span));
	return { kept, dropped };
}

/** Starts and ends of spans, sorted, without repeats: where tokens are cut in lossless mode. */
function cutPoints(spans: readonly ExportSpan[]): number[] {
	return [...new Set(spans.flatMap((span) => [span.start, span.end]))].sort((a, b) => a - b);
}

function splitTokens(tokens: Pieces, cuts: readonly number[]): Pieces {
	const pieces: Pieces = { starts: [], ends: [] };
	let cut = 0;
	for (let token = 0; token < tokens.starts.length; token++) {
		const start = tokens.starts[token];
		const end = tokens.ends[token];
		let from = start;
		while (cut < cuts.length && cuts[cut] <= start) {
			cut++;
		}
		for (; cut < cuts.length && cuts[cut] < end; cut++) {
			pieces.starts.push(from);
			pieces.ends.push(cuts[cut]);
			from = cuts[cut];
		}
		pieces.starts.push(from);
		pieces.ends.push(end);
	}
	return pieces;
}

function countInsideTokens(spans: readonly ExportSpan[], tokens: Pieces): number {
	const inside = (offset: number) => {
		const index = countBelow(tokens.starts, offset + 1) - 1;
		return index >= 0 && tokens.starts[index] < offset && offset < tokens.ends[index];
	};
	return spans.filter((span) => inside(span.start) || inside(span.end)).length;
}

/**
 * BIO tags of one layer (non-overlapping spans sorted by start). A piece overlapping a span is
 * tagged with it (in lossless mode a piece is either inside a span or outside it; in token mode a
 * token touching two spans goes to the first). A span that gets no piece is `untagged`.
 */
function tagPieces(pieces: Pieces, spans: readonly ExportSpan[], suffix = ''): { tags: string[]; tagged: ExportSpan[]; untagged: ExportSpan[] } {
	const count = pieces.starts.length;
	const tags: string[] = new Array(count);
	const hasPiece = new Set<ExportSpan>();
	const tagNames = new Map<string, readonly [string, string]>();
	let index = 0;
	let previous: ExportSpan | undefined;
	for (let p = 0; p < count; p++) {
		const pieceStart = pieces.starts[p];
		const pieceEnd = pieces.ends[p];
		while (index < spans.length && spans[index].end <= pieceStart) {
			index++;
		}
		const span = index < spans.length && spans[index].start < pieceEnd ? spans[index] : undefined;
		if (span === undefined) {
			tags[p] = 'O';
			previous = undefined;
			continue;
		}
		let names = tagNames.get(span.type);
		if (names === undefined) {
			const type = safeTypeName(span.type);
			names = [`B-${type}${suffix}`, `I-${type}${suffix}`];
			tagNames.set(span.type, names);
		}
		tags[p] = names[span === previous ? 1 : 0];
		hasPiece.add(span);
		previous = span;
		// Token mode: a token reaching into the next span stays with this one; the next span
		// starts at the following token (or gets none if it ends inside this token).
		if (span.end <= pieceEnd) {
			index++;
		}
	}
	return { tags, tagged: spans.filter((span) => hasPiece.has(span)), untagged: spans.filter((span) => !hasPiece.has(span)) };
}

/**
 * Sentence ends (exclusive UTF-16 offsets, ascending): the detector's chunk boundaries, except
 * those strictly inside an exported span.
 */
function sentenceBoundaries(text: string, spans: readonly ExportSpan[]): number[] {
	const boundaries = chunkBoundaries(text).slice(1);
	const removed = new Uint8Array(boundaries.length);
	for (const span of spans) {
		for (let index = countBelow(boundaries, span.start + 1); index < boundaries.length && boundaries[index] < span.end; index++) {
			removed[index] = 1;
		}
	}
	return boundaries.filter((_, index) => removed[index] === 0);
}


/** Prefix sums with point updates. */
class Fenwick {
	private readonly tree: Int32Array;
	constructor(size: number) {
		this.tree = new Int32Array(size + 1);
	}
	add(index: number, delta: number): void {
		for (let i = index + 1; i < this.tree.length; i += i & -i) {
			this.tree[i] += delta;
		}
	}
	/** Sum of [0, end). */
	sum(end: number): number {
		let total = 0;
		for (let i = Math.min(end, this.tree.length - 1); i > 0; i -= i & -i) {
			total += this.tree[i];
		}
		return total;
	}
}

// ---------------------------------------------------------------------------------------------
// Reading CoNLL back (round-trip checks, and for tools that want spans from a CoNLL file)

export interface ConllToken {
	readonly text: string;
	/** The columns after the token. */
	readonly tags: readonly string[];
}

/** Sentences of a CoNLL file: tokens with their tag columns. `-DOCSTART-` lines are skipped. */
export function parseConll(content: string): ConllToken[][] {
	const sentences: ConllToken[][] = [];
	let current: ConllToken[] = [];
	for (const rawLine of content.split('\n')) {
		const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
		if (line.trim().length === 0) {
			if (current.length > 0) {
				sentences.push(current);
				current = [];
			}
			continue;
		}
		const [token, ...tags] = line.split('\t');
		if (token === DOCSTART) {
			continue;
		}
		current.push({ text: token, tags });
	}
	if (current.length > 0) {
		sentences.push(current);
	}
	return sentences;
}

export interface ConllSpan {
	/** UTF-16 offsets into the text the tokens were found in. */
	readonly start: number;
	readonly end: number;
	readonly type: string;
}

export type ReadConllResult = { readonly ok: true; readonly spans: ConllSpan[] } | { readonly ok: false; readonly message: string };

/**
 * The spans of one BIO column (`column` 0 is the first tag column), placed in `text` by finding
 * each token after the previous one with only what the tokeniser skips between (tokens of a
 * lossless export are exact slices of the text). IOB2, read leniently: an `I-X` without a `B-X`
 * before it starts an entity.
 */
export function readConllSpans(content: string, text: string, column = 0): ReadConllResult {
	const spans: ConllSpan[] = [];
	let cursor = 0;
	let open: { start: number; end: number; type: string } | undefined;
	const close = () => {
		if (open !== undefined) {
			spans.push(open);
			open = undefined;
		}
	};
	for (const sentence of parseConll(content)) {
		for (const token of sentence) {
			const at = text.indexOf(token.text, cursor);
			if (at < 0 || !isTokenGapRange(text, cursor, at)) {
				return { ok: false, message: `token ${quoteForMessage(token.text)} not found at UTF-16 offset ${cursor} of the text` };
			}
			cursor = at + token.text.length;
			const tag = token.tags[column] ?? 'O';
			const match = /^([BI])-(.+)$/.exec(tag);
			if (match === null) {
				close();
				continue;
			}
			const [, prefix, type] = match;
			if (prefix === 'I' && open !== undefined && open.type === type) {
				open.end = cursor;
				continue;
			}
			close();
			open = { start: at, end: cursor, type };
		}
		close();
	}
	close();
	return { ok: true, spans };
}
