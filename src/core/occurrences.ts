import type { TextRange } from './types';

/**
 * Finds every occurrence of a name in a text as a person would tag it: whole words only, and in
 * Arabic also when the name carries attached proclitics (و ف ب ك ل, and ل+ال contracted to لل),
 * which stay outside the returned range. Arabic is compared without what writers add or leave
 * out at will (harakat, tatweel, the hamza or madda on an alef: `foldName`); a range covers the
 * marks the text has. A name with accented letters is also found written in the other canonical
 * form (NFC or NFD). Linear in the text length: one indexOf scan per form.
 */
export function findOccurrences(text: string, name: string): TextRange[] {
	// Accented letters composed or not (NFC, NFD: macOS and some editors save the latter) are the same name.
	const composed = name.normalize('NFC');
	const forms = new Set([name, composed, composed.normalize('NFD')]);
	if (forms.size === 1) {
		return findForm(text, name);
	}
	const found = [...forms].flatMap((form) => findForm(text, form)).sort((a, b) => a.start - b.start || a.end - b.end);
	return found.filter((range, i) => i === 0 || range.start !== found[i - 1].start || range.end !== found[i - 1].end);
}

/**
 * Names up to which `findEachOccurrences` searches for each: a search is a native scan, many times
 * cheaper per unit than a step of the automaton, which wins only for many names.
 */
const ONE_PASS_ABOVE = 100;

/**
 * `findOccurrences` of each of many names, the same ranges in the same order, in one pass over
 * the text (`NameFinder`) instead of one search of the whole text per name: the whole-article
 * pass asked for a thousand names of a long article a thousand times.
 */
export function findEachOccurrences(text: string, names: Iterable<string>): Map<string, TextRange[]> {
	const distinct = [...new Set(names)];
	if (distinct.length <= ONE_PASS_ABOVE) {
		return new Map(distinct.map((name) => [name, findOccurrences(text, name)]));
	}
	const found = new Map<string, TextRange[]>(distinct.map((name) => [name, []]));
	for (const hit of new NameFinder(distinct).find(text)) {
		found.get(distinct[hit.name])!.push({ start: hit.start, end: hit.end });
	}
	for (const [name, ranges] of found) {
		if (ranges.length > 1) {
			ranges.sort((a, b) => a.start - b.start || a.end - b.end);
			found.set(name, ranges.filter((range, i) => i === 0 || range.start !== ranges[i - 1].start || range.end !== ranges[i - 1].end));
		}
	}
	return found;
}

function findForm(text: string, name: string): TextRange[] {
	// Trimmed once folded too: a tatweel or a mark alone («ـ محمد») leaves a space behind.
	const needle = foldName(name).trim();
	if (needle.length === 0) {
		return [];
	}
	const folded = foldedHaystack(text);
	const found = isArabicLetter(needle.charCodeAt(0)) ? findArabic(folded.text, needle) : findWholeWords(folded.text, needle);
	return folded.origin ? found.map((range) => originalRange(text, folded.origin!, range)) : found;
}

/** A text with Arabic's optional marks left out, and where each of its units was in the original. */
export interface FoldedText {
	readonly source: string;
	readonly text: string;
	/**
	 * origin[i] is the original offset of text[i] (folded canonically: of the character it belongs
	 * to, its combining marks included); absent when the text is the original, unit for unit.
	 */
	readonly origin: Int32Array | undefined;
}

export interface FoldOptions {
	/**
	 * Canonically equivalent spellings fold alike (NFC and NFD: «é» and «e» + U+0301): each
	 * character is composed with its combining marks before the optional marks are left out.
	 */
	readonly canonical?: boolean;
	/** Alef with hamza, madda or wasla as a bare alef (default true). */
	readonly alefs?: boolean;
}

/** Harakat, Quranic annotation marks and tatweel: written or not, the word is the same. */
export function isOptionalArabicMark(unit: number): boolean {
	return (unit >= 0x64b && unit <= 0x65f) || unit === 0x640 || unit === 0x670 || (unit >= 0x610 && unit <= 0x61a) || (unit >= 0x6d6 && unit <= 0x6dc) || (unit >= 0x6df && unit <= 0x6e4) || unit === 0x6e7 || unit === 0x6e8 || (unit >= 0x6ea && unit <= 0x6ed);
}

/** Alef with hamza above or below, with madda, wasla: news writes «أحمد» and «احمد» alike. */
function isAlefVariant(unit: number): boolean {
	return unit === 0x623 || unit === 0x625 || unit === 0x622 || unit === 0x671;
}

const ALEF_VARIANTS = /[\u0622\u0623\u0625\u0671]/g;

/**
 * `text` without what writers add or leave out at will (harakat, tatweel; by default the hamza or
 * madda on an alef), with the offsets of its units in `text`. Linear in the text's length.
 */
export function fold(text: string, options: FoldOptions = {}): FoldedText {
	if (options.canonical === true) {
		return foldCanonically(text, options.alefs ?? true);
	}
	let firstMark = -1;
	let hasAlefVariant = false;
	for (let at = 0; at < text.length; at++) {
		const unit = text.charCodeAt(at);
		if (unit >= 0x610 && unit <= 0x6ed) {
			if (isOptionalArabicMark(unit)) {
				firstMark = at;
				break;
			}
			hasAlefVariant ||= isAlefVariant(unit);
		}
	}
	if (firstMark < 0) {
		// Same length: offsets need no map.
		return { source: text, text: hasAlefVariant ? text.replace(ALEF_VARIANTS, 'ا') : text, origin: undefined };
	}
	// Runs between marks are copied whole; the alefs are folded once over the result.
	const runs: string[] = [];
	const origin = new Int32Array(text.length);
	let length = 0;
	let runStart = 0;
	for (let at = 0; at < text.length; at++) {
		const unit = text.charCodeAt(at);
		if (unit >= 0x610 && unit <= 0x6ed && isOptionalArabicMark(unit)) {
			if (at > runStart) {
				runs.push(text.slice(runStart, at));
			}
			runStart = at + 1;
			continue;
		}
		origin[length++] = at;
	}
	runs.push(text.slice(runStart));
	return { source: text, text: runs.join('').replace(ALEF_VARIANTS, 'ا'), origin: origin.subarray(0, length) };
}

// What canonical folding does with a UTF-16 unit of the BMP, worked out the first time it is met.
const KIND_KNOWN = 1;
/** A combining mark (or a Hangul vowel or final jamo): part of the character before it. */
const KIND_CONTINUES = 2;
/** Changes under NFC even alone (the Ångström sign, the Greek question mark...). */
const KIND_UNSTABLE = 4;
/** Left out: an optional Arabic mark or tatweel. */
const KIND_OPTIONAL = 8;
const unitKinds = new Uint8Array(0x10000);
const astralKinds = new Map<number, number>();
const COMBINING = /^\p{M}$/u;

function kindOfCharacter(character: string, codePoint: number): number {
	let kind = KIND_KNOWN;
	if (COMBINING.test(character) || (codePoint >= 0x1160 && codePoint <= 0x11ff)) {
		kind |= KIND_CONTINUES;
	}
	if (character.normalize('NFC') !== character) {
		kind |= KIND_UNSTABLE;
	}
	if (codePoint <= 0xffff && isOptionalArabicMark(codePoint)) {
		kind |= KIND_OPTIONAL;
	}
	return kind;
}

/** The kind of the character starting at `at` (a unit below U+0300 is a plain starter: 1). */
function kindAt(text: string, at: number): number {
	const unit = text.charCodeAt(at);
	if (unit < 0x300) {
		return KIND_KNOWN;
	}
	if (unit >= 0xd800 && unit <= 0xdbff) {
		const codePoint = text.codePointAt(at)!;
		if (codePoint > 0xffff) {
			let kind = astralKinds.get(codePoint);
			if (kind === undefined) {
				kind = kindOfCharacter(String.fromCodePoint(codePoint), codePoint);
				astralKinds.set(codePoint, kind);
			}
			return kind;
		}
	}
	let kind = unitKinds[unit];
	if (kind === 0) {
		kind = unit >= 0xd800 && unit <= 0xdfff ? KIND_KNOWN : kindOfCharacter(String.fromCharCode(unit), unit);
		unitKinds[unit] = kind;
	}
	return kind;
}

/** 2 for a surrogate pair, else 1. */
function widthAt(text: string, at: number): number {
	const unit = text.charCodeAt(at);
	return unit >= 0xd800 && unit <= 0xdbff && text.codePointAt(at)! > 0xffff ? 2 : 1;
}

/** Whether the character at `at` is a combining mark, part of the character before it. */
export function continuesCharacter(text: string, at: number): boolean {
	return at > 0 && at < text.length && (kindAt(text, at) & KIND_CONTINUES) !== 0;
}

/**
 * `fold` with canonical equivalence: the text is cut into characters (a starter and the combining
 * marks after it); a character with marks, or one NFC changes, is composed (NFC), then its
 * optional Arabic marks and tatweel are left out. Units of a changed character all point to where
 * it began.
 */
function foldCanonically(text: string, alefs: boolean): FoldedText {
	let first = 0;
	while (first < text.length && (kindAt(text, first) & (KIND_CONTINUES | KIND_UNSTABLE | KIND_OPTIONAL)) === 0) {
		first++;
	}
	if (first === text.length) {
		return { source: text, text: alefs ? text.replace(ALEF_VARIANTS, 'ا') : text, origin: undefined };
	}
	// Written unit by unit into arrays (no string per character); NFC may lengthen a character
	// (U+0958 becomes two units), so they grow as needed.
	let units = new Uint16Array(text.length + 16);
	let origin = new Int32Array(text.length + 16);
	let length = 0;
	let changed = false;
	let at = 0;
	while (at < text.length) {
		const unit = text.charCodeAt(at);
		if (unit < 0x300 && (at + 1 === text.length || text.charCodeAt(at + 1) < 0x300) && length < units.length) {
			// The common case: a character below U+0300 with no mark after it.
			units[length] = unit;
			origin[length++] = at++;
			continue;
		}
		const start = at;
		let kinds = kindAt(text, at);
		at += widthAt(text, at);
		let marks = false;
		let composable = false;
		while (at < text.length && text.charCodeAt(at) >= 0x300) {
			const kind = kindAt(text, at);
			if ((kind & KIND_CONTINUES) === 0) {
				break;
			}
			kinds |= kind;
			marks = true;
			// Optional marks are simply left out, but for the hamza and madda that compose with an alef.
			composable ||= (kind & KIND_OPTIONAL) === 0 || (text.charCodeAt(at) >= 0x653 && text.charCodeAt(at) <= 0x655);
			at += widthAt(text, at);
		}
		let folded: string | undefined;
		if (marks || (kinds & (KIND_UNSTABLE | KIND_OPTIONAL)) !== 0) {
			if ((kinds & KIND_UNSTABLE) === 0 && !composable) {
				// A letter with harakat only: the letter (or nothing, for a tatweel).
				folded = (kindAt(text, start) & KIND_OPTIONAL) === 0 ? text.slice(start, start + widthAt(text, start)) : '';
			} else {
				const composed = text.slice(start, at).normalize('NFC');
				folded = '';
				for (let k = 0; k < composed.length; k++) {
					if (!isOptionalArabicMark(composed.charCodeAt(k))) {
						folded += composed[k];
					}
				}
			}
			changed ||= folded.length !== at - start || !text.startsWith(folded, start);
		}
		const added = folded === undefined ? at - start : folded.length;
		if (length + added > units.length) {
			const larger = Math.max(2 * units.length, length + added);
			units = grown(units, new Uint16Array(larger));
			origin = grown(origin, new Int32Array(larger));
		}
		for (let k = 0; k < added; k++) {
			// Units of a changed character all point to where it began.
			units[length] = folded === undefined ? text.charCodeAt(start + k) : folded.charCodeAt(k);
			origin[length++] = folded === undefined ? start + k : start;
		}
	}
	if (!changed) {
		return { source: text, text: alefs ? text.replace(ALEF_VARIANTS, 'ا') : text, origin: undefined };
	}
	// (A lone surrogate, never in text read from UTF-8, would become U+FFFD: one unit all the same.)
	const joined = UTF16.decode(units.subarray(0, length));
	return { source: text, text: alefs ? joined.replace(ALEF_VARIANTS, 'ا') : joined, origin: origin.subarray(0, length) };
}

const UTF16 = new TextDecoder('utf-16le');

function grown<T extends Uint16Array | Int32Array>(from: T, to: T): T {
	to.set(from);
	return to;
}

/**
 * A name as searches and rejections compare it: Arabic without harakat and tatweel, its alefs
 * bare (the string a person sees as the same name). Other scripts are left as they are.
 */
export function foldName(name: string): string {
	return fold(name).text;
}

/**
 * The name a learned name's hit «لX» stands for when it is the ل + ال contraction («للجزائر»
 * highlights «لجزائر» for a learned «الجزائر»): «الX». Undefined for other keys. Only for hits of
 * learned names: a detected «لحسن» (the given name Lahcen) is not «الحسن».
 */
export function withArticleRestored(key: string): string | undefined {
	return key.length > 1 && key.charCodeAt(0) === LAM && key.charCodeAt(1) !== LAM && isArabicLetter(key.charCodeAt(1)) ? `ا${key}` : undefined;
}

/** The last text searched: the whole-article pass and the memory search look in one text many times. */
let lastHaystack: FoldedText | undefined;

function foldedHaystack(text: string): FoldedText {
	if (lastHaystack?.source !== text) {
		lastHaystack = fold(text);
	}
	return lastHaystack;
}

/** A range of the folded text in the original, with the marks that follow its last letter. */
function originalRange(original: string, origin: Int32Array, range: TextRange): TextRange {
	let end = origin[range.end - 1] + 1;
	while (end < original.length && isOptionalArabicMark(original.charCodeAt(end))) {
		end++;
	}
	return { start: origin[range.start], end };
}

const WAW = 0x648;
const FA = 0x641;
const BA = 0x628;
const KAF = 0x643;
const LAM = 0x644;
const ALEF = 0x627;

export function isArabicLetter(unit: number): boolean {
	return (unit >= 0x620 && unit <= 0x64a) || (unit >= 0x66e && unit <= 0x6d3) || unit === 0x6d5 || (unit >= 0x6fa && unit <= 0x6ff) || (unit >= 0x750 && unit <= 0x77f);
}

/** Letters, digits and combining marks of any script continue a word. */
function isWordUnit(unit: number): boolean {
	if ((unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a) || unit === 0x5f) {
		return true;
	}
	if (unit < 0xc0) {
		return false;
	}
	// Arabic diacritics and tatweel belong to the word they sit on.
	if ((unit >= 0x610 && unit <= 0x61a) || (unit >= 0x64b && unit <= 0x65f) || unit === 0x670 || unit === 0x640) {
		return true;
	}
	return /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(unit));
}

/**
 * Whether the character starting at `at` continues a word. A character outside the BMP
 * (mathematical letters «𝐒», historic scripts) is judged whole, not by its surrogate halves.
 */
function isWordCharAt(text: string, at: number): boolean {
	const unit = text.charCodeAt(at);
	return unit >= 0xd800 && unit <= 0xdbff ? /[\p{L}\p{N}\p{M}]/u.test(String.fromCodePoint(text.codePointAt(at) ?? unit)) : isWordUnit(unit);
}

/** Whether the character that ends right before `at` continues a word. */
function isWordCharBefore(text: string, at: number): boolean {
	const unit = text.charCodeAt(at - 1);
	const pairStart = unit >= 0xdc00 && unit <= 0xdfff && at >= 2 && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;
	return isWordCharAt(text, pairStart ? at - 2 : at - 1);
}

function needsBoundaries(needle: string): { left: boolean; right: boolean } {
	return { left: isWordCharAt(needle, 0), right: isWordCharBefore(needle, needle.length) };
}

/** Whether a Latin-script (or any non-Arabic) needle found at `at` stands as whole words. */
function isWholeWordsAt(text: string, at: number, length: number, left: boolean, right: boolean): boolean {
	const end = at + length;
	return !((left && at > 0 && isWordCharBefore(text, at)) || (right && end < text.length && isWordCharAt(text, end)));
}

function findWholeWords(text: string, needle: string): TextRange[] {
	const found: TextRange[] = [];
	const { left, right } = needsBoundaries(needle);
	for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
		if (isWholeWordsAt(text, at, needle.length, left, right)) {
			found.push({ start: at, end: at + needle.length });
		}
	}
	return found;
}

/**
 * True when text[from, to) is a run of proclitics that may precede a name: an optional
 * conjunction (و or ف) then an optional preposition (ب ك ل), each a single letter.
 */
function isProcliticRun(text: string, from: number, to: number): boolean {
	let at = from;
	if (at < to && (text.charCodeAt(at) === WAW || text.charCodeAt(at) === FA)) {
		at++;
	}
	if (at < to && (text.charCodeAt(at) === BA || text.charCodeAt(at) === KAF || text.charCodeAt(at) === LAM)) {
		at++;
	}
	return at === to;
}

/**
 * True when the word that ends at `at` (the letters right before a candidate name) is empty or
 * consists only of proclitics, so the name starts a word once they are peeled off.
 */
function onlyProcliticsBefore(text: string, at: number): boolean {
	let wordStart = at;
	while (wordStart > 0 && isWordCharBefore(text, wordStart)) {
		wordStart--;
		if (at - wordStart > 2) {
			return false;
		}
	}
	return isProcliticRun(text, wordStart, at);
}

/**
 * Where an Arabic name found at `at` (its article's alef left out when `hasArticle`: see
 * `arabicSearchKey`) starts once its proclitics are peeled off, or -1 when the match is inside
 * another word.
 */
function arabicStartAt(text: string, at: number, length: number, hasArticle: boolean): number {
	const end = at + length;
	if (end < text.length && isWordCharAt(text, end)) {
		return -1;
	}
	if (!hasArticle) {
		return onlyProcliticsBefore(text, at) ? at : -1;
	}
	if (at > 0 && text.charCodeAt(at - 1) === ALEF) {
		// Full article: proclitics may precede the alef.
		return onlyProcliticsBefore(text, at - 1) ? at - 1 : -1;
	}
	// لل contraction: the first ل is the preposition, the name keeps the second one.
	return at > 0 && text.charCodeAt(at - 1) === LAM && onlyProcliticsBefore(text, at) ? at : -1;
}

/**
 * What to search for an Arabic name: with the article, ل + ال contracts to لل, so the name is
 * searched without its alef and both forms hit.
 */
function arabicSearchKey(needle: string): { key: string; hasArticle: boolean } {
	const hasArticle = needle.length > 2 && needle.charCodeAt(0) === ALEF && needle.charCodeAt(1) === LAM;
	return { key: hasArticle ? needle.slice(1) : needle, hasArticle };
}

function findArabic(text: string, needle: string): TextRange[] {
	const found: TextRange[] = [];
	const { key, hasArticle } = arabicSearchKey(needle);
	for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
		const start = arabicStartAt(text, at, key.length, hasArticle);
		if (start >= 0) {
			found.push({ start, end: at + key.length });
		}
	}
	return found;
}

/** One way a name is written, as the automaton of `NameFinder` meets it. */
interface NamePattern {
	/** Index of the name among those the finder was built with. */
	readonly name: number;
	readonly length: number;
	readonly arabic: boolean;
	readonly hasArticle: boolean;
	readonly left: boolean;
	readonly right: boolean;
}

export interface NameHit extends TextRange {
	/** Index of the name among those the finder was built with. */
	readonly name: number;
}

/**
 * Finds many names in a text at once, by the rules of `findOccurrences` (and each name also in
 * its decomposed form, NFD, as macOS copies often save accented text). One pass of an
 * Aho–Corasick automaton over UTF-16 units: the cost is the text's length plus the hits, where a
 * search per name costs names × text (seconds for thousands of learned names in a long article).
 */
export class NameFinder {
	/** Transitions, keyed node × 0x10000 + unit: one map instead of one per node. */
	private readonly edges = new Map<number, number>();
	/** The root's transitions by unit (0: none), where the scan spends most of its steps. */
	private readonly fromRoot = new Int32Array(0x10000);
	private readonly patterns: NamePattern[][] = [[]];
	private fail = new Int32Array(1);
	/** The nearest node down the failure chain that ends a pattern, or 0. */
	private nextOutput = new Int32Array(1);

	constructor(names: readonly string[]) {
		names.forEach((name, index) => {
			const written = name.trim();
			const composed = written.normalize('NFC');
			// as written too, when that is neither form (as findOccurrences looks for it)
			for (const form of new Set([written, composed, composed.normalize('NFD')])) {
				this.add(foldName(form).trim(), index);
			}
		});
		this.link();
	}

	get isEmpty(): boolean {
		return this.patterns.length === 1;
	}

	/** Every occurrence of every name, ordered by where it ends (then by name). */
	find(text: string): NameHit[] {
		const hits: NameHit[] = [];
		if (this.isEmpty) {
			return hits;
		}
		const folded = foldedHaystack(text);
		const haystack = folded.text;
		let node = 0;
		for (let at = 0; at < haystack.length; at++) {
			const unit = haystack.charCodeAt(at);
			let next = node === 0 ? undefined : this.edges.get(node * 0x10000 + unit);
			while (next === undefined && node !== 0) {
				node = this.fail[node];
				next = node === 0 ? undefined : this.edges.get(node * 0x10000 + unit);
			}
			node = next ?? this.fromRoot[unit];
			for (let output = this.patterns[node].length > 0 ? node : this.nextOutput[node]; output !== 0; output = this.nextOutput[output]) {
				for (const pattern of this.patterns[output]) {
					const found = at + 1 - pattern.length;
					const start = pattern.arabic ? arabicStartAt(haystack, found, pattern.length, pattern.hasArticle) : isWholeWordsAt(haystack, found, pattern.length, pattern.left, pattern.right) ? found : -1;
					if (start >= 0) {
						const range = folded.origin ? originalRange(text, folded.origin, { start, end: at + 1 }) : { start, end: at + 1 };
						hits.push({ start: range.start, end: range.end, name: pattern.name });
					}
				}
			}
		}
		return hits;
	}

	private add(needle: string, name: number): void {
		if (needle.length === 0) {
			return;
		}
		const arabic = isArabicLetter(needle.charCodeAt(0));
		const { key, hasArticle } = arabic ? arabicSearchKey(needle) : { key: needle, hasArticle: false };
		const { left, right } = needsBoundaries(needle);
		let node = 0;
		for (let at = 0; at < key.length; at++) {
			const edge = node * 0x10000 + key.charCodeAt(at);
			let next = this.edges.get(edge);
			if (next === undefined) {
				next = this.patterns.length;
				this.patterns.push([]);
				this.edges.set(edge, next);
				if (node === 0) {
					this.fromRoot[key.charCodeAt(at)] = next;
				}
			}
			node = next;
		}
		const same = (p: NamePattern) => p.name === name && p.length === key.length && p.arabic === arabic && p.hasArticle === hasArticle;
		if (!this.patterns[node].some(same)) {
			this.patterns[node].push({ name, length: key.length, arabic, hasArticle, left, right });
		}
	}

	/** Failure links, breadth first, as Aho and Corasick build them. */
	private link(): void {
		const nodes = this.patterns.length;
		this.fail = new Int32Array(nodes);
		this.nextOutput = new Int32Array(nodes);
		const children: [number, number][][] = Array.from({ length: nodes }, () => []);
		for (const [edge, child] of this.edges) {
			children[Math.floor(edge / 0x10000)].push([edge % 0x10000, child]);
		}
		const queue: number[] = children[0].map(([, child]) => child);
		for (let head = 0; head < queue.length; head++) {
			const node = queue[head];
			for (const [unit, child] of children[node]) {
				let fallback = this.fail[node];
				let target = this.edges.get(fallback * 0x10000 + unit);
				while (target === undefined && fallback !== 0) {
					fallback = this.fail[fallback];
					target = this.edges.get(fallback * 0x10000 + unit);
				}
				const failure = target ?? 0;
				this.fail[child] = failure;
				this.nextOutput[child] = this.patterns[failure].length > 0 ? failure : this.nextOutput[failure];
				queue.push(child);
			}
		}
	}
}
