import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Annotation } from '../../src/core/annotation';
import { createNodeExportIo, runExport, type ExportDependencies } from '../../src/cli/export';
import { runImport } from '../../src/cli/import';
import type { DetectedEntity } from '../../src/core/types';
import { unbindAnnotations } from '../../src/core/sidecar/bind';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar/codec';
import { jsonErrorOffset } from '../../src/core/import/jsonl';
import { withFolder } from './support/folders';
import { Random } from './support/random';

/*
 * Articles written for these tests (invented people and firms). The Arabic one has harakat, a
 * flag (two code points, four UTF-16 units), an emoji and CRLF line ends before its entities, so
 * code points and UTF-16 units differ from the first entity on.
 */
const AR = 'وَصَلَ الوزيرُ سليمان بن عَمّار إلى قسنطينة 🇩🇿 صباح الأحد.\r\nوقال مديرُ شركة نَفطال إنّ المشروع 🎉 سيكتمل في سطيف قبل الصيف.\r\n';
const FR = 'Mme Yasmina Ouali dirige l’Office des eaux de Béjaïa depuis 2019.\nElle présentera le bilan à Annaba, dit-on.';

function annotation(text: string, quote: string, type: string, id: string, status: 'accepted' | 'rejected' = 'accepted'): Annotation {
	const start = text.indexOf(quote);
	assert.ok(start >= 0, quote);
	return { id, type, start, end: start + quote.length, text: quote, status };
}

const ARTICLES: ReadonlyArray<{ name: string; text: string; annotations: Annotation[] }> = [
	{
		name: 'ar.txt',
		text: AR,
		annotations: [annotation(AR, 'سليمان بن عَمّار', 'PER', 'a1'), annotation(AR, 'قسنطينة', 'LOC', 'a2'), annotation(AR, 'الأحد', 'DATE', 'a3', 'rejected'), annotation(AR, 'نَفطال', 'ORG', 'a4'), annotation(AR, 'سطيف', 'LOC', 'a5')],
	},
	{
		name: 'fr.txt',
		text: FR,
		annotations: [annotation(FR, 'Yasmina Ouali', 'PER', 'f1'), annotation(FR, 'Office des eaux de Béjaïa', 'ORG', 'f2'), annotation(FR, '2019', 'DATE', 'f3', 'rejected'), annotation(FR, 'Annaba', 'LOC', 'f4')],
	},
];

/** The articles with their sidecars in `folder`; their paths. */
function writeArticles(folder: string): string[] {
	return ARTICLES.map(({ name, text, annotations }) => {
		const file = path.join(folder, name);
		fs.writeFileSync(file, text);
		fs.writeFileSync(file + '.annotations.yaml', serializeSidecar(unbindAnnotations({ annotations, orphans: [], articleText: text, documentName: name })));
		return file;
	});
}

/** The decisions of a sidecar, in its code points, in a fixed order. */
function decisions(sidecarPath: string): Array<{ type: string; start: number; end: number; text: string; status: string }> {
	const parsed = parseSidecar(fs.readFileSync(sidecarPath, 'utf8'));
	assert.ok(parsed.ok, sidecarPath);
	return parsed.sidecar.annotations.map(({ type, start, end, text, status }) => ({ type, start, end, text, status })).sort((a, b) => a.start - b.start || a.end - b.end);
}

function exportCli(args: string[], dependencies: ExportDependencies = {}): { status: number; out: string; err: string[] } {
	let out = '';
	const err: string[] = [];
	const io = { ...createNodeExportIo(), stdout: (chunk: string) => void (out += chunk), stderr: (line: string) => void err.push(line) };
	const status = runExport(args, io, dependencies);
	return { status, out, err };
}

function importCli(args: string[]): { status: number; out: string[]; err: string[] } {
	const out: string[] = [];
	const err: string[] = [];
	const status = runImport(args, { stdout: (line) => out.push(line), stderr: (line) => err.push(line) });
	return { status, out, err };
}

/** Exports the articles in `format` to one file, imports it into a fresh folder, and checks every decision came back. */
function roundTrip(folder: string, format: string, exportFile: string, extra: string[] = []): void {
	const files = writeArticles(folder);
	const exported = exportCli(['--format', format, '--include', 'rejected', ...extra, ...files]);
	assert.equal(exported.status, 0, exported.err.join('\n'));
	const input = path.join(folder, exportFile);
	fs.writeFileSync(input, exported.out);
	const fresh = path.join(folder, 'fresh');
	fs.mkdirSync(fresh);
	const imported = importCli(['--format', format, '--out', fresh, input]);
	assert.equal(imported.status, 0, imported.err.join('\n'));
	for (const { name, text } of ARTICLES) {
		assert.equal(fs.readFileSync(path.join(fresh, name), 'utf8'), text, `${name} written from the export`);
		assert.deepEqual(decisions(path.join(fresh, name + '.annotations.yaml')), decisions(path.join(folder, name + '.annotations.yaml')), name);
	}
}

/** A detector that suggests every occurrence of the given words. */
function suggesting(words: ReadonlyArray<readonly [string, string]>): ExportDependencies {
	return {
		createSuggester: () => (text) => {
			const found: DetectedEntity[] = [];
			for (const [word, type] of words) {
				const start = text.indexOf(word);
				if (start >= 0) {
					found.push({ start, end: start + word.length, text: word, type, confidence: 0.75, source: 'model' });
				}
			}
			return found;
		},
	};
}

describe('Prodigy interop', () => {
	it('imports back what export --format prodigy wrote, Arabic with a flag, an emoji, harakat and CRLF, and French', () => {
		withFolder('interop-', (folder) => roundTrip(folder, 'prodigy', 'examples.jsonl'));
	});

	it('writes gold examples answered accept in code points, and with suggestions a task without an answer whose suggestions do not come back as decisions', () => {
		withFolder('interop-', (folder) => {
			const [ar] = writeArticles(folder);
			const gold = exportCli(['--format', 'prodigy', ar]);
			const example = JSON.parse(gold.out);
			assert.equal(example.answer, 'accept');
			assert.deepEqual(example.meta, { document: 'ar.txt' });
			const chars = Array.from(AR);
			for (const span of example.spans) {
				assert.equal(chars.slice(span.start, span.end).join(''), span.text, 'Python str indices');
			}
			assert.ok(!example.spans.some((span: { text: string }) => span.text === 'الأحد'), 'a rejected span is never a span');

			const task = exportCli(['--format', 'prodigy', '--include', 'suggestions', ar], suggesting([['الصيف', 'DATE']]));
			assert.equal(task.status, 0, task.err.join('\n'));
			const toReview = JSON.parse(task.out);
			assert.equal(toReview.answer, undefined, 'not gold');
			assert.deepEqual(
				toReview.spans.filter((span: { status: string }) => span.status === 'suggested').map((span: { text: string }) => span.text),
				['الصيف'],
			);
			const input = path.join(folder, 'task.jsonl');
			fs.writeFileSync(input, task.out);
			const fresh = path.join(folder, 'fresh');
			fs.mkdirSync(fresh);
			const back = importCli(['--format', 'prodigy', '--out', fresh, input]);
			assert.equal(back.status, 0, back.err.join('\n'));
			assert.match(back.err.join('\n'), /1 suggested \(not reviewed\) entities left out/);
			assert.deepEqual(
				decisions(path.join(fresh, 'ar.txt.annotations.yaml')).map((d) => d.text),
				['سليمان بن عَمّار', 'قسنطينة', 'نَفطال', 'سطيف'],
			);
			// answered in Prodigy, every span left is the person's
			fs.writeFileSync(input, JSON.stringify({ ...toReview, answer: 'accept' }) + '\n');
			const answered = importCli(['--format', 'prodigy', '--out', fresh, input]);
			assert.equal(answered.status, 0, answered.err.join('\n'));
			assert.ok(decisions(path.join(fresh, 'ar.txt.annotations.yaml')).some((d) => d.text === 'الصيف' && d.status === 'accepted'));
		});
	});

	it('reads Prodigy’s own examples: token indices ignored, one text’s examples (ner.teach) into one article, reject and ignore left out and counted', () => {
		withFolder('interop-', (folder) => {
			const text = 'Karim Ziani joue à Oran 😀 avec Leila Haddad.';
			const chars = Array.from(text);
			const at = (quote: string) => {
				const start = chars.join('').indexOf(quote);
				const before = Array.from(text.slice(0, start)).length;
				return { start: before, end: before + Array.from(quote).length };
			};
			const lines = [
				{ text, spans: [{ ...at('Karim Ziani'), label: 'PER', token_start: 0, token_end: 1 }], answer: 'accept', _input_hash: 1, _task_hash: 2 },
				{ text, spans: [{ ...at('Oran'), label: 'LOC', text: 'Oran' }], answer: 'accept' },
				{ text, spans: [{ ...at('Leila Haddad'), label: 'PER' }], answer: 'reject' },
				{ text, spans: [{ ...at('Leila Haddad'), label: 'ORG' }], answer: 'ignore' },
				{ text: 'Autre texte.', spans: [], answer: 'reject' },
			];
			const input = path.join(folder, 'db-out.jsonl');
			fs.writeFileSync(input, lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
			const back = importCli(['--format', 'prodigy', input]);
			assert.equal(back.status, 0, back.err.join('\n'));
			assert.match(back.err.join('\n'), /db-out\.jsonl: 2 example\(s\) answered reject, 1 example\(s\) answered ignore left out/);
			assert.deepEqual(
				decisions(path.join(folder, 'db-out-0001.txt.annotations.yaml')).map((d) => [d.text, d.type]),
				[
					['Karim Ziani', 'PER'],
					['Oran', 'LOC'],
				],
			);
			assert.ok(!fs.existsSync(path.join(folder, 'db-out-0002.txt')), 'one article for the examples of one text');
		});
	});

	it('refuses spans whose text differs, of an unknown label or outside the text, and names the line of malformed JSON', () => {
		withFolder('interop-', (folder) => {
			const text = 'Karim Ziani joue à Oran.';
			const lines = [
				JSON.stringify({ text, spans: [{ start: 0, end: 11, label: 'PER', text: 'Karim Zianni' }, { start: 19, end: 23, label: 'CITY' }, { start: 19, end: 40, label: 'LOC' }, { start: 6, end: 11, label: 'PER' }], answer: 'accept', meta: { document: 'a.txt' } }),
				'{"text": "x", "spans": [}',
				JSON.stringify({ text: 'y', answer: 'maybe' }),
			];
			const input = path.join(folder, 'bad.jsonl');
			fs.writeFileSync(input, lines.join('\n') + '\n');
			const back = importCli(['--format', 'prodigy', input]);
			assert.equal(back.status, 1);
			const err = back.err.join('\n');
			assert.match(err, /bad\.jsonl:2: not JSON at column 25 \(/);
			assert.match(err, /bad\.jsonl:3: "answer" is "maybe", not "accept", "reject" nor "ignore"; not imported/);
			assert.match(err, /bad\.jsonl:1: \[0, 11, "PER"\] "Karim Zianni": its text "Karim Zianni" is not the article's there \("Karim Ziani"\)/);
			assert.match(err, /bad\.jsonl:1: \[19, 23, "CITY"\]: the type CITY is not a label/);
			assert.match(err, /bad\.jsonl:1: \[19, 40, "LOC"\]: not a span of the text/);
			assert.deepEqual(
				decisions(path.join(folder, 'a.txt.annotations.yaml')).map((d) => d.text),
				['Ziani'],
			);
		});
	});
});

describe('where a text stops being JSON', () => {
	it('agrees with JSON.parse on random near-JSON, and points inside the text', () => {
		const random = new Random(36);
		const pieces = ['{', '}', '[', ']', ',', ':', ' ', '\n', '"a"', '"é😀"', '"\\u00e9"', '"\\x"', '1', '-0.5e3', '01', 'true', 'nul', '"', '\\'];
		for (let round = 0; round < 3000; round++) {
			let text = '';
			const length = random.int(1, 12);
			for (let i = 0; i < length; i++) {
				text += pieces[random.int(0, pieces.length - 1)];
			}
			let parses = true;
			try {
				JSON.parse(text);
			} catch {
				parses = false;
			}
			const offset = jsonErrorOffset(text);
			assert.equal(offset === -1, parses, JSON.stringify(text));
			assert.ok(offset <= text.length, JSON.stringify(text));
		}
	});
});
