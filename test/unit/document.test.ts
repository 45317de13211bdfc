import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentAnnotations, normalizeEntityText } from '../../src/core/document';
import type { DetectedEntity } from '../../src/core/types';
import type { Annotation, OrphanedAnnotation } from '../../src/core/annotation';
import { isIndex, ReadCounter } from './support/counting';
import { editAsTheSession } from './support/edits';
import { Random } from './support/random';

const TEXT = 'Karim Haddad a reçu à Alger le ministre Youri Valyaev. Karim Haddad reviendra à Alger.';

function entity(text: string, type: string, occurrence = 0, source: DetectedEntity['source'] = 'model'): DetectedEntity {
	let start = -1;
	for (let i = 0; i <= occurrence; i++) {
		start = TEXT.indexOf(text, start + 1);
	}
	return { start, end: start + text.length, type, text, confidence: 0.9, source };
}

function model(): DocumentAnnotations {
	const annotations = new DocumentAnnotations();
	annotations.setDetected([entity('Karim Haddad', 'PER'), entity('Alger', 'LOC'), entity('Youri Valyaev', 'PER'), entity('Karim Haddad', 'PER', 1), entity('Alger', 'LOC', 1)]);
	return annotations;
}

/** The article's text as the person types into it, each edit applied to `annotations` as the session does. */
function typedArticle(annotations: DocumentAnnotations): { readonly text: string; type: (at: number, removed: number, inserted: string) => void } {
	let text = TEXT;
	return {
		get text() {
			return text;
		},
		type: (at, removed, inserted) => {
			text = editAsTheSession(annotations, text, [{ rangeOffset: at, rangeLength: removed, text: inserted }]);
		},
	};
}

test('accepting a suggestion stores a decision and shows it as accepted', () => {
	const annotations = model();
	const change = annotations.accept(annotations.suggestions()[0]);
	assert.equal(change.added.length, 1);
	assert.equal(change.added[0].status, 'accepted');
	assert.equal(change.added[0].text, 'Karim Haddad');
	const first = annotations.visibleEntities()[0];
	assert.equal(first.state, 'accepted');
	assert.equal(annotations.suggestions().length, 4);
});

test('rejecting hides the suggestion and every suggestion of the same string in the article', () => {
	const annotations = model();
	annotations.reject(annotations.suggestions()[0]);
	const shown = annotations.visibleEntities().map((e) => e.text);
	assert.deepEqual(shown, ['Alger', 'Youri Valyaev', 'Alger']);
	assert.equal(annotations.allEntities().filter((e) => e.state === 'rejected').length, 1);
});

test('a rejected string stays hidden elsewhere in the article after an edit cuts the rejected mention (an orphan now)', () => {
	const annotations = model();
	annotations.reject(annotations.suggestions()[0]);
	// delete "Haddad a " across the end of the first mention: the rejection becomes an orphan
	editAsTheSession(annotations, TEXT, [{ rangeOffset: 'Karim '.length, rangeLength: 'Haddad a '.length, text: '' }]);
	assert.deepEqual(annotations.orphans.map((orphan) => [orphan.text, orphan.status]), [['Karim Haddad', 'rejected']]);
	assert.deepEqual(annotations.suggestions().map((s) => s.text), ['Alger', 'Youri Valyaev', 'Alger']);
	assert.equal(annotations.counts().suggested, 3);
	// dropping the orphan for good is the person taking the rejection back
	annotations.dropOrphans([annotations.orphans[0].id]);
	assert.deepEqual(annotations.suggestions().map((s) => s.text), ['Alger', 'Youri Valyaev', 'Karim Haddad', 'Alger']);
});

test('retyping one of two readings kept for a span to the other\'s type leaves one decision, and undo brings both back', () => {
	const annotations = model();
	const span = entity('Youri Valyaev', 'PER');
	annotations.accept(span);
	// the same span suggested as an organisation too, and accepted as well: two readings kept
	annotations.accept({ ...span, type: 'ORG' });
	const readings = () => annotations.annotations.filter((a) => a.start === span.start && a.end === span.end).map((a) => `${a.type}:${a.status}`).sort();
	assert.deepEqual(readings(), ['ORG:accepted', 'PER:accepted']);
	const org = annotations.annotations.find((a) => a.type === 'ORG')!;
	const change = annotations.changeType(org.id, 'PER');
	assert.deepEqual(readings(), ['PER:accepted']);
	assert.equal(change.removed.length, 1, 'the duplicate is reported removed, so the sidecar may drop it');
	annotations.undo();
	assert.deepEqual(readings(), ['ORG:accepted', 'PER:accepted']);
});

test('a note is written on a decision, replaced, removed when only blanks are given, and each change undone', () => {
	const annotations = model();
	const accepted = annotations.accept(annotations.suggestions()[0]).added[0];
	const later = new Date('2026-12-06T05:00:00Z');
	const written = annotations.setNote(accepted.id, '  two ministers share this name \n', later);
	assert.equal(written.updated.length, 1, 'reported as an update, so the sidecar is written');
	assert.equal(annotations.annotations[0].note, 'two ministers share this name');
	assert.equal(annotations.annotations[0].modified, later.toISOString());
	assert.equal(annotations.setNote(accepted.id, 'two ministers share this name').updated.length, 0, 'the same note again changes nothing');
	annotations.setNote(accepted.id, 'the minister of energy');
	annotations.setNote(accepted.id, '   ');
	assert.equal('note' in annotations.annotations[0], false, 'a blank note removes the field');
	annotations.undo();
	assert.equal(annotations.annotations[0].note, 'the minister of energy');
	annotations.undo();
	assert.equal(annotations.annotations[0].note, 'two ministers share this name');
	assert.equal(annotations.setNote('no-such-id', 'x').updated.length, 0);
});

test('a suggestion rejected with a note is one change: the rejection holds the note, and one undo brings the suggestion back', () => {
	const annotations = model();
	const suggestion = annotations.suggestions()[1];
	const change = annotations.decideWithNote(suggestion, 'rejected', 'the city stands for the government here');
	assert.equal(change.added.length, 1);
	assert.deepEqual([change.added[0].text, change.added[0].status, change.added[0].note], ['Alger', 'rejected', 'the city stands for the government here']);
	assert.equal(annotations.decideWithNote(annotations.suggestions()[0], 'accepted', ' ').added[0].note, undefined, 'a blank note is none');
	annotations.undo();
	annotations.undo();
	assert.equal(annotations.annotations.length, 0);
	assert.equal(annotations.suggestions().length, 5);
});

test('several ranges tagged at once are one change: one undo takes them all back, and a range a later one overlaps is replaced', () => {
	const text = 'Karim Haddad a vu Oran et Alger puis Tlemcen.';
	const range = (name: string) => ({ range: { start: text.indexOf(name), end: text.indexOf(name) + name.length }, text: name });
	const annotations = new DocumentAnnotations();
	const tagged = annotations.tagEach([range('Oran'), range('Alger'), range('Tlemcen')], 'LOC');
	assert.deepEqual(tagged.added.map((a) => a.text), ['Oran', 'Alger', 'Tlemcen']);
	assert.deepEqual(annotations.annotations.map((a) => `${a.text}:${a.type}`), ['Oran:LOC', 'Alger:LOC', 'Tlemcen:LOC']);
	annotations.undo();
	assert.equal(annotations.annotations.length, 0, 'one undo for the three');
	assert.equal(annotations.canUndo, false);
	// «Haddad» then «Karim Haddad»: the wider one replaces the first, which the change neither adds nor removes
	const overlapping = annotations.tagEach([range('Haddad'), range('Karim Haddad')], 'PER');
	assert.deepEqual(overlapping.added.map((a) => a.text), ['Karim Haddad']);
	assert.deepEqual(overlapping.removed, []);
	assert.deepEqual(annotations.annotations.map((a) => a.text), ['Karim Haddad']);
});

test('several suggestions decided at once are one change: one undo brings them all back', () => {
	const annotations = model();
	const all = annotations.suggestions();
	const accepted = annotations.decideEach(all.filter((s) => s.type === 'PER'), 'accepted');
	assert.deepEqual(accepted.added.map((a) => a.text), ['Karim Haddad', 'Youri Valyaev', 'Karim Haddad']);
	annotations.undo();
	assert.equal(annotations.suggestions().length, all.length, 'one undo for the three');
	// a rejection hides the other mentions of its string: they are not rejected a second time
	const rejected = annotations.decideEach(all, 'rejected');
	assert.deepEqual(rejected.added.map((a) => a.text), ['Karim Haddad', 'Alger', 'Youri Valyaev']);
	assert.deepEqual(annotations.suggestions(), []);
	annotations.undo();
	assert.deepEqual(annotations.suggestions().map((s) => s.text), all.map((s) => s.text));
	assert.equal(annotations.canUndo, false);
});

test('several suggestions decided at once end as deciding them one after another would', () => {
	const random = new Random(36);
	const names = ['Karim', 'Alger', 'Oran', 'الجزائر', 'الجَزائر', 'لجزائر', 'Sonatrach'];
	const types = ['PER', 'LOC', 'ORG'];
	const fields = (a: Annotation) => [a.type, a.start, a.end, a.text, a.status, a.source].join(' ');
	for (let round = 0; round < 200; round++) {
		const detected: DetectedEntity[] = [];
		for (let at = random.int(0, 3); detected.length < 30; at += random.int(1, 6)) {
			const text = random.pick(names);
			detected.push({ start: at, end: at + text.length, type: random.pick(types), text, confidence: 0.9, source: random.chance(0.3) ? 'memory' : 'model' });
			at += text.length;
		}
		const decisions: Annotation[] = [];
		for (const entity of detected) {
			if (random.chance(0.15)) {
				decisions.push({ id: `d${decisions.length}`, type: random.pick(types), start: entity.start + random.int(0, 1), end: entity.end + random.int(0, 2), text: 'x', status: random.chance(0.5) ? 'accepted' : 'rejected' });
			}
		}
		// asked for: suggestions shown or not, twice, of another type, in any order
		const asked = random.shuffle([...detected.filter(() => random.chance(0.7)), ...detected.filter(() => random.chance(0.1)), ...detected.filter(() => random.chance(0.1)).map((entity) => ({ ...entity, type: random.pick(types) }))]);
		const status = random.chance(0.5) ? 'accepted' : 'rejected';
		const atOnce = new DocumentAnnotations(decisions);
		atOnce.setDetected(detected);
		const change = atOnce.decideEach(asked, status);
		const oneByOne = new DocumentAnnotations(decisions);
		oneByOne.setDetected(detected);
		const added: Annotation[] = [];
		for (const suggestion of asked) {
			if (oneByOne.visibleEntitiesIn(suggestion.start, suggestion.end).some((entity) => entity.state === 'suggested' && entity.start === suggestion.start && entity.end === suggestion.end && entity.type === suggestion.type)) {
				added.push(...(status === 'accepted' ? oneByOne.accept(suggestion) : oneByOne.reject(suggestion)).added);
			}
		}
		assert.deepEqual(change.added.map(fields), added.map(fields), `round ${round}`);
		assert.deepEqual(atOnce.annotations.map(fields), oneByOne.annotations.map(fields), `round ${round}`);
		assert.deepEqual(atOnce.suggestions(), oneByOne.suggestions(), `round ${round}`);
	}
});

test('deciding a selection of many suggestions costs the size of the article, not its square', () => {
	const counter = new ReadCounter();
	/** Reads of the decisions' offsets while `n` suggestions are decided among `n` decisions. */
	const deciding = (n: number, status: 'accepted' | 'rejected'): number => {
		const decisions = Array.from({ length: n }, (_, i): Annotation => counter.watch({ id: `d${i}`, type: 'PER', start: i * 20, end: i * 20 + 5, text: 'Karim', status: 'accepted' }, (key) => key === 'start'));
		const annotations = new DocumentAnnotations(decisions);
		const suggestions = Array.from({ length: n }, (_, i): DetectedEntity => ({ start: i * 20 + 10, end: i * 20 + 15, type: 'LOC', text: `Ville${i}`, confidence: 0.9, source: 'model' }));
		annotations.setDetected(suggestions);
		return counter.during(() => assert.equal(annotations.decideEach(suggestions, status).added.length, n));
	};
	for (const status of ['accepted', 'rejected'] as const) {
		const small = deciding(1000, status);
		const large = deciding(2000, status);
		// twice the input: about twice the work (deciding one by one does four times as much)
		assert.ok(large < 2.5 * small, `${status}: ${small} reads for 1000, ${large} for 2000`);
	}
});

test('rejecting an Arabic name hides it voweled, with a bare alef and contracted after ل as well', () => {
	const text = 'زار الجزائر ثم عاد للجزائر ومن الجَزائر إلى أحمد واحمد';
	const at = (name: string, from = 0) => text.indexOf(name, from);
	const suggestion = (start: number, name: string, type: string): DetectedEntity => ({ start, end: start + name.length, type, text: name, confidence: 0.9, source: 'memory' });
	const annotations = new DocumentAnnotations();
	annotations.setDetected([
		suggestion(at('الجزائر'), 'الجزائر', 'LOC'),
		suggestion(at('لجزائر', at('للجزائر')), 'لجزائر', 'LOC'),
		suggestion(at('الجَزائر'), 'الجَزائر', 'LOC'),
		suggestion(at('أحمد'), 'أحمد', 'PER'),
		suggestion(at('احمد'), 'احمد', 'PER'),
	]);
	annotations.reject(annotations.suggestions()[0]);
	assert.deepEqual(annotations.suggestions().map((s) => s.text), ['أحمد', 'احمد']);
	annotations.reject(annotations.suggestions()[1]);
	assert.deepEqual(annotations.suggestions().map((s) => s.text), []);
});

test('rejecting «الحسن» does not hide the detector\'s «لحسن» (a given name), only a learned «الحسن» contracted after ل', () => {
	const text = 'قال الحسن ثم لحسن وعاد للحسن';
	const at = (name: string, from = 0) => text.indexOf(name, from);
	const suggestion = (start: number, name: string, source: DetectedEntity['source']): DetectedEntity => ({ start, end: start + name.length, type: 'PER', text: name, confidence: 0.9, source });
	const annotations = new DocumentAnnotations();
	annotations.setDetected([suggestion(at('الحسن'), 'الحسن', 'memory'), suggestion(at('لحسن', at('ثم')), 'لحسن', 'model'), suggestion(at('لحسن', at('للحسن')), 'لحسن', 'memory')]);
	annotations.reject(annotations.suggestions()[0]);
	assert.deepEqual(annotations.suggestions().map((s) => `${s.text}@${s.start}`), [`لحسن@${at('لحسن', at('ثم'))}`]);
});

test('tagging over accepted entities replaces them (a boundary correction) and lifts a rejection of that range', () => {
	const annotations = model();
	annotations.accept(annotations.suggestions()[2]);
	const start = TEXT.indexOf('ministre Youri Valyaev');
	const change = annotations.tag({ start, end: start + 'ministre Youri Valyaev'.length }, 'ministre Youri Valyaev', 'PER');
	assert.equal(change.removed.length, 1);
	assert.equal(change.added[0].source, 'user');
	assert.equal(annotations.annotations.filter((a) => a.status === 'accepted').length, 1);
	assert.throws(() => annotations.tag({ start: 0, end: 3 }, 'Karim', 'PER'), RangeError);
});

test('a boundary correction keeps the notes of the entities it replaces, and the other fields of the one it widens', () => {
	const annotations = new DocumentAnnotations();
	const at = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length });
	const decision = (quote: string, id: string, extra: Partial<Annotation>): Annotation => ({ id, type: 'PER', ...at(quote), text: quote, status: 'accepted', ...extra });
	annotations.replaceAll([decision('Youri', 'a1', { note: 'prénom seul ?', extra: [['reviewer', 'nadia']] }), decision('Valyaev', 'a2', { note: 'vérifier' })], []);
	const change = annotations.tag(at('Youri Valyaev'), 'Youri Valyaev', 'PER');
	assert.equal(change.removed.length, 2);
	assert.equal(change.added[0].note, 'prénom seul ? / vérifier');
	assert.equal(change.added[0].extra, undefined, 'two entities joined: whose fields would it be');
	const widened = annotations.tag(at('ministre Youri Valyaev'), 'ministre Youri Valyaev', 'PER');
	assert.equal(widened.added[0].note, 'prénom seul ? / vérifier');
	annotations.replaceAll([decision('Youri', 'b1', { extra: [['reviewer', 'nadia']] })], []);
	assert.deepEqual(annotations.tag(at('Youri Valyaev'), 'Youri Valyaev', 'PER').added[0].extra, [['reviewer', 'nadia']]);
});

test('untagging an entity the detector still suggests stores a rejection so it does not come back', () => {
	const annotations = model();
	const [accepted] = annotations.accept(annotations.suggestions()[1]).added;
	const change = annotations.untag(accepted.id);
	assert.equal(change.removed[0].id, accepted.id);
	assert.equal(change.added[0].status, 'rejected');
	assert.ok(!annotations.visibleEntities().some((e) => e.start === accepted.start));
	// A user tag the detector never suggested simply goes away.
	const ministre = TEXT.indexOf('ministre');
	const [mine] = annotations.tag({ start: ministre, end: ministre + 8 }, 'ministre', 'MISC').added;
	assert.equal(annotations.untag(mine.id).added.length, 0);
});

test('untagging a name the person tagged stores no rejection when only learning suggests it (their own tag, remembered)', () => {
	const annotations = model();
	const ministre = entity('ministre', 'MISC');
	const [mine] = annotations.tag(ministre, ministre.text, 'MISC').added;
	// the detection worker learnt the tag: the name is a remembered suggestion wherever it is written
	annotations.setDetected([...annotations.detectedEntities, { ...ministre, confidence: 1, source: 'memory' }]);
	const change = annotations.untag(mine.id);
	assert.deepEqual(change.added, [], 'no rejection the person did not make');
	assert.deepEqual(annotations.annotations, []);
	// an accepted suggestion of the detector, learnt too, still becomes a rejection when untagged
	const [accepted] = annotations.accept(entity('Alger', 'LOC')).added;
	annotations.setDetected(annotations.detectedEntities.map((e) => (e.start === accepted.start ? { ...e, source: 'memory' as const, confidence: 1 } : e)));
	assert.equal(annotations.untag(accepted.id).added[0]?.status, 'rejected');
});

test('accept all of a type, change type, and neighbours for keyboard navigation', () => {
	const annotations = model();
	const change = annotations.acceptAllOfType('PER');
	assert.equal(change.added.length, 3);
	assert.deepEqual(annotations.suggestions().map((s) => s.type), ['LOC', 'LOC']);
	const [first] = change.added;
	annotations.changeType(first.id, 'ORG');
	assert.equal(annotations.annotations.find((a) => a.id === first.id)?.type, 'ORG');
	const next = annotations.neighbour(first.end, 'next', ['suggested']);
	assert.equal(next?.text, 'Alger');
	assert.equal(annotations.neighbour(TEXT.length, 'previous')?.text, 'Alger');
	assert.equal(annotations.entityAt(first.start + 2)?.state, 'accepted');
});

test('the entity at a cursor between two names that touch is the one after it, accepted or not', () => {
	const text = 'SonatrachTotal et Alger';
	const annotations = new DocumentAnnotations();
	annotations.setDetected([{ start: 9, end: 14, type: 'ORG', text: 'Total', confidence: 0.9, source: 'model' }]);
	annotations.tag({ start: 0, end: 9 }, text.slice(0, 9), 'ORG');
	assert.equal(annotations.entityAt(9)?.text, 'Total', 'the suggestion after the cursor, not the accepted name before it');
	assert.equal(annotations.entityAt(0)?.text, 'Sonatrach');
	assert.equal(annotations.entityAt(14)?.text, 'Total', 'just after a name, that name');
	assert.equal(annotations.entityAt(15), undefined);
	annotations.tag({ start: 9, end: 14 }, 'Total', 'ORG');
	assert.equal(annotations.entityAt(9)?.text, 'Total');
	assert.equal(annotations.entityAt(9)?.state, 'accepted');
});

test('tagging ranges skips places where the person decided otherwise', () => {
	const annotations = model();
	annotations.reject(annotations.suggestions()[1]);
	const ranges = [0, 1].map((occurrence) => {
		const found = entity('Alger', 'LOC', occurrence);
		return { range: found, text: found.text };
	});
	const change = annotations.tagRanges(ranges, 'LOC');
	assert.equal(change.added.length, 1);
	assert.equal(change.skipped, 1);
});

test('tagging ranges gives what tagging them one at a time in text order gives', () => {
	const random = new Random(20270114);
	const text = 'x'.repeat(300);
	const slice = (start: number, end: number) => ({ range: { start, end }, text: text.slice(start, end) });
	for (let run = 0; run < 200; run++) {
		const decided = new DocumentAnnotations();
		for (let i = 0; i < 12; i++) {
			const start = random.int(0, 280);
			const { range, text: tagged } = slice(start, start + random.int(1, 9));
			decided.tag(range, tagged, random.pick(['PER', 'LOC']));
			if (random.chance(0.4)) {
				decided.reject({ ...slice(start + 1, range.end + 1).range, text: text.slice(start + 1, range.end + 1), type: 'LOC', confidence: 0.5, source: 'model' });
			}
		}
		const ranges = Array.from({ length: 25 }, () => {
			const start = random.int(0, 280);
			return slice(start, start + random.int(1, 9));
		});
		const inBulk = new DocumentAnnotations(decided.annotations);
		const change = inBulk.tagRanges(random.shuffle(ranges), 'PER');
		// the reference: the rule of tagRanges checked against the decisions as they are each time
		const oneByOne = new DocumentAnnotations(decided.annotations);
		let skipped = 0;
		for (const { range, text: tagged } of [...ranges].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end)) {
			const here = oneByOne.annotations.filter((a) => a.start < range.end && range.start < a.end);
			const same = (a: Annotation) => a.start === range.start && a.end === range.end;
			if (here.some((a) => a.status === 'accepted' && a.type === 'PER' && same(a))) {
				continue;
			}
			if (here.some((a) => a.status === 'accepted' || same(a))) {
				skipped++;
				continue;
			}
			oneByOne.tag(range, tagged, 'PER');
		}
		const shape = (annotations: DocumentAnnotations) => annotations.annotations.map((a) => `${a.start}-${a.end} ${a.type} ${a.status} ${a.source}`);
		assert.deepEqual(shape(inBulk), shape(oneByOne), `run ${run}`);
		assert.equal(change.skipped, skipped);
		assert.equal(change.removed.length, 0);
	}
});

test('tagging every occurrence of a name, dropping every orphan and placing them again cost the size of the article, not its square', () => {
	const counter = new ReadCounter();
	/** Reads of the decisions' offsets while `n` occurrences are tagged among `n` decisions. */
	const tagging = (n: number): number => {
		const decisions = Array.from({ length: n }, (_, i): Annotation => counter.watch({ id: `d${i}`, type: 'PER', start: i * 20, end: i * 20 + 5, text: 'Karim', status: 'accepted' }, (key) => key === 'start'));
		const annotations = new DocumentAnnotations(decisions);
		const ranges = Array.from({ length: n }, (_, i) => ({ range: { start: i * 20 + 10, end: i * 20 + 15 }, text: 'Alger' }));
		return counter.during(() => assert.equal(annotations.tagRanges(ranges, 'LOC').added.length, n));
	};
	/** Reads of the list of ids while `n` orphans are dropped. */
	const dropping = (n: number): number => {
		const orphans = Array.from({ length: n }, (_, i): OrphanedAnnotation => ({ id: `o${i}`, type: 'PER', start: 0, end: 5, text: 'Karim', status: 'accepted', reason: 'deleted by an edit' }));
		const annotations = new DocumentAnnotations([], orphans);
		const ids = counter.watch(orphans.map((orphan) => orphan.id), isIndex);
		return counter.during(() => assert.equal(annotations.dropOrphans(ids).removed.length, n));
	};
	/** Reads of the decisions' offsets while `n` orphans are placed again among `n` decisions (a cut pasted back). */
	const placing = (n: number): number => {
		const decisions = Array.from({ length: n }, (_, i): Annotation => counter.watch({ id: `d${i}`, type: 'PER', start: i * 20, end: i * 20 + 5, text: 'Karim', status: 'accepted' }, (key) => key === 'start'));
		const orphans = Array.from({ length: n }, (_, i): OrphanedAnnotation => ({ id: `o${i}`, type: 'LOC', start: 0, end: 5, text: 'Alger', status: 'accepted', reason: 'deleted by an edit' }));
		const annotations = new DocumentAnnotations(decisions, orphans);
		const placements = orphans.map((orphan, i) => ({ id: orphan.id, range: { start: i * 20 + 10, end: i * 20 + 15 }, text: 'Alger' }));
		return counter.during(() => assert.equal(annotations.placeOrphans(placements).added.length, n));
	};
	for (const cost of [tagging, dropping, placing]) {
		const small = cost(1000);
		const large = cost(2000);
		// twice the input: about twice the work (a quadratic path does four times as much)
		assert.ok(large < 2.5 * small, `${cost.name}: ${small} reads for 1000, ${large} for 2000`);
	}
});

test('orphans placed again together are one change: they go back to their places in order, and one undo makes them orphans again', () => {
	const orphan = (id: string, text: string): OrphanedAnnotation => ({ id, type: 'PER', start: 0, end: text.length, text, status: 'accepted', reason: 'deleted by an edit' });
	const annotations = new DocumentAnnotations([], [orphan('k', 'Karim Haddad'), orphan('y', 'Youri Valyaev'), orphan('z', 'Zorba')]);
	const change = annotations.placeOrphans([
		{ id: 'y', range: { start: 40, end: 53 }, text: 'Youri Valyaev' },
		{ id: 'k', range: { start: 0, end: 12 }, text: 'Karim Haddad' },
		{ id: 'k', range: { start: 55, end: 67 }, text: 'Karim Haddad' },
		{ id: 'gone', range: { start: 70, end: 75 }, text: 'Alger' },
	]);
	assert.deepEqual(change.added.map((a) => a.id), ['y', 'k'], 'each orphan once, unknown ids left out');
	assert.deepEqual(annotations.annotations.map((a) => [a.id, a.start]), [['k', 0], ['y', 40]]);
	assert.deepEqual(annotations.orphans.map((o) => o.id), ['z']);
	annotations.undo();
	assert.deepEqual(annotations.annotations, []);
	assert.deepEqual(annotations.orphans.map((o) => o.id).sort(), ['k', 'y', 'z']);
	assert.equal(annotations.canUndo, false, 'one change');
});

test('changes made in a batch (every mention of a name from the tree) are one change: one undo takes them all back', () => {
	const annotations = model();
	const [first] = annotations.accept(annotations.suggestions()[0]).added;
	const mentions = annotations.suggestions().filter((s) => s.text === 'Alger');
	annotations.batch(() => {
		for (const mention of mentions) annotations.reject(mention);
		annotations.untag(first.id);
	});
	assert.deepEqual(annotations.annotations.map((a) => `${a.status}:${a.text}`), ['rejected:Karim Haddad', 'rejected:Alger', 'rejected:Alger']);
	annotations.undo();
	assert.deepEqual(annotations.annotations.map((a) => a.id), [first.id], 'the batch is taken back whole');
	annotations.undo();
	assert.deepEqual(annotations.annotations, []);
	assert.equal(annotations.canUndo, false);
});

test('orphans are kept until placed again or dropped', () => {
	const annotations = model();
	const [accepted] = annotations.accept(annotations.suggestions()[0]).added;
	annotations.applyShift([], [{ ...accepted, reason: 'deleted by an edit' }], []);
	assert.equal(annotations.orphans.length, 1);
	annotations.placeOrphan(accepted.id, { start: 0, end: 12 }, 'Karim Haddad');
	assert.equal(annotations.orphans.length, 0);
	assert.equal(annotations.annotations[0].id, accepted.id);
	annotations.applyShift([], [{ ...accepted, reason: 'again' }], []);
	annotations.dropOrphans([accepted.id]);
	assert.equal(annotations.orphans.length + annotations.annotations.length, 0);
});

test('undo puts decisions back, one person change at a time, and stops at a text edit', () => {
	const annotations = model();
	assert.equal(annotations.canUndo, false);
	annotations.accept(annotations.suggestions()[0]);
	annotations.acceptAllOfType('LOC');
	assert.equal(annotations.annotations.length, 3);
	let change = annotations.undo();
	assert.equal(change.removed.length, 2, 'accept all is undone as one change');
	assert.equal(annotations.annotations.length, 1);
	change = annotations.undo();
	assert.equal(change.removed.length, 1);
	assert.equal(annotations.annotations.length, 0);
	assert.equal(annotations.canUndo, false);
	assert.throws(() => annotations.tag({ start: 0, end: 3 }, 'Karim', 'PER'));
	assert.equal(annotations.canUndo, false, 'a refused change is not remembered');
	const [kept] = annotations.accept(annotations.suggestions()[0]).added;
	annotations.applyShift([{ ...kept, start: kept.start + 1, end: kept.end + 1 }], [], []);
	assert.equal(annotations.canUndo, false, 'offsets moved: older states no longer fit the text');
});

test('undo goes on across text edits, moving the restored decisions with them, and stops at an edit that cut one', () => {
	const annotations = model();
	const article = typedArticle(annotations);
	const type = article.type;
	const [karim] = annotations.accept(annotations.suggestions()[0]).added;
	const [firstAlger] = annotations.accept(annotations.suggestions()[0]).added;
	annotations.reject(annotations.suggestions().find((s) => s.text === 'Youri Valyaev')!);
	type(0, 0, 'Dépêche 🇩🇿 : ');
	type(article.text.indexOf('ministre'), 'ministre'.length, 'ministre russe');
	assert.equal(annotations.canUndo, true, 'edits no longer end undo');
	// undo the rejection: Youri Valyaev is a suggestion again; the other two are the same objects
	let change = annotations.undo();
	assert.equal(change.removed.length, 1);
	assert.equal(change.added.length, 0);
	assert.deepEqual(annotations.annotations.map((a) => a.text), ['Karim Haddad', 'Alger']);
	// undo the second accept, then the first: what comes back sits where its text is now
	change = annotations.undo();
	assert.deepEqual(change.removed.map((a) => a.id), [firstAlger.id]);
	const [restoredKarim] = annotations.annotations;
	assert.equal(restoredKarim.id, karim.id);
	assert.equal(article.text.slice(restoredKarim.start, restoredKarim.end), 'Karim Haddad');
	assert.equal(restoredKarim.start, 'Dépêche 🇩🇿 : '.length);
	change = annotations.undo();
	assert.deepEqual(change.removed.map((a) => a.id), [karim.id]);
	assert.equal(annotations.annotations.length, 0);
	assert.equal(annotations.canUndo, false);
	// accept, untag (a change to undo), then an edit cuts across the start of the name: the untag
	// cannot be undone
	const [again] = annotations.accept(annotations.suggestions()[0]).added;
	annotations.untag(again.id);
	const at = article.text.indexOf('Karim Haddad');
	type(at - 2, 5, '');
	assert.equal(annotations.canUndo, true);
	change = annotations.undo();
	assert.equal(change.added.length + change.removed.length, 0, 'nothing changes');
	assert.equal(annotations.canUndo, false, 'undo stops at the edit that cut the decision it would bring back');
	assert.equal(annotations.annotations.length, 0);
	assert.equal(annotations.orphans.length, 1, 'the rejection the edit cut is kept as an orphan');
	// an orphan an edit made is never lost to an undo of an earlier change
	const [alger] = annotations.accept(annotations.suggestions().find((s) => s.text === 'Alger')!).added;
	const [valyaev] = annotations.accept(annotations.suggestions().find((s) => s.text === 'Youri Valyaev')!).added;
	type(article.text.indexOf('Alger') - 1, 'Alger'.length + 1, '');
	assert.deepEqual(annotations.orphans.map((o) => o.id).slice(-1), [alger.id]);
	change = annotations.undo();
	assert.deepEqual(change.removed.map((a) => a.id), [valyaev.id]);
	assert.ok(annotations.orphans.some((o) => o.id === alger.id), 'the orphaned Alger decision is still there');
	change = annotations.undo();
	assert.deepEqual(change.removed.map((a) => a.id), [alger.id], 'undoing its accept takes the orphan away');
	assert.ok(!annotations.orphans.some((o) => o.id === alger.id));
});

test('redo makes undone changes again, newest undone first, with the same decisions, and undo takes them back again', () => {
	const annotations = model();
	assert.equal(annotations.canRedo, false);
	const [karim] = annotations.accept(annotations.suggestions()[0]).added;
	const algers = annotations.acceptAllOfType('LOC').added;
	annotations.untag(karim.id);
	const states = (): string[] => annotations.annotations.map((a) => `${a.text}:${a.status}`);
	const after = states();
	for (let i = 0; i < 3; i++) {
		annotations.undo();
	}
	assert.deepEqual(states(), []);
	assert.equal(annotations.canRedo, true);
	let change = annotations.redo();
	assert.deepEqual(change.added.map((a) => a.id), [karim.id], 'the same decision comes back, not a new one');
	assert.deepEqual(change.removed, []);
	change = annotations.redo();
	assert.deepEqual(change.added.map((a) => a.id), algers.map((a) => a.id), 'accept all comes back as one change');
	change = annotations.redo();
	assert.deepEqual(change.removed.map((a) => a.id), [karim.id], 'the untag is made again');
	assert.deepEqual(states(), after);
	assert.equal(annotations.canRedo, false);
	assert.deepEqual(annotations.redo(), { added: [], removed: [], updated: [], orphaned: [] }, 'nothing left to redo');
	// a redone change is undone as any other
	change = annotations.undo();
	assert.deepEqual(change.added.map((a) => a.id), [karim.id]);
	assert.equal(annotations.canRedo, true);
});

test('a new change after an undo forgets what was undone: redo cannot put it on top of the new one', () => {
	const annotations = model();
	annotations.accept(annotations.suggestions()[0]);
	annotations.undo();
	assert.equal(annotations.canRedo, true);
	annotations.reject(annotations.suggestions()[0]);
	assert.equal(annotations.canRedo, false);
	assert.deepEqual(annotations.redo().added, []);
	assert.deepEqual(annotations.annotations.map((a) => `${a.text}:${a.status}`), ['Karim Haddad:rejected']);
	// a refused change changes nothing, and keeps redo
	annotations.undo();
	assert.throws(() => annotations.tag({ start: 0, end: 3 }, 'Karim', 'PER'));
	assert.equal(annotations.canRedo, true);
	// nor does a merge from disk leave a redo that no longer fits
	annotations.replaceAll([], []);
	assert.equal(annotations.canRedo, false);
});

test('redo goes on across text edits made since the undo, moving what it brings back, and stops at an edit that cut it', () => {
	const annotations = model();
	const article = typedArticle(annotations);
	const type = article.type;
	const [karim] = annotations.accept(annotations.suggestions()[0]).added;
	const [valyaev] = annotations.accept(annotations.suggestions().find((s) => s.text === 'Youri Valyaev')!).added;
	annotations.undo();
	annotations.undo();
	type(0, 0, 'Dépêche 🇩🇿 : ');
	let change = annotations.redo();
	const [redone] = change.added;
	assert.equal(redone.id, karim.id);
	assert.equal(article.text.slice(redone.start, redone.end), 'Karim Haddad', 'it sits where its text is now');
	assert.equal(annotations.canRedo, true);
	// an edit cuts through the second name: redoing its accept would put a decision on other text
	const at = article.text.indexOf('Youri Valyaev');
	type(at - 2, 5, '');
	change = annotations.redo();
	assert.equal(change.added.length + change.removed.length, 0, 'nothing changes');
	assert.equal(annotations.canRedo, false);
	assert.ok(!annotations.annotations.some((a) => a.id === valyaev.id));
	assert.deepEqual(annotations.annotations.map((a) => a.id), [karim.id], 'what was redone before stays');
});

test('accept all of a type gives the same decisions as accepting each suggestion in turn, in text order', async () => {
	const { Random } = await import('../../src/core/random');
	const generator = new Random(20261203);
	const random = () => generator.next();
	const types = ['PER', 'ORG', 'LOC'];
	const detected: DetectedEntity[] = [];
	for (let start = 0; start < 3000; start += 3 + Math.floor(random() * 5)) {
		const length = 1 + Math.floor(random() * 2);
		detected.push({ start, end: start + length, type: types[Math.floor(random() * types.length)], text: `w${start}`, confidence: 0.8, source: 'model' });
	}
	const build = (): DocumentAnnotations => {
		const annotations = new DocumentAnnotations();
		annotations.setDetected(detected);
		// Earlier decisions of every kind, among them, before and after the suggestions.
		const suggestions = annotations.suggestions();
		for (let i = 0; i < suggestions.length; i += 7) {
			annotations.accept(suggestions[i]);
		}
		for (let i = 3; i < suggestions.length; i += 11) {
			annotations.reject(suggestions[i]);
		}
		annotations.tag({ start: 1, end: 2 }, 'x', 'MISC');
		return annotations;
	};
	const shape = (annotations: DocumentAnnotations) => annotations.annotations.map((a) => `${a.start}-${a.end} ${a.type} ${a.status}`);
	const oneByOne = build();
	const inTurn = oneByOne.suggestions().filter((s) => s.type === 'LOC');
	for (const suggestion of inTurn) {
		oneByOne.accept(suggestion);
	}
	const inBulk = build();
	const change = inBulk.acceptAllOfType('LOC');
	assert.ok(inTurn.length > 100, `${inTurn.length} suggestions`);
	assert.equal(change.added.length, inTurn.length);
	assert.deepEqual(shape(inBulk), shape(oneByOne));
	assert.deepEqual(inBulk.suggestions().map((s) => s.type).filter((t) => t === 'LOC'), []);
	assert.equal(inBulk.undo().removed.length, inTurn.length, 'undone as one change');
});

test('random sessions of decisions, edits, re-detection and undo lose no decision and never suggest a rejected string', () => {
	const random = new Random(20270115);
	const words = ['Karim', 'Haddad', 'Alger', 'le', 'ministre', 'الجزائر', 'وهران', '🇩🇿', '👨‍👩‍👧', 'e\u0301te\u0301', '\r\n', 'x'];
	/** A stand-in detector: capitalised Latin words and two Arabic names. */
	const detect = (text: string): DetectedEntity[] => [...text.matchAll(/[A-Z][a-zé]+|الجزائر|وهران/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, type: 'LOC', text: m[0], confidence: 0.9, source: 'model' }));
	for (let run = 0; run < 40; run++) {
		let text = Array.from({ length: 40 }, () => random.pick(words)).join(' ');
		const annotations = new DocumentAnnotations();
		annotations.setDetected(detect(text));
		const ids = () => new Set([...annotations.annotations, ...annotations.orphans].map((a) => a.id));
		// the ids before each person's change still remembered, for undo
		const states: Set<string>[] = [];
		const objects = () => [...annotations.annotations, ...annotations.orphans];
		for (let step = 0; step < 80; step++) {
			const before = ids();
			const objectsBefore = objects();
			const suggestions = annotations.suggestions();
			const roll = random.next();
			let gone: ReadonlySet<string> = new Set<string>();
			let change: { removed: readonly Annotation[] } | undefined;
			if (roll < 0.3 && suggestions.length > 0) {
				const suggestion = random.pick(suggestions);
				change = random.chance(0.6) ? annotations.accept(suggestion) : annotations.reject(suggestion);
			} else if (roll < 0.4 && text.length > 1) {
				const start = random.int(0, text.length - 2);
				const end = Math.min(text.length, start + random.int(1, 10));
				change = annotations.tag({ start, end }, text.slice(start, end), random.pick(['PER', 'LOC']));
			} else if (roll < 0.5 && annotations.annotations.length > 0) {
				change = random.chance(0.5) ? annotations.untag(random.pick(annotations.annotations).id) : annotations.changeType(random.pick(annotations.annotations).id, 'ORG');
			} else if (roll < 0.8) {
				const at = random.int(0, text.length);
				const removed = random.chance(0.5) ? 0 : Math.min(text.length - at, random.int(0, 8));
				text = editAsTheSession(annotations, text, [{ rangeOffset: at, rangeLength: removed, text: random.chance(0.3) ? '' : random.pick(words) }]);
			} else if (roll < 0.9) {
				annotations.setDetected(detect(text));
			} else if (annotations.canUndo) {
				const undone = annotations.undo();
				if (undone.added.length + undone.removed.length === 0) {
					states.length = 0;
				} else {
					assert.deepEqual([...ids()].sort(), [...states.pop()!].sort(), `run ${run} step ${step}: undo brings back the decisions as they were`);
				}
				gone = before;
			}
			if (change) {
				gone = new Set(change.removed.map((a) => a.id));
				// a change is remembered when it replaced any decision (a new type keeps the id)
				const after = objects();
				if (after.length !== objectsBefore.length || after.some((a, i) => a !== objectsBefore[i])) {
					states.push(before);
				}
			}
			const now = ids();
			assert.ok([...before].every((id) => now.has(id) || gone.has(id)), `run ${run} step ${step}: a decision was lost`);
			for (const annotation of annotations.annotations) {
				assert.equal(text.slice(annotation.start, annotation.end), annotation.text, `run ${run} step ${step}: a decision left its text`);
			}
			const rejected = new Set([...annotations.annotations, ...annotations.orphans].filter((a) => a.status === 'rejected').map((a) => normalizeEntityText(a.text)));
			assert.ok(!annotations.suggestions().some((s) => rejected.has(normalizeEntityText(s.text))), `run ${run} step ${step}: a rejected string is suggested`);
		}
	}
});

test('new decisions carry the author the person set (trimmed), read at each decision; none when it is blank', () => {
	const annotations = model();
	let author: string | undefined = '  Leila B. ';
	annotations.authorOf = () => author;
	const accepted = annotations.accept(annotations.suggestions()[0]).added[0];
	assert.equal(accepted.author, 'Leila B.');
	const rejected = annotations.reject(annotations.suggestions()[0]).added[0];
	assert.equal(rejected.author, 'Leila B.');
	author = 'KH';
	const tagged = annotations.tag({ start: 40, end: 53 }, TEXT.slice(40, 53), 'PER').added[0];
	assert.equal(tagged.author, 'KH');
	author = '   ';
	const anonymous = annotations.accept(annotations.suggestions()[0]).added[0];
	assert.equal('author' in anonymous, false);
});
