// Helpers shared by the integration tests (bundled into each test file).
import * as vscode from 'vscode';
import type { ArticleAnnotatorApi } from '../../src/extension/container';
import { parseSidecar } from '../../src/core/sidecar/codec';
import type { Sidecar } from '../../src/core/sidecar/model';
import type { DetectedEntity } from '../../src/core/types';
import type { ArticleSession } from '../../src/extension/session';
import type { TreeNode } from '../../src/extension/tree';

export const EXTENSION_ID = 'article-annotator.article-annotator';

let cachedApi: ArticleAnnotatorApi | undefined;

export async function extensionApi(): Promise<ArticleAnnotatorApi> {
	if (!cachedApi) {
		const extension = vscode.extensions.getExtension<ArticleAnnotatorApi>(EXTENSION_ID);
		if (!extension) {
			throw new Error(`extension ${EXTENSION_ID} is not installed in the test instance`);
		}
		cachedApi = await extension.activate();
		await cachedApi.ready();
	}
	return cachedApi;
}

/**
 * Removes a test's article and its sidecar, its session ended first: an open article deleted keeps
 * its unwritten decisions aside, and they would follow the next file of the same text a later test
 * writes (an article moved outside VS Code is found by its text).
 */
export async function removeArticle(uri: vscode.Uri): Promise<void> {
	await flushAndCloseEditors();
	await (await extensionApi()).endSession(uri);
	await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
	await vscode.workspace.fs.delete(sidecarOf(uri)).then(undefined, () => undefined);
}

/** After each test: every pending decision written, every editor closed (the next test starts clean). */
export async function flushAndCloseEditors(): Promise<void> {
	await (await extensionApi()).flushAll();
	await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export function workspaceUri(): vscode.Uri {
	const folder = vscode.workspace.workspaceFolders?.[0];
	if (!folder) {
		throw new Error('no workspace folder is open');
	}
	return folder.uri;
}

/** The seed whose file name starts with `prefix` (000 … 004). */
export async function seed(prefix: string): Promise<vscode.Uri> {
	const files = await vscode.workspace.findFiles(`**/${prefix}_*.txt`);
	if (files.length !== 1) {
		throw new Error(`expected one seed ${prefix}_*.txt, found ${files.length}`);
	}
	return files[0];
}

/** The five seed articles' texts, in order. */
export async function seedTexts(): Promise<string[]> {
	const texts: string[] = [];
	for (const prefix of ['000', '001', '002', '003', '004']) {
		texts.push(new TextDecoder().decode(await vscode.workspace.fs.readFile(await seed(prefix))));
	}
	return texts;
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
	await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** The article's line in the Documents tree (label · description · tooltip), undefined when not listed. */
export function treeLine(api: ArticleAnnotatorApi, uri: vscode.Uri): string | undefined {
	const node = (api.tree.getChildren(undefined) as TreeNode[]).find((n) => n.kind === 'article' && n.uri.toString() === uri.toString());
	if (!node) {
		return undefined;
	}
	const item = api.tree.getTreeItem(node);
	const tooltip = typeof item.tooltip === 'string' ? item.tooltip : (item.tooltip?.value ?? '');
	return `${String(item.label)} · ${String(item.description)} · ${tooltip}`;
}

/**
 * Writes articles and waits until the Documents tree lists them. Files written just after their
 * folder was created can go unreported by VS Code's file watcher (seen with code-server 1.100 on
 * Linux: the folder's creation came, its files' never did), so the articles are then found again,
 * as Refresh Documents does.
 */
export async function writeListedArticles(api: ArticleAnnotatorApi, articles: readonly (readonly [vscode.Uri, string])[]): Promise<void> {
	for (const [uri, text] of articles) {
		await writeText(uri, text);
	}
	await vscode.commands.executeCommand('articleAnnotator.refreshDocuments');
	await until('the articles listed in the Documents tree', () => articles.every(([uri]) => treeLine(api, uri) !== undefined));
}

export async function readBytes(uri: vscode.Uri): Promise<Uint8Array | undefined> {
	try {
		return await vscode.workspace.fs.readFile(uri);
	} catch {
		return undefined;
	}
}

export function sidecarOf(article: vscode.Uri): vscode.Uri {
	return vscode.Uri.joinPath(article, '..', `${article.path.split('/').pop()}.annotations.yaml`);
}

export async function readSidecar(article: vscode.Uri): Promise<Sidecar> {
	const bytes = await readBytes(sidecarOf(article));
	if (!bytes) {
		throw new Error(`${sidecarOf(article).path} does not exist`);
	}
	const parsed = parseSidecar(new TextDecoder().decode(bytes));
	if (!parsed.ok) {
		throw new Error(`sidecar does not parse: ${parsed.problems.map((p) => p.message).join('; ')}`);
	}
	return parsed.sidecar;
}

/** Slices a text by code point offsets, as Python or brat would. */
export function codePointSlice(text: string, start: number, end: number): string {
	return Array.from(text).slice(start, end).join('');
}

export async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		// A probe that throws (a file not written yet) counts as "not yet".
		const value = await Promise.resolve().then(probe).catch(() => undefined);
		if (value) {
			return value;
		}
		if (Date.now() > deadline) {
			throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

export async function showArticle(uri: vscode.Uri): Promise<vscode.TextEditor> {
	const document = await vscode.workspace.openTextDocument(uri);
	return vscode.window.showTextDocument(document, { preview: false });
}

export function select(editor: vscode.TextEditor, start: number, end: number): void {
	const document = editor.document;
	editor.selection = new vscode.Selection(document.positionAt(start), document.positionAt(end));
}

/**
 * Measures how late a 10 ms timer fires while `work` runs: the longest time the extension host
 * (where these tests run, next to the extension) was blocked.
 */
export async function longestBlock<T>(work: () => Promise<T>): Promise<{ result: T; longestMs: number }> {
	let longest = 0;
	let last = performance.now();
	const timer = setInterval(() => {
		const now = performance.now();
		longest = Math.max(longest, now - last - 10);
		last = now;
	}, 10);
	try {
		const result = await work();
		// Work that ended synchronously has not let the timer run yet: let it notice its lateness.
		await new Promise((resolve) => setTimeout(resolve, 30));
		return { result, longestMs: Math.max(0, Math.round(longest)) };
	} finally {
		clearInterval(timer);
	}
}

/** A figure for the log (no test asserts a time). */
export function reportFigure(name: string, value: number, unit: string): void {
	console.log(`PERF ${name}: ${value} ${unit}`);
}

/** Shows an article, waits for its suggestions and accepts the first from the keyboard. */
export async function acceptFirstSuggestion(api: ArticleAnnotatorApi, article: vscode.Uri): Promise<{ editor: vscode.TextEditor; session: ArticleSession; suggestion: DetectedEntity }> {
	const editor = await showArticle(article);
	const session = await api.whenDetected(article);
	const suggestion = session.model.suggestions()[0];
	select(editor, suggestion.start, suggestion.start);
	await vscode.commands.executeCommand('articleAnnotator.acceptSuggestion');
	return { editor, session, suggestion };
}

/**
 * Opens an article, selects the first occurrence of `name`, tags it from the command palette's
 * command, writes the sidecar and returns the stored annotation (code point offsets).
 */
export async function tagFirstAndStore(api: ArticleAnnotatorApi, article: vscode.Uri, name: string, type: string): Promise<{ stored: Sidecar['annotations'][number] | undefined; editor: vscode.TextEditor }> {
	const editor = await showArticle(article);
	const session = await api.whenDetected(article);
	const at = editor.document.getText().indexOf(name);
	select(editor, at, at + name.length);
	await vscode.commands.executeCommand('articleAnnotator.tagSelection', type);
	await session.flush();
	return { stored: (await readSidecar(article)).annotations.find((annotation) => annotation.text === name), editor };
}

/** Types into the active editor as a key press would; true when the text changed (false: read-only). */
export async function typeChanges(editor: vscode.TextEditor, text: string): Promise<boolean> {
	const before = editor.document.getText();
	await vscode.commands.executeCommand('type', { text });
	return editor.document.getText() !== before;
}

/** Writes a fresh article at the workspace's top and shows it. */
export async function showNewArticle(name: string, text: string): Promise<{ uri: vscode.Uri; editor: vscode.TextEditor }> {
	const uri = vscode.Uri.joinPath(workspaceUri(), name);
	await writeText(uri, text);
	return { uri, editor: await showArticle(uri) };
}

/** True where the runner can press real keys in the workbench (code-server; not desktop VS Code). */
export function canPressKeys(): boolean {
	return !!process.env.ARTICLE_ANNOTATOR_KEYS_DIR;
}

let pressCount = 0;

/**
 * Presses keys in the workbench as a person would (playwright names: "Alt+Enter", "a",
 * "Control+Alt+KeyZ"), through the keybindings of whatever has focus; resolves once they are
 * pressed (what they run may still be running).
 */
export async function pressKeys(...keys: string[]): Promise<void> {
	const folder = process.env.ARTICLE_ANNOTATOR_KEYS_DIR;
	if (!folder) {
		throw new Error('ARTICLE_ANNOTATOR_KEYS_DIR is not set: keys are pressed by the code-server runner (test/runner/run-integration.mjs)');
	}
	const id = `p${process.pid}_${++pressCount}`;
	console.log(`ARTICLE_ANNOTATOR_PRESS ${id} ${JSON.stringify(keys)}`);
	const fs = await import('node:fs');
	await until(`the runner to press ${keys.join(' ')}`, () => fs.existsSync(`${folder}/${id}`));
}

type WindowFunction = 'showInformationMessage' | 'showWarningMessage' | 'showErrorMessage' | 'setStatusBarMessage';

/**
 * Records the notifications the extension shows («info: …», «warning: …», «error: …»), and with
 * `statusBar` its status bar messages («status: …»): the test bundle and the extension share the
 * `vscode` API object, so replacing its functions reaches the extension's calls too.
 */
export function recordNotifications(options: { statusBar?: boolean } = {}): { readonly shown: string[]; restore: () => void } {
	const window = vscode.window as unknown as Record<WindowFunction, (...args: unknown[]) => unknown>;
	const shown: string[] = [];
	const originals = new Map<WindowFunction, (...args: unknown[]) => unknown>();
	const names: WindowFunction[] = ['showInformationMessage', 'showWarningMessage', 'showErrorMessage', ...(options.statusBar ? (['setStatusBarMessage'] as const) : [])];
	for (const name of names) {
		const original = window[name];
		originals.set(name, original);
		window[name] = (message: unknown, ...rest: unknown[]) => {
			shown.push(`${name === 'setStatusBarMessage' ? 'status' : name.replace(/^show|Message$/g, '').toLowerCase()}: ${String(message)}`);
			return original(message, ...rest);
		};
	}
	return {
		shown,
		restore: () => {
			for (const [name, original] of originals) window[name] = original;
		},
	};
}
