// The editor commands where they are easy to get wrong: review mode across editors, the entity a
// command acts on at boundaries, and articles whose sidecar cannot be written.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { ArticleAnnotatorApi } from '../../src/extension/container';
import type { TreeNode } from '../../src/extension/tree';
import { codePointSlice, extensionApi, flushAndCloseEditors, readBytes, readSidecar, recordNotifications, select, showArticle, showNewArticle, sidecarOf, treeLine, typeChanges, until, workspaceUri, writeListedArticles, writeText } from './support';

describe('editor commands in VS Code', () => {
	let api: ArticleAnnotatorApi;

	before(async () => {
		api = await extensionApi();
	});

	afterEach(async () => {
		// an edit a test typed is not kept: the next test opens the article as written
		for (const editor of vscode.window.visibleTextEditors) {
			if (editor.document.isDirty) {
				await vscode.window.showTextDocument(editor.document);
				await vscode.commands.executeCommand('workbench.action.files.revert');
			}
		}
		await flushAndCloseEditors();
	});

	it('leaves review mode when another article becomes active, and the reviewed one takes typing again', async () => {
		const reviewed = await showNewArticle('review-left.txt', 'Le ministre Karim Haddad est arrivé à Oran.\n');
		await api.whenDetected(reviewed.uri);
		await vscode.commands.executeCommand('articleAnnotator.toggleReviewMode');
		assert.ok(api.reviewMode());
		assert.ok(!(await typeChanges(reviewed.editor, 'a')), 'read-only while reviewed');
		const other = await showNewArticle('review-other.txt', 'La délégation de Moscou a quitté Alger.\n');
		await until('review mode left', () => !api.reviewMode());
		assert.ok(await typeChanges(other.editor, 'b'), 'the other article takes typing');
		const back = await showArticle(reviewed.uri);
		assert.ok(!api.reviewMode(), 'review mode does not come back by itself');
		assert.ok(await until('the reviewed article writable again', () => typeChanges(back, 'c')));
	});

	it('goes to the next and previous article with suggestions left, over one without, and goes on reviewing there', async () => {
		const folder = vscode.Uri.joinPath(workspaceUri(), 'review-queue');
		const [first, nothing, third] = ['a.txt', 'b.txt', 'c.txt'].map((name) => vscode.Uri.joinPath(folder, name));
		await writeListedArticles(api, [
			[first, 'Le ministre Karim Haddad est arrivé à Oran.\n'],
			[nothing, 'il pleut, personne ne sort et la rue reste vide.\n'],
			[third, 'La délégation de Moscou a quitté Alger.\n'],
		]);
		await until('the article without names read', () => (treeLine(api, nothing)?.includes('✓0 ?0') ? true : undefined));
		await showArticle(first);
		await api.whenDetected(first);
		await vscode.commands.executeCommand('articleAnnotator.toggleReviewMode');
		await vscode.commands.executeCommand('articleAnnotator.nextArticleToReview');
		const active = () => vscode.window.activeTextEditor?.document.uri.toString();
		assert.equal(active(), third.toString(), 'the article without suggestions is passed over');
		const session = await api.whenDetected(third);
		const firstSuggestion = session.model.neighbour(-1, 'next', ['suggested']);
		assert.ok(firstSuggestion, 'the next article has suggestions');
		const editor = vscode.window.activeTextEditor!;
		assert.deepEqual([editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end)], [firstSuggestion.start, firstSuggestion.end], 'its first suggestion is selected');
		assert.ok(api.reviewMode(), 'review goes on in the next article');
		assert.ok(!(await typeChanges(editor, 'a')), 'which is read-only while reviewed');
		await vscode.commands.executeCommand('articleAnnotator.previousArticleToReview');
		assert.equal(active(), first.toString());
		assert.ok(api.reviewMode());
		assert.ok(!(await typeChanges(vscode.window.activeTextEditor!, 'a')), 'the article reviewed again is read-only again');
		await vscode.commands.executeCommand('articleAnnotator.toggleReviewMode');
	});

	it('passes over articles not read yet that cannot be reviewed (binary, undecodable, empty) when going to the next one, instead of stopping on an error', async () => {
		const folder = vscode.Uri.joinPath(workspaceUri(), 'review-unread');
		const [start, binary, undecodable, empty, target, blockerA, blockerB] = ['a.txt', 'b-binary.txt', 'c-latin1.txt', 'd-empty.txt', 'e.txt', 'y.txt', 'z.txt'].map((name) => vscode.Uri.joinPath(folder, name));
		// two articles whose sidecars' reading is held keep the background reader busy: the others stay unread
		await writeText(sidecarOf(blockerA), 'version: 1\ndocument: y.txt\nannotations: []\n');
		await writeText(sidecarOf(blockerB), 'version: 1\ndocument: z.txt\nannotations: []\n');
		// (an article of an earlier test read again once its sidecar was written would take a reader's
		// place and hold it, so that a blocker never starts: once in a CI run of the fortieth session)
		await api.flushAll();
		await until('the background reader idle', () => api.backgroundReadsPending() === 0);
		const release = api.holdSidecarResults();
		try {
			await writeListedArticles(api, [
				[blockerA, 'La délégation de Moscou a quitté Alger.\n'],
				[blockerB, 'La délégation de Moscou a quitté Alger.\n'],
			]);
			await until('both blockers being read', () => api.backgroundScans(blockerA) > 0 && api.backgroundScans(blockerB) > 0);
			await writeListedArticles(api, [[start, 'il pleut, personne ne sort et la rue reste vide.\n'], [empty, ''], [target, 'Le ministre Karim Haddad est arrivé à Oran.\n']]);
			fs.writeFileSync(binary.fsPath, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff, 0x00, 0x10]));
			fs.writeFileSync(undecodable.fsPath, new Uint8Array([...new TextEncoder().encode('Le pr'), 0xe9, ...new TextEncoder().encode('sident est arriv'), 0xe9, 0x0a]));
			await vscode.commands.executeCommand('articleAnnotator.refreshDocuments');
			await until('every article listed', () => [binary, undecodable].every((uri) => treeLine(api, uri) !== undefined));
			assert.ok([binary, undecodable, empty, target].every((uri) => api.backgroundScans(uri) === 0), 'none of them read yet');
			await showArticle(start);
			await api.whenDetected(start);
			await vscode.commands.executeCommand('articleAnnotator.nextArticleToReview');
			assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), target.toString(), 'the next article that can be reviewed is opened');
			for (const uri of [binary, undecodable]) {
				assert.match(treeLine(api, uri) ?? '', /⚠/, 'the article passed over says why in the tree');
			}
		} finally {
			release();
		}
	});

	it('accepts the suggestion at every cursor, and rejects every suggestion inside a selection, each as one decision to undo', async () => {
		const text = 'Karim Haddad a reçu à Alger le ministre Youri Valyaev. La délégation de Moscou est partie.\n';
		const { uri, editor } = await showNewArticle('several-at-once.txt', text);
		const session = await api.whenDetected(uri);
		const suggestions = session.model.suggestions();
		assert.ok(suggestions.length >= 3, `suggestions: ${suggestions.map((s) => s.text).join(', ')}`);
		const [first, last] = [suggestions[0], suggestions[suggestions.length - 1]];
		const at = (offset: number) => editor.document.positionAt(offset);
		editor.selections = [first, last].map((suggestion) => new vscode.Selection(at(suggestion.start), at(suggestion.start)));
		await vscode.commands.executeCommand('articleAnnotator.acceptSuggestion');
		assert.deepEqual(session.model.annotations.map((annotation) => `${annotation.text}:${annotation.status}`), [`${first.text}:accepted`, `${last.text}:accepted`]);
		await vscode.commands.executeCommand('articleAnnotator.undoDecision');
		assert.equal(session.model.annotations.length, 0, 'one undo takes both back');
		editor.selection = new vscode.Selection(at(0), at(text.length));
		await vscode.commands.executeCommand('articleAnnotator.rejectSuggestion');
		assert.deepEqual(session.model.suggestions(), []);
		assert.deepEqual(session.model.annotations.map((annotation) => annotation.status), suggestions.map(() => 'rejected'));
		await session.flush();
		assert.equal((await readSidecar(uri)).annotations.length, suggestions.length, 'written');
	});

	it('keeps a note with a decision: shown in the hover, written, replaced and removed in the sidecar, and undone', async () => {
		const text = 'Karim Haddad a reçu à Alger le ministre Youri Valyaev.\n';
		const { uri, editor } = await showNewArticle('notes.txt', text);
		const session = await api.whenDetected(uri);
		const alger = session.model.suggestions().find((suggestion) => suggestion.text === 'Alger');
		assert.ok(alger, 'Alger is suggested');
		select(editor, alger.start, alger.start);
		const note = 'العاصمة لا الدولة: «Alger» # ici';
		await vscode.commands.executeCommand('articleAnnotator.editNote', { note, decision: 'accepted' });
		const noteOnAlger = async () => {
			await session.flush();
			const saved = (await readSidecar(uri)).annotations.find((annotation) => annotation.text === 'Alger');
			assert.ok(saved, 'Alger is in the sidecar');
			assert.equal(saved.status, 'accepted');
			return saved.note;
		};
		assert.equal(await noteOnAlger(), note, 'accepted with its note, written as it was typed');
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, editor.document.positionAt(alger.start + 1));
		const shown = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
		assert.ok(shown.includes('Edit note…'), 'the hover offers to edit it');
		assert.ok(shown.includes('العاصمة'), `the hover shows the note (as text, not markdown): ${shown}`);
		await vscode.commands.executeCommand('articleAnnotator.editNote', { note: 'la capitale' });
		assert.equal(await noteOnAlger(), 'la capitale', 'replaced');
		await vscode.commands.executeCommand('articleAnnotator.editNote', { note: '' });
		assert.equal(await noteOnAlger(), undefined, 'removed');
		await vscode.commands.executeCommand('articleAnnotator.undoDecision');
		assert.equal(await noteOnAlger(), 'la capitale', 'Undo Last Decision brings the note back');
	});

	it('redoes undone decisions, newest undone first, with the cursor on each, writes them, and forgets them at a new decision', async () => {
		const text = 'Karim Haddad a reçu à Alger le ministre Youri Valyaev.\n';
		const { uri, editor } = await showNewArticle('redo.txt', text);
		const session = await api.whenDetected(uri);
		const [karim, alger] = session.model.suggestions();
		assert.ok(alger, 'two suggestions');
		select(editor, karim.start, karim.start);
		await vscode.commands.executeCommand('articleAnnotator.acceptSuggestion');
		select(editor, alger.start, alger.start);
		await vscode.commands.executeCommand('articleAnnotator.rejectSuggestion');
		const decided = session.model.annotations.map((annotation) => `${annotation.id}:${annotation.text}:${annotation.status}`);
		await vscode.commands.executeCommand('articleAnnotator.undoDecision');
		await vscode.commands.executeCommand('articleAnnotator.undoDecision');
		assert.equal(session.model.annotations.length, 0, 'both undone');
		await vscode.commands.executeCommand('articleAnnotator.redoDecision');
		assert.deepEqual(session.model.annotations.map((annotation) => `${annotation.text}:${annotation.status}`), [`${karim.text}:accepted`]);
		assert.equal(editor.document.offsetAt(editor.selection.start), karim.start, 'the cursor on what was redone');
		await vscode.commands.executeCommand('articleAnnotator.redoDecision');
		assert.deepEqual(session.model.annotations.map((annotation) => `${annotation.id}:${annotation.text}:${annotation.status}`), decided, 'the same decisions, ids and all');
		await session.flush();
		assert.deepEqual((await readSidecar(uri)).annotations.map((annotation) => `${annotation.id}:${annotation.text}:${annotation.status}`), decided, 'written');
		// nothing left to redo: said, nothing changed
		const messages = recordNotifications({ statusBar: true });
		try {
			await vscode.commands.executeCommand('articleAnnotator.redoDecision');
			assert.ok(messages.shown.some((line) => /no undone decision to redo/.test(line)), messages.shown.join(' | '));
		} finally {
			messages.restore();
		}
		// a new decision after an undo: the undone one cannot come back on top of it
		await vscode.commands.executeCommand('articleAnnotator.undoDecision');
		const valyaev = session.model.suggestions().find((suggestion) => suggestion.text === 'Youri Valyaev');
		assert.ok(valyaev, 'Youri Valyaev is suggested');
		select(editor, valyaev.start, valyaev.start);
		await vscode.commands.executeCommand('articleAnnotator.acceptSuggestion');
		await vscode.commands.executeCommand('articleAnnotator.redoDecision');
		assert.deepEqual(session.model.annotations.map((annotation) => `${annotation.text}:${annotation.status}`), [`${karim.text}:accepted`, 'Youri Valyaev:accepted']);
	});

	it('moves on from a hover\'s decision in the editor the person works in when the article is split in two', async () => {
		const text = 'Karim Haddad a reçu à Alger le ministre Youri Valyaev.\n';
		const { uri, editor: left } = await showNewArticle('split-view.txt', text);
		const session = await api.whenDetected(uri);
		const right = await vscode.window.showTextDocument(left.document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
		assert.equal(vscode.window.activeTextEditor, right);
		select(left, 0, 0);
		select(right, 0, 0);
		const [first, second] = session.model.suggestions();
		assert.ok(first && second);
		await vscode.commands.executeCommand('articleAnnotator.acceptSuggestion', { uri: uri.toString(), key: session.model.entityAt(first.start)?.key, start: first.start });
		const offsets = (editor: vscode.TextEditor) => [editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end)];
		assert.deepEqual(offsets(right), [second.start, second.end], 'the active editor goes on to the next suggestion');
		assert.deepEqual(offsets(left), [0, 0], 'the other one stays where it was');
	});

	it('tags every occurrence of a name however its Arabic is voweled, but not a preposition that only its hamza tells apart', async () => {
		const text = 'جاء إمام المسجد ووقف أمام الناس، ثم عاد إمامُ القرية واحمد وأحمد.\n';
		const { uri, editor } = await showNewArticle('tag-all-hamza.txt', text);
		const session = await api.whenDetected(uri);
		const imam = text.indexOf('إمام');
		select(editor, imam, imam + 'إمام'.length);
		await vscode.commands.executeCommand('articleAnnotator.tagAllOccurrences', 'PER');
		const tagged = () => session.model.annotations.filter((annotation) => annotation.status === 'accepted').map((annotation) => annotation.text);
		assert.deepEqual(tagged(), ['إمام', 'إمامُ'], '«أمام» (in front of) is left alone');
		const ahmad = text.indexOf('احمد');
		select(editor, ahmad, ahmad + 'احمد'.length);
		await vscode.commands.executeCommand('articleAnnotator.tagAllOccurrences', 'PER');
		assert.deepEqual(tagged().slice(2), ['احمد', 'أحمد'], 'with or without the hamza on its alef');
	});

	it('leaves review mode when the reviewed article is closed, and it opens writable again', async () => {
		await showNewArticle('review-other.txt', 'La délégation de Moscou a quitté Alger.\n');
		const reviewed = await showNewArticle('review-closed.txt', 'Le ministre Karim Haddad est arrivé à Oran.\n');
		await api.whenDetected(reviewed.uri);
		await vscode.commands.executeCommand('articleAnnotator.toggleReviewMode');
		assert.ok(api.reviewMode());
		await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
		await until('review mode left', () => !api.reviewMode());
		const reopened = await showArticle(reviewed.uri);
		assert.ok(await until('the reopened article writable', () => typeChanges(reopened, 'c')));
	});

	it('leaves an article that files.readonlyInclude protects read-only after review mode, left by Esc or by going to another article', async () => {
		const files = () => vscode.workspace.getConfiguration('files');
		await files().update('readonlyInclude', { '**/review-protected.txt': true }, vscode.ConfigurationTarget.Workspace);
		try {
			const protectedArticle = await showNewArticle('review-protected.txt', 'Le ministre Karim Haddad est arrivé à Oran.\n');
			await api.whenDetected(protectedArticle.uri);
			assert.ok(!(await typeChanges(protectedArticle.editor, 'a')), 'read-only by the setting');
			await vscode.commands.executeCommand('articleAnnotator.toggleReviewMode');
			assert.ok(api.reviewMode());
			await vscode.commands.executeCommand('articleAnnotator.toggleReviewMode');
			assert.ok(!api.reviewMode());
			assert.ok(!(await typeChanges(protectedArticle.editor, 'b')), 'still read-only once review mode is left');
			await vscode.commands.executeCommand('articleAnnotator.toggleReviewMode');
			await showNewArticle('review-other.txt', 'La délégation de Moscou a quitté Alger.\n');
			await until('review mode left', () => !api.reviewMode());
			const back = await showArticle(protectedArticle.uri);
			// the override review mode left is lifted once it is active again: typing still changes nothing
			await new Promise((resolve) => setTimeout(resolve, 500));
			assert.ok(!(await typeChanges(back, 'c')), 'still read-only once back from another article');
		} finally {
			await files().update('readonlyInclude', undefined, vscode.ConfigurationTarget.Workspace);
		}
	});

	it('acts on the entity after the cursor where two tagged names touch, and on the selected one', async () => {
		const text = '📰 Le groupe SonatrachTotal a signé à Alger.\n';
		const { uri, editor } = await showNewArticle('adjacent.txt', text);
		const session = await api.whenDetected(uri);
		const start = text.indexOf('Sonatrach');
		const middle = start + 'Sonatrach'.length;
		const end = middle + 'Total'.length;
		const tag = async (from: number, to: number) => {
			select(editor, from, to);
			await vscode.commands.executeCommand('articleAnnotator.tagSelection', 'ORG');
		};
		const tagged = () => session.model.annotations.filter((a) => a.status === 'accepted').map((a) => a.text);
		await tag(start, middle);
		await tag(middle, end);
		select(editor, middle, middle);
		await vscode.commands.executeCommand('articleAnnotator.untag');
		assert.deepEqual(tagged(), ['Sonatrach'], 'the cursor before «Total» untags «Total»');
		await tag(middle, end);
		// as review and Go to Next select an entity: the cursor (its active end) is where the next one starts
		select(editor, start, middle);
		await vscode.commands.executeCommand('articleAnnotator.untag');
		assert.deepEqual(tagged(), ['Total'], 'the selected «Sonatrach» is untagged');
		await session.flush();
		const stored = (await readSidecar(uri)).annotations.filter((a) => a.status === 'accepted');
		assert.deepEqual(stored.map((a) => [a.text, codePointSlice(text, a.start, a.end)]), [['Total', 'Total']]);
	});

	it('gives a selected suggestion a type with its span as it is, period included', async () => {
		const text = 'WASHINGTON (Reuters) - Talks between the U.S. and Algeria resumed on Monday.\nThe U.S. envoy met executives.\n';
		const { uri, editor } = await showNewArticle('period.txt', text);
		const session = await api.whenDetected(uri);
		const [first, second] = session.model.suggestions().filter((s) => s.text === 'U.S.');
		assert.ok(first && second, `the tagger suggests «U.S.» twice (${session.model.suggestions().map((s) => s.text).join(', ')})`);
		await vscode.commands.executeCommand('articleAnnotator.toggleReviewMode');
		// what Go to Next Suggestion (N) leaves selected, then 2 (ORG)
		select(editor, first.start, first.end);
		await vscode.commands.executeCommand('articleAnnotator.applyType', 'ORG');
		// then T (Tag As…) on the other one
		select(editor, second.start, second.end);
		await vscode.commands.executeCommand('articleAnnotator.tagSelection', 'ORG');
		await vscode.commands.executeCommand('articleAnnotator.toggleReviewMode');
		await session.flush();
		const stored = (await readSidecar(uri)).annotations.filter((a) => a.type === 'ORG');
		assert.deepEqual(stored.map((a) => codePointSlice(text, a.start, a.end)), ['U.S.', 'U.S.']);
		assert.equal(stored[0].source, first.source, 'retyping a suggestion keeps where it came from');
	});

	it('refuses every decision on an article whose sidecar cannot be written, leaving memory and disk as they were', async () => {
		const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'broken-commands.txt');
		const text = 'Le ministre Karim Haddad est arrivé à Oran. Karim Haddad a salué Oran.\n';
		await writeText(uri, text);
		const broken = new TextEncoder().encode('version: 1\nannotations:\n<<<<<<< HEAD\n=======\n>>>>>>> other\n');
		await vscode.workspace.fs.writeFile(sidecarOf(uri), broken);
		const editor = await showArticle(uri);
		const session = await api.whenDetected(uri);
		await session.loaded;
		assert.ok(session.readOnlyReason);
		const suggestion = session.model.suggestions()[0];
		assert.ok(suggestion, 'the article has suggestions');
		const at = text.indexOf('Karim Haddad');
		const attempts: [string, () => void, unknown?][] = [
			['acceptAllOfType', () => undefined, suggestion.type],
			['changeType', () => select(editor, suggestion.start, suggestion.start), { type: 'MISC' }],
			['tagAllOccurrences', () => select(editor, at, at + 'Karim Haddad'.length), 'PER'],
			['applyType', () => select(editor, suggestion.start, suggestion.start), 'MISC'],
			['untag', () => select(editor, suggestion.start, suggestion.start)],
		];
		for (const [command, place, argument] of attempts) {
			place();
			await vscode.commands.executeCommand(`articleAnnotator.${command}`, argument);
			assert.deepEqual(session.model.annotations.map((a) => `${a.status} ${a.type} ${a.text}`), [], `${command} decided nothing`);
		}
		await session.flush();
		assert.deepEqual([...((await readBytes(sidecarOf(uri))) ?? [])], [...broken], 'the sidecar is byte for byte as it was');
	});

	it('does nothing from a hover whose suggestion an edit moved, rather than act on what now stands at its old place', async () => {
		const { uri, editor } = await showNewArticle('stale-hover.txt', 'Le ministre Karim Haddad a reçu Youri Valyaev à Alger.\n');
		const session = await api.whenDetected(uri);
		const place = await until('«Alger» suggested', () => session.model.visibleEntities().find((e) => e.text === 'Alger' && e.state === 'suggested'));
		const person = await until('«Youri Valyaev» suggested', () => session.model.visibleEntities().find((e) => e.text === 'Youri Valyaev' && e.state === 'suggested'));
		const hover = { uri: uri.toString(), start: place.start, end: place.end, key: place.key };
		// a line typed above moves «Youri Valyaev» to where «Alger» was
		await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), `${' '.repeat(place.start - person.start - 1)}\n`));
		await until('«Youri Valyaev» at the old place of «Alger»', () => session.model.entityAt(place.start)?.text === 'Youri Valyaev');
		await vscode.commands.executeCommand('articleAnnotator.rejectSuggestion', hover);
		await session.flush();
		assert.deepEqual(
			session.model.annotations.map((a) => a.text),
			[],
			'nothing decided',
		);
	});
	it('decides the one suggestion a second cursor or a wider selection names, never the entity under the first cursor or a suggestion only partly selected', async () => {
		const text = 'Karim Haddad a reçu à Alger le ministre Youri Valyaev. La délégation de Moscou est partie.\n';
		const { uri, editor } = await showNewArticle('one-of-several.txt', text);
		const session = await api.whenDetected(uri);
		const suggested = (name: string) => session.model.suggestions().find((s) => s.text === name);
		const [karim, alger, youri] = ['Karim Haddad', 'Alger', 'Youri Valyaev'].map((name) => suggested(name));
		assert.ok(karim && alger && youri, `suggestions: ${session.model.suggestions().map((s) => s.text).join(', ')}`);
		const at = (offset: number) => editor.document.positionAt(offset);
		const decisions = () => session.model.annotations.map((annotation) => `${annotation.text}:${annotation.status}`).sort();
		select(editor, karim.start, karim.start);
		await vscode.commands.executeCommand('articleAnnotator.acceptSuggestion');
		assert.deepEqual(decisions(), ['Karim Haddad:accepted']);
		// the first cursor on the accepted «Karim Haddad», the second on the suggested «Alger»
		editor.selections = [karim.start, alger.start].map((offset) => new vscode.Selection(at(offset), at(offset)));
		await vscode.commands.executeCommand('articleAnnotator.rejectSuggestion');
		assert.deepEqual(decisions(), ['Alger:rejected', 'Karim Haddad:accepted'], 'the suggestion at the second cursor is rejected, the accepted name left');
		await vscode.commands.executeCommand('articleAnnotator.undoDecision');
		// a selection from inside «Karim Haddad» (accepted) over «Alger» to the middle of «Youri Valyaev»
		select(editor, karim.start + 2, youri.start + 3);
		await vscode.commands.executeCommand('articleAnnotator.rejectSuggestion');
		assert.deepEqual(decisions(), ['Alger:rejected', 'Karim Haddad:accepted'], 'only the suggestion wholly selected');
		await vscode.commands.executeCommand('articleAnnotator.undoDecision');
		// a selection from the middle of «Youri Valyaev» to the end: no suggestion wholly inside but «Moscou»
		const moscou = suggested('Moscou');
		assert.ok(moscou);
		select(editor, youri.start + 3, text.length);
		await vscode.commands.executeCommand('articleAnnotator.acceptSuggestion');
		assert.deepEqual(decisions(), ['Karim Haddad:accepted', 'Moscou:accepted'], '«Youri Valyaev», only partly selected, is not accepted');
	});
	it('goes on reviewing the article it is in when the next one to review fails to open (deleted since it was listed)', async () => {
		const folder = vscode.Uri.joinPath(workspaceUri(), 'review-gone');
		const [reviewed, gone] = ['a.txt', 'b.txt'].map((name) => vscode.Uri.joinPath(folder, name));
		await writeListedArticles(api, [
			[reviewed, 'il pleut, personne ne sort et la rue reste vide.\n'],
			[gone, 'La délégation de Moscou a quitté Alger.\n'],
		]);
		await until('the next article read, with suggestions', () => (treeLine(api, gone)?.includes('?0') === false ? true : undefined));
		const editor = await showArticle(reviewed);
		await api.whenDetected(reviewed);
		await vscode.commands.executeCommand('articleAnnotator.toggleReviewMode');
		// deleted behind VS Code's back: the Documents tree still lists it when ] is pressed
		fs.rmSync(gone.fsPath);
		await vscode.commands.executeCommand('articleAnnotator.nextArticleToReview');
		assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), reviewed.toString());
		assert.ok(api.reviewMode(), 'still reviewing');
		assert.ok(!(await typeChanges(editor, 'x')), 'a review key does not type into the article');
		await vscode.commands.executeCommand('articleAnnotator.toggleReviewMode');
	});
	it('tags whole characters when a selection ends inside one: never half an emoji or a letter without its harakah in the sidecar', async () => {
		const text = 'Bilan 😀Karim Haddad et 𝐒𝐨𝐥𝐚𝐫 Corp au bord du نهرَ ce matin.\n';
		const { uri, editor } = await showNewArticle('half-characters.txt', text);
		const session = await api.whenDetected(uri);
		const karim = text.indexOf('Karim Haddad');
		const solar = text.indexOf('𝐒𝐨𝐥𝐚𝐫');
		const river = text.indexOf('نهر');
		// dragged from inside 😀, from inside 𝐒, and to between «ر» and its fatha (VS Code takes such positions from the API)
		editor.selections = [
			new vscode.Selection(editor.document.positionAt(karim - 1), editor.document.positionAt(karim + 12)),
			new vscode.Selection(editor.document.positionAt(solar + 1), editor.document.positionAt(solar + 10 + 5)),
			new vscode.Selection(editor.document.positionAt(river), editor.document.positionAt(river + 3)),
		];
		await vscode.commands.executeCommand('articleAnnotator.tagSelection', 'ORG');
		await session.flush();
		const sidecar = await readSidecar(uri);
		assert.deepEqual(sidecar.orphaned, [], 'nothing orphaned on save');
		assert.deepEqual(
			sidecar.annotations.map((annotation) => annotation.text),
			['Karim Haddad', '𝐒𝐨𝐥𝐚𝐫 Corp', 'نهرَ'],
			'the emoji cut is left out, the letter cut taken whole with its mark',
		);
		for (const annotation of sidecar.annotations) {
			assert.equal(codePointSlice(text, annotation.start, annotation.end), annotation.text);
		}
		const painted = api.paintedRanges(uri)?.['ORG.accepted']?.map((range) => text.slice(range.start, range.end));
		assert.deepEqual(painted, ['Karim Haddad', '𝐒𝐨𝐥𝐚𝐫 Corp', 'نهرَ'], 'the decorations cover the same characters');
	});
	it('tags the word at the cursor when it is written in mathematical letters (a styled headline), as for any word', async () => {
		const text = 'Annonce 🇩🇿 de 𝐌𝐞𝐝𝐢𝐧𝐚𝐭𝐞𝐱 à 𝐓𝐢𝐚𝐫𝐞𝐭 ce matin.\n';
		const { uri, editor } = await showNewArticle('styled-words.txt', text);
		const session = await api.whenDetected(uri);
		const company = text.indexOf('𝐌𝐞𝐝𝐢𝐧𝐚𝐭𝐞𝐱');
		const town = text.indexOf('𝐓𝐢𝐚𝐫𝐞𝐭');
		// a cursor between two of its letters, and one right after the word
		editor.selections = [
			new vscode.Selection(editor.document.positionAt(company + 4), editor.document.positionAt(company + 4)),
			new vscode.Selection(editor.document.positionAt(town + '𝐓𝐢𝐚𝐫𝐞𝐭'.length), editor.document.positionAt(town + '𝐓𝐢𝐚𝐫𝐞𝐭'.length)),
		];
		await vscode.commands.executeCommand('articleAnnotator.tagSelection', 'LOC');
		await session.flush();
		const sidecar = await readSidecar(uri);
		assert.deepEqual(sidecar.annotations.map((annotation) => annotation.text), ['𝐌𝐞𝐝𝐢𝐧𝐚𝐭𝐞𝐱', '𝐓𝐢𝐚𝐫𝐞𝐭'], 'each whole word is tagged');
		for (const annotation of sidecar.annotations) {
			assert.equal(codePointSlice(text, annotation.start, annotation.end), annotation.text);
		}
	});
	it('selects the name a Documents tree mention of an article not yet open names, when VS Code changes its lone CR line ends on opening', async () => {
		const text = 'Titre 😀\rLa réunion a eu lieu hier.\rLe ministre Samir Belkacem est à Tiaret.\r';
		const uri = vscode.Uri.joinPath(workspaceUri(), 'tree-lone-cr', 'a.txt');
		await writeListedArticles(api, [[uri, text]]);
		const name = 'Samir Belkacem';
		const start = Array.from(text.slice(0, text.indexOf(name))).length;
		await writeText(sidecarOf(uri), `version: 1\ndocument: a.txt\nannotations:\n  - {type: PER, start: ${start}, end: ${start + name.length}, text: ${name}, status: accepted, id: lonecr1}\n`);
		await until('the decision read into the tree', () => treeLine(api, uri)?.includes('✓1'));
		const children = async (node: TreeNode | undefined) => (await api.tree.getChildren(node)) as TreeNode[];
		const article = (await children(undefined)).find((node) => node.kind === 'article' && node.uri.toString() === uri.toString());
		const people = (await children(article)).find((node) => node.kind === 'type' && node.type === 'PER');
		const mentions = (await Promise.all((await children(people)).map(children))).flat();
		const mention = mentions.find((node) => node.kind === 'mention' && node.entity.text === name);
		assert.ok(mention, 'the tree lists the mention');
		await vscode.commands.executeCommand('articleAnnotator.revealMention', mention);
		const editor = vscode.window.activeTextEditor;
		assert.equal(editor?.document.uri.toString(), uri.toString());
		assert.notEqual(editor.document.getText().length, text.length, 'VS Code shows other line ends than the file has');
		assert.equal(editor.document.getText(editor.selection), name);
	});

	it('Set Article Language… reads the article in the language set, stores it in the sidecar, keeps it on reopening, and goes back to automatic', async () => {
		// Spanish: identified as a language without a model, read with the English model
		const { uri } = await showNewArticle('language-set.txt', 'La alcaldesa de Valencia, María José Catalá, anunció ayer que la ciudad recibirá más ayudas del Gobierno, según fuentes del Ayuntamiento.\n');
		const session = await api.whenDetected(uri);
		assert.equal(session.profile?.unsupported, 'es');
		await vscode.commands.executeCommand('articleAnnotator.setArticleLanguage', { uri: uri.toString(), language: 'fr' });
		await until('read as French, as set', () => session.profile?.chosen && session.profile.language === 'fr' && session.detectionCurrent);
		await api.flushAll();
		const sidecar = await readSidecar(uri);
		assert.equal(sidecar.language, 'fr');
		assert.match(new TextDecoder().decode(await readBytes(sidecarOf(uri))), /\nlanguage: fr\n/);
		await until('the Documents tree says the language was set', () => /^language-set\.txt · fr \(set\)/.test(treeLine(api, uri) ?? ''));
		// closed and opened again: still French, from the sidecar
		await flushAndCloseEditors();
		await showArticle(uri);
		const reopened = await api.whenDetected(uri);
		assert.equal(reopened.chosenLanguage, 'fr');
		await until('read as French after reopening', () => reopened.profile?.chosen && reopened.profile.language === 'fr');
		// set on disk (another checkout): taken in
		await writeText(sidecarOf(uri), new TextDecoder().decode(await readBytes(sidecarOf(uri))).replace('language: fr', 'language: ar'));
		await until('the language set on disk taken in', () => reopened.profile?.chosen && reopened.profile.language === 'ar' && reopened.profile.rightToLeft);
		// a language without a model is refused with a message; nothing changes
		const notifications = recordNotifications();
		try {
			await vscode.commands.executeCommand('articleAnnotator.setArticleLanguage', { uri: uri.toString(), language: 'german' });
		} finally {
			notifications.restore();
		}
		assert.deepEqual(notifications.shown, ['error: Article Annotator: "german" is not a language the detector has a model for; use auto, ar, fr, en']);
		assert.equal(reopened.chosenLanguage, 'ar');
		// back to automatic: identified again, and the field leaves the sidecar
		await vscode.commands.executeCommand('articleAnnotator.setArticleLanguage', { uri: uri.toString(), language: 'auto' });
		await until('identified again', () => !reopened.profile?.chosen && reopened.profile?.unsupported === 'es' && reopened.detectionCurrent);
		await api.flushAll();
		assert.equal((await readSidecar(uri)).language, undefined);
		await until('the Documents tree shows the identified language', () => /^language-set\.txt · es \(en model\)/.test(treeLine(api, uri) ?? ''));
	});
});
