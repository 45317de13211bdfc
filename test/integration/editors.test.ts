// One article in several editors at once: a comparison's other side, two editor groups, the same
// file reached by two paths. Each is a view of one article: one set of decisions, one sidecar.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { ArticleAnnotatorApi } from '../../src/extension/container';
import { extensionApi, flushAndCloseEditors, recordNotifications, showArticle, until, workspaceUri, writeText } from './support';

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
			fs.rmSync(article.fsPath, { force: true });
		}
	});
});
