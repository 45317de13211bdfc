// Articles reached through symbolic links (a folder or a file linked into the workspace, from
// inside it or from elsewhere): one article is one line, one sidecar, one set of decisions.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ArticleAnnotatorApi } from '../../src/extension/container';
import type { TreeNode } from '../../src/extension/tree';
import { extensionApi, flushAndCloseEditors, readSidecar, recordNotifications, select, showArticle, sidecarOf, treeLine, until, workspaceUri } from './support';

/** A sidecar accepting `name` as `type` at each of its places in `text`. */
function sidecarText(document: string, text: string, name: string, type: string): string {
	const lines = [`version: 1\ndocument: ${document}\nannotations:\n`];
	for (let at = text.indexOf(name), n = 0; at >= 0; at = text.indexOf(name, at + 1), n++) {
		const start = Array.from(text.slice(0, at)).length;
		lines.push(`  - {type: ${type}, start: ${start}, end: ${start + Array.from(name).length}, text: ${name}, status: accepted, id: ${type.toLowerCase()}${n}}\n`);
	}
	return lines.join('');
}

/** The articles the Documents tree lists whose file is named `name`. */
function listedNamed(api: ArticleAnnotatorApi, name: string): vscode.Uri[] {
	return (api.tree.getChildren(undefined) as TreeNode[]).filter((node) => node.kind === 'article' && node.uri.path.endsWith(`/${name}`)).map((node) => node.uri);
}

describe('symbolic links', () => {
	let api: ArticleAnnotatorApi;
	/** Files and folders the test made, removed after it; articles it opened, their sessions ended first. */
	const made: string[] = [];
	const opened: vscode.Uri[] = [];

	before(async () => {
		api = await extensionApi();
	});

	afterEach(async () => {
		await flushAndCloseEditors();
		for (const uri of opened.splice(0)) {
			await api.endSession(uri);
		}
		for (const file of made.splice(0).reverse()) {
			fs.rmSync(file, { recursive: true, force: true });
		}
		await vscode.commands.executeCommand('articleAnnotator.refreshDocuments');
	});

	it('lists an article reached through a linked folder once, under its real path, and counts its decisions once in what is learned', async () => {
		const root = workspaceUri().fsPath;
		const real = path.join(root, 'sym-real');
		const link = path.join(root, 'sym-link');
		const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'sym-outside-'));
		const outsideLink = path.join(root, 'sym-out');
		made.push(real, link, outside, outsideLink, path.join(root, 'sym-z.txt'), path.join(root, 'sym-z.txt.annotations.yaml'));
		// learned: ORG twice in the linked article, PER three times in the other; counted twice, ORG would win
		const linked = 'Le groupe qwizzle a publié ses comptes ; qwizzle a démenti.\n';
		const plain = 'Selon qwizzle, la croissance reprendra. Le patron qwizzle a parlé de qwizzle.\n';
		fs.mkdirSync(real);
		fs.writeFileSync(path.join(real, 'sym-b.txt'), linked);
		fs.writeFileSync(path.join(real, 'sym-b.txt.annotations.yaml'), sidecarText('sym-b.txt', linked, 'qwizzle', 'ORG'));
		fs.writeFileSync(path.join(root, 'sym-z.txt'), plain);
		fs.writeFileSync(path.join(root, 'sym-z.txt.annotations.yaml'), sidecarText('sym-z.txt', plain, 'qwizzle', 'PER'));
		fs.writeFileSync(path.join(outside, 'sym-c.txt'), 'La ville de Lyon accueille le festival.\n');
		fs.symlinkSync('sym-real', link);
		fs.symlinkSync(outside, outsideLink);
		await vscode.commands.executeCommand('articleAnnotator.refreshDocuments');
		const byRealPath = vscode.Uri.file(path.join(real, 'sym-b.txt'));
		const byLink = vscode.Uri.file(path.join(link, 'sym-b.txt'));
		// (the article beside the files written first may be read before the refresh has listed the
		// folder outside, found through a link made after them: wait for that one too)
		await until(
			'the articles read',
			() => listedNamed(api, 'sym-c.txt').length > 0 && [...listedNamed(api, 'sym-b.txt'), vscode.Uri.file(path.join(root, 'sym-z.txt'))].every((uri) => /✓\d/.test(treeLine(api, uri) ?? '')),
			30_000,
		);
		assert.deepEqual(listedNamed(api, 'sym-b.txt').map(String), [byRealPath.toString()], 'once, by its real path');
		// a folder outside the workspace is reached by its link only: listed there
		assert.deepEqual(listedNamed(api, 'sym-c.txt').map(String), [vscode.Uri.file(path.join(outsideLink, 'sym-c.txt')).toString()]);
		assert.deepEqual(
			api.rememberedNames().filter((name) => name.text === 'qwizzle'),
			[{ text: 'qwizzle', type: 'PER' }],
			'three decisions against two',
		);
		// opened through the link, it is still the article listed: its line follows the session
		opened.push(byLink);
		const editor = await showArticle(byLink);
		await api.whenDetected(byLink);
		const at = linked.indexOf('groupe');
		select(editor, at, at + 'groupe'.length);
		await vscode.commands.executeCommand('articleAnnotator.tagSelection', 'ORG');
		await until('the decision made through the link shown on the line of the article', () => /✓3/.test(treeLine(api, byRealPath) ?? ''));
		assert.deepEqual(listedNamed(api, 'sym-b.txt').map(String), [byRealPath.toString()], 'still once');
	});

	/** An article in `folder/store/real-name.txt`, with a symbolic link `folder/linked.txt` to it. */
	function linkedFile(folder: string, text: string): { real: vscode.Uri; link: vscode.Uri } {
		fs.mkdirSync(path.join(folder, 'store'), { recursive: true });
		fs.writeFileSync(path.join(folder, 'store', 'real-name.txt'), text);
		fs.symlinkSync(path.join('store', 'real-name.txt'), path.join(folder, 'linked.txt'));
		return { real: vscode.Uri.file(path.join(folder, 'store', 'real-name.txt')), link: vscode.Uri.file(path.join(folder, 'linked.txt')) };
	}

	async function tagIn(uri: vscode.Uri, name: string, type: string): Promise<void> {
		const editor = await showArticle(uri);
		const session = await api.whenDetected(uri);
		const at = editor.document.getText().indexOf(name);
		select(editor, at, at + name.length);
		await vscode.commands.executeCommand('articleAnnotator.tagSelection', type);
		await session.flush();
	}

	it('keeps the sidecar of an article that is a symbolic link to a file beside that file, opened by either path', async () => {
		const folder = path.join(workspaceUri().fsPath, 'sym-file');
		made.push(folder);
		const { real, link } = linkedFile(folder, 'Le maire Paul Verdier a inauguré la gare de Rennes.\n');
		opened.push(link, real);
		await tagIn(link, 'Paul Verdier', 'PER');
		assert.ok(!fs.existsSync(sidecarOf(link).fsPath), 'no sidecar beside the link');
		const stored = await readSidecar(real);
		assert.equal(stored.document, 'real-name.txt', 'named for the file it belongs to');
		assert.deepEqual(stored.annotations.map((annotation) => annotation.text), ['Paul Verdier']);
		// opened by its real path: the same decisions, and one more goes to the same file
		await tagIn(real, 'Rennes', 'LOC');
		assert.deepEqual((await readSidecar(real)).annotations.map((annotation) => annotation.text).sort(), ['Paul Verdier', 'Rennes']);
		// still open through the link, with the same sidecar path: it takes the other's decision in
		const throughLink = (await api.session(link))!;
		await until('the decision made by the real path shown through the link', () => throughLink.model.annotations.some((annotation) => annotation.text === 'Rennes'));
		assert.ok(!fs.existsSync(sidecarOf(link).fsPath), 'still none beside the link');
	});

	it('moves a sidecar left beside a symbolic link to an article beside the file it leads to, and tells', async () => {
		const folder = path.join(workspaceUri().fsPath, 'sym-old');
		made.push(folder);
		const text = 'La ministre Anne Roussel a visité le port de Brest.\n';
		const { real, link } = linkedFile(folder, text);
		const start = text.indexOf('Anne Roussel');
		const entry = `  - {type: PER, start: ${start}, end: ${start + 'Anne Roussel'.length}, text: Anne Roussel, status: accepted, id: a1}\n`;
		fs.writeFileSync(sidecarOf(link).fsPath, `version: 1\ndocument: linked.txt\nannotations:\n${entry}`);
		// kept private by its owner
		fs.chmodSync(sidecarOf(link).fsPath, 0o600);
		opened.push(link);
		const notifications = recordNotifications();
		try {
			const session = (await api.session(link))!;
			await session.loaded;
			assert.deepEqual(session.model.annotations.map((annotation) => annotation.text), ['Anne Roussel'], 'its decisions kept');
			assert.equal(fs.statSync(sidecarOf(real).fsPath).mode & 0o777, 0o600, 'moved with its permissions');
			assert.ok(!fs.existsSync(sidecarOf(link).fsPath), 'moved away from the link');
			assert.deepEqual((await readSidecar(real)).annotations.map((annotation) => annotation.text), ['Anne Roussel']);
			// named for the file it now sits beside as it is moved, before any decision is written
			// (validate refused it: «document: is linked.txt but belongs to real-name.txt»); nothing else changed
			assert.equal(fs.readFileSync(sidecarOf(real).fsPath, 'utf8'), `version: 1\ndocument: real-name.txt\nannotations:\n${entry}`);
			await until('the person told', () => notifications.shown.find((line) => /symbolic link.*was moved there/.test(line)));
		} finally {
			notifications.restore();
		}
	});

	it('leaves a sidecar beside a symbolic link to an article where it is when it cannot be written beside the file it leads to, and tells', async () => {
		const folder = path.join(workspaceUri().fsPath, 'sym-unwritable');
		made.push(folder);
		const text = 'Le docteur Jean Morel a soigné le maire de Tours.\n';
		const { real, link } = linkedFile(folder, text);
		const start = text.indexOf('Jean Morel');
		const besideLink = `version: 1\ndocument: linked.txt\nannotations:\n  - {type: PER, start: ${start}, end: ${start + 'Jean Morel'.length}, text: Jean Morel, status: accepted, id: j1}\n`;
		fs.writeFileSync(sidecarOf(link).fsPath, besideLink);
		// its place beside the file is a link into a «folder» that is a file: nothing can be written through it
		fs.writeFileSync(path.join(folder, 'not-a-folder'), '');
		fs.symlinkSync(path.join(folder, 'not-a-folder', 'real-name.txt.annotations.yaml'), sidecarOf(real).fsPath);
		opened.push(link);
		const notifications = recordNotifications();
		try {
			const session = (await api.session(link))!;
			await session.loaded;
			await until('the person told', () => notifications.shown.find((line) => /linked\.txt\.annotations\.yaml could not be moved there .*left as it is/.test(line)));
			assert.equal(fs.readFileSync(sidecarOf(link).fsPath, 'utf8'), besideLink, 'the one beside the link untouched');
		} finally {
			notifications.restore();
		}
	});

	it('leaves both sidecars as they are when one is beside a symbolic link to an article and one beside its file, and says so', async () => {
		const folder = path.join(workspaceUri().fsPath, 'sym-both');
		made.push(folder);
		const text = 'Le juge Marc Olivier a reçu le préfet de Lille.\n';
		const { real, link } = linkedFile(folder, text);
		const start = text.indexOf('Marc Olivier');
		const besideLink = `version: 1\ndocument: linked.txt\nannotations:\n  - {type: PER, start: ${start}, end: ${start + 'Marc Olivier'.length}, text: Marc Olivier, status: accepted, id: m1}\n`;
		fs.writeFileSync(sidecarOf(link).fsPath, besideLink);
		fs.writeFileSync(sidecarOf(real).fsPath, 'version: 1\ndocument: real-name.txt\nannotations: []\n');
		opened.push(link);
		const notifications = recordNotifications();
		try {
			await tagIn(link, 'Lille', 'LOC');
			assert.deepEqual((await readSidecar(real)).annotations.map((annotation) => annotation.text), ['Lille'], 'written beside the file');
			assert.equal(fs.readFileSync(sidecarOf(link).fsPath, 'utf8'), besideLink, 'the one beside the link untouched');
			await until('the person told of both', () => notifications.shown.find((line) => /linked\.txt\.annotations\.yaml beside the link holds annotations too/.test(line)));
		} finally {
			notifications.restore();
		}
	});

	it('says once per window that both a sidecar beside a symbolic link to an article and one beside its file hold annotations, and opens the two side by side when asked', async () => {
		const folder = path.join(workspaceUri().fsPath, 'sym-both-once');
		made.push(folder);
		const text = 'La juge Claire Dumas a entendu le maire de Nantes.\n';
		const { real, link } = linkedFile(folder, text);
		fs.writeFileSync(sidecarOf(link).fsPath, 'version: 1\ndocument: linked.txt\nannotations: []\n');
		fs.writeFileSync(sidecarOf(real).fsPath, 'version: 1\ndocument: real-name.txt\nannotations: []\n');
		const asked: string[] = [];
		api.answerQuestions((message, buttons) => {
			if (/beside the link holds annotations too/.test(message)) {
				asked.push(message);
				return buttons.includes('Compare Both') ? 'Compare Both' : undefined;
			}
			return undefined;
		});
		try {
			opened.push(link);
			await (await api.session(link))!.loaded;
			await until('the two sidecars shown side by side', () =>
				vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputTextDiff && tab.input.original.fsPath === sidecarOf(link).fsPath && tab.input.modified.fsPath === sidecarOf(real).fsPath)),
			);
			assert.equal(asked.length, 1);
			// opened again in the same window: not said again
			await flushAndCloseEditors();
			assert.ok(await api.reopen(link));
			assert.equal(asked.length, 1, 'said once');
		} finally {
			api.answerQuestions(undefined);
		}
	});

	it('shows in the Documents tree a change of a sidecar made in a folder outside the workspace that a symbolic link leads to, for an article that is not open (a pull there)', async () => {
		const store = fs.mkdtempSync(path.join(os.tmpdir(), 'sym-pulled-'));
		const link = path.join(workspaceUri().fsPath, 'sym-pulled');
		made.push(link, store);
		const text = 'Le maire Paul Verdier a inauguré la gare de Rennes.\n';
		fs.mkdirSync(path.join(store, 'sub'));
		fs.writeFileSync(path.join(store, 'sub', 'pulled.txt'), text);
		const sidecar = path.join(store, 'sub', 'pulled.txt.annotations.yaml');
		const entry = (name: string, type: string, id: string) => {
			const start = text.indexOf(name);
			return `  - {type: ${type}, start: ${start}, end: ${start + name.length}, text: ${name}, status: accepted, id: ${id}}\n`;
		};
		const header = 'version: 1\ndocument: pulled.txt\nannotations:\n';
		fs.writeFileSync(sidecar, header + entry('Paul Verdier', 'PER', 'p1'));
		fs.symlinkSync(store, link);
		await vscode.commands.executeCommand('articleAnnotator.refreshDocuments');
		const article = vscode.Uri.file(path.join(link, 'sub', 'pulled.txt'));
		await until('its decision listed', () => /✓1 /.test(treeLine(api, article) ?? '') || undefined, 20_000);
		// `git pull` in the repository the link leads to: a new file put in place of the sidecar
		fs.writeFileSync(`${sidecar}.new`, header + entry('Paul Verdier', 'PER', 'p1') + entry('Rennes', 'LOC', 'r1'));
		fs.renameSync(`${sidecar}.new`, sidecar);
		await until('the pulled decision listed', () => /✓2 /.test(treeLine(api, article) ?? '') || undefined, 20_000);
	});

	it('resolves the real path of an article annotated by hand once, synchronously, and not again when the articles are found again', async () => {
		const note = path.join(workspaceUri().fsPath, 'sym-by-hand.md');
		const uri = vscode.Uri.file(note);
		made.push(note);
		fs.writeFileSync(note, 'Une note prise par Odile Vantrin à Lorient.\n');
		// the extension host's own `fs` module, shared with the extension (not the namespace copy imported above)
		const hostFs = createRequire(__filename)('node:fs') as typeof fs;
		const realpathSync = hostFs.realpathSync;
		const calls: string[] = [];
		hostFs.realpathSync = Object.assign((file: fs.PathLike, options?: fs.EncodingOption) => {
			calls.push(String(file));
			return realpathSync(file, options);
		}, { native: realpathSync.native }) as typeof fs.realpathSync;
		try {
			await showArticle(uri);
			opened.push(uri);
			await vscode.commands.executeCommand('articleAnnotator.annotateFile', uri);
			await api.whenDetected(uri);
			assert.ok(treeLine(api, uri), 'listed once annotated');
			// a synchronous call blocks every extension: one per article added, none per article found
			assert.equal(calls.filter((file) => file === note).length, 1);
			await vscode.commands.executeCommand('articleAnnotator.refreshDocuments');
			assert.ok(treeLine(api, uri), 'still listed');
			assert.equal(calls.filter((file) => file === note).length, 1);
		} finally {
			hostFs.realpathSync = realpathSync;
		}
	});
});
