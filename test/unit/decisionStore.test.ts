import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotation, OrphanedAnnotation } from '../../src/core/annotation';
import { DecisionStore } from '../../src/core/decisionStore';
import { DocumentAnnotations } from '../../src/core/document';
import { applyContentChanges, type ContentChange } from '../../src/core/shift';
import type { DetectedEntity } from '../../src/core/types';
import { OffsetConverter } from '../../src/core/unicode';
import { ReadCounter } from './support/counting';
import { Random } from './support/random';

// Words of three scripts, non-BMP characters (an emoji, a ZWJ sequence, a mathematical letter) and CRLF line ends.
const WORDS = ['Samira', 'Benali', 'Oran', 'conseil', 'municipal', 'réunion', 'élu', 'مدينة', 'وهران', 'المجلس', 'البلدي', 'سميرة', 'بن', 'علي', 'port', 'Tlemcen', '🎉', '👩‍🔬', '𝒜lpha', 'année', 'Zyx'];
const TYPES = ['PER', 'ORG', 'LOC'];

function makeText(random: Random, words: number): string {
	const parts: string[] = [];
	for (let i = 0; i < words; i++) {
		parts.push(random.pick(WORDS));
		parts.push(random.chance(0.12) ? '\r\n' : random.chance(0.05) ? '\n' : ' ');
	}
	return parts.join('');
}

/** Decisions on words and on pairs of words: some nested, some on one span with two types. */
function makeDecisions(random: Random, text: string, count: number): Annotation[] {
	const words = [...text.matchAll(/[^\s]+/gu)];
	const out: Annotation[] = [];
	for (let i = 0; i < count; i++) {
		const k = random.int(0, words.length - 2);
		const start = words[k].index;
		const end = random.chance(0.15) ? words[k + 1].index + words[k + 1][0].length : start + words[k][0].length;
		out.push({ id: `d${i}`, type: random.pick(TYPES), start, end, text: text.slice(start, end), status: random.chance(0.2) ? 'rejected' : 'accepted', source: 'user' });
		if (random.chance(0.05)) {
			out.push({ id: `d${i}b`, type: random.pick(TYPES), start, end, text: text.slice(start, end), status: 'accepted', source: 'model' });
		}
	}
	return out;
}

function makeDetected(random: Random, text: string): DetectedEntity[] {
	const out: DetectedEntity[] = [];
	for (const word of text.matchAll(/[^\s]+/gu)) {
		if (random.chance(0.3)) {
			out.push({ start: word.index, end: word.index + word[0].length, type: random.pick(TYPES), text: word[0], confidence: 0.8, source: 'model' });
		}
	}
	return out;
}

const SNIPPETS = ['a', 'é', 'ن', 'ال', '🎉', '\r\n', ' ', 'Oran', 'مدينة ', '\r', '\n'];

/** One editor change event: a keystroke, a Backspace, a paste, several cursors, a moved line, a formatter. */
function randomEvent(random: Random, text: string, decisions: readonly Annotation[]): ContentChange[] {
	const anywhere = () => random.int(0, text.length);
	// near a decision's ends half the time: where the rules have their cases
	const place = () => {
		if (decisions.length === 0 || random.chance(0.5)) {
			return anywhere();
		}
		const decision = random.pick(decisions);
		return Math.min(text.length, Math.max(0, random.pick([decision.start, decision.end, decision.end - 1, decision.start + 1, random.int(decision.start, decision.end)])));
	};
	const kind = random.next();
	if (kind < 0.35) {
		return [{ rangeOffset: place(), rangeLength: 0, text: random.pick(SNIPPETS) }];
	}
	if (kind < 0.6) {
		const at = place();
		return [{ rangeOffset: Math.max(0, at - 1), rangeLength: Math.min(text.length - Math.max(0, at - 1), random.int(1, 4)), text: '' }];
	}
	if (kind < 0.7) {
		const at = place();
		const length = Math.min(text.length - at, random.int(0, 30));
		return [{ rangeOffset: at, rangeLength: length, text: random.chance(0.5) ? text.slice(at, at + length) : random.pick(SNIPPETS) }];
	}
	if (kind < 0.85) {
		// several cursors, or a change split in pieces; in any order
		const offsets = [...new Set(Array.from({ length: random.int(2, random.chance(0.2) ? 90 : 5) }, () => place()))].sort((a, b) => a - b);
		const changes: ContentChange[] = [];
		let last = -1;
		for (const at of offsets) {
			if (at <= last) {
				continue;
			}
			const length = Math.min(random.int(0, 3), text.length - at);
			const next = offsets.find((o) => o > at) ?? text.length;
			const cut = Math.min(length, next - at);
			changes.push({ rangeOffset: at, rangeLength: cut, text: random.chance(0.5) ? '' : random.pick(SNIPPETS) });
			last = at + cut;
		}
		return random.chance(0.5) ? changes.reverse() : random.shuffle(changes);
	}
	if (kind < 0.97) {
		// a line moved up or down (Alt+Up/Down): one change deletes it, another inserts it again
		const breaks = [...text.matchAll(/\r\n|\n|\r/g)].map((m) => m.index + m[0].length);
		if (breaks.length < 4) {
			return [{ rangeOffset: anywhere(), rangeLength: 0, text: 'x' }];
		}
		// to the next line, or dragged far away (past pieces of decisions the event does not reach)
		const i = random.int(0, breaks.length - 3);
		const line = text.slice(breaks[i], breaks[i + 1]);
		const to = breaks[random.chance(0.5) ? i + 2 : random.int(i + 2, breaks.length - 1)];
		return [
			{ rangeOffset: breaks[i], rangeLength: line.length, text: '' },
			{ rangeOffset: to, rangeLength: 0, text: line },
		];
	}
	// a formatter rewriting a paragraph the same
	const at = anywhere();
	const length = Math.min(text.length - at, 300);
	return [{ rangeOffset: at, rangeLength: length, text: text.slice(at, at + length) }];
}

/** The event with no offset inside a surrogate pair (an editor never splits one). */
function onCharacters(text: string, changes: readonly ContentChange[]): ContentChange[] {
	const converter = new OffsetConverter(text);
	const snap = (at: number) => (converter.isBoundary(at) ? at : at - 1);
	return changes.map((change) => {
		const start = snap(change.rangeOffset);
		return { rangeOffset: start, rangeLength: snap(change.rangeOffset + change.rangeLength) - start, text: change.text };
	});
}

function applyToText(text: string, changes: readonly ContentChange[]): string {
	for (const change of [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset)) {
		text = text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
	}
	return text;
}

const orphan = (annotation: Annotation): OrphanedAnnotation => ({ ...annotation, reason: 'deleted by an edit' });
const plain = (a: Annotation) => ({ id: a.id, type: a.type, status: a.status, start: a.start, end: a.end, text: a.text });
const byPosition = (a: Annotation, b: Annotation) => a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0);

for (const seed of [11, 2026, 90210]) {
	test(`decisions moved piece by piece agree with moving every one at absolute offsets (seed ${seed}; Arabic, emoji, CRLF)`, () => {
		const random = new Random(seed);
		let text = makeText(random, 1500);
		const decisions = makeDecisions(random, text, 700);
		const detected = makeDetected(random, text);
		// The reference: every decision moved by applyContentChanges at each event, then sorted (as before).
		const reference = new DocumentAnnotations(decisions);
		reference.setDetected(detected);
		const model = new DocumentAnnotations(decisions);
		model.setDetected(detected);
		let list: Annotation[] = [...decisions].sort(byPosition);
		const store = new DecisionStore(list, byPosition);
		const events = { one: 0, several: 0, replace: 0 };
		let changedCount = 0;
		for (let step = 0; step < 400; step++) {
			const changes = onCharacters(text, randomEvent(random, text, list));
			events[changes.length > 1 ? 'several' : changes[0].text.length > 0 && changes[0].rangeLength > 0 ? 'replace' : 'one']++;
			const before = text;
			const textBefore = (start: number, end: number) => before.slice(start, end);

			const expected = applyContentChanges(reference.annotations, changes, textBefore);
			const oldSet = new Set(reference.annotations);
			const expectedMoved = expected.annotations.some((a) => !oldSet.has(a));
			reference.applyShift(expected.annotations, expected.dropped.map(orphan), expected.changed, changes);

			const got = model.applyEdits(changes, orphan, textBefore);
			const gotStore = store.applyChanges(changes, textBefore);
			list = [...applyContentChanges(list, changes, textBefore).annotations].sort(byPosition);

			text = applyToText(text, changes);
			const edits = changes.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
			reference.shiftDetected(edits);
			model.shiftDetected(edits);

			changedCount += got.changed.length;
			const where = `step ${step}: ${JSON.stringify(changes).slice(0, 200)}`;
			assert.deepEqual(got.changed.map(plain), expected.changed.map(plain), where);
			assert.deepEqual(got.dropped.map(plain), expected.dropped.map(plain), where);
			assert.equal(got.moved, expectedMoved, where);
			assert.deepEqual(gotStore.changed.map(plain), expected.changed.map(plain), where);
			assert.deepEqual(gotStore.dropped.map(plain), expected.dropped.map(plain), where);
			assert.deepEqual(store.all().map(plain), list.map(plain), where);
			assert.equal(store.size, list.length, where);
			if (step % 25 === 0 || got.dropped.length > 0 || changes.length > 1) {
				assert.deepEqual(model.annotations.map(plain), reference.annotations.map(plain), where);
				assert.deepEqual(model.orphans.map(plain), reference.orphans.map(plain), where);
				assert.deepEqual(model.counts(), reference.counts(), where);
				assert.deepEqual(model.suggestions(), reference.suggestions(), where);
				// what the sidecar stores: code points, each slicing to the decision's text
				const converter = new OffsetConverter(text);
				const points = [...text];
				for (const annotation of model.annotations) {
					assert.equal(text.slice(annotation.start, annotation.end), annotation.text, where);
					assert.equal(points.slice(converter.toCodePoint(annotation.start), converter.toCodePoint(annotation.end)).join(''), annotation.text, where);
				}
			}
			// window queries (what the editor paints) with no whole list built before them
			const from = random.int(0, text.length);
			const to = from + random.int(0, 400);
			assert.deepEqual(model.visibleEntitiesIn(from, to), reference.visibleEntitiesIn(from, to), where);
			assert.deepEqual(
				store.within(from, to).map(plain),
				list.filter((a) => a.start < to && a.end > from).map(plain),
				where,
			);
		}
		// the sequence went through every case: names changed, cut, moved, several changes at once
		assert.ok(model.orphans.length > 0 && model.annotations.length > 100 && changedCount > 0 && events.several > 0 && events.replace > 0, `${model.orphans.length} orphans, ${model.annotations.length} placed, ${changedCount} changed, ${JSON.stringify(events)}`);
	});
}

test('a keystroke reads the decisions near it, not every decision of the article', () => {
	const counter = new ReadCounter();
	/** Reads of the decisions' offsets while one letter is typed in the middle of `n` decisions. */
	const typing = (n: number): number => {
		const decisions = Array.from({ length: n }, (_, i): Annotation => counter.watch({ id: `d${i}`, type: 'PER', start: i * 20, end: i * 20 + 5, text: 'Samir', status: 'accepted' }, (key) => key === 'start'));
		const model = new DocumentAnnotations(decisions);
		const middle = n * 10 + 7;
		return counter.during(() => {
			model.applyEdits([{ rangeOffset: middle, rangeLength: 0, text: 'a' }], orphan);
			model.applyEdits([{ rangeOffset: middle, rangeLength: 1, text: '' }], orphan);
		});
	};
	const small = typing(1000);
	const large = typing(20_000);
	// twenty times the decisions: about the same work (moving each one read all of them, 20 times as many)
	assert.ok(large < 3 * small, `${small} reads for 1000 decisions, ${large} for 20000`);
});

test('the counts after a keystroke look up the decisions near each suggestion, without copying every decision', () => {
	const counter = new ReadCounter();
	/** Reads of the decisions' offsets while the status bar's counts are taken again after one keystroke among `n` decisions. */
	const counting = (n: number): number => {
		const decisions = Array.from({ length: n }, (_, i): Annotation => counter.watch({ id: `d${i}`, type: 'PER', start: i * 20, end: i * 20 + 5, text: 'Samir', status: i % 10 === 9 ? 'rejected' : 'accepted' }, (key) => key === 'start'));
		const model = new DocumentAnnotations(decisions);
		// 100 suggestions spread over the article, between the decisions
		model.setDetected(Array.from({ length: 100 }, (_, k): DetectedEntity => ({ start: Math.floor((k * n) / 100) * 20 + 8, end: Math.floor((k * n) / 100) * 20 + 13, type: 'LOC', text: 'Oran', confidence: 0.9, source: 'model' })));
		model.counts();
		model.applyEdits([{ rangeOffset: n * 10 + 7, rangeLength: 0, text: 'a' }], orphan);
		return counter.during(() => assert.equal(model.counts().suggested, 100));
	};
	const small = counting(1000);
	const large = counting(20_000);
	assert.ok(large < 3 * small, `${small} reads for 1000 decisions, ${large} for 20000`);
});
