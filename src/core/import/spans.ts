/**
 * What every import format ends with: spans read from a file become decisions on the article,
 * after the checks a sidecar needs (inside the text, whole characters, a label of the set).
 */

import type { Annotation } from '../annotation';
import { quoteForMessage } from '../sidecar/model';
import { OffsetConverter } from '../unicode';

export interface ImportSpan {
	/** Offsets in `unit` into the article text (BOM removed). */
	readonly start: number;
	readonly end: number;
	/** The type as the file names it (mapped with `typeMap`). */
	readonly type: string;
	readonly status: 'accepted' | 'rejected' | 'suggested';
	readonly note?: string;
	/** Who decided it, when the file says (our JSONL and Prodigy exports); else `ImportOptions.author`. */
	readonly author?: string;
	/** The span's text as the file gives it (Prodigy, Label Studio): it must be the article's there. */
	readonly text?: string;
	/** The span as the file gives it, for messages (`line 4: T2 City "Tlemcen"`). */
	readonly where: string;
	/** Fields kept with the decision for the tool the span came from (see `Annotation.extra`). */
	readonly extra?: ReadonlyArray<readonly [string, unknown]>;
}

export interface ImportOptions {
	/** The label set: spans of other types are reported, not imported. */
	readonly labels: readonly string[];
	/** A type of the file → a label (e.g. Person → PER), applied before checking the label set. */
	readonly typeMap?: ReadonlyMap<string, string>;
	/** Makes the id of each imported annotation. */
	readonly newId: () => string;
	readonly author?: string;
	/** ISO 8601. */
	readonly created?: string;
	/** `source` of the imported annotations: the format (`brat`, `conll`, `jsonl`). */
	readonly source: string;
}

export interface ImportResult {
	/** Decisions in UTF-16 offsets of the text, in the order of the file. */
	readonly annotations: readonly Annotation[];
	/** One line per span not imported, saying where and why. */
	readonly skipped: readonly string[];
	/** Spans left out as suggestions (not decisions). */
	readonly suggestions: number;
}

/** Checks spans and makes them decisions on `text`. */
export function spansToAnnotations(text: string, spans: readonly ImportSpan[], unit: 'codepoint' | 'utf16', options: ImportOptions): ImportResult {
	const converter = new OffsetConverter(text);
	const length = unit === 'utf16' ? text.length : converter.codePointLength;
	const annotations: Annotation[] = [];
	const skipped: string[] = [];
	let suggestions = 0;
	for (const span of spans) {
		const skip = (why: string) => skipped.push(`${span.where}: ${why}`);
		const type = options.typeMap?.get(span.type) ?? span.type;
		if (!options.labels.includes(type)) {
			skip(`the type ${type} is not a label (${options.labels.join(', ')}); map it with --map ${span.type}=LABEL`);
			continue;
		}
		if (span.status === 'suggested') {
			suggestions++;
			continue;
		}
		if (!(Number.isSafeInteger(span.start) && Number.isSafeInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= length)) {
			skip(`not a span of the text (${length} ${unit === 'utf16' ? 'UTF-16 units' : 'characters'})`);
			continue;
		}
		const start = unit === 'utf16' ? span.start : converter.toUtf16(span.start);
		const end = unit === 'utf16' ? span.end : converter.toUtf16(span.end);
		if (!converter.isBoundary(start) || !converter.isBoundary(end)) {
			skip('it cuts a character in two (offsets in UTF-16 units read as code points? see --offsets)');
			continue;
		}
		const quote = text.slice(start, end);
		if (span.text !== undefined && span.text !== quote) {
			skip(`its text ${quoteForMessage(span.text)} is not the article's there (${quoteForMessage(quote)}); another text or offsets in another unit (see --offsets)`);
			continue;
		}
		if (quote.trim().length === 0) {
			skip(`only white space (${quoteForMessage(quote)})`);
			continue;
		}
		const author = span.author ?? options.author;
		annotations.push({
			id: options.newId(),
			type,
			start,
			end,
			text: quote,
			status: span.status,
			source: options.source,
			...(span.note === undefined ? {} : { note: span.note }),
			...(author === undefined ? {} : { author }),
			...(options.created === undefined ? {} : { created: options.created }),
			...(span.extra === undefined ? {} : { extra: span.extra }),
		});
	}
	return { annotations, skipped, suggestions };
}
