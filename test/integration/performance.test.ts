// Figures from a real VS Code: time to first highlights and the longest block of the extension
// host. They are printed (PERF lines), never asserted: timing is not a test.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ArticleAnnotatorApi } from '../../src/extension/container';
import type { TreeNode } from '../../src/extension/tree';
import { extensionApi, longestBlock, reportFigure, seed, seedTexts, showArticle, until, workspaceUri, writeText } from './support';

async function firstPaint(api: ArticleAnnotatorApi, uri: vscode.Uri): Promise<number> {
	const started = performance.now();
	await showArticle(uri);
	await until('first decorations', () => {
		const ranges = api.paintedRanges(uri);
		return ranges && Object.values(ranges).some((list) => list.length > 0);
	}, 120_000);
	return Math.round(performance.now() - started);
}

/**
 * Expands an article's whole subtree one node at a time, as VS Code asks when a person expands
 * them: the children of a node, then the tree item of each child, in one go. Returns the number
 * of nodes and the slowest single expansion.
 */
function expandAll(api: ArticleAnnotatorApi, root: TreeNode): { nodes: number; slowest: { ms: number; children: number; label: string } } {
	let nodes = 1;
	let slowest = { ms: 0, children: 0, label: '' };
	const pending = [root];
	api.tree.getTreeItem(root);
	while (pending.length > 0) {
		const node = pending.pop()!;
		const started = performance.now();
		const children = api.tree.getChildren(node) as TreeNode[];
		for (const child of children) {
			api.tree.getTreeItem(child);
		}
		const ms = performance.now() - started;
		if (ms > slowest.ms) {
			slowest = { ms, children: children.length, label: node.kind === 'type' ? `type ${node.type}` : node.kind };
		}
		nodes += children.length;
		pending.push(...children);
	}
	return { nodes, slowest };
}

describe('performance figures in VS Code', () => {
	let api: ArticleAnnotatorApi;

	/** The longest piece of the extension's own host work since the last report (see HostTimer). */
	function reportOwnWork(when: string): void {
		const work = api.takeLongestHostWork();
		reportFigure(`longest piece of the extension's own work on the host ${when}`, Math.round(work.ms), `ms (${work.what || 'none'})`);
	}

	before(async () => {
		api = await extensionApi();
	});

	after(async () => {
		await api.flushAll();
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
	});

	it('prints activation and time to first highlights on a seed', async () => {
		reportFigure('activation (constructor of the extension)', Math.round(api.activationMs), 'ms');
		const uri = await seed('004');
		api.takeLongestHostWork();
		const { result: ms, longestMs } = await longestBlock(() => firstPaint(api, uri));
		reportFigure('open seed 004 (13 KB) to first highlights', ms, 'ms');
		reportFigure('longest extension-host block while opening seed 004', longestMs, 'ms');
		reportOwnWork('while opening seed 004');
		assert.ok(ms > 0);
	});

	it('prints time to first highlights, edit-burst and tree blocking on a 1 MB article', async () => {
		const parts = await seedTexts();
		let text = '';
		while (new TextEncoder().encode(text).length < 1_000_000) {
			text += parts.join('\n\n') + '\n\n';
		}
		// The same text as a plain-text file that is not an article (no language extension to wake):
		// what opening and editing 1 MB costs VS Code itself.
		const baseline = vscode.Uri.joinPath(workspaceUri(), 'long-1mb.plain');
		await writeText(baseline, text);
		const plain = await longestBlock(async () => {
			await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(baseline), { preview: false });
			await new Promise((resolve) => setTimeout(resolve, 1500));
		});
		reportFigure('longest extension-host block opening the same 1 MB as a non-article (VS Code alone)', plain.longestMs, 'ms');
		const plainEditor = vscode.window.activeTextEditor!;
		const plainMiddle = plainEditor.document.positionAt(Math.floor(text.length / 2));
		const plainBurst = await longestBlock(async () => {
			for (let i = 0; i < 40; i++) {
				await plainEditor.edit((edit) => edit.insert(plainMiddle, 'x'));
			}
			await new Promise((resolve) => setTimeout(resolve, 500));
		});
		reportFigure('longest extension-host block during 40 edits in the same 1 MB as a non-article (VS Code alone)', plainBurst.longestMs, 'ms');
		await vscode.commands.executeCommand('workbench.action.files.revert');
		await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
		const uri = vscode.Uri.joinPath(workspaceUri(), 'long-1mb.txt');
		await writeText(uri, text);
		api.takeLongestHostWork();
		const open = await longestBlock(async () => {
			const ms = await firstPaint(api, uri);
			const session = await api.whenDetected(uri, 300_000);
			return { ms, session };
		});
		reportFigure('open 1 MB article to first highlights', open.result.ms, 'ms');
		reportFigure('1 MB article: detection in the worker', open.result.session.lastDetection?.detectMs ?? -1, 'ms');
		reportFigure('longest extension-host block while opening 1 MB', open.longestMs, 'ms');
		reportOwnWork('while opening 1 MB');
		const painted = api.lastPaint(uri);
		reportFigure('1 MB article: entities', open.result.session.model.visibleEntities().length, 'entities');
		reportFigure('1 MB article: drawn only near the visible lines', painted?.visibleOnly ? 1 : 0, '(1 = yes)');

		const editor = vscode.window.activeTextEditor!;
		const middle = editor.document.positionAt(Math.floor(text.length / 2));
		const burst = await longestBlock(async () => {
			for (let i = 0; i < 40; i++) {
				await editor.edit((edit) => edit.insert(middle, 'x'));
			}
			await api.whenDetected(uri, 60_000);
		});
		reportFigure('longest extension-host block during 40 edits in the middle of 1 MB', burst.longestMs, 'ms');
		reportOwnWork('during 40 edits in the middle of 1 MB');
		const timed = performance.now();
		await editor.edit((edit) => edit.insert(middle, 'Alger '));
		await api.whenDetected(uri, 60_000);
		reportFigure('one edit in 1 MB to new detection result (end to end, incl. debounce-free path)', Math.round(performance.now() - timed), 'ms');

		const tree = await longestBlock(async () => {
			const node = (api.tree.getChildren(undefined) as TreeNode[]).find((n) => n.kind === 'article' && n.uri.path.endsWith('/long-1mb.txt'))!;
			return expandAll(api, node);
		});
		reportFigure('tree: nodes under the 1 MB article', tree.result.nodes, 'nodes');
		const slowest = tree.result.slowest;
		reportFigure('tree: slowest single expansion under the 1 MB article (children and their tree items)', Math.round(slowest.ms), `ms (${slowest.label}, ${slowest.children} children)`);
		reportFigure('longest extension-host block expanding its whole tree, node after node in one go', tree.longestMs, 'ms');
		reportOwnWork('during one more edit and the tree expansion');

		// Accepting every suggestion makes a sidecar of thousands of annotations; what does writing it cost?
		api.takeLongestHostWork();
		const acceptAll = await longestBlock(async () => {
			for (const type of ['LOC', 'PER', 'ORG', 'MISC', 'DATE']) {
				await vscode.commands.executeCommand('articleAnnotator.acceptAllOfType', type);
			}
			await api.flushAll();
		});
		const accepted = open.result.session.model.annotations.length;
		reportFigure(`longest extension-host block accepting every suggestion of the 1 MB article and writing its sidecar (${accepted} annotations)`, acceptAll.longestMs, 'ms');
		reportOwnWork(`accepting every suggestion and writing ${accepted} annotations`);
		const reopened = await longestBlock(async () => {
			const session = await api.reopen(uri);
			return session?.model.annotations.length ?? 0;
		});
		reportFigure(`longest extension-host block reopening the 1 MB article with its sidecar of ${reopened.result} annotations`, reopened.longestMs, 'ms');
		reportOwnWork(`reopening it with ${reopened.result} annotations`);
		assert.equal(reopened.result, accepted, 'every accepted annotation is read back');
		await vscode.commands.executeCommand('workbench.action.files.revert');
		assert.ok(open.result.session.model.visibleEntities().length > 1000);
		assert.ok(accepted > 1000, `accepted ${accepted}`);
	});
});
