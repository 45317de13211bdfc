/**
 * Look-ups in the model's lists (the package lists of countries, names and places; the training
 * files' names): a word's type bits, countries, demonyms. Shared by the detector and all the rules.
 */
import type { TaggerModel } from './model';
import { tokenize } from './tokenize';
import { sequenceKey, tokenKeyHash, type Gazetteer } from './features';

/**
 * Followers of a creed, and peoples that no country's demonym names (Kurds, Rohingya, Yazidis), in
 * English and French: a group, like a demonym, not a person.
 */
const COMMUNITIES = new Set(
	(
		'muslims christians jews hindus buddhists sikhs catholics protestants shiites shias sunnis musulmans chrétiens juifs hindous bouddhistes catholiques protestants chiites sunnites ' +
		'kurd kurds yazidi yazidis rohingya rohingyas uyghur uyghurs uighurs tamils pashtuns berbers tuareg tuaregs bedouins druze alawites copts maronites ' +
		'kurdes yézidis ouïghours tamouls pachtounes berbères touaregs bédouins druzes alaouites coptes'
	).split(' '),
);

/** Demonyms news writes shorter than the country lists do («Saudi» for their «Saudi Arabian»), or that they also hold as the country's name («Thai», a spelling of Thailand there). */
export const SHORT_DEMONYMS = new Set(['saudi', 'saudis', 'thai', 'thais']);

/** A word the country gazetteer knows as a nationality only (MISC bit, no PER bit), or its plural; or a community's name. */
export function isDemonym(model: TaggerModel, word: string): boolean {
	const lower = word.toLowerCase();
	if (COMMUNITIES.has(lower) || SHORT_DEMONYMS.has(lower)) return true;
	const gi = model.header.gazetteers.indexOf('countries');
	if (gi < 0) return false;
	const fz = model.featurizer;
	for (const form of word.length > 4 && (word.endsWith('s') || word.endsWith('S')) ? [word, word.slice(0, -1)] : [word]) {
		const v = fz.wordInfo(form, 0).gaz[gi];
		if (v >= 0 && v & 8 && !(v & 1)) return true;
	}
	return false;
}

/** English names of peoples and their languages that no country names («the Tamil minority», «Basque separatists»): MISC, never a person or a place. */
export const PEOPLE_NAME = /^(?:Tamils?|Hutus?|Tutsis?|Kurds?|Kurdish|Sinhalese|Pashtuns?|Uighurs?|Uyghurs?|Berbers?|Druze|Sikhs?|Rohingyas?|Yazidis?|Maoris?|Zulus?|Xhosas?|Basques?|Catalans?|Flemish|Walloons?|Chechens?|Ossetians?|Hazaras?|Baluch|Bedouins?|Copts?|Coptic|Oromos?|Tigrayans?|Igbos?|Yorubas?|Hausas?|Fulani|Tuaregs?|Kabyles?|Shi'ites?|Shiites?|Sunnis?)$/u;
/** English nouns of nationality that the country lists do not hold as demonyms («the Dutchman», «the Spaniard»). */
export const NATIONALITY_NOUN = /^(?:(?:Dutch|French|English|Irish|Scots|Welsh|Cornish|Manx)(?:man|men|woman|women)|Spaniards?|Britons?|Swedes?|Serbs?|Croats?|Slovaks?|Aussies?|Danes?|Finns|Poles|Turks?|Brits|Filipinas?|Lao|Uzbeks?|Kazakhs?|Tajiks?|Kyrgyz|Azeris?)$/u;

/**
 * The country list's bits for a word (its gazetteer values `gaz`) that hold any of `mask`: LOC_BIT,
 * a country's or a capital's name of one word; PREFIX_BIT, the first word of a longer one.
 */
export function inCountryList(model: TaggerModel, gaz: Int16Array, mask: number): boolean {
	const gi = model.header.gazetteers.indexOf('countries');
	return gi >= 0 && gaz[gi] >= 0 && (gaz[gi] & mask) !== 0;
}
/** The gazetteer key of a Latin-script name of one or more words, in any case. */
export function nameKey(name: string): number | undefined {
	const hashes = tokenize(name).map((token) => tokenKeyHash(token.text, undefined));
	return hashes.length ? sequenceKey(hashes, 0, hashes.length) : undefined;
}

/** The country list knows `name` (its words in any case) as a country's or a capital's name. */
export function isListedCountry(model: TaggerModel, name: string): boolean {
	const key = nameKey(name);
	return key !== undefined && isCountryKey(model, key);
}
/** Some list of the model (the packages' or the training files') knows `name` as a place's. */
export function isListedPlaceName(model: TaggerModel, name: string): boolean {
	const key = nameKey(name);
	return key !== undefined && model.resources.gazetteers.some((gazetteer) => {
		const v = gazetteer.get(key);
		return v >= 0 && (v & LOC_BIT) !== 0;
	});
}
/** The country list's bits for the token sequence hashed to `key` (-1 when it is not listed). */
function countryListBits(model: TaggerModel, key: number): number {
	const gi = model.header.gazetteers.indexOf('countries');
	return gi < 0 ? -1 : model.resources.gazetteers[gi].get(key);
}
/** The country list knows the token sequence hashed to `key` as a country's or a capital's name. */
export function isCountryKey(model: TaggerModel, key: number): boolean {
	const v = countryListBits(model, key);
	return v >= 0 && (v & LOC_BIT) !== 0;
}
/** The country list knows the token sequence hashed to `key` as a demonym and not as a name («South Korean»). */
export function isDemonymKey(model: TaggerModel, key: number): boolean {
	const v = countryListBits(model, key);
	return v >= 0 && (v & 8) !== 0 && (v & 1) === 0;
}
/** Gazetteer value bits (training/resources.ts): PER, LOC, and the four types together. */
export const PER_BIT = 1;
export const ORG_BIT = 2;
export const LOC_BIT = 4;
/** The key is the proper start of a longer entry. */
export const PREFIX_BIT = 16;
export const ANY_TYPE_BITS = 15;
/** PER, ORG and LOC: the types of names (not MISC, which the lists give common words too: «Pressure»). */
export const NAME_TYPE_BITS = 7;
/** Gazetteers made from npm data packages (not from the training entities). */
const PACKAGE_LISTS = new Set(['countries', 'names']);

/** The package lists of a model (countries, names and places) and which of its lists they are. */
const PACKAGE_LIST_CACHE = new WeakMap<TaggerModel, { gazetteers: Gazetteer[]; isPackageList: boolean[] }>();
export function packageLists(model: TaggerModel): { gazetteers: Gazetteer[]; isPackageList: boolean[] } {
	let lists = PACKAGE_LIST_CACHE.get(model);
	if (!lists) {
		const isPackageList = model.header.gazetteers.map((l) => PACKAGE_LISTS.has(l));
		lists = { gazetteers: model.resources.gazetteers.filter((_, g) => isPackageList[g]), isPackageList };
		PACKAGE_LIST_CACHE.set(model, lists);
	}
	return lists;
}

/** The bits all the lists give an entry key. */
export function entryBits(gazetteers: readonly Gazetteer[], key: number): number {
	let bits = 0;
	for (const g of gazetteers) bits |= Math.max(0, g.get(key));
	return bits;
}

/** The bits of a word's own look-ups (its features' `gaz`) in the lists marked. */
export function wordBits(gaz: Int16Array, marked: readonly boolean[]): number {
	let bits = 0;
	for (let g = 0; g < gaz.length; g++) if (gaz[g] >= 0 && marked[g]) bits |= gaz[g];
	return bits;
}

/** The type bits (PER, ORG, LOC, MISC) the package lists (countries, names and places) give a one-word name. */
export function listedTypes(model: TaggerModel, word: string): number {
	return typesInLists(model, word, true);
}
/** The type bits the lists of names of the training files (gold and silver) give a one-word name. */
export function trainingTypes(model: TaggerModel, word: string): number {
	return typesInLists(model, word, false);
}
/** The type bits that the package lists (`packages`) or the others give a one-word name. */
function typesInLists(model: TaggerModel, word: string, packages: boolean): number {
	const lists = model.header.gazetteers;
	let types = 0;
	model.featurizer.wordInfo(word, 0).gaz.forEach((v, g) => {
		if (v >= 0 && PACKAGE_LISTS.has(lists[g]) === packages) types |= v & ANY_TYPE_BITS;
	});
	return types;
}
/** The type bits every list of the model (package lists and the training files' names) gives a one-word name. */
export function seenTypes(model: TaggerModel, word: string): number {
	let types = 0;
	for (const v of model.featurizer.wordInfo(word, 0).gaz) if (v >= 0) types |= v & ANY_TYPE_BITS;
	return types;
}
/** A word of `text` is one the model's lists know as a person, an organisation or a place. */
export function holdsListedName(model: TaggerModel, text: string): boolean {
	return text.split(/\s+/).some((w) => (seenTypes(model, w) & NAME_TYPE_BITS) !== 0);
}
/** A word the package lists know as a place (country, city, region) and not as a person's name. */
export function isPlaceNotName(model: TaggerModel, word: string): boolean {
	const types = listedTypes(model, word);
	return (types & LOC_BIT) !== 0 && (types & PER_BIT) === 0;
}
/**
 * Arabic: the last word of a name is a listed place, alone (0) or behind the preposition «ب» or
 * «ل» (1, the letters to leave out of the place); -1 when it is not.
 */
export function placeAfterName(model: TaggerModel, word: string): number {
	if (isPlaceNotName(model, word)) return 0;
	const c = word.charCodeAt(0);
	return (c === 0x0628 || c === 0x0644) && word.length > 3 && isPlaceNotName(model, word.slice(1)) ? 1 : -1;
}
/** Confidence of a place found by a list rather than by the model (untagged countries, a place split off a name). */
export const PLACE_RULE_CONFIDENCE = 0.6;
