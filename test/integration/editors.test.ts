// One article in several editors at once: a comparison's other side, two editor groups, the same
// file reached by two paths. Each is a view of one article: one set of decisions, one sidecar.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ArticleAnnotatorApi } from '../../src/extension/container';
import { extensionApi, flushAndCloseEditors, readSidecar, recordNotifications, select, showArticle, until, workspaceUri, writeText } from './support';

const ARTICLE = 'Le président Karim Haddad a reçu à Alger le ministre russe. Karim Haddad a salué la délégation de Moscou.\n';

describe('one article in several editors', () => {
	let api: ArticleAnnotatorApi;

	before(async () => {
		api = await extensionApi();
	});

	afterEach(flushAndCloseEditors);

	it('takes the saved side of Compare with Saved for a view of the article, not a second article with a sidecar it cannot read', async () => {
		const article = vscode.Uri.joinPath(workspaceUri(), 'compared.txt');
		await writeText(article, ARTICLE);
		const notifications = recordNotifications();
		try {
			const editor = await showArticle(article);
			await api.whenDetected(article);
			await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Alger — '));
			await vscode.commands.executeCommand('workbench.files.action.compareWithSaved');
			const saved = await until('the saved side of the comparison open', () => vscode.workspace.textDocuments.find((document) => document.uri.scheme !== 'file' && document.uri.path === article.path));
			await assert.rejects(api.whenDetected(saved.uri, 5000), /is not an article/, 'no session for the saved side');
			await vscode.commands.executeCommand('articleAnnotator.annotateFile', saved.uri);
			await until('Annotate This File saying why not', () => notifications.shown.find((line) => /version shown for comparison/.test(line)));
			assert.equal(api.paintedRanges(saved.uri), undefined, 'nothing painted on the saved side');
			assert.deepEqual(notifications.shown.filter((line) => /could not be loaded|ENOPRO/.test(line)), [], 'no error about its sidecar');
			assert.deepEqual(fs.readdirSync(workspaceUri().fsPath).filter((name) => name.startsWith('compared')), ['compared.txt'], 'no sidecar written');
			await vscode.window.showTextDocument(editor.document);
			await vscode.commands.executeCommand('workbench.action.files.revert');
		} finally {
			notifications.restore();
			await api.endSession(article);
			fs.rmSync(article.fsPath, { force: true });
		}
	});

	it('shows a decision made on an article opened through a symbolic link to its folder in the same article opened by its real path, and the other way', async () => {
		const real = vscode.Uri.joinPath(workspaceUri(), 'desk-real');
		const link = path.join(workspaceUri().fsPath, 'desk-link');
		const byRealPath = vscode.Uri.joinPath(real, 'linked-twice.txt');
		const byLink = vscode.Uri.file(path.join(link, 'linked-twice.txt'));
		const notifications = recordNotifications();
		try {
			await writeText(byRealPath, ARTICLE);
			fs.symlinkSync('desk-real', link);
			const left = await showArticle(byRealPath);
			const leftSession = await api.whenDetected(byRealPath);
			const right = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(byLink), { viewColumn: vscode.ViewColumn.Beside, preview: false });
			const rightSession = await api.whenDetected(byLink);
			const decide = async (editor: vscode.TextEditor, name: string, type: string) => {
				await vscode.window.showTextDocument(editor.document, editor.viewColumn);
				const at = ARTICLE.indexOf(name);
				select(vscode.window.activeTextEditor!, at, at + name.length);
				await vscode.commands.executeCommand('articleAnnotator.tagSelection', type);
			};
			await decide(left, 'Karim Haddad', 'PER');
			await leftSession.flush();
			await until('the decision shown through the link', () => rightSession.model.annotations.some((annotation) => annotation.text === 'Karim Haddad' && annotation.status === 'accepted'));
			await until('painted there', () => api.paintedRanges(byLink)?.['PER.accepted']?.length);
			await decide(right, 'Moscou', 'LOC');
			await rightSession.flush();
			await until('the decision shown by the real path', () => leftSession.model.annotations.some((annotation) => annotation.text === 'Moscou'));
			assert.deepEqual((await readSidecar(byRealPath)).annotations.map((annotation) => annotation.text).sort(), ['Karim Haddad', 'Moscou']);
			assert.deepEqual(notifications.shown.filter((line) => /changed on disk/.test(line)), [], 'no merge to tell of: each took the other\'s decision in before deciding');
		} finally {
			notifications.restore();
			// closed before their files go: an open article deleted keeps its decisions aside
			await flushAndCloseEditors();
			await api.endSession(byLink);
			await api.endSession(byRealPath);
			fs.rmSync(link, { force: true });
			fs.rmSync(real.fsPath, { recursive: true, force: true });
			// the watcher does not see into the linked folder: its article found gone by a refresh
			await vscode.commands.executeCommand('articleAnnotator.refreshDocuments');
		}
	});
});
