/**
 * Small tests on words and on the text around a span (capitals, name particles, web addresses,
 * trades, regnal numbers) that the detector's span trim and retyping call; no rules of their own.
 */
import { isAllCapitals } from './casing';
import { isNameParticle } from './nameSpans';
import { isOperatorOf } from './rules';

/** Some word of words[from, to) holds a capital letter or a digit. */
export function hasCapitalOrDigit(words: readonly string[], from: number, to: number): boolean {
	for (let k = from; k < to; k++) if (/[\p{Lu}\p{Nd}]/u.test(words[k])) return true;
	return false;
}

/** Every word of words[from, to) opens with a capital (no «of» inside: «Alvin Yeung of Civic Party», a HIPE apposition). */
export function hasCapitalsOnly(words: readonly string[], from: number, to: number): boolean {
	for (let k = from; k < to; k++) if (!/^\p{Lu}/u.test(words[k])) return false;
	return true;
}

/**
 * A lower-case word inside a person's name: the particles of the span trim (`isNameParticle`: de,
 * von, bin…), the run-time ones («ten»), and Maghreb and Iberian ones («Ahmed ould Abdallah», «José
 * Ortega y Gasset»), kept out of the span trim's list, which defines the training labels.
 */
export function isInnerNameParticle(word: string): boolean {
	return isNameParticle(word) || FOREIGN_PARTICLES.has(word) || INNER_PARTICLES.has(word);
}
const INNER_PARTICLES = new Set(['ould', 'ait', 'aït', 'y', 'e']);

/** True when [start, end) lies in a run of non-space text that is a URL or an e-mail address. */
export function insideAddress(text: string, start: number, end: number): boolean {
	let a = start;
	while (a > 0 && start - a < 200 && !/\s/.test(text[a - 1])) a--;
	let b = end;
	while (b < text.length && b - end < 200 && !/\s/.test(text[b])) b++;
	const run = text.slice(a, b);
	// an e-mail address (name@host.tld), not a handle (@name) nor a Lotus Notes name (Jane Doe@ENRON)
	return /[^\s@(<«"']@[^\s@]*\.[a-z]{2,}/i.test(run) || run.includes('://') || /^[(<«"']?www\./i.test(run);
}

/** What a text with a web or e-mail address holds somewhere. */
const ADDRESS_SIGN = /@|:\/\/|www\./iu;

/** Whether `text` may hold a web or e-mail address (a quick test before looking at entities). */
export function mayHoldAddress(text: string): boolean {
	return ADDRESS_SIGN.test(text);
}

/**
 * The entities that lie in no web or e-mail address (the same array when none does): a name the
 * rules or the whole-article pass read inside one («BBC» of «HTTP://NEWS.BBC.CO.UK/…» in a line
 * in capitals, «UK» of an e-mail address) is part of the address. `holdsAddress`: the text's
 * `mayHoldAddress`, when the caller asks for many lists of one text (the whole-article pass).
 */
export function outsideAddresses<T extends { start: number; end: number }>(text: string, entities: T[], holdsAddress = mayHoldAddress(text)): T[] {
	if (!holdsAddress) return entities;
	let kept: T[] | undefined;
	entities.forEach((e, k) => {
		if (inDelimitedAddress(text, e.start, e.end)) kept ??= entities.slice(0, k);
		else kept?.push(e);
	});
	return kept ?? entities;
}

/** What ends the text around a span before it can be an address: spaces, quotes and brackets. */
const ADDRESS_DELIMITER = /[\s"'<>()[\]«»“”]/u;

/**
 * `insideAddress` within quotes and brackets too: «"Ryan Reynolds"<rreynol…@cogeco.ca>» names a
 * person right before the address it gives.
 */
function inDelimitedAddress(text: string, start: number, end: number): boolean {
	let a = start;
	while (a > 0 && start - a < 200 && !ADDRESS_DELIMITER.test(text[a - 1])) a--;
	let b = end;
	while (b < text.length && b - end < 200 && !ADDRESS_DELIMITER.test(text[b])) b++;
	return insideAddress(text.slice(a, b), start - a, end - a);
}

/**
 * English nouns of a trade that come before a company's name and seldom before a relative clause
 * («the carmaker Stellantis», not «the company Musk founded»): a one-word name after them is the
 * company, whatever the model read there.
 */
const TRADE_DESCRIPTORS = new Set(['retailer', 'carmaker', 'automaker', 'chipmaker', 'planemaker', 'drugmaker', 'steelmaker', 'miner', 'refiner', 'utility', 'airline', 'carrier', 'lender', 'insurer', 'regulator', 'brokerage', 'conglomerate', 'broadcaster', 'newspaper', 'watchdog', 'bank']);
/** A noun of a trade right before `start` («the insurer Aviva», «grid operator Enedis»). */
export function isTradeBefore(text: string, start: number): boolean {
	const words = text.slice(Math.max(0, start - 40), start).trimEnd().split(/\s+/u);
	const last = words.pop() ?? '';
	return TRADE_DESCRIPTORS.has(last) || isOperatorOf(words.pop() ?? '', last);
}
/** «club» right before `start` («Spanish club Barcelona»): a one-word name there is the club, unless read as a person («the club Messi left»). */
export function isClubBefore(text: string, start: number): boolean {
	return /(?<![\p{L}])club[ \t]+$/u.test(text.slice(Math.max(0, start - 8), start));
}
/** A Roman number up to XXXIX (also the empty string: callers test the length). */
const ROMAN_NUMBER = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
/** Lower-case particles inside European and Arabic names written in Latin script (not the French «de», which also introduces a place). */
export const FOREIGN_PARTICLES = new Set(['von', 'van', 'der', 'den', 'ter', 'ten', 'zu', 'della', 'di', 'da', 'dos', 'das', 'bin', 'ibn', 'al', 'el']);

export function isAllCapsWord(w: string): boolean {
	return w.length >= 2 && w.length <= 8 && isAllCapitals(w);
}

/** «II», «XIV»; «I» only when `afterMonarch`. */
export function isRegnalNumber(word: string, afterMonarch: boolean): boolean {
	if (word === 'I') return afterMonarch;
	return word.length > 0 && ROMAN_NUMBER.test(word);
}

/** A capitalised word of three letters at least (OCR debris: «Eo Mm»), maybe with a hyphenated second part («Jean-Luc»). */
const NAME_WORD_OF_THREE = /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u;
export function isNameWordOfThree(word: string): boolean {
	// no capital letter below À but A to Z: most tokens fail before the pattern
	const c = word.charCodeAt(0);
	return (c >= 65 && c <= 90) || c >= 192 ? NAME_WORD_OF_THREE.test(word) : false;
}

/**
 * English function words as a sentence opens with them («The», «It», «I» anywhere): no name, nor a
 * cue a rule reads without a name after it. Not those that are names too («May», «Will», «Don»).
 */
const CAPITALISED_FUNCTION_WORDS = new Set(
	(
		'I A An The This That These Those It Its He She We You They Me Him Her Us Them My Your His Our Their Who Whom Whose Which What Where When Why How ' +
		'Some Any All Each Every No Both Either Neither Many Much Most Few Several Such Another Other And But Or Nor So Yet For If Because Although Though ' +
		'While Unless Until Since As Once Whether Than In On At By With Without From To Of Into About Above Below After Before During Over Under Through ' +
		'Between Among Against Around Off Up Down Out Is Are Was Were Be Been Am Do Does Did Have Has Had Can Could Would Shall Should Might Must Not Also ' +
		'Just Only Even Still Then Now Here There Well Very Too Yes Please Thanks Thank Maybe Perhaps However Therefore Anyway Again Always Never Sometimes ' +
		'Often Today Yesterday Tomorrow Tonight Oh Hi Hello Hey Ok Okay Wow Yeah Sorry'
	).split(' '),
);

/** One of those capitalised function words. */
export function isCapitalisedFunctionWord(word: string): boolean {
	return CAPITALISED_FUNCTION_WORDS.has(word);
}

/** Whether no token but those function words starts with a capital (and every token with an upper-case letter does). */
export function capitalisesOnlyFunctionWords(words: readonly string[], n: number): boolean {
	for (let i = 0; i < n; i++) {
		const w = words[i];
		if (hasUpperCase(w) && !CAPITALISED_FUNCTION_WORDS.has(w)) return false;
	}
	return true;
}

/** Whether a word holds an upper-case letter (A to Z by their codes, others by case folding). */
function hasUpperCase(word: string): boolean {
	for (let i = 0; i < word.length; i++) {
		const c = word.charCodeAt(i);
		if (c >= 65 && c <= 90) return true;
		if (c >= 128) return word !== word.toLowerCase();
	}
	return false;
}
