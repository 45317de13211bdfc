/**
 * Datelines: news agencies open a dispatch with the place it was filed from, in capitals, then the
 * date or the agency: «ALGIERS, Dec 2 (Reuters) -», «ALGER, 2 décembre (APS) -», «NEW YORK (AP)
 * —», «LIVERPOOL, England (AP) —», «SUZUKA, Japan, Sept 24 -», «WASHINGTON — », «BONN 1996-08-30». The per-sentence model has
 * seen few of them and reads a capitalised word alone at the start as an acronym (an ORG:
 * «ALGIERS»). The place there is a LOC.
 */
import type { DetectedEntity, LanguageCode } from '../types';
import { isListedOrganisation } from './agencies';
import type { TokenView } from './tokenize';
import { WordSet } from './wordSet';

/** Longest place name in a dateline, in tokens («RIO DE JANEIRO», «DAR ES SALAAM»). */
const MAX_PLACE_TOKENS = 4;
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}\p{M}'’.-]*$/u;
/** A date after a dateline's comma («Dec 2», «2 décembre», «le 2 décembre»). */
const DATE_AFTER_COMMA = String.raw`(?:le[ \t\u00a0]+)?(?:\d{1,2}(?:er)?\.?[ \t\u00a0]+\p{L}{3,}|\p{L}{3,}\.?[ \t\u00a0]+\d{1,2}(?!\d))`;
/** The state or country after a dateline's place («, England», «, Calif.»). */
const COMMA_REGION = String.raw`[ \t\u00a0]*,[ \t\u00a0]*\p{Lu}[\p{L}.]*(?:[ \t\u00a0]+\p{Lu}[\p{L}.]*){0,2}`;
/** After the place: a comma and a date («, Dec 2», «, 2 décembre», «, le 2 décembre»). */
const COMMA_DATE = new RegExp(String.raw`^[ \t\u00a0]*,[ \t\u00a0]*` + DATE_AFTER_COMMA, 'u');
/** After the place: the agency in brackets and a dash («(Reuters) -»). */
const AGENCY_DASH = /^[ \t\u00a0]*\([^()\n]{2,40}\)[ \t\u00a0]*[-–—]/u;
/** After the place: its state or country, then the agency («LIVERPOOL, England (AP) —», «SAN DIEGO, Calif. (AP) —»). */
const COMMA_REGION_AGENCY = new RegExp('^' + COMMA_REGION + String.raw`[ \t\u00a0]*\([^()\n]{2,40}\)[ \t\u00a0]*[-–—]`, 'u');
/** After the place: its state or country, a comma and a date («SUZUKA, Japan, Sept 24 -»). */
const COMMA_REGION_DATE = new RegExp('^' + COMMA_REGION + String.raw`[ \t\u00a0]*,[ \t\u00a0]*` + DATE_AFTER_COMMA, 'u');
/** After the place, and its state or country if any: a date in digits ending the line («BONN 1996-08-30», «AL-AIN , United Arab Emirates 1996-12-06»). */
const NUMERIC_DATE = /^(?:[ \t\u00a0]*,(?:[ \t\u00a0]+\p{Lu}[\p{L}.]*){1,3})?[ \t\u00a0]+\d{4}-\d{2}-\d{2}[ \t\u00a0]*(?:\n|$)/u;
/** The state or country after the place, without an abbreviation's dot. */
const REGION = /^([ \t\u00a0]*,[ \t\u00a0]*)(\p{Lu}[\p{L}.]*?(?:[ \t\u00a0]+\p{Lu}[\p{L}.]*?){0,2})\.?(?=[ \t\u00a0,])/u;
/** After the place: a dash alone («WASHINGTON — »); the kicker words of a headline are no place. */
const DASH = /^[ \t\u00a0]+[-–—][ \t\u00a0]/u;
/** The name in a dateline's brackets, right after the place or its region, before the dash: one to four capitalised words, not a date («(Reuters) -», «(Daily Nation) —»). */
const AGENCY_IN_BRACKETS = new RegExp(String.raw`^(?:${COMMA_REGION})?[ \t\u00a0]*\((\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,3})(\)[ \t\u00a0]*[-–—])`, 'u');
/** After the place: its state or country, then a dash alone («LLANDEILO, Wales — »); an en or em dash only, as a hyphen after capitalised words opens many a line that is no dateline. */
const COMMA_REGION_DASH = new RegExp('^' + COMMA_REGION + String.raw`[ \t\u00a0]+[–—][ \t\u00a0]`, 'u');
/** Team sports that open a sports wire's headline («SOCCER - …»); the whole-article pass tells a match report by them. */
export const TEAM_SPORT_KICKERS = ['SOCCER', 'FOOTBALL', 'CRICKET', 'RUGBY', 'BASKETBALL', 'BASEBALL', 'HOCKEY'];
const KICKERS = new Set([
	'BREAKING', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'EDITORIAL', 'LIVE', 'WATCH', 'VIDEO', 'PHOTOS', 'FACTBOX', 'TIMELINE',
	'NEWS', 'INTERVIEW', 'COMMENT', 'URGENT', 'FLASH', 'ALERTE', 'DIRECT', 'VIDÉO', 'TRIBUNE', 'ÉDITORIAL', 'ENQUÊTE', 'REPORTAGE', 'NOTE', 'CORRECTION',
	// sports wires open with the sport («SOCCER - JAPAN GET LUCKY WIN»)
	...TEAM_SPORT_KICKERS, 'TENNIS', 'GOLF', 'CYCLING', 'ATHLETICS', 'BOXING', 'MOTORSPORT',
	'MOTORACING', 'SKIING', 'SWIMMING', 'HANDBALL', 'VOLLEYBALL', 'SPORTS', 'SPORT', 'CYCLISME', 'ATHLÉTISME', 'BOXE', 'NATATION', 'SKI',
]);

/** A capitalised word as names are written («Raguse», «Bâle»). */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’]+$/u;
/** After a French dateline's place: a comma, a day and a month, maybe a year, then a full stop, the agency or a dash («, 11 février.», «, 1er mars 1881 (ATS) -»). */
const FRENCH_COMMA_DAY_MONTH = /^[ \t\u00a0]*,[ \t\u00a0]*\d{1,2}(?:er)?[ \t\u00a0]+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)(?:[ \t\u00a0]+\d{4})?[ \t\u00a0]*(?:[.(–—-]|\n|$)/iu;
/** Words that open a line before a date without being a place («Samedi, 23 février», «Aujourd'hui, 23 avril»). */
const NOT_FRENCH_DATELINE_WORDS = new Set(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', "aujourd'hui", 'aujourd’hui', 'hier', 'demain', 'le', 'la', 'les', 'depuis', 'dès', 'jusqu', 'avant', 'après', 'vers', 'du', 'au']);

/** The dash after a kicker (hyphen, en dash, em dash). */
const DASHES = new WordSet(['-', '–', '—']);
/** Second words of a sport's name in a kicker («RUGBY UNION -», «MOTOR RACING -»). */
const KICKER_SECOND_WORDS = new Set(['UNION', 'LEAGUE', 'RACING', 'SPORT', 'SKATING', 'JUMPING', 'TENNIS']);
const KICKER_FIRST_WORDS = new Set(['MOTOR', 'HORSE', 'FIGURE', 'SKI', 'TABLE', 'SPEED', 'ALPINE', 'NORDIC']);

/**
 * The token of the dash that ends a kicker opening the line at token i, the sport or label of a
 * wire headline before its dash («SOCCER -», «RUGBY UNION -», «Rugby union -» as the detector
 * reads a headline in capitals), or -1 when no kicker opens there.
 */
export function kickerDash(words: readonly string[], lineStarts: ArrayLike<number>, n: number, i: number): number {
	// asked of every token, so without closures (their context would be allocated on every call)
	// a kicker is one or two words and a dash
	if ((i > 0 && !lineStarts[i]) || !(isKickerDash(words, lineStarts, n, i + 1) || isKickerDash(words, lineStarts, n, i + 2))) return -1;
	let j = i;
	for (; j < n && j - i < 2 && (j === i || !lineStarts[j]); j++) {
		// in capitals as written, or as the detector reads a headline in capitals
		const word = words[j].toUpperCase();
		if (!(KICKERS.has(word) || KICKER_FIRST_WORDS.has(word) || (j > i && KICKER_SECOND_WORDS.has(word)))) break;
	}
	if (j === i || !isKickerDash(words, lineStarts, n, j) || (j - i === 1 && KICKER_FIRST_WORDS.has(words[i].toUpperCase()))) return -1;
	return j;
}

/** Token k is a dash inside the line (kickerDash). */
function isKickerDash(words: readonly string[], lineStarts: ArrayLike<number>, n: number, k: number): boolean {
	return k < n && !lineStarts[k] && DASHES.has(words[k]);
}

/** The dashes that end a dateline before its story («KYIV —», «ABUJA (AP) — The …»). */
export const DATELINE_DASHES = new Set(['—', '–']);

/**
 * The token of the spaced dash that ends a dateline opening the line at token i: a place in
 * capitals (up to four words), maybe a comma and a region («, Kenya», «, Calif.»), maybe an agency in
 * brackets, then «—» or «–»; -1 when none opens there. The story after it opens a sentence
 * («MELBOURNE — Jannik Sinner beat…»: tagged with the dateline, the name was lost).
 */
export function datelineDash(words: readonly string[], starts: ArrayLike<number>, ends: ArrayLike<number>, lineStarts: ArrayLike<number>, n: number, i: number): number {
	if (i > 0 && !lineStarts[i]) return -1;
	let j = i;
	while (j < n && j - i < MAX_PLACE_TOKENS && (j === i || !lineStarts[j]) && CAPITALS_WORD.test(words[j]) && words[j].length > 1) j++;
	if (j === i) return -1;
	const onLine = (k: number): boolean => k < n && !lineStarts[k];
	if (onLine(j) && words[j] === ',') {
		j++;
		const region = j;
		while (onLine(j) && j - region < 4 && (/^\p{Lu}\p{L}*$/u.test(words[j]) || (words[j] === '.' && starts[j] === ends[j - 1]))) j++;
		if (j === region) return -1;
	}
	if (onLine(j) && words[j] === '(') {
		while (onLine(j) && words[j] !== ')' && j - i < 16) j++;
		if (!onLine(j) || words[j] !== ')') return -1;
		j++;
	}
	return onLine(j) && DATELINE_DASHES.has(words[j]) && onLine(j + 1) && starts[j] > ends[j - 1] && starts[j + 1] > ends[j] ? j : -1;
}

/** Longest country name a kicker gives («BOSNIA AND HERZEGOVINA -»), in tokens. */
const MAX_COUNTRY_KICKER_TOKENS = 4;

/**
 * The token of the dash that ends a country's name opening the line at token i, the kicker of a
 * wire headline on a country's news («SOUTH KOREA - COURT JAILS…», read as one organisation up to
 * «COURT»), or -1. `isCountry` gets the name as written.
 */
export function countryKickerDash(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, words: readonly string[], lineStarts: ArrayLike<number>, n: number, i: number, isCountry: (name: string) => boolean): number {
	if (i > 0 && !lineStarts[i]) return -1;
	for (let j = i + 1; j < n && j - i <= MAX_COUNTRY_KICKER_TOKENS && !lineStarts[j]; j++) {
		if (!DASHES.has(words[j])) continue;
		// a dash inside a name is glued to it («Guinea-Bissau»)
		if (starts[j] === ends[j - 1] || j + 1 >= n || lineStarts[j + 1] || starts[j + 1] === ends[j]) return -1;
		return isCountry(text.slice(starts[i], ends[j - 1])) ? j : -1;
	}
	return -1;
}

/**
 * Drops what was found in the kicker of a wire headline, the sport or label before its dash
 * («RUGBY UNION - WALLABIES NAME SQUAD»: «RUGBY UNION» read as an organisation).
 */
export function dropKickerNames(tokens: TokenView, entities: DetectedEntity[]): DetectedEntity[] {
	const { starts, ends, lineStarts, n, words } = tokens;
	let out = entities;
	for (let i = 0; i < n; i++) {
		const dash = kickerDash(words, lineStarts, n, i);
		if (dash >= 0) out = withoutEntitiesIn(out, starts[i], ends[dash - 1]);
	}
	return out;
}

/** The entities not inside [from, to) (the same array when none is). */
function withoutEntitiesIn(entities: DetectedEntity[], from: number, to: number): DetectedEntity[] {
	return entities.some((e) => e.start >= from && e.end <= to) ? entities.filter((e) => e.start < from || e.end > to) : entities;
}

/** What follows a dateline's place: a date, the agency, a dash. */
function opensDispatch(after: string): boolean {
	return COMMA_DATE.test(after) || AGENCY_DASH.test(after) || COMMA_REGION_AGENCY.test(after) || COMMA_REGION_DATE.test(after) || COMMA_REGION_DASH.test(after) || DASH.test(after) || NUMERIC_DATE.test(after);
}

/**
 * The text's range [start, end) is a dateline's place: written in capitals at the start of a line
 * (after spaces), and followed by a date, the agency or a dash. (For the whole-article pass, which
 * sees the text and not the tokens.)
 */
export function isDatelinePlace(text: string, start: number, end: number): boolean {
	const lineStart = text.lastIndexOf('\n', start - 1) + 1;
	if (text.slice(lineStart, start).trim() !== '') return false;
	const place = text.slice(start, end);
	return place.length >= 3 && place === place.toUpperCase() && place !== place.toLowerCase() && opensDispatch(text.slice(end, end + 80));
}

/** Words that open an Arabic dispatch without being a place («عواصم - ا ف ب»: «capitals»). */
const NOT_ARABIC_DATELINE_PLACES = new Set(['عواصم', 'وكالات']);
/** News agencies in an Arabic dateline, spaced as written («ا ف ب», «د ب أ», «وص ف»). */
const ARABIC_DATELINE_AGENCY = /^[\s(–-]*(?:[اأ] ?ف ?ب|د ?ب ?[اأ]|رويترز|قنا|بترا|وام|واج|سانا|و ?ص ?ف|[اأ] ?ش ?[اأ]|كونا|شينخوا|سبأ|وال|وفا|بنا|واس|الأناضول)(?:\s|[):،,-]|$)/u;
/**
 * An Arabic word of three letters or more; one opening with «و» is none («وقال - رويترز»), one with
 * «ف» may be («فرانكفورت», «فيينا»).
 */
const ARABIC_DATELINE_WORD = /^(?!و)[\u0621-\u0652]{3,}$/u;

/**
 * The places of Arabic datelines: «فرانكفورت (د ب أ)», «سيول - وص ف، رويترز»: the word opening a
 * line before a dash or a bracket and a news agency (LOC 12 times of 13 in the Arabic training files);
 * before a dash alone, a word the lists know as a place only (`isListedPlace`: «عنابة - أوقفت…»,
 * a town the training files never name).
 */
export function findArabicDatelines(tokens: TokenView, isListedPlace: (word: string) => boolean = () => false): DetectedEntity[] {
	const { text, starts, ends, lineStarts, n, words } = tokens;
	const out: DetectedEntity[] = [];
	for (let i = 0; i + 2 < n; i++) {
		if (!lineStarts[i] || lineStarts[i + 1] || !/^[(–-]$/u.test(words[i + 1]) || !ARABIC_DATELINE_WORD.test(words[i]) || NOT_ARABIC_DATELINE_PLACES.has(words[i])) continue;
		const dashAlone = words[i + 1] !== '(' && starts[i + 1] > ends[i] && starts[i + 2] > ends[i + 1];
		if (!ARABIC_DATELINE_AGENCY.test(text.slice(starts[i + 1], starts[i + 1] + 24)) && !(dashAlone && isListedPlace(words[i]))) continue;
		out.push({ start: starts[i], end: ends[i], type: 'LOC', text: words[i], confidence: 0.6, source: 'rule' });
	}
	return out;
}

/**
 * The places of datelines among the tokens (Latin script): at the start of a line, in capitals;
 * in French also as a name is written, before a comma and a day of a month («Raguse, 11 février.»,
 * the dispatches of the historical papers: LOC 21 times of 27 in the French training files, the
 * others places their annotators missed).
 */
export function findDatelines(tokens: TokenView, language?: LanguageCode): DetectedEntity[] {
	const { text, starts, ends, lineStarts, n, words } = tokens;
	const out: DetectedEntity[] = [];
	for (let i = 0; i < n; i++) {
		if (i > 0 && !lineStarts[i]) continue;
		const named = language === 'fr' && NAME_WORD.test(words[i]) && !NOT_FRENCH_DATELINE_WORDS.has(words[i].toLowerCase());
		const placeWord = named ? NAME_WORD : CAPITALS_WORD;
		let j = i;
		let letters = 0;
		let placeWords = 0;
		while (j < n && placeWords < MAX_PLACE_TOKENS && (j === i || !lineStarts[j]) && placeWord.test(words[j])) {
			letters += words[j++].length;
			placeWords++;
			// «AL-AIN», «Bâle-Ville»: a hyphen glued between two words of the name
			if (j + 1 < n && words[j] === '-' && starts[j] === ends[j - 1] && starts[j + 1] === ends[j] && placeWord.test(words[j + 1])) j++;
		}
		if (j === i || letters < 3 || words.slice(i, j).some((w) => KICKERS.has(w)) || isListedOrganisation(words.slice(i, j))) continue;
		const end = ends[j - 1];
		const after = text.slice(end, end + 80);
		if (named ? !FRENCH_COMMA_DAY_MONTH.test(after) : !opensDispatch(after)) continue;
		out.push({ start: starts[i], end, type: 'LOC', text: text.slice(starts[i], end), confidence: 0.7, source: 'rule' });
		// the state or country after the place is one too («, United Arab Emirates 1996-12-06», «, Calif. (AP)»)
		const region = COMMA_REGION_AGENCY.test(after) || COMMA_REGION_DATE.test(after) || COMMA_REGION_DASH.test(after) || NUMERIC_DATE.test(after) ? REGION.exec(after) : null;
		if (region) {
			const start = end + region[1].length;
			out.push({ start, end: start + region[2].length, type: 'LOC', text: region[2], confidence: 0.7, source: 'rule' });
		}
		// and the agency or paper in its brackets is an organisation («(Premium Times) —», «(AP)»)
		const agency = AGENCY_IN_BRACKETS.exec(after);
		if (agency) {
			const start = end + agency[0].length - agency[1].length - agency[2].length;
			out.push({ start, end: start + agency[1].length, type: 'ORG', text: agency[1], confidence: 0.7, source: 'rule' });
		}
	}
	return out;
}
