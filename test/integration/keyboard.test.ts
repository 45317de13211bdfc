// Keyboard-first annotation as a person coming from Prodigy, INCEpTION or brat works: deciding in
// a row, several cursors, Arabic words with proclitics, and the keys themselves, pressed for real
// in the workbench where the runner can (code-server).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ArticleAnnotatorApi } from '../../src/extension/container';
import type { ArticleSession } from '../../src/extension/session';
import { canPressKeys, extensionApi, flushAndCloseEditors, pressKeys, recordNotifications, removeArticle, select, showNewArticle, until, workspaceUri } from './support';

describe('keyboard-first annotation in VS Code', () => {
	let api: ArticleAnnotatorApi;

	before(async () => {
		api = await extensionApi();
	});

	/** Runs `body` on a new article `name` with `labels` as the workspace's label set; then the default labels are back and the article gone. */
	async function withLabelsAndArticle(labels: readonly object[], name: string, text: string, body: (editor: vscode.TextEditor, session: ArticleSession) => Promise<void>): Promise<void> {
		const config = vscode.workspace.getConfiguration('articleAnnotator');
		await config.update('labels', labels, vscode.ConfigurationTarget.Workspace);
		const uri = vscode.Uri.joinPath(workspaceUri(), name);
		try {
			// one decoration type per label and state (four states)
			await until(`${labels.length} labels drawn`, () => api.decorationTypeCount() === 4 * labels.length);
			const { editor } = await showNewArticle(name, text);
			await body(editor, await api.whenDetected(uri));
		} finally {
			await config.update('labels', undefined, vscode.ConfigurationTarget.Workspace);
			await until('the default labels drawn again', () => api.decorationTypeCount() === 20);
			// its session ended first: decisions of an open article deleted are kept aside, to be asked about later in another test
			await removeArticle(uri);
		}
	}

	afterEach(async () => {
		if (api.reviewMode()) {
			await vscode.commands.executeCommand('articleAnnotator.toggleReviewMode');
		}
		for (const editor of vscode.window.visibleTextEditors) {
			if (editor.document.isDirty) {
				await vscode.window.showTextDocument(editor.document);
				await vscode.commands.executeCommand('workbench.action.files.revert');
			}
		}
		await flushAndCloseEditors();
	});

	it('goes on from the last suggestion decided to the first one left above it, as Go to Next Suggestion does', async () => {
		const text = 'Karim Haddad est arrivé à Oran hier avec Youri Valyaev.\n';
		const { uri, editor } = await showNewArticle('keys-wrap.txt', text);
		const session = await api.whenDetected(uri);
		const suggestions = session.model.suggestions();
		assert.ok(suggestions.length >= 2, `suggestions: ${suggestions.map((s) => s.text).join(', ')}`);
		const [first, last] = [suggestions[0], suggestions[suggestions.length - 1]];
		select(editor, last.start, last.start);
		await vscode.commands.executeCommand('articleAnnotator.acceptSuggestion');
		assert.deepEqual(session.model.annotations.map((annotation) => annotation.text), [last.text]);
		assert.equal(editor.document.getText(editor.selection), first.text, 'the cursor is on the first suggestion left');
		await vscode.commands.executeCommand('articleAnnotator.rejectSuggestion');
		assert.equal(session.model.annotations.find((annotation) => annotation.text === first.text)?.status, 'rejected', 'so the next key decides it');
	});

	it('tags three selections as one decision: one Undo Last Decision takes all three back', async () => {
		const text = 'Karim Haddad a vu Oran et Alger puis Tlemcen.\n';
		const { uri, editor } = await showNewArticle('keys-three-selections.txt', text);
		const session = await api.whenDetected(uri);
		const names = ['Oran', 'Alger', 'Tlemcen'];
		editor.selections = names.map((name) => new vscode.Selection(editor.document.positionAt(text.indexOf(name)), editor.document.positionAt(text.indexOf(name) + name.length)));
		await vscode.commands.executeCommand('articleAnnotator.tagSelection', 'MISC');
		assert.deepEqual(session.model.annotations.map((annotation) => `${annotation.text}:${annotation.type}`), names.map((name) => `${name}:MISC`));
		await vscode.commands.executeCommand('articleAnnotator.undoDecision');
		assert.deepEqual(session.model.annotations.map((annotation) => annotation.text), [], 'one undo for the three, as for Accept at several cursors');
	});

	it('accepts the Arabic name after the cursor when the cursor stands before its proclitics, at the word\'s right-hand edge', async () => {
		const text = 'وصل الوزير إلى وبالجزائر أمس.\n';
		const { uri, editor } = await showNewArticle('keys-proclitic-cursor.txt', text);
		const session = await api.whenDetected(uri);
		const word = text.indexOf('وبالجزائر');
		const name = session.model.suggestions().find((suggestion) => suggestion.text === 'الجزائر');
		assert.ok(name, `الجزائر is suggested: ${session.model.suggestions().map((s) => s.text).join(', ')}`);
		assert.equal(name.start, word + 2, 'without its proclitics');
		for (const cursor of [word, word + 1]) {
			select(editor, cursor, cursor);
			await vscode.commands.executeCommand('articleAnnotator.acceptSuggestion');
			assert.deepEqual(session.model.annotations.map((annotation) => `${annotation.text}:${annotation.status}`), ['الجزائر:accepted'], `the cursor ${cursor - word} before the name`);
			await vscode.commands.executeCommand('articleAnnotator.undoDecision');
		}
		// one of several cursors there too
		const later = session.model.suggestions().find((suggestion) => suggestion.start > name.end);
		assert.ok(later, 'another suggestion after it');
		editor.selections = [word, later.start].map((offset) => new vscode.Selection(editor.document.positionAt(offset), editor.document.positionAt(offset)));
		await vscode.commands.executeCommand('articleAnnotator.rejectSuggestion');
		assert.deepEqual(session.model.annotations.map((annotation) => `${annotation.text}:${annotation.status}`), ['الجزائر:rejected', `${later.text}:rejected`]);
	});

	it('leaves Esc to VS Code in review mode while it has something to close: several cursors, a notification', async function () {
		if (!canPressKeys()) {
			this.skip();
		}
		const text = 'Karim Haddad est arrivé à Oran hier avec Youri Valyaev.\n';
		const { uri, editor } = await showNewArticle('keys-review-escape.txt', text);
		const session = await api.whenDetected(uri);
		const [first, second] = session.model.suggestions();
		assert.ok(second, 'two suggestions');
		// earlier tests' notifications would take the first Esc
		await vscode.commands.executeCommand('notifications.clearAll');
		await vscode.commands.executeCommand('articleAnnotator.toggleReviewMode');
		editor.selections = [first, second].map((suggestion) => new vscode.Selection(editor.document.positionAt(suggestion.start), editor.document.positionAt(suggestion.start)));
		await pressKeys('Escape');
		await until('one cursor left', () => editor.selections.length === 1);
		assert.ok(api.reviewMode(), 'Esc took the other cursors away, and review goes on');
		void vscode.window.showInformationMessage('Article Annotator test: a notification to close');
		await new Promise((resolve) => setTimeout(resolve, 500));
		await pressKeys('Escape');
		await new Promise((resolve) => setTimeout(resolve, 500));
		assert.ok(api.reviewMode(), 'Esc closed the notification, and review goes on');
		await pressKeys('a');
		await until('the key accepted a suggestion', () => session.model.annotations.length === 1);
		assert.equal(editor.document.getText(), text, 'the article is not edited');
		await pressKeys('Escape');
		await until('review mode left', () => !api.reviewMode());
	});

	it('undoes with Z and redoes with Shift+Z in review mode, and with Ctrl+Alt+Z and Ctrl+Shift+Alt+Z outside it', async function () {
		if (!canPressKeys()) {
			this.skip();
		}
		const text = 'Karim Haddad est arrivé à Oran hier.\n';
		const { uri, editor } = await showNewArticle('keys-redo.txt', text);
		const session = await api.whenDetected(uri);
		const [first] = session.model.suggestions();
		assert.ok(first, 'a suggestion');
		await vscode.commands.executeCommand('notifications.clearAll');
		const decided = () => session.model.annotations.map((annotation) => `${annotation.text}:${annotation.status}`).join(', ');
		select(editor, first.start, first.start);
		await vscode.commands.executeCommand('articleAnnotator.acceptSuggestion');
		const accepted = `${first.text}:accepted`;
		for (const [undoKey, redoKey, reviewing] of [['Control+Alt+KeyZ', 'Control+Shift+Alt+KeyZ', false], ['z', 'Shift+KeyZ', true]] as const) {
			if (reviewing) {
				await vscode.commands.executeCommand('articleAnnotator.toggleReviewMode');
			}
			await pressKeys(undoKey);
			await until(`${undoKey} to undo`, () => decided() === '');
			await pressKeys(redoKey);
			await until(`${redoKey} to redo`, () => decided() === accepted);
		}
		assert.equal(editor.document.getText(), text, 'the article is not edited');
		await vscode.commands.executeCommand('articleAnnotator.toggleReviewMode');
	});

	it('sets with each number key in review mode the label at that place of the configured label set, and says so for a key with none', async function () {
		if (!canPressKeys()) {
			this.skip();
		}
		const text = 'Karim Haddad est arrivé à Oran pour le Salon du livre.\n';
		// a label added before the defaults, one of them kept, the others removed
		await withLabelsAndArticle([{ name: 'EVENT', color: '#00aa88' }, { name: 'LOC', description: 'Place', color: '#5cb85c' }, { name: 'PER', description: 'Person', color: '#e8a33d' }], 'keys-review-labels.txt', text, async (editor, session) => {
			await vscode.commands.executeCommand('notifications.clearAll');
			await vscode.commands.executeCommand('articleAnnotator.toggleReviewMode');
			const typed = (name: string) => session.model.annotations.find((annotation) => annotation.text === name)?.type;
			for (const [name, key, type] of [['Salon du livre', '1', 'EVENT'], ['Karim Haddad', '3', 'PER'], ['Oran', '2', 'LOC']] as const) {
				select(editor, text.indexOf(name), text.indexOf(name) + name.length);
				await pressKeys(key);
				await until(`key ${key} to make «${name}» ${type}`, () => typed(name) === type);
			}
			const messages = recordNotifications({ statusBar: true });
			try {
				select(editor, text.indexOf('Oran'), text.indexOf('Oran') + 'Oran'.length);
				await pressKeys('4');
				const said = await until('a message for the key past the label set', () => messages.shown.find((line) => /key 4/.test(line)));
				assert.match(said, /1 EVENT · 2 LOC · 3 PER/, said);
			} finally {
				messages.restore();
			}
			assert.equal(typed('Oran'), 'LOC', 'key 4 changed nothing');
			assert.equal(editor.document.getText(), text, 'the article is not edited');
		});
	});

	it('tags with Ctrl+Alt+P, G and L the labels of a set spelled out in full (PERSON, ORGANIZATION, LOCATION)', async function () {
		if (!canPressKeys()) {
			this.skip();
		}
		const text = 'Karim Haddad de la Sonelgaz est arrivé à Oran.\n';
		await withLabelsAndArticle([{ name: 'PERSON', color: '#e8a33d' }, { name: 'ORGANIZATION', color: '#5b8def' }, { name: 'LOCATION', color: '#5cb85c' }], 'keys-spelled-labels.txt', text, async (editor, session) => {
			const typed = (name: string) => session.model.annotations.find((annotation) => annotation.text === name)?.type;
			for (const [name, key, type] of [['Karim Haddad', 'Control+Alt+KeyP', 'PERSON'], ['Sonelgaz', 'Control+Alt+KeyG', 'ORGANIZATION'], ['Oran', 'Control+Alt+KeyL', 'LOCATION']] as const) {
				select(editor, text.indexOf(name), text.indexOf(name) + name.length);
				await pressKeys(key);
				await until(`${key} to make «${name}» ${type}`, () => typed(name) === type);
			}
			// a label no key's name starts: told which, nothing tagged
			select(editor, text.indexOf('arrivé'), text.indexOf('arrivé') + 'arrivé'.length);
			const messages = recordNotifications();
			try {
				await vscode.commands.executeCommand('articleAnnotator.tagSelection', 'MISC');
				const said = await until('the error', () => messages.shown.find((line) => line.startsWith('error:')));
				assert.match(said, /"MISC" is not in the label set \(PERSON, ORGANIZATION, LOCATION\).*Keyboard Shortcuts/, said);
			} finally {
				messages.restore();
			}
			assert.equal(typed('arrivé'), undefined);
		});
	});

	it('leaves Alt+] and Alt+[ to VS Code\'s inline suggestions (Copilot\'s next and previous) while one is shown', async function () {
		if (!canPressKeys()) {
			this.skip();
		}
		const text = 'Karim Haddad est arrivé à Oran hier.\n';
		const { uri, editor } = await showNewArticle('keys-inline-completion.txt', text);
		const session = await api.whenDetected(uri);
		assert.ok(session.model.suggestions().length > 0, 'a suggestion to go to');
		let asked = 0;
		const provider = vscode.languages.registerInlineCompletionItemProvider({ pattern: '**/keys-inline-completion.txt' }, {
			provideInlineCompletionItems: (document, position) => {
				asked++;
				return [new vscode.InlineCompletionItem(' Il repart demain.', new vscode.Range(position, position)), new vscode.InlineCompletionItem(' Il reste une semaine.', new vscode.Range(position, position))];
			},
		});
		try {
			await vscode.commands.executeCommand('notifications.clearAll');
			const end = text.indexOf('\n');
			select(editor, end, end);
			await vscode.commands.executeCommand('editor.action.inlineSuggest.trigger');
			await until('the inline suggestion asked for', () => asked > 0);
			await new Promise((resolve) => setTimeout(resolve, 500));
			for (const key of ['Alt+BracketRight', 'Alt+BracketLeft']) {
				await pressKeys(key);
				await new Promise((resolve) => setTimeout(resolve, 500));
				assert.equal(editor.document.offsetAt(editor.selection.active), end, `${key} went to VS Code's inline suggestions, not to our next or previous suggestion`);
			}
			await pressKeys('Escape');
			await new Promise((resolve) => setTimeout(resolve, 300));
			await pressKeys('Alt+BracketRight');
			await until('with no inline suggestion shown, Alt+] goes to the next suggestion', () => editor.document.offsetAt(editor.selection.active) !== end);
			assert.equal(editor.document.getText(), text, 'nothing inserted');
		} finally {
			provider.dispose();
		}
	});

	it('tags with Ctrl+Alt+G (ORG) and Ctrl+Alt+P (PER), and goes to the next article to review with Ctrl+Alt+PageDown, keys VS Code leaves free in an editor', async function () {
		if (!canPressKeys()) {
			this.skip();
		}
		const text = 'Karim Haddad a rencontré la Sonatrach à Oran.\n';
		const { uri, editor } = await showNewArticle('keys-free-chords.txt', text);
		const session = await api.whenDetected(uri);
		await vscode.commands.executeCommand('notifications.clearAll');
		const typed = (name: string) => session.model.annotations.find((annotation) => annotation.text === name)?.type;
		for (const [name, keys, type] of [['Sonatrach', 'Control+Alt+KeyG', 'ORG'], ['Karim Haddad', 'Control+Alt+KeyP', 'PER']] as const) {
			select(editor, text.indexOf(name), text.indexOf(name) + name.length);
			await pressKeys(keys);
			await until(`${keys} to tag «${name}» ${type}`, () => typed(name) === type);
		}
		await pressKeys('Control+Alt+PageDown');
		await until('another article opened', () => vscode.window.activeTextEditor && vscode.window.activeTextEditor.document.uri.toString() !== uri.toString());
		assert.equal(vscode.window.activeTextEditor?.document.isUntitled, false, 'no new untitled file');
	});

	it('puts the cursor back on the suggestion whose decision Z undid in review mode, to decide it again', async function () {
		if (!canPressKeys()) {
			this.skip();
		}
		const text = 'Karim Haddad est arrivé à Oran hier avec Youri Valyaev.\n';
		const { uri, editor } = await showNewArticle('keys-review-undo.txt', text);
		const session = await api.whenDetected(uri);
		const [first, second] = session.model.suggestions();
		assert.ok(second, 'two suggestions');
		await vscode.commands.executeCommand('notifications.clearAll');
		await vscode.commands.executeCommand('articleAnnotator.toggleReviewMode');
		select(editor, first.start, first.start);
		await pressKeys('a');
		await until('accepted, and the cursor on the next suggestion', () => session.model.annotations.length === 1 && editor.document.offsetAt(editor.selection.start) === second.start);
		await pressKeys('z');
		await until('the decision undone', () => session.model.annotations.length === 0);
		await until('the cursor back on the suggestion undone', () => editor.document.getText(editor.selection) === first.text && editor.document.offsetAt(editor.selection.start) === first.start);
		await pressKeys('x');
		await until('the next key decides it again', () => session.model.annotations.find((annotation) => annotation.text === first.text)?.status === 'rejected');
	});

	it('shows the hover of the suggestion review mode selected when asked from the keyboard (Show Hover at the cursor, just past the name)', async () => {
		const text = 'Karim Haddad est arrivé à Oran hier avec Youri Valyaev.\n';
		const { uri, editor } = await showNewArticle('keys-review-hover.txt', text);
		const session = await api.whenDetected(uri);
		await vscode.commands.executeCommand('articleAnnotator.toggleReviewMode');
		const [first] = session.model.suggestions();
		assert.equal(editor.document.getText(editor.selection), first.text, 'review selects the first suggestion');
		const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, editor.selection.active)) as vscode.Hover[];
		const shown = hovers.flatMap((hover) => hover.contents.map((part) => (typeof part === 'string' ? part : part.value))).join('\n');
		assert.match(shown, new RegExp(`\\*\\*${first.type}\\*\\*`), `the hover of «${first.text}»: ${shown}`);
		assert.match(shown, /suggestion, not reviewed yet/);
		// the mouse just past a name that is not selected shows nothing
		select(editor, first.end, first.end);
		const after = (await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, editor.document.positionAt(first.end))) as vscode.Hover[];
		assert.ok(!after.some((hover) => hover.contents.some((part) => (typeof part === 'string' ? part : part.value).includes(`**${first.type}**`))), 'no hover past an unselected name');
	});

	it('goes on to the next suggestion after tagging the one selected (review mode\'s T, Ctrl+Alt+P…), as after Accept or a number key', async () => {
		const text = 'Karim Haddad est arrivé à Oran hier avec Youri Valyaev, un zorblatt.\n';
		const { uri, editor } = await showNewArticle('keys-tag-advance.txt', text);
		const session = await api.whenDetected(uri);
		await vscode.commands.executeCommand('articleAnnotator.toggleReviewMode');
		const [first, second] = session.model.suggestions();
		assert.ok(second, 'two suggestions');
		assert.equal(editor.document.getText(editor.selection), first.text, 'review selects the first suggestion');
		// its own type (names accepted are suggested across the workspace, other tests' articles too)
		await vscode.commands.executeCommand('articleAnnotator.tagSelection', first.type);
		assert.equal(session.model.annotations.find((annotation) => annotation.text === first.text)?.status, 'accepted');
		assert.equal(editor.document.offsetAt(editor.selection.start), second.start, 'the cursor is on the next suggestion');
		// a selection that is no suggestion is tagged where it is, the cursor left there
		// (a word no other test's article holds)
		const word = text.indexOf('zorblatt');
		assert.ok(!session.model.entityAt(word), 'no suggestion there');
		select(editor, word, word + 'zorblatt'.length);
		await vscode.commands.executeCommand('articleAnnotator.tagSelection', 'MISC');
		assert.equal(editor.document.getText(editor.selection), 'zorblatt');
		await removeArticle(uri);
	});

	it('says once, without an article open, to open one: Change Type and Note added «no entity at the cursor»', async () => {
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
		for (const command of ['articleAnnotator.changeType', 'articleAnnotator.editNote', 'articleAnnotator.untag']) {
			const messages = recordNotifications({ statusBar: true });
			try {
				await vscode.commands.executeCommand(command);
			} finally {
				messages.restore();
			}
			assert.deepEqual(messages.shown, ['information: Article Annotator: open an article first (or run "Annotate This File as an Article").'], command);
		}
	});

	it('leaves Tab to move the focus in review mode when Tab moves focus (Ctrl+M), as keyboard and screen reader users set it', async function () {
		if (!canPressKeys()) {
			this.skip();
		}
		const text = 'Karim Haddad est arrivé à Oran hier avec Youri Valyaev.\n';
		const { uri, editor } = await showNewArticle('keys-review-tab-focus.txt', text);
		const session = await api.whenDetected(uri);
		const [first] = session.model.suggestions();
		await vscode.commands.executeCommand('notifications.clearAll');
		await vscode.commands.executeCommand('articleAnnotator.toggleReviewMode');
		select(editor, first.start, first.start);
		await vscode.commands.executeCommand('editor.action.toggleTabFocusMode');
		try {
			await pressKeys('Tab');
			await new Promise((resolve) => setTimeout(resolve, 500));
			assert.equal(editor.document.offsetAt(editor.selection.start), first.start, 'Tab moved the focus, not the cursor to the next suggestion');
		} finally {
			await vscode.commands.executeCommand('editor.action.toggleTabFocusMode');
		}
		await vscode.window.showTextDocument(editor.document);
		await pressKeys('Tab');
		await until('Tab goes to the next suggestion again', () => editor.document.offsetAt(editor.selection.start) > first.start);
	});
});
