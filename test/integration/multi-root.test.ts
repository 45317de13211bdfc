// The Documents tree in a workspace of several folders, added and removed while VS Code runs (the
// runner opens the seeds through a workspace file, so that folders can be added without a reload).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ArticleAnnotatorApi } from '../../src/extension/container';
import type { TreeNode } from '../../src/extension/tree';
import { extensionApi, flushAndCloseEditors, recordNotifications, showArticle, sidecarOf, treeLine, until, workspaceUri, writeListedArticles, writeText } from './support';

const ARTICLE = 'La mairesse Lucie Morel a ouvert à Nantes le salon du livre jeunesse.\n';

/** Adds (or removes) workspace folders and waits until VS Code says it did. */
async function changeFolders(start: number, deleteCount: number, ...added: vscode.Uri[]): Promise<void> {
	const changed = new Promise<void>((resolve) => {
		const listener = vscode.workspace.onDidChangeWorkspaceFolders(() => {
			listener.dispose();
			resolve();
		});
	});
	assert.ok(vscode.workspace.updateWorkspaceFolders(start, deleteCount, ...added.map((uri) => ({ uri }))), 'VS Code takes the change of folders');
	await changed;
}

/** Removes every workspace folder but the first (the seeds). */
async function onlyTheSeeds(): Promise<void> {
	const count = vscode.workspace.workspaceFolders?.length ?? 0;
	if (count > 1) {
		await changeFolders(1, count - 1);
	}
}

/** The temporary folders `folderOutside` made, removed after each test. */
const madeOutside: string[] = [];

/** A new folder outside the workspace, `inside` the temporary folder made for it. */
function folderOutside(inside: string): vscode.Uri {
	const made = fs.mkdtempSync(path.join(os.tmpdir(), 'article-annotator-root-'));
	madeOutside.push(made);
	const folder = path.join(made, inside);
	fs.mkdirSync(folder, { recursive: true });
	return vscode.Uri.file(folder);
}

describe('Documents tree in a multi-root workspace', () => {
	let api: ArticleAnnotatorApi;

	before(async () => {
		api = await extensionApi();
	});

	afterEach(async () => {
		await flushAndCloseEditors();
		await onlyTheSeeds();
		for (const made of madeOutside.splice(0)) {
			fs.rmSync(made, { recursive: true, force: true });
		}
	});

	it('lists the articles of a folder added to the workspace without a refresh, and takes them off when it is removed', async () => {
		const second = folderOutside('corpus-b');
		const article = vscode.Uri.joinPath(second, 'seeds', 'ajout.txt');
		await writeText(article, ARTICLE);
		await changeFolders(1, 0, second);
		const line = await until('the added folder\'s article in the Documents tree', () => treeLine(api, article));
		assert.match(line, /^ajout\.txt · /);
		await changeFolders(1, 1);
		await until('the removed folder\'s article off the Documents tree', () => treeLine(api, article) === undefined);
		assert.deepEqual(fs.readdirSync(path.join(second.fsPath, 'seeds')), ['ajout.txt'], 'nothing was written into the removed folder');
	});

	it('tells apart articles of the same name in two workspace folders of the same name', async () => {
		// two copies of a corpus side by side, each cloned into a folder called seeds
		const second = folderOutside('seeds');
		const here = vscode.Uri.joinPath(workspaceUri(), 'jumeau.txt');
		const there = vscode.Uri.joinPath(second, 'jumeau.txt');
		try {
			await writeText(here, ARTICLE);
			await writeText(there, ARTICLE);
			await changeFolders(1, 0, second);
			await until('both articles listed', () => treeLine(api, here) && treeLine(api, there));
			const [folderHere, folderThere] = [here, there].map((uri) => treeLine(api, uri)!.split(' · ')[1]);
			assert.notEqual(folderHere, folderThere, 'their lines name different folders');
			assert.ok(path.resolve(folderThere) === second.fsPath, `${folderThere} is the folder of the second copy`);
		} finally {
			fs.rmSync(here.fsPath, { force: true });
		}
	});

	it('keeps an open article of a folder removed from the workspace listed until it is closed, not after', async () => {
		const second = folderOutside('corpus-c');
		const article = vscode.Uri.joinPath(second, 'seeds', 'ouvert.txt');
		await writeText(article, ARTICLE);
		await changeFolders(1, 0, second);
		await until('the added folder\'s article listed', () => treeLine(api, article));
		await showArticle(article);
		await api.whenDetected(article);
		await changeFolders(1, 1);
		await vscode.commands.executeCommand('articleAnnotator.refreshDocuments');
		assert.ok(treeLine(api, article), 'listed while its editor holds it');
		await api.endSession(article);
		await until('the article off the Documents tree once closed', () => treeLine(api, article) === undefined);
	});

	it('lists the articles a workspace folder\'s own article globs name, in that folder only', async () => {
		const second = folderOutside('corpus-d');
		const own = vscode.Uri.joinPath(second, 'dépêches', 'une.md');
		const elsewhere = vscode.Uri.joinPath(workspaceUri(), 'dépêches', 'autre.md');
		// the globs set for that folder alone (the setting's scope is the folder)
		fs.mkdirSync(path.join(second.fsPath, '.vscode'));
		fs.writeFileSync(path.join(second.fsPath, '.vscode', 'settings.json'), JSON.stringify({ 'articleAnnotator.articleGlobs': ['dépêches/**/*.md'] }));
		try {
			await writeText(own, ARTICLE);
			await writeText(elsewhere, ARTICLE);
			await changeFolders(1, 0, second);
			await until('the folder\'s article listed', () => treeLine(api, own));
			assert.equal(treeLine(api, elsewhere), undefined, 'the same path in the other folder is no article there');
			// changed for that folder only, the window's globs unchanged
			const note = vscode.Uri.joinPath(second, 'notes', 'brève.md');
			await writeText(note, ARTICLE);
			await vscode.workspace.getConfiguration('articleAnnotator', second).update('articleGlobs', ['dépêches/**/*.md', 'notes/*.md'], vscode.ConfigurationTarget.WorkspaceFolder);
			await until('the article of the glob added for the folder listed', () => treeLine(api, note));
		} finally {
			fs.rmSync(vscode.Uri.joinPath(elsewhere, '..').fsPath, { recursive: true, force: true });
		}
	});

	it('names the workspace folder in what it says about a sidecar when two folders hold the same path (two worktrees of a corpus)', async () => {
		const second = folderOutside('corpus-b');
		const here = vscode.Uri.joinPath(workspaceUri(), 'twin', 'worktree.txt');
		const there = vscode.Uri.joinPath(second, 'twin', 'worktree.txt');
		const conflicted = '<<<<<<< HEAD\nversion: 1\n=======\nversion: 1\n>>>>>>> theirs\n';
		const notifications = recordNotifications();
		try {
			await changeFolders(1, 0, second);
			for (const article of [here, there]) {
				await writeText(sidecarOf(article), conflicted);
			}
			// articles by their sidecars
			await writeListedArticles(api, [here, there].map((article) => [article, ARTICLE] as const));
			const told = async (article: vscode.Uri) => {
				await showArticle(article);
				await (await api.session(article))?.loaded;
				return until('the message about its sidecar', () => notifications.shown.find((line) => /worktree\.txt\.annotations\.yaml/.test(line)));
			};
			const first = await told(here);
			notifications.shown.splice(0);
			const other = await told(there);
			assert.notEqual(first, other, 'the two messages say which sidecar each is about');
			assert.match(other, new RegExp(`${path.basename(second.fsPath)}/twin/worktree\\.txt\\.annotations\\.yaml`), 'the second folder\'s name leads its path');
		} finally {
			notifications.restore();
			await flushAndCloseEditors();
			await api.endSession(here);
			await api.endSession(there);
			fs.rmSync(vscode.Uri.joinPath(here, '..').fsPath, { recursive: true, force: true });
		}
	});

	it('lists the articles folder by folder in the workspace\'s order, the order Next Article to Review follows', async () => {
		// made under the temporary folder, whose path sorts before the seeds' copy: listed after them all the same
		const second = folderOutside('corpus-e');
		const later = vscode.Uri.joinPath(second, 'seeds', 'suite.txt');
		await writeText(later, ARTICLE);
		await changeFolders(1, 0, second);
		await until('the second folder\'s article listed', () => treeLine(api, later));
		const listed = (api.tree.getChildren(undefined) as TreeNode[]).map((node) => node.uri.toString());
		const seedsFolder = workspaceUri().toString();
		const lastOfFirst = listed.map((uri) => uri.startsWith(`${seedsFolder}/`)).lastIndexOf(true);
		assert.ok(lastOfFirst < listed.indexOf(later.toString()), `the first folder's articles come first: ${listed.join(', ')}`);
	});

	it('says that a folder\'s own label set (and other settings VS Code takes from the whole workspace only) is not used in a workspace of several folders', async () => {
		const second = folderOutside('corpus-f');
		fs.mkdirSync(path.join(second.fsPath, '.vscode'));
		fs.writeFileSync(
			path.join(second.fsPath, '.vscode', 'settings.json'),
			`{\n\t// the team's own label set\n\t"articleAnnotator.labels": [{ "name": "EVENT", "color": "#445566" }],\n\t// "articleAnnotator.author": "commented out",\n\t"articleAnnotator.detection.minConfidence": 0.9,\n\t"articleAnnotator.articleGlobs": ["**/*.txt"]\n}\n`,
		);
		const notifications = recordNotifications();
		try {
			await changeFolders(1, 0, second);
			const told = await until('a warning about the folder\'s settings', () => notifications.shown.find((line) => line.startsWith('warning:') && /corpus-f\/\.vscode\/settings\.json/.test(line)));
			assert.match(told, /articleAnnotator\.labels, articleAnnotator\.detection\.minConfidence\b/);
			assert.doesNotMatch(told, /articleGlobs|author/, 'not the settings a folder may set, nor one commented out');
			assert.ok(!api.settings().labels.some((label) => label.name === 'EVENT'), 'indeed not used');
		} finally {
			notifications.restore();
		}
	});
});
