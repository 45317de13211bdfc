/**
 * Date expressions in Arabic, French and English, found by a bounded token-level matcher
 * (linear in the text: each token starts at most one look-ahead of a few tokens).
 *
 * Covered: day + month (+ year), month + year, month day, year (English), numeric dates
 * (24/11/2024, 2024-11-24), weekdays with their determiners (« ce jeudi », « jeudi dernier »,
 * «أمس الثلاثاء», «يوم الأحد», "last Tuesday"), relative days (hier, demain, yesterday, أمس, غدا),
 * years after a trigger (en 2023, in 2023, عام 2023, 2023م), ranges (du 24 au 27 novembre,
 * 2020-2023, من 24 إلى 27 نوفمبر). Month names include the Maghreb (جانفي فيفري أفريل ماي جوان
 * جويلية أوت), Levantine (كانون الثاني, شباط, آذار...) and Egyptian/Gulf (يناير فبراير...) series,
 * and the Hijri months.
 */
import type { DetectedEntity, LanguageCode } from '../types';
import { scanTokens, type TokenKind } from './tokenize';
import { normalizeArabic, splitProclitics } from './arabic';

const enum W {
	None = 0,
	Month = 1,
	WeakMonth = 2, // needs a number next to it
	Weekday = 3,
	RelDay = 4,
	Before = 5, // ce, cet, last, next, this, يوم
	After = 6, // dernier, prochain, الماضي
	YearTrigger = 7, // en, in, since, depuis, عام
	RangeJoin = 8, // au, à, to, إلى, -, et, and
	MonthWord = 9, // شهر (month)
	YearWord = 10, // عام, سنة (included in the span)
	MonthSecond = 11, // الثاني / الأول after كانون / تشرين / ربيع / جمادى
	Era = 12, // م, هـ after a year
}

function mk(entries: Record<string, string>): Map<string, W> {
	const m = new Map<string, W>();
	const codes: Record<string, W> = { M: W.Month, m: W.WeakMonth, D: W.Weekday, R: W.RelDay, B: W.Before, A: W.After, Y: W.YearTrigger, J: W.RangeJoin, S: W.MonthWord, T: W.YearWord, X: W.MonthSecond, E: W.Era };
	for (const [code, words] of Object.entries(entries)) for (const w of words.split(/\s+/)) if (w) m.set(w, codes[code]);
	return m;
}

const FR = mk({
	M: 'janvier février fevrier avril juin juillet juil août aout septembre sept octobre novembre décembre decembre janv févr fév avr oct nov déc',
	m: 'mars mai dec',
	D: 'lundi mardi mercredi jeudi vendredi samedi dimanche',
	R: 'hier demain',
	B: 'ce cet',
	A: 'dernier prochain passé suivant',
	Y: 'en depuis dès an année courant début fin mi',
	J: 'au à et - – — ou',
});
const EN = mk({
	M: 'january february april june july august september october november december jan feb apr jun jul aug sep sept oct nov dec',
	m: 'march may mar',
	D: 'monday tuesday wednesday thursday friday saturday sunday',
	R: 'yesterday today tomorrow tonight',
	B: 'last next this',
	A: 'night morning afternoon evening',
	Y: 'in since during year early late mid by until',
	J: 'to and - – — through or',
});
const AR = mk({
	// Egyptian/Gulf, Maghreb, Levantine, Hijri series (normalised: alef without hamza, ى→ي)
	M: 'يناير فبراير ابريل مايو يونيو يونيه يوليو يوليه اغسطس سبتمبر اكتوبر نوفمبر ديسمبر جانفي فيفري افريل جوان جويلية اوت اغشت كانون شباط اذار نيسان ايار حزيران تموز ايلول تشرين محرم شعبان شوال',
	m: 'مارس ماي اب صفر ربيع جمادي رجب رمضان ذو',
	D: 'الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعة السبت',
	R: 'امس البارحة غدا',
	B: 'يوم',
	A: 'الماضي الماضية المقبل المقبلة القادم القادمة الجاري الحالي المنصرم الفائت',
	Y: 'في منذ خلال مطلع اواخر اوائل بداية نهاية',
	J: 'الي و - – حتي',
	S: 'شهر',
	T: 'عام سنة العام السنة',
	X: 'الثاني الاول الاخر الاخرة الاولي القعدة الحجة',
	E: 'م هـ ه',
});

const ABBREVIATIONS = new Set('janv févr fév avr juil sept oct nov déc dec jan feb mar apr jun jul aug sep'.split(' '));

function lexiconFor(lang: LanguageCode): Map<string, W> {
	return lang === 'ar' ? AR : lang === 'fr' ? FR : EN;
}

interface Tok {
	start: number;
	end: number;
	kind: TokenKind;
	lineStart: boolean;
}

function normWord(text: string, t: Tok, lang: LanguageCode): string {
	const raw = text.slice(t.start, t.end);
	if (lang !== 'ar') return raw.toLowerCase();
	const c = raw.charCodeAt(0);
	if (c < 0x0600 || c > 0x06ff) return raw.toLowerCase();
	return normalizeArabic(raw);
}

/** Arabic: the word class after stripping proclitics (والثلاثاء → الثلاثاء), and the offset. */
const NONE_CLASS = { w: W.None, offset: 0 };
function classify(lex: Map<string, W>, text: string, t: Tok, lang: LanguageCode): { w: W; offset: number } {
	const len = t.end - t.start;
	if (len > 12) return NONE_CLASS;
	if (t.kind === 'punct') {
		const w = lex.get(text[t.start]);
		return w === undefined ? NONE_CLASS : { w, offset: 0 };
	}
	const n = normWord(text, t, lang);
	const w = lex.get(n);
	if (w !== undefined) return { w, offset: 0 };
	const c0 = n.charCodeAt(0);
	if (lang === 'ar' && (c0 === 0x0648 || c0 === 0x0641 || c0 === 0x0628 || c0 === 0x0644 || c0 === 0x0643) && len > 3) {
		const sp = splitProclitics(text.slice(t.start, t.end), undefined);
		if (sp.offset > 0) {
			const w2 = lex.get(normalizeArabic(sp.stem));
			if (w2 !== undefined) return { w: w2, offset: sp.offset };
		}
		// ب/ل/و + month name without article (بيونيو، وجوان)
		const c = n.charCodeAt(0);
		if ((c === 0x0628 || c === 0x0644 || c === 0x0648 || c === 0x0641) && n.length > 3) {
			const w3 = lex.get(n.slice(1));
			if (w3 === W.Month || w3 === W.WeakMonth) return { w: w3, offset: 1 };
		}
	}
	return NONE_CLASS;
}

function numValue(text: string, t: Tok): number {
	if (t.kind !== 'number') return -1;
	const len = t.end - t.start;
	if (len > 4) return -1;
	let v = 0;
	for (let i = t.start; i < t.end; i++) {
		let c = text.charCodeAt(i);
		if (c >= 0x0660 && c <= 0x0669) c = c - 0x0660 + 48;
		else if (c >= 0x06f0 && c <= 0x06f9) c = c - 0x06f0 + 48;
		v = v * 10 + (c - 48);
	}
	return len === 4 ? v + 10000 : v; // +10000 marks a 4-digit number
}

function isDay(text: string, t: Tok | undefined): boolean {
	if (!t) return false;
	if (t.kind === 'word') {
		const s = text.slice(t.start, t.end).toLowerCase();
		return s === '1er' || s === '1st' || s === '2nd' || s === '3rd' || /^(?:[1-9]|[12][0-9]|3[01])th$/.test(s);
	}
	const v = numValue(text, t);
	return v >= 1 && v <= 31;
}

function isYear(text: string, t: Tok | undefined): boolean {
	if (!t) return false;
	const v = numValue(text, t);
	return v >= 11000 && v <= 12199;
}

function isPunct(text: string, t: Tok | undefined, chars: string): boolean {
	return !!t && t.kind === 'punct' && t.end - t.start === 1 && chars.includes(text[t.start]);
}

/** Date expressions in `text` (UTF-16 offsets), sorted and non-overlapping. */
export function findDates(text: string, language: LanguageCode): DetectedEntity[] {
	const toks: Tok[] = [];
	scanTokens(text, 0, text.length, (start, end, kind, lineStart) => toks.push({ start, end, kind, lineStart }));
	const lex = lexiconFor(language);
	const n = toks.length;
	const cls = new Uint8Array(n);
	const offs = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		if (toks[i].kind === 'word' || toks[i].kind === 'punct') {
			const c = classify(lex, text, toks[i], language);
			cls[i] = c.w;
			offs[i] = c.offset;
		}
	}
	const same = (a: number, b: number): boolean => b < n && !toks[b].lineStart && b > a;
	const out: DetectedEntity[] = [];
	let i = 0;
	while (i < n) {
		const r = matchAt(i);
		if (r) {
			const [s, e] = r;
			const start = toks[s].start + offs[s];
			const end = toks[e - 1].end;
			out.push({ start, end, type: 'DATE', text: text.slice(start, end), confidence: 0.9, source: 'date' });
			i = e;
		} else i++;
	}
	return out;

	function isMonth(j: number): boolean {
		return j < n && (cls[j] === W.Month || cls[j] === W.WeakMonth);
	}

	/** month at j (with Arabic two-word months, English abbreviation dot); returns end or -1 */
	function month(j: number, strong: boolean): number {
		if (j >= n) return -1;
		let k = j;
		if (language === 'ar' && cls[k] === W.MonthWord && same(k, k + 1) && isMonth(k + 1)) k++;
		if (!isMonth(k)) return -1;
		if (strong && cls[k] === W.WeakMonth) return -1;
		let e = k + 1;
		if (language === 'ar' && same(k, e) && cls[e] === W.MonthSecond) e++;
		if (language !== 'ar' && same(k, e) && isPunct(text, toks[e], '.') && ABBREVIATIONS.has(normWord(text, toks[k], language))) e++;
		return e;
	}

	function yearAt(j: number): number {
		if (!(j < n && isYear(text, toks[j]))) return -1;
		let e = j + 1;
		if (language === 'ar' && same(j, e) && cls[e] === W.Era) e++;
		return e;
	}

	function after(e: number): number {
		return same(e - 1, e) && cls[e] === W.After ? e + 1 : e;
	}

	function dayMonth(j: number): number {
		// day [join day] month [year]
		if (!isDay(text, toks[j])) return -1;
		let k = j + 1;
		if (same(j, k + 1) && cls[k] === W.RangeJoin && isDay(text, toks[k + 1])) k += 2;
		if (!same(j, k)) return -1;
		const m = month(k, false);
		if (m < 0) return -1;
		let e = m;
		if (same(e - 1, e) && isPunct(text, toks[e], ',')) {
			if (yearAt(e + 1) > 0) e = yearAt(e + 1);
		} else if (same(e - 1, e) && yearAt(e) > 0) e = yearAt(e);
		return after(e);
	}

	function monthFirst(j: number): number {
		// month day[, year] | month year
		const m = month(j, false);
		if (m < 0) return -1;
		if (same(m - 1, m) && yearAt(m) > 0) return after(yearAt(m));
		if (language === 'en' && same(m - 1, m) && isDay(text, toks[m])) {
			let e = m + 1;
			if (same(e - 1, e + 1) && isPunct(text, toks[e], ',') && yearAt(e + 1) > 0) e = yearAt(e + 1);
			else if (same(e - 1, e) && yearAt(e) > 0) e = yearAt(e);
			return e;
		}
		if (cls[m - 1] === W.Month || (language === 'ar' && m - 1 > j)) return after(m);
		return -1;
	}

	function numeric(j: number): number {
		// d/m/y, d-m-y, d.m.y, y-m-d
		const t = toks[j];
		if (t.kind !== 'number') return -1;
		const a = numValue(text, t);
		const sep = toks[j + 1];
		if (!same(j, j + 4) || !sep || !isPunct(text, sep, '/-.')) return -1;
		const sepCh = text[sep.start];
		if (toks[j + 1].start !== t.end || toks[j + 2].start !== toks[j + 1].end) return -1;
		if (!isPunct(text, toks[j + 3], sepCh) || toks[j + 3].start !== toks[j + 2].end || toks[j + 4].start !== toks[j + 3].end) return -1;
		const b = numValue(text, toks[j + 2]);
		const c = numValue(text, toks[j + 4]);
		if (a >= 1 && a <= 31 && b >= 1 && b <= 12 && (c >= 11000 && c <= 12199)) return j + 5;
		if (a >= 11000 && a <= 12199 && b >= 1 && b <= 12 && c >= 1 && c <= 31) return j + 5;
		return -1;
	}

	function matchAt(j: number): [number, number] | undefined {
		const w = cls[j];
		let e: number;
		// numeric dates
		if ((e = numeric(j)) > 0) return [j, e];
		// «يوم 5 جويلية 2023»: day word + full date
		if (w === W.Before && language === 'ar' && same(j, j + 1) && (e = dayMonth(j + 1)) > 0) return [j, e];
		// weekday [,] [day month [year]] [after]
		if (w === W.Weekday || ((w === W.Before || w === W.RelDay) && same(j, j + 1) && cls[j + 1] === W.Weekday)) {
			let k = w === W.Weekday ? j : j + 1;
			if (language === 'ar' && w === W.RelDay && same(j, j + 1) && cls[j + 1] === W.RelDay) k = j + 1;
			let end = k + 1;
			let q = end;
			if (same(k, q) && isPunct(text, toks[q], ',،')) q++;
			if (same(k, q)) {
				const dm = dayMonth(q);
				const mf = dm > 0 ? dm : language === 'en' ? monthFirst(q) : -1;
				if (dm > 0) end = dm;
				else if (mf > 0) end = mf;
			}
			end = after(end);
			// Arabic: «أمس الثلاثاء», «اليوم الأحد» handled by RelDay + Weekday
			return [j, end];
		}
		if (language === 'ar' && normWord(text, toks[j], 'ar') === 'اليوم' && same(j, j + 1) && cls[j + 1] === W.Weekday) {
			return [j, after(j + 2)];
		}
		if (w === W.RelDay) {
			let end = j + 1;
			if (language === 'ar' && same(j, end) && (cls[end] === W.Weekday || normWord(text, toks[end], 'ar') === 'الاول')) end++;
			return [j, end];
		}
		if (language === 'fr') {
			// aujourd'hui, avant-hier, après-demain
			const s = normWord(text, toks[j], 'fr');
			if (s === 'aujourd' && isPunct(text, toks[j + 1], "'’") && j + 2 < n && normWord(text, toks[j + 2], 'fr') === 'hui') return [j, j + 3];
			if ((s === 'avant' || s === 'après') && isPunct(text, toks[j + 1], '-') && j + 2 < n && cls[j + 2] === W.RelDay) return [j, j + 3];
		}
		if (isDay(text, toks[j])) {
			if ((e = dayMonth(j)) > 0) return [j, e];
		}
		if ((e = monthFirst(j)) > 0) return [j, e];
		// years: range y-y, trigger + year, year + era (Arabic), عام 2023
		if (isYear(text, toks[j])) {
			let end = yearAt(j);
			if (same(j, j + 2) && cls[j + 1] === W.RangeJoin && isYear(text, toks[j + 2])) end = yearAt(j + 2);
			const prevTrigger = j > 0 && !toks[j].lineStart && (cls[j - 1] === W.YearTrigger || cls[j - 1] === W.RangeJoin);
			const era = language === 'ar' && end > j + 1 && cls[end - 1] === W.Era;
			if (end > j + 2 || prevTrigger || era || language === 'en') return [j, after(end)];
			return undefined;
		}
		if (language === 'ar' && w === W.YearWord && same(j, j + 1) && isYear(text, toks[j + 1])) {
			let end = yearAt(j + 1);
			if (same(j, end + 1) && cls[end] === W.RangeJoin && isYear(text, toks[end + 1])) end = yearAt(end + 1);
			return [j, after(end)];
		}
		return undefined;
	}
}
