/**
 * Tokeniser with UTF-16 offsets, shared by training, detection and the date finder.
 *
 * One linear scan, no regular expressions over the text. Rules (the same for every language so the
 * model sees the same units at training and at run time):
 * - a word is a run of letters, combining marks and digits of one script (Arabic letters never
 *   glue to Latin letters or to digits: «الرابطhttps», «ال20» are two tokens);
 * - every apostrophe (' ’ ‘ ʼ `) is a token of its own, so French elisions (l’Algérie, d'Alger)
 *   and English possessives (Obama's) leave the name as a separate token;
 * - hyphens, dots and every other punctuation or symbol character is a token of its own;
 * - a URL (http://, https://, www.) is one token of kind `url`;
 * - Arabic proclitics stay inside the word token (see `arabic.ts` for where a name starts).
 */
import type { LanguageCode } from '../types';

export type TokenKind = 'word' | 'number' | 'punct' | 'url';

export interface Token {
	readonly start: number;
	readonly end: number;
	readonly text: string;
	readonly kind: TokenKind;
	/** True when a line break lies between the previous token and this one (or it is the first). */
	readonly lineStart: boolean;
}

/** Character classes. */
export const enum C {
	Space = 0,
	Newline = 1,
	Latin = 2, // letters of non-Arabic scripts (Latin, Greek, Cyrillic, ...)
	Arabic = 3,
	Digit = 4,
	Mark = 5, // combining mark, tatweel: joins the current word
	Apostrophe = 6,
	Punct = 7,
}

const ASCII = new Uint8Array(128);
(() => {
	for (let c = 0; c < 128; c++) {
		let k = C.Punct;
		if (c === 10 || c === 13 || c === 11 || c === 12) k = C.Newline;
		else if (c <= 32 || c === 127) k = C.Space;
		else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) k = C.Latin;
		else if (c >= 48 && c <= 57) k = C.Digit;
		else if (c === 39 || c === 96) k = C.Apostrophe;
		ASCII[c] = k;
	}
})();

const LETTER_OR_MARK = /[\p{L}\p{M}\p{N}]/u;
const SPACE_RE = /\s/u;

/** Class of the UTF-16 code unit `c` (surrogates are classed as Punct; see tokenizer). */
export function charClass(c: number): C {
	if (c < 128) return ASCII[c] as C;
	if (c >= 0x0600 && c <= 0x06ff) {
		if (c >= 0x064b && c <= 0x065f) return C.Mark;
		if (c === 0x0640 || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed)) return C.Mark;
		if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) return C.Digit;
		if (c === 0x060c || c === 0x061b || c === 0x061f || c === 0x060d || (c >= 0x066a && c <= 0x066d) || c === 0x06d4 || c === 0x0609 || c === 0x060a) {
			return C.Punct;
		}
		if (c <= 0x0605 || c === 0x061c || c === 0x061d || c === 0x061e) return C.Punct;
		return C.Arabic;
	}
	if ((c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) {
		if (c >= 0x08d3 && c <= 0x08ff) return C.Mark;
		if (c === 0xfd3e || c === 0xfd3f) return C.Punct;
		return C.Arabic;
	}
	if (c === 0x2019 || c === 0x2018 || c === 0x02bc || c === 0x02bb || c === 0x2032) return C.Apostrophe;
	if (c === 0x00a0 || c === 0x2007 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x1680 || c === 0xfeff) return C.Space;
	if (c === 0x2028 || c === 0x2029 || c === 0x85) return C.Newline;
	if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return C.Mark;
	if (c >= 0xd800 && c <= 0xdfff) return C.Punct;
	if (c >= 0x0300 && c <= 0x036f) return C.Mark;
	if (c === 0xaa || c === 0xba || c === 0xb5) return C.Latin;
	if (c >= 0xc0 && c <= 0x24f) return c === 0xd7 || c === 0xf7 ? C.Punct : C.Latin;
	const ch = String.fromCharCode(c);
	if (LETTER_OR_MARK.test(ch)) {
		if (/\p{M}/u.test(ch)) return C.Mark;
		if (/\p{N}/u.test(ch)) return /\p{Nd}/u.test(ch) ? C.Digit : C.Punct;
		return C.Latin;
	}
	if (SPACE_RE.test(ch)) return C.Space;
	return C.Punct;
}

// Cache of classes for the BMP, filled lazily.
const CLASS_CACHE = new Uint8Array(65536).fill(255);
export function cls(c: number): C {
	let k = CLASS_CACHE[c];
	if (k === 255) {
		k = charClass(c);
		CLASS_CACHE[c] = k;
	}
	return k as C;
}

function isUrlStart(text: string, i: number): number {
	// returns the length of the scheme prefix if a URL starts at i, else 0
	const c = text.charCodeAt(i) | 0x20;
	if (c === 0x68) {
		// http:// https://
		if ((text.charCodeAt(i + 1) | 0x20) !== 0x74 || (text.charCodeAt(i + 2) | 0x20) !== 0x74 || (text.charCodeAt(i + 3) | 0x20) !== 0x70) return 0;
		let j = i + 4;
		if ((text.charCodeAt(j) | 0x20) === 0x73) j++;
		if (text.charCodeAt(j) === 58 && text.charCodeAt(j + 1) === 47 && text.charCodeAt(j + 2) === 47) return j + 3 - i;
		return 0;
	}
	if (c === 0x77) {
		if ((text.charCodeAt(i + 1) | 0x20) === 0x77 && (text.charCodeAt(i + 2) | 0x20) === 0x77 && text.charCodeAt(i + 3) === 46) return 4;
	}
	return 0;
}

function urlEnd(text: string, i: number, end: number): number {
	let j = i;
	while (j < end) {
		const c = text.charCodeAt(j);
		const k = cls(c);
		if (k === C.Space || k === C.Newline) break;
		if (c === 0x22 || c === 0x3c || c === 0x3e || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d) break;
		if (cls(c) === C.Arabic && j > i) break;
		j++;
	}
	// trailing punctuation is not part of the URL
	while (j > i) {
		const c = text.charCodeAt(j - 1);
		if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 39 || c === 0x2019 || c === 0x060c) {
			j--;
		} else {
			break;
		}
	}
	return j;
}

/**
 * Scans `text[from, to)` and calls `emit(start, end, kind, lineStart)` for each token. The
 * allocation-free core used by the detector.
 */
export function scanTokens(
	text: string,
	from: number,
	to: number,
	emit: (start: number, end: number, kind: TokenKind, lineStart: boolean) => void,
): void {
	let i = from;
	let lineStart = true;
	while (i < to) {
		const c = text.charCodeAt(i);
		const k = cls(c);
		if (k === C.Space) {
			i++;
			continue;
		}
		if (k === C.Newline) {
			lineStart = true;
			i++;
			continue;
		}
		const start = i;
		if (k === C.Latin) {
			const u = isUrlStart(text, i);
			if (u > 0) {
				const e = urlEnd(text, i + u, to);
				if (e > i + u) {
					emit(start, e, 'url', lineStart);
					lineStart = false;
					i = e;
					continue;
				}
			}
		}
		if (k === C.Latin || k === C.Arabic || k === C.Digit || k === C.Mark) {
			// word: letters of one script (+ digits for non-Arabic), marks join
			let script = k === C.Mark ? C.Latin : k;
			let allDigits = k === C.Digit;
			i++;
			while (i < to) {
				const d = cls(text.charCodeAt(i));
				if (d === C.Mark) {
					i++;
					continue;
				}
				if (d === C.Digit) {
					if (script === C.Arabic) break;
					i++;
					continue;
				}
				if (d === C.Latin) {
					if (script === C.Arabic) break;
					if (allDigits) {
						// "2nd", "1er", "19e": digits then Latin letters stay together
						script = C.Latin;
					}
					allDigits = false;
					i++;
					continue;
				}
				if (d === C.Arabic) {
					if (script === C.Arabic) {
						i++;
						continue;
					}
					break;
				}
				break;
			}
			emit(start, i, allDigits ? 'number' : 'word', lineStart);
			lineStart = false;
			continue;
		}
		// punctuation, apostrophe, symbol: one character (a surrogate pair stays whole)
		if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
			const d = text.charCodeAt(i + 1);
			i += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
			// a flag: two regional indicators («🇩🇿»), or a black flag with tag letters (England's)
			if (isRegionalIndicatorAt(text, start, to) && isRegionalIndicatorAt(text, i, to)) {
				i += 2;
			} else if (c === 0xd83c && d === 0xdff4) {
				while (i + 1 < to && text.charCodeAt(i) === 0xdb40 && text.charCodeAt(i + 1) >= 0xdc20 && text.charCodeAt(i + 1) <= 0xdc7f) i += 2;
			}
		} else i++;
		// after a symbol, these join it: a variation selector, a skin tone modifier (U+1F3FB–U+1F3FF,
		// a surrogate pair: «👍🏽» is one token) and a ZWJ with the symbol it joins on («👨‍👩‍👧»)
		while (i < to) {
			const d = text.charCodeAt(i);
			if (d === 0xfe0f) {
				i++;
			} else if (d === 0xd83c && i + 1 < to && text.charCodeAt(i + 1) >= 0xdffb && text.charCodeAt(i + 1) <= 0xdfff) {
				i += 2;
			} else if (d === 0x200d) {
				i++;
				const n = i < to ? text.charCodeAt(i) : 0;
				if (n >= 0xd800 && n <= 0xdbff && i + 1 < to && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) i += 2;
				else if (n >= 0x2190 && n <= 0x2bff) i++; // arrows, symbols, dingbats (❤, ♀, ⚕, ✈)
			} else break;
		}
		emit(start, i, 'punct', lineStart);
		lineStart = false;
	}
}

/** A regional indicator letter (U+1F1E6–U+1F1FF) starts at `at`: two of them make a flag. */
function isRegionalIndicatorAt(text: string, at: number, to: number): boolean {
	if (at + 1 >= to || text.charCodeAt(at) !== 0xd83c) return false;
	const low = text.charCodeAt(at + 1);
	return low >= 0xdde6 && low <= 0xddff;
}

/** Tokens of `text` with UTF-16 offsets (end exclusive). `language` is accepted for future use. */
export function tokenize(text: string, _language?: LanguageCode): Token[] {
	const out: Token[] = [];
	scanTokens(text, 0, text.length, (start, end, kind, lineStart) => {
		out.push({ start, end, text: text.slice(start, end), kind, lineStart });
	});
	return out;
}

/**
 * True for what the tokeniser skips between tokens: spaces and line breaks as it classes them,
 * wider than JavaScript's `\s` (every C0 control character, DEL, U+0085 NEL). What reads tokens
 * back into a text (CoNLL import) must allow exactly these between them.
 */
export function isTokenGap(c: number): boolean {
	const k = cls(c);
	return k === C.Space || k === C.Newline;
}

/** True when `text[from, to)` holds only what the tokeniser skips between tokens (see `isTokenGap`). */
export function isTokenGapRange(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) {
		if (!isTokenGap(text.charCodeAt(i))) return false;
	}
	return true;
}

/** True for apostrophe characters. */
export function isApostrophe(c: number): boolean {
	return cls(c) === C.Apostrophe;
}

/**
 * A text's tokens as the detector holds them: token i spans [starts[i], ends[i]) and reads
 * words[i]; lineStarts[i] marks a line start, which no name crosses.
 */
export interface TokenView {
	readonly text: string;
	readonly starts: ArrayLike<number>;
	readonly ends: ArrayLike<number>;
	readonly lineStarts: ArrayLike<number>;
	readonly n: number;
	readonly words: readonly string[];
}
