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
 * else byte for byte, whatever state the file is in; unchanged when it has no such line.
 */
export function withDocumentName(sidecarText: string, articleName: string): string {
	// a function, not a replacement string: a name may hold `$&` or `$'`, which replace() expands
	return sidecarText.replace(DOCUMENT_LINE, (_line, lineStart: string, gap: string) => `${lineStart}document:${gap}${formatString(articleName)}`);
}

/**
 * The top-level `document:` key and its whole value, a trailing comment left out: a quoted scalar
 * (which may run over several lines) or plain text with its more indented continuation lines.
 * Lines are what the YAML reader counts as lines, LF or CRLF after an optional BOM: not the `m`
 * flag's `^`, `$` and `.`, which also break at U+2028, U+2029 and a lone CR, all of which may sit
 * inside a quoted value (a note's `…\u2028document: x"` is not the key).
 */
const DOCUMENT_LINE = /(^\uFEFF?|\n)document:([ \t]+)(?:"(?:[^"\\]|\\[^])*"|'(?:[^']|'')*'|[^\r\n]*?(?:\r?\n[ \t]+[^ \t\r\n#][^\r\n]*?)*)(?=[ \t]+#[^\r\n]*(?:\r?\n|$)|[ \t]*(?:\r?\n|$))/u;
