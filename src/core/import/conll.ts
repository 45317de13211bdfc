/**
 * Reading CoNLL-style files (one token per line, tag columns, blank line between sentences) back
 * as spans of an article: the tokens are found in order in the article's text (only white space
 * between them), or the article is written from them (`conllText`: tokens joined by spaces,
 * sentences by line breaks, documents by a blank line), the way `npm run eval` and most tools
 * turn such a file into text.
 *
 * Columns are split at tabs (at runs of spaces when a line has no tab, as CoNLL-2003 writes
 * them); the tag column is the last one unless said otherwise. Tags may be IOB2 (B- I-), IOB1
 * (I- opens an entity, B- only between two of one type), or BILOU/BIOES (U-/S- single, L-/E-
 * last); `-DOCSTART-` and `# ...` comment lines separate documents.
 */

import { quoteForMessage } from '../sidecar/model';

const TAG = /^(?:O|[BIESLU][-_].+)$/;

export interface ConllTokenLine {
	readonly token: string;
	readonly tag: string;
	/** 1-based line in the file. */
	readonly line: number;
}

export interface ParsedConll {
	/** Documents → sentences → tokens. */
	readonly documents: ConllTokenLine[][][];
	readonly problems: ReadonlyArray<{ readonly line: number; readonly message: string }>;
}

/** Reads tokens and the tag of `column` (1-based among the columns after the token; 0 = the last). */
export function parseConllFile(content: string, column = 0): ParsedConll {
	const documents: ConllTokenLine[][][] = [];
	const problems: Array<{ line: number; message: string }> = [];
	let document: ConllTokenLine[][] = [];
	let sentence: ConllTokenLine[] = [];
	const endSentence = () => {
		if (sentence.length > 0) document.push(sentence);
		sentence = [];
	};
	const endDocument = () => {
		endSentence();
		if (document.length > 0) documents.push(document);
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
		sentence.push({ token: fields[0], tag: tag.trim(), line });
	});
	endDocument();
	return { documents, problems };
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
	/** 1-based line of its first token. */
	readonly line: number;
}

export type ConllAlignment =
	| { readonly ok: true; readonly spans: ConllSpanFound[]; readonly problems: ReadonlyArray<{ readonly line: number; readonly message: string }> }
	| { readonly ok: false; readonly line: number; readonly message: string };

/** Places the tokens in `text` in order and reads the entities their tags make. */
export function alignConll(parsed: ParsedConll, text: string): ConllAlignment {
	const spans: ConllSpanFound[] = [];
	const problems: Array<{ line: number; message: string }> = [];
	let cursor = 0;
	for (const document of parsed.documents) {
		for (const sentence of document) {
			let open: { start: number; end: number; type: string; line: number } | undefined;
			const close = () => {
				if (open) spans.push(open);
				open = undefined;
			};
			for (const token of sentence) {
				const at = text.indexOf(token.token, cursor);
				if (at < 0 || /\S/u.test(text.slice(cursor, at))) {
					const found = at < 0 ? 'not in the rest of the article' : `the article has ${quoteForMessage(text.slice(cursor, at).trim())} before it`;
					return { ok: false, line: token.line, message: `the token ${quoteForMessage(token.token)} does not come next in the article (${found}); is it the article these tokens were made from?` };
				}
				const end = at + token.token.length;
				cursor = end;
				const match = /^([BIESLU])[-_](.+)$/.exec(token.tag);
				if (!match) {
					close();
					if (token.tag !== 'O' && token.tag !== '_' && token.tag !== '-') {
						problems.push({ line: token.line, message: `the tag ${quoteForMessage(token.tag)} is not O nor B-, I-, E-, L-, S- or U- with a type; read as O` });
					}
					continue;
				}
				const [, prefix, type] = match;
				const continues = open !== undefined && open.type === type && (prefix === 'I' || prefix === 'E' || prefix === 'L');
				if (continues && open) {
					open.end = end;
				} else {
					close();
					open = { start: at, end, type, line: token.line };
				}
				if (prefix === 'E' || prefix === 'L' || prefix === 'S' || prefix === 'U') {
					close();
				}
			}
			close();
		}
	}
	return { ok: true, spans, problems };
}
