import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Annotation } from '../../src/core/annotation';
import { createNodeExportIo, EXPORT_USAGE, runExport, type ExportDependencies, type ExportIo, type FileKind } from '../../src/cli/export';
import { bratText, readConllSpans } from '../../src/core/export';
import { unbindAnnotations } from '../../src/core/sidecar/bind';
import { serializeSidecar } from '../../src/core/sidecar/codec';
import type { DetectedEntity } from '../../src/core/types';
import { withClosedFolder, withFolder } from './support/folders';

/* Articles written for these tests (invented people), with an emoji and a CRLF before entities. */
const FR = 'Le ministre Karim Belkacem est arrivé à Tlemcen 🚆 lundi.\r\nSelon l’Agence nationale des barrages, la visite durera deux jours.';
const AR = 'وصل الوزير كريم بلقاسم إلى تلمسان 🌍 يوم الاثنين.\r\nثم توجه إلى وهران والجزائر.';

const ROOT = path.resolve(__dirname, '..', '..');
const utf8 = (text: string) => new TextEncoder().encode(text);

function annotation(text: string, quote: string, type: string, id: string, status: 'accepted' | 'rejected' = 'accepted'): Annotation {
	const start = text.indexOf(quote);
	assert.ok(start >= 0, quote);
	return { id, type, start, end: start + quote.length, text: quote, status };
}

function sidecarText(text: string, name: string, annotations: Annotation[]): string {
	return serializeSidecar(unbindAnnotations({ annotations, orphans: [], articleText: text, documentName: name }));
}

const FR_ANNOTATIONS = [annotation(FR, 'Karim Belkacem', 'PER', 'p1'), annotation(FR, 'Tlemcen', 'LOC', 'l1'), annotation(FR, 'lundi', 'DATE', 'd1', 'rejected'), annotation(FR, 'Agence nationale des barrages', 'ORG', 'o1')];
const AR_ANNOTATIONS = [annotation(AR, 'كريم بلقاسم', 'PER', 'p1'), annotation(AR, 'تلمسان', 'LOC', 'l1'), annotation(AR, 'وهران', 'LOC', 'l2'), annotation(AR, 'الجزائر', 'LOC', 'l3')];

/** An in-memory file system and captured streams. */
class FakeIo implements ExportIo {
	readonly files = new Map<string, Uint8Array>();
	readonly directories = new Set<string>(['/']);
	out = '';
	readonly err: string[] = [];
	failReadsOf: string | undefined;

	constructor(files: Record<string, string | Uint8Array> = {}) {
		for (const [name, content] of Object.entries(files)) {
			this.put(name, content);
		}
	}

	put(name: string, content: string | Uint8Array): void {
		const absolute = path.resolve('/', name);
		this.files.set(absolute, typeof content === 'string' ? utf8(content) : content);
		for (let dir = path.dirname(absolute); !this.directories.has(dir); dir = path.dirname(dir)) {
			this.directories.add(dir);
		}
	}

	text(name: string): string {
		const data = this.files.get(path.resolve('/', name));
		assert.ok(data, `${name} was not written`);
		return new TextDecoder().decode(data);
	}

	stdout(chunk: string): void {
		this.out += chunk;
	}
	stderr(line: string): void {
		assert.ok(!line.includes('\n'), `one line: ${line}`);
		this.err.push(line);
	}
	stat(filePath: string): { kind: FileKind; size: number } {
		const absolute = path.resolve('/', filePath);
		const data = this.files.get(absolute);
		if (data) return { kind: 'file', size: data.length };
		return this.directories.has(absolute) ? { kind: 'directory', size: 0 } : { kind: 'missing', size: 0 };
	}
	readFile(filePath: string): Uint8Array {
		if (filePath === this.failReadsOf) {
			throw new Error('disk on fire');
		}
		const data = this.files.get(path.resolve('/', filePath));
		if (!data) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
		return data;
	}
	makeDirectory(directory: string): void {
		for (let dir = path.resolve('/', directory); !this.directories.has(dir); dir = path.dirname(dir)) {
			this.directories.add(dir);
		}
	}
	writeFile(filePath: string, data: Uint8Array, overwrite: boolean): void {
		const absolute = path.resolve('/', filePath);
		if (!overwrite && this.files.has(absolute)) throw Object.assign(new Error('EEXIST'), { code: 'EEXIST' });
		this.files.set(absolute, data);
	}
	realPath(filePath: string): string {
		return path.resolve('/', filePath);
	}
}

function corpus(): FakeIo {
	return new FakeIo({
		'/w/fr.txt': FR,
		'/w/fr.txt.annotations.yaml': sidecarText(FR, 'fr.txt', FR_ANNOTATIONS),
		'/w/ar.txt': AR,
		'/w/ar.txt.annotations.yaml': sidecarText(AR, 'ar.txt', AR_ANNOTATIONS),
	});
}

describe('article-annotator export (runExport)', () => {
	it('prints CoNLL for an article, and the same when given its sidecar', () => {
		const io = corpus();
		assert.equal(runExport(['--format', 'conll', '/w/ar.txt'], io), 0);
		assert.deepEqual(io.err, []);
		assert.equal(
			io.out,
			[
				'وصل\tO', 'الوزير\tO', 'كريم\tB-PER', 'بلقاسم\tI-PER', 'إلى\tO', 'تلمسان\tB-LOC', '🌍\tO', 'يوم\tO', 'الاثنين\tO', '.\tO', '',
				'ثم\tO', 'توجه\tO', 'إلى\tO', 'وهران\tB-LOC', 'و\tO', 'الجزائر\tB-LOC', '.\tO', '',
				'',
			].join('\n'),
		);
		const viaSidecar = corpus();
		assert.equal(runExport(['--format=conll', '/w/ar.txt.annotations.yaml'], viaSidecar), 0);
		assert.equal(viaSidecar.out, io.out);
	});

	it('separates several articles with -DOCSTART- and exports an article named twice once', () => {
		const io = corpus();
		assert.equal(runExport(['--format', 'conll', '/w/fr.txt', '/w/ar.txt', '/w/ar.txt.annotations.yaml'], io), 0);
		assert.equal(io.out.split(/-DOCSTART-\tO\t# document = \w+\.txt\n\n/).length, 3, 'each line names its article');
		assert.deepEqual(io.out.match(/(?<=# document = )\S+/g), ['fr.txt', 'ar.txt']);
		const [, french, arabic] = io.out.split(/-DOCSTART-.*\n\n/);
		const spans = readConllSpans(french, FR);
		assert.ok(spans.ok);
		assert.deepEqual(spans.spans.map((span) => FR.slice(span.start, span.end)), ['Karim Belkacem', 'Tlemcen', 'Agence nationale des barrages']);
		assert.match(arabic, /\nو\tO\nالجزائر\tB-LOC\n/);
		const none = corpus();
		runExport(['--format', 'conll', '--no-docstart', '/w/fr.txt', '/w/ar.txt'], none);
		assert.ok(!none.out.includes('-DOCSTART-'));
	});

	it('prints one JSON line per article with code point offsets, or UTF-16 ones on request', () => {
		const io = corpus();
		assert.equal(runExport(['--format', 'jsonl', '--include', 'rejected', '/w/fr.txt', '/w/ar.txt'], io), 0);
		const lines = io.out.trimEnd().split('\n').map((line) => JSON.parse(line) as { text: string; label: Array<[number, number, string]>; rejected: unknown; document: string; offsets: string });
		assert.equal(lines.length, 2);
		assert.deepEqual(lines[0].label, [
			[12, 26, 'PER'],
			[40, 47, 'LOC'],
			[66, 95, 'ORG'],
		]);
		assert.deepEqual(lines[0].rejected, [[50, 55, 'DATE']]);
		assert.equal(lines[0].document, 'fr.txt');
		assert.equal(lines[0].offsets, 'codepoint');
		for (const line of lines) {
			for (const [start, end] of line.label) {
				assert.ok([...FR_ANNOTATIONS, ...AR_ANNOTATIONS].some((a) => a.text === Array.from(line.text).slice(start, end).join('')));
			}
		}
		const utf16 = corpus();
		runExport(['--format', 'jsonl', '--offsets', 'utf16', '/w/fr.txt'], utf16);
		const line = JSON.parse(utf16.out) as { label: Array<[number, number, string]>; offsets: string };
		assert.equal(line.offsets, 'utf16');
		assert.deepEqual(line.label[2], [67, 96, 'ORG']);
	});

	it('prints one W3C collection per line with the file name (or a URI) as target source', () => {
		const io = corpus();
		assert.equal(runExport(['--format', 'w3c', '--base-uri', 'https://example.org/corpus', '/w/ar.txt'], io), 0);
		assert.equal(io.out.split('\n').length, 2);
		const collection = JSON.parse(io.out) as { total: number; first: { items: Array<{ target: { source: string; selector: Array<{ start?: number; end?: number; exact?: string }> } }> } };
		assert.equal(collection.total, 4);
		const item = collection.first.items[3];
		assert.equal(item.target.source, 'https://example.org/corpus/ar.txt');
		assert.equal(Array.from(AR).slice(item.target.selector[0].start, item.target.selector[0].end).join(''), 'الجزائر');
	});

	it('writes brat .ann and .txt files and an annotation.conf, never over existing files without --force', () => {
		const io = corpus();
		assert.equal(runExport(['--format', 'brat', '--out', '/out', '/w/fr.txt', '/w/ar.txt'], io), 0);
		assert.deepEqual(io.err, []);
		assert.equal(io.out, '');
		assert.equal(io.text('/out/fr.txt'), bratText(FR));
		assert.equal(bratText(FR), FR.replace('\r\n', '\n'));
		assert.equal(io.text('/out/ar.ann'), 'T1\tPER 11 22\tكريم بلقاسم\nT2\tLOC 27 33\tتلمسان\nT3\tLOC 61 66\tوهران\nT4\tLOC 68 75\tالجزائر\n');
		for (const line of io.text('/out/fr.ann').trimEnd().split('\n')) {
			const [, typeAndOffsets, quote] = line.split('\t');
			const [, start, end] = typeAndOffsets.split(' ').map(Number);
			assert.equal(Array.from(io.text('/out/fr.txt')).slice(start, end).join(''), quote);
		}
		assert.match(io.text('/out/annotation.conf'), /\[entities\]\nLOC\nORG\nPER\n/);

		const again = runExport(['--format', 'brat', '--out', '/out', '--include', 'rejected', '/w/fr.txt'], io);
		assert.equal(again, 1);
		assert.deepEqual(io.err, ['article-annotator export: /out/fr.txt: already exists; not overwritten (use --force)']);
		assert.ok(!io.text('/out/fr.ann').includes('Status'), 'nothing written for the refused article');

		io.err.length = 0;
		assert.equal(runExport(['--format', 'brat', '--out', '/out', '--include', 'rejected', '--force', '/w/fr.txt'], io), 0);
		assert.match(io.text('/out/fr.ann'), /^T3\tDATE 50 55\tlundi\nA3\tStatus T3 rejected$/m);
	});

	it('writes annotation.conf only when an article was written, and keeps ours declaring what the folder uses', () => {
		const io = corpus();
		io.put('/out/fr.txt', 'an earlier file');
		assert.equal(runExport(['--format', 'brat', '--out', '/out', '/w/fr.txt'], io), 1);
		assert.equal(io.stat('/out/annotation.conf').kind, 'missing', 'nothing written, no stray annotation.conf');

		assert.equal(runExport(['--format', 'brat', '--out', '/out', '/w/ar.txt'], io), 0);
		assert.match(io.text('/out/annotation.conf'), /\[entities\]\nLOC\nPER\n\n/);
		assert.doesNotMatch(io.text('/out/annotation.conf'), /Status/);
		// a later run adds ORG and DATE (rejected) and the Status attribute; LOC and PER stay, ar.ann uses them
		io.err.length = 0;
		assert.equal(runExport(['--format', 'brat', '--out', '/out', '--include', 'rejected', '--force', '/w/fr.txt'], io), 0, io.err.join('\n'));
		const conf = io.text('/out/annotation.conf');
		assert.match(conf, /\[entities\]\nDATE\nLOC\nORG\nPER\n\n/);
		assert.match(conf, /^Status\tArg:<ENTITY>, Value:accepted\|suggested\|rejected$/m);
		// and a run without the statuses does not take the attribute away (fr.ann still has them)
		assert.equal(runExport(['--format', 'brat', '--out', '/out', '--force', '/w/ar.txt'], io), 0);
		assert.equal(io.text('/out/annotation.conf'), conf);

		// one of the person's own is never touched
		const mine = '[entities]\nPER\n';
		io.put('/out/annotation.conf', mine);
		assert.equal(runExport(['--format', 'brat', '--out', '/out', '--include', 'rejected', '--force', '/w/fr.txt'], io), 0);
		assert.equal(io.text('/out/annotation.conf'), mine);
	});

	it('says what the person\'s own annotation.conf lacks for the files written (brat shows those annotations as errors)', () => {
		const io = corpus();
		io.put('/out/annotation.conf', '[entities]\nPER\n');
		assert.equal(runExport(['--format', 'brat', '--out', '/out', '--include', 'rejected', '/w/fr.txt'], io), 0);
		assert.deepEqual(io.err, ['article-annotator export: /out/annotation.conf: warning: not written by us; left as it is, without the entity type(s) DATE, LOC, ORG and the Status attribute of the .ann files written (brat marks such annotations as errors)']);
		io.err.length = 0;
		io.put('/out/annotation.conf', '# mine\n[entities]\n!Place\n\tLOC\nPER\nORG\n\n[attributes]\nStatus\tArg:<ENTITY>, Value:accepted|rejected\n');
		assert.equal(runExport(['--format', 'brat', '--out', '/out', '--force', '/w/fr.txt'], io), 0);
		assert.deepEqual(io.err, [], 'it declares all the types written');
		assert.equal(runExport(['--format', 'brat', '--out', '/out', '--force', '--quiet', '--include', 'rejected', '/w/fr.txt'], io), 0);
		assert.deepEqual(io.err, []);
	});

	it('warns when articles of the same name in different folders get the same "document" (or -DOCSTART- name) on standard output', () => {
		for (const [format, field] of [['jsonl', '"document"'], ['w3c', '"source"'], ['conll', 'name on the -DOCSTART- line']]) {
			const io = corpus();
			io.put('/v/fr.txt', FR);
			io.put('/v/fr.txt.annotations.yaml', sidecarText(FR, 'fr.txt', FR_ANNOTATIONS.slice(0, 1)));
			assert.equal(runExport(['--format', format, '/w/fr.txt', '/w/ar.txt', '/v/fr.txt'], io), 0);
			assert.equal(format === 'conll' ? io.out.split('-DOCSTART-').length - 1 : io.out.trimEnd().split('\n').length, 3, 'every article is still exported');
			assert.equal(io.err.length, 1, io.err.join('\n'));
			assert.match(io.err[0], new RegExp(`^article-annotator export: warning: /w/fr\\.txt, /v/fr\\.txt: 2 articles named "fr\\.txt" get the same ${field}`));
			const quiet = corpus();
			quiet.put('/v/fr.txt', FR);
			assert.equal(runExport(['--format', format, '--quiet', '/w/fr.txt', '/v/fr.txt'], quiet), 0);
			assert.deepEqual(quiet.err, []);
		}
		// not for CoNLL without -DOCSTART- lines, one article given twice, nor different names
		const bare = corpus();
		bare.put('/v/fr.txt', FR);
		bare.put('/v/fr.txt.annotations.yaml', sidecarText(FR, 'fr.txt', FR_ANNOTATIONS.slice(0, 1)));
		assert.equal(runExport(['--format', 'conll', '--no-docstart', '/w/fr.txt', '/v/fr.txt'], bare), 0);
		assert.deepEqual(bare.err, []);
		const io = corpus();
		assert.equal(runExport(['--format', 'jsonl', '/w/fr.txt', '/w/fr.txt.annotations.yaml', '/w/ar.txt'], io), 0);
		assert.deepEqual(io.err, []);
	});

	it('never writes over an annotated article that is not an input, even with --force', () => {
		// exporting /w/story.md to its own folder would write /w/story.txt: another article, with its sidecar
		const other = 'وصل الوزير إلى وهران.';
		const io = new FakeIo({
			'/w/story.md': FR,
			'/w/story.md.annotations.yaml': sidecarText(FR, 'story.md', FR_ANNOTATIONS),
			'/w/story.txt': other,
			'/w/story.txt.annotations.yaml': sidecarText(other, 'story.txt', []),
		});
		for (const force of [[], ['--force']]) {
			io.err.length = 0;
			assert.equal(runExport(['--format', 'brat', '--out', '/w', ...force, '/w/story.md'], io), 1);
			assert.deepEqual(io.err, ['article-annotator export: /w/story.txt: is an annotated article (/w/story.txt.annotations.yaml is beside it); not overwritten, even with --force (choose another --out folder)']);
			assert.equal(io.text('/w/story.txt'), other);
			assert.equal(io.stat('/w/story.ann').kind, 'missing', 'nothing written for the refused article');
		}
		// the same export to another folder is written
		io.err.length = 0;
		assert.equal(runExport(['--format', 'brat', '--out', '/out', '/w/story.md'], io), 0, io.err.join('\n'));
		assert.equal(io.text('/out/story.txt'), bratText(FR));
		// nor through a symbolic link to an annotated article
		const linked = new FakeIo({ '/w/story.md': FR, '/o/story.txt': other, '/v/story.txt': other, '/v/story.txt.annotations.yaml': sidecarText(other, 'story.txt', []) });
		linked.realPath = (file) => (path.resolve('/', file) === '/o/story.txt' ? '/v/story.txt' : path.resolve('/', file));
		assert.equal(runExport(['--format', 'brat', '--out', '/o', '--force', '/w/story.md'], linked), 1);
		assert.match(linked.err.join('\n'), /\/o\/story\.txt: is an annotated article \(\/v\/story\.txt\.annotations\.yaml is beside it\)/);
		assert.equal(linked.text('/o/story.txt'), other);
	});

	it('refuses brat without --out, unknown options and missing values as usage errors (2)', () => {
		const cases: Array<[string[], RegExp]> = [
			[['--format', 'brat', '/w/fr.txt'], /give --out DIR/],
			[['/w/fr.txt'], /--format is required/],
			[['--format', 'xml', '/w/fr.txt'], /--format must be one of conll, brat, jsonl, w3c/],
			[['--format', 'conll'], /no FILE given/],
			[['--format', 'conll', '--include', 'maybe', '/w/fr.txt'], /--include takes rejected, suggestions/],
			[['--format', 'conll', '--split', 'words', '/w/fr.txt'], /--split takes entity or token/],
			[['--format', 'jsonl', '--offsets', 'bytes', '/w/fr.txt'], /--offsets takes codepoint or utf16/],
			[['--format', 'conll', '--frobnicate', '/w/fr.txt'], /unknown option "--frobnicate"/],
			[['--format', 'w3c', '--base-uri', 'not a uri', '/w/fr.txt'], /--base-uri needs an absolute URI/],
			[['--format'], /--format needs a value/],
		];
		for (const [argv, message] of cases) {
			const io = corpus();
			assert.equal(runExport(argv, io), 2, argv.join(' '));
			assert.match(io.err[0], message);
			assert.match(io.err[0], /^article-annotator export: /);
			assert.equal(io.out, '');
		}
	});

	it('prints its help', () => {
		const io = corpus();
		assert.equal(runExport(['--help'], io), 0);
		assert.equal(io.out, EXPORT_USAGE + '\n');
		assert.match(io.out, /--format conll\|brat\|jsonl\|w3c/);
	});

	it('reports a missing article, a broken sidecar and a binary file on one line each, exports the rest, exits 1', () => {
		const io = corpus();
		io.put('/w/broken.txt', 'Un texte.');
		io.put('/w/broken.txt.annotations.yaml', 'version: 1\ndocument: broken.txt\nannotations:\n  - type: PER\n    start: [\n');
		io.put('/w/photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
		io.put('/w/lonely.txt.annotations.yaml', sidecarText('abc', 'lonely.txt', []));
		const status = runExport(['--format', 'jsonl', '/w/missing.txt', '/w/broken.txt', '/w/photo.png', '/w/lonely.txt.annotations.yaml', '/w/fr.txt'], io);
		assert.equal(status, 1);
		assert.equal(io.err.length, 4, io.err.join('\n'));
		assert.equal(io.err[0], 'article-annotator export: /w/missing.txt: no such file');
		assert.match(io.err[1], /^article-annotator export: \/w\/broken\.txt\.annotations\.yaml:\d+: /);
		assert.equal(io.err[2], 'article-annotator export: /w/photo.png: binary data (NUL byte at offset 8), not a text file');
		assert.equal(io.err[3], 'article-annotator export: /w/lonely.txt: no such file (the article of /w/lonely.txt.annotations.yaml)');
		assert.equal(io.out.split('\n').length, 2, 'the good article is still exported');
		assert.equal((JSON.parse(io.out) as { document: string }).document, 'fr.txt');
	});

	it('exports an article without a sidecar without annotations, with a warning', () => {
		const io = new FakeIo({ '/w/new.txt': FR });
		assert.equal(runExport(['--format', 'jsonl', '/w/new.txt'], io), 0);
		assert.deepEqual((JSON.parse(io.out) as { label: unknown[] }).label, []);
		assert.deepEqual(io.err, ['article-annotator export: /w/new.txt: warning: no sidecar "new.txt.annotations.yaml" beside it; exported without annotations']);
		const quiet = new FakeIo({ '/w/new.txt': FR });
		assert.equal(runExport(['--format', 'jsonl', '--quiet', '/w/new.txt'], quiet), 0);
		assert.deepEqual(quiet.err, []);
		// with suggestions asked for, the warning says what was exported
		const city: DetectedEntity = { start: FR.indexOf('Tlemcen'), end: FR.indexOf('Tlemcen') + 7, type: 'LOC', text: 'Tlemcen', confidence: 0.9, source: 'model' };
		const suggested = new FakeIo({ '/w/new.txt': FR });
		assert.equal(runExport(['--format', 'jsonl', '--include', 'suggestions', '/w/new.txt'], suggested, { createSuggester: () => () => [city] }), 0);
		assert.equal((JSON.parse(suggested.out) as { label: unknown[] }).label.length, 1);
		assert.deepEqual(suggested.err, ['article-annotator export: /w/new.txt: warning: no sidecar "new.txt.annotations.yaml" beside it; exported with the detector\'s suggestions only']);
	});

	it('re-anchors annotations of an edited article and counts the orphans it cannot place', () => {
		const io = corpus();
		const edited = 'Dépêche — ' + FR.replace('Tlemcen', 'Tiaret');
		io.put('/w/fr.txt', edited);
		assert.equal(runExport(['--format', 'brat', '--out', '/out', '/w/fr.txt'], io), 0);
		assert.equal(io.text('/out/fr.ann'), 'T1\tPER 22 36\tKarim Belkacem\nT2\tORG 74 103\tAgence nationale des barrages\n');
		assert.ok(io.err.some((line) => /re-anchored/.test(line)), io.err.join('\n'));
		assert.ok(io.err.some((line) => line === 'article-annotator export: /w/fr.txt: warning: 1 orphaned annotation(s) not exported (they have no place in the current text; re-place them in the editor)'), io.err.join('\n'));
	});

	it('never writes over an input file', () => {
		const io = corpus();
		assert.equal(runExport(['--format', 'brat', '--out', '/w', '--force', '/w/fr.txt'], io), 1);
		assert.deepEqual(io.err, ['article-annotator export: /w/fr.txt: is an input file; not overwritten (choose another --out folder)']);
		assert.equal(io.text('/w/fr.txt'), FR);
	});

	it('never writes over an input file through a hard link in the --out folder, even with --force', () => {
		// `cp -al corpus snapshot` (or rsync --link-dest) leaves hard links: snapshot/fr.txt is
		// the input's own inode under another path, so comparing real paths is not enough.
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-cli-'));
		try {
			const article = path.join(dir, 'fr.txt');
			const sidecar = path.join(dir, 'fr.txt.annotations.yaml');
			const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FR)]);
			fs.writeFileSync(article, withBom);
			fs.writeFileSync(sidecar, sidecarText(FR, 'fr.txt', FR_ANNOTATIONS));
			const sidecarBytes = fs.readFileSync(sidecar);
			const out = path.join(dir, 'snapshot');
			fs.mkdirSync(out);
			fs.linkSync(article, path.join(out, 'fr.txt'));
			fs.linkSync(sidecar, path.join(out, 'fr.jsonl'));
			const err: string[] = [];
			const io: ExportIo = { ...createNodeExportIo(), stdout: () => undefined, stderr: (line) => err.push(line) };
			assert.equal(runExport(['--format', 'brat', '--out', out, '--force', '--quiet', article], io), 1);
			assert.equal(runExport(['--format', 'jsonl', '--out', out, '--force', '--quiet', article], io), 1);
			assert.deepEqual(fs.readFileSync(article), withBom, 'the article keeps its bytes (and its byte order mark)');
			assert.deepEqual(fs.readFileSync(sidecar), sidecarBytes, 'the sidecar is not replaced by the export');
			assert.equal(err.length, 2, err.join('\n'));
			assert.ok(err.every((line) => /is an input file; not overwritten/.test(line)), err.join('\n'));
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});

	it('exports every .txt article under a FOLDER, sub-folders included, in name order, and refuses a folder without any', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-cli-'));
		try {
			fs.mkdirSync(path.join(dir, 'corpus', 'sub'), { recursive: true });
			fs.writeFileSync(path.join(dir, 'corpus', 'sub', 'fr.txt'), FR);
			fs.writeFileSync(path.join(dir, 'corpus', 'sub', 'fr.txt.annotations.yaml'), sidecarText(FR, 'fr.txt', FR_ANNOTATIONS));
			fs.writeFileSync(path.join(dir, 'corpus', 'ar.txt'), AR);
			fs.writeFileSync(path.join(dir, 'corpus', 'ar.txt.annotations.yaml'), sidecarText(AR, 'ar.txt', AR_ANNOTATIONS));
			fs.writeFileSync(path.join(dir, 'corpus', 'notes.md'), 'not an article');
			let out = '';
			const err: string[] = [];
			const io: ExportIo = { ...createNodeExportIo(), stdout: (chunk) => (out += chunk), stderr: (line) => err.push(line) };
			assert.equal(runExport(['--format', 'jsonl', path.join(dir, 'corpus')], io), 0, err.join('\n'));
			const lines = out.trim().split('\n').map((line) => JSON.parse(line) as { document: string; label: unknown[] });
			assert.deepEqual(lines.map((line) => line.document), ['ar.txt', 'sub/fr.txt'], 'ar.txt, then sub/fr.txt, named by their path in the folder; no notes.md');
			assert.ok(lines.every((line) => line.label.length > 0), 'with their annotations');
			// the same as naming the articles one by one, but for the names: a file given alone is named by itself
			const folderOut = out;
			out = '';
			assert.equal(runExport(['--format', 'jsonl', path.join(dir, 'corpus', 'ar.txt'), path.join(dir, 'corpus', 'sub', 'fr.txt')], io), 0);
			assert.equal(folderOut.replace('"document":"sub/fr.txt"', '"document":"fr.txt"'), out);
			fs.mkdirSync(path.join(dir, 'empty'));
			err.length = 0;
			assert.equal(runExport(['--format', 'jsonl', path.join(dir, 'empty')], io), 1);
			assert.deepEqual(err, [`article-annotator export: ${path.join(dir, 'empty')}: a folder without any .txt file`]);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});

	it('with --out, keeps the sub-folders of a FOLDER exported, so articles of one name in two of them do not collide', () => {
		withFolder('export-cli-', (dir) => {
			const corpusDir = path.join(dir, 'corpus');
			for (const [folder, text, annotations] of [['2024', FR, FR_ANNOTATIONS], ['2025', AR, AR_ANNOTATIONS]] as const) {
				fs.mkdirSync(path.join(corpusDir, folder), { recursive: true });
				fs.writeFileSync(path.join(corpusDir, folder, 'a.txt'), text);
				fs.writeFileSync(path.join(corpusDir, folder, 'a.txt.annotations.yaml'), sidecarText(text, 'a.txt', [...annotations]));
			}
			fs.writeFileSync(path.join(corpusDir, 'top.txt'), FR);
			const err: string[] = [];
			const io: ExportIo = { ...createNodeExportIo(), stdout: () => undefined, stderr: (line) => err.push(line) };
			const out = path.join(dir, 'out');
			assert.equal(runExport(['--format', 'brat', '--quiet', '--out', out, corpusDir], io), 0, err.join('\n'));
			assert.equal(fs.readFileSync(path.join(out, '2024', 'a.txt'), 'utf8'), bratText(FR));
			assert.equal(fs.readFileSync(path.join(out, '2025', 'a.txt'), 'utf8'), bratText(AR));
			assert.match(fs.readFileSync(path.join(out, '2024', 'a.ann'), 'utf8'), /\tPER \d+ \d+\tKarim Belkacem\n/);
			assert.match(fs.readFileSync(path.join(out, '2025', 'a.ann'), 'utf8'), /\tPER \d+ \d+\tكريم بلقاسم\n/);
			assert.ok(fs.existsSync(path.join(out, 'top.ann')), 'an article at the top of the FOLDER is at the top of DIR');
			// brat looks for annotation.conf from a document's folder upward: one at the top serves all
			assert.ok(fs.existsSync(path.join(out, 'annotation.conf')));
			assert.ok(!fs.existsSync(path.join(out, '2024', 'annotation.conf')) && !fs.existsSync(path.join(out, '2025', 'annotation.conf')));
			// the files written are never written over by the next run without --force
			const before = fs.readFileSync(path.join(out, '2025', 'a.ann'));
			fs.writeFileSync(path.join(corpusDir, '2025', 'a.txt.annotations.yaml'), sidecarText(AR, 'a.txt', []));
			assert.equal(runExport(['--format', 'brat', '--quiet', '--out', out, corpusDir], io), 1);
			assert.deepEqual(fs.readFileSync(path.join(out, '2025', 'a.ann')), before);
			assert.ok(err.some((line) => line.includes(`${path.join(out, '2025', 'a.txt')}: already exists; not overwritten (use --force)`)), err.join('\n'));
			// one file per article in the other formats too; an article given by itself goes to the top of DIR
			const jsonl = path.join(dir, 'jsonl');
			assert.equal(runExport(['--format', 'jsonl', '--quiet', '--out', jsonl, corpusDir, path.join(corpusDir, '2024', 'a.txt')], io), 0, 'the article given again is the same one: exported once, where its folder puts it');
			assert.deepEqual(fs.readdirSync(jsonl, { recursive: true }).map(String).sort(), ['2024', path.join('2024', 'a.jsonl'), '2025', path.join('2025', 'a.jsonl'), 'top.jsonl']);
			assert.equal((JSON.parse(fs.readFileSync(path.join(jsonl, '2025', 'a.jsonl'), 'utf8')) as { document: string }).document, '2025/a.txt');
			const alone = path.join(dir, 'alone');
			assert.equal(runExport(['--format', 'brat', '--quiet', '--out', alone, path.join(corpusDir, '2024', 'a.txt')], io), 0);
			assert.deepEqual(fs.readdirSync(alone).sort(), ['a.ann', 'a.txt', 'annotation.conf']);
		});
	});

	it('refuses two articles that would write the same file', () => {
		const io = corpus();
		io.put('/v/fr.txt', FR);
		assert.equal(runExport(['--format', 'conll', '--out', '/out', '--quiet', '/w/fr.txt', '/v/fr.txt'], io), 1);
		assert.deepEqual(io.err, ['article-annotator export: /out/fr.conll: already written for /w/fr.txt in this run (two articles with the same name?); /v/fr.txt not exported']);
	});

	it('adds suggestions when asked (the detector is replaceable), and reports a detector that cannot load', () => {
		const io = corpus();
		const monday: DetectedEntity = { start: FR.indexOf('lundi'), end: FR.indexOf('lundi') + 5, type: 'DATE', text: 'lundi', confidence: 0.8, source: 'date' };
		const twoDays: DetectedEntity = { start: FR.indexOf('deux jours'), end: FR.indexOf('deux jours') + 10, type: 'DATE', text: 'deux jours', confidence: 0.7, source: 'date' };
		const dependencies: ExportDependencies = { createSuggester: () => () => [monday, twoDays] };
		assert.equal(runExport(['--format', 'jsonl', '--include', 'suggestions', '/w/fr.txt'], io, dependencies), 0);
		const line = JSON.parse(io.out) as { label: unknown[]; status: string[] };
		// «lundi» was rejected in the sidecar: not suggested again.
		assert.deepEqual(line.label[3], [114, 124, 'DATE']);
		assert.deepEqual(line.status, ['accepted', 'accepted', 'accepted', 'suggested']);

		const broken = corpus();
		const failing: ExportDependencies = {
			createSuggester: () => {
				throw new Error('Entity model manifest not found: /nowhere/manifest.json');
			},
		};
		assert.equal(runExport(['--format', 'jsonl', '--include', 'suggestions', '/w/fr.txt'], broken, failing), 1);
		assert.deepEqual(broken.err, ['article-annotator export: --include suggestions: cannot load the detector: Entity model manifest not found: /nowhere/manifest.json']);
	});

	it('gives the detector the language set in the sidecar, as detect does, and writes it in JSONL', () => {
		const io = corpus();
		io.put('/w/fr.txt.annotations.yaml', io.text('/w/fr.txt.annotations.yaml').replace('\nannotations:', '\nlanguage: en\nannotations:'));
		const asked: Array<string | undefined> = [];
		const dependencies: ExportDependencies = { createSuggester: () => (_text, language) => (asked.push(language), []) };
		assert.equal(runExport(['--format', 'jsonl', '--include', 'suggestions', '/w/fr.txt', '/w/ar.txt'], io, dependencies), 0);
		assert.deepEqual(asked, ['en', undefined]);
		const [french, arabic] = io.out.trim().split('\n').map((line) => JSON.parse(line) as { language?: string });
		assert.equal(french.language, 'en');
		assert.equal(arabic.language, undefined);
	});

	it('exports a sidecar with thousands of repeated annotations without ids', () => {
		// A converter or a hand-made sidecar repeating one annotation (no id, or the same id): each
		// repeat gets a suffixed id (DistinctIds; looking for a free suffix from 2 every time made
		// 20,000 repeats take about half a minute, and 150,000 never finished).
		const io = corpus();
		const start = FR.indexOf('Tlemcen');
		const repeated = '  - type: LOC\n    start: ' + start + '\n    end: ' + (start + 7) + '\n    text: Tlemcen\n    status: accepted\n';
		io.put('/w/fr.txt.annotations.yaml', 'version: 1\ndocument: fr.txt\nannotations:\n' + repeated.repeat(20_000));
		assert.equal(runExport(['--format', 'jsonl', '--quiet', '/w/fr.txt'], io), 0);
		assert.deepEqual((JSON.parse(io.out) as { label: unknown[] }).label, [[start, start + 7, 'LOC']], 'the repeats are one entity');
	});

	it('turns an unexpected failure into one line naming the file, never a stack trace', () => {
		const io = corpus();
		io.failReadsOf = '/w/fr.txt';
		assert.equal(runExport(['--format', 'conll', '/w/fr.txt', '/w/ar.txt'], io), 1);
		assert.deepEqual(io.err, ['article-annotator export: /w/fr.txt: disk on fire']);
		assert.match(io.out, /الجزائر\tB-LOC/);
	});
});

describe('export --out creates the folder', () => {
	it('makes every missing parent, and refuses a place where the system allows no folder instead of hanging', { skip: !fs.existsSync('/proc/self') && 'needs /proc' }, () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-cli-'));
		try {
			const make = (folder: string) => spawnSync(process.execPath, ['--import', 'tsx', '-e', `require(${JSON.stringify(path.join(ROOT, 'src', 'cli', 'export.ts'))}).createNodeExportIo().makeDirectory(process.argv[1])`, folder], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
			const nested = path.join(dir, 'a', 'b', 'c');
			assert.equal(make(nested).status, 0);
			assert.ok(fs.statSync(nested).isDirectory());
			assert.equal(make(nested).status, 0, 'an existing folder is fine');
			// mkdir answers ENOENT under /proc with /proc present: Node's recursive mkdir retried that for ever
			const refused = make('/proc/article-annotator-export');
			assert.equal(refused.signal, null, 'ended by itself');
			assert.equal(refused.status, 1);
			assert.match(refused.stderr, /does not allow a new folder in \/proc/);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('article-annotator export in a child process', () => {
	it('exports, reports bad files on standard error without stack traces, and exits 1', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-cli-'));
		try {
			fs.writeFileSync(path.join(dir, 'ar.txt'), AR);
			fs.writeFileSync(path.join(dir, 'ar.txt.annotations.yaml'), sidecarText(AR, 'ar.txt', AR_ANNOTATIONS));
			fs.writeFileSync(path.join(dir, 'broken.txt'), 'Un texte.');
			fs.writeFileSync(path.join(dir, 'broken.txt.annotations.yaml'), '<<<<<<< HEAD\nversion: 1\n=======\nversion: 2\n>>>>>>> other\n');
			fs.writeFileSync(path.join(dir, 'blob.bin'), Buffer.from([0, 1, 2, 3, 255, 0]));
			// The entry `src/cli.ts` will call once `export` is wired in; run the subcommand directly.
			const entry = `process.exitCode = require(${JSON.stringify(path.join(ROOT, 'src', 'cli', 'export.ts'))}).runExport(process.argv.slice(1));`;
			const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', '-e', entry, '--', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

			const files = ['ar.txt', 'missing.txt', 'broken.txt', 'blob.bin'].map((name) => path.join(dir, name));
			const result = run(['--format', 'jsonl', ...files]);
			assert.equal(result.status, 1, result.stderr);
			const line = JSON.parse(result.stdout) as { label: unknown[] };
			assert.deepEqual(line.label, [
				[11, 22, 'PER'],
				[27, 33, 'LOC'],
				[62, 67, 'LOC'],
				[69, 76, 'LOC'],
			]);
			const errors = result.stderr.trimEnd().split('\n');
			assert.equal(errors.length, 3, result.stderr);
			assert.equal(errors[0], `article-annotator export: ${files[1]}: no such file`);
			assert.match(errors[1], /broken\.txt\.annotations\.yaml:1: .*conflict/i);
			assert.equal(errors[2], `article-annotator export: ${files[3]}: binary data (NUL byte at offset 0), not a text file`);
			assert.ok(!/\n\s+at /.test(result.stderr), 'no stack trace');

			const out = path.join(dir, 'brat');
			const brat = run(['--format', 'brat', '--out', out, path.join(dir, 'ar.txt.annotations.yaml')]);
			assert.equal(brat.status, 0, brat.stderr);
			assert.deepEqual(fs.readdirSync(out).sort(), ['annotation.conf', 'ar.ann', 'ar.txt']);
			assert.equal(fs.readFileSync(path.join(out, 'ar.txt'), 'utf8'), bratText(AR));
			const again = run(['--format', 'brat', '--out', out, path.join(dir, 'ar.txt')]);
			assert.equal(again.status, 1);
			assert.equal(again.stderr, `article-annotator export: ${path.join(out, 'ar.txt')}: already exists; not overwritten (use --force)\n`);

		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('export of an article in a folder that may not be entered', () => {
	it('says «permission denied» and names the file, not «no such file»', () => {
		withFolder('export-closed-', (folder) => {
			const closed = path.join(folder, 'closed');
			fs.mkdirSync(closed);
			const article = path.join(closed, 'a.txt');
			fs.writeFileSync(article, 'Karim à Oran.');
			const err: string[] = [];
			const io: ExportIo = { ...createNodeExportIo(), stdout: () => undefined, stderr: (line) => err.push(line) };
			withClosedFolder(closed, () => {
				assert.equal(runExport(['--format', 'conll', article], io), 1);
			});
			assert.deepEqual(err, [`article-annotator export: ${article}: permission denied`]);
		});
	});
});
