// Checks the test harness itself: a real VS Code runs these tests with the seeds folder open.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

describe('integration harness', () => {
	it('opens a copy of the seeds folder in a real VS Code', async () => {
		assert.ok(vscode.env.appName, 'vscode.env.appName should be set');
		const folders = vscode.workspace.workspaceFolders ?? [];
		assert.equal(folders.length, 1, 'exactly one workspace folder should be open');
		// The runner hands the same folder to the tests through the environment; this also checks
		// that its environment variables reach the extension host.
		assert.equal(folders[0].uri.fsPath, process.env.ARTICLE_ANNOTATOR_TEST_WORKSPACE);

		// Other tests add their own articles to the workspace; the seeds are the numbered ones.
		const articles = await vscode.workspace.findFiles('*.txt');
		const names = articles.map((uri) => uri.path.split('/').pop()).filter((name) => /^\d{3}_/.test(name ?? '')).sort();
		assert.equal(names.length, 5, `expected the five seed articles, found: ${names.join(', ')}`);
		for (const name of names) assert.match(name ?? '', /^\d{3}_[0-9a-f]{16}\.txt$/);
	});
});
