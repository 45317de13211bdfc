/**
 * Re-anchoring: finding annotations again in an article that changed since they were made
 * (another editor, `git checkout`, a merge). Follows the W3C TextQuoteSelector / Hypothesis
 * approach, in UTF-16 units over the current text:
 *
 * 1. Position: the stored offsets, if the text there is still the quote. When the article's
 *    hash changed, the context (prefix/suffix) must agree too, or a different occurrence of the
 *    same word could be taken for it.
 * 2. Quote: exact occurrences of the quote, searched outward from where the annotation is
 *    expected (its old position plus the shift of the previous annotation, because edits move
 *    whole stretches of text together), scored by how well the surrounding text matches the
 *    stored prefix/suffix (edit similarity) and by distance. An occurrence whose surroundings
 *    hardly agree is a guess: taken only when it is the only one in the text, and flagged for
 *    review. An occurrence that is part of a longer word where the name was a whole one («Niger»
 *    in «Nigeria») is not the name: it is never taken here, nor by step 3 unless the whole word
 *    is close enough to the quote (then as a changed text, for review). Nor is an occurrence that
 *    would cut a letter from its combining marks.
 *    When the article or the quote holds what a reader does not see, the search is made over both
 *    folded (`EQUIVALENT_FOLD`: NFC and NFD alike, Arabic harakat and tatweel left out): the name
 *    found there covers its whole current text and takes it as its text; with agreeing context it
 *    needs no review (the reader sees the same name). Context is always compared folded, so
 *    harakat added around a name do not make it a weak match.
 * 3. Approximate: for a small edit inside the quote (a typo fixed in a name), a bounded edit
 *    distance search in a window around the expected position, accepted only with at most a
 *    quarter of the quote's characters changed and with stored context that agrees. It is also
 *    tried when the best exact occurrence is weakly surrounded (the name corrected here, still
 *    spelled the old way elsewhere); the better score wins. Made over the folded article and
 *    quote too, so harakat or NFD accents besides the correction are no errors, and a match
 *    takes the marks of its last letter along.
 * 4. Otherwise the annotation cannot be placed and the caller keeps it as an orphan, with the
 *    reason returned here. Nothing is ever dropped.
 *
 * Cost is bounded: the direct checks are O(1) per annotation, window searches grow
 * geometrically, whole-text scans and approximate matching draw on per-call budgets, and the
 * approximate search is O(window × quote) with both capped. The article is folded once per
 * anchorer (per re-anchoring), when first needed; folded searches draw on the same budgets. No
 * regular expressions over the article.
 */

import type { Annotation, OrphanedAnnotation } from '../annotation';
import { continuesCharacter, fold, type FoldedText } from '../occurrences';
import { countBelow } from '../unicode';

export interface AnchorQuote {
	/** The exact text to find (the stored `text`). */
	readonly text: string;
	readonly prefix?: string;
	readonly suffix?: string;
	/** Where it was, in UTF-16 units of the current text (a hint: may be wrong or out of range). */
	readonly start: number;
	readonly end: number;
	/** Annotations of the same group (type) are never stacked on the same range by re-anchoring. */
	readonly group?: string;
}

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface AnchorMatch {
	readonly ok: true;
	readonly start: number;
	readonly end: number;
	/**
	 * The current text at [start, end): equal to the quote except after a fuzzy match, or a match
	 * of the same letters written differently (see `EQUIVALENT_FOLD`).
	 */
	readonly text: string;
	readonly method: AnchorMethod;
	/** 0..1: how sure the match is (1: same quote, same context). */
	readonly score: number;
	/** True when a person should look: changed text, weak context, or several equal candidates. */
	readonly needsReview: boolean;
}

export interface AnchorFailure {
	readonly ok: false;
	/** For the person: why it could not be placed. */
	readonly reason: string;
}

export type AnchorResult = AnchorMatch | AnchorFailure;

export interface AnchorOptions {
	/**
	 * The article is the one the offsets were made on (hash matched): an exact slice at the stored
	 * position is accepted without looking at context.
	 */
	readonly trustPositions?: boolean;
	/**
	 * Least context agreement (0..1) for a match found by searching. 0 accepts the best
	 * occurrence anywhere (outside changes); use ~0.75 to recover annotations an edit deleted,
	 * so a deleted name does not jump onto another mention of it.
	 */
	readonly minContext?: number;
	/** Try approximate matching (default true). */
	readonly fuzzy?: boolean;
	/**
	 * A range of the group already taken is refused even at the quote's own stored position
	 * (default false: there, a duplicate in the file stays one and validation reports it). For
	 * orphans: one put back on a range an annotation of its type holds would make a new duplicate.
	 */
	readonly neverStack?: boolean;
	/** Budget of UTF-16 units scanned by whole-text searches in one call (default 200 M). */
	readonly maxScanUnits?: number;
	/** Budget of edit-distance cells in one call (default 40 M). */
	readonly maxFuzzyCells?: number;
}

const DEFAULTS = { trustPositions: false, minContext: 0, fuzzy: true, neverStack: false, maxScanUnits: 200_000_000, maxFuzzyCells: 40_000_000 };

/**
 * How a quote and the article are compared when the exact quote is not found with its context:
 * what a reader cannot tell apart is the same text. Canonically equivalent spellings (NFC and
 * NFD: «é» and «e» + U+0301), Arabic harakat, shadda, sukun, superscript alef and tatweel; not
 * the hamza on an alef (a different letter to the reader; step 3 may still find it, for review).
 */
const EQUIVALENT_FOLD = { canonical: true, alefs: false } as const;

/** Radii of the exact-search windows around the expected position, before the whole text. */
const WINDOW_RADII = [512, 8_192, 131_072];
/** Occurrences scored per window: enough for any real mention, bounded for "a" in 5 MB. */
const MAX_CANDIDATES_PER_WINDOW = 256;
/** A candidate this well surrounded is taken without looking further away. */
const GOOD_CONTEXT = 0.6;
/**
 * Below this context agreement an exact occurrence elsewhere is a guess: it is taken only if it
 * is the only free occurrence of the quote in the whole text (then it is surely the same thing).
 */
const WEAK_CONTEXT = 0.3;
/** Quotes shorter than this are never matched approximately (too many look-alikes). */
const MIN_FUZZY_LENGTH = 4;
/** Longer quotes are not matched approximately (cost grows with length). */
const MAX_FUZZY_LENGTH = 256;
/** At most this share of the quote's characters may differ in an approximate match. */
const MAX_FUZZY_ERROR_RATE = 0.25;

/**
 * Places many annotations in one text, in order of their old positions, so that each one's
 * expected position can follow the shift of the one before. Results are in the input order.
 */
export function anchorAll(quotes: readonly AnchorQuote[], text: string, options: AnchorOptions = {}): AnchorResult[] {
	return anchorInOrder(new Anchorer(text, options), quotes);
}

/**
 * `anchorAll` with an anchorer the caller prepared (e.g. with ranges already taken). Two passes:
 * first every annotation found with certainty (same quote, agreeing context), then the rest. In
 * one pass, an annotation whose mention was deleted would take, as a guess, the next mention of
 * the same name, and the annotation really made there, still with all its context, would be
 * orphaned, its decision (status, note) replaced by the other one's.
 */
export function anchorInOrder(anchorer: Anchorer, quotes: readonly AnchorQuote[]): AnchorResult[] {
	const compare = (a: number, b: number) => quotes[a].start - quotes[b].start || quotes[a].end - quotes[b].end || a - b;
	const order = quotes.map((_, index) => index);
	if (!order.every((index) => index === 0 || compare(index - 1, index) < 0)) {
		order.sort(compare);
	}
	const results: AnchorResult[] = new Array(quotes.length);
	const deferred: Array<{ index: number; shift: number }> = [];
	for (const index of order) {
		const shift = anchorer.expectedShift;
		const result = anchorer.anchor(quotes[index], true);
		if (result === undefined) {
			deferred.push({ index, shift });
		} else {
			results[index] = result;
		}
	}
	// The rest, each expected where the certain annotation before it says (as in a single pass).
	for (const { index, shift } of deferred) {
		anchorer.expectedShift = shift;
		results[index] = anchorer.anchor(quotes[index]);
	}
	return results;
}

/** One article text, anchored into many times; remembers the running shift and what is taken. */
export class Anchorer {
	private readonly options: typeof DEFAULTS;
	private shift = 0;
	/** Whether the current search saw the quote anywhere, and whether it looked at the whole text. */
	private sawQuote = false;
	/** ...and whether it saw it as part of a longer word (see `cutsWord`). */
	private sawInsideWord = false;
	private scannedWholeText = false;
	private scanBudget: number;
	/** The first pass of `anchorInOrder` (certain matches only) scans on its own budget, so the second keeps the whole one. */
	private certainScanBudget: number;
	private certainOnly = false;
	private fuzzyBudget: number;
	/** Ranges already given to an annotation, per group (type). */
	private readonly taken = new Map<string, Set<number>>();
	/** The article folded by `EQUIVALENT_FOLD`, once per anchorer, when first needed. */
	private foldedArticle: FoldedText | undefined;
	/** Stored contexts folded (one quote's are compared for many candidates). */
	private readonly foldedContexts = new Map<string, string>();

	constructor(private readonly text: string, options: AnchorOptions = {}) {
		this.options = { ...DEFAULTS, ...options };
		this.scanBudget = this.options.maxScanUnits;
		this.certainScanBudget = this.options.maxScanUnits;
		this.fuzzyBudget = this.options.maxFuzzyCells;
	}

	/** Records a range already placed (outside this anchorer), so nothing of its group is stacked on it. */
	markTaken(group: string | undefined, start: number, end: number): void {
		let taken = this.taken.get(group ?? '');
		if (taken === undefined) {
			taken = new Set();
			this.taken.set(group ?? '', taken);
		}
		taken.add(rangeKey(start, end));
	}

	/** How far the last annotation placed with certainty moved: where the next one is expected. */
	get expectedShift(): number {
		return this.shift;
	}

	set expectedShift(shift: number) {
		this.shift = shift;
	}

	/**
	 * Finds the quote and takes its range. `certainOnly`: only a match that needs no review (same
	 * quote, agreeing context) is taken; otherwise nothing is, and undefined is returned.
	 */
	anchor(quote: AnchorQuote): AnchorResult;
	anchor(quote: AnchorQuote, certainOnly: true): AnchorResult | undefined;
	anchor(quote: AnchorQuote, certainOnly = false): AnchorResult | undefined {
		if (quote.text.length === 0) {
			return certainOnly ? undefined : { ok: false, reason: 'it has no text to look for' };
		}
		this.sawQuote = false;
		this.sawInsideWord = false;
		this.scannedWholeText = false;
		this.certainOnly = certainOnly;
		const result = certainOnly ? this.findCertainMatch(quote) : this.findMatch(quote);
		this.certainOnly = false;
		if (result === undefined) {
			return undefined;
		}
		if (result.ok) {
			// Only a confident match sets the expected shift for the annotations after it.
			if (!result.needsReview) {
				this.shift = result.start - quote.start;
			}
			this.markTaken(quote.group, result.start, result.end);
		}
		return result;
	}

	/** Steps 1 and 2 only, and only a match that needs no review. */
	private findCertainMatch(quote: AnchorQuote): AnchorMatch | undefined {
		const found = this.tryDirect(quote) ?? this.searchExact(quote, this.searchSpace(quote));
		return found !== undefined && !found.needsReview ? found : undefined;
	}

	private findMatch(quote: AnchorQuote): AnchorResult {
		const direct = this.tryDirect(quote);
		if (direct !== undefined) {
			return direct;
		}
		const exact = this.searchExact(quote, this.searchSpace(quote));
		if (exact !== undefined && !exact.needsReview) {
			return exact;
		}
		// A weakly surrounded exact occurrence competes with a changed spelling in the right place
		// (the name corrected here, mentioned unchanged elsewhere).
		const fuzzy = this.options.fuzzy ? this.searchFuzzy(quote) : undefined;
		const best = exact === undefined ? fuzzy : fuzzy === undefined ? exact : fuzzy.score > exact.score ? fuzzy : exact;
		return best ?? { ok: false, reason: this.failureReason(quote) };
	}

	/** Why nothing was found, from what the search saw (no extra scan of the text). */
	private failureReason(quote: AnchorQuote): string {
		const what = `its text ${shortQuote(quote.text)}`;
		if (this.sawInsideWord) {
			return `${what} is still in the article, but only as part of a longer word or not with its surrounding text`;
		}
		if (this.sawQuote) {
			return `${what} is still in the article, but not with its surrounding text`;
		}
		if (this.scannedWholeText) {
			return `${what} is no longer in the article`;
		}
		return `${what} is not near its old position, and the search budget for the whole article is used up; re-place it by hand`;
	}

	/** Steps 1 and the O(1) shortcut: the old position, then the old position moved like the previous annotation. */
	private tryDirect(quote: AnchorQuote): AnchorMatch | undefined {
		const length = quote.text.length;
		// Same article as when saved: the stored offsets are right, duplicates included (validation reports those).
		if (this.options.trustPositions && this.sliceIs(quote.start, quote.text)) {
			return match(quote.start, quote.text, 'position', 1, false);
		}
		// At its own stored position an annotation is not moved, so a duplicate stays a duplicate
		// (validation reports it); only a shifted candidate must not be taken already.
		for (const start of this.shift === 0 ? [quote.start] : [quote.start, quote.start + this.shift]) {
			const free = (start === quote.start && !this.options.neverStack) || this.isFree(quote, start, start + length);
			if (free && this.sliceIs(start, quote.text) && this.contextScore(quote, start, start + length) === 1 && !this.cutsWord(quote, start, start + length) && !this.cutsCharacter(quote, start, start + length)) {
				return match(start, quote.text, start === quote.start ? 'position' : 'quote', 1, false);
			}
		}
		return undefined;
	}

	/**
	 * The article as it is, searched for the quote as it is. An occurrence that would cut a letter
	 * from its combining marks («e» of an NFD «é», «الجزائر» before a shadda on its «ر») is not
	 * taken, unless the quote was cut so when made.
	 */
	private exactSpace(quote: AnchorQuote): SearchSpace {
		const length = quote.text.length;
		return {
			text: this.text,
			needle: quote.text,
			at: (offset) => offset,
			range: (found) => (isBoundaryPair(this.text, found, found + length) && !this.cutsCharacter(quote, found, found + length) ? [found, found + length] : undefined),
		};
	}

	/** Whether [start, end) would cut a letter from combining marks the quote did not leave out when made. */
	private cutsCharacter(quote: AnchorQuote, start: number, end: number): boolean {
		return (continuesCharacter(this.text, start) && !STARTS_WITH_MARK.test(quote.text)) || (continuesCharacter(this.text, end) && !STARTS_WITH_MARK.test(quote.suffix ?? ''));
	}

	/**
	 * Where step 2 looks: the article and the quote folded by `EQUIVALENT_FOLD` when folding
	 * changes either, else the article as it is. An exact occurrence is also one there, so the
	 * article is searched once. A match covers the whole current text of the name: the marks and
	 * tatweel inside it and the marks on its last letter.
	 */
	private searchSpace(quote: AnchorQuote): SearchSpace {
		const needle = fold(quote.text, EQUIVALENT_FOLD).text;
		const folded = this.folded();
		if (needle.length === 0 || (needle === quote.text && folded.origin === undefined)) {
			return this.exactSpace(quote);
		}
		return {
			text: folded.text,
			needle,
			at: (offset) => this.foldedOffset(offset),
			range: (found) => this.originalRange(found, found + needle.length),
		};
	}

	private folded(): FoldedText {
		this.foldedArticle ??= fold(this.text, EQUIVALENT_FOLD);
		return this.foldedArticle;
	}

	/** The offset in the folded article of the first unit at or after `offset` of the article. */
	private foldedOffset(offset: number): number {
		const origin = this.folded().origin;
		if (origin === undefined) {
			return Math.max(0, Math.min(offset, this.text.length));
		}
		return countBelow(origin, offset);
	}

	/**
	 * The article range [from, to) of the folded article stands for: up to the next character kept
	 * by the fold, so the marks and tatweel after its last letter come with it. Undefined when it
	 * would cut a character from its combining marks (or a surrogate pair).
	 */
	private originalRange(from: number, to: number): [number, number] | undefined {
		const { origin, text } = this.folded();
		if (origin === undefined) {
			return isBoundaryPair(this.text, from, to) ? [from, to] : undefined;
		}
		const start = origin[from];
		const end = to < text.length ? origin[to] : this.text.length;
		if (end <= start || continuesCharacter(this.text, start) || continuesCharacter(this.text, end) || !isBoundaryPair(this.text, start, end)) {
			return undefined;
		}
		return [start, end];
	}

	/** Step 2: occurrences of the needle, nearest windows first, then (budget allowing) the whole text. */
	private searchExact(quote: AnchorQuote, space: SearchSpace): AnchorMatch | undefined {
		const center = quote.start + this.shift;
		const spaceCenter = space.at(center);
		const length = space.text.length;
		let best: ScoredCandidate | undefined;
		for (const radius of [...WINDOW_RADII, Infinity]) {
			const whole = radius === Infinity || (spaceCenter - radius <= 0 && spaceCenter + space.needle.length + radius >= length);
			if (whole) {
				if (this.certainOnly) {
					if (this.certainScanBudget <= 0) {
						break;
					}
					this.certainScanBudget -= length;
				} else {
					if (this.scanBudget <= 0) {
						break;
					}
					this.scanBudget -= length;
				}
				this.scannedWholeText = true;
			}
			const from = whole ? 0 : Math.max(0, spaceCenter - radius);
			const to = whole ? length : Math.min(length, spaceCenter + space.needle.length + radius);
			// Windows grow 16-fold, so rescanning the inner part costs little; the nearest
			// candidates were scored in the smaller windows and stay in `best`.
			best = this.bestOf(best, this.scoreOccurrences(quote, space, from, to, center));
			if (whole || (best !== undefined && best.context >= GOOD_CONTEXT)) {
				break;
			}
		}
		if (best === undefined || best.context < this.options.minContext) {
			return undefined;
		}
		if (this.certainOnly && (best.context < GOOD_CONTEXT || best.tied)) {
			return undefined; // would need review: left for the second pass
		}
		if (best.context < WEAK_CONTEXT && !this.isOnlyFreeOccurrence(quote, space)) {
			return undefined;
		}
		const method: AnchorMethod = best.start === quote.start ? 'position' : 'quote';
		const text = this.text.slice(best.start, best.end);
		return { ok: true, start: best.start, end: best.end, text, method, score: best.score, needsReview: best.context < GOOD_CONTEXT || best.tied };
	}

	/** True when exactly one occurrence of the needle in the whole text is free for this group (budgeted scan). */
	private isOnlyFreeOccurrence(quote: AnchorQuote, space: SearchSpace): boolean {
		if (this.scanBudget <= 0) {
			return false;
		}
		this.scanBudget -= space.text.length;
		let free = 0;
		for (let found = space.text.indexOf(space.needle); found >= 0; found = space.text.indexOf(space.needle, found + 1)) {
			const range = space.range(found);
			if (range !== undefined && this.isFree(quote, range[0], range[1]) && !this.cutsWord(quote, range[0], range[1]) && ++free > 1) {
				return false;
			}
		}
		return free === 1;
	}

	/** Occurrences of the needle within [from, to) of the space, scored (`center`: in the article). */
	private scoreOccurrences(quote: AnchorQuote, space: SearchSpace, from: number, to: number, center: number): ScoredCandidate | undefined {
		let best: ScoredCandidate | undefined;
		let seen = 0;
		// Searching a slice (O(1) to make in V8) keeps each window's cost to the window: indexOf on
		// the whole text would run to its end whenever the quote is not in the window.
		const window = from === 0 && to === space.text.length ? space.text : space.text.slice(from, to);
		for (let found = window.indexOf(space.needle); found >= 0; found = window.indexOf(space.needle, found + 1)) {
			this.sawQuote = true;
			if (++seen > MAX_CANDIDATES_PER_WINDOW) {
				break;
			}
			const range = space.range(from + found);
			if (range === undefined) {
				continue;
			}
			const [start, end] = range;
			if (!this.isFree(quote, start, end)) {
				continue;
			}
			if (this.cutsWord(quote, start, end)) {
				// «Niger» at the start of «Nigeria»: not the name; a whole-word occurrence, or the
				// approximate search, may still find it.
				this.sawInsideWord = true;
				continue;
			}
			const context = this.contextScore(quote, start, end);
			const candidate = { start, end, context, score: combinedScore(1, context, start, center, this.text.length), tied: false };
			best = this.bestOf(best, candidate);
		}
		return best;
	}

	private bestOf(a: ScoredCandidate | undefined, b: ScoredCandidate | undefined): ScoredCandidate | undefined {
		if (a === undefined || b === undefined) {
			return a ?? b;
		}
		if (a.start === b.start) {
			return a;
		}
		if (Math.abs(a.score - b.score) < 1e-9) {
			return { ...a, tied: true };
		}
		return a.score > b.score ? a : b;
	}

	/**
	 * Step 3: edit-distance search in a window around the expected position, over the folded
	 * article and quote (see `searchSpace`): harakat or NFD accents besides the corrected
	 * letters are no errors, and a match takes the marks of its letters along.
	 */
	private searchFuzzy(quote: AnchorQuote): AnchorMatch | undefined {
		const needle = fold(quote.text, EQUIVALENT_FOLD).text;
		const length = needle.length;
		// Changed text is only believable with stored context to confirm the place.
		const hasContext = (quote.prefix?.length ?? 0) + (quote.suffix?.length ?? 0) > 0;
		if (length < MIN_FUZZY_LENGTH || length > MAX_FUZZY_LENGTH || !hasContext) {
			return undefined;
		}
		const maxErrors = Math.max(1, Math.floor(length * MAX_FUZZY_ERROR_RATE));
		const haystack = this.folded().text;
		const center = quote.start + this.shift;
		const foldedCenter = this.foldedOffset(center);
		const foldedStored = this.foldedOffset(quote.start);
		const radius = Math.max(512, 8 * length);
		// Around the expected position, and around the stored one when that is elsewhere.
		const windows = [[foldedCenter - radius, foldedCenter + length + radius]];
		if (Math.abs(foldedStored - foldedCenter) > 2 * radius) {
			windows.push([foldedStored - radius, foldedStored + length + radius]);
		} else {
			windows[0] = [Math.min(foldedCenter, foldedStored) - radius, Math.max(foldedCenter, foldedStored) + length + radius];
		}
		const suffix = quote.suffix ?? '';
		const wholeWordEnd = WORD_CHARACTER.test(needle[length - 1]) && (suffix.length === 0 || !WORD_CHARACTER.test(suffix[0]));
		const found: ApproximateMatch[] = [];
		for (const [low, high] of windows) {
			const from = Math.max(0, low);
			const to = Math.min(haystack.length, high);
			const cells = (to - from) * length;
			if (to - from < length - maxErrors || cells > this.fuzzyBudget) {
				continue;
			}
			this.fuzzyBudget -= cells;
			found.push(...approximateMatches(needle, haystack, from, to, maxErrors, wholeWordEnd));
		}
		const foldedErrors = (start: number, end: number) => levenshtein(needle, fold(this.text.slice(start, end), EQUIVALENT_FOLD).text);
		let best: ScoredCandidate | undefined;
		for (const candidate of found) {
			let errors = candidate.errors;
			const range = this.fuzzyRange(quote, candidate.start, candidate.end);
			let [start, end] = range;
			if (range[2]) {
				errors = foldedErrors(start, end);
				this.fuzzyBudget -= length * (end - start);
				if (errors > maxErrors) {
					continue;
				}
			}
			if (end > start && this.cutsWord(quote, start, end)) {
				// Part of a longer word: only the whole word can be the name, if it is still close enough.
				const widened = this.widenToWord(quote, start, end);
				errors = foldedErrors(widened[0], widened[1]);
				this.fuzzyBudget -= length * (widened[1] - widened[0]);
				if (errors > maxErrors) {
					continue;
				}
				[start, end] = widened;
			}
			if (end <= start || !this.isFree(quote, start, end)) {
				continue;
			}
			const context = this.contextScore(quote, start, end);
			const similarity = 1 - errors / length;
			const score = combinedScore(similarity, context, start, center, this.text.length);
			if (best === undefined || score > best.score) {
				best = { start, end, context, score, tied: false };
			}
		}
		// Changed text is only believable where the surroundings still agree.
		if (best === undefined || best.context < Math.max(0.5, this.options.minContext)) {
			return undefined;
		}
		const newText = this.text.slice(best.start, best.end);
		if (newText === quote.text) {
			return match(best.start, newText, best.start === quote.start ? 'position' : 'quote', best.score, best.context < GOOD_CONTEXT);
		}
		return { ok: true, start: best.start, end: best.end, text: newText, method: 'fuzzy', score: best.score, needsReview: true };
	}

	/**
	 * The article range an approximate match [from, to) of the folded article stands for, never
	 * starting on a combining mark (one after a space, say: it belongs to what precedes it) nor
	 * ending before one (it belongs to the last letter), unless the quote did when made. `moved`:
	 * the range holds more or less than the match (its errors are to be counted again).
	 */
	private fuzzyRange(quote: AnchorQuote, from: number, to: number): [start: number, end: number, moved: boolean] {
		const { origin, text } = this.folded();
		const [mappedStart, mappedEnd] = origin === undefined ? [from, to] : [origin[from], to < text.length ? origin[to] : this.text.length];
		let start = mappedStart;
		let end = mappedEnd;
		if (!STARTS_WITH_MARK.test(quote.text)) {
			while (start < end && continuesCharacter(this.text, start)) start++;
		}
		if (!STARTS_WITH_MARK.test(quote.suffix ?? '')) {
			while (end < this.text.length && end - mappedEnd < 64 && continuesCharacter(this.text, end)) end++;
		}
		[start, end] = widenToCodePoints(this.text, start, end);
		return [start, end, start !== mappedStart || end !== mappedEnd];
	}

	/**
	 * Whether [start, end) would cut a word the quote did not cut where it was made: a letter (with
	 * any marks on it) before, or a letter or combining mark after, an edge where the quote begins
	 * (ends) with a letter, while the stored context had none there («Niger» at the start of
	 * «Nigeria»). A name written against a
	 * proclitic (its prefix ends with «و») may still be. Without stored context at an edge, nothing
	 * is known and that edge is not checked.
	 */
	private cutsWord(quote: AnchorQuote, start: number, end: number): boolean {
		const prefix = quote.prefix ?? '';
		const suffix = quote.suffix ?? '';
		const cutAtStart =
			prefix.length > 0 && start > 0 && LETTER.test(quote.text[0]) && this.letterEndsAt(start) && !LETTER_OR_MARK.test(prefix[prefix.length - 1]);
		if (cutAtStart) {
			return true;
		}
		return (
			suffix.length > 0 && end < this.text.length && LETTER_OR_MARK.test(quote.text[quote.text.length - 1]) && LETTER_OR_MARK.test(this.text[end]) && !LETTER_OR_MARK.test(suffix[0])
		);
	}

	/** Whether a letter, with any marks on it, ends right before `at` (a mark after a space belongs to no word). */
	private letterEndsAt(at: number): boolean {
		let base = at - 1;
		while (base > 0 && at - base < 64 && continuesCharacter(this.text, base)) base--;
		return LETTER.test(this.text[base]);
	}

	/** [start, end) widened over the letters and marks of the word(s) it cuts (at most 64 units each side). */
	private widenToWord(quote: AnchorQuote, start: number, end: number): [number, number] {
		let from = start;
		let to = end;
		if (this.cutsWord({ ...quote, suffix: '' }, start, end)) {
			while (from > 0 && start - from < 64 && LETTER_OR_MARK.test(this.text[from - 1])) from--;
		}
		if (this.cutsWord({ ...quote, prefix: '' }, start, end)) {
			while (to < this.text.length && to - end < 64 && LETTER_OR_MARK.test(this.text[to])) to++;
		}
		return widenToCodePoints(this.text, from, to);
	}

	private sliceIs(start: number, quote: string): boolean {
		return start >= 0 && start + quote.length <= this.text.length && this.text.startsWith(quote, start);
	}

	private isFree(quote: AnchorQuote, start: number, end: number): boolean {
		return this.taken.get(quote.group ?? '')?.has(rangeKey(start, end)) !== true;
	}

	/**
	 * How well the text around [start, end) matches the stored context, 0..1: edit similarity of
	 * the stored prefix with the text before, and of the suffix with the text after, weighted by
	 * their lengths. No stored context counts as agreeing (nothing contradicts the match). Compared
	 * as a reader sees them (`EQUIVALENT_FOLD`): harakat added around a name, or the article saved
	 * in NFD, do not make its surroundings disagree.
	 */
	contextScore(quote: Pick<AnchorQuote, 'prefix' | 'suffix'>, start: number, end: number): number {
		const prefix = quote.prefix ?? '';
		const suffix = quote.suffix ?? '';
		if (prefix.length + suffix.length === 0) {
			return 1;
		}
		// Equal strings (the common case) skip folding and the edit-distance table.
		if (this.text.startsWith(suffix, end) && start >= prefix.length && this.text.startsWith(prefix, start - prefix.length)) {
			return 1;
		}
		const foldedPrefix = this.foldedContext(prefix);
		const foldedSuffix = this.foldedContext(suffix);
		if (foldedPrefix.length + foldedSuffix.length === 0) {
			return 1;
		}
		const { text } = this.folded();
		const from = this.foldedOffset(start);
		const to = this.foldedOffset(end);
		const before = text.slice(Math.max(0, from - foldedPrefix.length), from);
		const after = text.slice(to, to + foldedSuffix.length);
		return Math.max(0, (agreement(foldedPrefix, before) + agreement(foldedSuffix, after)) / (foldedPrefix.length + foldedSuffix.length));
	}

	private foldedContext(context: string): string {
		let folded = this.foldedContexts.get(context);
		if (folded === undefined) {
			folded = fold(context, EQUIVALENT_FOLD).text;
			if (this.foldedContexts.size > 64) {
				this.foldedContexts.clear();
			}
			this.foldedContexts.set(context, folded);
		}
		return folded;
	}
}

/** How much of a stored context the text found agrees with, in units (its length when equal). */
function agreement(stored: string, found: string): number {
	return stored.length === 0 ? 0 : found === stored ? stored.length : stored.length - boundedDistance(stored, found);
}

/** Where a quote is looked for: the article, or the article folded (see `searchSpace`). */
interface SearchSpace {
	readonly text: string;
	readonly needle: string;
	/** The offset in `text` of an offset of the article. */
	at(offset: number): number;
	/** The article range an occurrence at `found` in `text` stands for; undefined when it would cut a character. */
	range(found: number): [number, number] | undefined;
}

interface ScoredCandidate {
	readonly start: number;
	readonly end: number;
	readonly context: number;
	readonly score: number;
	/** Another candidate scored exactly the same. */
	readonly tied: boolean;
}

function match(start: number, text: string, method: AnchorMethod, score: number, needsReview: boolean): AnchorMatch {
	return { ok: true, start, end: start + text.length, text, method, score, needsReview };
}

/** One number for a range (offsets stay far below 2^26 under the size caps, so this is exact). */
function rangeKey(start: number, end: number): number {
	return start * 0x4000000 + end;
}

/** Quote 50%, context 40%, closeness 10% (Hypothesis weighs quote 50, prefix 20, suffix 20, position 2). */
function combinedScore(similarity: number, context: number, at: number, center: number, textLength: number): number {
	const closeness = 1 - Math.min(1, Math.abs(at - center) / Math.max(1, textLength));
	return 0.5 * similarity + 0.4 * context + 0.1 * closeness;
}

function shortQuote(text: string): string {
	const cut = text.length > 40 ? `${text.slice(0, 40)}…` : text;
	let shown = '';
	for (const character of cut) {
		shown += character === '\r' || character === '\n' || character === '\t' ? ' ' : character;
	}
	return `«${shown}»`;
}

/** False when the range would split a surrogate pair at either end. */
function isBoundaryPair(text: string, start: number, end: number): boolean {
	return !isLowSurrogateAfterHigh(text, start) && !isLowSurrogateAfterHigh(text, end);
}

function isLowSurrogateAfterHigh(text: string, index: number): boolean {
	const unit = text.charCodeAt(index);
	const previous = text.charCodeAt(index - 1);
	return unit >= 0xdc00 && unit <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff;
}

/** Moves the ends outward so the range does not split a surrogate pair. */
function widenToCodePoints(text: string, start: number, end: number): [number, number] {
	return [isLowSurrogateAfterHigh(text, start) ? start - 1 : start, isLowSurrogateAfterHigh(text, end) ? end + 1 : end];
}

// ---------------------------------------------------------------------------------------------
// Edit distances

const distanceRow = new Int32Array(2 * 64 + 2);

/**
 * Levenshtein distance of two short strings (context quotes, ≤ 64 units used), O(a × b) with
 * one reused row. Longer inputs are compared on their first 64 units.
 */
export function boundedDistance(a: string, b: string): number {
	const n = Math.min(a.length, 64);
	const m = Math.min(b.length, 64);
	if (n === 0 || m === 0) {
		return Math.max(n, m);
	}
	const row = distanceRow;
	for (let j = 0; j <= m; j++) {
		row[j] = j;
	}
	for (let i = 1; i <= n; i++) {
		let diagonal = row[0];
		row[0] = i;
		const unit = a.charCodeAt(i - 1);
		for (let j = 1; j <= m; j++) {
			const above = row[j];
			const cost = unit === b.charCodeAt(j - 1) ? diagonal : diagonal + 1;
			row[j] = Math.min(cost, above + 1, row[j - 1] + 1);
			diagonal = above;
		}
	}
	return row[m];
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
const LETTER = /\p{L}/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const STARTS_WITH_MARK = /^\p{M}/u;

/** Levenshtein distance of two strings of any length (for fuzzy matches widened to a word: ≤ a few hundred units). */
function levenshtein(a: string, b: string): number {
	let row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const next = [i];
		for (let j = 1; j <= b.length; j++) {
			next[j] = Math.min(row[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1), row[j] + 1, next[j - 1] + 1);
		}
		row = next;
	}
	return row[b.length];
}

/** Whether `end` falls at the end of a word of `text` (or is no word's inside). */
function endsWord(text: string, end: number): boolean {
	return end >= text.length || end === 0 || !WORD_CHARACTER.test(text[end]) || !WORD_CHARACTER.test(text[end - 1]);
}

export interface ApproximateMatch {
	readonly start: number;
	readonly end: number;
	readonly errors: number;
}

/**
 * Substrings of `text[from, to)` within `maxErrors` edits of `pattern` (Sellers' semi-global
 * edit distance: the match may start anywhere). Each cell carries the start of its best
 * alignment, preferring matches on ties so starts are tight. Consecutive end positions within
 * the limit describe one place; for each such run the alignment with the fewest errors (the
 * first, on ties) is returned. `wholeWordEnd`: the pattern ended a word where it was quoted, so on
 * ties an end at a word's end is preferred («Tebboune» found in «Tebbounne», not as «Tebboun»).
 * O((to - from) × pattern length).
 */
export function approximateMatches(pattern: string, text: string, from: number, to: number, maxErrors: number, wholeWordEnd = false): ApproximateMatch[] {
	const m = pattern.length;
	let cost = new Int32Array(m + 1);
	let startOf = new Int32Array(m + 1);
	let nextCost = new Int32Array(m + 1);
	let nextStart = new Int32Array(m + 1);
	for (let i = 0; i <= m; i++) {
		cost[i] = i;
		startOf[i] = from;
	}
	const found: ApproximateMatch[] = [];
	let runBest: ApproximateMatch | undefined;
	for (let j = from; j < to; j++) {
		const unit = text.charCodeAt(j);
		nextCost[0] = 0;
		nextStart[0] = j + 1;
		for (let i = 1; i <= m; i++) {
			const diagonal = cost[i - 1] + (pattern.charCodeAt(i - 1) === unit ? 0 : 1);
			const skipText = cost[i] + 1; // text character not in the pattern
			const skipPattern = nextCost[i - 1] + 1; // pattern character missing from the text
			if (diagonal <= skipText && diagonal <= skipPattern) {
				nextCost[i] = diagonal;
				nextStart[i] = startOf[i - 1];
			} else if (skipText <= skipPattern) {
				nextCost[i] = skipText;
				nextStart[i] = startOf[i];
			} else {
				nextCost[i] = skipPattern;
				nextStart[i] = nextStart[i - 1];
			}
		}
		const errors = nextCost[m];
		if (errors <= maxErrors) {
			if (runBest === undefined || errors < runBest.errors || (wholeWordEnd && errors === runBest.errors && !endsWord(text, runBest.end) && endsWord(text, j + 1))) {
				runBest = { start: nextStart[m], end: j + 1, errors };
			}
		} else if (runBest !== undefined) {
			found.push(runBest);
			runBest = undefined;
		}
		[cost, nextCost] = [nextCost, cost];
		[startOf, nextStart] = [nextStart, startOf];
	}
	if (runBest !== undefined) {
		found.push(runBest);
	}
	return found;
}

// ---------------------------------------------------------------------------------------------
// Re-placing orphans by hand

export interface PlacementCandidate {
	readonly start: number;
	readonly end: number;
	readonly text: string;
	/** 0..1, best first. */
	readonly score: number;
}

/** At most this many occurrences are scored when proposing places (a word like "a" in 5 MB). */
const MAX_CANDIDATES_SCORED = 5_000;

/**
 * Places an orphan could go, best first, for the "re-place" command's pick list: exact
 * occurrences of its text ranked by context, then (if none) the best approximate match near its
 * old position. The person chooses; nothing is placed here.
 */
export function findOrphanCandidates(
	orphan: Pick<AnchorQuote, 'text' | 'prefix' | 'suffix' | 'start' | 'end'>,
	text: string,
	limit = 5,
): PlacementCandidate[] {
	if (orphan.text.length === 0) {
		return [];
	}
	const anchorer = new Anchorer(text, { fuzzy: true });
	const candidates: PlacementCandidate[] = [];
	let seen = 0;
	for (let at = text.indexOf(orphan.text); at >= 0 && seen < MAX_CANDIDATES_SCORED; at = text.indexOf(orphan.text, at + 1)) {
		seen++;
		if (isBoundaryPair(text, at, at + orphan.text.length)) {
			const context = anchorer.contextScore(orphan, at, at + orphan.text.length);
			candidates.push({ start: at, end: at + orphan.text.length, text: orphan.text, score: combinedScore(1, context, at, orphan.start, text.length) });
		}
	}
	if (candidates.length === 0) {
		const fuzzy = anchorer.anchor({ ...orphan, group: undefined });
		if (fuzzy.ok) {
			candidates.push({ start: fuzzy.start, end: fuzzy.end, text: fuzzy.text, score: fuzzy.score });
		}
	}
	return candidates.sort((a, b) => b.score - a.score || a.start - b.start).slice(0, limit);
}

/** Why a range cannot hold an annotation, or undefined when it can. */
export function checkRange(text: string, start: number, end: number): string | undefined {
	if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
		return `the range [${start}, ${end}) is outside the text`;
	}
	if (end <= start) {
		return 'the range is empty';
	}
	if (!isBoundaryPair(text, start, end)) {
		return 'the range would split a character in two';
	}
	return undefined;
}

/**
 * The "re-place" command: puts an orphan on the range the person chose. The annotation keeps its
 * id, type, status and other fields; its text becomes the chosen slice (the person decides that
 * it is the same entity, even if it is spelled differently now).
 */
export function replaceOrphan(
	orphan: OrphanedAnnotation,
	range: { readonly start: number; readonly end: number },
	text: string,
): { ok: true; annotation: Annotation } | { ok: false; reason: string } {
	const problem = checkRange(text, range.start, range.end);
	if (problem !== undefined) {
		return { ok: false, reason: problem };
	}
	const { reason: _reason, ...rest } = orphan as OrphanedAnnotation & { prefix?: string; suffix?: string };
	const { prefix: _prefix, suffix: _suffix, ...annotation } = rest as typeof rest & { prefix?: string; suffix?: string };
	return { ok: true, annotation: { ...annotation, start: range.start, end: range.end, text: text.slice(range.start, range.end) } };
}
