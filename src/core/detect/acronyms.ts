/**
 * Acronyms of names: «Organisation mondiale de la santé (OMS)», «Asia-Pacific Economic Cooperation
 * (APEC)», «African National Congress … the ANC». Used by the detector (an acronym in brackets
 * after a name) and by the article's consistency pass.
 */

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

/** The acronym in brackets right after offset `end` of `text` (a name's end), with its offsets. */
export function bracketedAcronymAfter(text: string, end: number): { start: number; end: number; text: string } | undefined {
	const match = BRACKETED_ACRONYM.exec(text.slice(end, end + 24));
	if (!match) return undefined;
	const start = end + match[0].indexOf(match[1], 1);
	return { start, end: start + match[1].length, text: match[1] };
}
