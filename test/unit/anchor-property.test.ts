/**
 * Property test of issue 3: thousands of random edit sequences (inserts, deletes, replacements,
 * inside, at the edges of and across entities, in Arabic and French text), applied
 *  - live, as VS Code change events through `applyContentChanges` (dropped entities become
 *    orphans), and
 *  - as an outside change: the sidecar saved before the edits is loaded against the edited text
 *    and re-anchored by `bindSidecar`.
 * No annotation may ever be lost (each comes out exactly once, placed or orphaned) and every
 * placed one must slice to its stored text. The test prints how many sequences it tried and how
 * many annotations were lost (must be 0), and how often both ways agree on the position.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotation, OrphanedAnnotation } from '../../src/core/annotation';
import { applyContentChanges, type ContentChange } from '../../src/core/shift';
import { bindSidecar, orphanFromDropped, unbindAnnotations } from '../../src/core/sidecar/bind';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar/codec';
import { Random } from './support/random';
import { ARABIC_ARTICLE, ARABIC_ENTITIES, FRENCH_ARTICLE, FRENCH_ENTITIES, occurrences } from './support/texts';

const LABELS = ['PER', 'ORG', 'LOC', 'DATE', 'MISC'];
const SEQUENCES = 2000;

const FRENCH_INSERTS = ['le ', 'la ', ' et ', "l'", 'président ', 'Alger', 'Tebboune', ', ', '. ', 'é', 'ç', 'Moscou ', 'hier ', '« ', ' »', '\n', '—', 'Abdelmadjid', '😀', '12 '];
const ARABIC_INSERTS = ['في ', 'و', 'ال', 'الجزائر', 'تبون', '، ', '. ', 'رئيس ', 'موسكو ', 'ـ', 'َ', '\n', '🇩🇿', 'لافروف', ' قد ', 'ب', '2025'];

interface Case {
	readonly text: string;
	readonly inserts: readonly string[];
	readonly entities: ReadonlyArray<readonly [string, string]>;
}

const CASES: Case[] = [
	{ text: FRENCH_ARTICLE, inserts: FRENCH_INSERTS, entities: FRENCH_ENTITIES },
	{ text: ARABIC_ARTICLE, inserts: ARABIC_INSERTS, entities: ARABIC_ENTITIES },
	{ text: FRENCH_ARTICLE.replace(/\n/g, '\r\n'), inserts: FRENCH_INSERTS, entities: FRENCH_ENTITIES },
	{ text: `${ARABIC_ARTICLE}\n${FRENCH_ARTICLE}`, inserts: [...ARABIC_INSERTS, ...FRENCH_INSERTS], entities: [...ARABIC_ENTITIES, ...FRENCH_ENTITIES] },
];

/** Moves an offset off the second half of a surrogate pair (VS Code never splits a character). */
function onBoundary(text: string, offset: number): number {
	const unit = text.charCodeAt(offset);
	const previous = text.charCodeAt(offset - 1);
	return unit >= 0xdc00 && unit <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff ? offset - 1 : offset;
}

/** A random edit of `text`, often aimed at an entity: inside it, at an edge, across an edge, or over it. */
function randomEdit(random: Random, text: string, targets: readonly Annotation[], inserts: readonly string[]): { start: number; end: number; text: string } {
	const target = targets.length > 0 && random.chance(0.7) ? random.pick(targets) : undefined;
	let start: number;
	let end: number;
	if (target === undefined) {
		start = random.int(0, text.length);
		end = Math.min(text.length, start + (random.chance(0.4) ? 0 : random.int(1, 20)));
	} else {
		switch (random.int(0, 4)) {
			case 0: // strictly inside
				start = random.int(target.start + 1, Math.max(target.start + 1, target.end - 1));
				end = Math.min(target.end - 1, start + random.int(0, 2));
				break;
			case 1: // at an edge
				start = end = random.chance(0.5) ? target.start : target.end;
				if (random.chance(0.5)) end = Math.min(text.length, end + random.int(1, 3));
				break;
			case 2: // across an edge
				start = Math.max(0, target.start - random.int(1, 6));
				end = random.int(target.start + 1, target.end);
				break;
			case 3: // over the whole entity
				start = Math.max(0, target.start - random.int(0, 3));
				end = Math.min(text.length, target.end + random.int(0, 3));
				break;
			default: // just before it
				end = target.start;
				start = Math.max(0, end - random.int(0, 8));
		}
	}
	start = onBoundary(text, Math.max(0, Math.min(start, text.length)));
	end = onBoundary(text, Math.max(start, Math.min(end, text.length)));
	const kind = random.int(0, 2); // 0 insert, 1 delete, 2 replace
	let inserted = '';
	if (kind !== 1) {
		for (let i = random.int(1, 3); i > 0; i--) inserted += random.pick(inserts);
	}
	if (kind === 0) end = start;
	return { start, end, text: inserted };
}

/** Several non-overlapping changes relative to the same text, as one multi-cursor event. */
function randomEvent(random: Random, text: string, targets: readonly Annotation[], inserts: readonly string[]): ContentChange[] {
	const count = random.chance(0.2) ? random.int(2, 3) : 1;
	const edits: Array<{ start: number; end: number; text: string }> = [];
	for (let attempt = 0; attempt < count * 4 && edits.length < count; attempt++) {
		const edit = randomEdit(random, text, targets, inserts);
		const overlaps = edits.some((other) => edit.start < other.end && other.start < edit.end) || edits.some((other) => edit.start === other.start || edit.end === other.end);
		if (!overlaps) edits.push(edit);
	}
	// VS Code usually sends them in descending order; shuffle to prove the order does not matter.
	const changes = edits.map((edit) => ({ rangeOffset: edit.start, rangeLength: edit.end - edit.start, text: edit.text }));
	return random.chance(0.5) ? changes.reverse() : changes;
}

function applyChanges(text: string, changes: readonly ContentChange[]): string {
	return [...changes]
		.sort((a, b) => b.rangeOffset - a.rangeOffset)
		.reduce((current, change) => current.slice(0, change.rangeOffset) + change.text + current.slice(change.rangeOffset + change.rangeLength), text);
}

interface Tally {
	sequences: number;
	annotations: number;
	lost: number;
	misplaced: number;
	liveKeptUnchanged: number;
	outsideAgreesWithLive: number;
	outsideOrphaned: number;
	liveDropped: number;
}

/** Checks one final state: every id exactly once, every placed one slicing to its text. Returns ids lost. */
function audit(label: string, text: string, ids: ReadonlySet<string>, placed: readonly Annotation[], orphans: readonly OrphanedAnnotation[], tally: Tally): void {
	const seen = new Map<string, number>();
	for (const item of [...placed, ...orphans]) {
		seen.set(item.id, (seen.get(item.id) ?? 0) + 1);
	}
	for (const id of ids) {
		if (seen.get(id) !== 1) {
			tally.lost++;
			assert.fail(`${label}: annotation ${id} appears ${seen.get(id) ?? 0} times`);
		}
	}
	assert.equal(seen.size, ids.size, `${label}: no annotation invented`);
	for (const annotation of placed) {
		if (text.slice(annotation.start, annotation.end) !== annotation.text || annotation.start >= annotation.end) {
			tally.misplaced++;
			assert.fail(`${label}: ${annotation.id} at [${annotation.start}, ${annotation.end}) reads ${JSON.stringify(text.slice(annotation.start, annotation.end))}, not ${JSON.stringify(annotation.text)}`);
		}
	}
}

function runSequence(random: Random, sequence: number, tally: Tally): void {
	const article = random.pick(CASES);
	const initial: Annotation[] = occurrences(article.text, article.entities)
		.filter(() => random.chance(0.6))
		.map((found, index) => ({ id: `s${sequence}-${index}`, type: found.type, start: found.start, end: found.end, text: found.text, status: random.chance(0.8) ? 'accepted' : 'rejected' }));
	const ids = new Set(initial.map((annotation) => annotation.id));
	tally.annotations += initial.length;

	// The sidecar as saved before the edits (through the file format).
	const savedText = serializeSidecar(unbindAnnotations({ annotations: initial, orphans: [], articleText: article.text, documentName: 'article.txt' }));
	const saved = parseSidecar(savedText);
	assert.ok(saved.ok);

	// Live: change events one after the other.
	let text = article.text;
	let live = initial;
	const liveOrphans: OrphanedAnnotation[] = [];
	const touched = new Set<string>();
	for (let step = random.int(1, 6); step > 0; step--) {
		const changes = randomEvent(random, text, live, article.inserts);
		const result = applyContentChanges(live, changes);
		for (const changed of result.changed) touched.add(changed.id);
		for (const dropped of result.dropped) {
			touched.add(dropped.id);
			liveOrphans.push(orphanFromDropped(dropped, text));
		}
		text = applyChanges(text, changes);
		live = result.annotations;
		audit(`sequence ${sequence} live`, text, ids, live, liveOrphans, tally);
	}
	tally.liveDropped += liveOrphans.length;

	// Outside: the old sidecar against the edited text.
	const bound = bindSidecar(saved.sidecar, text, { labels: LABELS });
	audit(`sequence ${sequence} outside`, text, ids, bound.annotations, bound.orphans, tally);
	tally.outsideOrphaned += bound.orphans.length;
	const outsideById = new Map(bound.annotations.map((annotation) => [annotation.id, annotation]));
	for (const annotation of live) {
		if (!touched.has(annotation.id)) {
			tally.liveKeptUnchanged++;
			const outside = outsideById.get(annotation.id);
			if (outside !== undefined && outside.start === annotation.start && outside.end === annotation.end) {
				tally.outsideAgreesWithLive++;
			}
		}
	}

	// The live state saved and loaded again comes back exactly (orphans included).
	const resaved = parseSidecar(serializeSidecar(unbindAnnotations({ annotations: live, orphans: liveOrphans, articleText: text, documentName: 'article.txt' })));
	assert.ok(resaved.ok);
	const reloaded = bindSidecar(resaved.sidecar, text, { labels: LABELS });
	audit(`sequence ${sequence} reload`, text, ids, reloaded.annotations, reloaded.orphans, tally);
	assert.equal(reloaded.hashMatched, true);
	assert.equal(reloaded.annotations.length, live.length);
	tally.sequences++;
}

describe('anchoring property', () => {
	it('never loses an annotation over thousands of random edit sequences, live or as outside changes', () => {
		const random = new Random(0x5eed2025);
		const tally: Tally = { sequences: 0, annotations: 0, lost: 0, misplaced: 0, liveKeptUnchanged: 0, outsideAgreesWithLive: 0, outsideOrphaned: 0, liveDropped: 0 };
		const started = performance.now();
		for (let sequence = 0; sequence < SEQUENCES; sequence++) {
			runSequence(random, sequence, tally);
		}
		const agreement = tally.outsideAgreesWithLive / Math.max(1, tally.liveKeptUnchanged);
		console.log(`sequences tried: ${tally.sequences}, annotations lost: ${tally.lost}`);
		console.log(
			`  annotations: ${tally.annotations}, misplaced: ${tally.misplaced}, dropped by live edits (kept as orphans): ${tally.liveDropped}, ` +
				`orphaned by re-anchoring: ${tally.outsideOrphaned}, re-anchoring agrees with live tracking on untouched ones: ${(agreement * 100).toFixed(2)}%, ` +
				`${Math.round(performance.now() - started)} ms`,
		);
		assert.equal(tally.sequences, SEQUENCES);
		assert.equal(tally.lost, 0);
		assert.equal(tally.misplaced, 0);
		assert.ok(agreement > 0.97, `re-anchoring should find untouched annotations where live tracking put them (${agreement})`);
	});
});

/** Harakat, shadda, sukun and the superscript alef: what a writer may add to an Arabic letter. */
const OPTIONAL_MARKS = ['\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u064b', '\u064c', '\u064d', '\u0670'];

/**
 * The article as another editor may save it without a reader seeing a difference: each character
 * decomposed (NFD) or not, harakat and tatweel after Arabic letters. `offsets[i]` is where the
 * character at i of `text` begins in the result (`offsets[text.length]` its end).
 */
function rewrittenAlike(random: Random, text: string): { text: string; offsets: number[] } {
	const decompose = random.chance(0.5);
	const offsets: number[] = [];
	let out = '';
	for (let at = 0; at < text.length; at++) {
		offsets.push(out.length);
		const unit = text.charCodeAt(at);
		if (unit >= 0xd800 && unit <= 0xdbff) {
			out += text[at];
			continue; // its low surrogate follows
		}
		out += decompose ? text[at].normalize('NFD') : text[at];
		if (unit >= 0x621 && unit <= 0x64a && unit !== 0x640) {
			if (random.chance(0.3)) out += random.pick(OPTIONAL_MARKS);
			if (random.chance(0.1)) out += 'ـ';
		}
	}
	offsets.push(out.length);
	return { text: out, offsets };
}

describe('anchoring property: the same letters written differently', () => {
	it('places every annotation again, on the same mention and not for review, after NFD, harakat and tatweel (either way)', () => {
		const random = new Random(0x0f01d);
		let placed = 0;
		for (let sequence = 0; sequence < 300; sequence++) {
			const article = random.pick(CASES);
			const rewritten = rewrittenAlike(random, article.text);
			// Tagged in the plain text and loaded against the rewritten one, or the other way round.
			const forward = random.chance(0.5);
			const [from, to] = forward ? [article.text, rewritten.text] : [rewritten.text, article.text];
			const map = (offset: number) => (forward ? rewritten.offsets[offset] : offset);
			const unmap = (offset: number) => (forward ? offset : rewritten.offsets[offset]);
			const mentions = occurrences(article.text, article.entities).filter(() => random.chance(0.5));
			const annotations: Annotation[] = mentions.map((found, index) => ({
				id: `r${sequence}-${index}`,
				type: found.type,
				start: unmap(found.start),
				end: unmap(found.end),
				text: from.slice(unmap(found.start), unmap(found.end)),
				status: 'accepted',
			}));
			const saved = parseSidecar(serializeSidecar(unbindAnnotations({ annotations, orphans: [], articleText: from, documentName: 'article.txt' })));
			assert.ok(saved.ok);
			const bound = bindSidecar(saved.sidecar, to, { labels: LABELS });
			assert.deepEqual(bound.orphans.map((orphan) => `${orphan.text}: ${orphan.reason}`), [], `sequence ${sequence}`);
			const byId = new Map(bound.annotations.map((annotation) => [annotation.id, annotation]));
			mentions.forEach((found, index) => {
				const annotation = byId.get(`r${sequence}-${index}`);
				const expected = { start: map(found.start), end: map(found.end) };
				assert.deepEqual(annotation && { start: annotation.start, end: annotation.end }, expected, `sequence ${sequence}: ${found.text} ${forward} ${JSON.stringify(to.slice(expected.start - 3, expected.end + 3))} ${JSON.stringify(annotation?.text)}`);
				assert.equal(annotation?.text, to.slice(expected.start, expected.end));
			});
			assert.deepEqual(bound.moves.filter((move) => move.needsReview).map((move) => move.id), [], `sequence ${sequence}: nothing to review`);
			placed += mentions.length;
		}
		assert.ok(placed > 1000, `annotations placed: ${placed}`);
	});
});
