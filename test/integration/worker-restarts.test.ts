// The detection worker's life: what the extension does when it stops (a crash, the thread killed).
// Last of the files on purpose: they stop the worker until detection goes off and change the
// detection settings, which the tests of the other files need not meet.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ArticleAnnotatorApi } from '../../src/extension/container';
import { extensionApi, flushAndCloseEditors, showArticle, treeLine, until, workspaceUri, writeListedArticles, writeText } from './support';

/** The error messages shown from now on, until `restore`. */
function captureErrors(): { errors: string[]; restore: () => void } {
	const errors: string[] = [];
	const window = vscode.window as unknown as { showErrorMessage: (...args: unknown[]) => unknown };
	const showErrorMessage = window.showErrorMessage;
	window.showErrorMessage = (message: unknown, ...rest: unknown[]) => {
		errors.push(String(message));
		return showErrorMessage(message, ...rest);
	};
	return { errors, restore: () => (window.showErrorMessage = showErrorMessage) };
}

/** Stops the worker each time it is started again (for the open article), until detection is off. */
async function stopUntilDetectionOff(api: ArticleAnnotatorApi, errors: readonly string[]): Promise<void> {
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
}

describe('the detection worker', () => {
	let api: ArticleAnnotatorApi;

	before(async () => {
		api = await extensionApi();
	});

	afterEach(flushAndCloseEditors);

	/** The threshold back to its default, what is pending written, the editors closed, the test's files deleted. */
	async function cleanUp(...uris: vscode.Uri[]): Promise<void> {
		await vscode.workspace.getConfiguration('articleAnnotator').update('detection.minConfidence', undefined, vscode.ConfigurationTarget.Workspace);
		await api.flushAll();
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
		for (const uri of uris) {
			await vscode.workspace.fs.delete(uri);
		}
	}

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
			await cleanUp(open, ...closed);
		}
	});

	it('stopping more often than it is restarted, is off as it says until its settings change, for every article', async function () {
		this.timeout(120_000);
		const first = vscode.Uri.joinPath(workspaceUri(), 'worker-gives-up-1.txt');
		const second = vscode.Uri.joinPath(workspaceUri(), 'worker-gives-up-2.txt');
		const config = vscode.workspace.getConfiguration('articleAnnotator');
		const { errors, restore } = captureErrors();
		try {
			await writeText(first, 'Le président Tebboune a reçu Lavrov à Alger.\n');
			await writeText(second, 'Angela Merkel est venue à Berlin.\n');
			await showArticle(first);
			const session = await api.whenDetected(first);
			// each stop restarts it for the open article, until the last
			await stopUntilDetectionOff(api, errors);
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
			restore();
			await cleanUp(first, second);
		}
	});

	it('an article read while detection was off and open when it comes back shows its detection in the tree, not the old «detection is off»', async function () {
		this.timeout(120_000);
		const starter = vscode.Uri.joinPath(workspaceUri(), 'worker-off-starter.txt');
		const article = vscode.Uri.joinPath(workspaceUri(), 'worker-off-then-opened.txt');
		const config = vscode.workspace.getConfiguration('articleAnnotator');
		const { errors, restore } = captureErrors();
		try {
			await writeText(starter, 'Le président Tebboune a reçu Lavrov à Alger.\n');
			await showArticle(starter);
			await api.whenDetected(starter);
			await stopUntilDetectionOff(api, errors);
			// listed now: its reading meets detection off, which its line says
			await writeListedArticles(api, [[article, 'Angela Merkel est venue à Berlin.\n']]);
			await until('its reading failed', () => /detection is off/.test(treeLine(api, article) ?? ''));
			// opened (the editor keeps its session), then detection comes back with new settings
			await showArticle(article);
			const session = await api.session(article);
			await config.update('detection.minConfidence', 0.31, vscode.ConfigurationTarget.Workspace);
			await until('the open article detected again', () => api.detectionWorkerRunning() && session?.detectionCurrent, 30_000);
			await until('its line shows its detection', () => /LOC \d+/.test(treeLine(api, article) ?? ''), 20_000).catch((error: unknown) => {
				throw new Error(`${String(error)}: ${treeLine(api, article)}`);
			});
			assert.doesNotMatch(treeLine(api, article) ?? '', /⚠|detection is off/);
		} finally {
			restore();
			await cleanUp(starter, article);
		}
	});

	it('an uncaught error in the worker starts another, without saying detection is unavailable', async function () {
		this.timeout(120_000);
		const uri = vscode.Uri.joinPath(workspaceUri(), 'worker-crashes.txt');
		const { errors, restore } = captureErrors();
		try {
			await writeText(uri, 'Le président Tebboune a reçu Lavrov à Alger.\n');
			const editor = await showArticle(uri);
			await api.whenDetected(uri);
			const started = api.detectionWorkersStarted();
			api.crashDetectionWorker();
			await until('another worker started', () => api.detectionWorkersStarted() > started && api.detectionWorkerRunning(), 30_000);
			// it detects what is typed next, and nothing told the person detection was gone
			await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), 'Angela Merkel est venue à Berlin.\n'));
			const session = await api.whenDetected(uri);
			assert.ok(session.model.suggestions().some((suggestion) => suggestion.text === 'Berlin'), 'the text typed after the crash is detected');
			assert.deepEqual(errors, []);
		} finally {
			restore();
			await cleanUp(uri);
		}
	});
});
