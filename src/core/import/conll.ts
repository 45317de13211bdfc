/**
 * Reading CoNLL-style files (one token per line, tag columns, blank line between sentences) back
 * as spans of an article: the tokens are found in order in the article's text (only what the
 * tokeniser skips between them: white space, line breaks, control characters), or the article is
 * written from them (`conllText`: tokens joined by spaces, sentences by line breaks, documents by
 * a blank line), the way `npm run eval` and most tools turn such a file into text.
 *
 * Columns are split at tabs (at runs of spaces when a line has no tab, as CoNLL-2003 writes
 * them); the tag column is the last one unless said otherwise. Tags may be IOB2 (B- I-), IOB1
 * (I- opens an entity, B- only between two of one type), or BILOU/BIOES (U-/S- single, L-/E-
 * last); `-DOCSTART-` and `# ...` comment lines separate documents.
 *
 * Articles: a `-DOCSTART-` line our export wrote names the article that follows it
 * (`-DOCSTART-<TAB>O<TAB># document = a.txt`, see `documentField`); `articlesOfConll` splits a
 * corpus-wide file at those lines, each part for the article it names. A file without names is
 * one part, as before.
 *
 * Rejected decisions: our export with `--include rejected` writes them in a column before the tag
 * column, their types marked (`B-DATE:rejected`). Such a column is read as well, and any tag so
 * marked (in the tag column too, when `--column` names that one) is a rejected decision.
 */

import { isTokenGapRange } from '../detect/tokenize';
import { documentNamed, REJECTED_SUFFIX } from '../export/conll';
import { quoteForMessage } from '../sidecar/model';

const TAG = /^(?:O|[BIESLU][-_].+)$/;

/** A tag of the rejected column of our export. */
function isRejectedTag(tag: string): boolean {
	return tag.endsWith(REJECTED_SUFFIX) && /^[BIESLU][-_]./.test(tag);
}

export interface ConllTokenLine {
	readonly token: string;
	readonly tag: string;
	/** The tag of the rejected column of our export on this line, when it marks one. */
	readonly rejectedTag?: string;
	/** 1-based line in the file. */
	readonly line: number;
}

/** A `-DOCSTART-` line naming an article. */
export interface ConllArticleName {
	readonly name: string;
	/** 1-based line of the `-DOCSTART-` line. */
	readonly line: number;
}

export interface ParsedConll {
	/** Documents → sentences → tokens. */
	readonly documents: ConllTokenLine[][][];
	/** Per document, the `-DOCSTART-` line above it that names its article (the same object for every document under one such line). */
	readonly names?: ReadonlyArray<ConllArticleName | undefined>;
	readonly problems: ReadonlyArray<{ readonly line: number; readonly message: string }>;
}

/** Reads tokens and the tag of `column` (1-based among the columns after the token; 0 = the last). */
export function parseConllFile(content: string, column = 0): ParsedConll {
	const documents: ConllTokenLine[][][] = [];
	const names: Array<ConllArticleName | undefined> = [];
	const problems: Array<{ line: number; message: string }> = [];
	let document: ConllTokenLine[][] = [];
	let sentence: ConllTokenLine[] = [];
	let named: ConllArticleName | undefined;
	const endSentence = () => {
		if (sentence.length > 0) document.push(sentence);
		sentence = [];
	};
	const endDocument = () => {
		endSentence();
		if (document.length > 0) {
			documents.push(document);
			names.push(named);
		}
		document = [];
	};
	// a CR alone ends a line too (old Mac files): read as one line, the last tag would tag the first token
	const lines = content.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
	lines.forEach((text, index) => {
		const line = index + 1;
		if (text.trim() === '') {
			endSentence();
			return;
		}
		// a comment (`# doc: id`), not a token «#» or «#hashtag» followed by its tag
		if (text.startsWith('#') && !text.includes('\t') && !TAG.test(text.trim().split(/ +/).pop() ?? '') && sentence.length === 0) {
			endDocument();
			return;
		}
		const fields = text.includes('\t') ? text.split('\t') : text.trim().split(/ +/);
		if (fields[0] === '-DOCSTART-') {
			endDocument();
			const name = documentNamed(text);
			named = name === undefined ? undefined : { name, line };
			return;
		}
		if (fields.length < 2) {
			problems.push({ line, message: `${quoteForMessage(text)} has no tag column` });
			return;
		}
		const tags = fields.slice(1);
		const tag = column === 0 ? tags[tags.length - 1] : tags[column - 1];
		if (tag === undefined) {
			problems.push({ line, message: `no tag column ${column} (the line has ${tags.length})` });
			return;
		}
		if (fields[0].length === 0 || /\s/u.test(fields[0])) {
			problems.push({ line, message: `the token ${quoteForMessage(fields[0])} is empty or holds white space` });
			return;
		}
		const rejectedTag = tags.map((other) => other.trim()).find((other, index) => index !== (column === 0 ? tags.length - 1 : column - 1) && isRejectedTag(other));
		sentence.push({ token: fields[0], tag: tag.trim(), line, ...(rejectedTag === undefined ? {} : { rejectedTag }) });
	});
	endDocument();
	return { documents, names, problems };
}

/** One article's part of a CoNLL file: the documents under one `-DOCSTART-` line naming it (or under none). */
export interface ConllArticlePart {
	/** Undefined for documents under no naming line (before the first one, or under a `-DOCSTART-` without a name). */
	readonly named: ConllArticleName | undefined;
	/** The part alone, to align with its article (the file's problems are not repeated). */
	readonly parsed: ParsedConll;
	/** 1-based line of its first token. */
	readonly line: number;
}

/** The file split at the `-DOCSTART-` lines that name articles; undefined when none names one (one article, as before). */
export function articlesOfConll(parsed: ParsedConll): ConllArticlePart[] | undefined {
	const names = parsed.names ?? [];
	if (!names.some((name) => name !== undefined)) {
		return undefined;
	}
	const parts: Array<{ named: ConllArticleName | undefined; documents: ConllTokenLine[][][] }> = [];
	parsed.documents.forEach((document, index) => {
		const named = names[index];
		const last = parts[parts.length - 1];
		// documents under one naming line (a comment line between) are one article; unnamed neighbours too
		if (last !== undefined && last.named === named) {
			last.documents.push(document);
		} else {
			parts.push({ named, documents: [document] });
		}
	});
	return parts.map(({ named, documents }) => ({ named, parsed: { documents, problems: [] }, line: documents[0][0][0].line }));
}

/** The text the tokens make: tokens joined by spaces, sentences by line breaks, documents by a blank line. */
export function conllText(parsed: ParsedConll): string {
	return parsed.documents.map((document) => document.map((sentence) => sentence.map((t) => t.token).join(' ')).join('\n')).join('\n\n') + '\n';
}

export interface ConllSpanFound {
	/** UTF-16 offsets in the text. */
	readonly start: number;
	readonly end: number;
	readonly type: string;
	/** Rejected when its tag carries the mark of our export's rejected column. */
	readonly status: 'accepted' | 'rejected';
	/** 1-based line of its first token. */
	readonly line: number;
}

export type ConllAlignment =
	| { readonly ok: true; readonly spans: ConllSpanFound[]; readonly problems: ReadonlyArray<{ readonly line: number; readonly message: string }> }
	| { readonly ok: false; readonly line: number; readonly message: string };

/** Entities of one stream of tags: each token's tag fed in order, `close` at a sentence end. */
class BioReader {
	private open: { start: number; end: number; type: string; line: number } | undefined;

	constructor(private readonly spans: ConllSpanFound[]) {}

	/** False when the tag is not O nor a known prefix with a type (read as O). */
	feed(tag: string, start: number, end: number, line: number): boolean {
		const match = /^([BIESLU])[-_](.+)$/.exec(tag);
		if (!match) {
			this.close();
			return tag === 'O' || tag === '_' || tag === '-';
		}
		const [, prefix, type] = match;
		const open = this.open;
		if (open !== undefined && open.type === type && (prefix === 'I' || prefix === 'E' || prefix === 'L')) {
			open.end = end;
		} else {
			this.close();
			this.open = { start, end, type, line };
		}
		if (prefix === 'E' || prefix === 'L' || prefix === 'S' || prefix === 'U') {
			this.close();
		}
		return true;
	}

	close(): void {
		const open = this.open;
		if (open === undefined) {
			return;
		}
		this.open = undefined;
		const rejected = open.type.endsWith(REJECTED_SUFFIX) && open.type.length > REJECTED_SUFFIX.length;
		const type = rejected ? open.type.slice(0, -REJECTED_SUFFIX.length) : open.type;
		this.spans.push({ start: open.start, end: open.end, type, status: rejected ? 'rejected' : 'accepted', line: open.line });
	}
}

/** Places the tokens in `text` in order and reads the entities their tags make. */
export function alignConll(parsed: ParsedConll, text: string): ConllAlignment {
	const spans: ConllSpanFound[] = [];
	const problems: Array<{ line: number; message: string }> = [];
	const tags = new BioReader(spans);
	const rejected = new BioReader(spans);
	let cursor = 0;
	for (const document of parsed.documents) {
		for (const sentence of document) {
			for (const token of sentence) {
				const at = text.indexOf(token.token, cursor);
				// only what the tokeniser skips may come between (our export's tokens are its tokens)
				if (at < 0 || !isTokenGapRange(text, cursor, at)) {
					const found = at < 0 ? 'not in the rest of the article' : `the article has ${quoteForMessage(text.slice(cursor, at).trim())} before it`;
					return { ok: false, line: token.line, message: `the token ${quoteForMessage(token.token)} does not come next in the article (${found}); is it the article these tokens were made from?` };
				}
				const end = at + token.token.length;
				cursor = end;
				if (!tags.feed(token.tag, at, end, token.line)) {
					problems.push({ line: token.line, message: `the tag ${quoteForMessage(token.tag)} is not O nor B-, I-, E-, L-, S- or U- with a type; read as O` });
				}
				rejected.feed(token.rejectedTag ?? 'O', at, end, token.line);
			}
			tags.close();
			rejected.close();
		}
	}
	// in the order of the file, as one column gave them
	spans.sort((a, b) => a.start - b.start || a.end - b.end);
	return { ok: true, spans, problems };
}
