// Screenshot script: runs inside the extension host (as `extensionTestsPath`) when
// `npm run screenshots` drives code-server (src/tools/screenshots.mjs). It arranges the workbench
// and asks the runner for a picture at each step.
//
// Hand-shake: the script prints `ARTICLE_ANNOTATOR_SCREENSHOT <name>`; the runner sees the line,
// saves `<ARTICLE_ANNOTATOR_SCREENSHOT_DIR>/<name>.png`, and the script waits for that file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ArticleAnnotatorApi } from '../src/extension/container';

export const SCREENSHOT_MARKER = 'ARTICLE_ANNOTATOR_SCREENSHOT';
const SCREENSHOT_WAIT_MS = 30_000;
// Time for the workbench to paint after a change.
const SETTLE_MS = 1_500;

export async function run(): Promise<void> {
	const extension = vscode.extensions.getExtension<ArticleAnnotatorApi>('article-annotator.article-annotator');
	if (!extension) throw new Error('the extension is not loaded');
	const api = await extension.activate();
	await api.ready();

	// French: accept the first two suggestions so both looks (accepted, suggested) are in the picture.
	const french = await openSeed(api, '000_');
	for (let i = 0; i < 2; i++) {
		const session = await api.session(french.document.uri);
		const next = session?.model.suggestions()[0];
		if (!next) break;
		french.selection = new vscode.Selection(french.document.positionAt(next.start), french.document.positionAt(next.start));
		await vscode.commands.executeCommand('articleAnnotator.acceptSuggestion');
	}
	await api.revealInTree(french.document.uri, 3);
	await sleep(SETTLE_MS);
	await requestScreenshot('01-french-article-and-tree');

	const arabic = await openSeed(api, '002_');
	await api.revealInTree(arabic.document.uri, 3);
	await sleep(SETTLE_MS);
	await requestScreenshot('02-arabic-article-and-tree');

	// Hover the first person the detector found in the Arabic article.
	const session = await api.session(arabic.document.uri);
	const person = session?.model.visibleEntities().find((entity) => entity.type === 'PER') ?? session?.model.visibleEntities()[0];
	if (person) {
		const inside = arabic.document.positionAt(person.start + 1);
		arabic.selection = new vscode.Selection(inside, inside);
		arabic.revealRange(new vscode.Range(inside, inside), vscode.TextEditorRevealType.InCenter);
		await vscode.commands.executeCommand('editor.action.showHover');
		await sleep(SETTLE_MS);
	}
	await requestScreenshot('03-arabic-hover');

	// An Arabic paragraph written for these pictures: names behind proclitics, a name followed by
	// punctuation, a name inside a longer word, tagged, accepted and rejected entities side by side.
	const folder = path.dirname(arabic.document.uri.fsPath);
	const paragraph = vscode.Uri.file(path.join(folder, '900_shots_ar.txt'));
	fs.writeFileSync(paragraph.fsPath, [
		'قال الوزير كريم بن يوسف في وهران، يوم الخميس، إن وفد الاتحاد الأفريقي سيصل بالجزائر قبل نهاية الشهر.',
		'وأضاف أن الحكومة اللبنانية تتابع الملف، وأن والجزائر و«تونس» ستوقعان الاتفاق في قسنطينة.',
		'Le ministre Karim Benyoucef a déclaré à Oran, jeudi 12 mars 2026, que la délégation de l\'Union africaine arriverait à Alger avant la fin du mois, puis se rendrait à Constantine, à Annaba et à Tlemcen pour rencontrer les élus locaux et les représentants de la société civile, selon un communiqué publié sur https://example.org/communique.',
		'',
	].join('\n'), 'utf8');
	const shots = await vscode.window.showTextDocument(paragraph, { preview: false });
	await api.whenDetected(paragraph, 60_000);
	const text = shots.document.getText();
	const tag = async (word: string, type: string, occurrence = 0): Promise<void> => {
		let at = -1;
		for (let i = 0; i <= occurrence; i++) at = text.indexOf(word, at + 1);
		if (at < 0) return;
		shots.selection = new vscode.Selection(shots.document.positionAt(at), shots.document.positionAt(at + word.length));
		await vscode.commands.executeCommand('articleAnnotator.tagSelection', type);
	};
	await tag('كريم بن يوسف', 'PER');
	await tag('وهران', 'LOC');
	await tag('لبنان', 'LOC'); // inside «اللبنانية»: the tag splits joined letters?
	const paragraphSession = await api.session(paragraph);
	const toReject = paragraphSession?.model.suggestions().find((entity) => entity.start < text.indexOf('\n'));
	if (toReject) {
		shots.selection = new vscode.Selection(shots.document.positionAt(toReject.start), shots.document.positionAt(toReject.start));
		await vscode.commands.executeCommand('articleAnnotator.rejectSuggestion');
	}
	shots.selection = new vscode.Selection(0, 0, 0, 0);
	await sleep(SETTLE_MS);
	await requestScreenshot('04-arabic-paragraph-states');
	const painted = api.paintedRanges(paragraph) ?? {};
	for (const [key, ranges] of Object.entries(painted)) {
		for (const range of ranges) console.log(`[shots] painted ${key} «${text.slice(range.start, range.end)}»`);
	}

	const personAt = text.indexOf('كريم') + 1;
	shots.selection = new vscode.Selection(shots.document.positionAt(personAt), shots.document.positionAt(personAt));
	await vscode.commands.executeCommand('editor.action.showHover');
	await sleep(SETTLE_MS);
	await requestScreenshot('05-arabic-accepted-hover');
	const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', paragraph, shots.document.positionAt(personAt));
	for (const hover of hovers ?? []) {
		for (const content of hover.contents) console.log(`[shots] hover ${JSON.stringify(typeof content === 'string' ? content : (content as vscode.MarkdownString).value)}`);
	}
	await vscode.commands.executeCommand('workbench.action.closeAllEditors').then(undefined, () => undefined);
	await vscode.window.showTextDocument(paragraph, { preview: false });

	const config = vscode.workspace.getConfiguration('workbench');
	for (const [name, theme] of [['06-light-theme', 'Default Light Modern'], ['07-high-contrast', 'Default High Contrast'], ['08-high-contrast-light', 'Default High Contrast Light']]) {
		await config.update('colorTheme', theme, vscode.ConfigurationTarget.Global);
		await sleep(SETTLE_MS * 2);
		await requestScreenshot(name);
	}
	await config.update('colorTheme', undefined, vscode.ConfigurationTarget.Global);

	await vscode.commands.executeCommand('articleAnnotator.toggleReviewMode');
	await sleep(SETTLE_MS);
	await requestScreenshot('09-review-mode-status-bar');
	await vscode.commands.executeCommand('articleAnnotator.toggleReviewMode');
}

async function openSeed(api: ArticleAnnotatorApi, prefix: string): Promise<vscode.TextEditor> {
	const [uri] = await vscode.workspace.findFiles(`**/${prefix}*.txt`);
	if (!uri) throw new Error(`No seed ${prefix}*.txt in the workspace folder`);
	const editor = await vscode.window.showTextDocument(uri, { preview: false });
	await api.whenDetected(uri, 60_000);
	await sleep(SETTLE_MS);
	return editor;
}

async function requestScreenshot(name: string): Promise<void> {
	const folder = process.env.ARTICLE_ANNOTATOR_SCREENSHOT_DIR;
	if (!folder) throw new Error('ARTICLE_ANNOTATOR_SCREENSHOT_DIR is not set: run this through `npm run screenshots`');
	const file = path.join(folder, `${name}.png`);
	// A picture left by an earlier run must not pass for the one requested now.
	fs.rmSync(file, { force: true });
	console.log(`${SCREENSHOT_MARKER} ${name}`);
	const deadline = Date.now() + SCREENSHOT_WAIT_MS;
	while (!fs.existsSync(file)) {
		if (Date.now() > deadline) throw new Error(`The runner did not save ${file} within ${SCREENSHOT_WAIT_MS / 1000} s`);
		await sleep(100);
	}
}

function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}
