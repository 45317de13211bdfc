/**
 * Decoding an article's bytes into the text that annotations point into.
 *
 * Pure: callers do the I/O (the extension through `vscode.workspace.fs`, the command line through
 * `fs`) and hand over the bytes. The rules, and why:
 * - UTF-8 only. Invalid UTF-8 is an error naming the byte offset, never silently replaced with
 *   U+FFFD: a replaced character would shift every code point offset after it and make the stored
 *   quotes unverifiable.
 * - A UTF-8 byte order mark is removed (VS Code removes it too, so offsets agree with the editor)
 *   and reported, so a tool that counts from the first byte can be warned.
 * - Binary files (a NUL byte, or many control characters) are refused: they are not articles.
 * - Empty files are allowed (nothing to annotate) but reported.
 * - A size cap applies before any decoding, so a huge file costs nothing.
 * - Line ends are kept exactly as they are (a CR counts as a code point like any other), and the
 *   style is reported: VS Code normalises *mixed* line ends when it opens a file, which would
 *   make its offsets disagree with the file's, so that case is worth a warning.
 */

import { Buffer } from 'node:buffer';

export interface TextFileLimits {
	/** Largest accepted file, in bytes. */
	readonly maxBytes: number;
	/**
	 * Largest share of control characters (other than tab, line feed, form feed and carriage
	 * return) among all characters before the text counts as binary.
	 */
	readonly maxControlRatio: number;
}

/** Generous enough for long honest articles of several MB. */
export const DEFAULT_ARTICLE_LIMITS: TextFileLimits = { maxBytes: 50 * 1024 * 1024, maxControlRatio: 0.01 };

export type LineEndStyle = 'none' | 'lf' | 'crlf' | 'cr' | 'mixed';

export type TextFileErrorKind = 'too-large' | 'binary' | 'invalid-utf8';

export interface DecodedText {
	readonly ok: true;
	/** The text with the byte order mark removed; offsets point into this. */
	readonly text: string;
	readonly hadBom: boolean;
	readonly empty: boolean;
	readonly lineEnds: LineEndStyle;
	/** One-line remarks worth showing (BOM removed, empty file, mixed line ends); not errors. */
	readonly notes: readonly string[];
}

export interface TextFileError {
	readonly ok: false;
	readonly kind: TextFileErrorKind;
	/** One line saying what is wrong, without the file name (the caller adds it). */
	readonly message: string;
}

export type TextFileResult = DecodedText | TextFileError;

const BOM = [0xef, 0xbb, 0xbf] as const;

/** Why a file of `size` bytes is not read (also said from its size alone, before reading it). */
export function tooLargeMessage(size: number, maxBytes: number): string {
	return `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`;
}

/** Decodes an article (or any text file the project reads) from its bytes. */
export function decodeTextFile(bytes: Uint8Array, limits: Partial<TextFileLimits> = {}): TextFileResult {
	const { maxBytes, maxControlRatio } = { ...DEFAULT_ARTICLE_LIMITS, ...limits };
	if (bytes.length > maxBytes) {
		return failure('too-large', tooLargeMessage(bytes.length, maxBytes));
	}
	const utf16 = utf16ByteOrder(bytes);
	if (utf16 !== undefined) {
		// its ASCII letters hold NUL bytes: without this it would be called binary
		return failure('invalid-utf8', `UTF-16 text (${utf16} byte order mark), not UTF-8; save it as UTF-8`);
	}
	const nul = bytes.indexOf(0);
	if (nul >= 0) {
		return failure('binary', `binary data (NUL byte at offset ${nul}), not a text file`);
	}
	const hadBom = bytes.length >= 3 && bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
	const body = hadBom ? bytes.subarray(3) : bytes;
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
	} catch {
		const offset = firstInvalidUtf8Offset(body) + (hadBom ? 3 : 0);
		return failure('invalid-utf8', `not valid UTF-8 (first bad byte at offset ${offset}); save it as UTF-8`);
	}
	const controls = countControlCharacters(text);
	if (text.length > 0 && controls / text.length > maxControlRatio) {
		return failure('binary', `binary data (${controls} control characters in ${text.length}), not a text file`);
	}
	const lineEnds = detectLineEnds(text);
	const notes: string[] = [];
	if (hadBom) {
		notes.push('a UTF-8 byte order mark was removed; offsets count from the character after it');
	}
	if (text.length === 0) {
		notes.push('the file is empty');
	}
	if (lineEnds === 'mixed') {
		notes.push(`mixed line ends (${mixedLineEndKinds(text)}); editors that normalise them will disagree with stored offsets`);
	}
	return { ok: true, text, hadBom, empty: text.length === 0, lineEnds, notes };
}

/** 'little-endian' or 'big-endian' when the bytes open with a UTF-16 byte order mark. */
function utf16ByteOrder(bytes: Uint8Array): string | undefined {
	if (bytes.length < 2) {
		return undefined;
	}
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return 'little-endian';
	}
	return bytes[0] === 0xfe && bytes[1] === 0xff ? 'big-endian' : undefined;
}

function failure(kind: TextFileErrorKind, message: string): TextFileError {
	return { ok: false, kind, message };
}

/**
 * Byte offset of the first byte that breaks UTF-8 (overlong forms, surrogates, values above
 * U+10FFFF and truncated sequences included), or `bytes.length` if there is none. Only run after
 * the fast native decoder has refused the input, to say where.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const lead = bytes[i];
		if (lead < 0x80) {
			i++;
			continue;
		}
		let length: number;
		let min: number;
		let codePoint: number;
		if (lead >= 0xc2 && lead <= 0xdf) {
			length = 2;
			min = 0x80;
			codePoint = lead & 0x1f;
		} else if (lead >= 0xe0 && lead <= 0xef) {
			length = 3;
			min = 0x800;
			codePoint = lead & 0x0f;
		} else if (lead >= 0xf0 && lead <= 0xf4) {
			length = 4;
			min = 0x10000;
			codePoint = lead & 0x07;
		} else {
			return i;
		}
		if (i + length > bytes.length) {
			return i;
		}
		for (let k = 1; k < length; k++) {
			const next = bytes[i + k];
			if ((next & 0xc0) !== 0x80) {
				return i;
			}
			codePoint = (codePoint << 6) | (next & 0x3f);
		}
		if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
			return i;
		}
		i += length;
	}
	return bytes.length;
}

/** Any C0 control other than tab, line feed, form feed and carriage return, or DEL (one class: a linear native scan). */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/** C0 controls other than tab, line feed, form feed and carriage return, plus DEL. */
function countControlCharacters(text: string): number {
	// Honest text has none: one native scan says so without a loop in JavaScript.
	if (!CONTROL_CHARACTER.test(text)) {
		return 0;
	}
	let count = 0;
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		if ((unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0c && unit !== 0x0d) || unit === 0x7f) {
			count++;
		}
	}
	return count;
}

/** The kinds of line end a mixed text holds, as the warning names them («CR and CRLF»). */
function mixedLineEndKinds(text: string): string {
	const kinds = [/(?<!\r)\n/.test(text) ? 'LF' : '', text.includes('\r\n') ? 'CRLF' : '', /\r(?!\n)/.test(text) ? 'CR' : ''].filter((kind) => kind !== '');
	return `${kinds.slice(0, -1).join(', ')} and ${kinds[kinds.length - 1]}`;
}

/** Which line ends the text uses; a lone CR among CRLFs or LFs counts as mixed. */
export function detectLineEnds(text: string): LineEndStyle {
	let lf = 0;
	let crlf = 0;
	let cr = 0;
	// indexOf jumps between line ends natively; each search result is reused until passed, so a
	// text without any CR is searched for one once, not once per line (which would be quadratic).
	let nextLf = text.indexOf('\n');
	let nextCr = text.indexOf('\r');
	while (nextLf >= 0 || nextCr >= 0) {
		let from: number;
		if (nextCr >= 0 && (nextLf < 0 || nextCr < nextLf)) {
			if (nextCr + 1 === nextLf) {
				crlf++;
				from = nextLf + 1;
			} else {
				cr++;
				from = nextCr + 1;
			}
		} else {
			lf++;
			from = nextLf + 1;
		}
		if ((lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0) > 1) {
			return 'mixed';
		}
		if (nextLf >= 0 && nextLf < from) {
			nextLf = text.indexOf('\n', from);
		}
		if (nextCr >= 0 && nextCr < from) {
			nextCr = text.indexOf('\r', from);
		}
	}
	if (crlf > 0) {
		return 'crlf';
	}
	if (lf > 0) {
		return 'lf';
	}
	return cr > 0 ? 'cr' : 'none';
}

/** A surrogate without its pair: UTF-8 cannot hold it (an encoder writes U+FFFD instead). */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Whether `bytes` are exactly `text` in UTF-8, without a byte order mark: then `decodeTextFile`
 * would give `text` back (or refuse the file), and a caller that already holds the text, such as
 * the editor's, need not decode a long file again.
 */
export function isUtf8Of(bytes: Uint8Array, text: string): boolean {
	// UTF-8 takes one to three bytes per UTF-16 unit: other lengths cannot match
	if (bytes.length < text.length || bytes.length > text.length * 3 || LONE_SURROGATE.test(text)) {
		return false;
	}
	const encoded = new TextEncoder().encode(text);
	return encoded.length === bytes.length && Buffer.from(encoded.buffer, encoded.byteOffset, encoded.length).equals(bytes);
}

/** `20 MB`, `512 KB`, `17 bytes`: sizes in messages people read. */
export function formatBytes(bytes: number): string {
	if (bytes >= 1024 * 1024) {
		const mb = bytes / (1024 * 1024);
		return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
	}
	if (bytes >= 1024) {
		const kb = bytes / 1024;
		return `${Number.isInteger(kb) ? kb : kb.toFixed(1)} KB`;
	}
	return `${bytes} bytes`;
}
