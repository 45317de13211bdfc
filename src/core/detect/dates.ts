/**
 * Date expressions in Arabic, French and English, found by a bounded token-level matcher
 * (linear in the text: each token starts at most one look-ahead of a few tokens).
 *
 * Covered: day + month (+ year), month + year, month day, year (English), numeric dates
 * (24/11/2024, 2024-11-24), weekdays with their determiners (« ce jeudi », « jeudi dernier »,
 * «أمس الثلاثاء», «يوم الأحد», "last Tuesday"), relative days (hier, demain, yesterday, أمس, غدا),
 * years after a trigger (en 2023, in 2023, عام 2023, 2023م), ranges (du 24 au 27 novembre,
 * 2020-2023, من 24 إلى 27 نوفمبر), relative periods (last year, this week, la semaine prochaine,
 * l'an dernier, «العام الماضي», «هذا الأسبوع»), times ago (two days ago, il y a trois jours,
 * «قبل يومين», «منذ ثلاث سنوات») and decades (the 1990s, les années 90, «التسعينيات»). Month
 * names include the Maghreb (جانفي فيفري أفريل ماي جوان جويلية أوت), Levantine (كانون الثاني, شباط, آذار...) and Egyptian/Gulf (يناير فبراير...) series,
 * and the Hijri months.
 */
import type { DetectedEntity, LanguageCode } from '../types';
import { scanTokens, type TokenKind } from './tokenize';
import { getDefaultArabicLexicon, normalizeArabic, splitProclitics, type ArabicLexicon } from './arabic';

const enum W {
	None = 0,
	Month = 1,
	WeakMonth = 2, // needs a number next to it
	Weekday = 3,
	RelDay = 4,
	Before = 5, // ce, cet, cette, last, next, this, past, يوم, هذا, هذه
	After = 6, // dernier, prochain, الماضي
	YearTrigger = 7, // en, in, since, depuis, عام
	RangeJoin = 8, // au, à, to, إلى, -, et, and
	MonthWord = 9, // شهر (month)
	YearWord = 10, // عام, سنة (included in the span)
	MonthSecond = 11, // الثاني / الأول after كانون / تشرين / ربيع / جمادى
	Era = 12, // م, هـ after a year
	Period = 13, // week, semaine, الأسبوع (with last / dernière / الماضي: a date)
	Periods = 14, // days, jours, أيام (after a number, before ago / after il y a, قبل)
	Ago = 15, // ago, قبل
}

function mk(entries: Record<string, string>): Map<string, W> {
	const m = new Map<string, W>();
	const codes: Record<string, W> = { M: W.Month, m: W.WeakMonth, D: W.Weekday, R: W.RelDay, B: W.Before, A: W.After, Y: W.YearTrigger, J: W.RangeJoin, S: W.MonthWord, T: W.YearWord, X: W.MonthSecond, E: W.Era, P: W.Period, Q: W.Periods, G: W.Ago };
	for (const [code, words] of Object.entries(entries)) for (const w of words.split(/\s+/)) if (w) m.set(w, codes[code]);
	return m;
}

const FR = mk({
	M: 'janvier février fevrier avril juin juillet juil août aout septembre sept octobre novembre décembre decembre janv févr fév avr oct nov déc',
	m: 'mars mai dec',
	D: 'lundi mardi mercredi jeudi vendredi samedi dimanche',
	R: 'hier demain',
	B: 'ce cet cette',
	A: 'dernier dernière prochain prochaine passé passée suivant suivante',
	Y: 'en depuis dès courant début fin mi',
	P: 'semaine mois an année week décennie',
	Q: 'jours semaines ans années',
	J: 'au à et - – — ou',
});
const EN = mk({
	M: 'january february april june july august september october november december',
	// abbreviations alone are given names too («Jan Willem de Groot», «Jun Ishikawa»): only with a number
	m: 'march may mar jan feb apr jun jul aug sep sept oct nov dec',
	D: 'monday tuesday wednesday thursday friday saturday sunday',
	R: 'yesterday today tomorrow tonight',
	B: 'last next this past',
	A: 'night morning afternoon evening',
	Y: 'in since during early late mid by until',
	P: 'week month year weekend decade',
	Q: 'days weeks months years decades',
	G: 'ago',
	J: 'to and - – — through or',
});
const AR = mk({
	// Egyptian/Gulf, Maghreb, Levantine, Hijri series (normalised: alef without hamza, ى→ي)
	M: 'يناير فبراير ابريل مايو يونيو يونيه يوليو يوليه اغسطس سبتمبر اكتوبر نوفمبر ديسمبر جانفي فيفري افريل جوان جويلية اوت اغشت كانون شباط اذار نيسان ايار حزيران تموز ايلول تشرين محرم شعبان شوال',
	m: 'مارس ماي اب صفر ربيع جمادي رجب رمضان ذو',
	D: 'الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعة السبت',
	R: 'امس البارحة غدا',
	B: 'يوم هذا هذه',
	A: 'الماضي الماضية المقبل المقبلة القادم القادمة الجاري الحالي المنصرم الفائت',
	Y: 'في منذ خلال مطلع اواخر اوائل بداية نهاية',
	J: 'الي و - – حتي',
	S: 'شهر',
	T: 'عام سنة العام السنة',
	X: 'الثاني الاول الاخر الاخرة الاولي القعدة الحجة',
	E: 'م هـ ه',
	P: 'الاسبوع الشهر',
	Q: 'ايام اسابيع اشهر شهور سنوات اعوام سنين يومين اسبوعين شهرين عامين سنتين',
	G: 'قبل',
});

const ABBREVIATIONS = new Set('janv févr fév avr juil sept oct nov déc dec jan feb mar apr jun jul aug sep'.split(' '));

function lexiconFor(lang: LanguageCode): Map<string, W> {
	return lang === 'ar' ? AR : lang === 'fr' ? FR : EN;
}

// ---- word classes, cached per word form -------------------------------------------------------

// packed class of a word token: W in bits 0-3, proclitic offset in bits 4-7, then flags
const DAYWORD = 1 << 8; // 1er, 1st, 2nd, 3rd, 4th..31th
const ABBREV = 1 << 9; // month abbreviation (may take a dot)
const AL_YAWM = 1 << 10; // اليوم
const AL_AWWAL = 1 << 11; // الاول
const AUJOURD = 1 << 12;
const HUI = 1 << 13;
const AVANT_APRES = 1 << 14;
const MIN = 1 << 15; // من between a day and its month («21 من مارس»)
const NUMBER_WORD = 1 << 16; // two, trois, ثلاثة, a few (a count before days / jours / أيام)
const DECADE = 1 << 17; // 1990s, 90s, التسعينيات; French «années» before 1990 / 90
const ARTICLE = 1 << 18; // la, le, l (before semaine / an: « la semaine dernière »)
const IL_Y_A = 1 << 19; // il, y, a of « il y a trois jours »
const SINCE = 1 << 20; // منذ (like قبل before a count of days)
const DUAL = 1 << 21; // يومين, عامين: a count in the word
const GENERIC_TITLE = 1 << 22; // الأمين, المدير…: «الأمين العام المقبل» is a person, not next year

const NUMBER_WORDS: Partial<Record<LanguageCode, Set<string>>> = {
	en: new Set('a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred thousand million billion few several couple dozen of'.split(' ')),
	fr: new Set('un une deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente quarante cinquante cent mille million millions milliers quelques plusieurs'.split(' ')),
	ar: new Set('ثلاثة ثلاث اربعة اربع خمسة خمس ستة ست سبعة سبع ثمانية ثماني ثمان تسعة تسع عشرة عشر بضعة بضع عدة الف الاف مليون ملايين'.split(' ')),
};
const ARABIC_DECADES = new Set('العشرينيات الثلاثينيات الاربعينيات الخمسينيات الستينيات السبعينيات الثمانينيات التسعينيات العشرينات الثلاثينات الاربعينات الخمسينات الستينات السبعينات الثمانينات التسعينات'.split(' '));
const ARABIC_GENERIC_TITLES = new Set('الامين المدير النائب المدعي المفتش الراي القطاع المال الشان الصالح النفع'.split(' '));
const ENGLISH_DECADE = /^(?:1[0-9]|20)?[0-9]0s$/;

const DAY_TH = /^(?:[1-9]|[12][0-9]|3[01])th$/;

function normWordRaw(raw: string, lang: LanguageCode): string {
	if (lang !== 'ar') return raw.toLowerCase();
	const c = raw.charCodeAt(0);
	if (c < 0x0600 || c > 0x06ff) return raw.toLowerCase();
	return normalizeArabic(raw);
}

/** Packed class of a word token's text. */
function classifyWord(lex: Map<string, W>, raw: string, lang: LanguageCode): number {
	let flags = 0;
	if (raw.length <= 4) {
		const s = raw.toLowerCase();
		if (s === '1er' || s === '1st' || s === '2nd' || s === '3rd' || DAY_TH.test(s)) flags |= DAYWORD;
	}
	// long words are no date words (Arabic ones may carry two proclitics and the article)
	if (raw.length > (lang === 'ar' ? 16 : 12)) return flags;
	const n = normWordRaw(raw, lang);
	if (NUMBER_WORDS[lang]?.has(n)) flags |= NUMBER_WORD;
	if (lang !== 'ar' && ABBREVIATIONS.has(n)) flags |= ABBREV;
	if (lang === 'ar') {
		if (n === 'اليوم') flags |= AL_YAWM;
		else if (n === 'الاول') flags |= AL_AWWAL;
		else if (n === 'من') flags |= MIN;
		else if (n === 'منذ') flags |= SINCE;
		else if ((n === 'ومنذ' || n === 'فمنذ') && raw.length === 4) flags |= SINCE | (1 << 4);
		else if (ARABIC_GENERIC_TITLES.has(n)) flags |= GENERIC_TITLE;
		else if (n === 'يومين' || n === 'اسبوعين' || n === 'شهرين' || n === 'عامين' || n === 'سنتين') flags |= DUAL;
		if (ARABIC_DECADES.has(n)) flags |= DECADE;
	} else if (lang === 'fr') {
		if (n === 'aujourd') flags |= AUJOURD;
		else if (n === 'hui') flags |= HUI;
		else if (n === 'avant' || n === 'après') flags |= AVANT_APRES;
		else if (n === 'la' || n === 'le' || n === 'l') flags |= ARTICLE;
		else if (n === 'il' || n === 'y' || n === 'a') flags |= IL_Y_A;
		else if (n === 'années') flags |= DECADE;
	} else if (ENGLISH_DECADE.test(n)) flags |= DECADE;
	const w = lex.get(n);
	if (w !== undefined) return flags | w;
	const c0 = n.charCodeAt(0);
	if (lang === 'ar' && (c0 === 0x0648 || c0 === 0x0641 || c0 === 0x0628 || c0 === 0x0644 || c0 === 0x0643) && raw.length > 3) {
		const sp = splitProclitics(raw, undefined);
		if (sp.offset > 0 && sp.offset < 16) {
			const stem = normalizeArabic(sp.stem);
			const w2 = lex.get(stem);
			if (w2 !== undefined) return flags | w2 | (sp.offset << 4);
			if (ARABIC_DECADES.has(stem)) return flags | DECADE | (sp.offset << 4);
		}
		// ب/ل/و + month name without article (بيونيو، وجوان)
		if ((c0 === 0x0628 || c0 === 0x0644 || c0 === 0x0648 || c0 === 0x0641) && n.length > 3) {
			const w3 = lex.get(n.slice(1));
			if (w3 === W.Month || w3 === W.WeakMonth || w3 === W.Ago || w3 === W.Before) return flags | w3 | (1 << 4);
		}
	}
	return flags;
}

const CACHE_LIMIT = 50000;
const caches: Partial<Record<LanguageCode, Map<string, number>>> = {};
let cachedLexicon: ArabicLexicon | undefined;

function wordClass(lang: LanguageCode, raw: string): number {
	let cache = caches[lang];
	if (lang === 'ar' && cachedLexicon !== getDefaultArabicLexicon()) {
		// proclitic splitting follows the loaded Arabic lexicon
		cachedLexicon = getDefaultArabicLexicon();
		cache = undefined;
	}
	if (!cache || cache.size >= CACHE_LIMIT) cache = caches[lang] = new Map();
	let v = cache.get(raw);
	if (v === undefined) {
		v = classifyWord(lexiconFor(lang), raw, lang);
		cache.set(raw, v);
	}
	return v;
}

const KIND_CODE: Record<TokenKind, number> = { word: 0, number: 1, punct: 2, url: 3 };

/** Date expressions in `text` (UTF-16 offsets), sorted and non-overlapping. */
export function findDates(text: string, language: LanguageCode): DetectedEntity[] {
	const starts: number[] = [];
	const ends: number[] = [];
	const kinds: number[] = [];
	const lineStarts: number[] = [];
	scanTokens(text, 0, text.length, (start, end, kind, lineStart) => {
		starts.push(start);
		ends.push(end);
		kinds.push(KIND_CODE[kind]);
		lineStarts.push(lineStart ? 1 : 0);
	});
	const out: DetectedEntity[] = [];
	findDatesInTokens(text, starts, ends, kinds, lineStarts, starts.length, language, undefined, out);
	return out;
}

let clsBuf = new Uint32Array(1024);

// State of the current findDatesInTokens call (module-level so that the helpers below are plain
// functions, not closures allocated on every call).
let T = '';
let S: ArrayLike<number> = [];
let E: ArrayLike<number> = [];
let K: ArrayLike<number> = [];
let LS: ArrayLike<number> = [];
let N = 0;
let LANG: LanguageCode = 'en';
let P = clsBuf;

function cls(j: number): W {
	return j < N ? ((P[j] & 15) as W) : W.None;
}
function has(j: number, flag: number): boolean {
	return j < N && (P[j] & flag) !== 0;
}
function same(a: number, b: number): boolean {
	return b < N && !LS[b] && b > a;
}
function numValue(j: number): number {
	if (K[j] !== 1) return -1;
	const len = E[j] - S[j];
	if (len > 4) return -1;
	let v = 0;
	for (let i = S[j]; i < E[j]; i++) {
		let c = T.charCodeAt(i);
		if (c >= 0x0660 && c <= 0x0669) c = c - 0x0660 + 48;
		else if (c >= 0x06f0 && c <= 0x06f9) c = c - 0x06f0 + 48;
		v = v * 10 + (c - 48);
	}
	return len === 4 ? v + 10000 : v; // +10000 marks a 4-digit number
}
function isDay(j: number): boolean {
	if (j >= N) return false;
	if (K[j] === 0) return has(j, DAYWORD);
	const v = numValue(j);
	return v >= 1 && v <= 31;
}
/** Time zones written after a time of day in wire copy («1030 GMT»). */
const TIME_ZONES = new Set(['GMT', 'UTC', 'ET', 'EST', 'EDT', 'CET', 'CEST', 'BST', 'PST', 'PDT', 'HGM', 'TU']);

function isYear(j: number): boolean {
	if (j >= N) return false;
	const v = numValue(j);
	return v >= 11000 && v <= 12199 && !afterDecimalMark(j);
}
/**
 * Number token j ends a telephone number: figures run up to it, each a space or a dash from the
 * next, with a «+» before them («+27 11 482 1003») or two groups, one of three figures or of five
 * or more («212-859-1610»); a row of years («1994 1995 1996») and a date («30 - 8 - 2006») are none.
 */
function endsTelephoneNumber(j: number): boolean {
	let groups = 0;
	let long = false;
	for (let k = j - 1; k >= 0 && !LS[k + 1] && S[k + 1] - E[k] <= 1; k--) {
		if (K[k] === 1) {
			groups++;
			long ||= E[k] - S[k] === 3 || E[k] - S[k] >= 5;
		} else if (isPunct(k, '+')) return groups > 0;
		else if (!isPunct(k, '-')) break;
	}
	return groups >= 2 && long;
}
/** Number token j is the decimals of a number («1.1220», «1,2000»), glued to a separator glued to digits. */
function afterDecimalMark(j: number): boolean {
	return j >= 2 && K[j - 1] === 2 && S[j] === E[j - 1] && S[j - 1] === E[j - 2] && K[j - 2] === 1 && (T[S[j - 1]] === '.' || T[S[j - 1]] === ',');
}
function isPunct(j: number, chars: string): boolean {
	return j < N && K[j] === 2 && E[j] - S[j] === 1 && chars.includes(T[S[j]]);
}
function isMonth(j: number): boolean {
	const c = cls(j);
	return c === W.Month || c === W.WeakMonth;
}

/** month at j (with Arabic two-word months, English abbreviation dot); returns end or -1 */
function month(j: number, strong: boolean): number {
	if (j >= N) return -1;
	let k = j;
	if (LANG === 'ar' && cls(k) === W.MonthWord && same(k, k + 1) && isMonth(k + 1)) k++;
	if (!isMonth(k)) return -1;
	if (strong && cls(k) === W.WeakMonth) return -1;
	let e = k + 1;
	if (LANG === 'ar' && same(k, e) && cls(e) === W.MonthSecond) e++;
	if (LANG !== 'ar' && same(k, e) && isPunct(e, '.') && has(k, ABBREV)) e++;
	return e;
}

/** Words that end a street's name in an address («Pine Street», «Amphitheatre Parkway»). */
const STREET_WORDS = new Set(['Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Boulevard', 'Blvd', 'Parkway', 'Lane', 'Drive', 'Way', 'Place', 'Highway']);

/** Number token j is followed, on its line, by a street's name: one to three capitalised words, the last a street's word. */
function numbersHouse(j: number): boolean {
	for (let k = j + 1; k <= j + 3 && same(j, k) && K[k] === 0 && /^\p{Lu}/u.test(T.slice(S[k], E[k])); k++) {
		if (k > j + 1 && STREET_WORDS.has(T.slice(S[k], E[k]))) return true;
	}
	return false;
}

function yearAt(j: number): number {
	if (!isYear(j)) return -1;
	let e = j + 1;
	if (LANG === 'ar' && same(j, e) && cls(e) === W.Era) e++;
	return e;
}

function after(e: number): number {
	return same(e - 1, e) && cls(e) === W.After ? e + 1 : e;
}

function dayMonth(j: number): number {
	// day [join day] month [year]
	if (!isDay(j)) return -1;
	let k = j + 1;
	if (same(j, k + 1) && cls(k) === W.RangeJoin && isDay(k + 1)) k += 2;
	if (!same(j, k)) return -1;
	if (LANG === 'ar' && has(k, MIN) && same(k, k + 1) && month(k + 1, false) > 0) k++;
	const m = month(k, false);
	if (m < 0) return -1;
	let e = m;
	if (same(e - 1, e) && isPunct(e, ',')) {
		if (yearAt(e + 1) > 0) e = yearAt(e + 1);
	} else if (same(e - 1, e) && yearAt(e) > 0) e = yearAt(e);
	return after(e);
}

function monthFirst(j: number): number {
	// month day[, year] | month year
	const m = month(j, false);
	if (m < 0) return -1;
	if (same(m - 1, m) && yearAt(m) > 0) return after(yearAt(m));
	if (LANG === 'en' && same(m - 1, m) && isDay(m)) {
		let e = m + 1;
		if (same(e - 1, e + 1) && isPunct(e, ',') && yearAt(e + 1) > 0) e = yearAt(e + 1);
		else if (same(e - 1, e) && yearAt(e) > 0) e = yearAt(e);
		return e;
	}
	if (cls(m - 1) === W.Month || (LANG === 'ar' && m - 1 > j)) return after(m);
	return -1;
}

/**
 * «in May», «since March», «en mai», «début mars»: a month name that is a common word too, alone,
 * right after a word that introduces a time (not «by»). English wants the capital (not «in may»),
 * and no capitalised word after it («in May Day»); abbreviations stay out («in Jan» is a person's).
 */
function weakMonthAfterTrigger(j: number): number {
	if (LANG === 'ar' || cls(j) !== W.WeakMonth || has(j, ABBREV) || j === 0 || !same(j - 1, j) || cls(j - 1) !== W.YearTrigger) return -1;
	if (LANG === 'en') {
		// «a speech by May»: «by» introduces an author as often as a deadline
		if (!isUpperCaseLetter(T[S[j]]) || T.slice(S[j - 1], E[j - 1]).toLowerCase() === 'by') return -1;
		if (same(j, j + 1) && K[j + 1] === 0 && isUpperCaseLetter(T[S[j + 1]])) return -1;
	}
	return after(j + 1);
}
function isUpperCaseLetter(c: string): boolean {
	return c !== c.toLowerCase();
}

function numeric(j: number): number {
	// d/m/y, d-m-y, d.m.y, y-m-d
	if (K[j] !== 1) return -1;
	const a = numValue(j);
	if (!same(j, j + 4) || !isPunct(j + 1, '/-.')) return -1;
	const sepCh = T[S[j + 1]];
	if (S[j + 1] !== E[j] || S[j + 2] !== E[j + 1]) return -1;
	if (!isPunct(j + 3, sepCh) || S[j + 3] !== E[j + 2] || S[j + 4] !== E[j + 3]) return -1;
	const b = numValue(j + 2);
	const c = numValue(j + 4);
	if (a >= 1 && a <= 31 && b >= 1 && b <= 12 && c >= 11000 && c <= 12199) return j + 5;
	if (a >= 11000 && a <= 12199 && b >= 1 && b <= 12 && c >= 1 && c <= 31) return j + 5;
	return -1;
}

/** A period noun at k: week, semaine, الأسبوع; Arabic also «العام», «السنة» (with the article). */
function isPeriod(k: number): boolean {
	const c = cls(k);
	if (c === W.Period) return true;
	const at = S[k] + ((P[k] >> 4) & 15);
	return LANG === 'ar' && c === W.YearWord && T.charCodeAt(at) === 0x0627 && T.charCodeAt(at + 1) === 0x0644;
}

/** End of the period noun at k: French « week-end », « mois-ci », « semaine-là » take their tail. */
function periodEnd(k: number): number {
	let e = k + 1;
	if (LANG !== 'fr' || !same(k, e + 1) || !isPunct(e, '-') || S[e] !== E[k] || S[e + 1] !== E[e]) return e;
	const tail = T.slice(S[e + 1], E[e + 1]).toLowerCase();
	if (tail === 'ci' || tail === 'là' || (tail === 'end' && T.slice(S[k], E[k]).toLowerCase() === 'week')) e += 2;
	return e;
}

/** A count at j (three, 3, 40,000, a few, trois, ثلاثة, «عدة»), of up to four words; its end, or -1. */
function count(j: number): number {
	let k = j;
	let words = 0;
	while (words < 4 && k < N && (k === j || !LS[k])) {
		if (has(k, NUMBER_WORD)) k++;
		else if (K[k] === 1) {
			// digits grouped by , or . («40,000»), written without spaces
			k++;
			while (k + 1 < N && K[k + 1] === 1 && isPunct(k, ',.') && S[k] === E[k - 1] && S[k + 1] === E[k]) k += 2;
		} else break;
		words++;
	}
	return k > j ? k : -1;
}

/**
 * Relative periods, times ago and decades at token j: last week, this year, cette année, la
 * semaine dernière, l'an prochain, «الأسبوع الماضي», «هذا العام»; two days ago, il y a trois jours,
 * «قبل يومين», «منذ ثلاث سنوات»; the 1990s, les années 90, «التسعينيات». The end, or -1.
 */
function relativePeriod(j: number): number {
	const w = cls(j);
	if (w === W.Before && same(j, j + 1)) {
		if (isPeriod(j + 1)) return periodEnd(j + 1);
		// last night, this morning
		if (LANG === 'en' && cls(j + 1) === W.After) return j + 2;
		return -1;
	}
	if (LANG !== 'en') {
		// [la / le / l'] period dernier / prochain, «الأسبوع الماضي» (not the title «الأمين العام المقبل»)
		let k = j;
		if (has(j, ARTICLE)) {
			k = same(j, j + 1) && isPunct(j + 1, "'’") ? j + 2 : j + 1;
			if (!same(j, k)) return -1;
		}
		if (isPeriod(k) && !(LANG === 'ar' && j > 0 && !LS[j] && has(j - 1, GENERIC_TITLE))) {
			const e = periodEnd(k);
			return same(k, e) && cls(e) === W.After ? e + 1 : -1;
		}
	}
	// two days ago, a week ago
	if (LANG === 'en') {
		const k = count(j);
		if (k > 0 && same(j, k + 1) && (cls(k) === W.Periods || cls(k) === W.Period) && cls(k + 1) === W.Ago) return k + 2;
	}
	// il y a trois jours, il y a un an
	if (LANG === 'fr' && has(j, IL_Y_A) && has(j + 1, IL_Y_A) && has(j + 2, IL_Y_A) && same(j, j + 3)) {
		const k = count(j + 3);
		if (k > 0 && same(j, k) && (cls(k) === W.Periods || cls(k) === W.Period)) return k + 1;
	}
	// «قبل يومين», «منذ ثلاث سنوات», «قبل 10 أيام»
	if (LANG === 'ar' && (w === W.Ago || has(j, SINCE)) && same(j, j + 1)) {
		if (cls(j + 1) === W.Periods && has(j + 1, DUAL)) return j + 2;
		const k = count(j + 1);
		if (k > 0 && same(j, k) && cls(k) === W.Periods && !has(k, DUAL)) return k + 1;
	}
	if (has(j, DECADE)) {
		// les années 90 / 1990
		if (LANG === 'fr') {
			if (!same(j, j + 1) || K[j + 1] !== 1) return -1;
			const v = numValue(j + 1);
			return (v >= 10 && v <= 90 && v % 10 === 0) || (v >= 11000 && v <= 12090 && v % 10 === 0) ? j + 2 : -1;
		}
		// «the 60s», «'90s», but not an age: «in his 60s»
		if (LANG === 'en' && E[j] - S[j] === 3) {
			const prev = j > 0 && !LS[j] ? T.slice(S[j - 1], E[j - 1]).toLowerCase() : '';
			if (prev !== 'the' && !isPunct(j - 1, "'’")) return -1;
		}
		return j + 1;
	}
	return -1;
}

/** end of the date starting at token j, or -1 */
function matchAt(j: number): number {
	const w = cls(j);
	let e: number;
	// numeric dates
	if ((e = numeric(j)) > 0) return e;
	if ((e = relativePeriod(j)) > 0) return e;
	// «يوم 5 جويلية 2023»: day word + full date
	if (w === W.Before && LANG === 'ar' && same(j, j + 1) && (e = dayMonth(j + 1)) > 0) return e;
	// weekday [,] [day month [year]] [after]
	if (w === W.Weekday || ((w === W.Before || w === W.RelDay) && same(j, j + 1) && cls(j + 1) === W.Weekday)) {
		let k = w === W.Weekday ? j : j + 1;
		if (LANG === 'ar' && w === W.RelDay && same(j, j + 1) && cls(j + 1) === W.RelDay) k = j + 1;
		let end = k + 1;
		let q = end;
		if (same(k, q) && isPunct(q, ',،')) q++;
		if (same(k, q)) {
			const dm = dayMonth(q);
			const mf = dm > 0 ? dm : LANG === 'en' ? monthFirst(q) : -1;
			if (dm > 0) end = dm;
			else if (mf > 0) end = mf;
		}
		return after(end);
	}
	if (LANG === 'ar' && has(j, AL_YAWM) && same(j, j + 1) && cls(j + 1) === W.Weekday) return after(j + 2);
	if (w === W.RelDay) {
		let end = j + 1;
		if (LANG === 'ar' && same(j, end) && (cls(end) === W.Weekday || has(end, AL_AWWAL))) end++;
		return end;
	}
	if (LANG === 'fr') {
		// aujourd'hui, avant-hier, après-demain
		if (has(j, AUJOURD) && isPunct(j + 1, "'’") && has(j + 2, HUI)) return j + 3;
		if (has(j, AVANT_APRES) && isPunct(j + 1, '-') && cls(j + 2) === W.RelDay) return j + 3;
	}
	if (isDay(j)) {
		if ((e = dayMonth(j)) > 0) return e;
	}
	if ((e = monthFirst(j)) > 0) return e;
	if ((e = weakMonthAfterTrigger(j)) > 0) return e;
	// years: range y-y, trigger + year, year + era (Arabic), عام 2023
	if (isYear(j)) {
		// «by 1030 GMT», «à 1400 GMT»: a time of day, not a year; «+27 11 482 1003»: a telephone number's end
		if ((same(j, j + 1) && TIME_ZONES.has(T.slice(S[j + 1], E[j + 1]))) || endsTelephoneNumber(j)) return -1;
		let end = yearAt(j);
		if (same(j, j + 2) && cls(j + 1) === W.RangeJoin && isYear(j + 2)) end = yearAt(j + 2);
		const prevTrigger = j > 0 && !LS[j] && (cls(j - 1) === W.YearTrigger || cls(j - 1) === W.RangeJoin || (LANG === 'fr' && cls(j - 1) === W.Period));
		const era = LANG === 'ar' && end > j + 1 && cls(end - 1) === W.Era;
		// «at 1200 Pine Street»: a house number
		if (LANG === 'en' && end === j + 1 && !(j > 0 && !LS[j] && cls(j - 1) === W.YearTrigger) && numbersHouse(j)) return -1;
		if (end > j + 2 || prevTrigger || era || LANG === 'en') return after(end);
		return -1;
	}
	if (LANG === 'ar' && w === W.YearWord && same(j, j + 1) && isYear(j + 1)) {
		let end = yearAt(j + 1);
		if (same(j, end + 1) && cls(end) === W.RangeJoin && isYear(end + 1)) end = yearAt(end + 1);
		return after(end);
	}
	return -1;
}

/**
 * Date expressions over tokens already scanned (kinds: 0 word, 1 number, 2 punct, 3 url;
 * `words[i]`, when given, is the text of token i). Appends to `out`, in order. `forms[i]`, when
 * given, is a record kept per word form (the tagger's word information) where the word's date
 * class is kept, so that a form is looked up once rather than once per token.
 */
export function findDatesInTokens(
	text: string,
	starts: ArrayLike<number>,
	ends: ArrayLike<number>,
	kinds: ArrayLike<number>,
	lineStarts: ArrayLike<number>,
	n: number,
	language: LanguageCode,
	words: readonly string[] | undefined,
	out: DetectedEntity[],
	forms?: ReadonlyArray<{ dateClass: number }>,
): void {
	if (clsBuf.length < n) clsBuf = new Uint32Array(n * 2);
	const packed = clsBuf;
	const lex = lexiconFor(language);
	let any = false;
	for (let i = 0; i < n; i++) {
		const k = kinds[i];
		let v = 0;
		if (k === 0) {
			const form = forms?.[i];
			if (form && form.dateClass >= 0) v = form.dateClass;
			else {
				v = wordClass(language, words ? words[i] : text.slice(starts[i], ends[i]));
				if (form) form.dateClass = v;
			}
		}
		else if (k === 2 && ends[i] - starts[i] === 1) v = lex.get(text[starts[i]]) ?? 0;
		else if (k === 1) any = true;
		packed[i] = v;
		// a date needs a word with a date class or a number
		if (v & 15 || v & (DAYWORD | AL_YAWM | AUJOURD | AVANT_APRES | DECADE | SINCE)) any = true;
	}
	if (!any) return;
	T = text;
	S = starts;
	E = ends;
	K = kinds;
	LS = lineStarts;
	N = n;
	LANG = language;
	P = packed;
	let i = 0;
	while (i < n) {
		// fast skip: a match starts at a classified word, a number or a punctuation with a class
		if (packed[i] === 0 && kinds[i] !== 1) {
			i++;
			continue;
		}
		const e = matchAt(i);
		if (e > 0) {
			const start = starts[i] + ((packed[i] >> 4) & 15);
			const end = ends[e - 1];
			out.push({ start, end, type: 'DATE', text: text.slice(start, end), confidence: 0.9, source: 'date' });
			i = e;
		} else i++;
	}
	T = '';
	S = E = K = LS = [];
}
