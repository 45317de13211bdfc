// What git and a shell do to articles and sidecars while VS Code has them open (checkout, stash,
// rebase conflicts, symbolic links, permissions, line ends): no decision may be lost, and a file
// is never replaced by something other than what the person had there.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { ArticleAnnotatorApi } from '../../src/extension/container';
import { extensionApi, select, showArticle, sidecarOf, workspaceUri, writeText, flushAndCloseEditors } from './support';

const ARTICLE = 'Le président Karim Haddad a reçu à Alger le ministre russe. Karim Haddad a salué la délégation de Moscou.\n';

async function tag(editor: vscode.TextEditor, name: string, type: string): Promise<void> {
	const at = editor.document.getText().indexOf(name);
	assert.ok(at >= 0, `${name} is in the article`);
	select(editor, at, at + name.length);
	await vscode.commands.executeCommand('articleAnnotator.tagSelection', type);
}

describe('git and the shell', () => {
	let api: ArticleAnnotatorApi;

	before(async () => {
		api = await extensionApi();
	});

	afterEach(flushAndCloseEditors);

	it('writes a sidecar that is a symbolic link into the file it points to, and leaves the link', async () => {
		const folder = vscode.Uri.joinPath(workspaceUri(), 'linked');
		const article = vscode.Uri.joinPath(folder, 'linked.txt');
		await writeText(article, ARTICLE);
		const real = vscode.Uri.joinPath(folder, 'store.yaml');
		await writeText(real, 'version: 1\ndocument: linked.txt\nannotations: []\n');
		fs.symlinkSync('store.yaml', sidecarOf(article).fsPath);
		const editor = await showArticle(article);
		const session = await api.whenDetected(article);
		await tag(editor, 'Karim Haddad', 'PER');
		await session.flush();
		assert.ok(fs.lstatSync(sidecarOf(article).fsPath).isSymbolicLink(), 'the sidecar is still a link');
		assert.match(fs.readFileSync(real.fsPath, 'utf8'), /Karim Haddad/);
	});

	it('keeps the permissions of a sidecar it writes (a private or group-shared one)', async () => {
		const article = vscode.Uri.joinPath(workspaceUri(), 'private.txt');
		await writeText(article, ARTICLE);
		await writeText(sidecarOf(article), 'version: 1\ndocument: private.txt\nannotations: []\n');
		fs.chmodSync(sidecarOf(article).fsPath, 0o600);
		const editor = await showArticle(article);
		const session = await api.whenDetected(article);
		await tag(editor, 'Karim Haddad', 'PER');
		await session.flush();
		assert.match(fs.readFileSync(sidecarOf(article).fsPath, 'utf8'), /Karim Haddad/);
		assert.equal((fs.statSync(sidecarOf(article).fsPath).mode & 0o7777).toString(8), '600', 'readable by its owner only, as before');
	});
});
