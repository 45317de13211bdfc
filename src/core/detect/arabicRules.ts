/**
 * Arabic post-tagging rules, run by the detector after the tagger: spans and types corrected from the
 * words around them and the lists (family names, kunyas, regnal ordinals, ANERcorp's spans, context).
 */
import type { DetectedEntity } from '../types';
import type { TaggerModel } from './model';
import { isArabicGroup, isArabicTitle, isRegnalOrdinal } from './arabicWords';
import { nameProcliticLength, normalizeArabic, type ArabicLexicon } from './arabic';
import { isListedCountry, listedTypes, LOC_BIT, ORG_BIT, PER_BIT, PLACE_RULE_CONFIDENCE, seenTypes, trainingTypes } from './listLookups';
import { joinAdjacentPairs, overlapping, putEntity, putOverPiecesAll, replaceWhere, ruleEntity, splitEntity, splitWhere, typeRanges, type TypedRange } from './entityEdits';
import { allMatches } from './lineMatches';

/** A set of space-separated Arabic words, normalised. */
const normalisedWords = (words: string): Set<string> => new Set(words.split(' ').map(normalizeArabic));

/** Arabic: a common noun with the accusative alif («برنامجا»): six letters or more, its stem frequent in the text. */
export function isAccusativeNoun(word: string, lex: ArabicLexicon): boolean {
	return word.length >= 6 && word.endsWith('ا') && lex(normalizeArabic(word.slice(0, -1))) >= 16;
}
/** «الاتحاد السوفيتي», «الاتحاد الروسي»: countries named as unions (LOC 7 times of 8 in the training files), read as organisations. */
const COUNTRY_UNIONS = /^[وفبل]?(?:ال|ل)اتحاد\s+(?:السوفيتي|السوفياتي|السوفييتي|الروسي)$/u;
/** «شركة» (company) with its proclitics, right before a name. */
const COMPANY_NOUN_BEFORE = /(?:^|\s)[وف]?[بل]?ل?شركة\s+$/u;

/**
 * Arabic types the words around a name or its own words decide: «وقالت شركة اميركان ايرلاينز»
 * read as a person is the company after «شركة» (ORG 27, MISC 14 in Latin script, PER once of 42 in
 * the training files); «الاتحاد السوفيتي» read as an organisation is the country
 * (`COUNTRY_UNIONS`); a person or an organisation right after a noun of a place is the place; a
 * currency after an amount or named alone with the article, and a storm's name, are MISC;
 * «المتوسط» alone («on average»), «مالي» as an adjective («financial») and «بورصة» before the city
 * of its exchange are no place. `entities` changed in place.
 */
export function retypeArabicNamesByContext(text: string, entities: DetectedEntity[]): void {
	for (let k = 0; k < entities.length; k++) {
		const e = entities[k];
		if (e.type === 'PER' && COMPANY_NOUN_BEFORE.test(text.slice(Math.max(0, e.start - 10), e.start))) entities[k] = { ...e, type: 'ORG' };
		else if (e.type === 'ORG' && COUNTRY_UNIONS.test(e.text)) entities[k] = { ...e, type: 'LOC' };
		// «في ولاية نيو جيرسي»: not «ولاية», a term of office too («ولاية بوش الثانية»)
		// and «نيو جيرسي», «نيو مكسيكو» («New …») is a place wherever it is read as a person
		else if (e.type === 'PER' && (PLACE_NOUN_BEFORE.test(text.slice(Math.max(0, e.start - 12), e.start)) || /^نيو\s/u.test(e.text))) entities[k] = { ...e, type: 'LOC' };
		// «ولاية الجزيرة» read as the channel: an organisation right after a place noun is the place
		else if (e.type === 'ORG' && PLACE_NOUN_BEFORE_ORGANISATION.test(text.slice(Math.max(0, e.start - 12), e.start))) entities[k] = { ...e, type: 'LOC' };
		else if (e.type !== 'MISC' && e.type !== 'DATE' && CURRENCY_FIRST.test(e.text) && AMOUNT_BEFORE.test(text.slice(Math.max(0, e.start - 12), e.start))) entities[k] = { ...e, type: 'MISC' };
		// «العاصفة دانيال» read as a person: a storm's name (ANERcorp: «العاصفة الاستوائية بيليس», MISC)
		else if (e.type === 'PER' && STORM_BEFORE.test(text.slice(Math.max(0, e.start - 24), e.start))) entities[k] = { ...e, type: 'MISC' };
		// «تراجع اليورو مقابل الدولار» read as a place: a currency named alone is MISC (ANERcorp: «اليورو»
		// 6 times of 7, the seventh «منطقة اليورو»; «الدولار» 8 of 8)
		else if (e.type !== 'MISC' && e.type !== 'DATE' && DEFINITE_CURRENCY.test(e.text) && !/منطقة\s+$/u.test(text.slice(Math.max(0, e.start - 8), e.start))) entities[k] = { ...e, type: 'MISC' };
	}
	// «في المتوسط» («on average») read as the Mediterranean: alone, without a sea's word before it,
	// it is no place (O 8 times of 10 in the Arabic training files)
	for (let k = entities.length - 1; k >= 0; k--) {
		const e = entities[k];
		if (e.type === 'LOC' && e.text === 'المتوسط' && !SEA_WORD_BEFORE.test(text.slice(Math.max(0, e.start - 10), e.start))) entities.splice(k, 1);
		else if (e.type === 'LOC' && e.text === 'مالي' && maliIsAdjective(text, e.start)) entities.splice(k, 1);
		// «بورصة ساو باولو» read as Bursa and a place: the exchange's noun before the city it names
		// (ANERcorp: «بورصة» O before «نيويورك», «لندن» 4 times of 4; the city Bursa stands alone)
		else if (e.type === 'LOC' && EXCHANGE_NOUN.test(e.text) && entities[k + 1]?.start === e.end + 1 && text[e.end] === ' ') entities.splice(k, 1);
	}
}
/** «بورصة» (an exchange, or the Turkish city Bursa) with its proclitics. */
const EXCHANGE_NOUN = /^[وفبل]?[بل]?بورصة$/u;
/** Words before «مالي» that make it the country: prepositions, compass points, the state and its offices. */
const WORDS_BEFORE_MALI = new Set(
	['في', 'إلى', 'الى', 'من', 'عن', 'مع', 'على', 'نحو', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'حكومة', 'رئيس', 'رئيسة', 'دولة', 'جمهورية', 'عاصمة', 'سفير', 'سفارة', 'جيش', 'شعب', 'حدود', 'إمبراطورية', 'استعمار', 'إستعمار'].map(normalizeArabic),
);

/**
 * «غلاف مالي استعجالي» («an emergency financial envelope»): «مالي» right after an indefinite noun
 * is the adjective «financial», unless that noun says where («جنوب مالي», «حكومة مالي»; in the
 * Arabic training files «مالي» after an indefinite noun is the country 3 times, after «جنوب»,
 * «إمبراطورية», «إستعمار», and the adjective 5 times).
 */
export function maliIsAdjective(text: string, start: number): boolean {
	const before = arabicWordBefore(text, start);
	return before !== '' && !/\n\s*$/u.test(text.slice(Math.max(0, start - 20), start)) && !WORDS_BEFORE_MALI.has(before) && !/^(?:ال|[وفبلك]ال|لل|و$)/u.test(before);
}

/** A currency's name with the article, and maybe its adjective («الدولار الأمريكي»). */
const DEFINITE_CURRENCY = /^(?:اليورو|الدولار|اليوان|الين|الروبل|الاسترليني|الإسترليني)(?:\s+\S+)?$/u;
/** The words before «المتوسط» that make it the sea («البحر الأبيض المتوسط», «حوض المتوسط»). */
const SEA_WORD_BEFORE = /(?:البحر|الأبيض|الابيض|ألأبيض|حوض|دول|ضفتي|ضفة|سواحل|شواطئ)\s+$/u;
/** A storm or a hurricane, and what kind, right before a name. */
const STORM_BEFORE = /(?:^|\s)[وفبلك]?(?:ال)?(?:عاصفة|إعصار|اعصار)(?:\s+(?:ال)?(?:استوائية|استوائي|مدارية|مداري|قوية|قوي))?\s+$/u;
/** Nouns of a town or a province, as written, the name of which follows them. */
const TOWN_NOUNS = ['مدينة', 'مدينتي', 'محافظة', 'إقليم', 'اقليم', 'قرية', 'بلدة'];
/** A noun of a place right before a name (with «و», «ف», «ب», «ل», «ك»): a person read there is the place (LOC 155 times, PER 3 of 201 after these in ANERcorp's training text). */
const PLACE_NOUN_BEFORE = new RegExp(`(?:^|\\s)[وفبلك]?(?:${[...TOWN_NOUNS, 'جزيرة'].join('|')})\\s+$`, 'u');
/** A noun of a place right before a name read as an organisation (after these the training files tag no organisation, and a place 218 times of 291). */
const PLACE_NOUN_BEFORE_ORGANISATION = new RegExp(`(?:^|\\s)[وفبلك]?(?:${[...TOWN_NOUNS, 'ولاية', 'ولايتي', 'منطقة'].join('|')})\\s+$`, 'u');
/** A currency's name opening a span («فرنك سويسري» read as a person) … */
const CURRENCY_FIRST = /^(?:فرنك|دولار|يورو|جنيه|دينار|درهم|ريال|ليرة|روبل|روبية)(?:\s|$)/u;
/** … right after an amount («7500 فرنك», «مليون دولار»): MISC 154 times of 160 in ANERcorp's training text. */
const AMOUNT_BEFORE = /(?:[0-9٠-٩]|آلاف|ألف|الف|مليون|ملايين|مليار|مليارات)\s+$/u;
export const WAW_LETTER = 0x0648;
/** Arabic nouns that say the next word is a place, as written: «ولاية», «مدينة», «بلدية»… */
const PLACE_NOUNS = new Set('ولاية ولايات مدينة مدن بلدية بلديات دائرة دوائر قرية منطقة عاصمة محافظة إقليم اقليم'.split(' '));
/** A place noun, alone or behind «و» or «ب» («بولاية تمنراست»). */
export function isPlaceNoun(word: string): boolean {
	if (word.length < 3 || word.length > 7) return false;
	return PLACE_NOUNS.has(word) || ((word.charCodeAt(0) === WAW_LETTER || word.charCodeAt(0) === 0x0628) && PLACE_NOUNS.has(word.slice(1)));
}
/**
 * The word of `nouns` that `key` (normalised) is, alone or behind one proclitic (و ف ب ل ك:
 * «لجزيرة», «ومسجد»), or with `definite` also behind «لل» (ل + ال: «للفريق»); '' when it is none
 * of them.
 */
export function nounBehindProclitic(key: string, nouns: ReadonlySet<string>, definite = false): string {
	if (nouns.has(key)) return key;
	if (definite && key.length > 4 && key.startsWith('لل') && nouns.has(key.slice(2))) return key.slice(2);
	return key.length > 3 && 'وفبلك'.includes(key[0]) && nouns.has(key.slice(1)) ? key.slice(1) : '';
}
/** Words that link a name to the next word (normalised): son of, daughter of, of the house of, father of… */
export const NAME_LINKS = new Set(['بن', 'ابن', 'بنت', 'ايت', 'ولد', 'ابو', 'ابي', 'عبد']);
/** … of which those that open a name («أبو» alone was the person of «أبو علي التونسي»: «علي» reads as «على», on). */
const LEADING_NAME_LINKS = new Set(['ابو', 'ابي', 'عبد']);

/** Arabic particles the given-name list knows once normalised («على» read as «علي», Ali; «إلي», a common spelling of «إلى», read as Eli; «عليه», «on him», as Aliya). */
export const PARTICLES_READ_AS_NAMES = new Set(['على', 'وعلى', 'إلى', 'الى', 'إلي', 'الي', 'حتى', 'لدى', 'سوى', 'عليه', 'عليها', 'عليهم', 'إليه', 'اليه', 'إليها', 'اليها', 'لديه', 'لديها']);

/**
 * Arabic: a word that reads as a foreign or rare family name after a given name: the training text
 * wrote it at most once, and it is not a word with the article, nor one that starts with و or ف (the
 * next name of a list: «شافيز ولوكاشنكو»), with ي (a verb: «كان فرعون يطاردهم»), or with «بال» /
 * «لل» (a preposition and a noun).
 */
export function isRareFamilyName(word: string, lex: ArabicLexicon): boolean {
	const key = normalizeArabic(word);
	if (key.length < 3 || key.startsWith('ال') || key.startsWith('و') || key.startsWith('ف') || key.startsWith('ي') || key.startsWith('بال') || key.startsWith('لل')) return false;
	return key.charCodeAt(0) >= 0x0621 && key.charCodeAt(0) <= 0x064a && lex(key) <= 1 && !isRareVerbForm(word, key, lex);
}

/**
 * A rare word that is a verb the text writes in another tense or number: the future («سيعرض», will
 * present, as `isFutureVerb` reads it), or the dual («توقعان», the two sign: «توقع» at least twice
 * and four times as often).
 */
function isRareVerbForm(word: string, key: string, lex: ArabicLexicon): boolean {
	if (isFutureVerb(word, lex)) return true;
	return key.length >= 5 && (key[0] === 'ت' || key[0] === 'ي') && key.endsWith('ان') && isCommonerForm(lex(key.slice(0, -2)), lex(key));
}

/** A family name in the form of a nisba the text has never written («الخليفي», «الغنوشي»). */
export function isRareNisba(word: string, lex: ArabicLexicon): boolean {
	const key = normalizeArabic(word);
	// the nisba's shape, with its article first and not feminine (a man's family name)
	return key.startsWith('ال') && !key.endsWith('ة') && isArabicNisba(word, 0, word.length) && lex(key) === 0;
}

/**
 * «الرئيس عبد الفتاح السيسي»: the model stopped after the compound given name «عبد الفتاح». A
 * person found as exactly «عبد» + one word takes the next word when it is a rare word with the
 * article, or without it (see below): a family name the lexicon has seen at most MAX_SURNAME_COUNT times, not a relative
 * pronoun, a regnal ordinal, a title or a people (in the training files such a word is inside the
 * name 28 times of 41; the 13 outside are «الذي», «الثاني» and frequent words).
 */
export function joinSurnamesAfterCompoundNames(text: string, entities: DetectedEntity[], starts: Int32Array, ends: Int32Array, kinds: Uint8Array, lineStarts: Uint8Array, n: number, words: readonly string[], lex: ArabicLexicon | undefined): void {
	if (!lex) return;
	forEachPerson(entities, ends, n, (k, person, first) => {
		const next = first + 2;
		if (next >= n || ends[first + 1] !== person.end || lineStarts[first + 1] || lineStarts[next] || kinds[next] !== 0) return;
		if (!/^[وف]?عبد$/u.test(words[first]) || !words[first + 1].startsWith('ال')) return;
		if (k + 1 < entities.length && entities[k + 1].start < ends[next]) return;
		const key = normalizeArabic(words[next]);
		// «عبد المجيد تبون»: a family name without the article, written at most once in the training
		// text and not opening with «ب» or «ل» nor ending in the accusative «ا» (5 such words of 6
		// are inside the name in the training files; the sixth is a verb)
		const bare = !key.startsWith('ال') && isRareFamilyName(words[next], lex) && !/^[بل]/u.test(key) && !key.endsWith('ا');
		if (!bare && (!key.startsWith('ال') || key.length < 5 || RELATIVE_PRONOUNS.has(key) || isRegnalOrdinal(key) || isArabicTitle(key) || isArabicGroup(key))) return;
		if (lex(key) > MAX_SURNAME_COUNT) return;
		entities[k] = { ...person, end: ends[next], text: text.slice(person.start, ends[next]) };
	});
}

/**
 * Calls `visit` for each person of `entities` (in text order) with its index and the token holding
 * its start (after a proclitic: «وعبد»). `visit` may change entities from its index on.
 */
function forEachPerson(entities: DetectedEntity[], ends: ArrayLike<number>, n: number, visit: (k: number, person: DetectedEntity, first: number) => void): void {
	let token = 0;
	for (let k = 0; k < entities.length; k++) {
		const person = entities[k];
		if (person.type !== 'PER') continue;
		while (token < n && ends[token] <= person.start) token++;
		visit(k, person, token);
	}
}
const MAX_SURNAME_COUNT = 4;
const RELATIVE_PRONOUNS = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي']);

/**
 * Arabic: «آل» + a word after a person's name is the family name («محمد بن راشد آل مكتوم»,
 * «نهيان بن مبارك آل نهيان»): the person's span takes it in (also when the model stopped right
 * after «آل»), and an entity the model found on the family word alone is dropped. A name never
 * ends with a word that links it to the next one (بن، بنت، آيت، ولد، أبو…): a span the model
 * stopped there takes in the next word too («لونيس آيت منقلات»). `entities` are in text order;
 * changed in place.
 */
export function joinFamilyNames(text: string, entities: DetectedEntity[], starts: Int32Array, ends: Int32Array, kinds: Uint8Array, lineStarts: Uint8Array, n: number, words: readonly string[]): void {
	const isAal = (i: number): boolean => words[i] === 'آل' || words[i] === 'ال';
	const isLink = (i: number): boolean => isAal(i) || NAME_LINKS.has(normalizeArabic(words[i]));
	let token = 0;
	for (let k = 0; k < entities.length; k++) {
		const person = entities[k];
		if (person.type !== 'PER') continue;
		while (token < n && starts[token] < person.end) token++;
		// the linking word: the span's own last word («خليفة بن سلمان آل», «لونيس آيت»), or «آل» right after it
		const last = token - 1;
		let link: number;
		if (last >= 0 && ends[last] === person.end && (isAal(last) || (isLink(last) && (starts[last] > person.start || LEADING_NAME_LINKS.has(normalizeArabic(words[last])))))) link = last;
		else if (token < n && isAal(token)) link = token;
		else continue;
		const family = link + 1;
		if (family >= n || lineStarts[link] || lineStarts[family] || kinds[family] !== 0 || PARTICLES_READ_AS_NAMES.has(words[family])) continue;
		const c = text.charCodeAt(starts[family]);
		if (c < 0x0621 || c > 0x064a) continue;
		const end = ends[family];
		entities[k] = { ...person, end, text: text.slice(person.start, end) };
		let drop = k + 1;
		while (drop < entities.length && entities[drop].start < end) drop++;
		entities.splice(k + 1, drop - k - 1);
	}
}

/** «أبو», «أبي», «أبا» («father of»), after up to two proclitic letters («لأبي»): the first group. */
const KUNYA_WORD = /^([وفبلك]{0,2})(?:أبو|أبي|أبا|ابو|ابي)$/u;

/**
 * Arabic: «مروج الذهب لأبي الحسن المسعودي»: the model found the person from «الحسن». A kunya word
 * right before a person opens the name (inside it 59 times of 60 in ANERcorp's training text); its
 * proclitic stays out. `entities` are in text order; changed in place.
 */
export function joinKunyasBeforePersons(text: string, entities: DetectedEntity[], starts: Int32Array, lineStarts: Uint8Array, n: number, words: readonly string[]): void {
	let token = 0;
	for (let k = 0; k < entities.length; k++) {
		const person = entities[k];
		if (person.type !== 'PER') continue;
		while (token < n && starts[token] < person.start) token++;
		const kunya = token - 1;
		if (token >= n || starts[token] !== person.start || kunya < 0 || lineStarts[token]) continue;
		if (k > 0 && entities[k - 1].end > starts[kunya]) continue;
		const match = KUNYA_WORD.exec(words[kunya]);
		if (!match) continue;
		const start = starts[kunya] + match[1].length;
		entities[k] = { ...person, start, text: text.slice(start, person.end) };
	}
}

const DROPPED: DetectedEntity = { start: 0, end: 0, type: 'ORG', text: '', confidence: 0, source: 'rule' };
/** Nouns ANERcorp leaves out of the organisation they introduce (normalised, without proclitics). */
const ARABIC_OUTER_ORGANISATION_NOUNS = new Set(['نادي', 'فريق', 'حركة', 'منتخب']);

/**
 * Arabic: «نادي الزمالك», «فريق برشلونة», «حركة حماس»: the club, team or movement noun is outside
 * the organisation's name in ANERcorp (outside 18, 27 and 12 times, inside 5, 0 and 4 in its
 * training part), which the model, also trained on AQMAR, often takes in; «منتخب البرازيل», a
 * national team, is the country there (LOC 20 times, never ORG). An organisation of two
 * words or more that opens with one (a proclitic allowed) starts at the next word; one that is the
 * noun and a nationality («للفريق الأسباني», «the Spanish team») names nothing and is dropped.
 */
export function anercorpSpans(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	let out: DetectedEntity[] | undefined;
	entities.forEach((e, k) => {
		const placeOrMosque = e.type === 'LOC' ? trimArabicPlaceHead(text, e) : undefined;
		if (placeOrMosque) {
			out ??= entities.slice();
			out[k] = placeOrMosque;
			return;
		}
		if (e.type !== 'ORG') return;
		const space = e.text.indexOf(' ');
		if (space < 0) return;
		const bare = nounBehindProclitic(normalizeArabic(e.text.slice(0, space)), ARABIC_OUTER_ORGANISATION_NOUNS, true);
		if (!bare) return;
		let start = e.start + space;
		while (start < e.end && text.charCodeAt(start) === 0x20) start++;
		out ??= entities.slice();
		// «للفريق الأسباني»: «the Spanish team», a description with no name after the noun
		const rest = normalizeArabic(text.slice(start, e.end));
		// «منتخب البرازيل»: ANERcorp tags the country a national team is named by, a place (20 times;
		// AQMAR the team, an organisation, 63 times)
		const type = bare === 'منتخب' ? 'LOC' : e.type;
		out[k] = !rest.includes(' ') && rest.startsWith('ال') && rest.endsWith('ي') ? DROPPED : { ...e, type, start, text: text.slice(start, e.end) };
	});
	return out ? out.filter((e) => e !== DROPPED) : entities;
}

/** Nationalities whose country the country list names otherwise («أمريكا», «إنجلترا»: the list has «الولايات المتحدة», «المملكة المتحدة»), normalised. */
const NATIONALITIES_OF_UNLISTED_COUNTRIES = new Set(['امريكي', 'اميركي', 'بريطاني', 'انجليزي', 'انكليزي', 'اسكتلندي', 'اسكوتلندي', 'ويلزي', 'كوري', 'اماراتي']);

/**
 * A definite nationality adjective of a country («الفرنسية», «الأمريكي», «الإسرائيلي»): the word
 * without «ال» and its ending is a listed country, or is one with «ا», «يا», «ية» or the article
 * added back («فرنس» → «فرنسا», «ألمان» → «ألمانيا», «سعود» → «السعودية», «صين» → «الصين»); not
 * «الأوروبي», «العربي», «الدولي» (no country).
 */
function isCountryNationality(model: TaggerModel, word: string): boolean {
	const key = normalizeArabic(word);
	const m = /^ال(\S{2,}?)(?:ية|يه|ي)$/u.exec(key);
	if (!m) return false;
	const stem = m[1];
	if (NATIONALITIES_OF_UNLISTED_COUNTRIES.has(`${stem}ي`)) return true;
	return [stem, `${stem}ا`, `${stem}يا`, `${stem}ية`, `ال${stem}`, `ال${stem}ية`].some((country) => isListedCountry(model, country));
}

/**
 * Arabic: «الكونغرس الأمريكي», «نوكيا الفنلندية», «ريال مدريد الإسباني», «سكاي نيوز البريطانية»:
 * ANERcorp leaves a nationality after an organisation's name out of it (after a name of one word 44
 * times of 44 in its training part, of two words 36 of 42), but keeps it where it ends a name of
 * definite words («منظمة التحرير الفلسطينية», «وكالة الأنباء المصرية», «معهد الفيلم الأمريكي»: the
 * six of two words it keeps), which AQMAR, also learned from, writes whole either way. An
 * organisation ending in a country's nationality ends before it when the rest is one word, or the
 * word before the nationality is no definite word («الله» of «حزب الله» aside).
 */
export function nationalitiesOutOfOrganisations(model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e) => {
		if (e.type !== 'ORG') return undefined;
		const words = e.text.split(/\s+/u);
		if (words.length < 2 || !isCountryNationality(model, words[words.length - 1])) return undefined;
		const before = normalizeArabic(words[words.length - 2]);
		const definite = DEFINITE_WORD.test(before) && before !== 'الله';
		// «الجيش الأمريكي», «القوات الفرنسية», «المنتخب البرتغالي»: a body's noun and a nationality
		// name no organisation of their own (ANERcorp leaves them untagged): left as read
		if (definite && (words.length > 2 || GENERIC_BODIES.has(before) || (trainingTypes(model, words[0]) & ORG_BIT) === 0)) return undefined;
		const name = e.text.slice(0, e.text.length - words[words.length - 1].length).trimEnd();
		return { ...e, end: e.start + name.length, text: name, source: 'rule' };
	});
}
/** Nouns of a state's bodies and teams, normalised: with a nationality, no name. */
const GENERIC_BODIES = normalisedWords('الجيش الحكومة القوات المنتخب الشرطة الفريق النادي الاتحاد البنك المجلس الوزارة الشركة الحزب البرلمان السلطات الاستخبارات المخابرات');

/** Compass words before a place (normalised, without proclitics). */
const ARABIC_COMPASS_WORDS = new Set(['شمال', 'جنوب', 'شرق', 'غرب', 'وسط']);
const MOSQUE_NOUNS = new Set(['مسجد']);
const DEFINITE_MOSQUE_NOUNS = new Set(['المسجد']);
const UNIVERSITY_NOUNS = new Set(['جامعة']);
/** Stadiums and airports (normalised): ANERcorp leaves the noun out of the name after it. */
const ARABIC_VENUE_NOUNS = new Set(['ملعب', 'استاد', 'ستاد', 'مطار']);
/** Countries named with a compass word (normalised), which keep it. */
const ARABIC_COMPASS_COUNTRIES = new Set(['جنوب افريقيا', 'جنوب السودان', 'شرق تيمور']);

/**
 * Arabic places as ANERcorp writes them (and what it writes otherwise than a place): «شمال أفريقيا», «جنوب شرق آسيا» read whole (the regions
 * of the place lists) are the place after the compass words (outside the span 27 times for «شمال»,
 * 42 for «جنوب» in its training part; inside only in countries: «جنوب أفريقيا»); «مسجد الأزهر» is
 * the mosque's name, an organisation (ORG after «مسجد» 20 times, LOC twice). Returns the entity
 * to put in place of `e`, or undefined.
 */
function trimArabicPlaceHead(text: string, e: DetectedEntity): DetectedEntity | undefined {
	const words = e.text.split(' ');
	if (words.length < 2) return undefined;
	const head = normalizeArabic(words[0]);
	const afterHead = e.start + words[0].length + 1;
	if (nounBehindProclitic(head, MOSQUE_NOUNS)) return { ...e, type: 'ORG', start: afterHead, text: text.slice(afterHead, e.end) };
	// «المسجد الأقصى»: a named mosque with the article is MISC in ANERcorp (5 times), as the model
	// reads «البيت الأبيض»
	if (nounBehindProclitic(head, DEFINITE_MOSQUE_NOUNS)) return { ...e, type: 'MISC' };
	// «جامعة دمشق», «جامعة هارفارد الأمريكية»: a university is an organisation in ANERcorp (29 times,
	// a place never; AQMAR writes it a place 16 times), without the nationality after its name
	if (nounBehindProclitic(head, UNIVERSITY_NOUNS)) {
		const last = normalizeArabic(words[words.length - 1]);
		const end = words.length >= 3 && last.startsWith('ال') && last.endsWith('ية') ? e.end - words[words.length - 1].length - 1 : e.end;
		return { ...e, type: 'ORG', end, text: text.slice(e.start, end) };
	}
	// «ملعب القاهرة», «مطار دمشق»: the city a stadium or an airport is named after is the place
	// (LOC); a name of two words or more is the venue's own («ملعب سانتياغو برنابيو»: MISC)
	if (nounBehindProclitic(head, ARABIC_VENUE_NOUNS)) return { ...e, type: words.length === 2 ? 'LOC' : 'MISC', start: afterHead, text: text.slice(afterHead, e.end) };
	const compass = (w: string): string => nounBehindProclitic(normalizeArabic(w), ARABIC_COMPASS_WORDS);
	if (ARABIC_COMPASS_COUNTRIES.has([compass(words[0]) || head, ...words.slice(1).map(normalizeArabic)].join(' '))) return undefined;
	let cut = 0;
	while (cut < words.length - 1 && compass(words[cut])) cut++;
	if (cut === 0) return undefined;
	const start = e.start + words.slice(0, cut).join(' ').length + 1;
	return { ...e, start, text: text.slice(start, e.end) };
}

/**
 * Arabic: a name that opens with a kunya («أبو حمزة», «أبو عبد الله») ends with the origin that
 * follows it («أبو حمزة المصري», «أبو عبد الله التركي»; inside the span 15 of 17 times in the Arabic
 * training files), which the model leaves out as it does a nationality after other names. The
 * origin is a masculine definite nisba with no proclitic. `entities` are in text order; changed in place.
 */
export function joinKunyaNisbas(text: string, entities: DetectedEntity[], starts: Int32Array, ends: Int32Array, lineStarts: Uint8Array, n: number, words: readonly string[]): void {
	forEachPerson(entities, ends, n, (k, person, first) => {
		let after = first;
		while (after < n && starts[after] < person.end) after++;
		if (after - first < 2 || after >= n || lineStarts[after]) return;
		const kunya = normalizeArabic(words[first]).replace(/^[وف](?=اب)/u, '');
		if (kunya !== 'ابو' && kunya !== 'ابي') return;
		const origin = normalizeArabic(words[after]);
		if (!origin.startsWith('ال') || !origin.endsWith('ي') || !isArabicNisba(text, starts[after], ends[after])) return;
		const end = ends[after];
		entities[k] = { ...person, end, text: text.slice(person.start, end) };
		let drop = k + 1;
		while (drop < entities.length && entities[drop].start < end) drop++;
		entities.splice(k + 1, drop - k - 1);
	});
}

/**
 * Arabic: a sports federation's name ends with its sport («الاتحاد الجزائري لكرة القدم»; the model
 * stopped at the nationality). An ORG ending with a nisba adjective and followed by «لكرة» + the
 * ball game or «لألعاب القوى» takes them in. `entities` are in text order; changed in place.
 */
export function joinSportsOfFederations(text: string, entities: DetectedEntity[], starts: Int32Array, ends: Int32Array, lineStarts: Uint8Array, n: number, words: readonly string[]): void {
	let token = 0;
	for (let k = 0; k < entities.length; k++) {
		const org = entities[k];
		if (org.type !== 'ORG') continue;
		while (token < n && ends[token] < org.end) token++;
		const sport = token + 1;
		if (sport + 1 >= n || ends[token] !== org.end || lineStarts[sport] || lineStarts[sport + 1]) continue;
		const last = normalizeArabic(words[token]);
		if (!last.startsWith('ال') || !(last.endsWith('ي') || last.endsWith('ية'))) continue;
		const game = SPORTS.get(normalizeArabic(words[sport]));
		if (!game || !game.has(normalizeArabic(words[sport + 1]))) continue;
		if (k + 1 < entities.length && entities[k + 1].start < ends[sport + 1]) continue;
		entities[k] = { ...org, end: ends[sport + 1], text: text.slice(org.start, ends[sport + 1]) };
	}
}
/** «لكرة القدم», «لكرة اليد», «لألعاب القوى» (normalised). */
const SPORTS = new Map([
	['لكرة', new Set(['القدم', 'اليد', 'السلة', 'الطائرة'])],
	['لالعاب', new Set(['القوي'])],
]);

/**
 * Arabic: a name right after another of the same type, one space between, that starts with «و» is
 * the next of a list («عبد القادر بوطيش وأكرم بوراس»): the «و» is the list's, not the name's (the
 * lexicon keeps «وأكرم» whole, a word of its own), unless the lists know the whole word as a given
 * name («وليد»). `entities` in text order; changed in place.
 */
export function trimListConjunctions(text: string, model: TaggerModel, entities: DetectedEntity[]): void {
	for (let k = 1; k < entities.length; k++) {
		const before = entities[k - 1];
		const e = entities[k];
		if (e.type !== before.type || e.start !== before.end + 1 || text.charCodeAt(before.end) !== 32 || text.charCodeAt(e.start) !== WAW_LETTER) continue;
		const firstWord = /^\S+/u.exec(e.text)![0];
		// «وليد», «وائل», «وسيم»: a given name that starts with the letter
		if (firstWord.length < 4 || (listedTypes(model, firstWord) & PER_BIT) !== 0) continue;
		entities[k] = { ...e, start: e.start + 1, text: e.text.slice(1) };
	}
}

/**
 * Arabic: «التقى تبون وفلاديمير بوتين»: the model found the person from «بوتين», the word before
 * being a given name behind «و» that the lexicon, having seen the name too rarely, keeps whole
 * (and the features read as an unknown word). Such a word, never written whole, whose rest the
 * training files or the lists know as a person's name, opens the person after its «و».
 * `entities` in text order; changed in place.
 */
export function givenNamesBehindConjunction(text: string, model: TaggerModel, entities: DetectedEntity[], lex: ArabicLexicon): void {
	for (let k = 0; k < entities.length; k++) {
		const e = entities[k];
		if (e.type !== 'PER' || e.start < 6 || text.charCodeAt(e.start - 1) !== 32) continue;
		const before = /(?:^|\s)(و[\u0621-\u064a]{4,})$/u.exec(text.slice(Math.max(0, e.start - 30), e.start - 1));
		if (!before) continue;
		const word = before[1];
		const start = e.start - 1 - word.length;
		if ((k > 0 && entities[k - 1].end > start) || lex(normalizeArabic(word)) > 0) continue;
		const rest = word.slice(1);
		if ((seenTypes(model, rest) & PER_BIT) === 0 || (seenTypes(model, word) & PER_BIT) !== 0) continue;
		entities[k] = { ...e, start: start + 1, text: text.slice(start + 1, e.end) };
	}
}

/** Words that open Arab place names (a caravanserai, a monastery, a cape, a spring, a well, a fort, a valley…), normalised. */
export const ARABIC_PLACE_HEADS = new Set(['خان', 'دير', 'راس', 'شرم', 'بيت', 'كفر', 'عين', 'حاسي', 'برج', 'تيزي', 'بير', 'بئر', 'وادي', 'قصر'].map((w) => normalizeArabic(w)));

/**
 * Arabic: a place head the model found alone as a place, and the one-word place right after it
 * (one space, no «و»), are one place read in two pieces («خان» «يونس» in a headline: the body
 * reads «خان يونس» whole; not «بورصة» «نيويورك»). `entities` are in text order; changed in place.
 */
export function joinAdjacentArabicPlaces(text: string, entities: DetectedEntity[]): void {
	joinAdjacentPairs(text, entities, (a, b) => a.type === 'LOC' && b.type === 'LOC' && ARABIC_PLACE_HEADS.has(normalizeArabic(a.text)) && !/\s/u.test(b.text) && !b.text.startsWith('و'));
}

/**
 * Arabic: a regnal ordinal right after a person's name is part of it («عبد الله الثاني», «محمد
 * السادس»; 63 of 71 times in the Arabic training files); an entity the model found on the
 * ordinal alone is dropped. `entities` are in text order; changed in place.
 */
export function joinRegnalOrdinals(text: string, entities: DetectedEntity[], starts: Int32Array, ends: Int32Array, lineStarts: Uint8Array, n: number, words: readonly string[]): void {
	// «الرابع عشر», «الحادي عشر»: the eleventh to the nineteenth, also when the model took in the
	// first word only
	const isTeen = (t: number): boolean => t < n && !lineStarts[t] && normalizeArabic(words[t]) === 'عشر';
	const isOrdinal = (t: number): boolean => {
		const key = normalizeArabic(words[t]);
		return isRegnalOrdinal(key) || (key === 'الحادي' && isTeen(t + 1));
	};
	let token = 0;
	for (let k = 0; k < entities.length; k++) {
		const person = entities[k];
		if (person.type !== 'PER') continue;
		while (token < n && starts[token] < person.end) token++;
		if (token >= n || lineStarts[token] || /\S/.test(text.slice(person.end, starts[token]))) continue;
		// a name of two words or more takes an ordinal only after a ruler's title («البابا يوحنا بولس
		// الثاني») or as a compound given name («عبد الله الثاني»): else it is a rank («والتشيلي
		// فرناندو غونزاليز العاشر على …», a seeded player; outside 6 times of 11 in the training files)
		// (the name without an ordinal the model took in: «لويس الرابع» + «عشر»)
		const nameWords = person.text.split(/\s+/u);
		if (nameWords.length > 1 && isRegnalOrdinal(normalizeArabic(nameWords[nameWords.length - 1]))) nameWords.pop();
		if (nameWords.length > 1 && !/^[وفبلك]?عبد$/u.test(normalizeArabic(nameWords[0])) && !RULER_BEFORE.test(text.slice(Math.max(0, person.start - 40), person.start))) continue;
		let last: number;
		if (isTeen(token) && token > 0 && ends[token - 1] === person.end && isOrdinal(token - 1)) last = token;
		else if (isOrdinal(token)) last = isTeen(token + 1) ? token + 1 : token;
		else continue;
		const end = ends[last];
		entities[k] = { ...person, end, text: text.slice(person.start, end) };
		let drop = k + 1;
		while (drop < entities.length && entities[drop].start < end) drop++;
		entities.splice(k + 1, drop - k - 1);
	}
}

/** A ruler's title up to two words before a name («الملك», «جلالة الملك الراحل», «للسلطان», «البابا»). */
const RULER_BEFORE = /(?:^|\s)[وفبلك]?[لب]?(?:الملك|ملك|جلالة|السلطان|سلطان|البابا|بابا|الأمير|الامير|أمير|امير|العاهل|عاهل|الإمبراطور|الامبراطور|إمبراطور|امبراطور|الملكة|الشاه|القيصر)\s+(?:\S+\s+){0,2}$/u;

export function isArabicNisba(text: string, start: number, end: number): boolean {
	const w = normalizeArabic(text.slice(start, end));
	const p = w.indexOf('ال');
	if (p < 0 || p > 2 || w.length < 6) return false;
	return w.endsWith('ي') || w.endsWith('ية');
}

/** The word right before `offset` (within 20 characters), normalised («ولاية» of «ولاية وهران»). */
function arabicWordBefore(text: string, offset: number): string {
	return normalizeArabic(text.slice(Math.max(0, offset - 20), offset).trimEnd().split(/\s/u).pop() ?? '');
}

/** Verbs of a match between two sides, normalised, with «و» / «ف» («فاز», «تعادل», «يكتسح»). */
const MATCH_VERB = /^[وف]?(?:فاز|فازت|تعادل|تعادلت|تغلب|تغلبت|خسر|خسرت|انهزم|انهزمت|هزم|هزمت|اكتسح|يكتسح|اكتسحت|واجه|يواجه|سيواجه|يلتقي|التقي|سحق|يسحق)$/u;
/** What joins a match verb's subject to its opponent («على», «مع», «أمام», «ضد»). */
const OPPONENT_PREPOSITION = /^\s+(?:على|علي|مع|أمام|امام|ضد)\s+$/u;

/**
 * Arabic: «تعادل أتلتيكو مدريد مع إشبيلية», «ريال مدريد يكتسح برشلونة»: a city read as a place,
 * opposite a club in a match (after the verb, the club and «على» / «مع» / «أمام», or right after
 * «club + verb»), is the club named by the city (ANERcorp tags clubs ORG, national teams by their
 * country, LOC); not a listed country.
 */
export function opponentsOfClubs(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e, k) => {
		if (k === 0) return undefined;
		const club = entities[k - 1];
		if (e.type !== 'LOC' || club.type !== 'ORG' || /\s/u.test(e.text) || isListedCountry(model, e.text)) return undefined;
		const between = text.slice(club.end, e.start);
		const afterVerbAndPreposition = OPPONENT_PREPOSITION.test(between) && MATCH_VERB.test(arabicWordBefore(text, club.start));
		const afterClubAndVerb = /^\s+\S+\s+$/u.test(between) && MATCH_VERB.test(normalizeArabic(between.trim()));
		if (!afterVerbAndPreposition && !afterClubAndVerb) return undefined;
		return { ...e, type: 'ORG', source: 'rule' };
	});
}

/** Second words of compound given names («زين العابدين», «نور الدين», «سيف الإسلام»), normalised. */
const COMPOUND_NAME_SECONDS = new Set(['العابدين', 'الدين', 'الاسلام'].map(normalizeArabic));
/** Their first words, normalised. */
const COMPOUND_NAME_FIRSTS = new Set(
	'زين نور عز سيف صلاح بدر شمس علاء جمال كمال خير محيي محي تقي شرف بهاء ضياء فخر ناصر حسام عماد نصر سعد جلال نجم شهاب قطب عصام'.split(' ').map(normalizeArabic),
);

/**
 * Arabic: «أطاحت بزين العابدين بن علي» read as the person «العابدين بن علي»: a person that opens
 * with the second word of a compound given name takes its first word, behind a proclitic
 * («ب», «و», «ل», «ف», «ك») or not.
 */
export function compoundGivenNames(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e, k) => {
		if (e.type !== 'PER' || !COMPOUND_NAME_SECONDS.has(normalizeArabic(e.text.split(/\s/u)[0]))) return undefined;
		const m = /(?:^|\s)(\S+) $/u.exec(text.slice(Math.max(0, e.start - 12), e.start));
		if (!m) return undefined;
		// the word itself («بدر», «كمال») or behind one proclitic letter («بزين»)
		const first = COMPOUND_NAME_FIRSTS.has(normalizeArabic(m[1])) ? m[1] : /^[وفبلك]/u.test(m[1]) && COMPOUND_NAME_FIRSTS.has(normalizeArabic(m[1].slice(1))) ? m[1].slice(1) : '';
		if (!first) return undefined;
		const start = e.start - first.length - 1;
		if (k > 0 && entities[k - 1].end > start) return undefined;
		return { ...e, start, text: text.slice(start, e.end), source: 'rule' };
	});
}

/** A definite nisba adjective: «الإيطالية», «الأمريكي» (with «و» at most). */
const DEFINITE_NISBA = /^و?ال\S{2,}(?:ية|ي)$/u;

/**
 * Arabic: «رئيسة الوزراء الإيطالية جورجيا ميلوني» read as the place «جورجيا» and the person
 * «ميلوني»: a one-word place right after a definite nisba adjective, written without a proclitic
 * and followed at once by a person, or after a title by a word the lexicon hardly knows, opens the person's name (an adjective after its noun is
 * followed by the name it describes, not by a place: in the Arabic training files such a place is
 * written with «ب» or «ل», «الفرنسي بباريس»).
 */
export function personsAfterNisbas(text: string, entities: DetectedEntity[], lex: ArabicLexicon): DetectedEntity[] {
	let out: DetectedEntity[] | undefined;
	for (let k = 0; k < entities.length; k++) {
		const place = entities[k];
		const next = entities[k + 1];
		const before = text.slice(Math.max(0, place.start - 60), place.start);
		const wordsBefore = before.trimEnd().split(/\s+/u);
		if (place.type !== 'LOC' || /\s/u.test(place.text) || !/\s$/u.test(before) || !DEFINITE_NISBA.test(wordsBefore.pop() ?? '')) {
			out?.push(place);
			continue;
		}
		// the person found after it, or, after a title («رئيسة الوزراء الإيطالية»; not «العاصمة
		// العراقية بغداد»), a word the text hardly knows (a foreign surname: «ميلوني»)
		const person = next?.type === 'PER' && text.slice(place.end, next.start) === ' ' ? next : undefined;
		const titled = wordsBefore.slice(-3).some((w) => isArabicTitle(normalizeArabic(w).replace(/^[وف](?=..)/u, '')) || isArabicTitle(normalizeArabic(w)));
		const rare = person || !titled ? undefined : RARE_WORD_AFTER.exec(text.slice(place.end, place.end + 24));
		const end = person ? person.end : rare && lex(normalizeArabic(rare[1])) <= 2 && !(next && next.start < place.end + rare[0].length) ? place.end + rare[0].length : -1;
		if (end < 0) {
			out?.push(place);
			continue;
		}
		out ??= entities.slice(0, k);
		out.push({ ...place, ...(person ?? {}), start: place.start, end, type: 'PER', text: text.slice(place.start, end), source: 'rule' });
		if (person) k++;
	}
	return out ?? entities;
}
/** A word of Arabic letters after a space, without the article. */
const RARE_WORD_AFTER = /^ ((?![وفبلك])[\u0621-\u064a]{3,})(?![\u0621-\u064a])/u;

/** Prepositions before a place, normalised («في», «من», «عن», «إلى»). */
const PLACE_PREPOSITIONS_AR = new Set(['في', 'من', 'عن', 'الي', 'بين']);

/**
 * Arabic: «النائب عن ولاية وهران محمد بلقاسم» read as one person: a person of three words or more,
 * right after a noun of a place or a preposition, whose first word the lists know as a place and
 * never as a person's, and whose second they know as a given name, is the place and then the
 * person («الفنان حجاج عبد العظيم», after a title, stays whole).
 */
export function splitPlacesBeforePersons(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	let out: DetectedEntity[] | undefined;
	for (let k = 0; k < entities.length; k++) {
		const e = entities[k];
		const words = e.type === 'PER' ? [...e.text.matchAll(/\S+/gu)] : [];
		const place = words.length >= 3 ? words[0][0] : '';
		const placeTypes = place ? listedTypes(model, place) | trainingTypes(model, place) : 0;
		const before = place ? arabicWordBefore(text, e.start) : '';
		const placeWordBefore = isPlaceNoun(before) || PLACE_PREPOSITIONS_AR.has(before);
		if (!placeWordBefore || (placeTypes & LOC_BIT) === 0 || (placeTypes & PER_BIT) !== 0 || (listedTypes(model, words[1][0]) & PER_BIT) === 0) {
			out?.push(e);
			continue;
		}
		out ??= entities.slice(0, k);
		const personStart = e.start + (words[1].index ?? 0);
		out.push({ ...e, end: e.start + place.length, text: place, type: 'LOC', source: 'rule' }, { ...e, start: personStart, text: text.slice(personStart, e.end), source: 'rule' });
	}
	return out ?? entities;
}

/** A word of a transliterated name: no article or pronoun suffix. */
const FOREIGN_NAME_WORD = /^(?!ال)[\u0621-\u064a]+(?<!ه|ها|هم|هما|كم)$/u;
/** A first letter that may be a proclitic. */
const WAW_OR_PREPOSITION = /^[وفبلك]/u;

/**
 * A word that may be a foreign name: no article, no pronoun suffix, and no proclitic before a word
 * the text knows («لمصلحته», «بالمدينة»). A given name may start with a proclitic's letter where
 * its rest is no word («فابريس»); a word after a name may not, being often a verb («فاحتسب»).
 */
function isForeignNameWord(word: string, lex: ArabicLexicon, givenName = true): boolean {
	if (!FOREIGN_NAME_WORD.test(word)) return false;
	if (!WAW_OR_PREPOSITION.test(word)) return true;
	if (!givenName) return false;
	const rest = word.slice(1);
	return !rest.startsWith('ال') && !rest.startsWith('ل') && lex(normalizeArabic(rest)) === 0;
}

/**
 * A definite title or «his, her counterpart» («نظيره», «نظيرتها»), a definite nisba or an adjective
 * of persons news puts there («السابق», «الراحل», «المخضرم») where there is one, then two Arabic
 * words («المغنية الأمريكية تايلور سويفت», «النائبة ديما طهبوب», «نظيرتها الإسرائيلية تسيبي ليفني»),
 * read ahead so that a word with the article before the title («التقت نظيرتها…») hides nothing.
 */
const TITLE_NISBA_TWO_WORDS = /(?:^|\s)[وف]?(ال[\u0621-\u064a]+|نظير(?:ه|ها|هم|ته|تها|تهم))(?=((?:\s+(ال[\u0621-\u064a]{2,}(?:ية|ي)|ال(?:سابق|راحل|مخضرم|شهير)ة?))?\s+([\u0621-\u064a]{3,})\s+([\u0621-\u064a]{3,}))(?![\u0621-\u064a]))/gu;
/** «نظيره», «نظيرتها»: a counterpart, a title only with a nisba after it. */
const COUNTERPART = /^نظير/u;

/** Shapes of a verb or a participle the text may not have written as such («الفريق سيقاطع», «الفريق استقدم», «الوزير متحمس»), and plurals. */
const VERB_OR_PARTICIPLE_SHAPE = /^(?:س[يتنأا]|است|مت|مست|ين|يت)|(?:ون|ين|ات|وا)$/u;
/** A definite title, then (read ahead) one Arabic word («الرئيس بوتفليقة»). */
const TITLE_ONE_WORD = /(?:^|\s)[وف]?(ال[\u0621-\u064a]+)(?=(\s+([\u0621-\u064a]{4,}))(?![\u0621-\u064a]))/gu;

/**
 * Arabic: «وزارت المغنية الأمريكية تايلور سويفت لندن» where the model found nothing: two words the
 * text has hardly ever written (at most twice each, neither with the article), right after a
 * definite title or trade and its nisba, or never written right after the title alone («النائبة ديما
 * طهبوب»), are the person they name (a foreign name the model has
 * never seen); so is one word never written right after the title («الفريق شنقريحة»: the general,
 * in a seed), unless it has a verb's, a participle's or a plural's shape («الفريق سيقاطع», the team
 * will boycott); followed by a person of two words or more that the model read, it is that
 * person's surname written first.
 * Entities in text order; new ones at the rule's confidence.
 */
export function titledForeignNames(text: string, model: TaggerModel, entities: DetectedEntity[], lex: ArabicLexicon): DetectedEntity[] {
	// a town the lists know («وزار الوزير عنابة», visited Annaba) is no foreign name
	const placeOnly = (word: string): boolean => (listedTypes(model, word) & (LOC_BIT | PER_BIT)) === LOC_BIT;
	const added: DetectedEntity[] = [];
	const joined = new Set<DetectedEntity>();
	for (const m of allMatches(text, TITLE_NISBA_TWO_WORDS)) {
		// not a word behind a proclitic or with a pronoun suffix («لمصلحته ويتصدر»), nor two accusatives («عزما أكيدا»)
		const [, title, tail, nisba, first, second] = m;
		const titled = COUNTERPART.test(title) ? nisba !== undefined : isArabicTitle(normalizeArabic(title));
		// nor a feminine participle after a one-word name («السيدة برلسكوني مرفوقة», accompanied)
		if (!titled || !isForeignNameWord(first, lex) || !isForeignNameWord(second, lex, false) || (first.endsWith('ا') && second.endsWith('ا')) || second.endsWith('ة') || placeOnly(first)) continue;
		// without a nisba, only words the training text never wrote («الفريق شنقريحة مناسبة»: «occasion», written twice)
		const rare = nisba ? 2 : 0;
		if (lex(normalizeArabic(first)) > rare || lex(normalizeArabic(second)) > rare) continue;
		const end = m.index + m[0].length + tail.length;
		const start = end - second.length - 1 - first.length;
		if (text.slice(start, end) !== `${first} ${second}` || entities.some((e) => e.start < end && start < e.end)) continue;
		added.push({ start, end, type: 'PER', text: text.slice(start, end), confidence: PLACE_RULE_CONFIDENCE, source: 'rule' });
	}
	// one such word alone after the title («الرئيس بوتفليقة», «الفريق شنقريحة»)
	for (const m of allMatches(text, TITLE_ONE_WORD)) {
		const [, title, tail, word] = m;
		if (!isArabicTitle(normalizeArabic(title)) || !isForeignNameWord(word, lex, false) || word.endsWith('ا') || VERB_OR_PARTICIPLE_SHAPE.test(word) || lex(normalizeArabic(word)) > 0 || placeOnly(word)) continue;
		const end = m.index + m[0].length + tail.length;
		const start = end - word.length;
		if (entities.some((e) => e.start < end && start < e.end) || added.some((e) => e.start < end && start < e.end)) continue;
		// the surname written first, before the given name and patronymic the model read («الفريق
		// قومينن ألكسندر فاسليفيتش»); a person behind a proclitic («وسيرغي») starts later and is
		// another, and one word after an honorific is the name alone («الأمير مولاي رشيد»)
		const given = text[end] === ' ' ? entities.find((e) => e.type === 'PER' && e.start === end + 1 && e.text.includes(' ')) : undefined;
		if (given) {
			joined.add(given);
			added.push({ start, end: given.end, type: 'PER', text: text.slice(start, given.end), confidence: Math.max(PLACE_RULE_CONFIDENCE, given.confidence), source: 'rule' });
			continue;
		}
		added.push({ start, end, type: 'PER', text: word, confidence: PLACE_RULE_CONFIDENCE, source: 'rule' });
	}
	if (!added.length) return entities;
	return [...entities.filter((e) => !joined.has(e)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * Maghreb given names written with the article («السعيد شنقريحة», «الحبيب بورقيبة», «الطيب لوح»),
 * normalised; not «العربي» (also the nisba «Arab») nor «الحسن», «الحسين» (regnal names before an
 * ordinal). ANERcorp's Levantine and Egyptian news has none of them before a name.
 */
const DEFINITE_GIVEN_NAMES = normalisedWords('السعيد الحبيب الهادي الطاهر الصادق الطيب المنصف الباجي المختار البشير المهدي الشاذلي الأخضر العيد الصديق الزبير المولدي العياشي الهاشمي الأمين');
/**
 * A definite word, then (read ahead, so that the next match may start at the next definite word:
 * «رئيس الأركان الفريق أول…») «أول» where there is one («الفريق أول»), a definite word and a word.
 */
const TITLE_TWO_WORDS = /(?:^|\s)[وف]?(ال[\u0621-\u064a]+)(?=((?:\s+أول)?\s+(ال[\u0621-\u064a]+)\s+([\u0621-\u064a]{3,}))(?![\u0621-\u064a]))/gu;

/**
 * Arabic: «الفريق السعيد شنقريحة», «الرئيس الحبيب بورقيبة»: after a title, a Maghreb given name
 * written with the article and a word without one are a person, which the model, reading the
 * article as a common word's, misses or finds from the surname; the surname may start with a
 * proclitic's letter where its rest is no word («بورقيبة»). The person takes the given name
 * in; a new one has the rule's confidence. Entities in text order; returned in text order.
 */
export function titledDefiniteGivenNames(text: string, entities: DetectedEntity[], lex: ArabicLexicon): DetectedEntity[] {
	let out: DetectedEntity[] | undefined;
	for (const m of allMatches(text, TITLE_TWO_WORDS)) {
		const [, title, tail, given, word] = m;
		if (!isArabicTitle(normalizeArabic(title)) || !DEFINITE_GIVEN_NAMES.has(normalizeArabic(given)) || !isForeignNameWord(word, lex)) continue;
		const titleEnd = m.index + m[0].length;
		const end = titleEnd + tail.length;
		const surname = end - word.length;
		const start = titleEnd + tail.indexOf(given);
		const list = out ?? entities;
		const inside = list.filter((e) => e.start < end && start < e.end);
		// the surname alone, read as a person, or nothing
		if (inside.length > 1 || (inside.length === 1 && (inside[0].type !== 'PER' || inside[0].start !== surname || inside[0].end !== end))) continue;
		const person: DetectedEntity = { start, end, type: 'PER', text: text.slice(start, end), confidence: Math.max(PLACE_RULE_CONFIDENCE, inside[0]?.confidence ?? 0), source: 'rule' };
		out = [...list.filter((e) => e !== inside[0]), person].sort((a, b) => a.start - b.start);
	}
	return out ?? entities;
}

/**
 * Words that open a list of places, as written: prepositions («في خاركيف ولفيف»), with «و» before
 * them too, «زار» (visited: «زار كمبالا وأديس أبابا») and the dual of a place noun («بلديتي السانية
 * وأرزيو»).
 */
const PLACE_LIST_OPENERS = new Set(['في', 'من', 'إلى', 'الى', 'إلي', 'الي', 'بين', 'عن', 'نحو', 'وفي', 'ومن', 'وإلى', 'والى', 'والي', 'زار', 'وزار', 'يزور', 'ويزور', 'قرب', 'بلديتي', 'ولايتي', 'مدينتي', 'دائرتي']);
const ARABIC_WORD = /[\u0621-\u064a](?:[\u0621-\u064a]|\p{Mn})*/gu;
/** A word the text hardly writes that could be a verb or carry a pronoun, not a foreign place's name. */
const NOT_PLACE_ENDING = /(?:ت|ها|هم|هما|كم|نا)$/u;
/** What may end a list of places: punctuation, a line's end or the text's. */
const LIST_END = /^[ \t]*(?:[،,.؛;:!?)»"\n]|$)/u;

interface ListMember {
	start: number;
	end: number;
	/** a place the model read, or that the lists or training files know as a place and never as a person */
	known: boolean;
	/** the index of the word after the member */
	next: number;
}

/**
 * Arabic: «في خاركيف ولفيف ودنيبرو وأوديسا»: after a preposition (or «زار», a place noun's dual:
 * `PLACE_LIST_OPENERS`), names joined by «و» where one is a place (read by the model, or known to
 * the lists or the training files as a place and not as a person) and each other is a word the
 * text has hardly ever written (a foreign town's name), are places, each without its «و». The model misses the unseen names and can read two of them as one
 * person («ودنيبرو وأوديسا»). Places the model read as one («فرنسا وإيطاليا») stay one, as ANERcorp
 * writes some lists. The list must end at punctuation or the text's end unless its last name
 * is a known place (a rare verb after «و» is no town). A name the model read as a person or an
 * organisation ends the list. Entities in text order; returned in text order.
 */
export function placesInArabicLists(text: string, model: TaggerModel, entities: DetectedEntity[], lex: ArabicLexicon): DetectedEntity[] {
	const words = allMatches(text, ARABIC_WORD).map((m) => ({ start: m.index, end: m.index + m[0].length }));
	let out = entities;
	let startingAt = new Map(out.map((e) => [e.start, e]));
	for (let p = 0; p + 2 < words.length; p++) {
		if (!PLACE_LIST_OPENERS.has(text.slice(words[p].start, words[p].end))) continue;
		const members: ListMember[] = [];
		for (let w = p + 1; w < words.length; ) {
			if (!/^\s+$/u.test(text.slice(words[w - 1].end, words[w].start))) break;
			const joined = members.length > 0;
			if (joined && text.charCodeAt(words[w].start) !== WAW_LETTER) break;
			// after its «و», the name without its own proclitics («وبالجزائر» → «الجزائر»)
			const start = joined ? words[w].start + 1 + nameProcliticLength(text.slice(words[w].start + 1, words[w].end), lex) : words[w].start;
			const member = listMember(text, model, startingAt, words, w, start, lex);
			if (!member) break;
			members.push(member);
			w = member.next;
		}
		const last = members[members.length - 1];
		if (members.length < 2 || !members.some((m) => m.known) || (!last.known && !LIST_END.test(text.slice(last.end)))) continue;
		const from = members[0].start;
		const to = last.end;
		const inside = out.filter((e) => e.start < to && from < e.end);
		// a name that runs on past the list («في القاهرة وجيسيكا ألبا») is not the list's
		if (inside.some((e) => e.start < words[p + 1].start || e.end > to)) continue;
		const places = members.map((m): DetectedEntity => {
			const same = inside.find((e) => e.start === m.start && e.end === m.end && e.type === 'LOC');
			return same ?? { start: m.start, end: m.end, type: 'LOC', text: text.slice(m.start, m.end), confidence: PLACE_RULE_CONFIDENCE, source: 'rule' };
		});
		out = [...out.filter((e) => e.end <= from || e.start >= to), ...places].sort((a, b) => a.start - b.start);
		startingAt = new Map(out.map((e) => [e.start, e]));
		p = last.next - 1;
	}
	return out;
}

/** The list member that starts at word `w` (`start`: after its «و»), or undefined where the list stops. */
function listMember(text: string, model: TaggerModel, startingAt: ReadonlyMap<number, DetectedEntity>, words: readonly { start: number; end: number }[], w: number, start: number, lex: ArabicLexicon): ListMember | undefined {
	const word = words[w];
	const entity = startingAt.get(start) ?? startingAt.get(word.start);
	// a place the model read, of one word or more (places it read together, «فرنسا وإيطاليا», stay
	// one: ANERcorp writes some lists as one place)
	if (entity?.type === 'LOC') {
		let next = w + 1;
		while (next < words.length && words[next].start < entity.end) next++;
		return { start, end: entity.end, known: true, next };
	}
	// «واحدة», «وحيدا»: a word of its own that starts with the letter, not «و» and a name
	if (start > word.start && lex(normalizeArabic(text.slice(word.start, word.end))) > 1) return undefined;
	const name = text.slice(start, word.end);
	const types = listedTypes(model, name) | trainingTypes(model, name);
	const known = (types & LOC_BIT) !== 0 && (types & PER_BIT) === 0;
	// a person or an organisation of this word alone ends the list; a person read over two names of
	// the list («ودنيبرو وأوديسا») does not
	if (!known && entity && entity.type !== 'LOC' && entity.end <= word.end) return undefined;
	const key = normalizeArabic(name);
	const rare = key.length >= 3 && !key.startsWith('ال') && !NOT_PLACE_ENDING.test(key) && lex(key) <= 1;
	return known || rare ? { start, end: word.end, known, next: w + 1 } : undefined;
}

/** A name's particle in Arabic script, alone between spaces (a quick test before `PARTICLE_NAME`). */
const PARTICLE = /(?:^|\s)(?:فون|فان|دا|دو|دي|دير|ديل|دوس)\s/u;
/**
 * A name's particle in Arabic script and the word after it («دا سيلفا», «فون دير لاين», «دو لا»):
 * the words before, the particles, the surname.
 */
const PARTICLE_NAME = /(?<![\u0621-\u064a])([\u0621-\u064a]{3,})( (?:فون|فان|دا|دو|دي|دير|ديل|دوس)(?: (?:دير|لا|دي|ديل))? )([\u0621-\u064a]{3,})(?![\u0621-\u064a])/gu;

/**
 * A word the text has hardly ever written, without the article, a feminine ending or a pronoun
 * suffix («سيلفا», «لاين»; not «شفافة», «سرعته» around «فان», «so»).
 */
function isRareNameWord(word: string, lex: ArabicLexicon): boolean {
	const key = normalizeArabic(word);
	return !key.startsWith('ال') && !/(?:ة|ه|ها|هم)$/u.test(word) && lex(key) <= 2;
}

/**
 * Arabic: «الرئيس لويس إيناسيو لولا دا سيلفا» read as «لويس إيناسيو», «أورسولا فون دير لاين» not read
 * at all: a Romance, Dutch or German particle between two words the text hardly writes joins them
 * into a person's name (ANERcorp keeps «دو», «دي» inside persons: «دومينيك دو فيلبان»), and a
 * person ending one rare word before it (or right before it) takes them. Not where another entity
 * holds the words. Entities in text order; returned in text order.
 */
export function particleNames(text: string, entities: DetectedEntity[], lex: ArabicLexicon): DetectedEntity[] {
	if (!PARTICLE.test(text)) return entities;
	let out = entities;
	PARTICLE_NAME.lastIndex = 0;
	for (let m = PARTICLE_NAME.exec(text); m; m = PARTICLE_NAME.exec(text)) {
		const [, before, , surname] = m;
		const end = m.index + m[0].length;
		if (!isRareNameWord(before, lex) || !isRareNameWord(surname, lex)) {
			PARTICLE_NAME.lastIndex = m.index + before.length;
			continue;
		}
		// a person ending right before the particle, or one rare word before it («لويس إيناسيو | لولا»)
		const at = m.index;
		// «وأورسولا فون دير لاين»: the list's «و» is no part of the name, nor joins it to the name before
		const proclitic = before.charCodeAt(0) === WAW_LETTER && nameProcliticLength(before, lex) > 0 ? 1 : 0;
		const person = out.find((e) => e.type === 'PER' && (e.end === at + before.length || (proclitic === 0 && e.end === at - 1 && text[at - 1] === ' ')));
		const start = person ? person.start : at + proclitic;
		if (overlapping(out, start, end).some((e) => e !== person)) continue;
		out = person ? putEntity(out, { ...person, end, text: text.slice(person.start, end), source: 'rule' }, [person]) : putEntity(out, ruleEntity(text, start, end, 'PER', PLACE_RULE_CONFIDENCE));
	}
	return out;
}

/** «شركة» (a company), «مؤسسة» or «مجمع» (a firm, a group) with their proclitics, then up to three words, before a name. */
const COMPANY_NOUN_THEN_WORDS = /(?:^|\s)[وف]?[بل]?ل?(?:شركة|مؤسسة|مجمع)((?:\s+[\u0621-\u064a]+){0,3})\s+$/u;

/**
 * Arabic: «الاستحواذ على شركة ألعاب الفيديو أكتيفيجن بليزارد», «مؤسسة كوسيدر العمومية» with the name
 * read as a person: right after «شركة», «مؤسسة» or «مجمع», or after up to three words of its trade
 * that the text writes often («ألعاب الفيديو», «طيران», «السيارات الصينية»), a person the lists do
 * not open with a given name is the company (ANERcorp tags «شركة طيران ريان إير», «شركة السيارات
 * الصينية سياك موتور» so; in the Arabic training files, held-out and probe parts left out, the word
 * right after such a noun is a person once, an organisation 15 times, MISC 18). Entities in text order.
 */
export function companiesAfterTrades(text: string, model: TaggerModel, entities: DetectedEntity[], lex: ArabicLexicon): DetectedEntity[] {
	return replaceWhere(entities, (e) => {
		const m = e.type === 'PER' ? COMPANY_NOUN_THEN_WORDS.exec(text.slice(Math.max(0, e.start - 60), e.start)) : null;
		if (!m) return undefined;
		const trade = m[1].split(/\s+/u).filter((word) => word !== '');
		if (!trade.every((word) => word.startsWith('ال') || lex(normalizeArabic(word)) >= 3) || (listedTypes(model, e.text.split(' ')[0]) & PER_BIT) !== 0) return undefined;
		return { ...e, type: 'ORG', source: 'rule' };
	});
}

/** A verb of speech or meeting in the masculine singular (maybe after «و» or «ف»), then a word («وقال باتشان»). */
const MASCULINE_VERB_THEN_WORD = /(?<![\u0621-\u064a])[وف]?(?:قال|أضاف|اضاف|أكد|اكد|أوضح|اوضح|أشار|اشار|صرح|رحب|اعترف|أعلن|اعلن|ذكر|اعتبر|انتقد|دعا|يقول|يؤكد|يرى|أبلغ|ابلغ|حذر|نفى|زار|يزور|التقى|استقبل)\s+([\u0621-\u064a]{4,})(?![\u0621-\u064a])/gu;

/**
 * Arabic: «وقال باتشان الذي يزور بريطانيا» where the model found nothing: a word the text has
 * hardly ever written (no article, no plural in «ون» or «ات» nor participle in construct such as
 * «متمردو», no feminine or nisba ending, no pronoun suffix, no proclitic, no title such as «ناطق»)
 * right after a verb of speech or meeting in the masculine singular is its subject, a man named by
 * his surname («كوربين», «نتنياهو»: a subject is never in the oblique plural). The whole-article pass then finds his other mentions. Entities in text
 * order; returned in text order.
 */
export function surnamesAfterVerbs(text: string, entities: DetectedEntity[], lex: ArabicLexicon): DetectedEntity[] {
	const surnames: TypedRange[] = [];
	for (const m of allMatches(text, MASCULINE_VERB_THEN_WORD)) {
		const name = m[1];
		const end = m.index + m[0].length;
		const start = end - name.length;
		const key = normalizeArabic(name);
		if (key.startsWith('ال') || isArabicTitle(key) || name.charCodeAt(0) === WAW_LETTER || /(?:ون|ات|ة|ه|ها|هم|ت|ا|ي)$/u.test(name) || (/و$/u.test(name) && name.startsWith('م')) || nameProcliticLength(name, lex) > 0 || lex(key) > 1) continue;
		surnames.push({ start, end, type: 'PER' });
	}
	// where nothing was read
	return typeRanges(text, entities, surnames, () => false, PLACE_RULE_CONFIDENCE);
}

/** «كأس» (cup) with its proclitics, a word of its own inside a name read across it. */
const CUP_WORD = /(?<=\s)([وف]?[بل]?)(كأس)(?=\s)/u;

/**
 * Arabic: «فاز منتخب قطر بكأس آسيا» read as one team: a competition's «كأس» inside a name (not its
 * first word) ends the name before it, and from «كأس» (its proclitics left out) to the name's end
 * is the competition, MISC (as ANERcorp tags «كأس أمم أفريقيا» in sports news). Entities in text
 * order; returned in text order.
 */
export function cupsOutOfNames(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!text.includes('كأس')) return entities;
	return splitWhere(entities, (e) => {
		const cup = e.type === 'LOC' || e.type === 'PER' || e.type === 'ORG' ? CUP_WORD.exec(e.text) : null;
		// an organisation may be the cup's («اللجنة المنظمة لكأس العالم»), not one that won it («منتخب قطر بكأس آسيا»)
		if (!cup || cup.index + cup[0].length >= e.text.length || (e.type === 'ORG' && !cup[1].includes('ب'))) return undefined;
		const end = e.start + e.text.slice(0, cup.index).trimEnd().length;
		return splitEntity(text, e, end, e.start + cup.index + cup[1].length, 'MISC');
	});
}

/** «للشركة», «للمجموعة»: «ل» and a definite organisation's noun, ending an office («الرئيس التنفيذي للشركة»). */
const OFFICE_OF_THE_BODY = /(?:^|\s)[وف]?لل(?:شركة|مجموعة|مؤسسة|بنك|حزب|حركة|منظمة|هيئة|نادي|فريق|صندوق)\s+$/u;

/**
 * Arabic: «الرئيس التنفيذي للشركة أمين الناصر» read as an organisation («لشركة X» names a company
 * in ANERcorp): after «للشركة», the definite noun that closes an office, a name of two to four
 * words opening with a listed given name (a person's, no place's) is the office holder. Entities in
 * text order.
 */
export function officeHoldersAfterBodies(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	if (!text.includes('لل')) return entities;
	return replaceWhere(entities, (e) => {
		if (e.type !== 'ORG' && e.type !== 'LOC') return undefined;
		const words = e.text.split(/\s+/u);
		if (words.length < 2 || words.length > 4 || !OFFICE_OF_THE_BODY.test(text.slice(Math.max(0, e.start - 16), e.start))) return undefined;
		const first = listedTypes(model, words[0]);
		return (first & PER_BIT) !== 0 && (first & LOC_BIT) === 0 ? { ...e, type: 'PER', source: 'rule' } : undefined;
	});
}

/** Muscat behind up to two proclitics, not in «مسقط رأسه» («his birthplace»). */
const MUSCAT = /(?<![\p{L}\p{M}])([وفبل]{0,2})(مسقط)(?![\p{L}\p{M}])(?!\s+[وفبل]?ر[أا]س)/gu;

/**
 * Arabic: «سيزور مسقط» found by nothing: the capital of Oman is «مسقط», which the training files
 * write only in «مسقط رأسه» («his birthplace», 5 times of 6, O), so the model never reads it as a
 * place. Outside that phrase it is the place, where nothing was read. Entities in text order;
 * returned in text order.
 */
export function muscat(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!text.includes('مسقط')) return entities;
	const ranges = allMatches(text, MUSCAT).map((m) => ({ start: m.index + m[1].length, end: m.index + m[1].length + m[2].length, type: 'LOC' }));
	return typeRanges(text, entities, ranges, () => false, MUSCAT_CONFIDENCE);
}
/** Under the whole-article pass's teaching confidence: the place does not spread to a «مسقط رأس» elsewhere. */
const MUSCAT_CONFIDENCE = 0.45;

/** A verb in the future tense: «س» and an imperfect's prefix («سيزور», «ستبحث», «سنعمل», «سأقوم»), as written («سا» opens names: «سايتو»). */
const FUTURE_VERB = /^س[يتنأ]\p{L}{3,}$/u;

/**
 * Arabic: «الوزير عباس عراقجي سيزور مسقط» read with the verb («will visit») inside the person: a
 * person of three words or more ending in a verb in the future (`isFutureVerb`) ends before it.
 * Entities in text order.
 */
export function futureVerbsOutOfPersons(text: string, entities: DetectedEntity[], lex: ArabicLexicon): DetectedEntity[] {
	return replaceWhere(entities, (e) => {
		if (e.type !== 'PER') return undefined;
		const words = e.text.split(/\s+/u);
		const last = words[words.length - 1];
		if (words.length < 3 || !isFutureVerb(last, lex)) return undefined;
		const end = e.end - last.length;
		const trimmed = text.slice(e.start, end).trimEnd();
		return { ...e, end: e.start + trimmed.length, text: trimmed, source: 'rule' };
	});
}
/** How often the lexicon must have seen the verb without its «س». */
const FUTURE_VERB_MIN_COUNT = 2;

/**
 * «سيزور» (will visit): «س» + an imperfect verb that the training text writes without the «س» at
 * least twice and four times as often as with it («يزور» 2, «سيزور» 0; not «ستيفن», «سيرغي»,
 * «ستالين»: their rest is no word). `word` as written.
 */
function isFutureVerb(word: string, lex: ArabicLexicon): boolean {
	return FUTURE_VERB.test(word) && isCommonerForm(lex(normalizeArabic(word.slice(1))), lex(normalizeArabic(word)));
}

/** The other form of a word is written at least FUTURE_VERB_MIN_COUNT times, and four times as often. */
function isCommonerForm(other: number, own: number): boolean {
	return other >= FUTURE_VERB_MIN_COUNT && other >= 4 * own;
}

/**
 * Titles and callings before a definite one-word name («الإمام الرضا», «الخليفة المأمون», «الشاعر
 * الفردوسي»), normalised, beside those `isArabicTitle` knows.
 */
const TITLES_BEFORE_DEFINITE_NAMES = normalisedWords(
	'الامام الخليفة الشاعر الحاكم الحكم القاضي البابا النبي الرسول الاستاذ المهندس الحاج السير الصحابي الشهيد الفقيد المرحوم الراحل العلامة المطران الكاردينال الاب القس الاديب الروائي المؤرخ الفيلسوف الفقيه المارشال الكابتن الشريف الاخ الشقيق الابن الجد العم',
);
/** A definite word, behind a proclitic maybe («السلوك», «والقرار», «للمتهم»). */
const DEFINITE_WORD = /^[وفبك]?(?:ال|لل)[\u0621-\u064a]{2,}$/u;

/**
 * Arabic: «السلوك الحسن», «القرار الوليد», «المتهم الوحيد» read as persons: a definite word of one
 * word right after a definite noun that is no title, no nisba and no entity is the adjective that
 * agrees with it (in the Arabic training files such a word is O 10,627 times and a person alone 69,
 * nearly all after a title: «الملك الحسين», «الإمام الرضا»). Entities in text order.
 */
export function adjectivesReadAsPersons(text: string, entities: DetectedEntity[], lex: ArabicLexicon): DetectedEntity[] {
	let out = entities;
	for (let k = entities.length - 1; k >= 0; k--) {
		const e = entities[k];
		if (e.type !== 'PER' || e.source !== 'model' || !/^ال[\u0621-\u064a]{2,}$/u.test(e.text)) continue;
		const before = /([\u0621-\u064a]+)[ \t]+$/u.exec(text.slice(Math.max(0, e.start - 24), e.start));
		if (!before || !DEFINITE_WORD.test(before[1])) continue;
		if (k > 0 && entities[k - 1].end > e.start - before[0].length) continue;
		// «للخليفة»: «ل» and the article's «ل» are one letter pair
		const key = normalizeArabic(before[1].startsWith('لل') ? `ال${before[1].slice(2)}` : before[1].slice(nameProcliticLength(before[1], lex)));
		if (isArabicTitle(key) || TITLES_BEFORE_DEFINITE_NAMES.has(key) || /(?:ي|ية)$/u.test(key)) continue;
		if (out === entities) out = entities.slice();
		out.splice(k, 1);
	}
	return out;
}

/** Nouns of a settlement or a site whose name follows («مخيم نور شمس», «ميناء جيهان»); not «ولاية» nor «محافظة», also a term of office and a governor's seat. */
const SITE_NOUNS = normalisedWords('مخيم مخيمات ميناء معبر بلدة قرية مدينة جزيرة حي شارع نهر');
/** The word right before an entity, after whitespace only. */
const WORD_BEFORE_ENTITY = /(?:^|[^\u0621-\u064a])([\u0621-\u064a]+)\s+$/u;

/**
 * Arabic: a person read right after a noun of a settlement or a site is the place («مخيم نور
 * شمس», «معبر كرم أبو سالم», «ميناء جيهان التركي» read as persons; in the training files the
 * name after these nouns is a place 231 times, a person 3), a nisba ending it left out («جيهان»:
 * the port, «التركي» says whose). Not where the noun is itself inside a name. Entities in text
 * order.
 */
export function personsAfterSiteNouns(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e, k) => {
		if (e.type !== 'PER') return undefined;
		const from = Math.max(0, e.start - 16);
		const before = WORD_BEFORE_ENTITY.exec(text.slice(from, e.start));
		if (!before || !nounBehindProclitic(normalizeArabic(before[1]), SITE_NOUNS)) return undefined;
		const nounStart = from + before.index + before[0].indexOf(before[1]);
		if (k > 0 && entities[k - 1].end > nounStart) return undefined;
		const words = e.text.split(/\s+/u);
		const last = words.length > 1 ? e.text.lastIndexOf(words[words.length - 1]) : -1;
		const end = last > 0 && isArabicNisba(e.text, last, e.text.length) ? e.start + e.text.slice(0, last).trimEnd().length : e.end;
		return { ...e, end, text: text.slice(e.start, end), type: 'LOC', source: 'rule' };
	});
}

/**
 * A central bank: «بنك|مصرف» and a name of one or two words before «المركزي» («مصرف ليبيا
 * المركزي»), or «البنك|المصرف المركزي» and a nisba («البنك المركزي التونسي»; not «الذي»); a
 * proclitic و ف ب stays out of the span.
 */
const CENTRAL_BANK = /(?<![\u0621-\u064a])[وفب]?((?:بنك|مصرف)\s+[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?\s+المركزي|(?:البنك|المصرف)\s+المركزي\s+(?!الذي(?![\u0621-\u064a]))ال[\u0621-\u064a]+ي)(?![\u0621-\u064a])/gu;

/**
 * Arabic: a central bank is one organisation, as ANERcorp tags it («بنك إنجلترا المركزي», «مصرف
 * قطر المركزي», «البنك المركزي الأمريكي» whole in its training part), where the model read the
 * country alone as a place or stopped before «المركزي» or the nisba. Entities in text order.
 */
export function centralBanks(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!text.includes('المركزي')) return entities;
	const ranges: TypedRange[] = [];
	for (const m of allMatches(text, CENTRAL_BANK)) {
		const start = m.index + m[0].length - m[1].length;
		ranges.push({ start, end: start + m[1].length, type: 'ORG' });
	}
	return putOverPiecesAll(text, entities, ranges);
}

/** «سجن» (prison) right before a name, behind a proclitic maybe («في سجن أبو غريب», «بسجن»). */
const PRISON_BEFORE = /(?<![\u0621-\u064a])[وفبل]?سجن\s+$/u;

/**
 * Arabic: the name after «سجن» is the prison's, an organisation as ANERcorp tags it («سجن أبو غريب»,
 * «سجن بيل مارش» read as persons; ORG 5 times of 5 in the Arabic training files where a name
 * follows), not a place or a person. Entities in text order.
 */
export function prisonsAsOrganisations(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!text.includes('سجن')) return entities;
	return replaceWhere(entities, (e) => ((e.type === 'PER' || e.type === 'LOC') && PRISON_BEFORE.test(text.slice(Math.max(0, e.start - 8), e.start)) ? { ...e, type: 'ORG', source: 'rule' } : undefined));
}

/**
 * Latin-script words right after a name in Arabic script, in brackets or not, a closing quote
 * maybe before them («ألبرت أينشتاين ( Albert Einstein )», «زيورخ Zürich», «جامعة " آستون " ( Aston
 * University )»): the name as its own language writes it. Particles inside («Free University of
 * Berlin», «Vasco da Gama»), none at the end.
 */
const LATIN_NAME_AFTER = /^[ \t]*(?:["»”][ \t]*)?(?:\([ \t]*)?(\p{Lu}[\p{Script=Latin}\p{M}.'’-]*(?:[ \t]+(?:\p{Lu}[\p{Script=Latin}\p{M}.'’-]*|of|de|du|des|da|do|von|van|der|den|al|el|la|le|and|&))*?)(?=[ \t]*(?:\)|$|\n|[^\p{Script=Latin}\p{M}.'’& \t-]))/u;

/** Initials, each with its full stop («D.C.», «J.»). */
const INITIALS = /^(?:\p{Lu}\.)+$/u;

/** Words that open an English sentence or title rather than a name («My Search History», «The new OSF»). */
const SENTENCE_OPENING_WORDS = new Set(['My', 'The', 'A', 'An', 'In', 'On', 'Of', 'Our', 'Your', 'This', 'That', 'It', 'We', 'I']);

/**
 * Arabic: the Latin-script spelling given right after a name («ألبرت أينشتاين ( Albert Einstein )»)
 * is the same name, of its type (ANERcorp tags it so: 19 such names in its training part), where
 * nothing was read there. Entities in text order; returned in text order.
 */
export function latinSpellingsOfNames(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!/[A-Z]/u.test(text)) return entities;
	const ranges: TypedRange[] = [];
	for (const e of entities) {
		if ((e.type !== 'PER' && e.type !== 'ORG' && e.type !== 'LOC') || !/^[\u0621-\u064a]/u.test(e.text) || /\p{Script=Latin}/u.test(e.text)) continue;
		const m = LATIN_NAME_AFTER.exec(text.slice(e.end, e.end + 80));
		// an acronym spells an organisation's name; after a person or a place it is an agency's («باريس ( AFP )»)
		if (!m || (e.type !== 'ORG' && m[1] === m[1].toUpperCase())) continue;
		// a spelling has as many words as the name, one more in brackets; a sentence that follows has
		// more, or opens with a word of the language («دان حالوتس My Search History»)
		const latinWords = m[1].split(/[ \t]+/u);
		const bracketed = m[0].includes('(');
		if (latinWords.length > e.text.split(/\s+/u).length + (bracketed ? 1 : 0) || SENTENCE_OPENING_WORDS.has(latinWords[0])) continue;
		const start = e.end + m[0].length - m[1].length;
		// a sentence's full stop is no part of it («إلى باريس Paris.»); initials keep theirs («Washington D.C.»)
		const spelling = m[1].endsWith('.') && !INITIALS.test(latinWords[latinWords.length - 1]) ? m[1].slice(0, -1) : m[1];
		if (spelling.length) ranges.push({ start, end: start + spelling.length, type: e.type });
	}
	return ranges.length ? typeRanges(text, entities, ranges, () => false, PLACE_RULE_CONFIDENCE) : entities;
}

/** Verbs of speech and action that open or end no name (normalised; not «طالب», a name too). */
const VERBS_AROUND_NAMES = normalisedWords('قال أكد أضاف أعلن أشار أوضح عزا دعا رأى اعتبر صرح ذكر تابع لفت نفى حذر أبلغ انتقد رحب اعترف انتخب أعرب شدد وصف كشف زار التقى استقبل وقع فاز سجل قاد');
/** Prepositions that open no name. */
const PREPOSITIONS_BEFORE_NAMES = normalisedWords('بخصوص حول ضد لدى عند بعد قبل منذ خلال بين عن');
/** Accusative participles of speech after a name («… شارحا امتناعه»). */
const PARTICIPLES_AFTER_NAMES = normalisedWords('شارحا مؤكدا مضيفا معتبرا مشيرا موضحا قائلا مطالبا داعيا معربا لافتا منوها');

/** Arabic months, Maghreb, Mashriq and Levantine («جويلية», «يوليو», «تموز»), as a stadium or a street is named after a day of them. */
const ARABIC_MONTHS = 'جانفي|فيفري|مارس|أفريل|افريل|ماي|جوان|جويلية|أوت|اوت|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|يناير|فبراير|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول';
/** A stadium, street, square, district or airport, behind its proclitics, and a day of a month («بملعب 5 جويلية», «ساحة أول ماي», «شارع 8 ماي 1945»). */
const ARABIC_PLACE_NAMED_AFTER_DATE = new RegExp(
	String.raw`(?<![\p{L}\p{N}])[وفبلك]{0,2}((?:ملعب|شارع|ساحة|حي|مطار|ميدان|نهج|جسر|مستشفى|ثانوية|مركب)[ \t]+(?:[\d٠-٩]{1,2}|أول|اول)[ \t]+(?:${ARABIC_MONTHS})(?:[ \t]+[\d٠-٩]{4})?)(?![\p{L}\p{N}])`,
	'gu',
);

/**
 * Arabic (Algerian press above all): «في ملعب أول نوفمبر», «ملعب 5 جويلية» read as a month or a
 * date: a stadium, street or square named after a day of a month is a place, named with its noun
 * («ملعب 5 جويلية», as the French rule names «stade du 5-Juillet»), its proclitics left out; the
 * date inside it goes (the dates are merged after the rules, not inside an entity). Entities in
 * text order.
 */
export function placesNamedAfterDays(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!/[\d٠-٩]|أول|اول/u.test(text)) return entities;
	const ranges: TypedRange[] = [];
	for (const m of allMatches(text, ARABIC_PLACE_NAMED_AFTER_DATE)) {
		const start = m.index + m[0].length - m[1].length;
		ranges.push({ start, end: start + m[1].length, type: 'LOC' });
	}
	return ranges.length ? putOverPiecesAll(text, entities, ranges) : entities;
}

/** A verb of travel (arriving, heading, flying, returning), up to three words, then «إلى» right before a name. */
const TRAVEL_TO_BEFORE = /(?:^|[\s،,.])[وف]?(?:وصل|وصلت|وصلوا|يصل|تصل|توجه|توجهت|توجهوا|يتوجه|تتوجه|سافر|سافرت|سافروا|يسافر|تسافر|عاد|عادت|عادوا)((?:[ \t]+[^\s،,.]+){0,3})[ \t]+(?:إلى|الى)[ \t]+$/u;
/** What is sent «to» someone rather than travelled to («توجه بالشكر إلى», thanked). */
const ADDRESSED_TO = /(?:^|[ \t])(?:بالشكر|بالتهنئة|بالتحية|بالتعازي|برسالة|بنداء|بسؤال|بالسؤال|بطلب|بخطاب|بكلمة)(?:[ \t]|$)/u;

/**
 * Arabic: «وصل الوزير إلى ريو دي جانيرو أمس» («the minister arrived in Rio de Janeiro») read as a
 * person, so «سانتياغو»: a person right after a verb of travel and «إلى» is the place travelled to
 * (22 places and no person after such a verb and «إلى» in the Arabic training files, the three
 * persons there after «انتقلت الخلافة إلى», «يعود نسبة إلى»: succession and descent, not travel);
 * not where something is addressed to someone («توجه بالشكر إلى»). Entities in text order.
 */
export function placesTravelledTo(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e) => {
		if (e.type !== 'PER') return undefined;
		const before = TRAVEL_TO_BEFORE.exec(text.slice(Math.max(0, e.start - 60), e.start));
		if (!before || before[0].includes('\n') || ADDRESSED_TO.test(before[1])) return undefined;
		return { ...e, type: 'LOC', source: 'rule' };
	});
}

/** A town's, village's or camp's noun (behind a proclitic), then a definite word: the name it heads («مدينة الزرقاء», «مخيم البقعة»). */
const TOWN_NOUN_AND_NAME = /(?<![\u0621-\u064a])[وفبلك]?(?:مدينة|بلدة|قرية|مخيم)[ \t]+(ال[\u0621-\u064a]{2,})(?![\u0621-\u064a])/gu;

/** Words after «مدينة», «قرية» that name what the place is for, not a town («مدينة الملاهي», «قرية المعرفة», «مخيم المدينة»). */
const GENERIC_TOWN_COMPLEMENTS = new Set(['المدينة', 'المعرفة', 'العلوم', 'الملاهي', 'الألعاب', 'الالعاب', 'الإنتاج', 'الانتاج', 'الإعلام', 'الاعلام', 'الأطفال', 'الاطفال', 'الشباب', 'الرياضة', 'الثقافة', 'الفنون', 'المعارض', 'الصناعات']);

/**
 * Arabic: «زار الوفد مدينة الزرقاء ومخيم البقعة» where the model found nothing (the words are also
 * «the blue» and «the spot»): a definite word right after the noun of a town, a village or a camp
 * is the place it names (in the Arabic training files the word after «مدينة» is a place 139 times
 * of 160, and every definite one but «الزيتون»). Not «محافظة», also «keeping» («محافظة الدولتين على
 * حوار», in a seed); not an adjective's nisba form («ي», «ية»), a dual or a plural («ين»), nor what
 * a place is for («مدينة الملاهي»). Entities in text order.
 */
export function placesAfterTownNouns(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!/مدينة|بلدة|قرية|مخيم/u.test(text)) return entities;
	const ranges: TypedRange[] = [];
	for (const m of allMatches(text, TOWN_NOUN_AND_NAME)) {
		// nor a dual or a plural («الدولتين»)
		if (/(?:ي|ية|ين)$/u.test(m[1]) || GENERIC_TOWN_COMPLEMENTS.has(m[1])) continue;
		const start = m.index + m[0].length - m[1].length;
		ranges.push({ start, end: start + m[1].length, type: 'LOC' });
	}
	return ranges.length ? typeRanges(text, entities, ranges, () => false, PLACE_RULE_CONFIDENCE) : entities;
}

/**
 * Arabic: «زار الرئيس تونس» («the president visited Tunisia») read as «President Tunis»: after a
 * title the model expects the holder's name. A one-word person that the country list names and the
 * training files never tag as a person is the country.
 */
export function countriesReadAsPersons(model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e) => {
		if (e.type !== 'PER' || /\s/u.test(e.text) || !isListedCountry(model, e.text) || (trainingTypes(model, e.text) & PER_BIT) !== 0) return undefined;
		return { ...e, type: 'LOC', source: 'rule' };
	});
}

/**
 * Arabic: «وعزا عبد الله», «بخصوص فينغر», «صلاد حسن انتخب», «جمال ناصر البدر شارحا», «عدنان للخور»
 * read as persons with the verb, the preposition, the participle or the «لل» phrase beside the
 * name: such a word opening or ending a person of two words or more (a verb behind «و» or «ف» too;
 * «لل» + a noun only ending it) is left out of it (no person span of the Arabic training files
 * opens or ends with one). Entities in text order.
 */
export function verbsOutOfPersons(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e) => {
		if (e.type !== 'PER' || !/\s/u.test(e.text)) return undefined;
		const words = [...e.text.matchAll(/\S+/gu)];
		let first = 0;
		let last = words.length - 1;
		const opening = (word: string): boolean => {
			const key = normalizeArabic(word);
			const bare = /^[وف]/u.test(key) && key.length > 3 ? key.slice(1) : key;
			return VERBS_AROUND_NAMES.has(bare) || PREPOSITIONS_BEFORE_NAMES.has(key);
		};
		// «لل» + a noun («عدنان للخور», to Al-Khor): no person span of the training files ends so
		const closing = (word: string): boolean => {
			const key = normalizeArabic(word);
			return VERBS_AROUND_NAMES.has(key) || PARTICIPLES_AFTER_NAMES.has(key) || /^لل\p{L}{2,}$/u.test(word);
		};
		while (first < last && opening(words[first][0])) first++;
		while (last > first && closing(words[last][0])) last--;
		if (first === 0 && last === words.length - 1) return undefined;
		const start = e.start + words[first].index;
		const end = e.start + words[last].index + words[last][0].length;
		return { ...e, start, end, text: text.slice(start, end), source: 'rule' };
	});
}

/** An aircraft maker and a model's number («بوينج 757», «إيرباص 320»), behind a proclitic maybe. */
const AIRCRAFT_MODEL = /(?<![\u0621-\u064a])[وفبل]?((?:بوينج|بوينغ|ايرباص|إيرباص|ايرباس|إيرباس)\s+[A-Za-z]?\d{3}(?:-\d{1,3})?)(?![\p{L}\p{N}])/gu;

/**
 * Arabic: an aircraft maker before a model's number is the aircraft, MISC as ANERcorp tags it
 * («طائرة بوينج 757»: MISC 3 times of 3 in the Arabic training files; the model read the maker ORG).
 * Entities in text order; returned in text order.
 */
export function aircraftModels(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!/بوين|ايرب|إيرب/u.test(text)) return entities;
	const ranges: TypedRange[] = [];
	for (const m of allMatches(text, AIRCRAFT_MODEL)) {
		const start = m.index + m[0].length - m[1].length;
		ranges.push({ start, end: start + m[1].length, type: 'MISC' });
	}
	return ranges.length ? putOverPiecesAll(text, entities, ranges) : entities;
}
