import { foldName, isOptionalArabicMark } from './occurrences';

// Its own small module: the extension host uses it for Tag All Occurrences, and must not bundle
// the detector's lists (test/unit/extension-bundle.test.ts).

/**
 * Prepositions, adverbs and conjunctions as written (hamza kept: «أمام», «in front of», is no
 * «إمام», an imam or the surname of «عادل إمام»): never a name nor its last word (in the training
 * files «أمام» is O 94 times of 95), yet the model sometimes ends a person on one («… أمام مقتل»), and
 * the consistency pass then made every «أمام» of the article a person.
 */
const FUNCTION_WORDS = new Set(
	// and «أن» / «إن» with a pronoun («أكد مبابي أنه سيغادر»: «أنه» is listed as a given name too)
	'أمام بين عند حول قبل بعد فوق تحت ضد دون نحو خلال منذ لدى حتى سوى عن في من مع إلى الى ثم لكن هذا هذه ذلك تلك هناك حيث كما مثل لقد قد لم لن كان كانت أنه أنها أنهم إنه إنها إنهم لأنه لأنها'.split(' '),
);

/** A preposition, adverb or conjunction, alone or behind «و» or «ف» («وأمام»): no part of a name. */
export function isArabicFunctionWord(word: string): boolean {
	return FUNCTION_WORDS.has(word) || ((word[0] === 'و' || word[0] === 'ف') && FUNCTION_WORDS.has(word.slice(1)));
}

let foldedFunctionWords: ReadonlySet<string> | undefined;

/**
 * `isArabicFunctionWord` of a name as searches compare it (`foldName`: harakat, tatweel and the
 * hamza on an alef left out): «فِي», «أنّه» and «أَمام» fold to «في», «انه» and «امام», which find
 * every «في», «أنه», «إنه» and «أمام» of a text.
 */
export function isFoldedArabicFunctionWord(folded: string): boolean {
	foldedFunctionWords ??= new Set([...FUNCTION_WORDS].map(foldName));
	return foldedFunctionWords.has(folded) || ((folded[0] === 'و' || folded[0] === 'ف') && foldedFunctionWords.has(folded.slice(1)));
}

/**
 * Whether a name found where a text writes `written` (`findOccurrences`) is there a function word
 * the name is not: searches leave the hamza on an alef out, so «إمام» (an imam, a surname) finds
 * «أمام» (in front of), which only its hamza tells apart.
 */
export function isFunctionWordNotNamed(name: string, written: string): boolean {
	// harakat and tatweel left out, the hamzas kept
	const asWritten = (word: string) => Array.from(word.normalize('NFC'), (unit) => (isOptionalArabicMark(unit.charCodeAt(0)) ? '' : unit)).join('').trim();
	return isFoldedArabicFunctionWord(foldName(name.trim())) && isArabicFunctionWord(asWritten(written)) && !isArabicFunctionWord(asWritten(name));
}
