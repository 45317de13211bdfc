import { describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import nodeFs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { runMove } from '../../src/cli/move';
import { unbindAnnotations } from '../../src/core/sidecar/bind';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar/codec';
import { withClosedFolder, withFolder } from './support/folders';

const TEXT = '😀 Karim Belkacem est arrivé à Tlemcen.\r\n';

function mv(args: string[]): { status: number; out: string[]; err: string[] } {
	const out: string[] = [];
	const err: string[] = [];
	const status = runMove(args, { stdout: (line) => out.push(line), stderr: (line) => err.push(line) });
	return { status, out, err };
}

/** An article with a sidecar holding one decision, in CRLF (as a Windows checkout writes it). */
function annotatedArticle(folder: string, name: string): string {
	const article = path.join(folder, name);
	fs.writeFileSync(article, TEXT);
	const start = TEXT.indexOf('Tlemcen');
	const sidecar = unbindAnnotations({ annotations: [{ id: 'a1', type: 'LOC', start, end: start + 7, text: 'Tlemcen', status: 'accepted', note: 'ville' }], orphans: [], articleText: TEXT, documentName: name });
	fs.writeFileSync(`${article}.annotations.yaml`, serializeSidecar(sidecar, { eol: '\r\n' }));
	return article;
}

describe('article-annotator mv', () => {
	it('moves an article with its sidecar, which then names the new file and is otherwise byte for byte the same', () => {
		withFolder('move-cli-', (folder) => {
			const article = annotatedArticle(folder, 'old.txt');
			const before = fs.readFileSync(`${article}.annotations.yaml`, 'utf8');
			fs.mkdirSync(path.join(folder, 'done'));
			const moved = mv([article, path.join(folder, 'done')]);
			assert.equal(moved.status, 0, moved.err.join('\n'));
			assert.deepEqual(fs.readdirSync(folder).sort(), ['done']);
			assert.deepEqual(fs.readdirSync(path.join(folder, 'done')).sort(), ['old.txt', 'old.txt.annotations.yaml']);
			const renamed = mv([path.join(folder, 'done', 'old.txt'), path.join(folder, 'done', 'new name.txt')]);
			assert.equal(renamed.status, 0, renamed.err.join('\n'));
			const after = fs.readFileSync(path.join(folder, 'done', 'new name.txt.annotations.yaml'), 'utf8');
			assert.equal(after, before.replace('document: old.txt\r\n', 'document: new name.txt\r\n'));
			const parsed = parseSidecar(after);
			assert.ok(parsed.ok);
			assert.equal(parsed.sidecar.document, 'new name.txt');
			assert.deepEqual(parsed.sidecar.annotations.map((a) => [a.id, a.text, a.note]), [['a1', 'Tlemcen', 'ville']]);
		});
	});

	it('overwrites nothing, moves nothing when refused, and moves an article without a sidecar alone', () => {
		withFolder('move-cli-', (folder) => {
			const article = annotatedArticle(folder, 'a.txt');
			annotatedArticle(folder, 'b.txt');
			fs.writeFileSync(path.join(folder, 'c.txt.annotations.yaml'), 'version: 1\ndocument: c.txt\nannotations: []\n');
			const listing = () => fs.readdirSync(folder).sort();
			fs.writeFileSync(path.join(folder, 'lone.txt'), 'Oran.');
			const before = listing();
			assert.equal(mv([article, path.join(folder, 'b.txt')]).status, 1, 'the destination article exists');
			const sidecarThere = mv([article, path.join(folder, 'c.txt')]);
			assert.equal(sidecarThere.status, 1, 'a sidecar of that name exists');
			assert.match(sidecarThere.err[0], /c\.txt\.annotations\.yaml exists/);
			assert.equal(mv([path.join(folder, 'lone.txt'), path.join(folder, 'c.txt')]).status, 1, 'an article without a sidecar must not take over another one');
			assert.match(mv([`${article}.annotations.yaml`, path.join(folder, 'd.txt')]).err[0], /is a sidecar: move its article/);
			assert.equal(mv([path.join(folder, 'missing.txt'), path.join(folder, 'd.txt')]).status, 1);
			assert.deepEqual(listing(), before, 'nothing moved');
			fs.writeFileSync(path.join(folder, 'plain.txt'), 'Oran.');
			const alone = mv([path.join(folder, 'plain.txt'), path.join(folder, 'plain2.txt')]);
			assert.equal(alone.status, 0);
			assert.match(alone.out[0], /has no sidecar/);
			assert.equal(mv(['only-one.txt']).status, 2);
			// a sidecar that is a (broken) link goes with its article; a folder in its place is refused
			fs.writeFileSync(path.join(folder, 'linked.txt'), 'Oran.');
			fs.symlinkSync(path.join(folder, 'gone.yaml'), path.join(folder, 'linked.txt.annotations.yaml'));
			assert.equal(mv([path.join(folder, 'linked.txt'), path.join(folder, 'linked2.txt')]).status, 0);
			assert.ok(fs.lstatSync(path.join(folder, 'linked2.txt.annotations.yaml')).isSymbolicLink() && !fs.existsSync(path.join(folder, 'linked.txt.annotations.yaml')));
			fs.writeFileSync(path.join(folder, 'foldered.txt'), 'Oran.');
			fs.mkdirSync(path.join(folder, 'foldered.txt.annotations.yaml'));
			assert.match(mv([path.join(folder, 'foldered.txt'), path.join(folder, 'foldered2.txt')]).err[0], /is a folder, not a sidecar; nothing moved/);
			assert.ok(fs.existsSync(path.join(folder, 'foldered.txt')));
		});
	});

	it('names the destination folder that is missing or is a file, rather than saying «no such file»', () => {
		withFolder('move-cli-', (folder) => {
			const article = annotatedArticle(folder, 'a.txt');
			fs.writeFileSync(path.join(folder, 'plain.txt'), 'Oran.');
			const listing = fs.readdirSync(folder).sort();
			const intoMissing = mv([article, path.join(folder, 'missing', 'b.txt')]);
			assert.equal(intoMissing.status, 1);
			assert.match(intoMissing.err[0], /missing: no such folder; nothing moved$/);
			const missingWithSlash = mv([article, path.join(folder, 'missing') + path.sep]);
			assert.equal(missingWithSlash.status, 1);
			assert.match(missingWithSlash.err[0], /missing\/: no such folder; nothing moved$/);
			const underFile = mv([article, path.join(folder, 'plain.txt', 'b.txt')]);
			assert.equal(underFile.status, 1);
			assert.match(underFile.err[0], /plain\.txt: not a folder; nothing moved$/);
			assert.deepEqual(fs.readdirSync(folder).sort(), listing, 'nothing moved');
		});
	});

	it('names both paths when the article itself cannot be renamed (a folder it may not write in)', () => {
		withFolder('move-cli-', (folder) => {
			const article = annotatedArticle(folder, 'a.txt');
			const to = path.join(folder, 'b.txt');
			// as root every folder is writable: the refusal a shared corpus folder gives others is played here
			const refused = mock.method(nodeFs, 'renameSync', () => {
				throw Object.assign(new Error(`EACCES: permission denied, rename '${article}' -> '${to}'`), { code: 'EACCES' });
			});
			try {
				const moved = mv([article, to]);
				assert.equal(moved.status, 1);
				assert.deepEqual(moved.err, [`article-annotator mv: ${article}: cannot be moved to ${to} (permission denied); nothing moved`]);
			} finally {
				refused.mock.restore();
			}
			assert.ok(fs.existsSync(article) && fs.existsSync(`${article}.annotations.yaml`));
		});
	});

	it('moves a sidecar that is a named pipe without reading it (reading one waits for a writer forever)', { skip: process.platform === 'win32' }, () => {
		withFolder('move-cli-', (folder) => {
			fs.writeFileSync(path.join(folder, 'a.txt'), 'Oran.');
			assert.equal(spawnSync('mkfifo', [path.join(folder, 'a.txt.annotations.yaml')]).status, 0);
			// in a process of its own: the test runner must not be the one left waiting
			const cli = path.join(__dirname, '..', '..', 'src', 'cli.ts');
			const run = spawnSync(process.execPath, ['--import', 'tsx', cli, 'mv', path.join(folder, 'a.txt'), path.join(folder, 'b.txt')], { encoding: 'utf8', timeout: 60_000 });
			assert.equal(run.signal, null, 'it ended by itself');
			assert.equal(run.status, 0, run.stderr);
			assert.ok(fs.lstatSync(path.join(folder, 'b.txt.annotations.yaml')).isFIFO());
		});
	});

	it('says so when the moved sidecar cannot be read or is not UTF-8, so its document: line still names the old file', () => {
		withFolder('move-cli-', (folder) => {
			const article = annotatedArticle(folder, 'a.txt');
			const to = path.join(folder, 'b.txt');
			// as root every file is readable: the refusal a shared corpus gives others is played here
			const read = nodeFs.readFileSync;
			const refused = mock.method(nodeFs, 'readFileSync', (file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
				if (file === `${to}.annotations.yaml`) {
					throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES' });
				}
				return (read as (...args: unknown[]) => unknown)(file, ...rest);
			});
			let moved: ReturnType<typeof mv>;
			try {
				moved = mv([article, to]);
			} finally {
				refused.mock.restore();
			}
			assert.equal(moved.status, 1);
			assert.deepEqual(moved.err, [`article-annotator mv: moved ${article} to ${to} with its sidecar, but its document: line could not be changed (permission denied); write b.txt there by hand`]);
			assert.ok(fs.existsSync(to) && fs.existsSync(`${to}.annotations.yaml`));

			fs.writeFileSync(path.join(folder, 'c.txt'), 'Oran.');
			fs.writeFileSync(path.join(folder, 'c.txt.annotations.yaml'), Buffer.from([0x64, 0x6f, 0x63, 0xff, 0x0a]));
			const notText = mv([path.join(folder, 'c.txt'), path.join(folder, 'd.txt')]);
			assert.equal(notText.status, 1);
			assert.match(notText.err[0], /its document: line could not be changed \(the sidecar is not UTF-8 text; article-annotator validate says where\); write d\.txt there by hand$/);
		});
	});

	it('says «permission denied» for an article in a folder that may not be entered, naming it', () => {
		withFolder('move-cli-', (folder) => {
			const closed = path.join(folder, 'closed');
			fs.mkdirSync(closed);
			const article = annotatedArticle(closed, 'a.txt');
			let moved = mv([]);
			withClosedFolder(closed, () => {
				moved = mv([article, path.join(folder, 'b.txt')]);
			});
			assert.equal(moved.status, 1);
			assert.deepEqual(moved.err, [`article-annotator mv: ${article}: permission denied; nothing moved`]);
		});
	});

	it('writes a new name holding $& or $\' as it is (replace() would expand them into other text)', () => {
		withFolder('move-cli-', (folder) => {
			for (const name of ["prix $& taxes.txt", "a$'b.txt", 'a$`b.txt', 'a$$b.txt']) {
				const article = annotatedArticle(folder, 'old.txt');
				const moved = mv([article, path.join(folder, name)]);
				assert.equal(moved.status, 0, moved.err.join('\n'));
				const parsed = parseSidecar(fs.readFileSync(path.join(folder, `${name}.annotations.yaml`), 'utf8'));
				assert.ok(parsed.ok, name);
				assert.equal(parsed.sidecar.document, name);
				fs.rmSync(path.join(folder, name));
				fs.rmSync(path.join(folder, `${name}.annotations.yaml`));
			}
		});
	});

	it('changes the top-level document: key and its whole value only, wherever the lines break', () => {
		withFolder('move-cli-', (folder) => {
			const cases: Array<[string, string]> = [
				// a note holding U+2028 or a lone CR: not line breaks to YAML, so no key starts after them
				['note: "vu\u2028document: x.txt"\r\ndocument: old.txt\r\n', 'note: "vu\u2028document: x.txt"\r\ndocument: new.txt\r\n'],
				['note: "vu\rdocument: x.txt"\ndocument: old.txt\n', 'note: "vu\rdocument: x.txt"\ndocument: new.txt\n'],
				['document: "old.txt" # the article\n', 'document: new.txt # the article\n'],
				['document: "old\n  .txt"\nnote: n\n', 'document: new.txt\nnote: n\n'],
				['document: old\n  .txt\nnote: n\n', 'document: new.txt\nnote: n\n'],
			];
			for (const [sidecar, expected] of cases) {
				const article = path.join(folder, 'old.txt');
				fs.writeFileSync(article, 'Oran.');
				fs.writeFileSync(`${article}.annotations.yaml`, `version: 1\n${sidecar}annotations: []\n`);
				assert.equal(mv([article, path.join(folder, 'new.txt')]).status, 0);
				const after = fs.readFileSync(path.join(folder, 'new.txt.annotations.yaml'), 'utf8');
				assert.equal(after, `version: 1\n${expected}annotations: []\n`, JSON.stringify(sidecar));
				fs.rmSync(path.join(folder, 'new.txt'));
				fs.rmSync(path.join(folder, 'new.txt.annotations.yaml'));
			}
			// a BOM before a first-line document: key (the reader skips it)
			const article = path.join(folder, 'old.txt');
			fs.writeFileSync(article, 'Oran.');
			fs.writeFileSync(`${article}.annotations.yaml`, '\uFEFFdocument: old.txt\nversion: 1\nannotations: []\n');
			assert.equal(mv([article, path.join(folder, 'new.txt')]).status, 0);
			assert.equal(fs.readFileSync(path.join(folder, 'new.txt.annotations.yaml'), 'utf8'), '\uFEFFdocument: new.txt\nversion: 1\nannotations: []\n');
		});
	});

	it('says so when the sidecar names its article elsewhere than on a document: line of its own (a flow mapping, a quoted key)', () => {
		withFolder('move-cli-', (folder) => {
			for (const sidecar of ['{version: 1, document: old.txt, annotations: []}\n', 'version: 1\n"document": old.txt\nannotations: []\n']) {
				const article = path.join(folder, 'old.txt');
				fs.writeFileSync(article, 'Oran.');
				fs.writeFileSync(`${article}.annotations.yaml`, sidecar);
				const to = path.join(folder, 'new.txt');
				const moved = mv([article, to]);
				assert.equal(moved.status, 1, JSON.stringify(sidecar));
				assert.deepEqual(moved.err, [`article-annotator mv: moved ${article} to ${to} with its sidecar, but its document: line could not be changed (it still names "old.txt": its document: key is not on a line of its own, as in a {…} mapping or with a quoted key); write new.txt there by hand`]);
				assert.equal(fs.readFileSync(`${to}.annotations.yaml`, 'utf8'), sidecar, 'left byte for byte');
				fs.rmSync(to);
				fs.rmSync(`${to}.annotations.yaml`);
			}
			// --dry-run says it before anything moves
			const article = path.join(folder, 'old.txt');
			fs.writeFileSync(article, 'Oran.');
			fs.writeFileSync(`${article}.annotations.yaml`, '{version: 1, document: old.txt, annotations: []}\n');
			const dry = mv(['--dry-run', article, path.join(folder, 'new.txt')]);
			assert.equal(dry.status, 1);
			assert.deepEqual(dry.err, [`article-annotator mv: ${article}.annotations.yaml: its document: line could not be changed (it still names "old.txt": its document: key is not on a line of its own, as in a {…} mapping or with a quoted key); write new.txt there by hand after the move`]);
			assert.ok(fs.existsSync(article) && !fs.existsSync(path.join(folder, 'new.txt')), 'nothing moved');
		});
	});

	it('renames the article in both sides of a sidecar a merge left with conflict markers, whichever side is kept', () => {
		withFolder('move-cli-', (folder) => {
			const side = (note: string) => `version: 1\ndocument: old.txt\nannotations:\n  - {type: LOC, start: 0, end: 4, text: Oran, status: accepted, note: ${note}}\n`;
			const conflicted = `<<<<<<< HEAD\n${side('mine')}=======\n${side('theirs')}>>>>>>> other\n`;
			const article = path.join(folder, 'old.txt');
			fs.writeFileSync(article, 'Oran.');
			fs.writeFileSync(`${article}.annotations.yaml`, conflicted);
			assert.equal(mv([article, path.join(folder, 'new.txt')]).status, 0);
			assert.equal(fs.readFileSync(path.join(folder, 'new.txt.annotations.yaml'), 'utf8'), conflicted.replaceAll('document: old.txt', 'document: new.txt'));
		});
	});
});
