import type { TextRange } from './types';

/**
 * Finds every occurrence of a name in a text as a person would tag it: whole words only, and in
 * Arabic also when the name carries attached proclitics (و ف ب ك ل, and ل+ال contracted to لل),
 * which stay outside the returned range. Linear in the text length: one indexOf scan.
 */
export function findOccurrences(text: string, name: string): TextRange[] {
	const needle = name.trim();
	if (needle.length === 0) {
		return [];
	}
	return isArabicLetter(needle.charCodeAt(0)) ? findArabic(text, needle) : findWholeWords(text, needle);
}

const WAW = 0x648;
const FA = 0x641;
const BA = 0x628;
const KAF = 0x643;
const LAM = 0x644;
const ALEF = 0x627;

export function isArabicLetter(unit: number): boolean {
	return (unit >= 0x620 && unit <= 0x64a) || (unit >= 0x66e && unit <= 0x6d3) || unit === 0x6d5 || (unit >= 0x6fa && unit <= 0x6ff) || (unit >= 0x750 && unit <= 0x77f);
}

/** Letters, digits and combining marks of any script continue a word. */
function isWordUnit(unit: number): boolean {
	if ((unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a) || unit === 0x5f) {
		return true;
	}
	if (unit < 0xc0) {
		return false;
	}
	// Arabic diacritics and tatweel belong to the word they sit on.
	if ((unit >= 0x610 && unit <= 0x61a) || (unit >= 0x64b && unit <= 0x65f) || unit === 0x670 || unit === 0x640) {
		return true;
	}
	return /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(unit));
}

function findWholeWords(text: string, needle: string): TextRange[] {
	const found: TextRange[] = [];
	const needsLeftBoundary = isWordUnit(needle.charCodeAt(0));
	const needsRightBoundary = isWordUnit(needle.charCodeAt(needle.length - 1));
	for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
		const end = at + needle.length;
		if ((needsLeftBoundary && at > 0 && isWordUnit(text.charCodeAt(at - 1))) || (needsRightBoundary && end < text.length && isWordUnit(text.charCodeAt(end)))) {
			continue;
		}
		found.push({ start: at, end });
	}
	return found;
}

/**
 * True when text[from, to) is a run of proclitics that may precede a name: an optional
 * conjunction (و or ف) then an optional preposition (ب ك ل), each a single letter.
 */
function isProcliticRun(text: string, from: number, to: number): boolean {
	let at = from;
	if (at < to && (text.charCodeAt(at) === WAW || text.charCodeAt(at) === FA)) {
		at++;
	}
	if (at < to && (text.charCodeAt(at) === BA || text.charCodeAt(at) === KAF || text.charCodeAt(at) === LAM)) {
		at++;
	}
	return at === to;
}

/**
 * True when the word that ends at `at` (the letters right before a candidate name) is empty or
 * consists only of proclitics, so the name starts a word once they are peeled off.
 */
function onlyProcliticsBefore(text: string, at: number): boolean {
	let wordStart = at;
	while (wordStart > 0 && isWordUnit(text.charCodeAt(wordStart - 1))) {
		wordStart--;
		if (at - wordStart > 2) {
			return false;
		}
	}
	return isProcliticRun(text, wordStart, at);
}

function findArabic(text: string, needle: string): TextRange[] {
	const found: TextRange[] = [];
	const hasArticle = needle.length > 2 && needle.charCodeAt(0) === ALEF && needle.charCodeAt(1) === LAM;
	// With the article, ل + ال contracts to لل: search for the name without its alef so both forms hit.
	const core = hasArticle ? needle.slice(1) : needle;
	for (let at = text.indexOf(core); at >= 0; at = text.indexOf(core, at + 1)) {
		const end = at + core.length;
		if (end < text.length && isWordUnit(text.charCodeAt(end))) {
			continue;
		}
		if (hasArticle) {
			if (at > 0 && text.charCodeAt(at - 1) === ALEF) {
				// Full article: proclitics may precede the alef.
				if (onlyProcliticsBefore(text, at - 1)) {
					found.push({ start: at - 1, end });
				}
			} else if (at > 0 && text.charCodeAt(at - 1) === LAM && onlyProcliticsBefore(text, at)) {
				// لل contraction: the first ل is the preposition, the name keeps the second one.
				found.push({ start: at, end });
			}
			continue;
		}
		if (onlyProcliticsBefore(text, at)) {
			found.push({ start: at, end });
		}
	}
	return found;
}
