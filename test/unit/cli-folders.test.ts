// A FOLDER on the command line (export, validate, detect, agree) with symbolic links in it:
// followed, each file once, without walking a loop for ever.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createNodeExportIo, runExport, type ExportIo } from '../../src/cli/export';
import { filesUnder } from '../../src/cli/folders';
import { createNodeValidateIo, runValidate } from '../../src/cli/validate';
import { withFolder } from './support/folders';

/** corpus/real/a.txt (with its sidecar), corpus/linked -> real, corpus/outside -> a folder elsewhere, corpus/one.txt -> elsewhere/b.txt, a loop and a link to nothing. */
function linkedCorpus(folder: string): string {
	const corpus = path.join(folder, 'corpus');
	const elsewhere = path.join(folder, 'elsewhere');
	fs.mkdirSync(path.join(corpus, 'real'), { recursive: true });
	fs.mkdirSync(path.join(elsewhere, 'deep'), { recursive: true });
	fs.writeFileSync(path.join(corpus, 'real', 'a.txt'), 'Karim Haddad est à Alger.');
	fs.writeFileSync(path.join(corpus, 'real', 'a.txt.annotations.yaml'), 'version: 1\ndocument: a.txt\nannotations:\n  - {type: PER, start: 0, end: 12, text: Karim Haddad, status: accepted, id: k1}\n');
	fs.writeFileSync(path.join(elsewhere, 'deep', 'c.txt'), 'Lucie Morel est à Nantes.');
	fs.writeFileSync(path.join(elsewhere, 'deep', 'c.txt.annotations.yaml'), 'version: 1\ndocument: c.txt\nannotations:\n  - {type: PER, start: 0, end: 11, text: Lucie Morel, status: accepted, id: l1}\n');
	fs.writeFileSync(path.join(elsewhere, 'b.txt'), 'Paul Verdier est à Rennes.');
	fs.symlinkSync('real', path.join(corpus, 'linked'));
	fs.symlinkSync(elsewhere, path.join(corpus, 'outside'));
	fs.symlinkSync(path.join(elsewhere, 'b.txt'), path.join(corpus, 'one.txt'));
	fs.symlinkSync(corpus, path.join(corpus, 'real', 'loop'));
	fs.symlinkSync('gone.txt', path.join(corpus, 'dangling.txt'));
	return corpus;
}

describe('a FOLDER with symbolic links', () => {
	it('is walked through its links, each file once by a path without a link when there is one, a loop walked once', () => {
		withFolder('cli-folders-', (folder) => {
			const corpus = linkedCorpus(folder);
			// linked/a.txt is real/a.txt; outside/b.txt is one.txt's target, reached through links both ways: the first
			assert.deepEqual(filesUnder(corpus, (name) => name.endsWith('.txt')), ['one.txt', path.join('outside', 'deep', 'c.txt'), path.join('real', 'a.txt')]);
		});
	});

	it('is exported whole: the articles of linked folders and linked files, each once', () => {
		withFolder('cli-folders-', (folder) => {
			const corpus = linkedCorpus(folder);
			let out = '';
			const err: string[] = [];
			const io: ExportIo = { ...createNodeExportIo(), stdout: (chunk) => (out += chunk), stderr: (line) => err.push(line) };
			assert.equal(runExport(['--format', 'jsonl', corpus], io), 0, err.join('\n'));
			const lines = out.trim().split('\n').map((line) => JSON.parse(line) as { document: string; label: unknown[] });
			assert.deepEqual(lines.map((line) => [line.document, line.label.length]), [['one.txt', 0], ['outside/deep/c.txt', 1], ['real/a.txt', 1]]);
		});
	});

	it('is validated whole: the sidecar of an article linked in from elsewhere is checked where it is kept, beside the file the link leads to', () => {
		withFolder('cli-folders-', (folder) => {
			const corpus = path.join(folder, 'corpus');
			const store = path.join(folder, 'store');
			fs.mkdirSync(corpus);
			fs.mkdirSync(store);
			fs.writeFileSync(path.join(store, 'real.txt'), 'Paul Verdier est à Rennes.');
			// outside the corpus, with a wrong quote
			const storeSidecar = path.join(store, 'real.txt.annotations.yaml');
			fs.writeFileSync(storeSidecar, 'version: 1\ndocument: real.txt\nannotations:\n  - {type: PER, start: 0, end: 4, text: Jean, status: accepted, id: p1}\n');
			fs.symlinkSync(path.join(store, 'real.txt'), path.join(corpus, 'linked.txt'));
			const out: string[] = [];
			const io = { ...createNodeValidateIo(), stdout: (line: string) => out.push(line), stderr: (line: string) => out.push(line) };
			assert.equal(runValidate([corpus], io), 1, out.join('\n'));
			assert.ok(out.some((line) => line.startsWith(`${storeSidecar}:4:`) && /does not match the article/.test(line)), out.join('\n'));
		});
	});

	it('is validated whole: the sidecars of linked folders, each once', () => {
		withFolder('cli-folders-', (folder) => {
			const corpus = linkedCorpus(folder);
			const out: string[] = [];
			const io = { ...createNodeValidateIo(), stdout: (line: string) => out.push(line), stderr: (line: string) => out.push(line) };
			assert.equal(runValidate(['--verbose', corpus], io), 0, out.join('\n'));
			assert.deepEqual(out, [`${path.join(corpus, 'outside', 'deep', 'c.txt.annotations.yaml')}: ok`, `${path.join(corpus, 'real', 'a.txt.annotations.yaml')}: ok`]);
		});
	});
});
