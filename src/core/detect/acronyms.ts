/**
 * Acronyms of names: «Organisation mondiale de la santé (OMS)», «Asia-Pacific Economic Cooperation
 * (APEC)», «African National Congress … the ANC». Used by the detector (an acronym in brackets
 * after a name) and by the article's consistency pass.
 */

/** Words an acronym skips («Organisation mondiale de la santé (OMS)»). */
export const ACRONYM_SKIPS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'les', 'et', 'pour', 'à', 'au', 'aux', 'en']);

/** A French elided article or preposition before a word («l'Afrique», «d'Ivoire»). */
const ELISION = /^[ldjnmcs]['’](?=\p{L})/iu;

/** The words of a name an acronym takes a letter from, elisions off. */
function significantWords(name: string): string[] {
	return name
		.split(/[\s\-–]+/)
		.map((word) => word.replace(ELISION, ''))
		.filter((word) => /^\p{L}/u.test(word) && !ACRONYM_SKIPS.has(word.toLowerCase()));
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
	const initials = significantWords(name).map(initial).join('');
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
	const words = name
		.split(/[\s\-–]+/)
		.map((word) => word.replace(ELISION, ''))
		.filter((word) => !ACRONYM_SKIPS.has(word.toLowerCase()));
	if (words.length < 3 || words.length > 8 || !words.every((word) => /^\p{L}/u.test(word))) return undefined;
	const initials = words.map(initial).join('');
	return /^[A-Z]+$/.test(initials) ? initials : undefined;
}
