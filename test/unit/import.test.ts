import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Annotation } from '../../src/core/annotation';
import { documentField, documentNamed, exportBrat, exportConll, exportJsonl, readConllSpans } from '../../src/core/export';
import { alignConll, articlesOfConll, conllText, parseConllFile } from '../../src/core/import/conll';
import { readJsonlLine } from '../../src/core/import/jsonl';
import { readProdigyLine } from '../../src/core/import/prodigy';
import { bratSpans, parseBratAnnotations } from '../../src/core/import/brat';
import { spansToAnnotations, type ImportOptions } from '../../src/core/import/spans';
import { planImport } from '../../src/core/import/sidecar';
import { DEFAULT_LABEL_NAMES } from '../../src/core/labels';
import { unbindAnnotations } from '../../src/core/sidecar/bind';
import { parseSidecar, readSidecarBytes, serializeSidecar } from '../../src/core/sidecar/codec';
import { runImport } from '../../src/cli/import';
import { createNodeValidateIo, runValidate } from '../../src/cli/validate';
import { createNodeExportIo, runExport } from '../../src/cli/export';
import { OffsetConverter } from '../../src/core/unicode';
import { withFolder } from './support/folders';
import { Random } from './support/random';
import { ARABIC_ARTICLE, ARABIC_ENTITIES } from './support/texts';

/** The test article with CRLF line ends and an emoji first: UTF-16, code points and brat's count all differ. */
const ARTICLE = '📰 ' + ARABIC_ARTICLE.split('\n').join('\r\n');

function idMaker(): () => string {
	let n = 0;
	return () => `imported-${++n}`;
}

function options(extra: Partial<ImportOptions> = {}): ImportOptions {
	return { labels: DEFAULT_LABEL_NAMES, newId: idMaker(), source: 'brat', ...extra };
}

/** brat's entities as decisions on `text`: what the command does for brat. */
function bratToAnnotations(text: string, ann: string, extra: Partial<ImportOptions> & { articleHadBom?: boolean } = {}) {
	const { articleHadBom, ...rest } = extra;
	const read = bratSpans(text, parseBratAnnotations(ann), { articleHadBom });
	const made = spansToAnnotations(text, read.spans, 'utf16', options(rest));
	return { ...made, skipped: [...read.skipped, ...made.skipped] };
}

/** A decision on every occurrence of each listed entity of the article. */
function decisionsOn(text: string): Annotation[] {
	const annotations: Annotation[] = [];
	for (const [quote, type] of ARABIC_ENTITIES) {
		for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + quote.length)) {
			annotations.push({ id: `d${annotations.length}`, type, start: at, end: at + quote.length, text: quote, status: annotations.length % 5 === 4 ? 'rejected' : 'accepted' });
		}
	}
	return annotations;
}

const shape = (annotations: readonly Annotation[]) => annotations.map(({ type, start, end, text, status, note }) => ({ type, start, end, text, status, note })).sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type));

describe('brat import: reading an .ann', () => {
	it('reads entities with their fragments, notes and the Status attribute, and counts what it does not import', () => {
		const parsed = parseBratAnnotations(
			['T1\tPER 0 5\tKarim', 'T2\tORG 10 15;16 20\tAgence rale', 'A1\tStatus T2 rejected', 'A2\tNegation T1', '#1\tAnnotatorNotes T1\tto check', 'R1\tLives Arg1:T1 Arg2:T2', 'E1\tMeet:T1', 'N1\tReference T1 Wikidata:Q1\tKarim', ''].join('\n'),
		);
		assert.deepEqual(
			parsed.entities.map((e) => [e.id, e.type, e.fragments, e.text, e.line]),
			[
				['T1', 'PER', [[0, 5]], 'Karim', 1],
				['T2', 'ORG', [[10, 15], [16, 20]], 'Agence rale', 2],
			],
		);
		assert.equal(parsed.notes.get('T1'), 'to check');
		assert.equal(parsed.statuses.get('T2'), 'rejected');
		assert.deepEqual([...parsed.ignored].sort(), [['attributes', 1], ['events', 1], ['normalisations', 1], ['relations', 1]]);
		assert.deepEqual(parsed.problems, []);
	});

	it('names the line of every line it cannot read, and never throws', () => {
		const parsed = parseBratAnnotations(['T1\tPER 5 2\tx', 'T2\tPER\tx', 'T3\tPER a b\tx', 'T4 PER 0 1 x', 'hello', 'T5\tLOC 0 3\tAbc'].join('\r\n'));
		assert.deepEqual(
			parsed.problems.map((p) => p.line),
			[1, 2, 3, 4, 5],
		);
		assert.match(parsed.problems[0].message, /end 2 is not after the start 5/);
		// a fragment past the text, hidden between in-range ones, was read as a text mismatch
		const unordered = parseBratAnnotations('T1\tPER 0 5;300 310;8 12\tKarim x Oran');
		assert.deepEqual(unordered.entities, []);
		assert.match(unordered.problems[0].message, /^T1: the fragment 8 12 starts before the previous one ends \(310\); fragments go in text order$/);
		assert.deepEqual(
			parsed.entities.map((e) => e.id),
			['T5'],
		);
	});
});

describe('brat import: placing entities in the article', () => {
	it('reads back what the brat export wrote, on Arabic text with an emoji and CRLF line ends', () => {
		const decisions = decisionsOn(ARTICLE);
		const withNote = decisions.map((d, i) => (i === 2 ? { ...d, note: 'nom complet' } : d));
		const exported = exportBrat({ text: ARTICLE, annotations: withNote }, { includeRejected: true });
		const imported = bratToAnnotations(ARTICLE, exported.content);
		assert.deepEqual(imported.skipped, []);
		assert.deepEqual(shape(imported.annotations), shape(withNote));
		assert.ok(imported.annotations.every((a) => ARTICLE.slice(a.start, a.end) === a.text && a.source === 'brat'));
	});

	it('reads back random spans of a text mixing scripts, emoji, combining marks and line ends of every kind', () => {
		const random = new Random(20261206);
		const pieces = ['Alger', ' ', 'الجزائر', '👩🏽‍🔬', '🇩🇿', 'e\u0301', '\r\n', '\n', '\r', 'والجزائر', '.', 'Ω'];
		for (let round = 0; round < 40; round++) {
			let text = '';
			for (let i = random.int(5, 60); i > 0; i--) text += random.pick(pieces);
			const converter = new OffsetConverter(text);
			const decisions: Annotation[] = [];
			for (let k = 0; k < 6; k++) {
				let start = random.int(0, text.length - 1);
				let end = random.int(start + 1, text.length);
				// whole code points, and never between a CR and its LF
				while (!converter.isBoundary(start) || (text[start - 1] === '\r' && text[start] === '\n')) start--;
				while (end < text.length && (!converter.isBoundary(end) || (text[end - 1] === '\r' && text[end] === '\n'))) end++;
				if (start < end) decisions.push({ id: `r${k}`, type: random.pick(['PER', 'LOC']), start, end, text: text.slice(start, end), status: 'accepted' });
			}
			const exported = exportBrat({ text, annotations: decisions });
			const imported = bratToAnnotations(text, exported.content);
			assert.deepEqual(imported.skipped, [], `round ${round}`);
			// the export trims white space at line breaks: what comes back is what brat showed
			for (const annotation of imported.annotations) {
				assert.equal(text.slice(annotation.start, annotation.end), annotation.text);
				assert.ok(decisions.some((d) => d.start <= annotation.start && annotation.end <= d.end && d.type === annotation.type), `round ${round}: ${JSON.stringify(annotation)}`);
			}
			assert.equal(imported.annotations.length, exported.stats.accepted, `round ${round}`);
		}
	});

	it('counts a byte order mark as brat does, and maps types', () => {
		const text = 'Karim Belkacem à Tlemcen.';
		const ann = 'T1\tPerson 1 15\tKarim Belkacem\nT2\tCity 18 25\tTlemcen\n';
		const imported = bratToAnnotations(text, ann, { articleHadBom: true, typeMap: new Map([['Person', 'PER'], ['City', 'LOC']]) });
		assert.deepEqual(
			imported.annotations.map((a) => [a.type, a.start, a.end, a.text]),
			[
				['PER', 0, 14, 'Karim Belkacem'],
				['LOC', 17, 24, 'Tlemcen'],
			],
		);
	});

	it('reports, and does not import, what a sidecar cannot hold or what does not fit the article', () => {
		const text = 'Karim Belkacem à Tlemcen.\nPuis Oran.';
		const ann = [
			'T1\tPerson 0 5\tKarim', // not a label
			'T2\tPER 0 5\tKarin', // another text
			'T3\tLOC 17 24\tTlemcen',
			'A1\tStatus T3 suggested', // not a decision
			'T4\tPER 0 5;6 14\tKarim Belkacem', // two fragments of one line
			'T5\tLOC 31 99\tOran', // past the end
			'T6\tLOC 18 22\tlemc',
			'A2\tStatus T6 maybe',
			'T7\tLOC 31 35\tOran',
		].join('\n');
		const imported = bratToAnnotations(text, ann);
		const byLine = [...imported.skipped].sort((a, b) => Number(/^line (\d+)/.exec(a)?.[1]) - Number(/^line (\d+)/.exec(b)?.[1]));
		assert.deepEqual(
			byLine.map((s) => Number(/^line (\d+)/.exec(s)?.[1])),
			[1, 2, 5, 6, 7],
		);
		assert.match(byLine[0], /^line 1: T1 Person "Karim": the type Person is not a label .*--map Person=LABEL/);
		assert.match(byLine[1], /reads "Karim" there/);
		assert.match(byLine[2], /discontinuous/);
		assert.match(byLine[3], /outside the text/);
		assert.match(byLine[4], /Status "maybe"/);
		assert.equal(imported.suggestions, 1);
		assert.deepEqual(
			imported.annotations.map((a) => a.text),
			['Oran'],
		);
	});
});

describe('brat import: adding to the sidecar', () => {
	const text = 'Karim Belkacem est arrivé à Tlemcen, puis à Oran.';
	const at = (quote: string) => text.indexOf(quote);
	const decision = (quote: string, type: string, status: 'accepted' | 'rejected' = 'accepted', id = `i-${quote}`): Annotation => ({ id, type, start: at(quote), end: at(quote) + quote.length, text: quote, status });
	const sidecarWith = (annotations: Annotation[]) => {
		const sidecar = unbindAnnotations({ annotations, orphans: [], articleText: text, documentName: 'a.txt' });
		const withExtra = { ...sidecar, extra: [['project', 'atlas']] as const };
		const written = serializeSidecar(withExtra);
		const parsed = parseSidecar(written);
		assert.ok(parsed.ok);
		return { sidecar: parsed.sidecar, text: written };
	};

	it('adds new decisions, counts the ones already there, keeps the sidecar’s where it decided otherwise, and keeps its other fields', () => {
		const existing = sidecarWith([decision('Karim Belkacem', 'PER', 'accepted', 'mine-1'), decision('Oran', 'ORG', 'rejected', 'mine-2')]);
		const plan = planImport({
			articleText: text,
			documentName: 'a.txt',
			labels: DEFAULT_LABEL_NAMES,
			imported: [decision('Karim Belkacem', 'PER'), decision('Tlemcen', 'LOC'), decision('Oran', 'LOC'), decision('Tlemcen', 'ORG'), decision('Karim Belkacem', 'PER', 'rejected')],
			existing,
			fileLabel: 'a.txt.annotations.yaml',
		});
		assert.equal(plan.action, 'write');
		if (plan.action !== 'write') return;
		assert.equal(plan.already, 1);
		assert.deepEqual(
			plan.added.map((a) => a.text),
			['Tlemcen'],
		);
		assert.equal(plan.kept.length, 2);
		assert.match(plan.kept[0], /the sidecar has it ORG rejected; kept/);
		assert.match(plan.kept[1], /PER rejected "Karim Belkacem": the sidecar has it PER accepted; kept/);
		assert.deepEqual(plan.contradicted, ['ORG accepted "Tlemcen": the same place is LOC accepted earlier in the input; the first kept']);
		const after = parseSidecar(plan.text);
		assert.ok(after.ok);
		assert.deepEqual(
			after.sidecar.annotations.map((a) => [a.id, a.type, a.text, a.status]),
			[
				['mine-1', 'PER', 'Karim Belkacem', 'accepted'],
				['i-Tlemcen', 'LOC', 'Tlemcen', 'accepted'],
				['mine-2', 'ORG', 'Oran', 'rejected'],
			],
		);
		assert.deepEqual(after.sidecar.extra, [['project', 'atlas']]);
	});

	it('writes nothing when everything is there, and refuses a sidecar of another article or one whose annotations moved', () => {
		const existing = sidecarWith([decision('Oran', 'LOC')]);
		const base = { articleText: text, documentName: 'a.txt', labels: DEFAULT_LABEL_NAMES, fileLabel: 'a.txt.annotations.yaml' };
		assert.deepEqual(planImport({ ...base, imported: [decision('Oran', 'LOC')], existing }), { action: 'nothing', already: 1, kept: [], contradicted: [] });
		const other = planImport({ ...base, documentName: 'b.txt', imported: [decision('Tlemcen', 'LOC')], existing });
		assert.equal(other.action, 'refuse');
		const edited = planImport({ ...base, articleText: 'Hier. ' + text, imported: [], existing });
		assert.equal(edited.action, 'nothing', 'nothing imported: nothing to refuse');
		const moved = planImport({ ...base, articleText: 'Hier. ' + text, imported: [{ ...decision('Tlemcen', 'LOC'), start: at('Tlemcen') + 6, end: at('Tlemcen') + 13 }], existing });
		assert.equal(moved.action, 'refuse');
		if (moved.action === 'refuse') assert.match(moved.reason, /no longer where it says/);
	});

	it('refuses, rather than writes unasked, a sidecar whose decisions the changed article no longer holds (they would become orphans)', () => {
		const existing = sidecarWith([decision('Karim Belkacem', 'PER', 'accepted', 'mine-1')]);
		const rewritten = text.replace('Karim Belkacem', 'Nadia Ferhat');
		const tlemcen = rewritten.indexOf('Tlemcen');
		const plan = planImport({
			articleText: rewritten,
			documentName: 'a.txt',
			labels: DEFAULT_LABEL_NAMES,
			imported: [{ id: 'i-1', type: 'LOC', start: tlemcen, end: tlemcen + 7, text: 'Tlemcen', status: 'accepted' }],
			existing,
			fileLabel: 'a.txt.annotations.yaml',
		});
		assert.equal(plan.action, 'refuse');
		if (plan.action === 'refuse') assert.match(plan.reason, /1 decision\(s\) .*no longer in the article.*nothing imported/);
	});
});

describe('CoNLL import: reading tokens and tags', () => {
	it('reads tab and space columns, documents and comments, and tags of every scheme', () => {
		const file = [
			'-DOCSTART- -X- -X- O',
			'',
			'Karim NNP B-NP B-PER',
			'Belkacem NNP I-NP I-PER',
			'visited VBD B-VP O',
			'New NNP B-NP I-LOC', // IOB1: I- opens an entity
			'York NNP I-NP I-LOC',
			'. . O O',
			'',
			'# doc: second',
			'#hashtag\tO',
			'Banque\tB-ORG',
			'centrale\tL-ORG',
			'Oran\tU-LOC',
			'Alger\tS-LOC',
			'Tlemcen\tweird',
		].join('\n');
		const parsed = parseConllFile(file);
		assert.deepEqual(parsed.problems, []);
		assert.equal(parsed.documents.length, 2);
		const text = conllText(parsed);
		assert.equal(text, 'Karim Belkacem visited New York .\n\n#hashtag Banque centrale Oran Alger Tlemcen\n');
		const aligned = alignConll(parsed, text);
		assert.ok(aligned.ok);
		assert.deepEqual(
			aligned.spans.map((s) => [text.slice(s.start, s.end), s.type, s.line]),
			[
				['Karim Belkacem', 'PER', 3],
				['New York', 'LOC', 6],
				['Banque centrale', 'ORG', 12],
				['Oran', 'LOC', 14],
				['Alger', 'LOC', 15],
			],
		);
		assert.match(aligned.problems[0].message, /the tag "weird" is not O/);
		const chunks = parseConllFile(file, 2);
		assert.deepEqual(
			chunks.problems.map((p) => p.line),
			[11, 12, 13, 14, 15, 16],
			'the second document has one tag column',
		);
		const chunkSpans = alignConll(chunks, conllText(chunks));
		assert.ok(chunkSpans.ok);
		assert.deepEqual(
			chunkSpans.spans.map((s) => s.type),
			['NP', 'VP', 'NP'],
		);
	});

	it('reads the article a -DOCSTART- line of our export names, and splits the file there', () => {
		const file = ['-DOCSTART-\tO\t# document = a b.txt', '', 'Karim\tB-PER', '', '# a comment', 'Oran\tB-LOC', '', '-DOCSTART-\tO', '', 'Tunis\tB-LOC', '-DOCSTART- O # document = c.txt', 'Alger\tB-LOC', ''].join('\n');
		const parsed = parseConllFile(file);
		assert.deepEqual(
			articlesOfConll(parsed)?.map((part) => [part.named?.name, part.named?.line, part.line, conllText(part.parsed)]),
			[
				['a b.txt', 1, 3, 'Karim\n\nOran\n'],
				[undefined, undefined, 10, 'Tunis\n'],
				['c.txt', 11, 12, 'Alger\n'],
			],
		);
		assert.equal(articlesOfConll(parseConllFile('-DOCSTART- -X- -X- O\n\nKarim\tB-PER\n\n-DOCSTART-\tO\n\nOran\tB-LOC\n')), undefined, 'no names: one article, as before');
		assert.equal(documentField('a\tb.txt'), undefined, 'a name a line cannot hold is not written');
		assert.equal(documentNamed(`-DOCSTART-\tO\t${documentField('x # document = y.txt')}`), 'x # document = y.txt');
	});

	it('finds the tokens in the article they were made from, and says where one does not follow', () => {
		const text = ARTICLE;
		const exported = exportConll({ text, annotations: decisionsOn(text).filter((d) => d.status === 'accepted') });
		const aligned = alignConll(parseConllFile(exported.content), text);
		assert.ok(aligned.ok);
		assert.deepEqual(
			aligned.spans.map((s) => [s.start, s.end, s.type]),
			shape(decisionsOn(text).filter((d) => d.status === 'accepted')).map((d) => [d.start, d.end, d.type]),
		);
		const other = alignConll(parseConllFile(exported.content), text.replace('تبون', 'بوتين'));
		assert.equal(other.ok, false);
		if (!other.ok) assert.match(other.message, /does not come next in the article/);
	});
});

describe('CoNLL import: what the tokeniser skips between tokens', () => {
	it('reads back an export of a text with NEL (U+0085), C0 control characters and DEL between words', () => {
		const text = 'Karim Belkacem\u0085est à Oran\u0001lundi\u001f\u007fوصل إلى\u0085وهران.';
		const decisions: Annotation[] = [
			['Karim Belkacem', 'PER'],
			['Oran', 'LOC'],
			['lundi', 'DATE'],
			['وهران', 'LOC'],
		].map(([quote, type], i) => ({ id: `c${i}`, type, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, text: quote, status: 'accepted' }));
		const exported = exportConll({ text, annotations: decisions });
		assert.deepEqual(exported.warnings, []);
		const aligned = alignConll(parseConllFile(exported.content), text);
		assert.ok(aligned.ok, aligned.ok ? '' : aligned.message);
		assert.deepEqual(
			aligned.spans.map((s) => [s.start, s.end, s.type]),
			shape(decisions).map((d) => [d.start, d.end, d.type]),
		);
		const read = readConllSpans(exported.content, text);
		assert.ok(read.ok, read.ok ? '' : read.message);
		assert.equal(read.spans.length, 4);
		// a character the tokeniser keeps (here «·») still stops the alignment
		assert.equal(alignConll(parseConllFile(exported.content), text.replace('\u0001', '·')).ok, false);
	});
});

describe('CoNLL and brat import: line ends', () => {
	it('end a line at a CR alone, as at LF and CRLF', () => {
		const conll = parseConllFile('Karim\tB-PER\rà\tO\rOran\tB-LOC\r\rPuis O\r\nAlger B-LOC\n');
		assert.deepEqual(conll.problems, []);
		assert.deepEqual(
			conll.documents.map((document) => document.map((sentence) => sentence.map((t) => `${t.token}/${t.tag}/${t.line}`))),
			[[['Karim/B-PER/1', 'à/O/2', 'Oran/B-LOC/3'], ['Puis/O/5', 'Alger/B-LOC/6']]],
		);
		const ann = parseBratAnnotations('T1\tPER 0 5\tKarim\rT2\tLOC 8 12\tOran\r');
		assert.deepEqual(ann.problems, []);
		assert.deepEqual(
			ann.entities.map((e) => [e.id, e.text, e.line]),
			[
				['T1', 'Karim', 1],
				['T2', 'Oran', 2],
			],
		);
	});
});

describe('JSONL import: reading a line', () => {
	it('reads doccano triples and objects, our rejected and status lists, and the declared offsets', () => {
		const ours = readJsonlLine(JSON.stringify({ text: 'Karim à Oran', label: [[0, 5, 'PER'], [8, 12, 'LOC']], status: ['accepted', 'suggested'], rejected: [[8, 12, 'ORG']], document: 'a.txt', offsets: 'utf16' }), 'codepoint');
		assert.ok(ours.ok);
		assert.equal(ours.offsets, 'utf16');
		assert.equal(ours.document, 'a.txt');
		assert.deepEqual(
			ours.spans.map((s) => [s.start, s.end, s.type, s.status]),
			[
				[0, 5, 'PER', 'accepted'],
				[8, 12, 'LOC', 'suggested'],
				[8, 12, 'ORG', 'rejected'],
			],
		);
		const doccano = readJsonlLine(JSON.stringify({ id: 7, text: 'Karim à Oran', entities: [{ id: 1, label: 'PER', start_offset: 0, end_offset: 5 }, { label: 'LOC', start_offset: 'x' }] }), 'utf16');
		assert.ok(doccano.ok);
		assert.equal(doccano.offsets, 'utf16');
		assert.deepEqual(
			doccano.spans.map((s) => [s.start, s.end, s.type]),
			[[0, 5, 'PER']],
		);
		assert.match(doccano.problems[0], /^entities\[1\]: .* is not \[start, end, label\]/);
		for (const bad of ['{', '[1]', '{"label": []}', '{"text": "a", "offsets": "bytes"}']) {
			assert.equal(readJsonlLine(bad, 'codepoint').ok, false, bad);
		}
	});

	it('takes no span of a status it does not know for accepted (a «rejected» another tool wrote there)', () => {
		const read = (status: unknown) => {
			const line = readJsonlLine(JSON.stringify({ text: 'Karim à Oran', label: [[0, 5, 'PER'], [8, 12, 'LOC']], status }), 'codepoint');
			assert.ok(line.ok);
			return { spans: line.spans.map((s) => [s.start, s.type, s.status]), problems: line.problems };
		};
		assert.deepEqual(read(['rejected', 'suggested']), {
			spans: [[8, 'LOC', 'suggested']],
			problems: ['"status"[0]: "rejected" is neither "accepted" nor "suggested" (rejected spans go in "rejected")'],
		});
		assert.deepEqual(read('rejected'), { spans: [], problems: ['"status": "rejected" is not a list (one status per span of "label")'] });
		assert.deepEqual(read(['accepted']), { spans: [[0, 'PER', 'accepted'], [8, 'LOC', 'accepted']], problems: [] }, 'a shorter list: the others accepted');
	});

	it('says which spans it does not read: a list that is not one, a second list, Prodigy\'s "spans"', () => {
		const problems = (line: object) => {
			const read = readJsonlLine(JSON.stringify({ text: 'Karim à Oran', ...line }), 'codepoint');
			assert.ok(read.ok);
			return read.problems;
		};
		assert.deepEqual(problems({ label: { 0: [0, 5, 'PER'] } }), ['"label": {"0":[0,5,"PER"]} is not a list of spans']);
		assert.deepEqual(problems({ label: 'PER' }), ['"label": "PER" is not a list of spans']);
		assert.deepEqual(problems({ label: [[0, 5, 'PER']], entities: [[8, 12, 'LOC']] }), ['"entities": another list of spans beside "label", which is the one read']);
		assert.deepEqual(problems({ label: [[0, 5, 'PER']], rejected: { at: 8 } }), ['"rejected": {"at":8} is not a list of spans']);
		assert.match(problems({ spans: [{ start: 0, end: 5, label: 'PER' }] })[0], /^"spans": Prodigy's list of spans, which --format prodigy reads/);
		assert.deepEqual(problems({ label: [[0, 5, 'PER']], entities: null, rejected: null }), [], 'null is no list');
		const prodigy = readProdigyLine(JSON.stringify({ text: 'Karim à Oran', spans: { start: 0, end: 5, label: 'PER' }, answer: 'accept' }), 'codepoint');
		assert.ok(prodigy.ok);
		assert.deepEqual(prodigy.problems, ['"spans": {"start":0,"end":5,"label":"PER"} is not a list of spans']);
	});
});

describe('article-annotator import', () => {
	function cli(args: string[]): { status: number; out: string[]; err: string[] } {
		const out: string[] = [];
		const err: string[] = [];
		const status = runImport(args, { stdout: (line) => out.push(line), stderr: (line) => err.push(line) });
		return { status, out, err };
	}

	/** ARTICLE as a.txt with `conll` beside it as a.conll, imported: the sidecar's items, offsets in UTF-16 as ARTICLE holds them. */
	function importedBack(folder: string, conll: string): Array<{ start: number; end: number; type: string; status: string; source?: string }> {
		fs.writeFileSync(path.join(folder, 'a.txt'), ARTICLE);
		fs.writeFileSync(path.join(folder, 'a.conll'), conll);
		const back = cli(['--format', 'conll', path.join(folder, 'a.conll')]);
		assert.equal(back.status, 0, back.err.join('\n'));
		const sidecar = parseSidecar(fs.readFileSync(path.join(folder, 'a.txt.annotations.yaml'), 'utf8'));
		assert.ok(sidecar.ok);
		const converter = new OffsetConverter(ARTICLE);
		return sidecar.sidecar.annotations.map((a) => ({ ...a, start: converter.toUtf16(a.start), end: converter.toUtf16(a.end) }));
	}

	it('creates the sidecar from an .ann, then adds to it without changing what it holds', () => {
		withFolder('import-cli-', (folder) => {
			const article = path.join(folder, 'a.txt');
			fs.writeFileSync(article, ARTICLE);
			const decisions = decisionsOn(ARTICLE);
			const half = decisions.filter((_, i) => i % 2 === 0);
			fs.writeFileSync(path.join(folder, 'a.ann'), exportBrat({ text: ARTICLE, annotations: half }, { includeRejected: true }).content);
			const dry = cli(['--format', 'brat', '--dry-run', path.join(folder, 'a.ann')]);
			assert.equal(dry.status, 0, dry.err.join('\n'));
			assert.match(dry.out[0], new RegExp(`would import ${half.length}; nothing written`));
			assert.ok(!fs.existsSync(article + '.annotations.yaml'));

			const first = cli(['--format', 'brat', path.join(folder, 'a.ann')]);
			assert.equal(first.status, 0, first.err.join('\n'));
			const written = fs.readFileSync(article + '.annotations.yaml', 'utf8');
			const parsed = parseSidecar(written);
			assert.ok(parsed.ok);
			const converter = new OffsetConverter(ARTICLE);
			assert.deepEqual(
				parsed.sidecar.annotations.map((a) => [converter.toUtf16(a.start), converter.toUtf16(a.end), a.type, a.status]).sort(),
				half.map((a) => [a.start, a.end, a.type, a.status]).sort(),
			);

			fs.writeFileSync(path.join(folder, 'a.ann'), exportBrat({ text: ARTICLE, annotations: decisions }, { includeRejected: true }).content);
			const second = cli(['--format', 'brat', path.join(folder, 'a.txt')]);
			assert.equal(second.status, 0, second.err.join('\n'));
			assert.equal(second.out[0], `${article}.annotations.yaml: ${decisions.length - half.length} imported (${half.length} already there)`);
			const after = parseSidecar(fs.readFileSync(article + '.annotations.yaml', 'utf8'));
			assert.ok(after.ok);
			for (const item of parsed.sidecar.annotations) {
				assert.deepEqual(
					after.sidecar.annotations.find((a) => a.id === item.id),
					item,
					'an item of the first import is unchanged',
				);
			}
			assert.equal(after.sidecar.annotations.length, decisions.length);
		});
	});

	it('leaves a sidecar it cannot read as it is, and says which entities were not imported (exit 1)', () => {
		withFolder('import-cli-', (folder) => {
			fs.writeFileSync(path.join(folder, 'a.txt'), 'Karim Belkacem à Tlemcen.');
			fs.writeFileSync(path.join(folder, 'a.ann'), 'T1\tPER 0 14\tKarim Belkacem\nT2\tCity 17 24\tTlemcen\n');
			const broken = '<<<<<<< HEAD\nversion: 1\n=======\nversion: 2\n>>>>>>> theirs\n';
			fs.writeFileSync(path.join(folder, 'a.txt.annotations.yaml'), broken);
			const refused = cli(['--format', 'brat', path.join(folder, 'a.ann')]);
			assert.equal(refused.status, 1);
			assert.match(refused.err.join('\n'), /a\.txt\.annotations\.yaml:1: .*conflict.*nothing imported/is);
			assert.equal(fs.readFileSync(path.join(folder, 'a.txt.annotations.yaml'), 'utf8'), broken);

			fs.rmSync(path.join(folder, 'a.txt.annotations.yaml'));
			const partial = cli(['--format', 'brat', path.join(folder, 'a.ann')]);
			assert.equal(partial.status, 1, 'an entity was not imported');
			assert.match(partial.err[0], /a\.ann: line 2: T2 City "Tlemcen": the type City is not a label/);
			assert.match(partial.out[0], /: 1 imported$/);
			const mapped = cli(['--format', 'brat', '--map', 'City=LOC', path.join(folder, 'a.ann')]);
			assert.equal(mapped.status, 0, mapped.err.join('\n'));
			assert.match(mapped.out[0], /: 1 imported \(1 already there\)$/);
			assert.ok(fs.readdirSync(folder).every((name) => !name.includes('.tmp-')), 'no temporary file left');
		});
	});

	it('brings a CoNLL export back into the article, and writes the article from the tokens when there is none', () => {
		withFolder('import-cli-', (folder) => {
			const accepted = decisionsOn(ARTICLE).filter((d) => d.status === 'accepted');
			assert.deepEqual(
				importedBack(folder, exportConll({ text: ARTICLE, annotations: accepted }).content).map((a) => [a.start, a.end, a.type, a.source]),
				shape(accepted).map((d) => [d.start, d.end, d.type, 'conll']),
			);

			fs.writeFileSync(path.join(folder, 'b.conll'), 'Karim\tB-PER\nBelkacem\tI-PER\nà\tO\nTlemcen\tB-LOC\n\nPuis\tO\nOran\tB-City\n');
			const created = cli(['--format', 'conll', path.join(folder, 'b.conll')]);
			assert.equal(created.status, 1, 'City is not a label');
			assert.equal(fs.readFileSync(path.join(folder, 'b.txt'), 'utf8'), 'Karim Belkacem à Tlemcen\nPuis Oran\n');
			assert.match(created.out[0], /b\.txt written, .*b\.txt\.annotations\.yaml: 2 imported$/);
			assert.match(created.err[0], /b\.conll: line 7: City "Oran": the type City is not a label/);
			const mapped = cli(['--format', 'conll', '--map', 'City=LOC', path.join(folder, 'b.conll')]);
			assert.equal(mapped.status, 0, mapped.err.join('\n'));
			assert.match(mapped.out[0], /: 1 imported \(2 already there\)$/);

			fs.writeFileSync(path.join(folder, 'b.txt'), 'Karim Belkacem est à Tlemcen.\n');
			const other = cli(['--format', 'conll', path.join(folder, 'b.conll')]);
			assert.equal(other.status, 1);
			assert.match(other.err[0], /b\.conll:3: the token "à" does not come next in the article \(the article has "est" before it\).*nothing imported/);
		});
	});

	it('makes a missing --out folder when it writes an article there, as export does; not for --dry-run, nor over a file', () => {
		withFolder('import-cli-', (folder) => {
			const input = path.join(folder, 'in.jsonl');
			fs.writeFileSync(input, `${JSON.stringify({ text: 'Karim est à Oran.', label: [[0, 5, 'PER']], document: 'a.txt' })}\n`);
			const out = path.join(folder, 'new', 'articles');
			const dry = cli(['--format', 'jsonl', '--dry-run', '--out', out, input]);
			assert.equal(dry.status, 0, dry.err.join('\n'));
			assert.ok(!fs.existsSync(path.join(folder, 'new')), 'nothing made for a dry run');
			const run = cli(['--format', 'jsonl', '--out', out, input]);
			assert.equal(run.status, 0, run.err.join('\n'));
			assert.equal(fs.readFileSync(path.join(out, 'a.txt'), 'utf8'), 'Karim est à Oran.');
			assert.ok(fs.existsSync(path.join(out, 'a.txt.annotations.yaml')));
			const overFile = cli(['--format', 'jsonl', '--out', input, input]);
			assert.equal(overFile.status, 2);
			assert.match(overFile.err[0], /--out .*in\.jsonl: not a folder/);
		});
	});

	it('pairs a name in NFC with the article whose file name is NFD on disk (a folder copied from macOS): JSONL, and CoNLL -DOCSTART- names', () => {
		withFolder('import-cli-', (folder) => {
			const name = 'Béjaïa.txt';
			const onDisk = name.normalize('NFD');
			assert.notEqual(onDisk, name.normalize('NFC'));
			const text = 'Karim est à Béjaïa.\n';
			fs.writeFileSync(path.join(folder, onDisk), text);
			const input = path.join(folder, 'in.jsonl');
			fs.writeFileSync(input, `${JSON.stringify({ text, label: [[0, 5, 'PER']], document: name.normalize('NFC') })}\n`);
			const run = cli(['--format', 'jsonl', input]);
			assert.equal(run.status, 0, run.err.join('\n'));
			assert.deepEqual(fs.readdirSync(folder).sort(), ['in.jsonl', onDisk, `${onDisk}.annotations.yaml`].sort(), 'no second article');
			const sidecar = parseSidecar(fs.readFileSync(path.join(folder, `${onDisk}.annotations.yaml`), 'utf8'));
			assert.ok(sidecar.ok);
			assert.equal(sidecar.sidecar.document, onDisk, 'the sidecar names the file as it is');

			const conll = path.join(folder, 'all.conll');
			fs.writeFileSync(conll, `-DOCSTART-\tO\t# document = ${name.normalize('NFC')}\n\nKarim\tO\nest\tO\nà\tO\nBéjaïa\tB-LOC\n.\tO\n`);
			const fromConll = cli(['--format', 'conll', conll]);
			assert.equal(fromConll.status, 0, fromConll.err.join('\n'));
			assert.match(fromConll.out[0], /: 1 imported$/);

			// one file naming the article in both forms names it twice
			fs.writeFileSync(input, [name.normalize('NFC'), onDisk].map((document) => JSON.stringify({ text, label: [[0, 5, 'PER']], document })).join('\n'));
			const twice = cli(['--format', 'jsonl', input]);
			assert.equal(twice.status, 1);
			assert.match(twice.err.join('\n'), /in\.jsonl:2: a line before names the article .* too; not imported/);
		});
	});

	it('gives each article of a corpus-wide CoNLL export its own decisions back, by the name its -DOCSTART- line carries', () => {
		withFolder('import-cli-', (folder) => {
			const texts: Record<string, string> = { 'a.txt': 'Karim est à Oran.\n', 'b.txt': 'Leila vit à Tunis depuis lundi.\n', 'c d.txt': 'Samir visite Alger.\n' };
			const entities: Record<string, Array<[string, string]>> = { 'a.txt': [['Karim', 'PER'], ['Oran', 'LOC']], 'b.txt': [['Leila', 'PER'], ['Tunis', 'LOC'], ['lundi', 'DATE']], 'c d.txt': [['Alger', 'LOC']] };
			const corpus = path.join(folder, 'corpus');
			fs.mkdirSync(corpus);
			let file = '';
			for (const [name, text] of Object.entries(texts)) {
				fs.writeFileSync(path.join(corpus, name), text);
				const annotations = entities[name].map(([quote, type], i): Annotation => ({ id: `x${i}`, type, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, text: quote, status: 'accepted' }));
				file += exportConll({ text, document: name, annotations }, { docstart: true }).content;
			}
			fs.writeFileSync(path.join(folder, 'all.conll'), file);
			const run = cli(['--format', 'conll', '--out', corpus, path.join(folder, 'all.conll')]);
			assert.equal(run.status, 0, run.err.join('\n'));
			for (const [name, text] of Object.entries(texts)) {
				const sidecar = parseSidecar(fs.readFileSync(path.join(corpus, `${name}.annotations.yaml`), 'utf8'));
				assert.ok(sidecar.ok);
				assert.deepEqual(sidecar.sidecar.annotations.map((a) => [a.text, a.type]), entities[name], name);
				assert.equal(fs.readFileSync(path.join(corpus, name), 'utf8'), text, 'the article is not rewritten');
			}
			assert.ok(!fs.existsSync(path.join(corpus, 'all.txt')), 'no article made of the whole file');

			// beside the file, where the articles are not: each one missing is said, none is written from tokens
			const beside = cli(['--format', 'conll', path.join(folder, 'all.conll')]);
			assert.equal(beside.status, 1);
			assert.equal(beside.err.length, 3);
			assert.match(beside.err[0], /a\.txt: no such file \(the article of .*all\.conll:1\); the file names its articles: give --out the folder they are in/);
			assert.deepEqual(fs.readdirSync(folder).sort(), ['all.conll', 'corpus']);

			// --article cannot take several articles; a part without a name, or naming one twice, is not imported
			const one = cli(['--format', 'conll', '--article', path.join(corpus, 'a.txt'), path.join(folder, 'all.conll')]);
			assert.equal(one.status, 1);
			assert.match(one.err[0], /its -DOCSTART- lines name 3 article\(s\) \("a\.txt", "b\.txt", "c d\.txt"\).*--article is for a file of one article/);
			fs.writeFileSync(path.join(folder, 'mixed.conll'), `Samir\tB-PER\n\n${file}${file.slice(0, file.indexOf('-DOCSTART-', 1))}`);
			const mixed = cli(['--format', 'conll', '--out', corpus, path.join(folder, 'mixed.conll')]);
			assert.equal(mixed.status, 1);
			assert.match(mixed.err[0], /mixed\.conll:1: tokens under no -DOCSTART- line naming their article.*not imported/);
			assert.match(mixed.err[1], /mixed\.conll:\d+: names the article "a\.txt", as line 3 did; not imported/);
			assert.equal(mixed.out.length, 3, mixed.out.join('\n'));
		});
	});

	it('brings a CoNLL export with --include rejected back with each status as it was, the tag column last', () => {
		withFolder('import-cli-', (folder) => {
			const decisions = decisionsOn(ARTICLE);
			assert.ok(decisions.some((d) => d.status === 'rejected') && decisions.some((d) => d.status === 'accepted'));
			const exported = exportConll({ text: ARTICLE, annotations: decisions }, { includeRejected: true });
			assert.deepEqual(exported.warnings, []);
			// the last column is the tag column: a reader taking the tag from there sees the accepted entities only
			const lastColumn = exported.content.split('\n').filter((line) => line.length > 0).map((line) => line.split('\t').pop() as string);
			assert.equal(lastColumn.filter((tag) => tag.startsWith('B-')).length, decisions.filter((d) => d.status === 'accepted').length);
			assert.ok(lastColumn.every((tag) => !tag.includes('rejected')));
			assert.deepEqual(
				importedBack(folder, exported.content).map((a) => [a.start, a.end, a.type, a.status]),
				shape(decisions).map((d) => [d.start, d.end, d.type, d.status]),
			);
		});
	});

	it('reads the marked rejected column of a CoNLL file, and the column --column names as the tag', () => {
		const text = 'Karim à Oran lundi';
		const file = 'Karim\tB-PER:rejected\tB-PER\nà\tO\tO\nOran\tB-LOC:rejected\tB-ORG\nlundi\tI-LOC:rejected\tB-DATE\n';
		const spans = (column?: number) => {
			const aligned = alignConll(parseConllFile(file, column), text);
			assert.ok(aligned.ok);
			return aligned.spans.map((span) => [text.slice(span.start, span.end), span.type, span.status]);
		};
		assert.deepEqual(spans(), [
			['Karim', 'PER', 'accepted'],
			['Karim', 'PER', 'rejected'],
			['Oran', 'ORG', 'accepted'],
			['Oran lundi', 'LOC', 'rejected'],
			['lundi', 'DATE', 'accepted'],
		]);
		assert.deepEqual(spans(1), [
			['Karim', 'PER', 'rejected'],
			['Oran lundi', 'LOC', 'rejected'],
		]);
		// another tool's second-to-last column (chunks of CoNLL-2003) is not read as rejected entities
		const chunks = alignConll(parseConllFile('Karim NNP B-NP B-PER\nà IN B-PP O\n'), 'Karim à');
		assert.ok(chunks.ok);
		assert.deepEqual(chunks.spans.map((span) => [span.type, span.status]), [['PER', 'accepted']]);
	});

	it('writes each JSONL line as an article with its sidecar, and never over an article holding another text', () => {
		withFolder('import-cli-', (folder) => {
			const decisions = decisionsOn(ARTICLE);
			const line = exportJsonl({ text: ARTICLE, document: 'ar.txt', annotations: decisions }, { includeRejected: true, offsets: 'utf16' }).content;
			const second = JSON.stringify({ text: 'Karim à Oran', label: [[0, 5, 'PER'], [8, 12, 'LOC']] });
			fs.writeFileSync(path.join(folder, 'corpus.jsonl'), line + second + '\nnot json\n');
			const out = path.join(folder, 'out');
			fs.mkdirSync(out);
			const first = cli(['--format', 'jsonl', '--out', out, path.join(folder, 'corpus.jsonl')]);
			assert.equal(first.status, 1, 'the third line is not JSON');
			assert.match(first.err[0], /corpus\.jsonl:3: not JSON/);
			assert.equal(fs.readFileSync(path.join(out, 'ar.txt'), 'utf8'), ARTICLE);
			assert.equal(fs.readFileSync(path.join(out, 'corpus-0002.txt'), 'utf8'), 'Karim à Oran');
			const sidecar = parseSidecar(fs.readFileSync(path.join(out, 'ar.txt.annotations.yaml'), 'utf8'));
			assert.ok(sidecar.ok);
			const converter = new OffsetConverter(ARTICLE);
			assert.deepEqual(
				sidecar.sidecar.annotations.map((a) => ({ type: a.type, start: converter.toUtf16(a.start), end: converter.toUtf16(a.end), text: a.text, status: a.status, note: undefined })).sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type)),
				shape(decisions),
			);

			const again = cli(['--format', 'jsonl', '--out', out, path.join(folder, 'corpus.jsonl')]);
			assert.match(again.out.join('\n'), /ar\.txt\.annotations\.yaml: nothing new to import \(\d+ already there\)/);
			fs.writeFileSync(path.join(out, 'corpus-0002.txt'), 'Karim est à Oran');
			const changed = cli(['--format', 'jsonl', '--out', out, path.join(folder, 'corpus.jsonl')]);
			assert.match(changed.err.join('\n'), /corpus-0002\.txt: exists with another text than .*corpus\.jsonl:2; not overwritten/);
			assert.equal(fs.readFileSync(path.join(out, 'corpus-0002.txt'), 'utf8'), 'Karim est à Oran');
		});
	});

	it('refuses a JSONL line whose offsets, read as code points, fall inside words where as UTF-16 units they do not, unless --offsets says the unit', () => {
		withFolder('import-cli-', (folder) => {
			// as doccano's web client counts: UTF-16 units, and the line does not say so
			const text = '😀 Karim est à Oran 🇩🇿 avec Leila.';
			const utf16 = ['Karim', 'Oran', 'Leila'].map((name, i) => [text.indexOf(name), text.indexOf(name) + name.length, i === 1 ? 'LOC' : 'PER']);
			const file = path.join(folder, 'web.jsonl');
			fs.writeFileSync(file, JSON.stringify({ text, label: utf16, document: 'web.txt' }) + '\n');
			const refused = cli(['--format', 'jsonl', file]);
			assert.equal(refused.status, 1);
			assert.match(refused.err.join('\n'), /web\.jsonl:1: its offsets read as code points fall inside words .* give --offsets utf16 \(doccano's web client counts UTF-16 units\)/);
			assert.ok(!fs.existsSync(path.join(folder, 'web.txt.annotations.yaml')), 'nothing imported shifted');
			// the same spans as a Prodigy file: the hint names Prodigy's unit, not doccano's
			const prodigy = path.join(folder, 'web-prodigy.jsonl');
			fs.writeFileSync(prodigy, JSON.stringify({ text, spans: utf16.map(([start, end, label]) => ({ start, end, label })), answer: 'accept', meta: { document: 'web.txt' } }) + '\n');
			const refusedProdigy = cli(['--format', 'prodigy', prodigy]);
			assert.equal(refusedProdigy.status, 1);
			assert.match(refusedProdigy.err.join('\n'), /give --offsets utf16 \(Prodigy counts code points, as Python does/);
			assert.doesNotMatch(refusedProdigy.err.join('\n'), /doccano/);
			const asUtf16 = cli(['--format', 'jsonl', '--offsets', 'utf16', file]);
			assert.equal(asUtf16.status, 0, asUtf16.err.join('\n'));
			const sidecar = parseSidecar(fs.readFileSync(path.join(folder, 'web.txt.annotations.yaml'), 'utf8'));
			assert.ok(sidecar.ok);
			assert.deepEqual(sidecar.sidecar.annotations.map((a) => a.text), ['Karim', 'Oran', 'Leila']);
			// code points that cut a word where the other unit would too (a proclitic left out) are taken
			const arabic = '😀 اجتماع في والجزائر اليوم';
			const start = Array.from(arabic).join('').indexOf('الجزائر');
			const codePoints = [Array.from(arabic.slice(0, start)).length, Array.from(arabic.slice(0, start)).length + 7, 'LOC'];
			const arabicFile = path.join(folder, 'ar.jsonl');
			fs.writeFileSync(arabicFile, JSON.stringify({ text: arabic, label: [codePoints], document: 'ar.txt' }) + '\n');
			const taken = cli(['--format', 'jsonl', arabicFile]);
			assert.equal(taken.status, 0, taken.err.join('\n'));
		});
	});

	it('refuses a sidecar over --max-sidecar-bytes before reading it', () => {
		withFolder('import-cli-', (folder) => {
			fs.writeFileSync(path.join(folder, 'a.txt'), 'Karim à Oran');
			fs.writeFileSync(path.join(folder, 'a.ann'), 'T1\tPER 0 5\tKarim\n');
			// sparse: no disk used, but reading it whole would be over what a buffer can hold
			fs.writeFileSync(path.join(folder, 'a.txt.annotations.yaml'), '');
			fs.truncateSync(path.join(folder, 'a.txt.annotations.yaml'), 3 * 1024 ** 3);
			const refused = cli(['--format', 'brat', '--max-sidecar-bytes', '1000', path.join(folder, 'a.ann')]);
			assert.equal(refused.status, 1);
			assert.match(refused.err.join('\n'), /a\.txt\.annotations\.yaml: sidecar is .* over the 1000 bytes limit \(--max-sidecar-bytes\); not read/);
			assert.equal(fs.statSync(path.join(folder, 'a.txt.annotations.yaml')).size, 3 * 1024 ** 3);
		});
	});

	it('writes no sidecar that would be over the limit it is read with, which nothing could then open', () => {
		withFolder('import-cli-', (folder) => {
			const words = Array.from({ length: 40 }, () => 'Oran');
			fs.writeFileSync(path.join(folder, 'a.txt'), words.join(' '));
			fs.writeFileSync(path.join(folder, 'a.ann'), words.map((word, index) => `T${index + 1}\tLOC ${index * 5} ${index * 5 + 4}\t${word}\n`).join(''));
			const refused = cli(['--format', 'brat', '--max-sidecar-bytes', '4000', path.join(folder, 'a.ann')]);
			assert.equal(refused.status, 1);
			assert.match(refused.err.join('\n'), /a\.txt\.annotations\.yaml: with 40 decisions added it would be [0-9.]+ KB, over the 3\.9 KB limit sidecars are read with \(--max-sidecar-bytes.*; nothing imported/);
			assert.deepEqual(fs.readdirSync(folder).sort(), ['a.ann', 'a.txt']);
			const written = cli(['--format', 'brat', '--max-sidecar-bytes', '40000', path.join(folder, 'a.ann')]);
			assert.equal(written.status, 0, written.err.join('\n'));
			const back = readSidecarBytes(fs.readFileSync(path.join(folder, 'a.txt.annotations.yaml')), { maxBytes: 40000 });
			assert.ok(back.ok && back.sidecar.annotations.length === 40);
		});
	});

	it('names the article of a CoNLL file without an extension after the whole file name', () => {
		withFolder('import-cli-', (folder) => {
			fs.writeFileSync(path.join(folder, 'train'), 'Karim\tB-PER\nà\tO\nOran\tB-LOC\n');
			const made = cli(['--format', 'conll', path.join(folder, 'train')]);
			assert.equal(made.status, 0, made.err.join('\n'));
			assert.equal(fs.readFileSync(path.join(folder, 'train.txt'), 'utf8'), 'Karim à Oran\n');
			assert.ok(!fs.existsSync(path.join(folder, '.txt')));
		});
	});

	it('writes no article from a JSONL text that would not read back the same from the file', () => {
		withFolder('import-cli-', (folder) => {
			const lines = [
				{ document: 'bom.txt', text: '\ufeffKarim à Oran', label: [[1, 6, 'PER']] },
				{ document: 'nul.txt', text: 'Karim\u0000 à Oran', label: [[0, 5, 'PER']] },
				{ document: 'lone.txt', text: 'Karim \ud83d à Oran', label: [[0, 5, 'PER']] },
				{ document: 'fine.txt', text: 'Karim à Oran', label: [[0, 5, 'PER']] },
			];
			fs.writeFileSync(path.join(folder, 'c.jsonl'), lines.map((line) => JSON.stringify(line)).join('\n'));
			const run = cli(['--format', 'jsonl', path.join(folder, 'c.jsonl')]);
			assert.equal(run.status, 1);
			assert.match(run.err.join('\n'), /c\.jsonl:1: .*byte order mark/);
			assert.match(run.err.join('\n'), /c\.jsonl:2: .*binary data/);
			assert.match(run.err.join('\n'), /c\.jsonl:3: .*surrogate/);
			assert.deepEqual(fs.readdirSync(folder).sort(), ['c.jsonl', 'fine.txt', 'fine.txt.annotations.yaml']);
		});
	});

	it('takes back the article it wrote when the sidecar beside it cannot be written', () => {
		withFolder('import-cli-', (folder) => {
			// the sidecar's name fits the file system, the temporary file's (longer) does not
			const name = `${'a'.repeat(225)}.txt`;
			fs.writeFileSync(path.join(folder, 'c.jsonl'), JSON.stringify({ document: name, text: 'Karim à Oran', label: [[0, 5, 'PER']] }));
			const run = cli(['--format', 'jsonl', path.join(folder, 'c.jsonl')]);
			assert.equal(run.status, 1);
			assert.match(run.err.join('\n'), /c\.jsonl:1: .*too long/);
			assert.deepEqual(fs.readdirSync(folder), ['c.jsonl']);
		});
	});

	it('names the file it could not write, not the input it read', () => {
		withFolder('import-cli-', (folder) => {
			// a link to nowhere where the article would be written: writing it fails with «already exists»
			fs.symlinkSync(path.join(folder, 'gone'), path.join(folder, 'd.txt'));
			fs.writeFileSync(path.join(folder, 'c.jsonl'), JSON.stringify({ document: 'd.txt', text: 'Karim à Oran', label: [[0, 5, 'PER']] }));
			const run = cli(['--format', 'jsonl', path.join(folder, 'c.jsonl')]);
			assert.equal(run.status, 1);
			assert.deepEqual(run.err, [`article-annotator import: ${path.join(folder, 'c.jsonl')}:1: ${path.join(folder, 'd.txt')} cannot be written (already exists); nothing imported`]);
			assert.deepEqual(fs.readdirSync(folder).sort(), ['c.jsonl', 'd.txt']);
		});
	});

	it('reports a JSONL line nested too deep to describe, and imports the other lines', () => {
		withFolder('import-cli-', (folder) => {
			const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
			const lines = [
				JSON.stringify({ document: 'good.txt', text: 'Karim à Oran', label: [[0, 5, 'PER']] }),
				`{"document": "deep-label.txt", "text": "Oran", "label": [${deep(100_000)}]}`,
				`{"document": "deep-offsets.txt", "text": "Oran", "label": [], "offsets": ${deep(100_000)}}`,
			];
			fs.writeFileSync(path.join(folder, 'c.jsonl'), lines.join('\n'));
			const run = cli(['--format', 'jsonl', path.join(folder, 'c.jsonl')]);
			assert.equal(run.status, 1);
			assert.match(run.err.join('\n'), /c\.jsonl:2: label\[0\]: .*is not \[start, end, label\].*not imported/);
			assert.match(run.err.join('\n'), /c\.jsonl:3: "offsets" is .*not "codepoint" nor "utf16"/);
			assert.ok(fs.existsSync(path.join(folder, 'good.txt.annotations.yaml')), run.err.join('\n'));
		});
	});

	it('counts a CoNLL tag it cannot read as an entity not imported (exit 1), even with --quiet', () => {
		withFolder('import-cli-', (folder) => {
			fs.writeFileSync(path.join(folder, 'a.conll'), 'Karim\tB-PER\nà\tO\nOran\tX-LOC\n');
			const run = cli(['--format', 'conll', '--quiet', path.join(folder, 'a.conll')]);
			assert.equal(run.status, 1);
			assert.match(run.err.join('\n'), /a\.conll: line 3: the tag "X-LOC" .*not imported/);
			assert.match(run.out[0], /a\.txt\.annotations\.yaml: 1 imported$/);
		});
	});

	it('brings the work done in brat on an exported folder back into the articles it was exported from, with --out', () => {
		withFolder('import-cli-', (folder) => {
			const corpus = path.join(folder, 'corpus');
			const brat = path.join(folder, 'brat');
			fs.mkdirSync(corpus);
			fs.mkdirSync(brat);
			const texts = { 'a.txt': 'Karim à Oran\r\npuis Alger', 'b.txt': '\ufeffLe 😀 maire de Tlemcen' };
			const decided: Record<string, Annotation[]> = {
				'a.txt': [{ id: 'd1', type: 'PER', start: 0, end: 5, text: 'Karim', status: 'accepted' }],
				'b.txt': [{ id: 'd2', type: 'LOC', start: 15, end: 22, text: 'Tlemcen', status: 'accepted' }],
			};
			for (const [name, text] of Object.entries(texts)) {
				fs.writeFileSync(path.join(corpus, name), text);
				// as export --format brat --out writes them: the .txt without the BOM, LF line ends
				const plain = text.replace(/^\ufeff/, '');
				fs.writeFileSync(path.join(brat, name), plain.replace('\r\n', '\n'));
				fs.writeFileSync(path.join(brat, name.replace('.txt', '.ann')), exportBrat({ text: plain, annotations: decided[name] }).content);
			}
			const run = cli(['--format', 'brat', '--out', corpus, path.join(brat, 'a.ann'), path.join(brat, 'b.ann')]);
			assert.equal(run.status, 0, run.err.join('\n'));
			for (const name of Object.keys(texts)) {
				const sidecar = parseSidecar(fs.readFileSync(path.join(corpus, `${name}.annotations.yaml`), 'utf8'));
				assert.ok(sidecar.ok);
				assert.deepEqual(
					sidecar.sidecar.annotations.map((a) => a.text),
					decided[name].map((a) => a.text),
				);
				assert.ok(!fs.existsSync(path.join(brat, `${name}.annotations.yaml`)), 'nothing written beside the copies');
			}
			assert.equal(cli(['--format', 'brat', '--out', corpus, '--article', path.join(corpus, 'a.txt'), path.join(brat, 'a.ann')]).status, 2, '--out and --article together');
		});
	});

	it('brings a brat folder tree exported with --out back into the articles at the same paths, same names in two folders apart', () => {
		withFolder('import-cli-', (folder) => {
			const corpus = path.join(folder, 'corpus');
			// invented texts: one name in two folders, one at the top
			const texts: Record<string, string> = { '2024/a.txt': 'Salima Bouzid visite Ghardaïa.\n', '2025/a.txt': 'Le port de Béjaïa reçoit Farid Lounis.\n', 'top.txt': 'Rachid Hamdi quitte Médéa.\n' };
			const entities: Record<string, Array<[string, string]>> = { '2024/a.txt': [['Salima Bouzid', 'PER'], ['Ghardaïa', 'LOC']], '2025/a.txt': [['Béjaïa', 'LOC'], ['Farid Lounis', 'PER']], 'top.txt': [['Rachid Hamdi', 'PER']] };
			const { sidecarOf } = annotatedCorpus(corpus, texts, entities);
			const brat = path.join(folder, 'brat');
			const err: string[] = [];
			assert.equal(runExport(['--format', 'brat', '--out', brat, corpus], { ...createNodeExportIo(), stdout: () => undefined, stderr: (line) => err.push(line) }), 0, err.join('\n'));
			for (const name of Object.keys(texts)) {
				fs.rmSync(sidecarOf(name)); // the work comes back from brat only
			}
			const run = cli(['--format', 'brat', '--out', corpus, brat]);
			assert.equal(run.status, 0, run.err.join('\n'));
			for (const [name, text] of Object.entries(texts)) {
				const sidecar = parseSidecar(fs.readFileSync(sidecarOf(name), 'utf8'));
				assert.ok(sidecar.ok, name);
				assert.deepEqual(sidecar.sidecar.annotations.map((a) => [a.text, a.type]).sort(), [...entities[name]].sort(), name);
				assert.equal(fs.readFileSync(path.join(corpus, ...name.split('/')), 'utf8'), text, 'the article is not rewritten');
			}
			assert.deepEqual(fs.readdirSync(corpus).sort(), ['2024', '2025', 'top.txt', 'top.txt.annotations.yaml'], 'no article written at the top for the sub-folders\' .ann');
			assert.ok(fs.readdirSync(brat, { recursive: true }).every((name) => !String(name).endsWith('.annotations.yaml')), 'nothing written beside the copies');

			// a flat brat folder pairs by file name, as one .ann given by itself always did
			const flat = path.join(folder, 'flat');
			fs.mkdirSync(flat);
			fs.copyFileSync(path.join(brat, 'top.ann'), path.join(flat, 'top.ann'));
			fs.rmSync(sidecarOf('top.txt'));
			assert.equal(cli(['--format', 'brat', '--out', corpus, flat]).status, 0);
			assert.ok(fs.existsSync(sidecarOf('top.txt')));
			// one by one, an .ann of a sub-folder is paired by its file name; the message names the way
			assert.match(cli(['--format', 'brat', '--out', corpus, path.join(brat, '2024', 'a.ann')]).err.join('\n'), /a\.txt: no such file .*give their brat FOLDER, whose paths are kept under --out/);
			// without --out, each .ann's article is the .txt beside it
			const beside = cli(['--format', 'brat', '--dry-run', brat]);
			assert.equal(beside.status, 0, beside.err.join('\n'));
			assert.ok(beside.out.some((line) => line.startsWith(path.join(brat, '2025', 'a.txt.annotations.yaml'))), beside.out.join('\n'));
			// a folder is not one article; a folder without .ann files is said
			assert.match(cli(['--format', 'brat', '--article', path.join(corpus, 'top.txt'), flat]).err.join('\n'), /a folder; --article is for one \.ann file/);
			const empty = path.join(folder, 'empty');
			fs.mkdirSync(empty);
			assert.deepEqual(cli(['--format', 'brat', '--out', corpus, empty]).err, [`article-annotator import: ${empty}: a folder without any .ann file; nothing imported`]);
		});
	});

	it('brings a CoNLL folder tree exported with --out back into the articles at the same paths, never writing one at the top', () => {
		withFolder('import-cli-', (folder) => {
			const corpus = path.join(folder, 'corpus');
			// invented texts: one name in two folders
			const texts: Record<string, string> = { '2024/a.txt': 'Lamia Saadi rejoint Tiaret.\n', '2025/a.txt': 'Karim Haddad quitte Bouira.\n' };
			const entities: Record<string, Array<[string, string]>> = { '2024/a.txt': [['Lamia Saadi', 'PER'], ['Tiaret', 'LOC']], '2025/a.txt': [['Karim Haddad', 'PER'], ['Bouira', 'LOC']] };
			const { sidecarOf } = annotatedCorpus(corpus, texts, entities);
			const conll = path.join(folder, 'conll');
			const err: string[] = [];
			assert.equal(runExport(['--format', 'conll', '--out', conll, corpus], { ...createNodeExportIo(), stdout: () => undefined, stderr: (line) => err.push(line) }), 0, err.join('\n'));
			for (const name of Object.keys(texts)) {
				fs.rmSync(sidecarOf(name));
			}
			const run = cli(['--format', 'conll', '--out', corpus, conll]);
			assert.equal(run.status, 0, run.err.join('\n'));
			for (const [name, text] of Object.entries(texts)) {
				const sidecar = parseSidecar(fs.readFileSync(sidecarOf(name), 'utf8'));
				assert.ok(sidecar.ok, name);
				assert.deepEqual(sidecar.sidecar.annotations.map((a) => [a.text, a.type]), entities[name], name);
				assert.equal(fs.readFileSync(path.join(corpus, ...name.split('/')), 'utf8'), text, 'the article is not rewritten');
			}
			assert.deepEqual(fs.readdirSync(corpus).sort(), ['2024', '2025'], 'no article written from the tokens at the top');
		});
	});

	for (const [format, extension] of [['jsonl', '.jsonl'], ['prodigy', '.jsonl'], ['labelstudio', '.json']] as const) {
		it(`brings a ${format} folder tree exported with --out back into the articles at the same paths, in name order`, () => {
			withFolder('import-cli-', (folder) => {
				const corpus = path.join(folder, 'corpus');
				// invented texts: one name in two folders
				const texts: Record<string, string> = { '2024/a.txt': 'Nadia Ferhat arrive à Sétif.\n', '2025/a.txt': 'Yacine Brahimi part de Béjaïa.\n' };
				const entities: Record<string, Array<[string, string]>> = { '2024/a.txt': [['Nadia Ferhat', 'PER'], ['Sétif', 'LOC']], '2025/a.txt': [['Yacine Brahimi', 'PER'], ['Béjaïa', 'LOC']] };
				const { sidecarOf } = annotatedCorpus(corpus, texts, entities);
				const work = path.join(folder, 'work');
				const err: string[] = [];
				assert.equal(runExport(['--format', format, '--out', work, corpus], { ...createNodeExportIo(), stdout: () => undefined, stderr: (line) => err.push(line) }), 0, err.join('\n'));
				assert.ok(fs.existsSync(path.join(work, '2025', `a${extension}`)), `export writes 2025/a${extension}`);
				for (const name of Object.keys(texts)) {
					fs.rmSync(sidecarOf(name));
				}
				const run = cli(['--format', format, '--out', corpus, work]);
				assert.equal(run.status, 0, run.err.join('\n'));
				// each file read as if given by itself, in name order
				assert.deepEqual(run.out.map((line) => line.split(':')[0]), Object.keys(texts).map(sidecarOf), run.out.join('\n'));
				for (const [name, text] of Object.entries(texts)) {
					const sidecar = parseSidecar(fs.readFileSync(sidecarOf(name), 'utf8'));
					assert.ok(sidecar.ok, name);
					assert.deepEqual(sidecar.sidecar.annotations.map((a) => [a.text, a.type]), entities[name], name);
					assert.equal(fs.readFileSync(path.join(corpus, ...name.split('/')), 'utf8'), text, 'the article is not rewritten');
				}
				assert.deepEqual(fs.readdirSync(corpus).sort(), ['2024', '2025'], 'no article written at the top');
				// a folder without any file of the format is said, naming the extension looked for
				const empty = path.join(folder, 'empty');
				fs.mkdirSync(empty);
				fs.writeFileSync(path.join(empty, `a${extension === '.json' ? '.jsonl' : '.json'}`), '{}\n');
				const none = cli(['--format', format, '--out', corpus, empty]);
				assert.equal(none.status, 1);
				assert.deepEqual(none.err, [`article-annotator import: ${empty}: a folder without any ${extension} file; nothing imported`]);
			});
		});
	}

	it('finds an article a file of a FOLDER made by hand names by its file name beside that file, when the FOLDER holds none of that name', () => {
		withFolder('import-cli-', (folder) => {
			const corpus = path.join(folder, 'batches');
			const text = 'Nadia Ferhat rentre à Tlemcen.\n';
			fs.mkdirSync(path.join(corpus, '2024'), { recursive: true });
			fs.writeFileSync(path.join(corpus, '2024', 'a.txt'), text);
			fs.writeFileSync(path.join(corpus, '2024', 'batch.jsonl'), JSON.stringify({ text, label: [[0, 12, 'PER']], document: 'a.txt' }) + '\n');
			const run = cli(['--format', 'jsonl', corpus]);
			assert.equal(run.status, 0, run.err.join('\n'));
			const sidecar = parseSidecar(fs.readFileSync(path.join(corpus, '2024', 'a.txt.annotations.yaml'), 'utf8'));
			assert.ok(sidecar.ok);
			assert.deepEqual(sidecar.sidecar.annotations.map((a) => [a.text, a.type]), [['Nadia Ferhat', 'PER']]);
			assert.ok(!fs.existsSync(path.join(corpus, 'a.txt')), 'no new article at the top of the FOLDER');
		});
	});

	it('looks the articles named in the files of a FOLDER given without --out up in that FOLDER, not in each file\'s sub-folder; a FILE given alone as before', () => {
		withFolder('import-cli-', (folder) => {
			const corpus = path.join(folder, 'corpus');
			// invented texts: one at the top, one in a sub-folder
			const texts: Record<string, string> = { '2024/a.txt': 'Lamia Bouzid rentre à Mostaganem.\n', 'b.txt': 'Omar Taleb quitte Ghardaïa.\n' };
			const entities: Record<string, Array<[string, string]>> = { '2024/a.txt': [['Lamia Bouzid', 'PER'], ['Mostaganem', 'LOC']], 'b.txt': [['Ghardaïa', 'LOC']] };
			const { sidecarOf, writeSidecars } = annotatedCorpus(corpus, texts, entities);
			for (const [format, extension] of [['jsonl', 'jsonl'], ['prodigy', 'jsonl'], ['labelstudio', 'json'], ['conll', 'conll']]) {
				writeSidecars();
				// the exported files beside the articles, each naming its article by its path in the corpus
				const err: string[] = [];
				assert.equal(runExport(['--format', format, '--out', corpus, ...(format === 'conll' ? ['--docstart'] : []), corpus], { ...createNodeExportIo(), stdout: () => undefined, stderr: (line) => err.push(line) }), 0, err.join('\n'));
				const exported = path.join(corpus, '2024', `a.${extension}`);
				assert.match(fs.readFileSync(exported, 'utf8'), /2024\/a\.txt/, `${format} names the article by its path in the corpus`);
				for (const name of Object.keys(texts)) {
					fs.rmSync(sidecarOf(name));
				}
				// a FILE alone: the names in it are looked up beside it, as they always were
				const alone = cli(['--format', format, '--dry-run', exported]);
				assert.match([...alone.out, ...alone.err].join('\n'), new RegExp(`${path.join(corpus, '2024', '2024', 'a.txt').replace(/[.\\/]/g, '\\$&')}`), `${format}: a FILE alone`);
				const run = cli(['--format', format, corpus]);
				assert.equal(run.status, 0, `${format}: ${run.err.join('\n')}`);
				for (const [name, text] of Object.entries(texts)) {
					const sidecar = parseSidecar(fs.readFileSync(sidecarOf(name), 'utf8'));
					assert.ok(sidecar.ok, `${format} ${name}`);
					assert.deepEqual(sidecar.sidecar.annotations.map((a) => [a.text, a.type]), entities[name], `${format} ${name}`);
					assert.equal(fs.readFileSync(path.join(corpus, ...name.split('/')), 'utf8'), text, 'the article is not rewritten');
				}
				assert.ok(!fs.existsSync(path.join(corpus, '2024', '2024')), `${format}: no article written in a doubled sub-folder`);
				for (const name of Object.keys(texts)) {
					fs.rmSync(sidecarOf(name));
				}
				for (const name of Object.keys(texts)) {
					fs.rmSync(path.join(corpus, ...name.replace(/\.txt$/, `.${extension}`).split('/')));
				}
				fs.rmSync(path.join(corpus, 'labeling-config.xml'), { force: true });
				assert.deepEqual(fs.readdirSync(corpus).sort(), ['2024', 'b.txt'], `${format}: nothing else written`);
			}
		});
	});

	it('brings the work on an article that is a symbolic link to a file back through export and import: named by the link, its sidecar beside the file it leads to', () => {
		withFolder('import-cli-', (folder) => {
			const corpus = path.join(folder, 'corpus');
			const store = path.join(folder, 'store');
			fs.mkdirSync(corpus);
			fs.mkdirSync(store);
			// invented text, kept elsewhere and linked into the corpus under another name
			const text = 'Rachid Hamdi expose à Constantine.\n';
			const found: Array<[string, string]> = [['Rachid Hamdi', 'PER'], ['Constantine', 'LOC']];
			const real = path.join(store, 'real.txt');
			const link = path.join(corpus, 'linked.txt');
			fs.writeFileSync(real, text);
			fs.symlinkSync(path.join('..', 'store', 'real.txt'), link);
			const home = `${real}.annotations.yaml`;
			const writeSidecar = () => {
				const annotations = found.map(([quote, type], i): Annotation => ({ id: `x${i}`, type, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, text: quote, status: 'accepted' }));
				fs.writeFileSync(home, serializeSidecar(unbindAnnotations({ annotations, orphans: [], articleText: text, documentName: 'real.txt' })));
			};
			const runs: Array<{ format: string; out: string | undefined; extension: string }> = [
				...[['jsonl', 'jsonl'], ['prodigy', 'jsonl'], ['labelstudio', 'json'], ['conll', 'conll'], ['brat', 'ann']].map(([format, extension]) => ({ format, out: path.join(folder, `work-${format}`), extension })),
				// exported into the corpus itself, imported from it without --out
				{ format: 'jsonl', out: undefined, extension: 'jsonl' },
			];
			for (const { format, out, extension } of runs) {
				writeSidecar();
				const err: string[] = [];
				const exportedTo = out ?? corpus;
				assert.equal(runExport(['--format', format, '--out', exportedTo, ...(format === 'conll' ? ['--docstart'] : []), corpus], { ...createNodeExportIo(), stdout: () => undefined, stderr: (line) => err.push(line) }), 0, err.join('\n'));
				assert.deepEqual(err, [], `${format}: the link's sidecar, beside the file it leads to, is the article's`);
				const exported = path.join(exportedTo, `linked.${extension}`);
				if (format !== 'brat') {
					assert.match(fs.readFileSync(exported, 'utf8'), /linked\.txt/, `${format}: named by the link, the path given`);
				}
				fs.rmSync(home);
				const run = cli(['--format', format, ...(out === undefined ? [] : ['--out', corpus]), out ?? corpus]);
				assert.equal(run.status, 0, `${format}: ${run.err.join('\n')}`);
				assert.deepEqual(run.out, [`${home}: ${found.length} imported`], `${format}: imported beside the file the link leads to`);
				const sidecar = parseSidecar(fs.readFileSync(home, 'utf8'));
				assert.ok(sidecar.ok, format);
				assert.equal(sidecar.sidecar.document, 'real.txt', `${format}: the sidecar names the file beside it`);
				assert.deepEqual(sidecar.sidecar.annotations.map((a) => [a.text, a.type]), found, format);
				assert.ok(fs.lstatSync(link).isSymbolicLink(), `${format}: the link is left a link`);
				assert.equal(fs.readFileSync(real, 'utf8'), text, `${format}: the article is not rewritten`);
				assert.ok(!fs.existsSync(`${link}.annotations.yaml`), `${format}: no sidecar beside the link`);
				const said: string[] = [];
				assert.equal(runValidate([home], { ...createNodeValidateIo(), stdout: (line) => said.push(line), stderr: (line) => said.push(line) }), 0, `${format}: ${said.join('\n')}`);
				if (out === undefined) {
					fs.rmSync(exported);
				}
				assert.deepEqual(fs.readdirSync(corpus), ['linked.txt'], `${format}: nothing else written in the corpus`);
			}
		});
	});

	it('refuses a second input for an article another input of the run was imported into, naming both; the same record twice is a warning', () => {
		withFolder('import-cli-', (folder) => {
			const corpus = path.join(folder, 'corpus');
			fs.mkdirSync(corpus);
			// invented text; two brat folders of two years, each with its a.ann, both taken for corpus/a.txt
			const text = 'Salima Kaci a visité Tlemcen.\n';
			fs.writeFileSync(path.join(corpus, 'a.txt'), text);
			const first = path.join(folder, 'out', '2024', 'a.ann');
			const second = path.join(folder, 'out', '2025', 'a.ann');
			fs.mkdirSync(path.dirname(first), { recursive: true });
			fs.mkdirSync(path.dirname(second), { recursive: true });
			fs.writeFileSync(first, 'T1\tPER 0 11\tSalima Kaci\n');
			fs.writeFileSync(second, 'T1\tLOC 21 28\tTlemcen\n');
			const article = path.join(corpus, 'a.txt');
			const sidecarPath = `${article}.annotations.yaml`;
			const run = cli(['--format', 'brat', '--out', corpus, first, second]);
			assert.equal(run.status, 1);
			assert.deepEqual(run.err, [`article-annotator import: ${second}: its article ${article} is the one ${first} was imported into in this run; nothing imported (two inputs for one article: give their folder, whose sub-folders are kept under --out, or each its own --out)`]);
			const sidecar = parseSidecar(fs.readFileSync(sidecarPath, 'utf8'));
			assert.ok(sidecar.ok);
			assert.deepEqual(sidecar.sidecar.annotations.map((a) => [a.text, a.type]), [['Salima Kaci', 'PER']], 'nothing of the second input written');

			// JSONL: two files naming one article with two texts, the article missing: the first writes it
			const one = path.join(folder, 'one.jsonl');
			const two = path.join(folder, 'two.jsonl');
			fs.writeFileSync(one, `${JSON.stringify({ text: 'Omar Zitouni est à Batna.', label: [[0, 12, 'PER']], document: 'b.txt' })}\n`);
			fs.writeFileSync(two, `${JSON.stringify({ text: 'Omar Zitouni est à Batna.', label: [[19, 24, 'LOC']], document: 'b.txt' })}\n`);
			const jsonl = cli(['--format', 'jsonl', '--out', corpus, one, two]);
			assert.equal(jsonl.status, 1);
			assert.match(jsonl.err.join('\n'), new RegExp(`two\\.jsonl:1: its article .*b\\.txt is the one .*one\\.jsonl:1 was imported into in this run; nothing imported`));
			const b = parseSidecar(fs.readFileSync(path.join(corpus, 'b.txt.annotations.yaml'), 'utf8'));
			assert.ok(b.ok);
			assert.deepEqual(b.sidecar.annotations.map((a) => [a.text, a.type]), [['Omar Zitouni', 'PER']]);

			// an article and a symbolic link to it share one sidecar: inputs for each are two for one article
			fs.rmSync(sidecarPath);
			fs.symlinkSync('a.txt', path.join(corpus, 'link.txt'));
			fs.copyFileSync(second, path.join(path.dirname(second), 'link.ann'));
			const linked = cli(['--format', 'brat', '--out', corpus, first, path.join(path.dirname(second), 'link.ann')]);
			assert.equal(linked.status, 1, linked.err.join('\n'));
			assert.match(linked.err.join('\n'), /link\.ann: its article .*link\.txt is the one .*2024.a\.ann was imported into in this run; nothing imported/u);
			const shared = parseSidecar(fs.readFileSync(sidecarPath, 'utf8'));
			assert.ok(shared.ok);
			assert.deepEqual(shared.sidecar.annotations.map((a) => [a.text, a.type]), [['Salima Kaci', 'PER']], 'nothing of the linked input written');
			fs.rmSync(path.join(corpus, 'link.txt'));
			fs.rmSync(path.join(path.dirname(second), 'link.ann'));

			// the same record given twice (a file, and a folder holding it): imported once, a warning
			fs.rmSync(sidecarPath);
			const twice = cli(['--format', 'brat', '--out', corpus, first, path.dirname(first)]);
			assert.equal(twice.status, 0, twice.err.join('\n'));
			assert.deepEqual(twice.err, [`article-annotator import: ${first}: the same entities for ${article} as ${first}, given twice; imported once`]);
			assert.deepEqual(twice.out, [`${sidecarPath}: 1 imported`]);
			assert.equal(cli(['--format', 'brat', '--quiet', '--out', corpus, first, first]).err.length, 0);
		});
	});

	it('brings a brat export back into an article with a byte order mark, given with --article', () => {
		withFolder('import-cli-', (folder) => {
			const text = 'Karim à Oran\r\npuis Alger';
			const article = path.join(folder, 'a.txt');
			fs.writeFileSync(article, '\ufeff' + text);
			const decisions: Annotation[] = [
				{ id: 'd1', type: 'PER', start: 0, end: 5, text: 'Karim', status: 'accepted' },
				{ id: 'd2', type: 'LOC', start: 19, end: 24, text: 'Alger', status: 'accepted' },
			];
			// as export --format brat writes them: the .txt without the BOM, LF line ends
			fs.mkdirSync(path.join(folder, 'brat'));
			fs.writeFileSync(path.join(folder, 'brat', 'a.ann'), exportBrat({ text, annotations: decisions }).content);
			fs.writeFileSync(path.join(folder, 'brat', 'a.txt'), text.replace('\r\n', '\n'));
			const run = cli(['--format', 'brat', '--article', article, path.join(folder, 'brat', 'a.ann')]);
			assert.equal(run.status, 0, run.err.join('\n'));
			assert.match(run.out[0], /a\.txt\.annotations\.yaml: 2 imported$/);
		});
	});

	it('counts an input contradicting itself as not imported, and says which article a JSONL line whose "document" is no file name became', () => {
		withFolder('import-cli-', (folder) => {
			fs.writeFileSync(path.join(folder, 'a.txt'), 'Karim Belkacem à Tlemcen.');
			fs.writeFileSync(path.join(folder, 'a.ann'), 'T1\tPER 0 14\tKarim Belkacem\nT2\tORG 0 14\tKarim Belkacem\n');
			const twice = cli(['--format', 'brat', path.join(folder, 'a.ann')]);
			assert.equal(twice.status, 1);
			assert.match(twice.err.join('\n'), /ORG accepted "Karim Belkacem": the same place is PER accepted earlier in the input; the first kept; not imported/);
			assert.match(twice.out[0], /: 1 imported$/);

			fs.writeFileSync(path.join(folder, 'c.jsonl'), [JSON.stringify({ text: 'Oran', label: [[0, 4, 'LOC']], document: 'x.txt.annotations.yaml' }), JSON.stringify({ text: '', label: [] })].join('\n'));
			const named = cli(['--format', 'jsonl', path.join(folder, 'c.jsonl')]);
			assert.equal(named.status, 0, named.err.join('\n'));
			assert.match(named.err[0], /"document" "x\.txt\.annotations\.yaml" is not an article file name, .*a sidecar's name\); the article is c-0001\.txt/);
			assert.ok(fs.existsSync(path.join(folder, 'c-0001.txt.annotations.yaml')) && !fs.existsSync(path.join(folder, 'x.txt.annotations.yaml')));
			assert.match(named.out[1], /c-0002\.txt written; no entity to import, no sidecar$/);
			assert.equal(cli(['--format', 'jsonl', '--out', path.join(folder, 'a.txt'), path.join(folder, 'c.jsonl')]).status, 2, '--out names a file');
		});
	});

	it('refuses bad usage with exit status 2', () => {
		assert.equal(cli(['a.ann']).status, 2);
		assert.equal(cli(['--format', 'xml', 'a.ann']).status, 2);
		assert.equal(cli(['--format', 'jsonl', '--article', 'x.txt', 'a.jsonl']).status, 2);
		assert.equal(cli(['--format', 'brat', '--map', 'Person=Nobody', 'a.ann']).status, 2);
		assert.equal(cli(['--format', 'brat', '--article', 'x.txt', 'a.ann', 'b.ann']).status, 2);
	});

	it('warns that the comments a person wrote in the sidecar are not kept when it adds to it', () => {
		withFolder('import-cli-', (folder) => {
			fs.writeFileSync(path.join(folder, 'a.txt'), 'Karim Belkacem à Tlemcen.');
			const commented = 'version: 1\ndocument: a.txt\nannotations:\n  # checked with the editor on Monday\n  - {type: PER, start: 0, end: 14, text: Karim Belkacem, status: accepted}\n';
			fs.writeFileSync(path.join(folder, 'a.txt.annotations.yaml'), commented);
			fs.writeFileSync(path.join(folder, 'a.ann'), 'T1\tPER 0 14\tKarim Belkacem\n');
			const nothingNew = cli(['--format', 'brat', path.join(folder, 'a.ann')]);
			assert.deepEqual(nothingNew.err, [], 'nothing written, nothing lost');
			fs.writeFileSync(path.join(folder, 'a.ann'), 'T1\tPER 0 14\tKarim Belkacem\nT2\tLOC 17 24\tTlemcen\n');
			const run = cli(['--format', 'brat', path.join(folder, 'a.ann')]);
			assert.equal(run.status, 0, run.err.join('\n'));
			assert.deepEqual(run.err, [`article-annotator import: ${path.join(folder, 'a.txt.annotations.yaml')}:4: warning: comments after the header are not kept when Article Annotator saves this sidecar`]);
		});
	});

	it('says a sidecar was written for another text when its article did not exist, not that the article changed', () => {
		withFolder('import-cli-', (folder) => {
			const out = path.join(folder, 'out');
			fs.mkdirSync(path.join(folder, 'other'));
			fs.mkdirSync(out);
			fs.writeFileSync(path.join(folder, 'other', 'a.conll'), 'Hier\tO\n,\tO\nLeila\tB-PER\nest\tO\nà\tO\nTunis\tB-LOC\n.\tO\n\n');
			fs.writeFileSync(path.join(folder, 'a.conll'), 'Karim\tB-PER\nà\tO\nOran\tB-LOC\n.\tO\n\n');
			assert.equal(cli(['--format', 'conll', '--out', out, path.join(folder, 'other', 'a.conll')]).status, 0);
			fs.rmSync(path.join(out, 'a.txt'));
			const sidecarBefore = fs.readFileSync(path.join(out, 'a.txt.annotations.yaml'));
			const run = cli(['--format', 'conll', '--out', out, path.join(folder, 'a.conll')]);
			assert.equal(run.status, 1);
			assert.match(run.err.join('\n'), /a\.txt\.annotations\.yaml: its decisions do not fit the text of .*a\.conll, and .*a\.txt did not exist: the sidecar was written for another text; nothing imported/);
			assert.doesNotMatch(run.err.join('\n'), /changed since it was saved/);
			assert.deepEqual(fs.readFileSync(path.join(out, 'a.txt.annotations.yaml')), sidecarBefore, 'the sidecar is left as it was');
		});
	});

	it('says so when the sidecar it adds to held an id twice, which the rewrite renames', () => {
		withFolder('import-cli-', (folder) => {
			fs.writeFileSync(path.join(folder, 'a.txt'), 'Karim Belkacem à Tlemcen, Leila à Oran.');
			const twice = 'version: 1\ndocument: a.txt\nannotations:\n  - {type: PER, start: 0, end: 14, text: Karim Belkacem, status: accepted, id: x1}\n  - {type: LOC, start: 17, end: 24, text: Tlemcen, status: accepted, id: x1}\n';
			fs.writeFileSync(path.join(folder, 'a.txt.annotations.yaml'), twice);
			fs.writeFileSync(path.join(folder, 'a.ann'), 'T1\tPER 26 31\tLeila\n');
			const run = cli(['--format', 'brat', path.join(folder, 'a.ann')]);
			assert.equal(run.status, 0, run.err.join('\n'));
			assert.deepEqual(run.err, [`article-annotator import: ${path.join(folder, 'a.txt.annotations.yaml')}: annotations[1]: id "x1" is used twice; this one gets a new id (written so)`]);
			const written = parseSidecar(fs.readFileSync(path.join(folder, 'a.txt.annotations.yaml'), 'utf8'));
			assert.ok(written.ok);
			assert.equal(new Set(written.sidecar.annotations.map((annotation) => annotation.id)).size, 3, 'three distinct ids');
		});
	});

	it('adds to a sidecar whose «document:» names the article in another Unicode normalization (NFC in the file, NFD on disk)', () => {
		withFolder('import-cli-', (folder) => {
			const decomposed = 'E\u0301lyse\u0301e.txt';
			fs.writeFileSync(path.join(folder, decomposed), 'Karim Belkacem à Tlemcen.');
			fs.writeFileSync(path.join(folder, `${decomposed}.annotations.yaml`), `version: 1\ndocument: "${decomposed.normalize('NFC')}"\nannotations: []\n`);
			fs.writeFileSync(path.join(folder, 'a.ann'), 'T1\tLOC 17 24\tTlemcen\n');
			const run = cli(['--format', 'brat', '--article', path.join(folder, decomposed), path.join(folder, 'a.ann')]);
			assert.equal(run.status, 0, run.err.join('\n'));
			assert.match(run.out[0], /: 1 imported$/);
		});
	});

	it('does not say «no sidecar» when it writes the article of a sidecar that was there before it', () => {
		withFolder('import-cli-', (folder) => {
			const sidecar = path.join(folder, 'a.txt.annotations.yaml');
			fs.writeFileSync(sidecar, 'version: 1\ndocument: a.txt\nannotations:\n  - {type: LOC, start: 0, end: 7, text: Tlemcen, status: rejected}\n');
			fs.writeFileSync(path.join(folder, 'a.conll'), 'Tlemcen\tB-LOC\nest\tO\n');
			const run = cli(['--format', 'conll', path.join(folder, 'a.conll')]);
			assert.equal(run.status, 0, run.err.join('\n'));
			assert.deepEqual(run.out, [`${path.join(folder, 'a.txt')} written; ${sidecar}: nothing new to import (1 decided otherwise there (the sidecar's kept))`]);
		});
	});

	it('gives the articles of a corpus exported with its sub-folders back to them, same names in two folders apart, for every format that names articles', () => {
		withFolder('import-cli-', (folder) => {
			const corpus = path.join(folder, 'corpus');
			// invented texts: two articles of one name in two folders, one in a deeper folder
			const texts: Record<string, string> = { '2024/a.txt': 'Nadia Ferhat ouvre la foire de Sétif.\n', '2025/a.txt': 'Yacine Merabet arrive à Annaba.\n', 'sub/deep/b.txt': 'Le club de Batna reçoit Khenchela.\n', 'top.txt': 'Amel Zerrouki écrit depuis Skikda.\n' };
			const entities: Record<string, Array<[string, string]>> = { '2024/a.txt': [['Nadia Ferhat', 'PER'], ['Sétif', 'LOC']], '2025/a.txt': [['Yacine Merabet', 'PER'], ['Annaba', 'LOC']], 'sub/deep/b.txt': [['Batna', 'LOC']], 'top.txt': [['Amel Zerrouki', 'PER']] };
			const { sidecarOf } = annotatedCorpus(corpus, texts, entities);
			for (const [format, extension] of [['conll', 'conll'], ['jsonl', 'jsonl'], ['prodigy', 'jsonl'], ['labelstudio', 'json']]) {
				let exported = '';
				const err: string[] = [];
				assert.equal(runExport(['--format', format, corpus], { ...createNodeExportIo(), stdout: (chunk) => (exported += chunk), stderr: (line) => err.push(line) }), 0, err.join('\n'));
				assert.deepEqual(err, [], `${format}: no warning of same names, the folders tell them apart`);
				for (const name of Object.keys(texts)) {
					assert.ok(exported.includes(format === 'conll' ? `# document = ${name}\n` : `"document":"${name}"`), `${format} names ${name} by its path in the folder`);
					fs.rmSync(sidecarOf(name));
				}
				const input = path.join(folder, `all.${extension}`);
				fs.writeFileSync(input, exported);
				const run = cli(['--format', format, '--out', corpus, input]);
				assert.equal(run.status, 0, `${format}: ${run.err.join('\n')}`);
				for (const [name, text] of Object.entries(texts)) {
					const sidecar = parseSidecar(fs.readFileSync(sidecarOf(name), 'utf8'));
					assert.ok(sidecar.ok, `${format} ${name}`);
					assert.deepEqual(sidecar.sidecar.annotations.map((a) => [a.text, a.type]), entities[name], `${format} ${name}`);
					assert.equal(sidecar.sidecar.document, path.basename(name));
					assert.equal(fs.readFileSync(path.join(corpus, ...name.split('/')), 'utf8'), text, 'the article is not rewritten');
				}
				assert.deepEqual(fs.readdirSync(corpus).sort(), ['2024', '2025', 'sub', 'top.txt', 'top.txt.annotations.yaml'], `${format}: no article written elsewhere`);
				fs.rmSync(input);
			}
		});
	});

	it('refuses a "document" or -DOCSTART- name leading out of the folder of the articles, and imports the rest', () => {
		withFolder('import-cli-', (folder) => {
			const articles = path.join(folder, 'articles');
			fs.mkdirSync(articles);
			const text = 'Karim visite Oran.';
			const line = (document: string) => JSON.stringify({ text, label: [[13, 17, 'LOC']], document });
			const input = path.join(folder, 'in.jsonl');
			fs.writeFileSync(input, [line('../out.txt'), line('/tmp/abs.txt'), line('x/../../up.txt'), line('C:/win.txt'), line('in/ok.txt')].join('\n'));
			const run = cli(['--format', 'jsonl', '--out', articles, input]);
			assert.equal(run.status, 1);
			assert.equal(run.err.length, 4, run.err.join('\n'));
			assert.match(run.err[0], /in\.jsonl:1: "document" "\.\.\/out\.txt" leads out of the folder of the articles \(a "\.\." in it\); not imported/);
			assert.match(run.err[1], /in\.jsonl:2: "document" "\/tmp\/abs\.txt" is an absolute path: articles are named by their path in the folder of the articles; not imported/);
			assert.match(run.err[2], /in\.jsonl:3: .* leads out of the folder/);
			assert.match(run.err[3], /in\.jsonl:4: .* is an absolute path/);
			assert.deepEqual(fs.readdirSync(folder).sort(), ['articles', 'in.jsonl'], 'nothing written outside');
			assert.deepEqual(fs.readdirSync(path.join(articles, 'in')).sort(), ['ok.txt', 'ok.txt.annotations.yaml']);

			const conll = path.join(folder, 'all.conll');
			fs.writeFileSync(conll, `-DOCSTART-\tO\t# document = ../out.txt\n\nOran\tB-LOC\n`);
			fs.writeFileSync(path.join(folder, 'out.txt'), 'Oran');
			const fromConll = cli(['--format', 'conll', '--out', articles, conll]);
			assert.equal(fromConll.status, 1);
			assert.match(fromConll.err[0], /all\.conll:1: the -DOCSTART- line names "\.\.\/out\.txt", which leads out of the folder of the articles \(a "\.\." in it\); not imported/);
			assert.ok(!fs.existsSync(path.join(folder, 'out.txt.annotations.yaml')));
		});
	});

	it('takes --article once per FILE, in the same order, and names an --article that is not there', () => {
		withFolder('import-cli-', (folder) => {
			// invented texts; the brat and CoNLL files are elsewhere, named otherwise than their articles
			const first = path.join(folder, 'first.txt');
			const second = path.join(folder, 'second.txt');
			fs.writeFileSync(first, 'Salima Haddad rentre à Bouira.');
			fs.writeFileSync(second, 'Le stade de Tizi Ouzou accueille Walid Saadi.');
			const work = path.join(folder, 'work');
			fs.mkdirSync(work);
			fs.writeFileSync(path.join(work, 'one.ann'), 'T1\tPER 0 13\tSalima Haddad\n');
			fs.writeFileSync(path.join(work, 'two.ann'), 'T1\tPER 33 44\tWalid Saadi\nT2\tLOC 12 22\tTizi Ouzou\n');
			const run = cli(['--format', 'brat', '--article', first, '--article', second, path.join(work, 'one.ann'), path.join(work, 'two.ann')]);
			assert.equal(run.status, 0, run.err.join('\n'));
			const texts = (article: string) => {
				const sidecar = parseSidecar(fs.readFileSync(`${article}.annotations.yaml`, 'utf8'));
				assert.ok(sidecar.ok);
				return sidecar.sidecar.annotations.map((a) => a.text).sort();
			};
			assert.deepEqual(texts(first), ['Salima Haddad']);
			assert.deepEqual(texts(second), ['Tizi Ouzou', 'Walid Saadi']);
			assert.ok(!fs.existsSync(path.join(work, 'one.txt.annotations.yaml')));

			// CoNLL too; a count of --article that is not the count of FILEs is a usage error
			fs.writeFileSync(path.join(work, 'x.conll'), 'Salima\tB-PER\nHaddad\tI-PER\nrentre\tO\nà\tO\nBouira\tB-LOC\n.\tO\n');
			fs.writeFileSync(path.join(work, 'y.conll'), 'Le\tO\nstade\tO\nde\tO\nTizi\tB-LOC\nOuzou\tI-LOC\n');
			const conll = cli(['--format', 'conll', '--article', first, '--article', second, path.join(work, 'x.conll'), path.join(work, 'y.conll')]);
			assert.equal(conll.status, 0, conll.err.join('\n'));
			assert.deepEqual(texts(first), ['Bouira', 'Salima Haddad']);
			const counted = cli(['--format', 'conll', '--article', first, '--article', second, path.join(work, 'x.conll')]);
			assert.equal(counted.status, 2);
			assert.match(counted.err[0], /--article given 2 times for 1 FILE: give one --article per FILE, in the order of the FILEs/);

			// an --article that is not there is named, and nothing is written there (a CoNLL text was, at the mistyped path)
			const typo = path.join(folder, 'frist.txt');
			const missing = cli(['--format', 'conll', '--article', typo, '--article', second, path.join(work, 'x.conll'), path.join(work, 'y.conll')]);
			assert.equal(missing.status, 1);
			assert.equal(missing.err.length, 1, missing.err.join('\n'));
			assert.match(missing.err[0], /frist\.txt: no such file \(given with --article for .*x\.conll\); nothing imported/);
			assert.ok(!fs.existsSync(typo));
			assert.match(missing.out[0], /second\.txt\.annotations\.yaml: nothing new to import/);
			const bratMissing = cli(['--format', 'brat', '--article', typo, path.join(work, 'one.ann')]);
			assert.equal(bratMissing.status, 1);
			assert.match(bratMissing.err[0], /frist\.txt: no such file \(given with --article for .*one\.ann\); nothing imported/);
		});
	});

	it('refuses an --article that names a sidecar (a CoNLL text was written there, a broken sidecar of another article) or no file', () => {
		withFolder('import-cli-', (folder) => {
			fs.writeFileSync(path.join(folder, 'p.conll'), 'Tlemcen\tB-LOC\nest\tO\n');
			const sidecar = path.join(folder, 'x.txt.annotations.yaml');
			const refused = cli(['--format', 'conll', '--article', sidecar, path.join(folder, 'p.conll')]);
			assert.equal(refused.status, 2);
			assert.match(refused.err[0], /--article ".*x\.txt\.annotations\.yaml" is a sidecar; give its article, .*x\.txt$/);
			for (const article of ['', path.join(folder, 'sub') + path.sep, path.join(folder, 'x.txt.annotations.yaml.tmp-12-ab')]) {
				assert.equal(cli(['--format', 'conll', '--article', article, path.join(folder, 'p.conll')]).status, 2, JSON.stringify(article));
			}
			assert.deepEqual(fs.readdirSync(folder), ['p.conll'], 'nothing written');
		});
	});
});

/**
 * A corpus of invented articles named by their path in it (`2024/a.txt`), written with sidecars of
 * their accepted entities (quote, type); `writeSidecars` writes those sidecars again.
 */
function annotatedCorpus(corpus: string, texts: Record<string, string>, entities: Record<string, Array<[string, string]>>): { sidecarOf: (name: string) => string; writeSidecars: () => void } {
	const sidecarOf = (name: string) => path.join(corpus, ...name.split('/')) + '.annotations.yaml';
	const writeSidecars = () => {
		for (const [name, text] of Object.entries(texts)) {
			const annotations = entities[name].map(([quote, type], i): Annotation => ({ id: `x${i}`, type, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, text: quote, status: 'accepted' }));
			fs.writeFileSync(sidecarOf(name), serializeSidecar(unbindAnnotations({ annotations, orphans: [], articleText: text, documentName: path.basename(name) })));
		}
	};
	for (const [name, text] of Object.entries(texts)) {
		const file = path.join(corpus, ...name.split('/'));
		fs.mkdirSync(path.dirname(file), { recursive: true });
		fs.writeFileSync(file, text);
	}
	writeSidecars();
	return { sidecarOf, writeSidecars };
}
