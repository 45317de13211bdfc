/**
 * The canonical YAML text of a sidecar, at the level of scalars and lines: how a string is
 * written (plain when that is unambiguous in every YAML reader, double-quoted with escapes
 * otherwise), and a fast reader that understands exactly what `serializeSidecar` writes and
 * gives up (returns undefined) on anything else, so that the `yaml` library reads the rest.
 *
 * The fast reader exists for speed: `yaml` takes about a second for 10,000 annotations, this
 * takes tens of milliseconds. It is strict on purpose: whenever it accepts a file, the `yaml`
 * library would read the same values (tests fuzz both over random strings).
 *
 * Everything here scans each character a bounded number of times; the few regular expressions
 * are single character classes with one quantifier, anchored, so they run in linear time.
 */

import type { YamlValue } from './model';

// ---------------------------------------------------------------------------------------------
// Writing scalars

/**
 * Strings written without quotes: a letter first, then only letters, marks, digits, spaces and a
 * few punctuation marks that mean nothing to YAML in block context. No `:`, `#`, quotes at the
 * start, brackets, or leading/trailing spaces, so no reader can see anything but this string.
 * This regular expression is the definition; `isSafePlain` checks the same thing faster.
 */
export const SAFE_PLAIN = /^\p{L}[\p{L}\p{M}\p{N} .,'’()/_«»،؛-]*$/u;

/** One character of the tail of SAFE_PLAIN (used for characters outside the fast ranges). */
const SAFE_PLAIN_CHARACTER = /^[\p{L}\p{M}\p{N} .,'’()/_«»،؛-]$/u;
const LETTER = /^\p{L}$/u;

/** Plain words some YAML readers (1.1, or 1.2 core) turn into booleans or null; always quoted. */
const RESERVED_WORDS = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n']);

/** Keys written without quotes (everything else is quoted). */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** ASCII characters allowed after the first one: letters, digits, space and ` .,'()/_-`. */
const ASCII_TAIL = new Uint8Array(128);
for (const unit of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,'()/_-") {
	ASCII_TAIL[unit.charCodeAt(0)] = 1;
}

/**
 * Ranges that are all letters, marks or digits (a subset of what SAFE_PLAIN allows), checked
 * without a regular expression: Latin-1 and Latin Extended letters, Arabic letters, marks and
 * digits. Characters outside them are checked with the regular expression, one at a time.
 */
function isFastLetterOrMark(unit: number): boolean {
	return (
		(unit >= 0xc0 && unit <= 0x24f && unit !== 0xd7 && unit !== 0xf7) ||
		(unit >= 0x0620 && unit <= 0x0669) ||
		(unit >= 0x066e && unit <= 0x06d3)
	);
}

/** Same answer as `SAFE_PLAIN.test(value)` plus the extra rules (not empty, no trailing space, not a reserved word). */
export function isSafePlain(value: string): boolean {
	const length = value.length;
	if (length === 0 || value.charCodeAt(length - 1) === 0x20) {
		return false;
	}
	const first = value.charCodeAt(0);
	const firstIsLetter =
		(first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a) || (first >= 0x80 && isFastLetterOrMark(first) && !isArabicMarkOrDigit(first));
	if (!firstIsLetter) {
		if (first < 0x80 || (first >= 0xd800 && first <= 0xdfff) || !LETTER.test(value[0])) {
			return first >= 0xd800 && first <= 0xdfff ? SAFE_PLAIN.test(value) && !isReserved(value) : false;
		}
	}
	for (let i = 1; i < length; i++) {
		const unit = value.charCodeAt(i);
		if (unit < 0x80) {
			if (ASCII_TAIL[unit] === 0) {
				return false;
			}
		} else if (!isFastLetterOrMark(unit)) {
			if (unit >= 0xd800 && unit <= 0xdfff) {
				return SAFE_PLAIN.test(value) && !isReserved(value); // astral characters: the regex decides
			}
			if (!SAFE_PLAIN_CHARACTER.test(value[i])) {
				return false;
			}
		}
	}
	return !isReserved(value);
}

/** Arabic combining marks and digits: allowed in SAFE_PLAIN, but not as the first character. */
function isArabicMarkOrDigit(unit: number): boolean {
	return (unit >= 0x064b && unit <= 0x0669) || unit === 0x0670;
}

function isReserved(value: string): boolean {
	if (value.length > 5) {
		return false;
	}
	// Every reserved word starts with t, f, n, y or o (either case); skip the lower-casing otherwise.
	const first = value.charCodeAt(0) | 0x20;
	return (first === 0x74 || first === 0x66 || first === 0x6e || first === 0x79 || first === 0x6f) && RESERVED_WORDS.has(value.toLowerCase());
}

export function isPlainKey(key: string): boolean {
	return PLAIN_KEY.test(key) && !isReserved(key);
}

/**
 * True for a UTF-16 unit that must not appear raw in a sidecar string: controls (tab and line
 * breaks included, so every string stays on one line), DEL, C1 controls, U+2028/U+2029 (line
 * breaks to some readers), BOM, non-characters U+FFFE/U+FFFF, and bidi controls (escaped so a
 * reviewer sees them). Surrogates are handled by the callers, by pairs.
 */
export function mustEscape(unit: number): boolean {
	if (unit < 0x20 || (unit >= 0x7f && unit <= 0x9f)) {
		return true;
	}
	if (unit < 0x2000) {
		return unit === 0x061c; // Arabic letter mark (bidi)
	}
	return (
		unit === 0x2028 || unit === 0x2029 || unit === 0xfeff || unit === 0xfffe || unit === 0xffff ||
		// Bidi controls, as isBidiControl (model.ts), spelled out here for the hot loop.
		unit === 0x200e || unit === 0x200f || (unit >= 0x202a && unit <= 0x202e) || (unit >= 0x2066 && unit <= 0x2069)
	);
}

/** True when the unit at `i` is half of a surrogate pair (so it is a proper character with its partner). */
function isPairedSurrogate(text: string, i: number, unit: number): boolean {
	if (unit >= 0xd800 && unit <= 0xdbff) {
		const next = text.charCodeAt(i + 1);
		return next >= 0xdc00 && next <= 0xdfff;
	}
	const previous = text.charCodeAt(i - 1);
	return previous >= 0xd800 && previous <= 0xdbff;
}

/**
 * Any character `quoteString` may have to escape (a superset: paired surrogates are fine, but
 * they are left to the exact loop). One character class, so the test is a linear native scan.
 */
const MAY_NEED_ESCAPE = /[\u0000-\u001f"\\\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff\ufffe\uffff\ud800-\udfff]/;

/** A run of characters a canonical double-quoted string holds raw (sticky: matched at `lastIndex`). */
const QUOTED_RUN = /[^\u0000-\u001f"\\\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff\ufffe\uffff\ud800-\udfff]*/y;

/** YAML double-quoted form; Arabic, accents and emoji stay raw UTF-8, the rest above is escaped. */
export function quoteString(value: string): string {
	if (!MAY_NEED_ESCAPE.test(value)) {
		return `"${value}"`;
	}
	let out = '"';
	let plainFrom = 0;
	for (let i = 0; i < value.length; i++) {
		const unit = value.charCodeAt(i);
		let escape: string | undefined;
		if (unit === 0x22) {
			escape = '\\"';
		} else if (unit === 0x5c) {
			escape = '\\\\';
		} else if (unit === 0x0a) {
			escape = '\\n';
		} else if (unit === 0x09) {
			escape = '\\t';
		} else if (unit === 0x0d) {
			escape = '\\r';
		} else if (mustEscape(unit) || (unit >= 0xd800 && unit <= 0xdfff && !isPairedSurrogate(value, i, unit))) {
			escape = `\\u${unit.toString(16).padStart(4, '0')}`;
		}
		if (escape !== undefined) {
			out += value.slice(plainFrom, i) + escape;
			plainFrom = i + 1;
		}
	}
	return out + value.slice(plainFrom) + '"';
}

/** A string value: plain when safe, quoted otherwise. */
export function formatString(value: string): string {
	return isSafePlain(value) ? value : quoteString(value);
}

export function formatKey(key: string): string {
	return isPlainKey(key) ? key : quoteString(key);
}

/**
 * A finite number as YAML 1.2 core reads it back to the same double: JavaScript's shortest
 * round-trip form (`0.1`, `1e+21`, `1e-7` all match the core float pattern). `-0` is written `0`
 * because YAML readers give 0 for it anyway; non-finite numbers use the YAML spellings.
 */
export function formatNumber(value: number): string {
	if (Number.isSafeInteger(value)) {
		return value === 0 ? '0' : String(value);
	}
	if (Number.isNaN(value)) {
		return '.nan';
	}
	if (value === Infinity) {
		return '.inf';
	}
	if (value === -Infinity) {
		return '-.inf';
	}
	return Object.is(value, -0) ? '0' : String(value);
}

/**
 * Any value of an unknown field, on one line: scalars as above, lists and mappings in flow style
 * with every string quoted (a JSON-like shape every YAML reader agrees on). `maxDepth` stops a
 * cyclic or absurdly deep value handed in by a caller.
 */
export function formatInlineValue(value: unknown, maxDepth = 64): string {
	if (maxDepth < 0) {
		throw new RangeError('value nested too deeply to write');
	}
	if (value === null || value === undefined) {
		return 'null';
	}
	switch (typeof value) {
		case 'string':
			return formatString(value);
		case 'number':
			return formatNumber(value);
		case 'boolean':
			return value ? 'true' : 'false';
		case 'bigint':
			return value.toString();
		default:
			break;
	}
	if (Array.isArray(value)) {
		return `[${value.map((item) => formatFlowValue(item, maxDepth - 1)).join(', ')}]`;
	}
	const entries = entriesOf(value);
	return `{${entries.map(([key, item]) => `${quoteString(key)}: ${formatFlowValue(item, maxDepth - 1)}`).join(', ')}}`;
}

/** Inside flow collections strings are always quoted, so `,`, `]` and `}` never need thinking about. */
function formatFlowValue(value: unknown, maxDepth: number): string {
	return typeof value === 'string' ? quoteString(value) : formatInlineValue(value, maxDepth);
}

/** Entries of a Map or a plain object, prototype-related keys left out (they are refused on reading). */
function entriesOf(value: object): Array<[string, unknown]> {
	const entries: Array<[string, unknown]> =
		value instanceof Map ? [...value.entries()].map(([key, item]) => [String(key), item]) : Object.entries(value);
	return entries.filter(([key]) => !isForbiddenKey(key));
}

// ---------------------------------------------------------------------------------------------
// Keys no reader lets through

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype', '<<']);

/**
 * `__proto__`, `constructor` and `prototype` can reach object prototypes in careless code; `<<`
 * is a merge key in YAML 1.1 readers. No sidecar may use them as a key, anywhere.
 */
export function isForbiddenKey(key: string): boolean {
	return FORBIDDEN_KEYS.has(key);
}

// ---------------------------------------------------------------------------------------------
// Reading the canonical form

/**
 * The fields of one item of `annotations:` or `orphaned:`, in file order. Both readers produce
 * these for list items that are mappings (cheaper than a Map per item, which matters at 10,000
 * items); nested mappings inside unknown fields stay `Map`s.
 */
export class ItemFields {
	readonly keys: string[] = [];
	readonly values: YamlValue[] = [];
	/** The keys as a set, made once an item has more fields than a short scan is worth. */
	private keySet: Set<string> | undefined;

	has(key: string): boolean {
		// A scan per field of an item with thousands of hand-added fields was quadratic (a 300,000-field
		// item took minutes); a set per item for the usual handful would cost more than it saves.
		if (this.keySet === undefined) {
			if (this.keys.length < ItemFields.SCAN_LIMIT) {
				return this.keys.includes(key);
			}
			this.keySet = new Set(this.keys);
		}
		return this.keySet.has(key);
	}

	add(key: string, value: YamlValue): void {
		this.keys.push(key);
		this.values.push(value);
		this.keySet?.add(key);
	}

	private static readonly SCAN_LIMIT = 16;
}

/** The items of a top-level list and the line where each starts. */
export interface ItemList {
	readonly items: Array<ItemFields | YamlValue>;
	readonly lines: Array<number | undefined>;
}

/** The top-level keys whose list items are annotations. */
export const ITEM_LIST_KEYS: ReadonlySet<string> = new Set(['annotations', 'orphaned']);

/** What a reader produces before the contract is checked: values, and where things are. */
export interface ParsedTree {
	/** The document; when a mapping, item lists (below) are not in it. */
	readonly root: YamlValue;
	/** `annotations:` and `orphaned:` when their value is a list. */
	readonly itemLists: Map<string, ItemList>;
	/** 1-based line of each top-level key. */
	readonly keyLines: Map<string, number>;
	/** First comment line after the header, if any (a save will not keep it). */
	readonly commentLine?: number;
}

/** Thrown inside the fast reader when the text is not canonical; caught at its entry point. */
class NotCanonical extends Error {}

const notCanonical = new NotCanonical('not canonical');

/**
 * Reads a sidecar written by `serializeSidecar` (header comments, top-level `key: value` lines,
 * `annotations:` / `orphaned:` block lists of one-line `key: value` fields). Returns undefined as
 * soon as anything differs. Forbidden and duplicate keys also return undefined, so the full
 * reader reports them. Works on offsets into the text (no string per line, no object per
 * field) to keep allocation, and so garbage collection, low.
 */
export function readCanonical(text: string, maxFlowDepth: number): ParsedTree | undefined {
	try {
		return new CanonicalReader(text, maxFlowDepth).read();
	} catch (error) {
		if (error instanceof NotCanonical) {
			return undefined;
		}
		throw error;
	}
}

class CanonicalReader {
	/** Start of the current line. */
	private position = 0;
	/** 1-based number of the current line. */
	private lineNumber = 1;
	/** End of the current line's content (before `\r\n` or `\n`). */
	private contentEnd = 0;
	/** Start of the next line. */
	private nextLine = 0;
	/** Set by `readKey`: the key, and where its value starts (`contentEnd` when none follows). */
	private key = '';
	private valueStart = 0;
	private readonly itemLists = new Map<string, ItemList>();
	private readonly keyLines = new Map<string, number>();
	private sawContent = false;
	private commentLine: number | undefined;

	constructor(private readonly text: string, private readonly maxFlowDepth: number) {
		// Canonical text always ends with a line break.
		if (text.charCodeAt(text.length - 1) !== 0x0a) {
			throw notCanonical;
		}
		this.measureLine();
	}

	/**
	 * Steps over blank lines and whole-line comments (a commented-out annotation, say): YAML
	 * ignores them wherever they are, since no canonical value spans lines. Comments after the
	 * header are remembered, because a save will not keep them.
	 */
	private skipIgnorable(): void {
		while (this.position < this.text.length) {
			let first = this.position;
			while (first < this.contentEnd && this.text.charCodeAt(first) === 0x20) {
				first++;
			}
			if (first < this.contentEnd && this.text.charCodeAt(first) !== 0x23) {
				return;
			}
			if (first < this.contentEnd && this.sawContent && this.commentLine === undefined) {
				this.commentLine = this.lineNumber;
			}
			this.position = this.nextLine;
			this.lineNumber++;
			if (this.position < this.text.length) {
				this.measureLine();
			}
		}
	}

	/** Sets `contentEnd` and `nextLine` for the line at `position`. CRLF reads like LF; a lone CR is not canonical. */
	private measureLine(): void {
		const newline = this.text.indexOf('\n', this.position);
		this.nextLine = newline + 1;
		this.contentEnd = newline > this.position && this.text.charCodeAt(newline - 1) === 0x0d ? newline - 1 : newline;
	}

	private advance(): void {
		this.position = this.nextLine;
		this.lineNumber++;
		if (this.position < this.text.length) {
			this.measureLine();
			this.skipIgnorable();
		}
	}

	private atEnd(): boolean {
		return this.position >= this.text.length;
	}

	read(): ParsedTree {
		this.skipIgnorable();
		const root = new Map<string, YamlValue>();
		while (!this.atEnd()) {
			this.sawContent = true;
			const lineNumber = this.lineNumber;
			this.readKey(this.position);
			const key = this.key;
			if (root.has(key) || this.itemLists.has(key)) {
				throw notCanonical;
			}
			if (this.valueStart === this.contentEnd) {
				// Only the item lists are written in block style.
				if (!ITEM_LIST_KEYS.has(key)) {
					throw notCanonical;
				}
				this.advance();
				this.itemLists.set(key, this.readBlockItems());
			} else if (ITEM_LIST_KEYS.has(key)) {
				// An empty item list is written `[]`; anything else inline is not canonical.
				if (!this.text.startsWith('[]', this.valueStart) || this.valueStart + 2 !== this.contentEnd) {
					throw notCanonical;
				}
				this.itemLists.set(key, { items: [], lines: [] });
				this.advance();
			} else {
				root.set(key, this.readInline(this.valueStart));
				this.advance();
			}
			this.keyLines.set(key, lineNumber);
		}
		if (root.size === 0) {
			throw notCanonical;
		}
		const tree = { root, itemLists: this.itemLists, keyLines: this.keyLines };
		return this.commentLine === undefined ? tree : { ...tree, commentLine: this.commentLine };
	}

	/**
	 * `  - key: value` followed by `    key: value` lines, as many items as there are. The list may
	 * also start at column 0 (`- key: value`, as PyYAML and many hand edits write it); fields are
	 * then indented by 2.
	 */
	private readBlockItems(): ItemList {
		const items: ItemFields[] = [];
		const lines: number[] = [];
		const text = this.text;
		const marker = text.startsWith('- ', this.position) ? '- ' : '  - ';
		const fieldIndent = marker.length;
		while (!this.atEnd() && text.startsWith(marker, this.position)) {
			const item = new ItemFields();
			lines.push(this.lineNumber);
			this.readItemField(item, this.position + fieldIndent);
			this.advance();
			while (!this.atEnd() && isIndentedBy(text, this.position, fieldIndent)) {
				this.readItemField(item, this.position + fieldIndent);
				this.advance();
			}
			items.push(item);
		}
		if (items.length === 0) {
			throw notCanonical;
		}
		return { items, lines };
	}

	private readItemField(item: ItemFields, from: number): void {
		this.readKey(from);
		if (this.valueStart === this.contentEnd || item.has(this.key)) {
			throw notCanonical;
		}
		item.add(this.key, this.readInline(this.valueStart));
	}

	/** A plain or quoted key followed by `: ` (or by `:` at the end of the line); sets `key` and `valueStart`. */
	private readKey(from: number): void {
		const text = this.text;
		const end = this.contentEnd;
		let key: string;
		let after: number;
		if (text.charCodeAt(from) === 0x22) {
			key = readQuoted(text, from, end);
			after = quotedEnd;
		} else {
			after = text.indexOf(':', from);
			if (after < 0 || after >= end) {
				throw notCanonical;
			}
			key = knownKeyAt(text, from, after) ?? text.slice(from, after);
			if (!CANONICAL_KEYS.has(key) && !isPlainKey(key)) {
				throw notCanonical;
			}
		}
		if (isForbiddenKey(key) || text.charCodeAt(after) !== 0x3a) {
			throw notCanonical;
		}
		this.key = key;
		if (after + 1 === end) {
			this.valueStart = end;
			return;
		}
		if (text.charCodeAt(after + 1) !== 0x20 || after + 2 === end) {
			throw notCanonical;
		}
		this.valueStart = after + 2;
	}

	/** The rest of the current line as one value. */
	private readInline(from: number): YamlValue {
		const text = this.text;
		const end = this.contentEnd;
		const first = text.charCodeAt(from);
		if (first === 0x22) {
			const value = readQuoted(text, from, end);
			this.expectLineEnd(quotedEnd);
			return value;
		}
		if (first === 0x27) {
			const value = readSingleQuoted(text, from, end);
			this.expectLineEnd(quotedEnd);
			return value;
		}
		if (first === 0x5b || first === 0x7b) {
			const flow = new FlowReader(text, from, end, this.maxFlowDepth);
			const value = flow.readValue(0);
			this.expectLineEnd(flow.position);
			return value;
		}
		// A plain value ends at a ` #` comment; the spaces before it are not part of it (as in YAML).
		const comment = commentStart(text, from, end);
		if (comment >= 0) {
			this.noteComment();
			let valueEnd = comment;
			while (valueEnd > from && text.charCodeAt(valueEnd - 1) === 0x20) {
				valueEnd--;
			}
			return readPlainToken(text.slice(from, valueEnd));
		}
		return readPlainToken(text.slice(from, end));
	}

	/** After a quoted or flow value: the end of the line, or spaces and a comment. */
	private expectLineEnd(position: number): void {
		if (position === this.contentEnd) {
			return;
		}
		let at = position;
		while (at < this.contentEnd && this.text.charCodeAt(at) === 0x20) {
			at++;
		}
		if (at === position || at === this.contentEnd || this.text.charCodeAt(at) !== 0x23) {
			throw notCanonical;
		}
		this.noteComment();
	}

	private noteComment(): void {
		if (this.commentLine === undefined) {
			this.commentLine = this.lineNumber;
		}
	}
}

/**
 * Where ` #` (a comment after a value) starts in [from, end), or -1. A loop bounded by the line:
 * `indexOf` would search on to the end of the file whenever the line has none (quadratic).
 */
function commentStart(text: string, from: number, end: number): number {
	for (let i = from + 1; i < end; i++) {
		if (text.charCodeAt(i) === 0x23 && text.charCodeAt(i - 1) === 0x20) {
			return i - 1;
		}
	}
	return -1;
}

/** Exactly `count` spaces at `position`, then something else. */
function isIndentedBy(text: string, position: number, count: number): boolean {
	for (let i = position; i < position + count; i++) {
		if (text.charCodeAt(i) !== 0x20) {
			return false;
		}
	}
	return text.charCodeAt(position + count) !== 0x20;
}

/** The canonical key spelled at [from, to), as a shared constant string (no allocation), or undefined. */
function knownKeyAt(text: string, from: number, to: number): string | undefined {
	const candidates = KEYS_BY_LENGTH[to - from];
	if (candidates !== undefined) {
		for (const key of candidates) {
			if (text.startsWith(key, from)) {
				return key;
			}
		}
	}
	return undefined;
}

/** Keys the writer uses, accepted without a pattern test (the fast reader's hot path). */
const CANONICAL_KEY_LIST = [
	'version', 'document', 'documentHash', 'annotations', 'orphaned', 'type', 'start', 'end', 'text', 'status',
	'id', 'source', 'confidence', 'author', 'created', 'modified', 'note', 'prefix', 'suffix', 'reason',
];
const CANONICAL_KEYS = new Set(CANONICAL_KEY_LIST);
const KEYS_BY_LENGTH: string[][] = [];
for (const key of CANONICAL_KEY_LIST) {
	(KEYS_BY_LENGTH[key.length] ??= []).push(key);
}

/** A plain token: keyword, canonical number, or a plain string YAML reads as itself; anything else is not canonical. */
function readPlainToken(token: string): YamlValue {
	const integer = canonicalInteger(token);
	if (integer !== undefined) {
		return integer;
	}
	switch (token) {
		case 'true':
			return true;
		case 'false':
			return false;
		case 'null':
			return null;
		case '.nan':
			return NaN;
		case '.inf':
			return Infinity;
		case '-.inf':
			return -Infinity;
		default:
			break;
	}
	const first = token.charCodeAt(0);
	if ((first >= 0x30 && first <= 0x39) || first === 0x2d) {
		if (UNSAFE_INTEGER_CANDIDATE.test(token) && !Number.isSafeInteger(Number(token))) {
			return BigInt(token); // every digit kept (a 64-bit id of another system)
		}
		const number = Number(token);
		if (Number.isFinite(number) && formatNumber(number) === token) {
			return number;
		}
		throw notCanonical;
	}
	if (isSafePlain(token) || isUnambiguousPlain(token)) {
		return token;
	}
	throw notCanonical;
}

/** A canonical integer of 16 digits or more (no leading zero): maybe beyond 2^53. */
const UNSAFE_INTEGER_CANDIDATE = /^-?[1-9][0-9]{15,}$/;

/** Characters that mean something at the start of a plain scalar (or start a number), per YAML 1.2. */
const PLAIN_START_EXCLUDED = new Set([...'-?:,[]{}#&*!|>\'"%@`~+.0123456789 \t'].map((character) => character.charCodeAt(0)));
/** Plain words the YAML 1.2 core schema reads as null or booleans. */
const CORE_KEYWORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/**
 * A hand-written plain value in block context that every YAML 1.2 core reader returns as exactly
 * this string: no indicator or number start, no `: ` or ` #`, no trailing `:` or space, no tab,
 * nothing the writer would escape, not a null or boolean keyword. (Broader than what the writer
 * produces; read-only leniency so that hand edits stay on the fast reader.)
 */
function isUnambiguousPlain(token: string): boolean {
	const length = token.length;
	if (length === 0 || PLAIN_START_EXCLUDED.has(token.charCodeAt(0)) || CORE_KEYWORDS.has(token)) {
		return false;
	}
	const last = token.charCodeAt(length - 1);
	if (last === 0x20 || last === 0x3a) {
		return false;
	}
	for (let i = 0; i < length; i++) {
		const unit = token.charCodeAt(i);
		if (unit === 0x3a && token.charCodeAt(i + 1) === 0x20) {
			return false; // `: ` makes a mapping
		}
		if (unit === 0x23 && token.charCodeAt(i - 1) === 0x20) {
			return false; // ` #` starts a comment
		}
		if (unit === 0x09 || mustEscape(unit) || (unit >= 0xd800 && unit <= 0xdfff && !isPairedSurrogate(token, i, unit))) {
			return false;
		}
	}
	return true;
}

/**
 * A single-quoted string on one line (`'it''s'`): the only escape is a doubled quote. Anything
 * the writer would escape makes it not canonical (the full reader then decides). Sets `quotedEnd`.
 */
function readSingleQuoted(text: string, from: number, end: number): string {
	let value = '';
	let plainFrom = from + 1;
	for (let i = from + 1; i < end; i++) {
		const unit = text.charCodeAt(i);
		if (unit === 0x27) {
			if (text.charCodeAt(i + 1) === 0x27 && i + 1 < end) {
				value += text.slice(plainFrom, i + 1);
				i++;
				plainFrom = i + 1;
				continue;
			}
			quotedEnd = i + 1;
			return value + text.slice(plainFrom, i);
		}
		if ((unit < 0x20 || unit > 0x7e) && (mustEscape(unit) || (unit >= 0xd800 && unit <= 0xdfff && !isPairedSurrogate(text, i, unit)))) {
			throw notCanonical;
		}
	}
	throw notCanonical;
}

/** Where the last string read by `readQuoted` ended (after its closing quote); saves an object per string. */
let quotedEnd = 0;

/**
 * A double-quoted string starting at `from` (the opening quote), ending before `end`, with
 * exactly the escapes `quoteString` writes; raw characters `quoteString` would have escaped are
 * not canonical. Sets `quotedEnd`.
 */
function readQuoted(text: string, from: number, end: number): string {
	let value = '';
	let plainFrom = from + 1;
	for (let i = from + 1; i < end; i++) {
		// Skip the run of ordinary characters natively; the loop only sees the special ones.
		QUOTED_RUN.lastIndex = i;
		QUOTED_RUN.test(text);
		i = Math.min(QUOTED_RUN.lastIndex, end);
		if (i >= end) {
			break;
		}
		const unit = text.charCodeAt(i);
		if (unit === 0x22) {
			quotedEnd = i + 1;
			return value + text.slice(plainFrom, i);
		}
		if (unit === 0x5c) {
			value += text.slice(plainFrom, i);
			const kind = text.charCodeAt(i + 1);
			if (kind === 0x22) {
				value += '"';
			} else if (kind === 0x5c) {
				value += '\\';
			} else if (kind === 0x6e) {
				value += '\n';
			} else if (kind === 0x74) {
				value += '\t';
			} else if (kind === 0x72) {
				value += '\r';
			} else if (kind === 0x75) {
				value += String.fromCharCode(readHex4(text, i + 2, end));
				i += 4;
			} else {
				throw notCanonical;
			}
			i++;
			plainFrom = i + 1;
			continue;
		}
		// Printable ASCII other than `"` and `\` is the common case; everything else is checked.
		if ((unit < 0x20 || unit > 0x7e) && (mustEscape(unit) || (unit >= 0xd800 && unit <= 0xdfff && !isPairedSurrogate(text, i, unit)))) {
			throw notCanonical;
		}
	}
	throw notCanonical;
}

/** `0` or digits without a leading zero, up to 15 of them (always a safe integer), else undefined. */
function canonicalInteger(token: string): number | undefined {
	const length = token.length;
	if (length === 0 || length > 15 || (token.charCodeAt(0) === 0x30 && length > 1)) {
		return undefined;
	}
	let value = 0;
	for (let i = 0; i < length; i++) {
		const digit = token.charCodeAt(i) - 0x30;
		if (digit < 0 || digit > 9) {
			return undefined;
		}
		value = value * 10 + digit;
	}
	return value;
}

function readHex4(text: string, from: number, end: number): number {
	if (from + 4 > end) {
		throw notCanonical;
	}
	let value = 0;
	for (let i = from; i < from + 4; i++) {
		const unit = text.charCodeAt(i);
		const digit = unit >= 0x30 && unit <= 0x39 ? unit - 0x30 : unit >= 0x61 && unit <= 0x66 ? unit - 0x57 : -1;
		if (digit < 0) {
			throw notCanonical;
		}
		value = value * 16 + digit;
	}
	return value;
}

/** Flow collections as `formatInlineValue` writes them: `[a, b]`, `{"k": v}`, quoted strings, `, ` and `: ` separators. */
class FlowReader {
	position: number;

	constructor(private readonly text: string, from: number, private readonly end: number, private readonly maxDepth: number) {
		this.position = from;
	}

	readValue(depth: number): YamlValue {
		const unit = this.text.charCodeAt(this.position);
		if (unit === 0x22) {
			const value = readQuoted(this.text, this.position, this.end);
			this.position = quotedEnd;
			return value;
		}
		if (unit === 0x5b || unit === 0x7b) {
			if (depth >= this.maxDepth) {
				throw notCanonical;
			}
			return unit === 0x5b ? this.readList(depth + 1) : this.readMap(depth + 1);
		}
		let end = this.position;
		while (end < this.end) {
			const next = this.text.charCodeAt(end);
			if (next === 0x2c || next === 0x5d || next === 0x7d) {
				break;
			}
			end++;
		}
		const token = this.text.slice(this.position, end);
		const value = readPlainToken(token);
		if (typeof value === 'string') {
			throw notCanonical; // strings inside flow collections are always quoted
		}
		this.position = end;
		return value;
	}

	private readList(depth: number): YamlValue[] {
		const items: YamlValue[] = [];
		this.position++;
		if (this.text.charCodeAt(this.position) === 0x5d) {
			this.position++;
			return items;
		}
		for (;;) {
			items.push(this.readValue(depth));
			if (this.consumeClose(0x5d)) {
				return items;
			}
		}
	}

	private readMap(depth: number): Map<string, YamlValue> {
		const map = new Map<string, YamlValue>();
		this.position++;
		if (this.text.charCodeAt(this.position) === 0x7d) {
			this.position++;
			return map;
		}
		for (;;) {
			if (this.text.charCodeAt(this.position) !== 0x22) {
				throw notCanonical;
			}
			const key = readQuoted(this.text, this.position, this.end);
			this.position = quotedEnd;
			if (isForbiddenKey(key) || map.has(key) || !this.text.startsWith(': ', this.position)) {
				throw notCanonical;
			}
			this.position += 2;
			map.set(key, this.readValue(depth));
			if (this.consumeClose(0x7d)) {
				return map;
			}
		}
	}

	/** After an element: `, ` continues (returns false), the closing bracket ends (returns true). */
	private consumeClose(close: number): boolean {
		const unit = this.text.charCodeAt(this.position);
		if (unit === close) {
			this.position++;
			return true;
		}
		if (unit === 0x2c && this.text.charCodeAt(this.position + 1) === 0x20) {
			this.position += 2;
			return false;
		}
		throw notCanonical;
	}
}

/**
 * Any value handed in by code (e.g. an unknown field an extension put on an annotation) as a
 * `YamlValue`: plain objects become Maps, `undefined` becomes null, forbidden keys, functions and
 * symbols are left out, and nesting is cut at `maxDepth` (so a cyclic value cannot hang a save).
 */
export function toYamlValue(value: unknown, maxDepth = 32): YamlValue {
	if (value === null || value === undefined) {
		return null;
	}
	switch (typeof value) {
		case 'string':
		case 'number':
		case 'boolean':
			return value;
		case 'bigint':
			return Number.isSafeInteger(Number(value)) ? Number(value) : value;
		case 'object':
			break;
		default:
			return null;
	}
	if (maxDepth <= 0) {
		return null;
	}
	if (Array.isArray(value)) {
		return value.map((item) => toYamlValue(item, maxDepth - 1));
	}
	const map = new Map<string, YamlValue>();
	for (const [key, item] of entriesOf(value as object)) {
		if (typeof item !== 'function' && typeof item !== 'symbol') {
			map.set(key, toYamlValue(item, maxDepth - 1));
		}
	}
	return map;
}
