/**
 * Reading the shared CoNLL files and projecting their labels onto the detector's own tokens.
 * (Training and evaluation only; never bundled into the extension.)
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { tokenize, type Token } from '../tokenize';

export interface ConllSentence {
	doc: string;
	tokens: string[];
	tags: string[];
}

export function dataDirectory(repoRoot: string): string {
	return process.env.ARTICLE_ANNOTATOR_NER_DATA ? resolve(process.env.ARTICLE_ANNOTATOR_NER_DATA) : resolve(repoRoot, '../shared/data/ner');
}

export function readConll(file: string): ConllSentence[] {
	if (!existsSync(file)) throw new Error(`Missing data file ${file}`);
	const out: ConllSentence[] = [];
	let doc = '';
	let cur: ConllSentence | undefined;
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (line.startsWith('# doc:')) {
			doc = line.slice(6).trim();
			continue;
		}
		if (line.trim() === '') {
			if (cur && cur.tokens.length) out.push(cur);
			cur = undefined;
			continue;
		}
		const tab = line.indexOf('\t');
		const tok = tab < 0 ? line : line.slice(0, tab);
		const tag = tab < 0 ? 'O' : line.slice(tab + 1).trim();
		if (!cur) cur = { doc, tokens: [], tags: [] };
		cur.tokens.push(tok);
		cur.tags.push(tag);
	}
	if (cur && cur.tokens.length) out.push(cur);
	return out;
}

export interface Span {
	start: number; // token index, inclusive
	end: number; // exclusive
	type: string;
}

/** Entity spans of IOB2 tags. */
export function spansOf(tags: readonly string[]): Span[] {
	const out: Span[] = [];
	let cur: Span | undefined;
	for (let i = 0; i < tags.length; i++) {
		const t = tags[i];
		if (t.startsWith('B-') || (t.startsWith('I-') && (!cur || cur.type !== t.slice(2)))) {
			if (cur) out.push(cur);
			cur = { start: i, end: i + 1, type: t.slice(2) };
		} else if (t.startsWith('I-') && cur) cur.end = i + 1;
		else {
			if (cur) out.push(cur);
			cur = undefined;
		}
	}
	if (cur) out.push(cur);
	return out;
}

/** A sentence in the detector's own tokens, with gold spans over those tokens. */
export interface Example {
	text: string;
	tokens: Token[];
	spans: Span[]; // over `tokens`
	/** gold token index → [start char, end char) in `text` (for scoring against gold tokens) */
	goldOffsets: Array<[number, number]>;
	goldSpans: Span[]; // over gold tokens
	doc: string;
}

const PUNCT_ONLY = /^[\p{P}\p{S}]+$/u;

/** Joins gold tokens with spaces, re-tokenises, projects spans (trimming edge punctuation). */
export function toExample(s: ConllSentence, typeMap: (t: string) => string | undefined): Example {
	const goldOffsets: Array<[number, number]> = [];
	let text = '';
	for (let i = 0; i < s.tokens.length; i++) {
		if (i) text += ' ';
		goldOffsets.push([text.length, text.length + s.tokens[i].length]);
		text += s.tokens[i];
	}
	const tokens = tokenize(text);
	const goldSpans: Span[] = [];
	for (const sp of spansOf(s.tags)) {
		const t = typeMap(sp.type);
		if (t) goldSpans.push({ ...sp, type: t });
	}
	const spans: Span[] = [];
	let ti = 0;
	for (const g of goldSpans) {
		const cs = goldOffsets[g.start][0];
		const ce = goldOffsets[g.end - 1][1];
		while (ti < tokens.length && tokens[ti].end <= cs) ti++;
		let a = ti;
		let b = a;
		while (b < tokens.length && tokens[b].start < ce) b++;
		while (a < b && tokens[a].kind === 'punct' && PUNCT_ONLY.test(tokens[a].text)) a++;
		while (b > a && tokens[b - 1].kind === 'punct' && PUNCT_ONLY.test(tokens[b - 1].text)) b--;
		if (b > a) spans.push({ start: a, end: b, type: g.type });
	}
	return { text, tokens, spans, goldOffsets, goldSpans, doc: s.doc };
}

