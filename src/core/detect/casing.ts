/**
 * Headlines in capitals. Wire copy writes its headlines so («SOCCER - LEEDS HOLD NEWCASTLE TO
 * DRAW»), and a model that reads capitals as the sign of a name sees either nothing there or an
 * acronym in every word. Such a line is given to the model written the way the unlabelled text
 * writes each word inside a sentence (a table built at training time, `buildCasing`): «Soccer -
 * Leeds hold Newcastle to draw». Only letters change case and every token keeps its length, so the
 * offsets of what is found there are those of the original text.
 */
import { normalizeToken, tableGet, wordHash, type HashTable } from './features';
import { C, cls } from './tokenize';

export const CASING_LOWER = 1;
export const CASING_CAPITAL = 2;
export const CASING_UPPER = 3;

/** A line is a headline in capitals when it has this many words in capitals at least… */
const MIN_CAPITAL_WORDS = 3;
/** …and they are this share of its words of two letters or more. */
const MIN_CAPITAL_SHARE = 0.8;

/** True when `word` has a letter and no lower-case letter. */
export function isAllCapitals(word: string): boolean {
	return word !== word.toLowerCase() && word === word.toUpperCase();
}

/** The unlabelled text writes `word` in lower case inside a sentence (a common word: «Emergency»). */
export function writtenInLowerCase(casing: HashTable, word: string): boolean {
	return tableGet(casing, wordHash(normalizeToken(word, false))) === CASING_LOWER;
}

/** What the detector knows of one token: its text, kind (0 = word) and whether a line starts there. */
export interface CasingTokens {
	readonly starts: ArrayLike<number>;
	readonly ends: ArrayLike<number>;
	readonly kinds: ArrayLike<number>;
	readonly lineStarts: ArrayLike<number>;
	readonly words: readonly string[];
	readonly n: number;
}

/** The short function words inside a listed name, lower-cased there too («BANK OF ENGLAND»; not «NEW» of «NEW YORK»). */
const NAME_FUNCTION_WORDS = new Set(['OF', 'THE', 'AND', 'FOR', 'ON', 'IN', 'AT', 'TO', 'DE', 'DA', 'DO', 'DI', 'DU', 'DES', 'DEL', 'LA', 'LE', 'LES', 'EL', 'AL', 'VON', 'VAN', 'DER', 'DEN', 'Y']);

/**
 * Common nouns that end a place's or a body's name after a name («GAZA STRIP», «JERUSALEM POST»,
 * «ATLANTIC OCEAN»): after a word the line keeps capitalised, they keep their capital too. Not
 * those that follow a town as often as they end a name («MILAN COURT», «a Milan court»: council,
 * ministry, party, club, bank…).
 */
const NAME_HEADS_AFTER = new Set(
	'STRIP OCEAN SEA RIVER LAKE ISLAND ISLANDS MOUNTAINS VALLEY BAY GULF CANAL COAST DESERT PENINSULA PARK SQUARE STREET AIRPORT POST TIMES HERALD JOURNAL TRIBUNE ASSOCIATION FEDERATION CORPORATION AIRLINES AIRWAYS UNIVERSITY COLLEGE INSTITUTE FOUNDATION MUSEUM'.split(' '),
);
/** …and those that open one before a name («MOUNT KENYA», «LAKE VICTORIA»). */
const NAME_HEADS_BEFORE = new Set(['MOUNT', 'LAKE', 'CAPE', 'FORT', 'PORT']);

/** A word the table does not know and this short is more likely an acronym than a name («NYT», «RSPB»). */
const MAX_UNKNOWN_ACRONYM = 4;

/** A word in capitals the line will leave a name: the table writes it capitalised or in capitals, or does not know it. */
function keepsCapital(casing: HashTable, word: string): boolean {
	return isAllCapitals(word) && tableGet(casing, wordHash(normalizeToken(word, false))) !== CASING_LOWER;
}

/**
 * `text` with its lines in capitals written in ordinary case, or undefined when it has none. A
 * word the table writes in lower case is lower-cased (but for a line's first word, which keeps its
 * capital), one it writes in capitals stays («NATO», «US»), and one it writes with a capital keeps
 * its first capital; so do the words of a name of two words or more that the lists know
 * («UNITED STATES», `listedNameEnd(i)` is the token after such a name starting at token i, or i),
 * but for their function words («BANK OF ENGLAND»). A word the table does not know keeps
 * its capitals when it is short or has no vowel («NYT», «RSPB»), else its first capital. Letters
 * alone stay as they are («U.S.»), except after an apostrophe («KEEGAN'S»).
 */
export function truecaseCapitalLines(text: string, tokens: CasingTokens, casing: HashTable, listedNameEnd: (i: number) => number): string | undefined {
	const { starts, ends, kinds, lineStarts, words, n } = tokens;
	let pieces: string[] | undefined;
	let copied = 0;
	let a = 0;
	while (a < n) {
		let b = a + 1;
		while (b < n && !lineStarts[b]) b++;
		let long = 0;
		let capitals = 0;
		for (let i = a; i < b; i++) {
			const word = words[i];
			if (kinds[i] !== 0 || word.length < 2) continue;
			const c = word.charCodeAt(0);
			// most words start in lower case, or go on in it («The»): no need to look further
			const c2 = word.charCodeAt(1);
			if ((c >= 0x61 && c <= 0x7a) || (c2 >= 0x61 && c2 <= 0x7a)) {
				long++;
				continue;
			}
			if (cls(c) !== C.Latin) continue;
			long++;
			if (isAllCapitals(word)) capitals++;
		}
		if (capitals >= MIN_CAPITAL_WORDS && capitals >= MIN_CAPITAL_SHARE * long) {
			pieces ??= [];
			let first = true;
			let nameEnd = a;
			// the previous word of the line was left a name (capitalised or in capitals)
			let afterName = false;
			for (let i = a; i < b; i++) {
				const word = words[i];
				if (kinds[i] !== 0 || cls(word.charCodeAt(0)) !== C.Latin) {
					afterName = false;
					continue;
				}
				const opening = first;
				first = false;
				if (i >= nameEnd) {
					const end = listedNameEnd(i);
					if (end > i + 1) nameEnd = end;
				}
				const previousIsName: boolean = afterName;
				afterName = true;
				if (!isAllCapitals(word)) {
					afterName = word !== word.toLowerCase();
					continue;
				}
				let cased: string;
				if (word.length === 1) {
					if (i === 0 || !/^['’]$/u.test(words[i - 1])) continue;
					cased = word.toLowerCase();
				} else {
					const kind = tableGet(casing, wordHash(normalizeToken(word, false)));
					if (kind === CASING_UPPER || (kind === 0 && (word.length <= MAX_UNKNOWN_ACRONYM || !/[AEIOUY]/u.test(word)))) continue;
					const lower: boolean =
						kind === CASING_LOWER &&
						!opening &&
						(i >= nameEnd || NAME_FUNCTION_WORDS.has(word)) &&
						!(previousIsName && NAME_HEADS_AFTER.has(word)) &&
						!(NAME_HEADS_BEFORE.has(word) && i + 1 < b && kinds[i + 1] === 0 && keepsCapital(casing, words[i + 1]));
					cased = lower ? word.toLowerCase() : word[0] + word.slice(1).toLowerCase();
					// a line's first word keeps its capital without being a name («NEW UNIVERSITY OPENS»)
					afterName = !lower && !(opening && kind === CASING_LOWER && i >= nameEnd);
				}
				if (cased.length !== word.length) continue;
				pieces.push(text.slice(copied, starts[i]), cased);
				copied = ends[i];
			}
		}
		a = b;
	}
	if (!pieces) return undefined;
	pieces.push(text.slice(copied));
	return pieces.join('');
}
