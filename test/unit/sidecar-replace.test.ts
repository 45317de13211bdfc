import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runImport } from '../../src/cli/import';
import { runMove } from '../../src/cli/move';
import { parseSidecar } from '../../src/core/sidecar/codec';
import { readOnlyReason, replacedFile, replacedFileSync } from '../../src/core/sidecar/replace';
import { withFolder } from './support/folders';

const TEXT = 'Le maire de Tlemcen a reçu Amina Belkacem à Oran.\n';

function quiet(): { stdout: (line: string) => void; stderr: (line: string) => void; err: string[] } {
	const err: string[] = [];
	return { stdout: () => undefined, stderr: (line) => err.push(line), err };
}

/** An article whose sidecar is a relative link to a file in another folder (a corpus kept apart). */
function linkedArticle(folder: string): { article: string; sidecar: string; store: string } {
	fs.mkdirSync(path.join(folder, 'store'));
	fs.mkdirSync(path.join(folder, 'articles'));
	const article = path.join(folder, 'articles', 'a.txt');
	fs.writeFileSync(article, TEXT);
	const store = path.join(folder, 'store', 'a.yaml');
	fs.writeFileSync(store, 'version: 1\ndocument: a.txt\nannotations: []\n');
	const sidecar = `${article}.annotations.yaml`;
	fs.symlinkSync(path.join('..', 'store', 'a.yaml'), sidecar);
	return { article, sidecar, store };
}

describe('replacing a sidecar that is a symbolic link', () => {
	it('names the file the link points to, through links of links and to a file not made yet', async () => {
		const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'replace-'));
		try {
			const { sidecar, store } = linkedArticle(folder);
			const real = fs.realpathSync(store);
			assert.equal(replacedFileSync(sidecar).path, real);
			const twice = path.join(folder, 'twice.yaml');
			fs.symlinkSync(sidecar, twice);
			assert.equal(replacedFileSync(twice).path, real);
			assert.equal((await replacedFile(twice)).path, real);
			const plain = path.join(folder, 'plain.yaml');
			fs.writeFileSync(plain, '');
			assert.equal((await replacedFile(plain)).path, fs.realpathSync(plain));
			assert.equal(replacedFileSync(path.join(folder, 'missing.yaml')).path, path.join(folder, 'missing.yaml'));
			const dangling = path.join(folder, 'dangling.yaml');
			fs.symlinkSync(path.join('store', 'later.yaml'), dangling);
			assert.equal((await replacedFile(dangling)).path, path.join(folder, 'store', 'later.yaml'), 'a link to a file not made yet names that file');
			const loop = path.join(folder, 'loop.yaml');
			fs.symlinkSync('loop.yaml', loop);
			assert.equal(replacedFileSync(loop).path, loop, 'a loop of links names the link itself');
		} finally {
			fs.rmSync(folder, { recursive: true, force: true });
		}
	});

	it('import writes the file a linked sidecar points to and leaves the link', () => {
		withFolder('replace-import-', (folder) => {
			const { article, sidecar, store } = linkedArticle(folder);
			fs.writeFileSync(path.join(folder, 'articles', 'a.ann'), `T1\tLOC 12 19\tTlemcen\n`);
			const io = quiet();
			assert.equal(runImport(['--format', 'brat', path.join(folder, 'articles', 'a.ann')], io), 0, io.err.join('\n'));
			assert.ok(fs.lstatSync(sidecar).isSymbolicLink(), 'the sidecar is still a link');
			const parsed = parseSidecar(fs.readFileSync(store, 'utf8'));
			assert.ok(parsed.ok);
			assert.deepEqual(parsed.sidecar.annotations.map((a) => a.text), ['Tlemcen'], 'the file it points to holds the import');
			assert.ok(fs.existsSync(article));
			assert.deepEqual(fs.readdirSync(path.join(folder, 'store')), ['a.yaml'], 'no temporary file left');
		});
	});

	it('mv renames the document of a linked sidecar in the file it points to and keeps the link', () => {
		withFolder('replace-move-', (folder) => {
			const { article, store } = linkedArticle(folder);
			const io = quiet();
			assert.equal(runMove([article, path.join(folder, 'articles', 'b.txt')], io), 0, io.err.join('\n'));
			const sidecar = path.join(folder, 'articles', 'b.txt.annotations.yaml');
			assert.ok(fs.lstatSync(sidecar).isSymbolicLink(), 'the sidecar moved is still a link');
			assert.equal(fs.readFileSync(store, 'utf8'), 'version: 1\ndocument: b.txt\nannotations: []\n');
		});
	});
});

describe('replacing a sidecar keeps its permissions', () => {
	it('names them, and import and mv give them to the new file', async () => {
		withFolder('replace-mode-', (folder) => {
			const article = path.join(folder, 'a.txt');
			fs.writeFileSync(article, TEXT);
			const sidecar = `${article}.annotations.yaml`;
			fs.writeFileSync(sidecar, 'version: 1\ndocument: a.txt\nannotations: []\n');
			fs.chmodSync(sidecar, 0o600);
			assert.equal(replacedFileSync(sidecar).mode, 0o600);
			assert.equal(replacedFileSync(path.join(folder, 'missing.yaml')).mode, undefined);
			fs.writeFileSync(path.join(folder, 'a.ann'), `T1\tLOC 12 19\tTlemcen\n`);
			const io = quiet();
			assert.equal(runImport(['--format', 'brat', path.join(folder, 'a.ann')], io), 0, io.err.join('\n'));
			assert.match(fs.readFileSync(sidecar, 'utf8'), /Tlemcen/);
			assert.equal(fs.statSync(sidecar).mode & 0o7777, 0o600, 'import keeps a private sidecar private');
			fs.chmodSync(sidecar, 0o664);
			assert.equal(runMove([article, path.join(folder, 'b.txt')], io), 0, io.err.join('\n'));
			const moved = path.join(folder, 'b.txt.annotations.yaml');
			assert.match(fs.readFileSync(moved, 'utf8'), /document: b\.txt/);
			assert.equal(fs.statSync(moved).mode & 0o7777, 0o664, 'mv keeps the group\'s right to write');
		});
		const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'replace-mode-'));
		try {
			const file = path.join(folder, 'shared.yaml');
			fs.writeFileSync(file, '');
			fs.chmodSync(file, 0o640);
			assert.deepEqual(await replacedFile(file), { path: fs.realpathSync(file), mode: 0o640 });
		} finally {
			fs.rmSync(folder, { recursive: true, force: true });
		}
	});
});

describe('a read-only sidecar', () => {
	it('is named read-only when nobody may write it, and import leaves it as it is', () => {
		withFolder('replace-read-only-', (folder) => {
			const article = path.join(folder, 'a.txt');
			fs.writeFileSync(article, TEXT);
			const sidecar = `${article}.annotations.yaml`;
			const before = 'version: 1\ndocument: a.txt\nannotations: []\n';
			fs.writeFileSync(sidecar, before);
			assert.equal(readOnlyReason(replacedFileSync(sidecar)), undefined);
			assert.equal(readOnlyReason(replacedFileSync(path.join(folder, 'missing.yaml'))), undefined, 'a sidecar not made yet may be');
			fs.chmodSync(sidecar, 0o444);
			assert.match(readOnlyReason(replacedFileSync(sidecar)) ?? '', /read-only \(permissions 444/);
			fs.writeFileSync(path.join(folder, 'a.ann'), `T1\tLOC 12 19\tTlemcen\n`);
			const io = quiet();
			assert.equal(runImport(['--format', 'brat', path.join(folder, 'a.ann')], io), 1);
			assert.match(io.err.join('\n'), /a\.txt\.annotations\.yaml: is read-only .*nothing imported/);
			assert.equal(fs.readFileSync(sidecar, 'utf8'), before, 'the sidecar is unchanged');
			assert.equal(fs.statSync(sidecar).mode & 0o777, 0o444);
			assert.deepEqual(fs.readdirSync(folder).sort(), ['a.ann', 'a.txt', 'a.txt.annotations.yaml'], 'no temporary file left');
		});
	});
});
