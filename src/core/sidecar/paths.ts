/**
 * Sidecar naming, by the contract: the sidecar of `article.txt` is `article.txt.annotations.yaml`
 * in the same folder. These are pure functions on *base names* (no folders): the extension builds
 * URIs with `Uri.joinPath(dirname(article), sidecarNameFor(basename))`, the command line with
 * `path.join`. A path is never taken from a sidecar's content (its `document` field is only
 * compared, never followed), so a hostile sidecar cannot point the tools anywhere else.
 */

import { formatString } from './yamltext';

export const SIDECAR_SUFFIX = '.annotations.yaml';

/** True for a plain file name: not empty, no folder separators, not `.` or `..`. */
export function isBaseName(name: string): boolean {
	return name.length > 0 && name !== '.' && name !== '..' && !name.includes('/') && !name.includes('\\') && !name.includes('\0');
}

/** `000_x.txt` → `000_x.txt.annotations.yaml`. Throws on a name with a folder in it (a caller bug). */
export function sidecarNameFor(articleFileName: string): string {
	if (!isBaseName(articleFileName)) {
		throw new Error(`sidecarNameFor expects a file name without folders, got ${JSON.stringify(articleFileName)}`);
	}
	return articleFileName + SIDECAR_SUFFIX;
}

/** True when the base name follows the sidecar naming (something before the suffix). */
export function isSidecarName(fileName: string): boolean {
	return isBaseName(fileName) && fileName.length > SIDECAR_SUFFIX.length && fileName.endsWith(SIDECAR_SUFFIX);
}

/**
 * True when a sidecar's `document:` names the article `articleName`: the same text, or the same
 * name in another Unicode normalization (a folder copied from macOS or some archives gives its file
 * names in NFD while the sidecars inside still say NFC, or the reverse: they read the same).
 */
export function namesArticle(document: string, articleName: string): boolean {
	return document === articleName || articleNameKey(document) === articleNameKey(articleName);
}

/** One key for the names `namesArticle` takes for the same article (to look them up in a map). */
export function articleNameKey(name: string): string {
	return name.normalize('NFC');
}

/**
 * The spellings of a file name that `namesArticle` takes for the same article, as file systems
 * hold them: the name itself first, then its NFC and NFD forms (one copied from macOS is NFD).
 */
export function articleNameForms(name: string): string[] {
	return [...new Set([name, name.normalize('NFC'), name.normalize('NFD')])];
}

/** `000_x.txt.annotations.yaml` → `000_x.txt`; undefined for a name that is not a sidecar's. */
export function articleNameForSidecar(sidecarFileName: string): string | undefined {
	return isSidecarName(sidecarFileName) ? sidecarFileName.slice(0, -SIDECAR_SUFFIX.length) : undefined;
}

/**
 * Name of the temporary file a sidecar is first written to, in the same folder (so the final
 * rename stays on one file system and is atomic). `unique` should differ per write, e.g.
 * `${process.pid}-${random}`; `.gitignore` ignores `*.annotations.yaml.tmp-*`.
 */
export function sidecarTempNameFor(sidecarFileName: string, unique: string): string {
	if (!isBaseName(sidecarFileName) || !/^[A-Za-z0-9_-]{1,64}$/.test(unique)) {
		throw new Error('sidecarTempNameFor expects a file name and a short [A-Za-z0-9_-] tag');
	}
	return `${sidecarFileName}.tmp-${unique}`;
}

/** True for a leftover temporary file of an interrupted write (safe to delete, never to read as a sidecar). */
export function isSidecarTempName(fileName: string): boolean {
	const marker = SIDECAR_SUFFIX + '.tmp-';
	const at = fileName.lastIndexOf(marker);
	return isBaseName(fileName) && at > 0 && at + marker.length < fileName.length;
}

/**
 * A sidecar's text naming another article in its `document:` line (after a rename), everything
 * else byte for byte, whatever state the file is in; unchanged when it has no such line. Every such
 * line: a file a merge left with conflict markers holds one per side, and either may be kept.
 */
export function withDocumentName(sidecarText: string, articleName: string): string {
	const name = formatString(articleName);
	const parts: string[] = [];
	let from = 0;
	for (const value of documentValues(sidecarText)) {
		parts.push(sidecarText.slice(from, value.start), name);
		from = value.end;
	}
	parts.push(sidecarText.slice(from));
	return parts.join('');
}

/** The text of the first top-level `document:` value as written (quoted or plain), without reading the rest of the sidecar. */
export function firstDocumentValue(sidecarText: string): string | undefined {
	const value = documentValues(sidecarText)[0];
	return value === undefined ? undefined : sidecarText.slice(value.start, value.end);
}

/**
 * Where the values of the top-level `document:` key are, a trailing comment left out: a quoted
 * scalar (which may run over several lines) or plain text with its more indented continuation
 * lines. Lines are what the YAML reader counts, LF or CRLF after an optional BOM (U+2028, U+2029
 * and a lone CR may sit inside a quoted value: a note's `…\u2028document: x"` is not the key).
 * One pass over the text: a regular expression for this backtracked quadratically on a long run
 * of spaces, which a hostile sidecar can hold.
 */
function documentValues(text: string): { start: number; end: number }[] {
	const KEY = 'document:';
	const first = text.startsWith('\uFEFF') ? 1 : 0;
	const values: { start: number; end: number }[] = [];
	let key = text.startsWith(KEY, first) ? first : nextKeyLine(text, 0);
	while (key >= 0) {
		let at = key + KEY.length;
		while (isBlank(text, at)) at++;
		let next = key + 1;
		if (at > key + KEY.length) {
			const quoted = quotedValue(text, at);
			const value = quoted ?? plainValue(text, at);
			values.push(value);
			if (!quoted && (text[at] === '"' || text[at] === "'")) {
				// a quote not closed where a value could end: no later key is looked for, so that a
				// hostile file of such lines is not scanned to its end once per line
				break;
			}
			next = value.end;
		}
		key = nextKeyLine(text, next);
	}
	return values;
}

function nextKeyLine(text: string, from: number): number {
	const at = text.indexOf('\ndocument:', from);
	return at < 0 ? -1 : at + 1;
}

function isBlank(text: string, at: number): boolean {
	return text[at] === ' ' || text[at] === '\t';
}

/** End of the line holding `at` (before its CR LF or LF). */
function lineEnd(text: string, at: number): number {
	const feed = text.indexOf('\n', at);
	const end = feed < 0 ? text.length : feed;
	return end > at && text[end - 1] === '\r' ? end - 1 : end;
}

/** True when only blanks, or blanks and a comment, follow `at` on its line. */
function restIsBlankOrComment(text: string, at: number): boolean {
	let i = at;
	while (isBlank(text, i)) i++;
	return i === lineEnd(text, at) || (i > at && text[i] === '#');
}

function quotedValue(text: string, start: number): { start: number; end: number } | undefined {
	const quote = text[start];
	if (quote !== '"' && quote !== "'") {
		return undefined;
	}
	let i = start + 1;
	while (i < text.length) {
		if (quote === '"' && text[i] === '\\') {
			i += 2;
		} else if (text[i] === quote) {
			if (quote === "'" && text[i + 1] === "'") {
				i += 2;
			} else {
				break;
			}
		} else {
			i++;
		}
	}
	return i < text.length && restIsBlankOrComment(text, i + 1) ? { start, end: i + 1 } : undefined;
}

function plainValue(text: string, start: number): { start: number; end: number } {
	let lineStart = start;
	for (;;) {
		const end = lineEnd(text, lineStart);
		// a comment needs a blank before it; it ends the value
		let comment = -1;
		for (let i = lineStart + 1; i < end; i++) {
			if (text[i] === '#' && isBlank(text, i - 1)) {
				comment = i;
				break;
			}
		}
		let valueEnd = comment < 0 ? end : comment;
		while (valueEnd > lineStart && isBlank(text, valueEnd - 1)) valueEnd--;
		// a more indented line that is not blank nor a comment continues the value
		let next = text.indexOf('\n', end) + 1;
		if (comment >= 0 || next === 0 || !isBlank(text, next)) {
			return { start, end: valueEnd };
		}
		while (isBlank(text, next)) next++;
		if (next >= text.length || text[next] === '\r' || text[next] === '\n' || text[next] === '#') {
			return { start, end: valueEnd };
		}
		lineStart = next;
	}
}
