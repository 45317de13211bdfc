/**
 * A few high-precision rules that complement the model where its training data (historical
 * French newspapers, English web text) is thin: ministries. A rule entity is only kept where the
 * model found nothing (see `index.ts`). Token-level, bounded look-ahead: linear time.
 */
import type { DetectedEntity, LanguageCode } from '../types';

const FR_HEAD = new Set(['ministère', 'ministere', 'secrétariat']);
const EN_HEAD = new Set(['ministry', 'department']);
const FR_PREP = new Set(['de', 'des', 'du', 'd']);
const ADJ_END = ['e', 'es', 'ale', 'aux', 'ales', 'ère', 'ères', 'ien', 'ienne', 'ais', 'aise', 'ique', 'iques', 'nel', 'nelle', 'al', 'ier', 'ière', 'ières', 'ieur', 'ieure', 'é', 'ée', 'és', 'ées'];

function isCap(w: string): boolean {
	const c = w.charAt(0);
	return c !== c.toLowerCase();
}

function isLowerAdjective(w: string): boolean {
	if (w.length < 4 || w.length > 20 || isCap(w)) return false;
	if (!/^\p{Ll}+$/u.test(w)) return false;
	return ADJ_END.some((e) => w.endsWith(e));
}

/**
 * Rule entities over tokens (`starts`/`ends` of word and punctuation tokens, `lineStarts` marking
 * line breaks). Appends to `out`.
 */
export function ruleEntities(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, lineStarts: ArrayLike<number>, n: number, language: LanguageCode, out: DetectedEntity[]): void {
	if (language === 'ar') return;
	const word = (i: number): string => (i < n ? text.slice(starts[i], ends[i]) : '');
	const same = (i: number): boolean => i < n && !lineStarts[i];
	for (let i = 0; i < n; i++) {
		const len = ends[i] - starts[i];
		if (len < 7 || len > 11) continue;
		const w = word(i).toLowerCase();
		if (language === 'fr' && FR_HEAD.has(w)) {
			let j = i + 1;
			if (same(j) && isLowerAdjective(word(j)) && !FR_PREP.has(word(j))) j++; // ministère algérien de ...
			if (!same(j) || !FR_PREP.has(word(j).toLowerCase())) continue;
			j++;
			// de la / de l'
			if (same(j) && (word(j) === 'la' || word(j) === 'l')) j++;
			if (same(j) && /^['’]$/.test(word(j))) j++;
			if (!same(j) || !isCap(word(j))) continue;
			let e = j + 1;
			for (let k = 0; k < 2 && same(e) && isLowerAdjective(word(e)); k++) e++;
			out.push(mk(text, starts[i], ends[e - 1]));
			i = e - 1;
		} else if (language === 'en' && EN_HEAD.has(w) && isCap(word(i))) {
			let j = i + 1;
			if (!same(j) || word(j) !== 'of') continue;
			j++;
			if (same(j) && word(j) === 'the') j++;
			if (!same(j) || !isCap(word(j))) continue;
			let e = j + 1;
			for (let k = 0; k < 3 && same(e); k++) {
				if (isCap(word(e))) e++;
				else if ((word(e) === 'and' || word(e) === '&') && same(e + 1) && isCap(word(e + 1))) e += 2;
				else break;
			}
			out.push(mk(text, starts[i], ends[e - 1]));
			i = e - 1;
		}
	}
}

function mk(text: string, start: number, end: number): DetectedEntity {
	return { start, end, type: 'ORG', text: text.slice(start, end), confidence: 0.7, source: 'rule' };
}
