/**
 * A held-out part of the training files, for model selection without looking at the dev files.
 * Documents are chosen by a salted hash of their id (stable, independent of the file order).
 * `npm run train -- --set holdout=1` trains without them; `npm run eval -- --split holdout`
 * scores them. The shipped models are trained on everything (holdout off). A second, disjoint
 * slice of the same size (`isProbe`) is the part whose errors may be read.
 *
 * English: the hidden test is news, so the held-out part leans on news: PUD news documents,
 * GUM Wikinews, and a smaller share of the web-text EWT documents.
 */
import type { LanguageCode } from '../../types';

/** file → share of its documents held out (by document id prefix when given). */
export const HOLDOUT: Record<LanguageCode, Array<{ file: string; share: number; prefix?: string }>> = {
	ar: [{ file: 'ar.train.conll', share: 0.15 }],
	fr: [{ file: 'fr.train.conll', share: 0.15 }],
	en: [
		{ file: 'en.train.conll', share: 0.3, prefix: 'uner-en-pud:n' },
		{ file: 'en.train.conll', share: 0.08 },
		{ file: 'en.extra-gum-wikinews.conll', share: 0.25 },
	],
};

function docHash(doc: string): number {
	let h = 0x2f6b1c3d;
	for (let i = 0; i < doc.length; i++) h = Math.imul(h ^ doc.charCodeAt(i), 16777619);
	h ^= h >>> 15;
	h = Math.imul(h, 0x2c1b3c6d);
	h ^= h >>> 12;
	return (h >>> 0) / 4294967296;
}

/** True when document `doc` of `file` belongs to the held-out part of `lang`. */
export function isHeldOut(lang: LanguageCode, file: string, doc: string): boolean {
	return inSlice(lang, file, doc, 0);
}

/**
 * True when document `doc` of `file` belongs to probe part `probe` of `lang`: the next slices of
 * the same files, each as large as the held-out part and disjoint from it and from each other.
 * Their errors are there to be read (`--set probe=1`, `--split probe`; `--set probe=2` … `5`,
 * `--split probe2` … `probe5`, parts for fresh reading once the first had been read; English's
 * third holds what PUD's share leaves, a tenth of it, and its fourth and fifth only web text; the
 * Arabic and French parts are all as large as the held-out one), so that rules found in them can
 * still be measured on the held-out part, which nobody reads. Part 6 (`--set probe=6`, `--split
 * probe6`) is what the Arabic and French slices leave, a tenth of their files (English: web text
 * only), kept unread like the held-out part: a second look at unseen documents.
 */
export function isProbe(lang: LanguageCode, file: string, doc: string, probe = 1): boolean {
	return inSlice(lang, file, doc, probe);
}

function inSlice(lang: LanguageCode, file: string, doc: string, slice: number): boolean {
	const u = docHash(doc);
	for (const r of HOLDOUT[lang]) {
		if (r.file !== file) continue;
		if (r.prefix !== undefined && !doc.startsWith(r.prefix)) continue;
		return u >= r.share * slice && u < r.share * (slice + 1);
	}
	return false;
}

/** Files that hold held-out documents for `lang`. */
export function holdoutFiles(lang: LanguageCode): string[] {
	return [...new Set(HOLDOUT[lang].map((r) => r.file))];
}
