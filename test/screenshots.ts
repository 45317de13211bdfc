// Screenshot script: runs inside the extension host (as `extensionTestsPath`) when
// `npm run screenshots` drives code-server (src/tools/screenshots.mjs). It arranges the workbench
// and asks the runner for a picture at each step.
//
// Hand-shake: the script prints `ARTICLE_ANNOTATOR_SCREENSHOT <name>`; the runner sees the line,
// saves `<ARTICLE_ANNOTATOR_SCREENSHOT_DIR>/<name>.png`, and the script waits for that file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const SCREENSHOT_MARKER = 'ARTICLE_ANNOTATOR_SCREENSHOT';
const SCREENSHOT_WAIT_MS = 30_000;
// Time for the extension to activate, detect and decorate, and for the workbench to paint.
const SETTLE_MS = 2_500;

export async function run(): Promise<void> {
	await openSeed('000_');
	await requestScreenshot('01-french-article');

	const arabic = await openSeed('002_');
	await requestScreenshot('02-arabic-article');

	// The first word of the Arabic headline; the hover shows whatever providers say about it.
	const firstWord = new vscode.Position(0, 3);
	arabic.selection = new vscode.Selection(firstWord, firstWord);
	await vscode.commands.executeCommand('editor.action.showHover');
	await sleep(SETTLE_MS);
	await requestScreenshot('03-arabic-hover');
}

async function openSeed(prefix: string): Promise<vscode.TextEditor> {
	const [uri] = await vscode.workspace.findFiles(`${prefix}*.txt`);
	if (!uri) throw new Error(`No seed ${prefix}*.txt in the workspace folder`);
	const editor = await vscode.window.showTextDocument(uri, { preview: false });
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
