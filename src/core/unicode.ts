/**
 * The one place where offsets change unit. Inside the project, offsets are UTF-16 code units
 * (JavaScript strings, VS Code positions); sidecars and command-line output use Unicode code
 * points (as brat, Python and the W3C Web Annotation model do). A surrogate pair is one code
 * point; a lone surrogate counts as one code point too, as Python's surrogateescape sees it.
 */
export class OffsetConverter {
	/** UTF-16 index of the high surrogate of every astral character, ascending; empty for BMP-only text. */
	private readonly astralStarts: Int32Array;
	readonly utf16Length: number;
	readonly codePointLength: number;

	constructor(text: string) {
		this.utf16Length = text.length;
		this.astralStarts = findAstralStarts(text);
		this.codePointLength = text.length - this.astralStarts.length;
	}

	/** True when both units agree everywhere, so conversions are the identity. */
	get isIdentity(): boolean {
		return this.astralStarts.length === 0;
	}

	/**
	 * Code point offset of a UTF-16 offset. An offset inside a surrogate pair rounds down to the
	 * start of that character.
	 */
	toCodePoint(utf16Offset: number): number {
		if (this.astralStarts.length === 0) {
			return utf16Offset;
		}
		// Every astral character that starts before the offset took two units for one code point.
		return utf16Offset - countBelow(this.astralStarts, utf16Offset, 0);
	}

	/** UTF-16 offset of a code point offset. */
	toUtf16(codePointOffset: number): number {
		if (this.astralStarts.length === 0) {
			return codePointOffset;
		}
		// The i-th astral character sits at code point (astralStarts[i] - i).
		let low = 0;
		let high = this.astralStarts.length;
		while (low < high) {
			const mid = (low + high) >>> 1;
			if (this.astralStarts[mid] - mid < codePointOffset) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return codePointOffset + low;
	}

	/** False for an offset that splits a surrogate pair or lies outside the text. */
	isBoundary(utf16Offset: number): boolean {
		if (!Number.isInteger(utf16Offset) || utf16Offset < 0 || utf16Offset > this.utf16Length) {
			return false;
		}
		if (this.astralStarts.length === 0) {
			return true;
		}
		const index = countBelow(this.astralStarts, utf16Offset, 0) - 1;
		return index < 0 || this.astralStarts[index] !== utf16Offset - 1;
	}
}

/** Number of code points in a string. */
export function codePointLength(text: string): number {
	return text.length - findAstralStarts(text).length;
}

function findAstralStarts(text: string): Int32Array {
	// Fast exit for the common BMP-only article: one native regex scan instead of a JS loop.
	if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) {
		return new Int32Array(0);
	}
	const starts: number[] = [];
	for (let i = 0; i < text.length - 1; i++) {
		const unit = text.charCodeAt(i);
		if (unit >= 0xd800 && unit <= 0xdbff) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				starts.push(i);
				i++;
			}
		}
	}
	return Int32Array.from(starts);
}

/** How many of the ascending `sorted` (from index `from`) are below `limit`: the first index whose value is ≥ `limit` (binary search). */
export function countBelow(sorted: ArrayLike<number>, limit: number, from = 0): number {
	let low = from;
	let high = sorted.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (sorted[mid] < limit) {
			low = mid + 1;
		} else {
			high = mid;
		}
	}
	return low;
}

/** How far either side of an offset a character (grapheme cluster) is looked for: longer ones are not seen whole. */
const CHARACTER_WINDOW = 128;
const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * A range moved out of the middle of the characters a person sees (grapheme clusters): a range
 * made in VS Code can end inside a surrogate pair, between a letter and its harakah or accent, or
 * inside an emoji sequence (👨‍👩‍👧, 🇩🇿, 👍🏽). A letter or digit cut is taken whole, with its marks; any
 * other character cut (an emoji) is left out. So a tagged text never holds half a character.
 */
export function snapToCharacters(text: string, range: { start: number; end: number }): { start: number; end: number } {
	const start = snapOffset(text, range.start, 'start');
	const end = Math.max(start, snapOffset(text, range.end, 'end'));
	return { start, end };
}

function snapOffset(text: string, offset: number, side: 'start' | 'end'): number {
	if (offset <= 0 || offset >= text.length) {
		return offset;
	}
	const from = Math.max(0, offset - CHARACTER_WINDOW);
	const segment = GRAPHEMES.segment(text.slice(from, offset + CHARACTER_WINDOW)).containing(offset - from);
	if (!segment) {
		return offset;
	}
	const characterStart = from + segment.index;
	if (characterStart === offset) {
		return offset;
	}
	const characterEnd = characterStart + segment.segment.length;
	const isLetter = /^[\p{L}\p{N}]/u.test(segment.segment);
	// the start of a range keeps a cut letter by moving back, its end by moving on; an emoji is left out
	return (side === 'start') === isLetter ? characterStart : characterEnd;
}

/**
 * Letters written right to left, by block (Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan,
 * Mandaic, their presentation forms) and the right-to-left mark: the characters that make a line
 * laid out right to left. Harakat, Arabic-Indic digits and the Arabic comma are not letters and do
 * not count; right-to-left scripts outside the BMP are left out.
 */
const RIGHT_TO_LEFT_LETTER = /[\u05D0-\u05F4\u061B-\u064A\u066E-\u06D5\u06FA-\u06FF\u0710-\u072F\u074D-\u07A5\u07C0-\u07EA\u0800-\u0815\u0840-\u0858\u0860-\u086A\u0870-\u088E\u08A0-\u08C9\u200F\uFB1D-\uFDFF\uFE70-\uFEFC]/;

/** True when `text` holds a letter written right to left (see RIGHT_TO_LEFT_LETTER). */
export function hasRightToLeftLetter(text: string): boolean {
	return RIGHT_TO_LEFT_LETTER.test(text);
}

const UPPER_CASE_LETTER = /^\p{Lu}$/u;

/** True when the UTF-16 code unit `unit` is a capital of any script («A», «É», «İ», «Ł», «Д»). */
export function isUpperCaseUnit(unit: number): boolean {
	if (unit < 0x80) return unit >= 0x41 && unit <= 0x5a;
	return UPPER_CASE_LETTER.test(String.fromCharCode(unit));
}
