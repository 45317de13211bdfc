/**
 * Arabic normalisation and proclitic analysis.
 *
 * Convention (documented in media/models/MODEL_CARD.md): an entity span excludes the attached
 * proclitics و ف (conjunctions) and ب ك ل (prepositions); the article ال is part of the name.
 *   والجزائر → الجزائر, بالجزائر → الجزائر, فموسكو → موسكو (when موسكو is a known word).
 * For the ل + ال contraction (للجزائر: the alef of ال is dropped in writing) only the preposition
 * ل is left out: the span is «لجزائر», the letters of the article that are written. Its `key`
 * (used to match occurrences of the same name) restores the article: «الجزائر».
 *
 * A leading و ف ب ك ل can also be the first letter of a name (وهران, فرنسا, بوتين, لندن, كندا), so
 * a prefix that is not followed by ال is only split off when the rest is a known word and the
 * whole is not (a lexicon of word counts that the detector's model ships, hashed).
 */

/** Lexicon of Arabic word frequencies: count of a normalised word form (0 when unknown). */
export type ArabicLexicon = (normalizedWord: string) => number;

let defaultLexicon: ArabicLexicon | undefined;

/** Sets the lexicon `stripProclitics` uses when none is passed (done by `loadDetector`). */
export function setDefaultArabicLexicon(lexicon: ArabicLexicon | undefined): void {
	defaultLexicon = lexicon;
}

/** The lexicon `stripProclitics` uses when none is passed. */
export function getDefaultArabicLexicon(): ArabicLexicon | undefined {
	return defaultLexicon;
}

export function isArabicDiacritic(c: number): boolean {
	return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x06d6 && c <= 0x06ed) || (c >= 0x08d3 && c <= 0x08ff);
}

/**
 * Normalised form used for features and lexicon look-ups: diacritics and tatweel removed,
 * أ إ آ ٱ → ا, ى → ي, Arabic-Indic digits → ASCII digits. Other characters are kept (Latin is
 * lower-cased by the caller).
 */
export function normalizeArabic(word: string): string {
	let out = '';
	let changed = false;
	for (let i = 0; i < word.length; i++) {
		const c = word.charCodeAt(i);
		let r = c;
		if (isArabicDiacritic(c) || c === 0x200c || c === 0x200d || c === 0x200e || c === 0x200f) r = -1;
		else if (c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671) r = 0x0627;
		else if (c === 0x0649) r = 0x064a;
		else if (c >= 0x0660 && c <= 0x0669) r = c - 0x0660 + 48;
		else if (c >= 0x06f0 && c <= 0x06f9) r = c - 0x06f0 + 48;
		if (r !== c) changed = true;
		if (r >= 0) out += String.fromCharCode(r);
	}
	return changed ? out : word;
}

const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const KAF = 0x0643;
const LAM = 0x0644;
const ALEF = 0x0627;

export interface ProcliticSplit {
	/** UTF-16 length of the proclitics at the start of the word (0 when none). */
	readonly offset: number;
	/** `word.slice(offset)`: what an entity span covers. */
	readonly stem: string;
	/** Normalised form for matching occurrences (article restored after ل + ال contraction). */
	readonly key: string;
}

/** Index of the next base letter at or after `i` (skipping diacritics), or -1. */
function nextLetter(word: string, i: number): number {
	while (i < word.length && isArabicDiacritic(word.charCodeAt(i))) i++;
	return i < word.length ? i : -1;
}

function normLetter(c: number): number {
	return c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671 ? ALEF : c;
}

function lettersLeft(word: string, i: number): number {
	let n = 0;
	for (let j = i; j < word.length; j++) if (!isArabicDiacritic(word.charCodeAt(j))) n++;
	return n;
}

/**
 * Splits the proclitics off an Arabic word. With a lexicon (or the detector's, once loaded), a
 * prefix not followed by ال is split off only when the rest is a known word clearly more frequent
 * than the whole; without one, only before ال and in the ل + ال contraction.
 */
export function splitProclitics(word: string, lexicon: ArabicLexicon | undefined = defaultLexicon): ProcliticSplit {
	let pos = nextLetter(word, 0);
	if (pos < 0) return { offset: 0, stem: word, key: normalizeArabic(word) };
	let offset = 0;
	let key: string | undefined;
	let wholeCount = lexicon ? lexicon(normalizeArabic(word)) : 0;
	const startsWithAl = (p: number): boolean => {
		const a = nextLetter(word, p);
		if (a < 0 || normLetter(word.charCodeAt(a)) !== ALEF) return false;
		const l = nextLetter(word, a + 1);
		return l >= 0 && word.charCodeAt(l) === LAM && lettersLeft(word, l + 1) >= 2;
	};
	const knownRest = (p: number): boolean => {
		if (!lexicon) return false;
		if (lettersLeft(word, p) < 3) return false;
		const rest = lexicon(normalizeArabic(word.slice(p)));
		return rest >= 3 && rest >= 4 * wholeCount;
	};
	// conjunction و / ف
	let c = word.charCodeAt(pos);
	if ((c === WAW || c === FA) && lettersLeft(word, pos + 1) >= 2) {
		const p = nextLetter(word, pos + 1);
		const pc = p >= 0 ? word.charCodeAt(p) : 0;
		const prepFollows = (pc === BA || pc === KAF || pc === LAM) && (startsWithAl(p + 1) || (pc === LAM && isLamContraction(word, p)));
		if (p >= 0 && (startsWithAl(p) || prepFollows || knownRest(p))) {
			offset = p;
			pos = p;
			// a preposition after the conjunction is weighed against the word it starts
			// («وبولا»: «بولا» against «ولا», not the rarer «وبولا»)
			if (lexicon) wholeCount = lexicon(normalizeArabic(word.slice(p)));
		}
	}
	// preposition ب ك ل
	c = word.charCodeAt(pos);
	if (c === BA || c === KAF || c === LAM) {
		const p = nextLetter(word, pos + 1);
		if (p >= 0) {
			if (c === LAM && isLamContraction(word, pos)) {
				// لل + rest: the second ل is the article's
				offset = p;
				key = 'ا' + normalizeArabic(word.slice(p));
			} else if (startsWithAl(p) || knownRest(p)) {
				offset = p;
			}
		}
	}
	const stem = offset > 0 ? word.slice(offset) : word;
	return { offset, stem, key: key ?? normalizeArabic(stem) };
}

/** ل followed by ل and at least two more letters (ل + ال with the alef dropped), e.g. للجزائر. */
function isLamContraction(word: string, lamPos: number): boolean {
	const p = nextLetter(word, lamPos + 1);
	if (p < 0 || word.charCodeAt(p) !== LAM) return false;
	// لله (li-llāh) and short words are left alone
	return lettersLeft(word, p + 1) >= 3;
}

/**
 * How many leading letters of a name's first word a span leaves out: the proclitics of
 * `splitProclitics`, except a lone ك or ف not followed by the article, which at the start of a
 * name is nearly always the name's own first letter (in ANERcorp's names 11% and 5% are
 * proclitics, against 60% for و and 25% for ل and ب): «كوفي» is not «ك» + «وفي», however
 * frequent «وفي» («and in») is; «كالجزائر» still loses its ك.
 */
export function nameProcliticLength(word: string, lexicon: ArabicLexicon | undefined = defaultLexicon): number {
	const { offset, stem } = splitProclitics(word, lexicon);
	if (offset === 0) return conjunctionBeforeHamza(word);
	// و ف ب ل before what reads as the article: when the text never writes the rest, the letters
	// are the name's own («فاليريان» Valerian, «والتر» Walter, «بالتيمور» Baltimore), not «ف» + «اليريان»
	if (lexicon && isArticleAt(word, offset) && lexicon(normalizeArabic(stem)) === 0) return 0;
	// the proclitic right before the stem («وكوفي»: ك)
	let last = nextLetter(word, 0);
	for (let p = nextLetter(word, last + 1); p >= 0 && p < offset; p = nextLetter(word, p + 1)) last = p;
	const c = word.charCodeAt(last);
	if (c !== KAF && c !== FA) return offset;
	const l = nextLetter(word, offset + 1);
	const article = normLetter(word.charCodeAt(offset)) === ALEF && l >= 0 && word.charCodeAt(l) === LAM;
	return article ? offset : last;
}

/**
 * «وأوديسا», «وإسطنبول»: «و» before an alef with hamza is the conjunction even when the lexicon
 * knows neither the word nor its rest (no Arabic word and no transliterated name starts with «وأ»,
 * «وإ», «وآ»): 1 then, else 0. For spans only; the features keep `splitProclitics`.
 */
function conjunctionBeforeHamza(word: string): number {
	if (word.charCodeAt(0) !== WAW) return 0;
	const p = nextLetter(word, 1);
	const c = p >= 0 ? word.charCodeAt(p) : 0;
	return (c === 0x0623 || c === 0x0625 || c === 0x0622) && lettersLeft(word, p) >= 3 ? 1 : 0;
}

/** The letters from `i` are the article ال and a word («الجزائر»). */
function isArticleAt(word: string, i: number): boolean {
	const l = nextLetter(word, i + 1);
	return normLetter(word.charCodeAt(i)) === ALEF && l >= 0 && word.charCodeAt(l) === LAM && lettersLeft(word, l + 1) >= 2;
}

/** The word without its proclitics (what an entity span covers): «والجزائر» → «الجزائر». */
export function stripProclitics(word: string, lexicon?: ArabicLexicon): string {
	return splitProclitics(word, lexicon ?? defaultLexicon).stem;
}

/** True when the UTF-16 code unit is an Arabic letter. */
export function isArabicLetter(c: number): boolean {
	return (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}
