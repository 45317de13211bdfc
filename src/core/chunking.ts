/**
 * Splits text into detection chunks: lines, and sentences inside long lines. The boundary after a
 * chunk depends only on the chunk's own text and a few characters after it (LOOKAHEAD), never on
 * what came before the chunk. That is what lets an edit re-detect only the chunks near it and
 * still give exactly what detecting the whole text again would give.
 */

import { isUpperCaseUnit } from './unicode';

/** A chunk never grows past this many UTF-16 units (a line without sentence ends is cut at a space). */
export const MAX_CHUNK_LENGTH = 4000;
/** How far past a candidate boundary the decision looks. */
export const LOOKAHEAD = 4;

const SENTENCE_END = new Set([0x2e /* . */, 0x21 /* ! */, 0x3f /* ? */, 0x61f /* ؟ */, 0x2026 /* … */, 0x6d4 /* ۔ */]);

/** Short words that end with a period without ending a sentence (M. Dupont, Dr. Smith, St. Louis, Mme. X). */
const ABBREVIATIONS = new Set(['mme', 'mlle', 'mgr', 'mm', 'dr', 'pr', 'st', 'ste', 'mr', 'mrs', 'ms', 'jr', 'sr', 'prof', 'gen', 'gén', 'col', 'lt', 'sgt', 'capt', 'cdt', 'vs', 'etc', 'no', 'art', 'vol', 'p', 'env', 'av', 'bd', 'inc', 'ltd', 'co', 'corp', 'dept', 'fig', 'gov', 'sen', 'rep', 'rev', 'hon', 'mt', 'ft', 'jan', 'fév', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'déc', 'u.s', 'e.g', 'i.e']);

/**
 * US states as datelines and wires abbreviate them («CUPERTINO, Calif. 1996-10-16», «Hartford,
 * Conn.»), capitalised as written: a sentence rarely ends with one, and a chunk cut after it parts
 * the dateline from its date.
 */
const STATE_ABBREVIATIONS = new Set(['Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La', 'Mass', 'Md', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'N.H', 'N.J', 'N.M', 'N.Y', 'N.C', 'N.D', 'Okla', 'Ore', 'Pa', 'R.I', 'S.C', 'S.D', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'W.Va', 'Wyo', 'D.C']);

/** Letters joined by periods before the last one: «U.N», «U.K», «E.U» (its period is the one being read). */
const INITIALISM = /^(?:\p{Lu}\.){1,3}\p{Lu}$/u;

function isSpace(unit: number): boolean {
	return unit === 0x20 || unit === 0x09 || unit === 0xa0 || unit === 0x202f || unit === 0x3000;
}

/** A digit or a sign that opens a figure («15», «-211.35», «+45.20», «.496»). */
function isFigureStart(unit: number): boolean {
	return (unit >= 0x30 && unit <= 0x39) || unit === 0x2b || unit === 0x2d || unit === 0x2e || unit === 0x2212;
}

function isLineBreak(unit: number): boolean {
	return unit === 0x0a || unit === 0x0d || unit === 0x2028 || unit === 0x2029;
}

/** A character that can open a sentence: a capital (any script's: «Łukaszenka», «İstanbul»), an Arabic letter, a digit, an opening quote or dash. */
function opensSentence(unit: number): boolean {
	if ((unit >= 0x30 && unit <= 0x39) || isUpperCaseUnit(unit)) {
		return true;
	}
	if (unit >= 0x600 && unit <= 0x6ff) {
		return true;
	}
	return unit === 0xab /* « */ || unit === 0x201c /* “ */ || unit === 0x22 || unit === 0x2014 || unit === 0x2013 || unit === 0x28;
}

/** The word ending just before `periodIndex`, read back no further than `from`. */
function wordBefore(text: string, from: number, periodIndex: number): string {
	let start = periodIndex;
	while (start > from && !isSpace(text.charCodeAt(start - 1)) && !isLineBreak(text.charCodeAt(start - 1))) {
		start--;
	}
	return text.slice(start, periodIndex);
}

function endsSentenceAt(text: string, from: number, index: number): boolean {
	const unit = text.charCodeAt(index);
	if (!SENTENCE_END.has(unit)) {
		return false;
	}
	// Require: terminator, one or two spaces, then something that can open a sentence.
	let next = index + 1;
	if (next >= text.length || !isSpace(text.charCodeAt(next))) {
		return false;
	}
	next++;
	if (next < text.length && isSpace(text.charCodeAt(next))) {
		next++;
	}
	if (next >= text.length || !opensSentence(text.charCodeAt(next))) {
		return false;
	}
	if (unit === 0x2e) {
		const word = wordBefore(text, from, index);
		// Initials (J. Smith), initialisms (the U.N. Security Council) and known abbreviations do
		// not end sentences.
		const bare = word.replace(/^[("«“]+/, '');
		if (bare.length <= 1 || ABBREVIATIONS.has(bare.toLowerCase()) || STATE_ABBREVIATIONS.has(bare) || INITIALISM.test(bare)) {
			return false;
		}
	}
	return true;
}

/** Past this length a chunk may end at a content-chosen space (see chunkEnd). */
export const SOFT_CHUNK_LENGTH = 1000;

/**
 * End (exclusive) of the chunk that starts at `from`. A line break ends a chunk after the break
 * (CRLF stays together); a sentence end ends it after the following spaces; a run of three spaces
 * or a tab (headline lists, tables) ends it before the next word, unless a figure follows (a table's
 * columns stay with the row's name). A chunk longer than
 * SOFT_CHUNK_LENGTH ends after a space that follows a word whose hash is 0 modulo 16: a cut chosen
 * by the nearby words, not by the distance from `from`, so an edit cannot move cuts far from itself.
 */
export function chunkEnd(text: string, from: number): number {
	const limit = Math.min(text.length, from + MAX_CHUNK_LENGTH);
	let lastSpace = -1;
	let wordHash = 0;
	let spaceRun = 0;
	for (let i = from; i < limit; i++) {
		const unit = text.charCodeAt(i);
		if (unit === 0x0d) {
			return i + 1 < text.length && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
		}
		if (unit === 0x0a || unit === 0x2028 || unit === 0x2029) {
			return i + 1;
		}
		if (isSpace(unit)) {
			spaceRun = unit === 0x09 ? Math.max(3, spaceRun + 1) : spaceRun + 1;
			if (i - from >= SOFT_CHUNK_LENGTH && wordHash !== 0 && (wordHash & 15) === 0) {
				return i + 1;
			}
			lastSpace = i;
			wordHash = 0;
			continue;
		}
		// a run of three spaces or a tab after some text ends the chunk before the next word, but not
		// before a figure: the columns of a table row stay with its name («Barcelona      15  10  5»)
		if (spaceRun >= 3 && i - spaceRun > from && !isFigureStart(unit)) {
			return i;
		}
		spaceRun = 0;
		wordHash = (Math.imul(wordHash ^ unit, 0x01000193) >>> 0) || 1;
		if (endsSentenceAt(text, from, i)) {
			let end = i + 1;
			while (end < text.length && end - i <= 2 && isSpace(text.charCodeAt(end))) {
				end++;
			}
			return end;
		}
	}
	if (limit === text.length) {
		return text.length;
	}
	// Nothing ended the chunk within the limit: cut after the last space, or hard at the limit.
	return lastSpace > from ? lastSpace + 1 : limit;
}

/** All chunk boundaries of a text: [0, e1, e2, ..., text.length]. */
export function chunkBoundaries(text: string): number[] {
	const boundaries = [0];
	let from = 0;
	while (from < text.length) {
		from = chunkEnd(text, from);
		boundaries.push(from);
	}
	return boundaries;
}
