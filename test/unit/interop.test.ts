import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Annotation } from '../../src/core/annotation';
import { createNodeExportIo, runExport, type ExportDependencies } from '../../src/cli/export';
import { runImport } from '../../src/cli/import';
import type { DetectedEntity } from '../../src/core/types';
import { bindSidecar, unbindAnnotations } from '../../src/core/sidecar/bind';
import { DocumentAnnotations } from '../../src/core/document';
import { DEFAULT_LABEL_NAMES } from '../../src/core/labels';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar/codec';
import { jsonErrorOffset, readJsonlLine } from '../../src/core/import/jsonl';
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

describe('Label Studio interop', () => {
	/** Offsets of `quote` in `text`, in code points and UTF-16 units. */
	const where = (text: string, quote: string) => {
		const start = text.indexOf(quote);
		assert.ok(start >= 0, quote);
		const codePoint = Array.from(text.slice(0, start)).length;
		return { utf16: { start, end: start + quote.length }, codepoint: { start: codePoint, end: codePoint + Array.from(quote).length } };
	};
	const region = (text: string, quote: string, label: string, unit: 'utf16' | 'codepoint' = 'codepoint') => ({ id: `r-${quote}`, from_name: 'label', to_name: 'text', type: 'labels', value: { ...where(text, quote)[unit], text: quote, labels: [label] } });

	it('imports back what export --format labelstudio wrote, Arabic with a flag, an emoji, harakat and CRLF, and French', () => {
		withFolder('interop-', (folder) => roundTrip(folder, 'labelstudio', 'tasks.json'));
	});

	it('writes one array of tasks, suggestions as predictions scored with our confidence, and with --out a labeling config beside', () => {
		withFolder('interop-', (folder) => {
			const files = writeArticles(folder);
			const exported = exportCli(['--format', 'labelstudio', '--include', 'suggestions', ...files], suggesting([['الصيف', 'DATE']]));
			assert.equal(exported.status, 0, exported.err.join('\n'));
			const tasks = JSON.parse(exported.out);
			assert.equal(tasks.length, 2);
			const [ar, fr] = tasks;
			assert.equal(ar.data.document, 'ar.txt');
			assert.equal(ar.data.text, AR);
			const chars = Array.from(AR);
			for (const result of ar.annotations[0].result) {
				assert.equal(chars.slice(result.value.start, result.value.end).join(''), result.value.text, 'code points');
				assert.deepEqual([result.from_name, result.to_name, result.type], ['label', 'text', 'labels']);
			}
			assert.deepEqual(
				ar.predictions[0].result.map((r: { value: { text: string; labels: string[] }; score: number }) => [r.value.text, r.value.labels, r.score]),
				[['الصيف', ['DATE'], 0.75]],
			);
			assert.equal(ar.predictions[0].score, 0.75);
			assert.deepEqual(fr.predictions, []);

			const input = path.join(folder, 'tasks.json');
			fs.writeFileSync(input, exported.out);
			const fresh = path.join(folder, 'fresh');
			fs.mkdirSync(fresh);
			const back = importCli(['--format', 'labelstudio', '--out', fresh, input]);
			assert.equal(back.status, 0, back.err.join('\n'));
			assert.match(back.err.join('\n'), /tasks\.json: task 1: 1 suggested \(not reviewed\) entities left out/);
			assert.ok(!decisions(path.join(fresh, 'ar.txt.annotations.yaml')).some((d) => d.text === 'الصيف'), 'a prediction is no decision');
			const asked = importCli(['--format', 'labelstudio', '--include', 'predictions', '--out', fresh, input]);
			assert.equal(asked.status, 0, asked.err.join('\n'));
			assert.ok(decisions(path.join(fresh, 'ar.txt.annotations.yaml')).some((d) => d.text === 'الصيف' && d.status === 'accepted'));

			const out = path.join(folder, 'ls');
			const toFiles = exportCli(['--format', 'labelstudio', '--out', out, ...files]);
			assert.equal(toFiles.status, 0, toFiles.err.join('\n'));
			assert.equal(JSON.parse(fs.readFileSync(path.join(out, 'fr.json'), 'utf8'))[0].data.document, 'fr.txt');
			const config = fs.readFileSync(path.join(out, 'labeling-config.xml'), 'utf8');
			assert.match(config, /<Labels name="label" toName="text">/);
			assert.match(config, /<Label value="PER" background="#[0-9a-f]{6}"\/>/);
			assert.match(config, /<Text name="text" value="\$text"\/>/);
			fs.writeFileSync(path.join(out, 'labeling-config.xml'), '<View>mine</View>');
			const again = exportCli(['--format', 'labelstudio', '--force', '--out', out, ...files]);
			assert.equal(again.status, 0, again.err.join('\n'));
			assert.equal(fs.readFileSync(path.join(out, 'labeling-config.xml'), 'utf8'), '<View>mine</View>', 'the person’s config is left');
			assert.match(again.err.join('\n'), /labeling-config\.xml: warning: not written by us/);
		});
	});

	it('tells per task from the regions’ text whether offsets are UTF-16 units (older Label Studio) or code points, unless --offsets says', () => {
		withFolder('interop-', (folder) => {
			const old = 'Yasmina 😀 Ouali dirige 🇩🇿 Naftal à Sétif.';
			const tasks = [
				{ id: 1, data: { text: old }, annotations: [{ result: [region(old, 'Ouali', 'PER', 'utf16'), region(old, 'Naftal', 'ORG', 'utf16'), region(old, 'Sétif', 'LOC', 'utf16')] }] },
				{ id: 2, data: { text: AR }, annotations: [{ result: [region(AR, 'نَفطال', 'ORG'), region(AR, 'سطيف', 'LOC')] }] },
			];
			const input = path.join(folder, 'export.json');
			fs.writeFileSync(input, JSON.stringify(tasks, null, 2));
			const back = importCli(['--format', 'labelstudio', input]);
			assert.equal(back.status, 0, back.err.join('\n'));
			assert.deepEqual(
				decisions(path.join(folder, 'export-0001.txt.annotations.yaml')).map((d) => [d.text, d.start]),
				[
					['Ouali', where(old, 'Ouali').codepoint.start],
					['Naftal', where(old, 'Naftal').codepoint.start],
					['Sétif', where(old, 'Sétif').codepoint.start],
				],
			);
			assert.deepEqual(
				decisions(path.join(folder, 'export-0002.txt.annotations.yaml')).map((d) => d.text),
				['نَفطال', 'سطيف'],
			);
			const other = path.join(folder, 'other');
			fs.mkdirSync(other);
			const forced = importCli(['--format', 'labelstudio', '--offsets', 'codepoint', '--out', other, input]);
			assert.equal(forced.status, 1);
			assert.match(forced.err.join('\n'), /export\.json: task 1: \[\d+, \d+, "PER"\] "Ouali": its text "Ouali" is not the article's there/);
		});
	});

	it('imports the last annotation not cancelled, labels only, and JSON-MIN exports', () => {
		withFolder('interop-', (folder) => {
			const text = 'Karim Ziani joue à Oran.';
			const tasks = [
				{
					data: { text, document: 'k.txt' },
					annotations: [
						{ result: [region(text, 'Karim Ziani', 'ORG')] },
						{ result: [region(text, 'Karim Ziani', 'PER'), { id: 'c', from_name: 'sentiment', to_name: 'text', type: 'choices', value: { choices: ['Positive'] } }] },
						{ was_cancelled: true, result: [region(text, 'Oran', 'LOC')] },
					],
				},
			];
			const input = path.join(folder, 'ls.json');
			fs.writeFileSync(input, JSON.stringify(tasks));
			const back = importCli(['--format', 'labelstudio', input]);
			assert.equal(back.status, 0, back.err.join('\n'));
			assert.deepEqual(
				decisions(path.join(folder, 'k.txt.annotations.yaml')).map((d) => [d.text, d.type]),
				[['Karim Ziani', 'PER']],
			);
			const err = back.err.join('\n');
			assert.match(err, /1 cancelled annotation\(s\) skipped/);
			assert.match(err, /1 earlier annotation\(s\) of a task left out/);
			assert.match(err, /1 choices result\(s\) left out/);

			const min = [{ id: 4, text, label: [{ start: 19, end: 23, text: 'Oran', labels: ['LOC'] }], annotator: 1, lead_time: 3.5 }];
			const minFile = path.join(folder, 'min.json');
			fs.writeFileSync(minFile, JSON.stringify(min));
			const fromMin = importCli(['--format', 'labelstudio', minFile]);
			assert.equal(fromMin.status, 0, fromMin.err.join('\n'));
			assert.deepEqual(
				decisions(path.join(folder, 'min-0001.txt.annotations.yaml')).map((d) => [d.text, d.type]),
				[['Oran', 'LOC']],
			);
		});
	});

	it('reads a task\'s text from the one string of its data when it is not "text" (said), or from the field --data-key names', () => {
		withFolder('interop-', (folder) => {
			const text = 'Karim Ziani joue à Oran.';
			const labels = [{ from_name: 'label', to_name: 'content', type: 'labels', value: { start: 0, end: 11, text: 'Karim Ziani', labels: ['PER'] } }];
			const input = path.join(folder, 'ls.json');
			fs.writeFileSync(input, JSON.stringify([{ data: { content: text, document: 'k.txt', rank: 3 }, annotations: [{ result: labels }] }]));
			const back = importCli(['--format', 'labelstudio', input]);
			assert.equal(back.status, 0, back.err.join('\n'));
			assert.deepEqual(decisions(path.join(folder, 'k.txt.annotations.yaml')).map((d) => [d.text, d.type]), [['Karim Ziani', 'PER']]);
			assert.equal(fs.readFileSync(path.join(folder, 'k.txt'), 'utf8'), text);
			assert.match(back.err.join('\n'), /ls\.json: 1 task\(s\) without "text" whose text was read from "data\.content"/);

			const two = path.join(folder, 'two.json');
			// a title that holds the region's text at its place too: nothing tells which is the article
			fs.writeFileSync(two, JSON.stringify([{ data: { content: text, title: 'Karim Ziani, portrait', document: 'two.txt' }, annotations: [{ result: labels }] }]));
			const ambiguous = importCli(['--format', 'labelstudio', two]);
			assert.equal(ambiguous.status, 1);
			assert.match(ambiguous.err.join('\n'), /two\.json: task 1: no "text": "data" holds several strings \("content", "title"\); name the one .* with --data-key; not imported/);
			assert.ok(!fs.existsSync(path.join(folder, 'two.txt')));
			const named = importCli(['--format', 'labelstudio', '--data-key', 'content', two]);
			assert.equal(named.status, 0, named.err.join('\n'));
			assert.deepEqual(decisions(path.join(folder, 'two.txt.annotations.yaml')).map((d) => d.text), ['Karim Ziani']);
			assert.deepEqual(named.err, [], 'the key given is not said back');
			const wrong = importCli(['--format', 'labelstudio', '--data-key', 'body', two]);
			assert.match(wrong.err.join('\n'), /task 1: no text: "data" has no "body" string \(--data-key\); its strings are "content", "title", "document"/);
			assert.equal(importCli(['--format', 'jsonl', '--data-key', 'content', two]).status, 2, 'labelstudio only');

			const min = path.join(folder, 'min.json');
			fs.writeFileSync(min, JSON.stringify([{ id: 4, body: text, label: [{ start: 19, end: 23, text: 'Oran', labels: ['LOC'] }], annotator: 'a@b.c', created_at: '2026-01-05T10:00:00Z' }]));
			const fromMin = importCli(['--format', 'labelstudio', min]);
			assert.equal(fromMin.status, 0, fromMin.err.join('\n'));
			assert.deepEqual(decisions(path.join(folder, 'min-0001.txt.annotations.yaml')).map((d) => d.text), ['Oran']);
		});
	});

	it('keeps the other keys of Prodigy spans through import, editing in the extension and export, on spans kept and retyped', () => {
		withFolder('interop-', (folder) => {
			// an invented text; spans as ner.correct and a person's own scripts leave them
			const text = 'Farid Amrani quitte Jijel pour Bordj.';
			const example = {
				text,
				spans: [
					{ start: 0, end: 12, text: 'Farid Amrani', label: 'PER', source: 'fr_core_news_sm', input_hash: -812345, token_start: 0, token_end: 1, reviewer: 'nadia' },
					{ start: 20, end: 25, text: 'Jijel', label: 'LOC', source: 'manual', checked: { by: ['nadia', 'omar'], level: 2 } },
					{ start: 31, end: 36, text: 'Bordj', label: 'LOC', source: 'manual' },
				],
				answer: 'accept',
				meta: { document: 'p.txt' },
				_input_hash: -812345,
				_task_hash: 99,
			};
			const input = path.join(folder, 'db.jsonl');
			fs.writeFileSync(input, JSON.stringify(example) + '\n');
			const imported = importCli(['--format', 'prodigy', input]);
			assert.equal(imported.status, 0, imported.err.join('\n'));

			// the person retypes Jijel and removes Bordj in the editor, which saves the sidecar
			const sidecarPath = path.join(folder, 'p.txt.annotations.yaml');
			const parsed = parseSidecar(fs.readFileSync(sidecarPath, 'utf8'));
			assert.ok(parsed.ok);
			const bound = bindSidecar(parsed.sidecar, text, { labels: DEFAULT_LABEL_NAMES });
			const model = new DocumentAnnotations(bound.annotations, bound.orphans);
			const byText = (quote: string) => model.annotations.find((a) => a.text === quote)?.id as string;
			model.changeType(byText('Jijel'), 'ORG');
			model.untag(byText('Bordj'));
			fs.writeFileSync(sidecarPath, serializeSidecar(unbindAnnotations({ annotations: model.annotations, orphans: [], articleText: text, documentName: 'p.txt', base: parsed.sidecar })));

			const exported = exportCli(['--format', 'prodigy', path.join(folder, 'p.txt')]);
			assert.equal(exported.status, 0, exported.err.join('\n'));
			assert.deepEqual(exported.err, [], 'the kept keys read as a valid sidecar');
			const back = JSON.parse(exported.out) as { spans: Array<Record<string, unknown>> };
			assert.deepEqual(back.spans, [
				// token indices are not kept: they are the tokens' of Prodigy's tokenizer, and stale once a span moves
				{ start: 0, end: 12, text: 'Farid Amrani', label: 'PER', source: 'fr_core_news_sm', input_hash: -812345, reviewer: 'nadia' },
				{ start: 20, end: 25, text: 'Jijel', label: 'ORG', source: 'manual', checked: { by: ['nadia', 'omar'], level: 2 } },
			]);
			// and back again: nothing doubled
			fs.writeFileSync(input, exported.out);
			const again = importCli(['--format', 'prodigy', input]);
			assert.equal(again.status, 0, again.err.join('\n'));
			assert.match(again.out[0], /nothing new to import \(2 already there\)/);
		});
	});

	it('does not take a choice (a string or a list of them) for the text when guessing the text field', () => {
		withFolder('interop-', (folder) => {
			// invented text; JSON-MIN puts each control's value beside the data: a single choice is a string
			const text = 'Rym Belaid dirige la chorale de Mostaganem.';
			const region = { start: 32, end: 42, text: 'Mostaganem', labels: ['LOC'] };
			const min = path.join(folder, 'min.json');
			fs.writeFileSync(min, JSON.stringify([{ id: 7, content: text, sentiment: 'Positive', topics: ['Culture', 'Musique'], comment: ['à revoir'], label: [region], annotator: 3, annotation_id: 9, created_at: '2026-02-01T09:00:00Z', lead_time: 12.5 }]));
			const fromMin = importCli(['--format', 'labelstudio', min]);
			assert.equal(fromMin.status, 0, fromMin.err.join('\n'));
			assert.deepEqual(decisions(path.join(folder, 'min-0001.txt.annotations.yaml')).map((d) => [d.text, d.type]), [['Mostaganem', 'LOC']]);
			assert.equal(fs.readFileSync(path.join(folder, 'min-0001.txt'), 'utf8'), text);
			assert.match(fromMin.err.join('\n'), /1 task\(s\) without "text" whose text was read from "content"/);

			// the full JSON: a data field a choices result names is that control's, not the text (no region to tell it by)
			const full = path.join(folder, 'full.json');
			const choice = { from_name: 'sentiment', to_name: 'content', type: 'choices', value: { choices: ['Positive'] } };
			fs.writeFileSync(full, JSON.stringify([{ data: { content: text, sentiment: 'Positive', document: 'full.txt' }, annotations: [{ result: [choice] }] }]));
			const fromFull = importCli(['--format', 'labelstudio', full]);
			assert.equal(fromFull.status, 0, fromFull.err.join('\n'));
			assert.equal(fs.readFileSync(path.join(folder, 'full.txt'), 'utf8'), text);
			assert.match(fromFull.err.join('\n'), /1 choices result\(s\) left out/);
		});
	});

	it('refuses regions whose text differs, of an unknown label or outside the text, and names the line and column of malformed JSON', () => {
		withFolder('interop-', (folder) => {
			const text = 'Karim Ziani joue à Oran.';
			const tasks = [
				{
					data: { text, document: 'a.txt' },
					annotations: [
						{
							result: [
								{ type: 'labels', value: { start: 0, end: 11, text: 'Karim Zianni', labels: ['PER'] } },
								{ type: 'labels', value: { start: 19, end: 23, text: 'Oran', labels: ['CITY'] } },
								{ type: 'labels', value: { start: 19, end: 40, labels: ['LOC'] } },
								{ type: 'labels', value: { start: 6, end: 11, text: 'Ziani', labels: ['PER'] } },
							],
						},
					],
				},
				'not a task',
			];
			const input = path.join(folder, 'bad.json');
			fs.writeFileSync(input, JSON.stringify(tasks));
			const back = importCli(['--format', 'labelstudio', input]);
			assert.equal(back.status, 1);
			const err = back.err.join('\n');
			assert.match(err, /bad\.json: task 1: \[0, 11, "PER"\] "Karim Zianni": its text "Karim Zianni" is not the article's there \("Karim Ziani"\)/);
			assert.match(err, /bad\.json: task 1: \[19, 23, "CITY"\] "Oran": the type CITY is not a label/);
			assert.match(err, /bad\.json: task 1: \[19, 40, "LOC"\]: not a span of the text/);
			assert.match(err, /bad\.json: task 2: "not a task" is not a task/);
			assert.deepEqual(
				decisions(path.join(folder, 'a.txt.annotations.yaml')).map((d) => d.text),
				['Ziani'],
			);

			const broken = path.join(folder, 'broken.json');
			fs.writeFileSync(broken, '[\n  {"data": {"text": "x"}},\n  {"data": {"text": "y"} "annotations": []}\n]\n');
			const refused = importCli(['--format', 'labelstudio', broken]);
			assert.equal(refused.status, 1);
			assert.match(refused.err.join('\n'), /broken\.json: not JSON at line 3, column 26 \(.*\); nothing imported/);
			assert.ok(!fs.existsSync(path.join(folder, 'broken-0001.txt')));
		});
	});
});

describe('notes and authors through JSONL, Prodigy and Label Studio', () => {
	/** The articles with a note and an author on some decisions, a rejected one and a note of two lines among them. */
	const withDetails = ARTICLES.map(({ name, text, annotations }) => ({
		name,
		text,
		annotations: annotations.map((a, index): Annotation => (index === 0 ? { ...a, note: 'à vérifier : le nom complet', author: 'amina' } : a.status === 'rejected' ? { ...a, note: 'une date\nnon une entité' } : index === 1 ? { ...a, author: 'yacine' } : a)),
	}));
	const details = (sidecar: string) => {
		const parsed = parseSidecar(fs.readFileSync(sidecar, 'utf8'));
		assert.ok(parsed.ok, sidecar);
		return parsed.sidecar.annotations.map(({ text, status, note, author }) => ({ text, status, note, author })).sort((a, b) => a.text.localeCompare(b.text));
	};

	for (const [format, file, authors] of [['jsonl', 'lines.jsonl', true], ['prodigy', 'examples.jsonl', true], ['labelstudio', 'tasks.json', false]] as const) {
		it(`${format}: a decision's note${authors ? ' and author come' : ' comes'} back with it${authors ? '' : ' (Label Studio has no place for an author)'}`, () => {
			withFolder('interop-', (folder) => {
				const files = withDetails.map(({ name, text, annotations }) => {
					const article = path.join(folder, name);
					fs.writeFileSync(article, text);
					fs.writeFileSync(article + '.annotations.yaml', serializeSidecar(unbindAnnotations({ annotations, orphans: [], articleText: text, documentName: name })));
					return article;
				});
				const exported = exportCli(['--format', format, '--include', 'rejected', ...files]);
				assert.equal(exported.status, 0, exported.err.join('\n'));
				const input = path.join(folder, file);
				fs.writeFileSync(input, exported.out);
				const fresh = path.join(folder, 'fresh');
				const imported = importCli(['--format', format, '--author', 'import', '--out', fresh, input]);
				assert.equal(imported.status, 0, imported.err.join('\n'));
				for (const { name } of withDetails) {
					const expected = details(path.join(folder, name + '.annotations.yaml')).map((d) => ({ ...d, author: (authors ? d.author : undefined) ?? 'import' }));
					assert.deepEqual(details(path.join(fresh, name + '.annotations.yaml')), expected, name);
					assert.ok(expected.some((d) => d.note !== undefined && d.status === 'rejected'), 'a rejected decision with a note is checked');
				}
			});
		});
	}

	it('jsonl: a note keyed to a span no longer listed (removed in the other tool) goes with it; one for a span still there stays with that span', () => {
		const line = readJsonlLine(JSON.stringify({ text: 'Karim à Oran', label: [[8, 12, 'LOC']], notes: [[0, 5, 'PER', 'removed'], [8, 12, 'LOC', 'la ville']], authors: 'amina' }), 'codepoint');
		assert.ok(line.ok);
		assert.deepEqual(line.spans.map((span) => [span.type, span.note]), [['LOC', 'la ville']]);
		assert.deepEqual(line.problems, ['"authors": "amina" is not a list of [start, end, label, author]']);
	});
});
