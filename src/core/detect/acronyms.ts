/**
 * Acronyms of names: «Organisation mondiale de la santé (OMS)», «Asia-Pacific Economic Cooperation
 * (APEC)», «African National Congress … the ANC». Used by the detector (an acronym in brackets
 * after a name) and by the article's consistency pass.
 */

import { allMatches } from './lineMatches';

/** Words an acronym skips («Organisation mondiale de la santé (OMS)»). */
const ACRONYM_SKIPS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'les', 'et', 'pour', 'à', 'au', 'aux', 'en']);

/**
 * Capitals that name a thing, a measure or a title, not a person, place or organisation (never PER,
 * ORG or LOC where the English training files write them, 300 times in all: «USB», «CEO», «LOL»;
 * French «PDG», «TVA»).
 */
const COMMON_NOUN_ACRONYMS = new Set(
	'USB SMS PDF HIV AIDS CEO CFO COO CTO IPO ATM FAQ DIY LOL OMG FYI ASAP VAT ID AI HR PR USD HTML URL WiFi LED CD DVD SUV CPU SQL PIN IQ RIP PhD GDP GPS PDG TVA PIB ADN VIH SIDA'.split(' '),
);

/** Capitals that stand for something else wherever they are written (those common nouns, words in capitals, a country). */
const NOT_ACRONYMS = new Set([...COMMON_NOUN_ACRONYMS, 'USA', 'THE', 'AND', 'FOR', 'NOT', 'ALL', 'ONE', 'TWO', 'NEW', 'LES', 'DES', 'UNE']);

/** A one-token name that is a common noun's acronym («USB ports», «the CEO»). */
export function isCommonNounAcronym(word: string): boolean {
	return COMMON_NOUN_ACRONYMS.has(word);
}

/** A French elided article or preposition before a word («l'Afrique», «d'Ivoire»). */
const ELISION = /^[ldjnmcs]['’](?=\p{L})/iu;

/** «(KCNA)», «[KPA]», «(U.N.)», «(ONEE)»: capitals, dots, digits in brackets. */
const BRACKETED_ACRONYM = /^[ \t\u00a0]*[([][ \t\u00a0]*(\p{Lu}[\p{Lu}\p{N}.&-]{1,11})[ \t\u00a0]*[)\]]/u;

/** The words of a name an acronym can take a letter from: elisions off, «of», «de»… left out. */
function nameWords(name: string): string[] {
	return name
		.split(/[\s\-–]+/)
		.map((word) => word.replace(ELISION, ''))
		.filter((word) => !ACRONYM_SKIPS.has(word.toLowerCase()));
}

function startsWithLetter(word: string): boolean {
	return /^\p{L}/u.test(word);
}

/** A word's initial as an acronym writes it: upper case, without accent («États» → «E»). */
function initial(word: string): string {
	return word[0].normalize('NFD')[0].toUpperCase();
}

/**
 * The acronym's letters (dots and «&» aside) are initials of the name's words in order, from the
 * first: «APEC» of «Asia-Pacific Economic Cooperation», «BCEAO» of «Banque centrale des États de
 * l'Afrique de l'Ouest».
 */
export function spellsInitials(acronym: string, name: string): boolean {
	const letters = acronym.replace(/[.&]/g, '');
	const initials = nameWords(name).filter(startsWithLetter).map(initial).join('');
	if (letters.length < 2 || initials[0] !== letters[0]) return false;
	let next = 0;
	for (const letter of letters) {
		next = initials.indexOf(letter, next) + 1;
		if (next === 0) return false;
	}
	return true;
}

/**
 * The initials of a name of three words or more, one per word besides «of», «the», «de»…, when
 * they spell an acronym («African National Congress» → «ANC», «Front de libération nationale» →
 * «FLN»).
 */
export function initialsOf(name: string): string | undefined {
	const words = nameWords(name);
	if (words.length < 3 || words.length > 8 || !words.every(startsWithLetter)) return undefined;
	const initials = words.map(initial).join('');
	return /^[A-Z]+$/.test(initials) && !NOT_ACRONYMS.has(initials) ? initials : undefined;
}

/** «(FSR)» and the text before it on its line: the acronym's offsets and letters. */
const ACRONYM_IN_BRACKETS = /[ \t\u00a0][([][ \t\u00a0]?(\p{Lu}[\p{Lu}&]{1,9})[ \t\u00a0]?[)\]]/gu;
/** Where a name cannot reach back across (punctuation that ends a phrase, a line). */
const PHRASE_BREAK = /[,;:.!?«»"“”()[\]\n]/u;

/**
 * Names that a bracketed acronym right after them spells: «les Forces de soutien rapide (FSR)», «le Haut-Commissariat des Nations unies pour les réfugiés (HCR)». The
 * name is the shortest run of words before the bracket, on its phrase, that opens with a capital
 * and whose words' initials hold the acronym's letters in order, the first and the last of them
 * the first and last words' («Nations unies» may lie between). Offsets of each name; the detector
 * decides what to do with the entities already there.
 */
export function namesSpeltByAcronyms(text: string): { start: number; end: number; acronym: string }[] {
	const out: { start: number; end: number; acronym: string }[] = [];
	if (!text.includes('(') && !text.includes('[')) return out;
	for (const m of allMatches(text, ACRONYM_IN_BRACKETS)) {
		const letters = m[1].replace(/&/g, '');
		const end = m.index;
		let from = end;
		// at most twelve words back, not across a phrase's end
		for (let words = 0; words < 12; words++) {
			const space = text.lastIndexOf(' ', from - 1);
			const word = text.slice(space + 1, from);
			if (word === '' || PHRASE_BREAK.test(word)) break;
			from = space + 1;
			const name = text.slice(from, end);
			const kept = nameWords(name).filter(startsWithLetter);
			if (/^\p{Lu}/u.test(word.replace(ELISION, '')) && kept.length >= 2 && initial(kept[kept.length - 1]) === letters[letters.length - 1] && spellsInitials(letters, name)) {
				const elided = ELISION.exec(word);
				out.push({ start: from + (elided ? elided[0].length : 0), end, acronym: m[1] });
				break;
			}
			if (space < 0) break;
			from = space;
		}
	}
	return out;
}

/** The acronym in brackets right after offset `end` of `text` (a name's end), with its offsets. */
export function bracketedAcronymAfter(text: string, end: number): { start: number; end: number; text: string } | undefined {
	const match = BRACKETED_ACRONYM.exec(text.slice(end, end + 24));
	if (!match) return undefined;
	const start = end + match[0].indexOf(match[1], 1);
	return { start, end: start + match[1].length, text: match[1] };
}
