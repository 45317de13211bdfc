/**
 * The sidecar as it is on disk, in memory: offsets are Unicode CODE POINTS (the contract), not the
 * UTF-16 units the rest of the program uses; `bind.ts` converts. The format itself (key order,
 * quoting, what each field means) is described at the top of `codec.ts`.
 */

import type { LanguageCode } from '../types';

/** The format version this code writes and fully understands. */
export const SIDECAR_VERSION = 1;

/**
 * A value of a field this version does not know, kept to be written back unchanged. Mappings are
 * `Map`s, never plain objects: key order is kept exactly (objects reorder integer-like keys) and
 * no key, `__proto__` included, can touch a prototype. Integers beyond 2^53 (64-bit ids of
 * other systems) are `bigint`s, so that no digit changes; other integers are numbers.
 */
export type YamlValue = null | boolean | number | bigint | string | YamlValue[] | Map<string, YamlValue>;

/** Unknown fields in the order they were read. */
export type ExtraFields = ReadonlyArray<readonly [string, YamlValue]>;

export type StoredStatus = 'accepted' | 'rejected';

/** One item of `annotations:` (contract fields first, then ours, then unknown ones). */
export interface StoredAnnotation {
	readonly type: string;
	/** Code point offset, inclusive. */
	readonly start: number;
	/** Code point offset, exclusive. */
	readonly end: number;
	/** Exactly the article's text at [start, end) (for items under `annotations:`). */
	readonly text: string;
	readonly status: StoredStatus;
	readonly id?: string;
	readonly source?: string;
	readonly confidence?: number;
	readonly author?: string;
	readonly created?: string;
	readonly modified?: string;
	readonly note?: string;
	/** Up to `CONTEXT_LENGTH` code points of article text just before `start` (W3C TextQuoteSelector prefix). */
	readonly prefix?: string;
	/** Up to `CONTEXT_LENGTH` code points just after `end`. */
	readonly suffix?: string;
	readonly extra?: ExtraFields;
}

/**
 * One item of `orphaned:`: an annotation that could not be placed in the article any more. Its
 * offsets are the last known ones (in the article it was made on) and may not fit the current
 * text; `reason` says why it is here. Kept until a person re-places or drops it.
 */
export interface StoredOrphan extends StoredAnnotation {
	readonly reason: string;
}

export interface Sidecar {
	readonly version: number;
	/** File name of the article, beside the sidecar. Compared, never used as a path. */
	readonly document: string;
	/** `sha256:<64 hex>` of the article text (UTF-8, without BOM) the offsets were made on. */
	readonly documentHash?: string;
	/**
	 * The article's language as a person set it (ar, fr or en), which detection uses instead of
	 * identifying it; absent: identified from the text. Older versions keep it as an unknown field.
	 */
	readonly language?: LanguageCode;
	readonly annotations: readonly StoredAnnotation[];
	readonly orphaned: readonly StoredOrphan[];
	/** Unknown top-level fields, in order. */
	readonly extra: ExtraFields;
}

/** Code points of article context stored each side of an annotation (as the Hypothesis client does). */
export const CONTEXT_LENGTH = 32;

export type ProblemSeverity = 'error' | 'warning';

/**
 * Something wrong with a sidecar or its article. `message` is one line without the file name;
 * `formatProblem` adds it. `code` is stable, for programs and tests.
 */
export interface SidecarProblem {
	readonly severity: ProblemSeverity;
	readonly code: ProblemCode;
	readonly message: string;
	/** 1-based line in the sidecar, when known. */
	readonly line?: number;
	/** 0-based index in the `annotations:` list (or `orphaned:` list when `list` says so). */
	readonly index?: number;
	readonly list?: 'annotations' | 'orphaned';
}

export type ProblemCode =
	| 'empty'
	| 'unreadable'
	| 'too-large'
	| 'too-deep'
	| 'too-many'
	| 'binary'
	| 'invalid-utf8'
	| 'bom'
	| 'conflict-markers'
	| 'alias'
	| 'directive'
	| 'multiple-documents'
	| 'forbidden-key'
	| 'tag'
	| 'yaml-syntax'
	| 'not-a-mapping'
	| 'version-missing'
	| 'version-newer'
	| 'version-invalid'
	| 'document'
	| 'field'
	| 'comments-dropped'
	| 'article-missing'
	| 'article-unreadable'
	| 'label'
	| 'offsets'
	| 'text-mismatch'
	| 'duplicate'
	| 'duplicate-id'
	| 'hash-mismatch'
	| 'orphaned'
	| 'reanchored'
	| 'internal';

/** `<file>:<line>: <message>` (or `<file>: <message>`), with control characters made visible so it stays one line. */
export function formatProblem(fileLabel: string, problem: SidecarProblem): string {
	const where = problem.line === undefined ? oneLine(fileLabel) : `${oneLine(fileLabel)}:${problem.line}`;
	const prefix = problem.severity === 'warning' ? 'warning: ' : '';
	return `${where}: ${prefix}${oneLine(problem.message)}`;
}

/** A problem without the file's name, for a line that already says which file: `line 4: message`. */
export function formatProblemWithoutFile(problem: SidecarProblem): string {
	const where = problem.line === undefined ? '' : `line ${problem.line}: `;
	const prefix = problem.severity === 'warning' ? 'warning: ' : '';
	return `${where}${prefix}${oneLine(problem.message)}`;
}

/** Replaces line breaks and other control characters (and bidi controls) by visible escapes. */
export function oneLine(text: string): string {
	let out = '';
	let plainFrom = 0;
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		if (unit < 0x20 || unit === 0x7f || (unit >= 0x80 && unit < 0xa0) || unit === 0x2028 || unit === 0x2029 || isBidiControl(unit)) {
			out += text.slice(plainFrom, i) + `\\u${unit.toString(16).padStart(4, '0')}`;
			plainFrom = i + 1;
		}
	}
	return plainFrom === 0 ? text : out + text.slice(plainFrom);
}

/** A value quoted for a message: JSON-style quotes, at most `max` characters, always one line. */
export function quoteForMessage(value: string, max = 60): string {
	const cut = value.length > max ? value.slice(0, max) + '…' : value;
	return `"${oneLine(cut).replace(/"/g, '\\"')}"`;
}

/**
 * Characters that reorder text invisibly (Trojan Source): ALM, LRM, RLM, LRE..RLO, LRI..PDI.
 * They are escaped in messages and in sidecar strings, so a reviewer sees them.
 */
export function isBidiControl(unit: number): boolean {
	return unit === 0x061c || unit === 0x200e || unit === 0x200f || (unit >= 0x202a && unit <= 0x202e) || (unit >= 0x2066 && unit <= 0x2069);
}

export function hasErrors(problems: readonly SidecarProblem[]): boolean {
	return problems.some((problem) => problem.severity === 'error');
}
