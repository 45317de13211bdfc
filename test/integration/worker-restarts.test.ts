// The detection worker's life: what the extension does when it stops (a crash, the thread killed).
// Last of the files on purpose: after detection went off and came back within a second, an
// article of the Documents tree can stay unread (see CHANGELOG, thirty-fourth session), which the
// seed listing of extension.test.ts would otherwise meet.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ArticleAnnotatorApi } from '../../src/extension/container';
import { extensionApi, flushAndCloseEditors, showArticle, treeLine, until, workspaceUri, writeListedArticles, writeText } from './support';

describe('the detection worker', () => {
	let api: ArticleAnnotatorApi;

	before(async () => {
		api = await extensionApi();
	});

	afterEach(flushAndCloseEditors);

	it('stopping while it reads closed articles for the tree, is started again and reads them all', async function () {
		this.timeout(300_000);
		const open = vscode.Uri.joinPath(workspaceUri(), 'worker-stops-open.txt');
		const closed = [1, 2, 3, 4].map((n) => vscode.Uri.joinPath(workspaceUri(), `worker-stops-closed-${n}.txt`));
		const config = vscode.workspace.getConfiguration('articleAnnotator');
		try {
			await writeText(open, 'Le président Tebboune a reçu Lavrov à Alger.\n');
			await writeListedArticles(api, closed.map((uri, n) => [uri, `Le ministre numéro ${n} est arrivé hier à Tamanrasset pour une visite officielle.\n`.repeat(2500)]));
			const read = (uri: vscode.Uri) => /LOC \d+/.test(treeLine(api, uri) ?? '');
			await until('the closed articles read', () => closed.every(read), 120_000);
			const editor = await showArticle(open);
			await api.whenDetected(open);
			// new detection settings: every closed article is read again; the worker stops meanwhile
			const scans = closed.map((uri) => api.backgroundScans(uri));
			await config.update('detection.minConfidence', 0.31, vscode.ConfigurationTarget.Workspace);
			await until('two articles being read again', () => closed.filter((uri, i) => api.backgroundScans(uri) > scans[i]).length >= 2);
			await new Promise((resolve) => setTimeout(resolve, 100));
			await api.stopDetectionWorker();
			// the open article is detected again, edits included
			await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), 'Angela Merkel est venue à Berlin.\n'));
			const session = await api.whenDetected(open);
			assert.ok(session.model.suggestions().some((suggestion) => suggestion.text === 'Berlin'), 'the text typed after the stop is detected');
			// and every closed article gets its line, none the worker's stop
			await until('every closed article read again', () => closed.every((uri, i) => api.backgroundScans(uri) > scans[i] && read(uri)), 120_000).catch((error: unknown) => {
				throw new Error(`${String(error)}: ${closed.map((uri) => treeLine(api, uri)).join(' | ')}`);
			});
			for (const uri of closed) {
				assert.doesNotMatch(treeLine(api, uri) ?? '', /⚠|stopped/);
			}
		} finally {
			await config.update('detection.minConfidence', undefined, vscode.ConfigurationTarget.Workspace);
			await api.flushAll();
			await vscode.commands.executeCommand('workbench.action.closeAllEditors');
			for (const uri of [open, ...closed]) {
				await vscode.workspace.fs.delete(uri);
			}
		}
	});

	it('stopping more often than it is restarted, is off as it says until its settings change, for every article', async function () {
		this.timeout(120_000);
		const first = vscode.Uri.joinPath(workspaceUri(), 'worker-gives-up-1.txt');
		const second = vscode.Uri.joinPath(workspaceUri(), 'worker-gives-up-2.txt');
		const config = vscode.workspace.getConfiguration('articleAnnotator');
		const errors: string[] = [];
		const window = vscode.window as unknown as { showErrorMessage: (...args: unknown[]) => unknown };
		const showErrorMessage = window.showErrorMessage;
		window.showErrorMessage = (message: unknown, ...rest: unknown[]) => {
			errors.push(String(message));
			return showErrorMessage(message, ...rest);
		};
		try {
			await writeText(first, 'Le président Tebboune a reçu Lavrov à Alger.\n');
			await writeText(second, 'Angela Merkel est venue à Berlin.\n');
			await showArticle(first);
			const session = await api.whenDetected(first);
			// each stop restarts it for the open article, until the last
			const off = () => errors.some((message) => /detection is off/.test(message));
			for (let stop = 1; ; stop++) {
				await until('a worker running, or detection off', () => off() || api.detectionWorkerRunning(), 30_000);
				if (off()) {
					break;
				}
				assert.ok(stop <= 10, `still restarted after ${stop - 1} stops`);
				await api.stopDetectionWorker();
			}
			assert.match(errors.join('\n'), /detection is off until/);
			// an article opened now is not detected either (a new worker would make the message untrue)
			await showArticle(second);
			const other = await api.session(second);
			await new Promise((resolve) => setTimeout(resolve, 2000));
			assert.equal(api.detectionWorkerRunning(), false, 'no worker started again');
			assert.equal(other?.detected, false, 'no detection for the article opened after');
			// the settings changed (another model folder, a threshold): detection is tried again, for both
			await config.update('detection.minConfidence', 0.31, vscode.ConfigurationTarget.Workspace);
			await until('both detected again', () => api.detectionWorkerRunning() && other?.detectionCurrent && session.detectionCurrent, 30_000);
			assert.ok(other?.model.suggestions().some((suggestion) => suggestion.text === 'Berlin'));
		} finally {
			window.showErrorMessage = showErrorMessage;
			await config.update('detection.minConfidence', undefined, vscode.ConfigurationTarget.Workspace);
			await api.flushAll();
			await vscode.commands.executeCommand('workbench.action.closeAllEditors');
			await vscode.workspace.fs.delete(first);
			await vscode.workspace.fs.delete(second);
		}
	});
});
