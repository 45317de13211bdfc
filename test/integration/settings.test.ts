// Settings changed while articles are open, and commands where no article is.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ArticleAnnotatorApi } from '../../src/extension/container';
import { extensionApi, flushAndCloseEditors, recordNotifications, removeArticle, select, showArticle, sidecarOf, treeLine, until, workspaceUri, writeText } from './support';

const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('articleAnnotator');

/** Puts the settings a test changed back to their defaults, writes what is pending and closes the editors. */
async function resetSettings(api: ArticleAnnotatorApi, ...keys: string[]): Promise<void> {
	for (const key of keys) {
		await config().update(key, undefined, vscode.ConfigurationTarget.Workspace);
	}
	await api.flushAll();
	await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('settings changed while articles are open', () => {
	let api: ArticleAnnotatorApi;

	before(async () => {
		api = await extensionApi();
	});

	afterEach(flushAndCloseEditors);

	it('says so when the label set is changed to one that cannot be used, and uses the default labels meanwhile', async () => {
		const uri = vscode.Uri.joinPath(workspaceUri(), 'labels-invalid.txt');
		await writeText(uri, 'Le festival Vents du Sud a ouvert hier à Oran.\n');
		const notifications = recordNotifications();
		try {
			await showArticle(uri);
			await api.whenDetected(uri);
			await config().update('labels', [{ name: 'EVENT', description: 'Event', color: '#00aa88' }, { name: 'LOC', description: 'Place', color: '#5cb85c' }], vscode.ConfigurationTarget.Workspace);
			// two decoration types per label and state: with the type tag, and without it for right-to-left lines
			await until('two labels drawn', () => api.decorationTypeCount() === 8);
			assert.deepEqual(notifications.shown, [], 'a usable label set is taken in silently');
			// a lower-case name, as a person types it
			await config().update('labels', [{ name: 'event', description: 'Event', color: '#00aa88' }], vscode.ConfigurationTarget.Workspace);
			await until('the default labels drawn', () => api.decorationTypeCount() === 20);
			const warning = await until('a warning naming the setting and the problem', () => notifications.shown.find((line) => line.startsWith('warning:') && /articleAnnotator\.labels/.test(line)));
			assert.match(warning, /"event" must be 1-32 upper-case letters/);
			assert.match(warning, /default labels/);
			// an empty list
			notifications.shown.length = 0;
			await config().update('labels', [], vscode.ConfigurationTarget.Workspace);
			assert.match(await until('a warning about the empty set', () => notifications.shown.find((line) => /articleAnnotator\.labels/.test(line))), /empty/);
		} finally {
			notifications.restore();
			await resetSettings(api, 'labels');
			await removeArticle(uri);
		}
	});

	it('counts an open article as detected after a threshold change only once the detector answered with the new threshold', async () => {
		const uri = vscode.Uri.joinPath(workspaceUri(), 'threshold-raised.txt');
		await writeText(uri, 'Le président Tebboune a reçu à Alger le ministre Lavrov, puis la délégation de Sonatrach est partie pour Oran et Tamanrasset.\n');
		try {
			await showArticle(uri);
			const before = await api.whenDetected(uri);
			const weak = before.model.suggestions().filter((suggestion) => (suggestion.confidence ?? 1) < 0.95);
			assert.ok(weak.length > 0, 'some suggestions are under the new threshold');
			await config().update('detection.minConfidence', 0.95, vscode.ConfigurationTarget.Workspace);
			const after = await api.whenDetected(uri);
			const stillWeak = after.model.suggestions().filter((suggestion) => (suggestion.confidence ?? 1) < 0.95);
			assert.deepEqual(stillWeak.map((suggestion) => `${suggestion.text} ${suggestion.confidence}`), []);
		} finally {
			await resetSettings(api, 'detection.minConfidence');
			await removeArticle(uri);
		}
	});

	it('says which setting holds a value it cannot use (a number written as text, an unknown language) and what it uses instead', async () => {
		const uri = vscode.Uri.joinPath(workspaceUri(), 'settings-invalid.txt');
		await writeText(uri, 'Le président Karim Haddad a reçu à Alger le ministre Youri Valyaev.\n');
		const notifications = recordNotifications();
		try {
			await showArticle(uri);
			const session = await api.whenDetected(uri);
			const shown = session.model.suggestions().length;
			// as settings.json holds them when typed by hand
			await config().update('detection.minConfidence', '0.9', vscode.ConfigurationTarget.Workspace);
			const number = await until('a warning about the threshold', () => notifications.shown.find((line) => line.startsWith('warning:') && line.includes('detection.minConfidence')));
			assert.match(number, /must be a number, not "0\.9"; using 0\.3/);
			assert.equal(api.settings().minConfidence, 0.3, 'the default threshold, not 0 (which would show every weak guess)');
			await config().update('languages', ['fr', 'xx'], vscode.ConfigurationTarget.Workspace);
			const languages = await until('a warning about the languages', () => notifications.shown.find((line) => line.includes('articleAnnotator.languages')));
			assert.match(languages, /"xx"/);
			assert.match(languages, /using fr$|using fr\.$/);
			assert.deepEqual(api.settings().languages, ['fr']);
			assert.equal(notifications.shown.filter((line) => line.includes('detection.minConfidence')).length, 1, 'a problem already told is not told again at the next change');
			await until('suggestions again', () => session.model.suggestions().length === shown || undefined);
		} finally {
			notifications.restore();
			await resetSettings(api, 'detection.minConfidence', 'languages');
			await removeArticle(uri);
		}
	});

	it('Set Article Language… refuses a language left out of articleAnnotator.languages, which would give no suggestions', async () => {
		const uri = vscode.Uri.joinPath(workspaceUri(), 'language-not-used.txt');
		await writeText(uri, 'Le ministre est arrivé hier à Oran pour une visite de deux jours.\n');
		const notifications = recordNotifications();
		try {
			await config().update('languages', ['ar', 'fr'], vscode.ConfigurationTarget.Workspace);
			await until('the setting taken in', () => api.settings().languages.length === 2);
			await showArticle(uri);
			const session = await api.whenDetected(uri);
			await vscode.commands.executeCommand('articleAnnotator.setArticleLanguage', { uri: uri.toString(), language: 'en' });
			assert.deepEqual(notifications.shown, ['error: Article Annotator: English is not among the languages detection uses (articleAnnotator.languages: ar, fr); add it there first']);
			assert.equal(session.chosenLanguage, undefined);
			await vscode.commands.executeCommand('articleAnnotator.setArticleLanguage', { uri: uri.toString(), language: 'fr' });
			assert.equal(session.chosenLanguage, 'fr');
		} finally {
			notifications.restore();
			await resetSettings(api, 'languages');
			await removeArticle(uri);
		}
	});

	it('shows the hover of a label configured without a description without "undefined"', async () => {
		const uri = vscode.Uri.joinPath(workspaceUri(), 'labels-no-description.txt');
		const text = 'Le festival Vents du Sud a ouvert hier à Oran.\n';
		await writeText(uri, text);
		try {
			// the setting requires a name and a colour only
			await config().update('labels', [{ name: 'LOC', color: '#5cb85c' }, { name: 'EVENT', color: '#00aa88' }], vscode.ConfigurationTarget.Workspace);
			await until('two labels drawn', () => api.decorationTypeCount() === 8);
			const editor = await showArticle(uri);
			await api.whenDetected(uri);
			const at = text.indexOf('Vents du Sud');
			select(editor, at, at + 'Vents du Sud'.length);
			await vscode.commands.executeCommand('articleAnnotator.tagSelection', 'EVENT');
			const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, editor.document.positionAt(at + 2))) as vscode.Hover[];
			const shown = hovers.flatMap((hover) => hover.contents.map((part) => (typeof part === 'string' ? part : part.value))).join('\n');
			assert.match(shown, /\*\*EVENT\*\*/);
			assert.doesNotMatch(shown, /undefined/);
		} finally {
			await resetSettings(api, 'labels');
			await removeArticle(uri);
		}
	});

	it('draws a default label in the colour the label set gives it instead of the theme\'s, in the editor and the Documents tree', async () => {
		const uri = vscode.Uri.joinPath(workspaceUri(), 'labels-recoloured.txt');
		const text = 'La ministre Amina Belkacem a visité Oran avec la Sonelgaz.\n';
		await writeText(uri, text);
		// the types VS Code is asked to draw with (the test and the extension share the API object)
		const window = vscode.window as unknown as Record<'createTextEditorDecorationType', (options: vscode.DecorationRenderOptions) => vscode.TextEditorDecorationType>;
		const create = window.createTextEditorDecorationType;
		const made: vscode.DecorationRenderOptions[] = [];
		window.createTextEditorDecorationType = (options) => {
			made.push(options);
			return create(options);
		};
		try {
			const editor = await showArticle(uri);
			await api.whenDetected(uri);
			const at = text.indexOf('Amina Belkacem');
			select(editor, at, at + 'Amina Belkacem'.length);
			await vscode.commands.executeCommand('articleAnnotator.tagSelection', 'PER');
			const typeIcon = (type: string) => ((api.tree.getTreeItem({ kind: 'type', uri, type }).iconPath as vscode.ThemeIcon | undefined)?.color as vscode.ThemeColor | undefined)?.id;
			assert.equal(typeIcon('PER'), 'articleAnnotator.per.acceptedBorder', 'the theme\'s colour with the default set');
			// the default set as the settings editor copies it, PER recoloured
			const labels = (config().inspect<{ name: string; color: string }[]>('labels')?.defaultValue ?? []).map((label) => (label.name === 'PER' ? { ...label, color: '#ff0000' } : label));
			await config().update('labels', labels, vscode.ConfigurationTarget.Workspace);
			const per = await until('PER drawn in its new colour', () => made.find((options) => options.borderColor === '#ff0000' && options.borderStyle === 'solid'));
			assert.equal(per.backgroundColor, '#ff000047', 'filled with it too');
			const org = made.find((options) => options.borderColor instanceof vscode.ThemeColor && options.borderColor.id === 'articleAnnotator.org.acceptedBorder');
			assert.ok(org, 'ORG, left in its default colour, keeps the theme\'s');
			assert.equal(typeIcon('PER'), undefined, 'the tree no longer shows PER in the theme\'s orange');
			assert.equal(typeIcon('ORG'), 'articleAnnotator.org.acceptedBorder');
		} finally {
			window.createTextEditorDecorationType = create;
			await resetSettings(api, 'labels');
			await removeArticle(uri);
		}
	});

	it('shows, tells of and keeps annotations whose label is not in the label set (a label removed from the setting)', async () => {
		const uri = vscode.Uri.joinPath(workspaceUri(), 'labels-not-in-set.txt');
		const text = 'Le Salon du livre a ouvert hier à Oran.\n';
		const start = text.indexOf('Salon du livre');
		await writeText(uri, text);
		await writeText(sidecarOf(uri), ['version: 1', 'document: labels-not-in-set.txt', 'annotations:', '  - type: EVENT', `    start: ${start}`, `    end: ${start + 'Salon du livre'.length}`, '    text: Salon du livre', '    status: accepted', ''].join('\n'));
		const notifications = recordNotifications();
		try {
			const editor = await showArticle(uri);
			const session = await api.whenDetected(uri);
			await until('the EVENT annotation drawn', () => api.lastPaint(uri)?.drawn['EVENT.accepted'] === 1);
			const told = await until('a warning naming the label', () => notifications.shown.find((line) => /EVENT/.test(line)));
			assert.match(told, /^warning: .*not in articleAnnotator\.labels: EVENT \(1\).*kept/, told);
			const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, editor.document.positionAt(start + 2))) as vscode.Hover[];
			const shown = hovers.flatMap((hover) => hover.contents.map((part) => (typeof part === 'string' ? part : part.value))).join('\n');
			assert.match(shown, /\*\*EVENT\*\*.*not in the label set.*kept/, shown);
			// a decision elsewhere writes the sidecar: the EVENT annotation stays in it
			const at = text.indexOf('Oran');
			select(editor, at, at + 'Oran'.length);
			await vscode.commands.executeCommand('articleAnnotator.tagSelection', 'LOC');
			await session.flush();
			const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecarOf(uri)));
			assert.match(saved, /type: EVENT/, saved);
			assert.match(saved, /type: LOC/, saved);
		} finally {
			notifications.restore();
			await api.flushAll();
			await vscode.commands.executeCommand('workbench.action.closeAllEditors');
			await removeArticle(uri);
		}
	});

	it('shows a label description as written in the hover, not as markdown or links', async () => {
		const uri = vscode.Uri.joinPath(workspaceUri(), 'labels-markdown-description.txt');
		const text = 'Le festival Vents du Sud a ouvert hier à Oran.\n';
		await writeText(uri, text);
		try {
			await config().update('labels', [{ name: 'EVENT', description: 'Event *or* [festival](command:articleAnnotator.untag)', color: '#00aa88' }, { name: 'LOC', color: '#5cb85c' }], vscode.ConfigurationTarget.Workspace);
			await until('two labels drawn', () => api.decorationTypeCount() === 8);
			const editor = await showArticle(uri);
			await api.whenDetected(uri);
			const at = text.indexOf('Vents du Sud');
			select(editor, at, at + 'Vents du Sud'.length);
			await vscode.commands.executeCommand('articleAnnotator.tagSelection', 'EVENT');
			const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, editor.document.positionAt(at + 2))) as vscode.Hover[];
			const shown = hovers.flatMap((hover) => hover.contents.map((part) => (typeof part === 'string' ? part : part.value))).join('\n');
			assert.match(shown, /\\\*or\\\*/, `the description's asterisks are shown, not read as emphasis: ${shown}`);
			assert.doesNotMatch(shown, /\[festival\]\(command:/, 'no link made from the description');
		} finally {
			await resetSettings(api, 'labels');
			await removeArticle(uri);
		}
	});

	it('stores the author setting with each decision made while it is set', async () => {
		const uri = vscode.Uri.joinPath(workspaceUri(), 'author-setting.txt');
		const text = 'Le ministre Karim Haddad a reçu à Oran le maire de Tlemcen.\n';
		await writeText(uri, text);
		try {
			await config().update('author', 'Leila B.', vscode.ConfigurationTarget.Workspace);
			const editor = await showArticle(uri);
			const session = await api.whenDetected(uri);
			const at = text.indexOf('Oran');
			select(editor, at, at + 'Oran'.length);
			await vscode.commands.executeCommand('articleAnnotator.tagSelection', 'LOC');
			await session.flush();
			const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecarOf(uri)));
			assert.match(saved, /text: Oran\n(?: {4}\S.*\n)*? {4}author: Leila B\.\n/, saved);
		} finally {
			await resetSettings(api, 'author');
			await removeArticle(uri);
		}
	});

	it('offers in the type list the review-mode key of each label, in the order of the label set', async () => {
		const uri = vscode.Uri.joinPath(workspaceUri(), 'labels-review-keys.txt');
		const text = 'Le festival Vents du Sud a ouvert hier à Oran.\n';
		await writeText(uri, text);
		const window = vscode.window as unknown as { showQuickPick: (...args: unknown[]) => unknown };
		const showQuickPick = window.showQuickPick;
		const offered: vscode.QuickPickItem[] = [];
		try {
			// a label of its own first, then two of the default labels, in another order
			await config().update('labels', [{ name: 'EVENT', description: 'Event', color: '#00aa88' }, { name: 'LOC', description: 'Place', color: '#5cb85c' }, { name: 'PER', description: 'Person', color: '#e8a33d' }], vscode.ConfigurationTarget.Workspace);
			await until('three labels drawn', () => api.decorationTypeCount() === 12);
			const editor = await showArticle(uri);
			await api.whenDetected(uri);
			window.showQuickPick = async (items: unknown) => {
				offered.push(...(await (items as Promise<vscode.QuickPickItem[]>)));
				return undefined;
			};
			const at = text.indexOf('Oran');
			select(editor, at, at + 4);
			await vscode.commands.executeCommand('articleAnnotator.tagSelection');
			const detail = (name: string) => offered.find((item) => item.label === name)?.detail;
			assert.deepEqual(offered.map((item) => item.label), ['EVENT', 'LOC', 'PER']);
			// review mode's key n sets the n-th label as listed
			assert.equal(detail('EVENT'), 'Review mode key: 1');
			assert.equal(detail('LOC'), 'Review mode key: 2');
			assert.equal(detail('PER'), 'Review mode key: 3');
		} finally {
			window.showQuickPick = showQuickPick;
			await resetSettings(api, 'labels');
			// its session ended before its file goes: an open article deleted keeps its decisions aside,
			// and they would follow the next file of the same text a later test writes
			await removeArticle(uri);
		}
	});

	it('says to save an untitled file before annotating it, instead of failing on its sidecar', async () => {
		const notifications = recordNotifications();
		try {
			const document = await vscode.workspace.openTextDocument({ content: 'Le président Tebboune a reçu Lavrov à Alger.', language: 'plaintext' });
			await vscode.window.showTextDocument(document);
			await vscode.commands.executeCommand('articleAnnotator.annotateFile');
			const told = await until('a message', () => notifications.shown[0]);
			assert.match(told, /^information: .*save .*first/i);
			assert.equal(await api.session(document.uri), undefined, 'no session: its decisions could be written nowhere');
			// the commands that act on an article say there is none here
			await vscode.commands.executeCommand('articleAnnotator.tagSelection', 'PER');
			await new Promise((resolve) => setTimeout(resolve, 300));
			// (decisions another test left unwritten, offered when a file of their text appears, are no answer to these commands)
			assert.deepEqual(notifications.shown.filter((line) => !line.startsWith('information:') && !/were never written to its sidecar/.test(line)), [], 'no error or warning');
		} finally {
			notifications.restore();
			await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
		}
	});

	it('annotates an open file that an article glob added since matches', async () => {
		const folder = vscode.Uri.joinPath(workspaceUri(), 'globs-added');
		const uri = vscode.Uri.joinPath(folder, 'note.md');
		await writeText(uri, 'Le président Tebboune a reçu Lavrov à Alger.\n');
		try {
			await showArticle(uri);
			await new Promise((resolve) => setTimeout(resolve, 300));
			assert.equal(api.paintedRanges(uri), undefined, 'not an article yet');
			await config().update('articleGlobs', ['**/seeds/**/*.txt', '**/globs-added/*.md'], vscode.ConfigurationTarget.Workspace);
			const painted = await until('its suggestions drawn', () => {
				const ranges = api.paintedRanges(uri);
				return ranges && Object.values(ranges).some((list) => list.length > 0) ? ranges : undefined;
			});
			assert.ok(painted['LOC.suggested']?.length, JSON.stringify(painted));
		} finally {
			await resetSettings(api, 'articleGlobs');
			await vscode.workspace.fs.delete(folder, { recursive: true });
		}
	});

	it('says how large a sidecar is, and what the limit is, when the size limit is lowered under it', async () => {
		const uri = vscode.Uri.joinPath(workspaceUri(), 'limit-lowered.txt');
		const text = 'Le président Tebboune a reçu Lavrov à Alger, puis à Oran.\n';
		await writeText(uri, text);
		// a valid sidecar of 1.3 MB (comments make up the size)
		const at = text.indexOf('Alger');
		const sidecar = ['version: 1', 'document: limit-lowered.txt', 'annotations:', '  - type: LOC', `    start: ${at}`, `    end: ${at + 5}`, '    text: Alger', '    status: accepted', '    id: kept1', ''].join('\n');
		const bytes = new TextEncoder().encode(`${sidecar}${'# une ligne de commentaire pour grossir\n'.repeat(35_000)}`);
		await vscode.workspace.fs.writeFile(sidecarOf(uri), bytes);
		const notifications = recordNotifications();
		try {
			const editor = await showArticle(uri);
			const session = await api.whenDetected(uri);
			assert.equal(session.model.annotations.length, 1, 'read under the default limit');
			await config().update('limits.maxSidecarMegabytes', 1, vscode.ConfigurationTarget.Workspace);
			const oran = text.indexOf('Oran');
			select(editor, oran, oran + 4);
			await vscode.commands.executeCommand('articleAnnotator.tagSelection', 'LOC');
			await session.flush();
			const error = await until('the error', () => notifications.shown.find((line) => line.startsWith('error:')));
			// it did not grow: the limit was lowered under it
			assert.doesNotMatch(error, /grew/);
			assert.match(error, /is 1\.3 MB on disk, over the 1 MB limit \(articleAnnotator\.limits\.maxSidecarMegabytes\); not overwritten/);
			assert.ok(Buffer.from(await vscode.workspace.fs.readFile(sidecarOf(uri))).equals(bytes), 'left untouched');
			assert.equal((await api.recoveries(uri)).length, 1, 'the decision is kept aside');
			// opened again: read-only, saying by how much
			const reopened = await api.reopen(uri);
			assert.match(reopened?.readOnlyReason ?? '', /^is 1\.3 MB, over the 1 MB limit/);
		} finally {
			notifications.restore();
			await resetSettings(api, 'limits.maxSidecarMegabytes');
			for (const { uri: record } of await api.recoveries(uri)) {
				await vscode.workspace.fs.delete(record);
			}
			await removeArticle(uri);
		}
	});

	it('does not annotate an article opened over the article size limit, and says why', async () => {
		const uri = vscode.Uri.joinPath(workspaceUri(), 'limit-article.txt');
		await writeText(uri, 'Le président Tebboune a reçu Lavrov à Alger, puis à Oran.\n'.repeat(22_000));
		const notifications = recordNotifications();
		try {
			await config().update('limits.maxArticleMegabytes', 1, vscode.ConfigurationTarget.Workspace);
			await showArticle(uri);
			const told = await until('a message', () => notifications.shown.find((line) => /limit-article\.txt/.test(line)));
			assert.match(told, /^information: .*limit-article\.txt is 1\.3 MB, over the 1 MB limit \(articleAnnotator\.limits\.maxArticleMegabytes\)/);
			assert.equal(await api.session(uri), undefined, 'larger files are not articles (README, settings)');
			assert.equal(api.paintedRanges(uri), undefined, 'nothing detected nor drawn');
		} finally {
			notifications.restore();
			await resetSettings(api, 'limits.maxArticleMegabytes');
			await removeArticle(uri);
		}
	});

	it('reads an article the Documents tree listed as over the size limit again once the limit is raised', async () => {
		const uri = vscode.Uri.joinPath(workspaceUri(), 'limit-raised.txt');
		try {
			await config().update('limits.maxArticleMegabytes', 1, vscode.ConfigurationTarget.Workspace);
			await writeText(uri, 'La ministre a visité hier le port de Béjaïa avec le wali.\n'.repeat(22_000));
			await until('the line saying the article is too large', () => /over the 1 MB limit/.test(treeLine(api, uri) ?? ''));
			await config().update('limits.maxArticleMegabytes', 2, vscode.ConfigurationTarget.Workspace);
			await until('the article read under the raised limit', () => /^limit-raised\.txt · fr /.test(treeLine(api, uri) ?? ''), 30_000);
		} finally {
			await resetSettings(api, 'limits.maxArticleMegabytes');
			await removeArticle(uri);
		}
	});

	it('draws again at once with the new highlight limits when they change', async () => {
		const uri = vscode.Uri.joinPath(workspaceUri(), 'limit-highlights.txt');
		await writeText(uri, 'Le ministre est arrivé hier à Oran.\n'.repeat(300));
		try {
			await showArticle(uri);
			await api.whenDetected(uri);
			const drawn = () => api.lastPaint(uri)?.drawn['LOC.suggested'] ?? 0;
			await until('every place drawn', () => drawn() === 300);
			// fewer drawn per type: what is over the limit goes (the notice names the setting)
			await config().update('decorations.maxPerType', 100, vscode.ConfigurationTarget.Workspace);
			await until('100 places drawn', () => drawn() === 100, 5_000);
			assert.equal(api.lastPaint(uri)?.cappedOut, 400, 'as many places and dates («hier») left out');
			// raised again (as the notice suggests): every place comes back without an edit
			await config().update('decorations.maxPerType', undefined, vscode.ConfigurationTarget.Workspace);
			await until('every place drawn again', () => drawn() === 300, 5_000);
			// drawing only near the visible lines above 100 entities
			await config().update('decorations.visibleRangesOnlyAbove', 100, vscode.ConfigurationTarget.Workspace);
			await until('only the visible part drawn', () => api.lastPaint(uri)?.visibleOnly, 5_000);
		} finally {
			await config().update('decorations.maxPerType', undefined, vscode.ConfigurationTarget.Workspace);
			await config().update('decorations.visibleRangesOnlyAbove', undefined, vscode.ConfigurationTarget.Workspace);
			await vscode.commands.executeCommand('workbench.action.closeAllEditors');
			await removeArticle(uri);
		}
	});

	it('finds the articles of the other globs when one article glob cannot be used, and says which', async () => {
		const folder = vscode.Uri.joinPath(workspaceUri(), 'globs-odd');
		const closed = vscode.Uri.joinPath(folder, 'closed.md');
		await writeText(closed, 'Le ministre est arrivé hier à Paris.\n');
		const notifications = recordNotifications();
		try {
			// a character class left open, as a person types it
			await config().update('articleGlobs', ['**/seeds/**/*.txt', 'notes/[', '**/globs-odd/*.md'], vscode.ConfigurationTarget.Workspace);
			await until('the article of the good glob listed', () => treeLine(api, closed), 10_000);
			const warning = await until('a warning naming the glob', () => notifications.shown.find((line) => /notes\/\[/.test(line)));
			assert.match(warning, /^warning: .*articleAnnotator\.articleGlobs/);
		} finally {
			notifications.restore();
			await config().update('articleGlobs', undefined, vscode.ConfigurationTarget.Workspace);
			await vscode.workspace.fs.delete(folder, { recursive: true });
		}
	});
});
