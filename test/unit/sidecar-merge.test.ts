import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotation } from '../../src/core/annotation';
import { unbindAnnotations } from '../../src/core/sidecar/bind';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar/codec';
import { mergeSidecars, planSave, planSidecarSave, wouldLoseAnnotations } from '../../src/core/sidecar/merge';
import type { Sidecar, StoredAnnotation } from '../../src/core/sidecar/model';

const LABELS = ['PER', 'ORG', 'LOC', 'DATE', 'MISC'];
const TEXT = 'Le président Tebboune a reçu Lavrov à Alger, puis à Oran.';

function item(id: string, word: string, type: string, more: Partial<StoredAnnotation> = {}): StoredAnnotation {
	const start = TEXT.indexOf(word);
	return { type, start, end: start + word.length, text: word, status: 'accepted', id, ...more };
}

function sidecarOf(annotations: StoredAnnotation[], more: Partial<Sidecar> = {}): Sidecar {
	return { version: 1, document: 'a.txt', annotations, orphaned: [], extra: [], ...more };
}

const BASE = sidecarOf([item('t', 'Tebboune', 'PER'), item('l', 'Lavrov', 'PER'), item('a', 'Alger', 'LOC')]);

function byId(sidecar: Sidecar): Map<string, StoredAnnotation> {
	return new Map([...sidecar.annotations, ...sidecar.orphaned].map((entry) => [entry.id!, entry]));
}

describe('three-way merge by id', () => {
	it('takes each side\'s changes when they touch different things', () => {
		const ours = sidecarOf([item('t', 'Tebboune', 'PER', { status: 'rejected' }), item('l', 'Lavrov', 'PER'), item('a', 'Alger', 'LOC')]);
		const theirs = sidecarOf([item('t', 'Tebboune', 'PER'), item('l', 'Lavrov', 'PER', { note: 'ministre' }), item('a', 'Alger', 'LOC'), item('o', 'Oran', 'LOC')]);
		const { merged, conflicts } = mergeSidecars(BASE, ours, theirs);
		assert.deepEqual(conflicts, []);
		const result = byId(merged);
		assert.equal(result.get('t')!.status, 'rejected');
		assert.equal(result.get('l')!.note, 'ministre');
		assert.ok(result.has('o'), 'their new annotation is kept');
		assert.equal(merged.annotations.length, 4);
	});

	it('reports a conflict when both sides changed the same field differently, keeping ours for now', () => {
		const ours = sidecarOf([item('t', 'Tebboune', 'ORG'), item('l', 'Lavrov', 'PER'), item('a', 'Alger', 'LOC')]);
		const theirs = sidecarOf([item('t', 'Tebboune', 'MISC'), item('l', 'Lavrov', 'PER'), item('a', 'Alger', 'LOC')]);
		const { merged, conflicts } = mergeSidecars(BASE, ours, theirs);
		assert.equal(conflicts.length, 1);
		assert.equal(conflicts[0].id, 't');
		assert.equal(conflicts[0].field, 'type');
		assert.match(conflicts[0].message, /changed both here and on disk; kept the one from here/);
		assert.equal(byId(merged).get('t')!.type, 'ORG');
	});

	it('never builds a range from two sides: position is one unit', () => {
		const ours = sidecarOf([item('t', 'Tebboune', 'PER', { start: 0, end: 2, text: 'Le' }), item('l', 'Lavrov', 'PER'), item('a', 'Alger', 'LOC')]);
		const theirs = sidecarOf([item('t', 'Tebboune', 'PER', { end: 100 }), item('l', 'Lavrov', 'PER'), item('a', 'Alger', 'LOC')]);
		const { merged, conflicts } = mergeSidecars(BASE, ours, theirs);
		assert.deepEqual(conflicts.map((conflict) => conflict.field), ['position']);
		const t = byId(merged).get('t')!;
		assert.deepEqual([t.start, t.end, t.text], [0, 2, 'Le']);
	});

	it('deletes what one side deleted and the other did not touch; keeps (and reports) what the other changed', () => {
		const ours = sidecarOf([item('t', 'Tebboune', 'PER'), item('l', 'Lavrov', 'PER', { status: 'rejected' })]);
		const theirs = sidecarOf([item('t', 'Tebboune', 'PER'), item('a', 'Alger', 'LOC')]);
		const { merged, conflicts } = mergeSidecars(BASE, ours, theirs);
		const result = byId(merged);
		assert.equal(result.has('a'), false, 'deleted here, untouched on disk: deleted');
		assert.equal(result.has('l'), true, 'deleted on disk but changed here: kept');
		assert.deepEqual(conflicts.map((conflict) => [conflict.id, conflict.field]), [['l', 'presence']]);
	});

	it('takes the later modification time without calling it a conflict, and merges unknown fields as a unit', () => {
		const ours = sidecarOf([item('t', 'Tebboune', 'PER', { modified: '2025-03-02T10:00:00Z', extra: [['x', 1]] })], { extra: [['project', 'A']] });
		const theirs = sidecarOf([item('t', 'Tebboune', 'PER', { modified: '2025-03-03T08:00:00Z' })], { extra: [['project', 'A'], ['reviewer', 'Nadia']] });
		const base = sidecarOf([item('t', 'Tebboune', 'PER', { modified: '2025-03-01T00:00:00Z' })], { extra: [['project', 'A']] });
		const { merged, conflicts } = mergeSidecars(base, ours, theirs);
		assert.deepEqual(conflicts, []);
		assert.equal(merged.annotations[0].modified, '2025-03-03T08:00:00Z');
		assert.deepEqual(merged.annotations[0].extra, [['x', 1]]);
		assert.deepEqual(merged.extra, [['project', 'A'], ['reviewer', 'Nadia']]);
	});

	it('matches items written without ids on both sides by their content', () => {
		const noId = (entry: StoredAnnotation): StoredAnnotation => {
			const { id: _id, ...rest } = entry;
			return rest;
		};
		const base = sidecarOf(BASE.annotations.map(noId));
		const ours = sidecarOf([...BASE.annotations.map(noId)]);
		const theirs = sidecarOf([...BASE.annotations.map(noId), item('o', 'Oran', 'LOC')]);
		const { merged, conflicts } = mergeSidecars(base, ours, theirs);
		assert.deepEqual(conflicts, []);
		assert.equal(merged.annotations.length, 4);
	});
});

describe('wouldLoseAnnotations', () => {
	it('counts placed and orphaned items, and allows only removals a person made', () => {
		const next = sidecarOf([item('t', 'Tebboune', 'PER')], { orphaned: [{ ...item('l', 'Lavrov', 'PER'), reason: 'deleted by an edit' }] });
		const check = wouldLoseAnnotations(BASE, next);
		assert.deepEqual(check, { loses: true, missingIds: ['a'], countOnDisk: 3, countNext: 2 });
		assert.equal(wouldLoseAnnotations(BASE, next, new Set(['a'])).loses, false, 'the person untagged it');
	});
});

describe('planSidecarSave', () => {
	const annotations: Annotation[] = [
		{ id: 't', type: 'PER', start: TEXT.indexOf('Tebboune'), end: TEXT.indexOf('Tebboune') + 8, text: 'Tebboune', status: 'accepted' },
		{ id: 'l', type: 'PER', start: TEXT.indexOf('Lavrov'), end: TEXT.indexOf('Lavrov') + 6, text: 'Lavrov', status: 'rejected' },
	];
	const baseSidecar = unbindAnnotations({ annotations, orphans: [], articleText: TEXT, documentName: 'a.txt' });
	const baseText = serializeSidecar(baseSidecar);
	const common = { articleText: TEXT, documentName: 'a.txt', labels: LABELS, base: baseSidecar, baseText };

	it('writes what is in memory when the file did not change on disk', () => {
		const changed = [{ ...annotations[0], status: 'rejected' as const }, annotations[1]];
		const plan = planSidecarSave({ ...common, annotations: changed, orphans: [], diskText: baseText });
		assert.equal(plan.action, 'write');
		assert.ok(plan.action === 'write' && !plan.merged && plan.text.includes('status: rejected'));
	});

	it('keeps the line ends of the file on disk: CRLF stays CRLF, a new file is LF', () => {
		const crlfText = baseText.split('\n').join('\r\n');
		const changed = [{ ...annotations[0], status: 'rejected' as const }, annotations[1]];
		const plan = planSidecarSave({ ...common, baseText: crlfText, annotations: changed, orphans: [], diskText: crlfText });
		assert.ok(plan.action === 'write' && plan.text.includes('status: rejected'));
		assert.equal(plan.action === 'write' && plan.text.split('\r\n').length, baseText.split('\n').length, 'every line ends in CRLF');
		assert.ok(plan.action === 'write' && !/[^\r]\n/u.test(plan.text), 'no LF alone');
		const fresh = planSidecarSave({ articleText: TEXT, documentName: 'a.txt', labels: LABELS, annotations: changed, orphans: [] });
		assert.ok(fresh.action === 'write' && !fresh.text.includes('\r'), 'a new sidecar is written with LF');
	});

	it('refuses to write fewer annotations than the file holds unless a person removed them', () => {
		const plan = planSidecarSave({ ...common, annotations: [annotations[0]], orphans: [], diskText: baseText });
		assert.equal(plan.action, 'refuse');
		assert.match(plan.action === 'refuse' ? plan.reason : '', /a\.txt\.annotations\.yaml: not saved: it would drop 1 annotation\(s\) that no one removed \(l\)/);
		const allowed = planSidecarSave({ ...common, annotations: [annotations[0]], orphans: [], diskText: baseText, removedByPerson: new Set(['l']) });
		assert.equal(allowed.action, 'write');
	});

	it('merges in what someone else added on disk meanwhile instead of overwriting it', () => {
		const oran = TEXT.indexOf('Oran');
		const theirs = unbindAnnotations({
			annotations: [...annotations, { id: 'o', type: 'LOC', start: oran, end: oran + 4, text: 'Oran', status: 'accepted', author: 'Karim' }],
			orphans: [],
			articleText: TEXT,
			documentName: 'a.txt',
		});
		const mine = [{ ...annotations[0], note: 'chef de l’État' }, annotations[1]];
		const plan = planSidecarSave({ ...common, annotations: mine, orphans: [], diskText: serializeSidecar(theirs) });
		assert.equal(plan.action, 'write');
		assert.ok(plan.action === 'write' && plan.merged);
		const written = parseSidecar(plan.action === 'write' ? plan.text : '');
		assert.ok(written.ok);
		assert.deepEqual(written.sidecar.annotations.map((entry) => [entry.id, entry.note ?? entry.author]), [['t', 'chef de l’État'], ['l', undefined], ['o', 'Karim']]);
	});

	it('asks when changes conflict, with the merged text ready (ours winning)', () => {
		const theirs = unbindAnnotations({ annotations: [{ ...annotations[0], type: 'MISC' }, annotations[1]], orphans: [], articleText: TEXT, documentName: 'a.txt' });
		const plan = planSidecarSave({ ...common, annotations: [{ ...annotations[0], type: 'ORG' }, annotations[1]], orphans: [], diskText: serializeSidecar(theirs) });
		assert.equal(plan.action, 'ask');
		assert.ok(plan.action === 'ask' && plan.conflicts.length === 1 && plan.text.includes('type: ORG'));
	});

	it('takes the disk\'s side of a conflict when told to (Take Theirs), and keeps every other decision made here', () => {
		const oran = TEXT.indexOf('Oran');
		const theirs = unbindAnnotations({ annotations: [{ ...annotations[0], type: 'MISC' }, annotations[1]], orphans: [], articleText: TEXT, documentName: 'a.txt' });
		const mine = [{ ...annotations[0], type: 'ORG' }, { ...annotations[1], note: 'ministre russe' }, { id: 'o', type: 'LOC', start: oran, end: oran + 4, text: 'Oran', status: 'accepted' as const }];
		const plan = planSidecarSave({ ...common, annotations: mine, orphans: [], diskText: serializeSidecar(theirs), preferTheirs: true });
		assert.equal(plan.action, 'write');
		const written = parseSidecar(plan.action === 'write' ? plan.text : '');
		assert.ok(written.ok);
		assert.deepEqual(
			written.sidecar.annotations.map((entry) => [entry.id, entry.type, entry.note]),
			[['t', 'MISC', undefined], ['l', 'PER', 'ministre russe'], ['o', 'LOC', undefined]],
		);
		assert.equal(written.sidecar.document, 'a.txt');
	});

	it('lets the disk\'s deletion stand when told to take its side, where by default a changed annotation is kept', () => {
		// on disk «Lavrov» was deleted; here its note was changed
		const theirs = unbindAnnotations({ annotations: [annotations[0]], orphans: [], articleText: TEXT, documentName: 'a.txt' });
		const mine = [annotations[0], { ...annotations[1], note: 'ministre russe' }];
		const asked = planSidecarSave({ ...common, annotations: mine, orphans: [], diskText: serializeSidecar(theirs) });
		assert.ok(asked.action === 'ask' && asked.sidecar.annotations.some((entry) => entry.id === 'l'), 'by default: asked, kept');
		const taken = planSidecarSave({ ...common, annotations: mine, orphans: [], diskText: serializeSidecar(theirs), preferTheirs: true });
		assert.ok(taken.action === 'write');
		assert.deepEqual(taken.sidecar.annotations.map((entry) => entry.id), ['t'], 'Take Theirs: deleted');
	});

	it('refuses to touch a file on disk that now has conflict markers or is unreadable, naming the file and the problem', () => {
		const conflicted = baseText.replace('annotations:', 'annotations:\n<<<<<<< HEAD');
		const plan = planSidecarSave({ ...common, annotations, orphans: [], diskText: conflicted });
		assert.equal(plan.action, 'refuse');
		assert.match(plan.action === 'refuse' ? plan.reason : '', /^a\.txt\.annotations\.yaml:\d+: git conflict marker .* not overwritten\)$/);
		const newer = planSidecarSave({ ...common, annotations, orphans: [], diskText: baseText.replace('version: 1', 'version: 2') });
		assert.match(newer.action === 'refuse' ? newer.reason : '', /newer than this Article Annotator supports/);
	});

	it('asks before writing again a sidecar that was deleted on disk', () => {
		const plan = planSidecarSave({ ...common, annotations, orphans: [], diskText: undefined });
		assert.equal(plan.action, 'ask');
		assert.match(plan.action === 'ask' ? plan.reason : '', /deleted on disk/);
	});

	it('re-binds a disk version made on another article text before merging (positions in our coordinates)', () => {
		const shiftedText = 'Dépêche. ' + TEXT;
		const theirs = unbindAnnotations({
			annotations: annotations.map((entry) => ({ ...entry, start: entry.start + 9, end: entry.end + 9, ...(entry.id === 'l' ? { note: 'vu' } : {}) })),
			orphans: [],
			articleText: shiftedText,
			documentName: 'a.txt',
		});
		const plan = planSidecarSave({ ...common, annotations, orphans: [], diskText: serializeSidecar(theirs) });
		assert.equal(plan.action, 'write');
		const written = parseSidecar(plan.action === 'write' ? plan.text : '');
		assert.ok(written.ok);
		const lavrov = written.sidecar.annotations.find((entry) => entry.id === 'l')!;
		assert.equal(lavrov.start, TEXT.indexOf('Lavrov'), 'in the text being saved (no astral characters: code points = UTF-16 units)');
		assert.equal(lavrov.note, 'vu');
	});
});

describe('planSidecarSave never overwrites an unreadable file', () => {
	it('refuses even when the file was already broken when it was read (load failed, read-only)', () => {
		const broken = 'version: 1\ndocument: a.txt\nannotations:\n<<<<<<< HEAD\n';
		const plan = planSidecarSave({ articleText: TEXT, documentName: 'a.txt', labels: LABELS, annotations: [], orphans: [], baseText: broken, diskText: broken });
		assert.equal(plan.action, 'refuse');
		assert.match(plan.action === 'refuse' ? plan.reason : '', /git conflict marker/);
	});

	it('writes a new sidecar when there was none and still is none', () => {
		const plan = planSidecarSave({ articleText: TEXT, documentName: 'a.txt', labels: LABELS, annotations: [], orphans: [] });
		assert.equal(plan.action, 'write');
		assert.ok(plan.action === 'write' && plan.text.includes('annotations: []'));
	});

	it('merges with a sidecar that appeared on disk meanwhile (no base: two-way)', () => {
		const start = TEXT.indexOf('Oran');
		const theirs = unbindAnnotations({ annotations: [{ id: 'o', type: 'LOC', start, end: start + 4, text: 'Oran', status: 'accepted' }], orphans: [], articleText: TEXT, documentName: 'a.txt' });
		const mine: Annotation[] = [{ id: 't', type: 'PER', start: TEXT.indexOf('Tebboune'), end: TEXT.indexOf('Tebboune') + 8, text: 'Tebboune', status: 'accepted' }];
		const plan = planSidecarSave({ articleText: TEXT, documentName: 'a.txt', labels: LABELS, annotations: mine, orphans: [], diskText: serializeSidecar(theirs) });
		assert.equal(plan.action, 'write');
		assert.deepEqual(plan.action === 'write' ? plan.sidecar.annotations.map((entry) => entry.id) : [], ['t', 'o']);
	});
});

describe('planSave', () => {
	it('places decisions made in unsaved text in the saved text, and keeps the ones not there yet as orphans', () => {
		const inserted = 'Hier, ';
		const editorText = inserted + TEXT + ' Puis Annaba.';
		const at = (word: string) => editorText.indexOf(word);
		const annotations: Annotation[] = [
			{ id: 't', type: 'PER', start: at('Tebboune'), end: at('Tebboune') + 8, text: 'Tebboune', status: 'accepted' },
			{ id: 'n', type: 'LOC', start: at('Annaba'), end: at('Annaba') + 6, text: 'Annaba', status: 'accepted' },
		];
		const request = { articleText: TEXT, documentName: 'a.txt', labels: LABELS, annotations, orphans: [] };
		const plan = planSave({ ...request, editorText });
		assert.equal(plan.action, 'write');
		if (plan.action !== 'write') {
			return;
		}
		const [tebboune] = plan.sidecar.annotations;
		assert.equal(TEXT.slice(tebboune.start, tebboune.end), 'Tebboune', 'offsets point into the saved text');
		assert.equal(tebboune.start, TEXT.indexOf('Tebboune'));
		assert.deepEqual(
			plan.sidecar.orphaned.map((orphan) => [orphan.id, orphan.reason]),
			[['n', 'made in unsaved text; placed when the article is saved']],
		);
		// Without unsaved edits it is exactly planSidecarSave.
		const same = [{ ...annotations[0], start: TEXT.indexOf('Tebboune'), end: TEXT.indexOf('Tebboune') + 8 }];
		assert.deepEqual(planSave({ ...request, annotations: same, editorText: TEXT }), planSidecarSave({ ...request, annotations: same }));
	});
});

describe('planSidecarSave keeps items on disk that repeat an id', () => {
	const tebboune = TEXT.indexOf('Tebboune');
	const alger = TEXT.indexOf('Alger');
	const mine: Annotation[] = [{ id: 't', type: 'PER', start: tebboune, end: tebboune + 8, text: 'Tebboune', status: 'accepted' }];
	const base = unbindAnnotations({ annotations: mine, orphans: [], articleText: TEXT, documentName: 'a.txt' });
	const baseText = serializeSidecar(base);

	it('merges an annotation copied by hand with the id of the one it was copied from, instead of dropping it', () => {
		// A teammate copies the item of Tebboune, edits it for Alger and keeps the id.
		const copy = `  - type: LOC\n    start: ${alger}\n    end: ${alger + 5}\n    text: Alger\n    status: accepted\n    id: t\n`;
		const diskText = baseText.replace(/\norphaned:|$/, (end) => copy + end);
		assert.ok(parseSidecar(diskText).ok);
		const plan = planSidecarSave({ articleText: TEXT, documentName: 'a.txt', labels: LABELS, base, baseText, diskText, annotations: [{ ...mine[0], note: 'président' }], orphans: [] });
		assert.notEqual(plan.action, 'refuse');
		const written = parseSidecar(plan.action === 'refuse' ? '' : plan.text);
		assert.ok(written.ok);
		assert.deepEqual(
			written.sidecar.annotations.map((entry) => [entry.id, entry.text, entry.note]),
			[['t', 'Tebboune', 'président'], ['t-2', 'Alger', undefined]],
		);
	});

	it('counts repeated ids one by one when checking for loss', () => {
		const twice = sidecarOf([item('x', 'Alger', 'LOC'), item('x', 'Oran', 'LOC')]);
		assert.equal(wouldLoseAnnotations(twice, sidecarOf([item('x', 'Alger', 'LOC')])).loses, true);
		assert.equal(wouldLoseAnnotations(twice, sidecarOf([item('x', 'Alger', 'LOC'), item('x-2', 'Oran', 'LOC')])).loses, false);
	});
});

describe('planSidecarSave decodes a changed file on disk as strictly as a load', () => {
	it('refuses to merge and rewrite a sidecar that is not UTF-8 any more (never writes replacement characters)', () => {
		const tebboune = TEXT.indexOf('Tebboune');
		const mine: Annotation[] = [{ id: 't', type: 'PER', start: tebboune, end: tebboune + 8, text: 'Tebboune', status: 'accepted' }];
		const base = unbindAnnotations({ annotations: mine, orphans: [], articleText: TEXT, documentName: 'a.txt' });
		const baseText = serializeSidecar(base);
		// Another tool added a note in Latin-1: "très" with the byte 0xE8.
		const latin1 = new Uint8Array([...new TextEncoder().encode(`${baseText}    note: tr`), 0xe8, ...new TextEncoder().encode('s\n')]);
		const plan = planSidecarSave({ articleText: TEXT, documentName: 'a.txt', labels: LABELS, base, baseText, diskBytes: latin1, annotations: [{ ...mine[0], status: 'rejected' }], orphans: [] });
		assert.equal(plan.action, 'refuse');
		assert.match(plan.action === 'refuse' ? plan.reason : '', /not valid UTF-8.*not overwritten/);
		// Valid bytes are merged as before.
		const valid = new TextEncoder().encode(`${baseText}    note: très\n`);
		const merged = planSidecarSave({ articleText: TEXT, documentName: 'a.txt', labels: LABELS, base, baseText, diskBytes: valid, annotations: [{ ...mine[0], status: 'rejected' }], orphans: [] });
		assert.equal(merged.action, 'write');
		assert.ok(merged.action === 'write' && merged.merged && merged.text.includes('note: très') && merged.text.includes('status: rejected'));
	});
});

describe('the article\'s language in a merge', () => {
	it('takes the side that changed it, and reports a conflict when both set it differently', () => {
		const base = sidecarOf([item('t', 'Tebboune', 'PER')], { language: 'fr' });
		const setOnDisk = mergeSidecars(base, sidecarOf([item('t', 'Tebboune', 'PER', { status: 'rejected' })], { language: 'fr' }), sidecarOf([item('t', 'Tebboune', 'PER')], { language: 'en' }));
		assert.deepEqual(setOnDisk.conflicts, []);
		assert.equal(setOnDisk.merged.language, 'en');
		assert.equal(setOnDisk.merged.annotations[0].status, 'rejected');
		const clearedHere = mergeSidecars(base, sidecarOf([item('t', 'Tebboune', 'PER')]), sidecarOf([item('t', 'Tebboune', 'PER')], { language: 'fr' }));
		assert.equal(clearedHere.merged.language, undefined);
		const both = mergeSidecars(base, sidecarOf([item('t', 'Tebboune', 'PER')], { language: 'ar' }), sidecarOf([item('t', 'Tebboune', 'PER')], { language: 'en' }));
		assert.deepEqual(both.conflicts.map((conflict) => conflict.message), ["the article's language was set to ar here and to en on disk; kept ar"]);
		assert.equal(both.merged.language, 'ar');
	});

	it('a save writes the language set here, and keeps one set on disk meanwhile', () => {
		const baseText = serializeSidecar(BASE);
		const annotations: Annotation[] = [];
		const plan = planSidecarSave({ articleText: TEXT, documentName: 'a.txt', annotations, orphans: [], base: BASE, baseText, diskText: baseText, labels: LABELS, language: 'fr' });
		assert.equal(plan.action, 'refuse'); // the base's three annotations would be lost: removals only by a person
		const kept = planSidecarSave({ articleText: TEXT, documentName: 'a.txt', annotations: [], orphans: [], base: BASE, baseText, diskText: baseText, labels: LABELS, language: 'fr', removedByPerson: new Set(['t', 'l', 'a']) });
		assert.ok(kept.action === 'write');
		assert.match(kept.text, /\nlanguage: fr\n/);
		const onDisk = serializeSidecar({ ...BASE, language: 'ar' });
		const merged = planSidecarSave({ articleText: TEXT, documentName: 'a.txt', annotations: [], orphans: [], base: BASE, baseText, diskText: onDisk, labels: LABELS, language: null, removedByPerson: new Set(['t', 'l', 'a']) });
		assert.ok(merged.action === 'write');
		assert.equal(merged.sidecar.language, 'ar');
	});
});
