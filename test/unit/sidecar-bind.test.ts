import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotation } from '../../src/core/annotation';
import { applyEdit } from '../../src/core/shift';
import { bindSidecar, contentIdOf, contextAround, DistinctIds, orphanFromDropped, reanchorOrphans, sidecarFitsText, unbindAnnotations } from '../../src/core/sidecar/bind';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar/codec';
import { documentHashOf } from '../../src/core/sidecar/hash';
import type { Sidecar } from '../../src/core/sidecar/model';
import { ARABIC_ARTICLE, FRENCH_ARTICLE } from './support/texts';

const LABELS = ['PER', 'ORG', 'LOC', 'DATE', 'MISC'];

/** Arabic, French, emoji (astral) and CRLF line ends in one article. */
const MIXED = `${ARABIC_ARTICLE.split('\n')[0]} 🇩🇿😀\r\n${FRENCH_ARTICLE.split('\n')[0]} 👍🏽\r\nفي الجزائر 🙂 Alger.\r\n`;

function annotationOf(text: string, word: string, type: string, id: string, occurrence = 0): Annotation {
	let start = -1;
	for (let i = 0; i <= occurrence; i++) {
		start = text.indexOf(word, start + 1);
	}
	assert.ok(start >= 0, word);
	return { id, type, start, end: start + word.length, text: word, status: 'accepted', source: 'user' };
}

function mixedAnnotations(): Annotation[] {
	return [
		annotationOf(MIXED, 'عبد المجيد تبون', 'PER', 'p1'),
		annotationOf(MIXED, '🇩🇿😀', 'MISC', 'm1'),
		annotationOf(MIXED, 'Sergueï Lavrov', 'PER', 'p2'),
		annotationOf(MIXED, 'الجزائر', 'LOC', 'l1', 2),
		annotationOf(MIXED, 'Alger', 'LOC', 'l2', 1),
	];
}

/** Round trip through the file format, as a save and a load do. */
function throughDisk(sidecar: Sidecar): Sidecar {
	const parsed = parseSidecar(serializeSidecar(sidecar));
	assert.ok(parsed.ok);
	return parsed.sidecar;
}

describe('unbind: the sidecar to save', () => {
	it('stores code point offsets that slice the article (as Python would) to the stored text', () => {
		const sidecar = unbindAnnotations({ annotations: mixedAnnotations(), orphans: [], articleText: MIXED, documentName: 'mixed.txt' });
		const codePoints = [...MIXED];
		assert.equal(sidecar.annotations.length, 5);
		for (const item of sidecar.annotations) {
			assert.equal(codePoints.slice(item.start, item.end).join(''), item.text, item.id);
		}
		const alger = sidecar.annotations.find((item) => item.id === 'l2')!;
		assert.ok(alger.start < MIXED.indexOf('Alger.'), 'emoji before it count once each, so the code point offset is smaller');
		assert.equal(sidecar.documentHash, documentHashOf(MIXED));
		assert.equal(sidecar.document, 'mixed.txt');
	});

	it('stores up to 32 code points of context each side, never splitting an emoji', () => {
		const sidecar = unbindAnnotations({ annotations: mixedAnnotations(), orphans: [], articleText: MIXED, documentName: 'mixed.txt' });
		const flag = sidecar.annotations.find((item) => item.id === 'm1')!;
		assert.equal([...(flag.prefix ?? '')].length, 32);
		assert.ok(flag.suffix?.startsWith('\r\n'));
		const text = 'ab😀cd';
		assert.deepEqual(contextAround(text, 4, 5, 2), { prefix: 'b😀', suffix: 'd' });
	});

	it('never writes an annotation whose text does not match the article as placed: it becomes an orphan', () => {
		const wrong = { ...annotationOf(MIXED, 'Alger', 'LOC', 'bad', 1), text: 'Oran' };
		const sidecar = unbindAnnotations({ annotations: [wrong], orphans: [], articleText: MIXED, documentName: 'mixed.txt' });
		assert.equal(sidecar.annotations.length, 0);
		assert.equal(sidecar.orphaned[0].id, 'bad');
		assert.match(sidecar.orphaned[0].reason, /did not match the article/);
	});

	it('keeps unknown fields: top level from the base, per annotation from the annotation or, by id, from the base', () => {
		const base: Sidecar = {
			version: 1,
			document: 'mixed.txt',
			annotations: [{ type: 'PER', start: 0, end: 1, text: 'x', status: 'accepted', id: 'p1', extra: [['reviewRound', 2]] }],
			orphaned: [],
			extra: [['project', 'Maghreb corpus']],
		};
		const annotations = mixedAnnotations();
		annotations[2] = { ...annotations[2], extra: [['flag', true], ['__proto__', { polluted: true }]] };
		const sidecar = unbindAnnotations({ annotations, orphans: [], articleText: MIXED, documentName: 'mixed.txt', base });
		assert.deepEqual(sidecar.extra, [['project', 'Maghreb corpus']]);
		assert.deepEqual(sidecar.annotations.find((item) => item.id === 'p1')!.extra, [['reviewRound', 2]]);
		assert.deepEqual(sidecar.annotations.find((item) => item.id === 'p2')!.extra, [['flag', true]], 'forbidden keys are left out');
		assert.equal(({} as Record<string, unknown>).polluted, undefined);
	});
});

describe('sidecarFitsText: a sidecar against the article as saved', () => {
	it('says whether every placed annotation slices to its text, astral characters counted as one', () => {
		const sidecar = unbindAnnotations({ annotations: mixedAnnotations(), orphans: [], articleText: MIXED, documentName: 'mixed.txt' });
		assert.equal(sidecarFitsText(sidecar, MIXED), true);
		assert.equal(sidecarFitsText(sidecar, `${MIXED}Suite.\r\n`), true, 'text added after every name');
		assert.equal(sidecarFitsText(sidecar, MIXED.replace(/\r\n/g, '\n')), false, 'line ends normalised before the names');
		assert.equal(sidecarFitsText(sidecar, MIXED.slice(0, 20)), false, 'names beyond the end');
	});
});

describe('bind: placing a sidecar in the article', () => {
	it('puts everything back exactly (UTF-16 offsets) when the article is unchanged, and nothing needs saving', () => {
		const annotations = mixedAnnotations();
		const sidecar = throughDisk(unbindAnnotations({ annotations, orphans: [], articleText: MIXED, documentName: 'mixed.txt' }));
		const bound = bindSidecar(sidecar, MIXED, { labels: LABELS });
		assert.equal(bound.hashMatched, true);
		assert.equal(bound.reanchored, 0);
		assert.equal(bound.differsFromFile, false);
		assert.deepEqual(bound.problems, []);
		const byId = new Map(bound.annotations.map((annotation) => [annotation.id, annotation]));
		for (const annotation of annotations) {
			assert.deepEqual(byId.get(annotation.id), annotation);
			assert.equal(MIXED.slice(annotation.start, annotation.end), annotation.text);
		}
	});

	it('re-anchors after an outside change, says so, and keeps what it cannot place as orphans (none lost)', () => {
		const sidecar = throughDisk(unbindAnnotations({ annotations: mixedAnnotations(), orphans: [], articleText: MIXED, documentName: 'mixed.txt' }));
		const changed = 'مقدمة. ' + MIXED.replace('Sergueï Lavrov', 'le ministre').replace('🇩🇿😀', '🇩🇿 😀');
		const bound = bindSidecar(sidecar, changed, { labels: LABELS });
		assert.equal(bound.hashMatched, false);
		assert.deepEqual([...bound.annotations.map((a) => a.id), ...bound.orphans.map((o) => o.id)].sort(), ['l1', 'l2', 'm1', 'p1', 'p2']);
		for (const annotation of bound.annotations) {
			assert.equal(changed.slice(annotation.start, annotation.end), annotation.text);
		}
		assert.deepEqual(bound.orphans.map((orphan) => orphan.id), ['p2'], 'the name is gone');
		assert.match(bound.orphans[0].reason, /could not be placed: its text «Sergueï Lavrov» is no longer in the article/);
		const emoji = bound.annotations.find((annotation) => annotation.id === 'm1')!;
		assert.equal(emoji.text, '🇩🇿 😀', 'a small edit inside is followed (approximate match)');
		assert.equal(bound.moves.find((move) => move.id === 'm1')?.previousText, '🇩🇿😀');
		assert.equal(bound.reanchored, 4);
		assert.equal(bound.differsFromFile, true);
		assert.ok(bound.problems.some((problem) => problem.code === 'reanchored' && /; the sidecar file itself is left as it is$/.test(problem.message)));
	});

	it('writes orphans back with their last known offsets, context and reason, and finds them again when the text returns', () => {
		const original = throughDisk(unbindAnnotations({ annotations: mixedAnnotations(), orphans: [], articleText: MIXED, documentName: 'mixed.txt' }));
		const changed = MIXED.replace('Sergueï Lavrov', 'le ministre');
		const bound = bindSidecar(original, changed, { labels: LABELS });
		const saved = throughDisk(unbindAnnotations({ annotations: bound.annotations, orphans: bound.orphans, articleText: changed, documentName: 'mixed.txt', base: original }));
		const orphan = saved.orphaned.find((item) => item.id === 'p2')!;
		const before = original.annotations.find((item) => item.id === 'p2')!;
		assert.deepEqual([orphan.start, orphan.end, orphan.text, orphan.prefix, orphan.suffix], [before.start, before.end, before.text, before.prefix, before.suffix]);
		// Unchanged article: the orphan stays an orphan.
		assert.equal(bindSidecar(saved, changed, { labels: LABELS }).orphans.length, 1);
		// The text comes back (git checkout of the old version): it is placed again, for review.
		const back = bindSidecar(saved, MIXED, { labels: LABELS });
		assert.equal(back.orphans.length, 0);
		const move = back.moves.find((entry) => entry.id === 'p2')!;
		assert.equal(move.wasOrphan, true);
		assert.equal(move.needsReview, true);
	});

	it('gives items without an id a stable id from their content, and a repeated id a new one, with a warning', () => {
		const text = 'Alger et Oran.';
		const sidecar: Sidecar = {
			version: 1,
			document: 'a.txt',
			annotations: [
				{ type: 'LOC', start: 0, end: 5, text: 'Alger', status: 'accepted' },
				{ type: 'LOC', start: 9, end: 13, text: 'Oran', status: 'accepted', id: 'same' },
				{ type: 'MISC', start: 9, end: 13, text: 'Oran', status: 'rejected', id: 'same' },
			],
			orphaned: [],
			extra: [],
		};
		const first = bindSidecar(sidecar, text, { labels: LABELS });
		const second = bindSidecar(sidecar, text, { labels: LABELS });
		assert.deepEqual(first.annotations.map((a) => a.id), second.annotations.map((a) => a.id), 'deterministic');
		assert.equal(first.annotations[0].id, contentIdOf(sidecar.annotations[0]));
		assert.deepEqual(first.annotations.slice(1).map((a) => a.id), ['same', 'same-2']);
		assert.ok(first.problems.some((problem) => problem.code === 'duplicate-id'));
		assert.equal(first.differsFromFile, true);
	});

	it('keeps annotations with labels outside the label set, and duplicates, but reports them', () => {
		const sidecar: Sidecar = {
			version: 1,
			document: 'a.txt',
			annotations: [
				{ type: 'CITY', start: 0, end: 5, text: 'Alger', status: 'accepted', id: 'a' },
				{ type: 'LOC', start: 0, end: 5, text: 'Alger', status: 'accepted', id: 'b' },
				{ type: 'LOC', start: 0, end: 5, text: 'Alger', status: 'rejected', id: 'c' },
			],
			orphaned: [],
			extra: [],
		};
		const bound = bindSidecar(sidecar, 'Alger.', { labels: LABELS });
		assert.equal(bound.annotations.length, 3);
		assert.deepEqual(bound.problems.map((problem) => problem.code).sort(), ['duplicate', 'label']);
	});

	it('looks for annotations by their text when offsets are wrong although the hash matches (edited by hand)', () => {
		const text = 'Le port d’Oran et Alger.';
		const sidecar: Sidecar = {
			version: 1,
			document: 'a.txt',
			documentHash: documentHashOf(text),
			annotations: [{ type: 'LOC', start: 3, end: 8, text: 'Alger', status: 'accepted', id: 'a' }],
			orphaned: [],
			extra: [],
		};
		const bound = bindSidecar(sidecar, text, { labels: LABELS });
		assert.equal(bound.annotations[0].start, text.indexOf('Alger'));
		assert.ok(bound.problems.some((problem) => problem.code === 'text-mismatch'));
	});
});

describe('dropped by a live edit: orphan, then recover', () => {
	it('turns a dropped annotation into an orphan with its old context, and finds it again after a whole-document rewrite', () => {
		const annotations = [annotationOf(FRENCH_ARTICLE, 'Ahmed Attaf', 'PER', 'a1'), annotationOf(FRENCH_ARTICLE, 'Gazprom', 'ORG', 'g1')];
		// A formatter replaces the whole document with nearly the same text.
		const formatted = FRENCH_ARTICLE.replace(/ {2,}/g, ' ').replace('mardi', 'mardi,');
		const edit = { start: 0, end: FRENCH_ARTICLE.length, text: formatted };
		const result = applyEdit(annotations, edit);
		assert.equal(result.dropped.length, 2);
		const orphans = result.dropped.map((annotation) => orphanFromDropped(annotation, FRENCH_ARTICLE));
		assert.ok(orphans.every((orphan) => orphan.reason.length > 0 && orphan.prefix !== undefined));
		const recovered = reanchorOrphans(orphans, formatted);
		assert.deepEqual(recovered.placed.map((annotation) => [annotation.id, formatted.slice(annotation.start, annotation.end)]), [['a1', 'Ahmed Attaf'], ['g1', 'Gazprom']]);
		assert.equal(recovered.placed[0].text, 'Ahmed Attaf');
		assert.equal((recovered.placed[0] as unknown as Record<string, unknown>).reason, undefined);
	});

	it('does not recover an annotation whose mention the person deleted onto another mention', () => {
		const annotation = annotationOf(FRENCH_ARTICLE, 'Sergueï Lavrov', 'PER', 's2', 1);
		const edit = { start: annotation.start, end: annotation.end, text: 'Il' };
		const after = FRENCH_ARTICLE.slice(0, edit.start) + edit.text + FRENCH_ARTICLE.slice(edit.end);
		const result = applyEdit([annotation], edit);
		const recovered = reanchorOrphans(result.dropped.map((dropped) => orphanFromDropped(dropped, FRENCH_ARTICLE)), after);
		assert.equal(recovered.placed.length, 0);
		assert.equal(recovered.orphans.length, 1);
	});

	it('does not place an orphan found again on a range an annotation of its type already holds', () => {
		const text = 'Le président Karim Haddad a reçu à Alger le ministre russe.';
		const orphan = orphanFromDropped(annotationOf(text, 'Alger', 'LOC', 'old'), text);
		// The name was deleted, typed again and tagged again: a new decision holds its range.
		const holder = annotationOf(text, 'Alger', 'LOC', 'new');
		const found = reanchorOrphans([orphan], text, {}, [holder]);
		assert.deepEqual(found.placed, []);
		assert.deepEqual(found.orphans.map((o) => o.id), ['old'], 'kept as an orphan, not dropped');
		// A decision of another type on that range does not stop it.
		assert.deepEqual(reanchorOrphans([orphan], text, {}, [{ ...holder, type: 'ORG' }]).placed.map((a) => [a.id, a.start]), [['old', holder.start]]);
	});

	it('does not place a stored orphan, once the article changed, on a range an annotation of its type holds in the sidecar', () => {
		const text = 'Le président Karim Haddad a reçu à Alger le ministre russe.';
		const sidecar = unbindAnnotations({
			annotations: [annotationOf(text, 'Alger', 'LOC', 'new')],
			orphans: [orphanFromDropped(annotationOf(text, 'Alger', 'LOC', 'old'), text)],
			articleText: text,
			documentName: 'a.txt',
		});
		const bound = bindSidecar(throughDisk(sidecar), `${text} Fin.`, { labels: LABELS });
		assert.deepEqual(bound.annotations.map((a) => a.id), ['new']);
		assert.deepEqual(bound.orphans.map((o) => o.id), ['old']);
		assert.ok(!bound.problems.some((problem) => problem.code === 'duplicate'));
	});
});

describe('bind: a deleted mention does not take the place of another annotation', () => {
	it('keeps the annotation whose quote and context are intact, and orphans the one whose mention was deleted', () => {
		const before = 'Le président a reçu à Alger le ministre Lavrov. Plus tard, à Alger, Lavrov a parlé.';
		const after = 'Le président a reçu le ministre Lavrov. Plus tard, à Alger, Lavrov a parlé.';
		const sidecar = unbindAnnotations({
			annotations: [
				{ ...annotationOf(before, 'Alger', 'LOC', 'first'), status: 'rejected', note: 'pas la ville ici' },
				{ ...annotationOf(before, 'Alger', 'LOC', 'second', 1), note: 'la ville' },
			],
			orphans: [],
			articleText: before,
			documentName: 'a.txt',
		});
		const bound = bindSidecar(throughDisk(sidecar), after, { labels: LABELS });
		assert.deepEqual(
			bound.annotations.map((annotation) => [annotation.id, annotation.status, annotation.start]),
			[['second', 'accepted', after.indexOf('Alger')]],
			'the mention still there keeps its own decision',
		);
		assert.deepEqual(bound.orphans.map((orphan) => orphan.id), ['first']);
	});
});

describe('DistinctIds: repeated ids numbered', () => {
	it('gives an id met again the first free suffix, and looks up a bounded number of ids per repeat', () => {
		let lookups = 0;
		class CountingSet extends Set<string> {
			override has(id: string): boolean {
				lookups++;
				return super.has(id);
			}
		}
		const ids = new DistinctIds(new CountingSet());
		assert.deepEqual(['a', 'a-2', 'a', 'b', 'a', 'a-2'].map((id) => ids.take(id)), ['a', 'a-2', 'a-3', 'b', 'a-4', 'a-2-2']);
		lookups = 0;
		const repeats = 5_000;
		for (let k = 0; k < repeats; k++) ids.take('c');
		// from suffix 2 each time, the last repeat alone would look up 5,000 ids
		assert.ok(lookups <= 3 * repeats, `${lookups} look-ups for ${repeats} repeats`);
	});
});
