/**
 * How far two sets of entity annotations of the same text agree: two annotators, two branches of
 * a corpus, or a person and the detector. Pairwise F1 is the usual agreement measure for named
 * entities (Hripcsak & Rothschild 2005: kappa needs the count of non-entities, which spans do not
 * have); Cohen's kappa is also given over tokens, each labelled with the type of the entity
 * covering it or O, as INCEpTION and most corpus papers report it.
 *
 * Offsets are whatever unit the caller uses for both sides (the CLI uses UTF-16 as loaded and
 * prints code points); nothing here depends on it.
 */
import { tokenize } from './detect/tokenize';
import { lastAtOrBelow } from './sortedSearch';

export interface LabeledSpan {
	readonly start: number;
	readonly end: number;
	readonly type: string;
	readonly text: string;
}

/** Counts of one type (or of all types together). */
export interface AgreementCounts {
	/** Spans both sides hold with the same start, end and type. */
	both: number;
	onlyA: number;
	onlyB: number;
	/** Spans of A that overlap a span of B of the same type (strict matches included). */
	overlapA: number;
	/** Spans of B that overlap a span of A of the same type. */
	overlapB: number;
}

/** One place where the two sides differ: a span one side holds and the other does not (or types differ). */
export interface Disagreement {
	readonly start: number;
	readonly end: number;
	readonly text: string;
	/** The type A gave this exact span, if any. */
	readonly typeA?: string;
	readonly typeB?: string;
}

export interface ArticleAgreement {
	readonly byType: Map<string, AgreementCounts>;
	readonly disagreements: Disagreement[];
	/** Token labels (type or O) of both sides, for kappa. */
	readonly tokenPairs: Map<string, number>;
	readonly tokens: number;
}

export function emptyCounts(): AgreementCounts {
	return { both: 0, onlyA: 0, onlyB: 0, overlapA: 0, overlapB: 0 };
}

export function addCounts(into: AgreementCounts, add: AgreementCounts): void {
	into.both += add.both;
	into.onlyA += add.onlyA;
	into.onlyB += add.onlyB;
	into.overlapA += add.overlapA;
	into.overlapB += add.overlapB;
}

const spanKey = (span: { start: number; end: number }) => `${span.start}:${span.end}`;

/**
 * Whether a span overlaps one of the same type among `spans`, by a binary search (a scan of every
 * span of the other side for each span took minutes with 60,000 names a side): per type, the
 * starts in order and the largest end up to each; an overlap is a span starting before the
 * asked span ends whose end is past its start.
 */
function overlapFinder(spans: readonly LabeledSpan[]): (span: LabeledSpan) => boolean {
	const byType = new Map<string, { starts: number[]; maxEnds: number[] }>();
	for (const span of [...spans].sort((x, y) => x.start - y.start)) {
		let entry = byType.get(span.type);
		if (!entry) byType.set(span.type, (entry = { starts: [], maxEnds: [] }));
		entry.maxEnds.push(Math.max(span.end, entry.maxEnds[entry.maxEnds.length - 1] ?? -Infinity));
		entry.starts.push(span.start);
	}
	return (span) => {
		const entry = byType.get(span.type);
		if (!entry) return false;
		const last = lastAtOrBelow(entry.starts, span.end - 1);
		return entry.starts[last] < span.end && entry.maxEnds[last] > span.start;
	};
}

/** Compares the spans two sides hold on one text. */
export function compareAnnotations(text: string, a: readonly LabeledSpan[], b: readonly LabeledSpan[]): ArticleAgreement {
	const byType = new Map<string, AgreementCounts>();
	const countsOf = (type: string) => {
		let counts = byType.get(type);
		if (!counts) byType.set(type, (counts = emptyCounts()));
		return counts;
	};
	const strictB = new Set(b.map((span) => `${spanKey(span)}:${span.type}`));
	const strictA = new Set(a.map((span) => `${spanKey(span)}:${span.type}`));
	const overlapsB = overlapFinder(b);
	const overlapsA = overlapFinder(a);
	for (const span of a) {
		const counts = countsOf(span.type);
		if (strictB.has(`${spanKey(span)}:${span.type}`)) counts.both++;
		else counts.onlyA++;
		if (overlapsB(span)) counts.overlapA++;
	}
	for (const span of b) {
		const counts = countsOf(span.type);
		if (!strictA.has(`${spanKey(span)}:${span.type}`)) counts.onlyB++;
		if (overlapsA(span)) counts.overlapB++;
	}

	// Disagreements, one line per span (a span both hold with different types is one line).
	const places = new Map<string, { start: number; end: number; text: string; typeA?: string; typeB?: string }>();
	for (const [side, spans, other] of [['A', a, strictB], ['B', b, strictA]] as const) {
		for (const span of spans) {
			if (other.has(`${spanKey(span)}:${span.type}`)) continue;
			const place = places.get(spanKey(span)) ?? { start: span.start, end: span.end, text: span.text };
			if (side === 'A') place.typeA = place.typeA ? `${place.typeA}+${span.type}` : span.type;
			else place.typeB = place.typeB ? `${place.typeB}+${span.type}` : span.type;
			places.set(spanKey(span), place);
		}
	}
	const disagreements = [...places.values()].sort((x, y) => x.start - y.start || x.end - y.end);

	// Token labels: the type of the first span (by start) covering any part of the token.
	const tokenPairs = new Map<string, number>();
	const tokens = tokenize(text);
	const labelsOf = (spans: readonly LabeledSpan[]) => {
		const sorted = [...spans].sort((x, y) => x.start - y.start || x.end - y.end);
		const labels: string[] = [];
		let first = 0;
		for (const token of tokens) {
			while (first < sorted.length && sorted[first].end <= token.start) first++;
			let label = 'O';
			for (let i = first; i < sorted.length && sorted[i].start < token.end; i++) {
				if (sorted[i].end > token.start) {
					label = sorted[i].type;
					break;
				}
			}
			labels.push(label);
		}
		return labels;
	};
	const labelsA = labelsOf(a);
	const labelsB = labelsOf(b);
	for (let i = 0; i < tokens.length; i++) {
		const key = `${labelsA[i]}\t${labelsB[i]}`;
		tokenPairs.set(key, (tokenPairs.get(key) ?? 0) + 1);
	}
	return { byType, disagreements, tokenPairs, tokens: tokens.length };
}

/** Precision and recall of B against A, and their F1 (pairwise F1: symmetric in A and B). */
export function scores(counts: AgreementCounts): { strict: Score; overlap: Score } {
	const sizeA = counts.both + counts.onlyA;
	const sizeB = counts.both + counts.onlyB;
	return {
		strict: score(counts.both, sizeB, counts.both, sizeA),
		overlap: score(counts.overlapB, sizeB, counts.overlapA, sizeA),
	};
}

export interface Score {
	/** undefined when the side it divides by holds nothing (F1: when both do). */
	readonly precision?: number;
	readonly recall?: number;
	readonly f1?: number;
}

function score(matchedB: number, sizeB: number, matchedA: number, sizeA: number): Score {
	const precision = sizeB > 0 ? matchedB / sizeB : undefined;
	const recall = sizeA > 0 ? matchedA / sizeA : undefined;
	// One side holding names the other has none of agrees on nothing: F1 0, not unknown.
	const f1 = precision !== undefined && recall !== undefined ? (precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0) : sizeA + sizeB > 0 ? 0 : undefined;
	return { precision, recall, f1 };
}

/**
 * Cohen's kappa over pooled token label pairs ("A\tB" → count); undefined without tokens, and 1
 * when both sides label every token alike with one label (no chance agreement to correct).
 */
export function cohensKappa(pairs: ReadonlyMap<string, number>): number | undefined {
	let total = 0;
	let agreed = 0;
	const marginA = new Map<string, number>();
	const marginB = new Map<string, number>();
	for (const [key, count] of pairs) {
		const [labelA, labelB] = key.split('\t');
		total += count;
		if (labelA === labelB) agreed += count;
		marginA.set(labelA, (marginA.get(labelA) ?? 0) + count);
		marginB.set(labelB, (marginB.get(labelB) ?? 0) + count);
	}
	if (total === 0) return undefined;
	const observed = agreed / total;
	let expected = 0;
	for (const [label, count] of marginA) {
		expected += (count / total) * ((marginB.get(label) ?? 0) / total);
	}
	return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}

export function addPairs(into: Map<string, number>, add: ReadonlyMap<string, number>): void {
	for (const [key, count] of add) into.set(key, (into.get(key) ?? 0) + count);
}
