// Broken, hostile and outside-changed sidecars and articles in a real VS Code: each gets a clear
// message, nothing crashes, and the files on disk stay byte for byte what they were.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { ArticleAnnotatorApi } from '../../src/extension/container';
import type { TreeNode } from '../../src/extension/tree';
import { codePointSlice, extensionApi, readBytes, readSidecar, select, showArticle, sidecarOf, tagFirstAndStore, until, workspaceUri, writeText, flushAndCloseEditors } from './support';

const ARTICLE = 'Le président Karim Haddad a reçu à Alger le ministre russe. Karim Haddad a salué la délégation de Moscou.\n';

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
	return !!a && !!b && a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** Hostile and broken sidecars, each with what the person must be told. */
const HOSTILE: { name: string; sidecar: string | Uint8Array; reason: RegExp }[] = [
	{ name: 'conflict', sidecar: 'version: 1\ndocument: conflict.txt\nannotations:\n<<<<<<< HEAD\n  - {type: PER, start: 13, end: 25, text: Karim Haddad, status: accepted}\n=======\n  - {type: ORG, start: 13, end: 25, text: Karim Haddad, status: accepted}\n>>>>>>> branch\n', reason: /conflict/i },
	{ name: 'aliases', sidecar: 'version: 1\ndocument: aliases.txt\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nannotations: []\n', reason: /alias|anchor/i },
	{ name: 'proto', sidecar: 'version: 1\ndocument: proto.txt\nannotations:\n  - type: PER\n    start: 13\n    end: 25\n    text: Karim Haddad\n    status: accepted\n    __proto__: {polluted: true}\n', reason: /__proto__/ },
	{ name: 'deep', sidecar: `version: 1\ndocument: deep.txt\nannotations: []\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, reason: /deep|nest/i },
	{ name: 'newer', sidecar: 'version: 99\ndocument: newer.txt\nannotations: []\n', reason: /version|newer/i },
	{ name: 'notyaml', sidecar: 'version: 1\ndocument: notyaml.txt\nannotations:\n  - type: "PER\n    start: 13\n', reason: /./ },
	{ name: 'binary', sidecar: new Uint8Array([0x76, 0x65, 0x72, 0x00, 0x01, 0x02, 0xff, 0xfe]), reason: /binary|NUL/i },
	{ name: 'badutf8', sidecar: new Uint8Array([0x76, 0x65, 0x72, 0x73, 0x69, 0x6f, 0x6e, 0x3a, 0x20, 0x31, 0x0a, 0xc3, 0x28, 0x0a]), reason: /UTF-8/i },
];

describe('sidecar safety in VS Code', () => {
	let api: ArticleAnnotatorApi;

	before(async () => {
		api = await extensionApi();
	});

	afterEach(flushAndCloseEditors);

	for (const testCase of HOSTILE) {
		it(`keeps a ${testCase.name} sidecar untouched, read-only, with a message`, async () => {
			const folder = vscode.Uri.joinPath(workspaceUri(), 'hostile');
			const article = vscode.Uri.joinPath(folder, `${testCase.name}.txt`);
			await writeText(article, ARTICLE);
			const bytes = typeof testCase.sidecar === 'string' ? new TextEncoder().encode(testCase.sidecar) : testCase.sidecar;
			await vscode.workspace.fs.writeFile(sidecarOf(article), bytes);
			const editor = await showArticle(article);
			const session = await until('a session', () => api.session(article));
			await session.loaded;
			assert.ok(session.readOnlyReason, 'the article is read-only');
			assert.match(session.readOnlyReason, testCase.reason);
			// A decision is refused (with a message) instead of overwriting the file.
			select(editor, 13, 25);
			await vscode.commands.executeCommand('articleAnnotator.tagSelection', 'PER');
			await session.flush();
			assert.ok(sameBytes(await readBytes(sidecarOf(article)), bytes), 'the sidecar is byte for byte unchanged');
			assert.ok(!Object.prototype.hasOwnProperty.call({}, 'polluted'), 'no prototype was polluted');
		});
	}

	it('replaces the sidecar in one step on every save: it never goes missing on disk, not even for a moment', async () => {
		const article = vscode.Uri.joinPath(workspaceUri(), 'atomic-save.txt');
		await writeText(article, ARTICLE);
		const { stored } = await tagFirstAndStore(api, article, 'Karim Haddad', 'PER');
		assert.ok(stored, 'the first save wrote the sidecar');
		const session = await api.whenDetected(article);
		const sidecarPath = sidecarOf(article).fsPath;
		// Another program (git status, a sync client, a crash) looking at any moment must find it.
		let looks = 0;
		let missing = 0;
		let watching = true;
		const look = () => {
			looks++;
			if (!fs.existsSync(sidecarPath)) missing++;
			if (watching) setImmediate(look);
		};
		look();
		try {
			for (let i = 0; i < 12; i++) {
				const karim = session.model.annotations.find((annotation) => annotation.text === 'Karim Haddad');
				assert.ok(karim);
				session.commit(session.model.changeType(karim.id, i % 2 === 0 ? 'ORG' : 'PER'));
				await session.flush();
			}
		} finally {
			watching = false;
		}
		assert.ok(looks > 12, `looked ${looks} times`);
		assert.equal(missing, 0, `the sidecar was missing ${missing} of ${looks} times it was looked for`);
		assert.equal((await readSidecar(article)).annotations[0].type, 'PER');
	});

	it('still works after the hostile files, on a fresh article', async () => {
		const article = vscode.Uri.joinPath(workspaceUri(), 'hostile', 'fine.txt');
		await writeText(article, ARTICLE);
		const editor = await showArticle(article);
		const session = await api.whenDetected(article);
		select(editor, 13, 25);
		await vscode.commands.executeCommand('articleAnnotator.tagSelection', 'PER');
		await session.flush();
		const sidecar = await readSidecar(article);
		assert.equal(sidecar.annotations[0]?.text, 'Karim Haddad');
	});

	it('re-anchors a sidecar whose offsets no longer fit, and keeps what cannot be placed as orphans', async () => {
		const article = vscode.Uri.joinPath(workspaceUri(), 'hostile', 'shifted.txt');
		await writeText(article, ARTICLE);
		// Offsets off by 5, one outside the text, one with end < start, one with text not in the article, an unknown label.
		const sidecarText = [
			'version: 1',
			'document: shifted.txt',
			'annotations:',
			'  - {type: PER, start: 18, end: 30, text: Karim Haddad, status: accepted, id: a1}',
			'  - {type: LOC, start: 9000, end: 9005, text: Alger, status: accepted, id: a2}',
			'  - {type: LOC, start: 60, end: 50, text: Moscou, status: accepted, id: a3}',
			'  - {type: ORG, start: 0, end: 6, text: Kremlin, status: accepted, id: a4}',
			'  - {type: WEAPON, start: 13, end: 18, text: Karim, status: rejected, id: a5}',
			'',
		].join('\n');
		await writeText(sidecarOf(article), sidecarText);
		const before = await readBytes(sidecarOf(article));
		await showArticle(article);
		const session = await until('a session', () => api.session(article));
		await session.loaded;
		assert.equal(session.readOnlyReason, undefined, 'fixable problems do not make it read-only');
		const placed = new Map(session.model.annotations.map((a) => [a.id, a]));
		const orphans = new Map(session.model.orphans.map((o) => [o.id, o]));
		for (const id of ['a1', 'a2', 'a3', 'a4', 'a5']) {
			assert.ok(placed.has(id) || orphans.has(id), `${id} is placed or orphaned, never lost`);
		}
		for (const annotation of placed.values()) {
			assert.equal(ARTICLE.slice(annotation.start, annotation.end), annotation.text, 'a placed annotation slices to its text');
		}
		assert.equal(placed.get('a1')?.start, 13, 'the shifted name is found again');
		assert.ok(orphans.has('a4'), 'text that is not in the article is an orphan');
		// Nothing is written until the person confirms.
		await new Promise((resolve) => setTimeout(resolve, 800));
		assert.ok(sameBytes(await readBytes(sidecarOf(article)), before), 'not written before a confirmation');
		await vscode.commands.executeCommand('articleAnnotator.saveReanchoredPositions');
		await session.flush();
		const saved = await readSidecar(article);
		assert.equal(saved.annotations.length + saved.orphaned.length, 5, 'all five decisions are in the saved sidecar');
		for (const item of saved.annotations) {
			assert.equal(codePointSlice(ARTICLE, item.start, item.end), item.text);
		}
	});

	it('re-anchors after the article and its sidecar change on disk while open, and loses nothing', async () => {
		const article = vscode.Uri.joinPath(workspaceUri(), 'outside.txt');
		const original = 'La délégation de Moscou est arrivée à Alger mardi.\nLe ministre Karim Haddad a salué Sergueï Lavrov.\n';
		await writeText(article, original);
		const editor = await showArticle(article);
		const session = await api.whenDetected(article);
		for (const name of ['Moscou', 'Alger', 'Karim Haddad']) {
			const at = editor.document.getText().indexOf(name);
			select(editor, at, at + name.length);
			await vscode.commands.executeCommand('articleAnnotator.tagSelection', name === 'Karim Haddad' ? 'PER' : 'LOC');
		}
		await session.flush();
		const ids = session.model.annotations.map((a) => a.id);
		assert.equal(ids.length, 3);
		// As a git checkout would: a new first paragraph, the sentence about Alger rewritten, and
		// a sidecar with one more decision made on another branch.
		const changed = 'Dépêche de dernière minute.\nLa délégation de Moscou est arrivée hier.\nLe ministre Karim Haddad a salué Sergueï Lavrov.\n';
		const theirs = await readSidecar(article);
		const lavrovAt = original.indexOf('Sergueï Lavrov');
		const theirSidecar = (await readBytes(sidecarOf(article)))!;
		const extra = `  - type: PER\n    start: ${lavrovAt}\n    end: ${lavrovAt + 'Sergueï Lavrov'.length}\n    text: "Sergueï Lavrov"\n    status: accepted\n    id: theirs1\n`;
		const text = new TextDecoder().decode(theirSidecar).replace(/\norphaned:.*$/s, '\n');
		await writeText(sidecarOf(article), text.replace(/annotations:\n/, `annotations:\n${extra}`));
		await writeText(article, changed);
		assert.equal(theirs.annotations.length, 3);
		await until('the editor to reload the article', () => editor.document.getText() === changed, 10_000);
		await until('the sidecar to be read again', () => session.model.annotations.some((a) => a.id === 'theirs1'), 10_000);
		const all = new Map([...session.model.annotations, ...session.model.orphans].map((a) => [a.id, a]));
		for (const id of [...ids, 'theirs1']) {
			assert.ok(all.has(id), `${id} is kept (placed or orphaned)`);
		}
		for (const annotation of session.model.annotations) {
			assert.equal(changed.slice(annotation.start, annotation.end), annotation.text);
		}
		assert.ok(session.model.orphans.some((o) => o.text === 'Alger'), 'the name whose text went away is an orphan');
		const node = (api.tree.getChildren(undefined) as TreeNode[]).find((n) => n.kind === 'article' && n.uri.toString() === article.toString());
		assert.ok(node);
		const children = api.tree.getChildren(node) as TreeNode[];
		assert.equal(children[0]?.kind, 'orphans', 'the tree shows the orphans first');
	});

	it('finds its names again when the article is saved on disk in NFD, with harakat and tatweel, while open', async () => {
		const article = vscode.Uri.joinPath(workspaceUri(), 'respelled.txt');
		const original = 'La maire Hélène Crépeau a reçu la délégation.\nواستقبل محمد بن علي الوفد في الجزائر صباحا.\n';
		// What another editor may save: the same text to a reader.
		const respelled = (text: string) => text.replace('محمد بن علي', 'مُحَمَّد بْن عَلِيّ').replace('الجزائر', 'الجزائـــر').normalize('NFD');
		await writeText(article, original);
		const editor = await showArticle(article);
		const session = await api.whenDetected(article);
		const names = ['Hélène Crépeau', 'محمد بن علي', 'الجزائر'];
		for (const name of names) {
			const at = editor.document.getText().indexOf(name);
			select(editor, at, at + name.length);
			await vscode.commands.executeCommand('articleAnnotator.tagSelection', name === 'الجزائر' ? 'LOC' : 'PER');
		}
		await session.flush();
		const ids = session.model.annotations.map((a) => a.id).sort();
		assert.equal(ids.length, 3);
		const changed = respelled(original);
		await writeText(article, changed);
		await until('the editor to reload the article', () => editor.document.getText() === changed, 10_000);
		const expected = names.map(respelled).sort();
		const placed = () => ({ texts: session.model.annotations.map((a) => a.text).sort(), orphans: session.model.orphans.map((o) => `${o.text}: ${o.reason}`) });
		// (on a time-out, the assertion below says what was placed instead)
		await until('the names to be placed in the new text', () => JSON.stringify(placed()) === JSON.stringify({ texts: expected, orphans: [] }), 10_000).catch(() => undefined);
		assert.deepEqual(placed(), { texts: expected, orphans: [] });
		assert.deepEqual(session.model.annotations.map((a) => a.id).sort(), ids);
		for (const annotation of session.model.annotations) {
			assert.equal(changed.slice(annotation.start, annotation.end), annotation.text);
		}
	});

	it('lists a binary file that matches the article globs with its problem instead of opening it', async () => {
		const binary = vscode.Uri.joinPath(workspaceUri(), 'scan.txt');
		await vscode.workspace.fs.writeFile(binary, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
		await vscode.commands.executeCommand('articleAnnotator.refreshDocuments');
		const description = await until('the binary file in the tree with its problem', () => {
			const node = (api.tree.getChildren(undefined) as TreeNode[]).find((n) => n.kind === 'article' && n.uri.path.endsWith('/scan.txt'));
			const item = node ? api.tree.getTreeItem(node) : undefined;
			return item && /binary/i.test(String(item.description)) ? String(item.description) : undefined;
		});
		assert.match(description, /binary/i);
	});

	it('stores code point offsets for an article with a BOM, CRLF and emoji', async () => {
		const article = vscode.Uri.joinPath(workspaceUri(), 'bom-crlf.txt');
		const body = 'Titre 🇩🇿\r\nLa ministre Amina Belkacem est à Oran.\r\n';
		await vscode.workspace.fs.writeFile(article, new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body)]));
		const name = 'Amina Belkacem';
		const { stored } = await tagFirstAndStore(api, article, name, 'PER');
		assert.ok(stored);
		assert.equal(codePointSlice(body, stored.start, stored.end), name, 'offsets count code points of the text without its BOM');
	});

	it('stores offsets into the file as saved when VS Code normalises its mixed line ends', async () => {
		const article = vscode.Uri.joinPath(workspaceUri(), 'mixed-eol.txt');
		// CRLF then LF: VS Code shows one kind of line end, the file keeps both.
		const onDisk = 'Titre\r\nLigne deux\nLa ministre Amina Belkacem est à Oran.\r\n';
		await writeText(article, onDisk);
		const name = 'Amina Belkacem';
		const { stored } = await tagFirstAndStore(api, article, name, 'PER');
		assert.ok(stored);
		assert.equal(codePointSlice(onDisk, stored.start, stored.end), name, 'offsets point into the file as it is on disk');
		assert.equal(new TextDecoder().decode(await readBytes(article)), onDisk, 'the article itself is not rewritten');
	});

	it('opens an empty article without suggestions or errors, and annotates it once text is typed', async () => {
		const article = vscode.Uri.joinPath(workspaceUri(), 'empty.txt');
		await writeText(article, '');
		const editor = await showArticle(article);
		const session = await api.whenDetected(article);
		assert.equal(session.model.visibleEntities().length, 0);
		assert.equal(session.profile?.language, 'und');
		await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Le président Abdelmadjid Tebboune est arrivé à Alger.'));
		await api.whenDetected(article);
		assert.ok(session.model.visibleEntities().some((entity) => entity.text === 'Alger'), 'typed text is detected');
		await vscode.commands.executeCommand('workbench.action.files.revert');
	});

	it('merges a decision made while the sidecar is being read instead of losing either', async () => {
		const article = vscode.Uri.joinPath(workspaceUri(), 'race-load.txt');
		await writeText(article, ARTICLE);
		const moscou = ARTICLE.indexOf('Moscou');
		await writeText(sidecarOf(article), `version: 1\ndocument: race-load.txt\nannotations:\n  - {type: LOC, start: ${moscou}, end: ${moscou + 6}, text: Moscou, status: accepted, id: ondisk1}\n`);
		// The sidecar's placement comes back only once released, as for a big file in a slow worker.
		const release = api.holdSidecarResults();
		let session: Awaited<ReturnType<ArticleAnnotatorApi['session']>>;
		try {
			const editor = await showArticle(article);
			session = await until('a session', () => api.session(article));
			select(editor, 13, 25);
			await vscode.commands.executeCommand('articleAnnotator.tagSelection', 'PER');
			assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), article.toString());
			assert.ok(session.hasUnsavedDecisions, 'the decision is taken while the sidecar is still being read');
		} finally {
			release();
		}
		assert.ok(session);
		await session.loaded;
		await api.flushAll();
		const texts = (await readSidecar(article)).annotations.map((annotation) => annotation.text).sort();
		assert.deepEqual(texts, ['Karim Haddad', 'Moscou'], 'the file keeps its decision and gains the new one');
		await until('both decisions in the editor', () => session.model.annotations.length === 2 || undefined, 10_000);
		assert.ok(session.model.annotations.some((annotation) => annotation.id === 'ondisk1'));
	});

	it('keeps a decision made while a merge with a change on disk is being planned, and the change on disk too', async () => {
		const article = vscode.Uri.joinPath(workspaceUri(), 'race-merge.txt');
		await writeText(article, ARTICLE);
		const editor = await showArticle(article);
		const session = await api.whenDetected(article);
		await session.loaded;
		const tagAt = async (name: string, type: string) => {
			const at = ARTICLE.indexOf(name);
			select(editor, at, at + name.length);
			await vscode.commands.executeCommand('articleAnnotator.tagSelection', type);
		};
		await tagAt('Karim Haddad', 'PER');
		await session.flush();
		const saved = new TextDecoder().decode(await readBytes(sidecarOf(article)));
		const moscou = ARTICLE.indexOf('Moscou');
		const release = api.holdSidecarResults();
		let flushing: Promise<void>;
		try {
			await tagAt('Alger', 'LOC');
			// another annotator's decision reaches the disk (a git pull) before «Alger» is written
			await vscode.workspace.fs.writeFile(sidecarOf(article), new TextEncoder().encode(`${saved}  - {type: LOC, start: ${moscou}, end: ${moscou + 6}, text: Moscou, status: accepted, id: theirs1}\n`));
			flushing = session.flush();
			// decided once the merge is being planned (its result held): a pause, not a measure
			await new Promise((resolve) => setTimeout(resolve, 1000));
			await tagAt('russe', 'MISC');
		} finally {
			release();
		}
		await flushing;
		await api.flushAll();
		const texts = (await readSidecar(article)).annotations.map((annotation) => annotation.text).sort();
		assert.deepEqual(texts, ['Alger', 'Karim Haddad', 'Moscou', 'russe'], 'the file keeps every decision');
		await until('every decision in the editor', () => session.model.annotations.length === 4 || undefined, 10_000);
	});

	// The final file is right whether the held plan is replanned at once or the save that follows
	// the article's save rewrites it; this asserts that outcome, not which of the two did it.
	it('ends with offsets into the article as saved when it is saved while a sidecar save is in flight', async () => {
		const article = vscode.Uri.joinPath(workspaceUri(), 'race-save.txt');
		await writeText(article, ARTICLE);
		const editor = await showArticle(article);
		const session = await api.whenDetected(article);
		await session.loaded;
		const release = api.holdSidecarResults();
		let flushing: Promise<void>;
		const prefix = 'Dépêche de dernière minute 🇩🇿\n';
		try {
			const at = ARTICLE.indexOf('Moscou');
			select(editor, at, at + 'Moscou'.length);
			await vscode.commands.executeCommand('articleAnnotator.tagSelection', 'LOC');
			flushing = session.flush();
			// The article gains a first line and is saved while the plan (offsets into the old text) is held.
			await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), prefix));
			assert.ok(await editor.document.save(), 'the article is saved');
		} finally {
			release();
		}
		await flushing;
		await api.flushAll();
		const onDisk = new TextDecoder().decode(await readBytes(article));
		assert.equal(onDisk, prefix + ARTICLE);
		const stored = (await readSidecar(article)).annotations.find((annotation) => annotation.text === 'Moscou');
		assert.ok(stored, 'the decision is written');
		assert.equal(codePointSlice(onDisk, stored.start, stored.end), 'Moscou', 'its offsets point into the article as saved now');
	});
});
