import * as vscode from 'vscode';
import type { ChangeSummary, EntityState, ViewEntity } from '../core/document';
import type { Annotation } from '../core/annotation';
import { nameProcliticLength } from '../core/detect/arabic';
import { bratText, exportAnnotations, exportFileName, EXPORT_FORMAT_INFO, type ExportFormat } from '../core/export';
import { isFunctionWordNotNamed } from '../core/arabicFunctionWords';
import { findOccurrences, isArabicLetter } from '../core/occurrences';
import type { AnnotationStatus, DetectedEntity, LanguageCode, TextRange } from '../core/types';
import { languageLabel, SUPPORTED_LANGUAGES } from '../core/language';
import type { Container } from './container';
import type { ArticleRecord } from './corpus';
import type { ArticleSession } from './session';
import type { TreeNode } from './tree';
import { computeLineStarts, isolate, lineOf, summaryCounts } from './summary';
import { baseName, canHoldSidecar, displayPath } from './sidecarFiles';
import { snapToCharacters } from '../core/unicode';
import { decodeTextFile } from '../core/textfile';
import { describeReviewKeys, labelAskedFor, labelForReviewKey, reviewKeyOf } from '../core/labels';

/** A target passed by a hover link: which entity of which document. */
interface HoverTarget {
	readonly uri: string;
	readonly start: number;
	readonly end: number;
	readonly key: string;
}

function isHoverTarget(value: unknown): value is HoverTarget {
	return typeof value === 'object' && value !== null && typeof (value as HoverTarget).uri === 'string' && typeof (value as HoverTarget).start === 'number';
}

/** Answers to the export command's questions, for callers that know them already. */
interface ExportArguments {
	readonly uri?: string;
	readonly format?: ExportFormat;
	readonly include?: 'accepted' | 'suggestions' | 'all';
	readonly target?: string;
}

function isExportArguments(value: unknown): value is ExportArguments {
	return typeof value === 'object' && value !== null && !isTreeNode(value) && ('format' in value || 'target' in value);
}

/** Set Article Language… with its answer given in advance (tests, keybindings, other extensions). */
interface LanguageArguments {
	/** The article (a URI string); default: the active one. */
	readonly uri?: string;
	/** `auto`: identified from the text; or a language the detector has a model for. */
	readonly language: string;
}

function isLanguageArguments(value: unknown): value is LanguageArguments {
	return typeof value === 'object' && value !== null && !isTreeNode(value) && 'language' in value;
}

/** The languages a person can set, by name. */
const LANGUAGE_NAMES: Record<LanguageCode, string> = { ar: 'Arabic', fr: 'French', en: 'English' };

/** What review mode's number keys pass to Set Type: the position of a label in the label set, from 1. */
interface LabelPosition {
	readonly position: number;
}

function isLabelPosition(value: unknown): value is LabelPosition {
	return typeof value === 'object' && value !== null && typeof (value as LabelPosition).position === 'number';
}

function isTreeNode(value: unknown): value is TreeNode {
	return typeof value === 'object' && value !== null && typeof (value as TreeNode).kind === 'string' && (value as TreeNode).uri instanceof vscode.Uri;
}

/** Characters trimmed from the ends of a selection before tagging: spaces, punctuation, quotes. */
function isTrimmable(unit: number): boolean {
	return /[\s\p{P}\p{Zs}\u200e\u200f\u061c]/u.test(String.fromCharCode(unit)) && unit !== 0x2e /* keep a final period of "U.S." only if inside */;
}

/**
 * The selection shrunk to its first and last letter or digit (people select a space or a comma
 * too), its ends first out of the middle of a character (half an emoji, a letter without its harakah).
 */
export function trimRange(text: string, range: TextRange): TextRange {
	let { start, end } = snapToCharacters(text, range);
	while (start < end && isTrimmable(text.charCodeAt(start))) {
		start++;
	}
	while (end > start && (isTrimmable(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 0x2e)) {
		end--;
	}
	return { start, end };
}

/**
 * The word under the cursor as a person would tag it: for an Arabic word, without attached
 * proclitics (و ف ب ك ل), so the cursor in «والجزائر» tags «الجزائر».
 */
export function wordAt(text: string, offset: number): TextRange | undefined {
	// Read by code points: a letter outside the BMP (𝐀 of a styled headline) takes two units.
	const isWord = (codePoint: number | undefined) => codePoint !== undefined && /[\p{L}\p{M}\p{N}'’_-]/u.test(String.fromCodePoint(codePoint));
	// the second half of a surrogate pair: a character starts one unit before it
	const isLowSurrogateAt = (at: number) => at > 0 && at < text.length && (text.charCodeAt(at) & 0xfc00) === 0xdc00 && (text.charCodeAt(at - 1) & 0xfc00) === 0xd800;
	let start = isLowSurrogateAt(offset) ? offset - 1 : offset;
	let end = start;
	while (start > 0) {
		const before = isLowSurrogateAt(start - 1) ? start - 2 : start - 1;
		if (!isWord(text.codePointAt(before))) {
			break;
		}
		start = before;
	}
	while (end < text.length && isWord(text.codePointAt(end))) {
		end += isLowSurrogateAt(end + 1) ? 2 : 1;
	}
	const trimmed = trimRange(text, { start, end });
	if (trimmed.end <= trimmed.start) {
		return undefined;
	}
	if (isArabicLetter(text.charCodeAt(trimmed.start))) {
		const prefixLength = nameProcliticLength(text.slice(trimmed.start, trimmed.end));
		if (prefixLength > 0 && prefixLength < trimmed.end - trimmed.start) {
			return { start: trimmed.start + prefixLength, end: trimmed.end };
		}
	}
	return trimmed;
}

/** The line and column of an offset, whatever the text's line ends (CRLF, LF or a lone CR). */
function positionIn(text: string, offset: number): vscode.Position {
	const lineStarts = computeLineStarts(text);
	const line = lineOf(lineStarts, offset);
	return new vscode.Position(line, offset - lineStarts[line]);
}

function summarize(change: ChangeSummary): string {
	const parts: string[] = [];
	if (change.added.length) parts.push(`${change.added.length} added`);
	if (change.updated.length) parts.push(`${change.updated.length} changed`);
	if (change.removed.length) parts.push(`${change.removed.length} removed`);
	return parts.join(', ');
}

/** Registers every command; all of them work from the keyboard on the active editor. */
export function registerCommands(container: Container): vscode.Disposable[] {
	const register = (id: string, handler: (...args: unknown[]) => unknown) =>
		vscode.commands.registerCommand(id, async (...args: unknown[]) => {
			try {
				// Timed up to its first await: the part that holds the extension host.
				await container.timed(`command ${id}`, () => handler(...args));
			} catch (error) {
				const message = error instanceof Error ? error.message : String(error);
				container.log.error(`${id}: ${message}`);
				void vscode.window.showErrorMessage(`Article Annotator: ${message}`);
			}
		});

	/** The session and editor a command acts on: from a hover link, a tree node, or the active editor. */
	/**
	 * The entity found at a hover's or tree node's offset when its key is gone (a suggestion just
	 * decided), only if it has the same span: after an edit, that offset holds another entity,
	 * which the person never pointed at.
	 */
	function sameSpan(entity: ViewEntity | undefined, target: TextRange): ViewEntity | undefined {
		return entity && entity.start === target.start && entity.end === target.end ? entity : undefined;
	}

	async function resolve(arg: unknown): Promise<{ session: ArticleSession; editor: vscode.TextEditor | undefined; offset: number; entity?: ViewEntity } | undefined> {
		if (isHoverTarget(arg)) {
			const session = await container.sessionForUri(vscode.Uri.parse(arg.uri));
			if (!session) {
				return undefined;
			}
			const entity = session.model.visibleEntities().find((e) => e.key === arg.key) ?? sameSpan(session.model.entityAt(arg.start), arg);
			return { session, editor: container.editorFor(session), offset: arg.start, entity };
		}
		if (isTreeNode(arg) && arg.kind === 'mention') {
			const session = await container.sessionForUri(arg.uri);
			if (!session) {
				return undefined;
			}
			const entity = session.model.allEntities().find((e) => e.key === arg.entity.key) ?? sameSpan(session.model.entityAt(arg.entity.start), arg.entity);
			return { session, editor: container.editorFor(session), offset: arg.entity.start, entity };
		}
		const editor = vscode.window.activeTextEditor;
		const session = editor ? container.sessionForDocument(editor.document) : undefined;
		if (!editor || !session) {
			void vscode.window.showInformationMessage('Article Annotator: open an article first (or run "Annotate This File as an Article").');
			return undefined;
		}
		// A selection's start, not its active end: Go to Next and review select an entity, and
		// the end of one is where the next begins when two touch.
		const offset = editor.document.offsetAt(editor.selection.start);
		return { session, editor, offset, entity: entityAtCursor(session, editor.document, editor.selection.start) };
	}

	/**
	 * The entity at a cursor: the one at its offset, else, with the cursor on the proclitics of an
	 * Arabic word, the name after them (the cursor before «وب» of «وبالجزائر», where a click at the
	 * word's right-hand edge puts it, names «الجزائر» as the cursor before «Oran» names Oran).
	 */
	function entityAtCursor(session: ArticleSession, document: vscode.TextDocument, position: vscode.Position): ViewEntity | undefined {
		const offset = document.offsetAt(position);
		const found = session.model.entityAt(offset);
		if (found) {
			return found;
		}
		const word = wordAt(document.lineAt(position.line).text, position.character);
		if (!word || word.start <= position.character) {
			return undefined;
		}
		const nameStart = offset + word.start - position.character;
		const entity = session.model.entityAt(nameStart);
		return entity?.start === nameStart ? entity : undefined;
	}

	/** The entity a command names (see `resolve`) on an article whose sidecar can be written. */
	async function writableEntity(arg: unknown): Promise<{ session: ArticleSession; entity: ViewEntity } | undefined> {
		const target = await resolve(arg);
		if (!target?.entity) {
			// without an article, `resolve` has said to open one
			if (target) {
				void vscode.window.setStatusBarMessage('Article Annotator: no entity at the cursor', 4000);
			}
			return undefined;
		}
		checkWritable(target.session);
		return { session: target.session, entity: target.entity };
	}

	async function pickLabel(placeHolder: string, preselect?: string): Promise<string | undefined> {
		const labels = container.settings.labels;
		const items = labels.map((label) => {
			const key = reviewKeyOf(labels, label.name);
			return { label: label.name, description: label.description, detail: key ? `Review mode key: ${key}` : undefined };
		});
		const picked = await vscode.window.showQuickPick(items.sort((a, b) => (a.label === preselect ? -1 : b.label === preselect ? 1 : 0)), { placeHolder });
		return picked?.label;
	}

	/**
	 * The range a selection names: an entity it covers exactly, as that entity is (Go to Next and
	 * review select entities, and trimming cut the period off a suggested «U.S.»), else the
	 * selection trimmed of the spaces and punctuation people select along.
	 */
	function selectedRange(session: ArticleSession, editor: vscode.TextEditor, selection: vscode.Selection): TextRange {
		const range = { start: editor.document.offsetAt(selection.start), end: editor.document.offsetAt(selection.end) };
		const entity = session.model.entityAt(range.start);
		return entity && entity.start === range.start && entity.end === range.end ? range : trimRange(editor.document.getText(), range);
	}

	/**
	 * Every decision is refused up front on an article whose sidecar cannot be written: made in
	 * memory, it would show as done, never reach the disk, and go with Start Fresh.
	 */
	function checkWritable(session: ArticleSession): void {
		if (session.readOnlyReason) {
			throw new Error(`${session.sidecarLabel} ${session.readOnlyReason}; fix it first (Open Sidecar) — decisions would not be saved`);
		}
	}

	function checkLabel(type: string): string {
		const label = labelAskedFor(container.settings.labels, type);
		if (!label) {
			throw new Error(`"${type}" is not in the label set (${container.settings.labels.map((l) => l.name).join(', ')}), and no one label's name starts with it; add it to articleAnnotator.labels, or give the key another label in Keyboard Shortcuts (the command's argument)`);
		}
		return label.name;
	}

	function asSuggestion(entity: ViewEntity): DetectedEntity {
		return { start: entity.start, end: entity.end, type: entity.type, text: entity.text, confidence: entity.confidence ?? 1, source: entity.source as DetectedEntity['source'] };
	}

	/** After a decision, put the cursor on the next suggestion: review flows like completion. */
	function advance(session: ArticleSession, editor: vscode.TextEditor | undefined, from: number): void {
		if (!editor || !container.settings.advanceAfterDecision) {
			return;
		}
		// Past the last one, on to the first left above it, as Go to Next Suggestion goes.
		const next = neighbourAround(session, from, 'next', ['suggested']);
		if (next) {
			reveal(editor, next);
		} else {
			vscode.window.setStatusBarMessage(`$(check-all) Article Annotator: every suggestion of ${session.articleName} is reviewed · ${container.reviewMode ? ']' : 'Ctrl+Alt+PageDown'}: next article to review`, 8000);
		}
	}

	/** The entity after (or before) an offset, wrapping around the article's end (or start). */
	function neighbourAround(session: ArticleSession, from: number, direction: 'next' | 'previous', states: EntityState[]): ViewEntity | undefined {
		return session.model.neighbour(from, direction, states) ?? session.model.neighbour(direction === 'next' ? -1 : Number.MAX_SAFE_INTEGER, direction, states);
	}

	/** How long opening the next article waits for its suggestions before leaving the cursor where it is. */
	const ARTICLE_DETECTION_WAIT_MS = 10_000;

	/** An article the Documents tree lists with suggestions left, or not read yet (likely so). */
	function hasSuggestionsLeft(record: ArticleRecord): boolean {
		if (record.error) {
			return false;
		}
		const summary = container.corpus.summaryOf(record);
		return summary ? summaryCounts(summary).suggested > 0 : true;
	}

	/**
	 * Opens the next (or previous) article in the Documents tree's order that has suggestions left
	 * to review, with the cursor on its first one; in review mode, reviewing goes on there. It
	 * wraps around the list; the active article is never its own next.
	 */
	async function goToArticleToReview(direction: 'next' | 'previous'): Promise<void> {
		const articles = container.corpus.articles;
		// open through another path to it (a symbolic link), the active article is still the one listed
		const active = vscode.window.activeTextEditor?.document.uri;
		const current = active && container.corpus.get(active);
		const at = current ? articles.indexOf(current) : -1;
		const start = at >= 0 ? at : direction === 'next' ? -1 : articles.length;
		const candidates = at >= 0 ? articles.length - 1 : articles.length;
		let target: ArticleRecord | undefined;
		for (let step = 1; step <= candidates && !target; step++) {
			const index = (((start + (direction === 'next' ? step : -step)) % articles.length) + articles.length) % articles.length;
			const record = articles[index];
			// not read yet: its file is looked at first (a binary or empty file is passed over, not opened)
			if (hasSuggestionsLeft(record) && (container.corpus.summaryOf(record) || (await container.corpus.mayHaveSuggestions(record)))) {
				target = record;
			}
		}
		if (!target) {
			void vscode.window.showInformationMessage(`Article Annotator: no ${at >= 0 ? 'other ' : ''}article has suggestions left to review.`);
			return;
		}
		const reviewing = container.reviewMode;
		// Review mode is left only once the target shows (as switching editors leaves it): one that
		// fails to open (deleted since it was listed) leaves the person reviewing here, not typing.
		const editor = await vscode.window.showTextDocument(target.uri, { preview: false });
		if (reviewing && !container.reviewMode && (await container.sessionForUri(target.uri)) && vscode.window.activeTextEditor === editor) {
			// On before its suggestions come: review keys pressed meanwhile must not type into it.
			await vscode.commands.executeCommand('articleAnnotator.toggleReviewMode');
		}
		const session = await container.whenDetected(target.uri, ARTICLE_DETECTION_WAIT_MS).catch(() => undefined);
		if (vscode.window.activeTextEditor !== editor) {
			return; // the person went elsewhere meanwhile
		}
		const first = session?.model.neighbour(-1, 'next', ['suggested']);
		if (first) {
			reveal(editor, first);
		}
	}

	function reveal(editor: vscode.TextEditor, range: TextRange): void {
		const document = editor.document;
		const selection = new vscode.Selection(document.positionAt(range.start), document.positionAt(range.end));
		editor.selection = selection;
		editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
	}

	/** Undo Last Decision and Redo Last Undone Decision: the cursor goes to what changed, to decide it again. */
	async function undoOrRedo(direction: 'undo' | 'redo'): Promise<void> {
		const target = await resolve(undefined);
		if (!target) {
			return;
		}
		checkWritable(target.session);
		const model = target.session.model;
		if (direction === 'undo' ? !model.canUndo : !model.canRedo) {
			vscode.window.setStatusBarMessage(direction === 'undo' ? 'Article Annotator: no decision to undo' : 'Article Annotator: no undone decision to redo', 4000);
			return;
		}
		const change = direction === 'undo' ? model.undo() : model.redo();
		// stopped by an edit: it forgets every step then
		if (change.added.length + change.removed.length === 0 && !model.canUndo && !model.canRedo) {
			vscode.window.setStatusBarMessage(`Article Annotator: cannot ${direction}: a later edit changed the text of a decision it would bring back`, 5000);
			return;
		}
		target.session.commit(change);
		// The decision had moved the cursor on; an orphan has no place to go to.
		const changed = [...change.added, ...change.removed].filter((annotation) => !('reason' in annotation)).sort((a, b) => a.start - b.start)[0];
		if (changed && target.editor) {
			reveal(target.editor, changed);
		}
		vscode.window.setStatusBarMessage(`$(${direction === 'undo' ? 'discard' : 'redo'}) Article Annotator: ${direction === 'undo' ? 'undone' : 'redone'} (${summarize(change) || 'no change'})`, 3000);
	}

	/**
	 * A mention of an article that was not open was found in its saved text, whose line ends VS Code
	 * may normalise on opening (a lone CR, or an LF among CRLF, becomes the one line end it shows):
	 * its line and column are the same in both texts, its offset not.
	 */
	async function inEditorText(document: vscode.TextDocument, entity: TextRange & { readonly text: string }): Promise<TextRange> {
		const text = document.getText();
		if (text.slice(entity.start, entity.end) === entity.text) {
			return entity;
		}
		const saved = decodeTextFile(await vscode.workspace.fs.readFile(document.uri).then(undefined, () => new Uint8Array()), { maxBytes: container.settings.maxArticleBytes });
		if (!saved.ok || saved.text.slice(entity.start, entity.end) !== entity.text) {
			return entity;
		}
		const range = { start: document.offsetAt(positionIn(saved.text, entity.start)), end: document.offsetAt(positionIn(saved.text, entity.end)) };
		return text.slice(range.start, range.end) === entity.text ? range : entity;
	}

	async function decideSuggestion(arg: unknown, decision: 'accepted' | 'rejected'): Promise<void> {
		const target = await resolve(arg);
		if (!target) {
			return;
		}
		const { session, editor, entity } = target;
		checkWritable(session);
		// Several cursors, or a selection wider than one entity, decide the suggestions they name and
		// only those: the entity at the first cursor (an accepted name, a suggestion only partly
		// selected) is not what the person pointed at when another cursor names one.
		if (arg === undefined && editor && (editor.selections.length > 1 || namedEntity(session, editor, editor.selection) === 'wide')) {
			const several = suggestionsSelected(session, editor);
			if (several.length === 0) {
				void vscode.window.setStatusBarMessage('Article Annotator: no suggestion at the cursors or wholly inside the selection — Go to Next Suggestion (Alt+])', 4000);
				return;
			}
			decideSeveral(session, editor, several, decision);
			return;
		}
		if (!entity || entity.state !== 'suggested') {
			if (decision === 'rejected' && entity?.annotation) {
				session.commit(session.model.untag(entity.annotation.id));
				return;
			}
			void vscode.window.setStatusBarMessage(`Article Annotator: no suggestion at the cursor${entity ? ` («${entity.text}» is already ${entity.state})` : ''} — Go to Next Suggestion (Alt+])`, 4000);
			return;
		}
		const change = decision === 'accepted' ? session.model.accept(asSuggestion(entity)) : session.model.reject(asSuggestion(entity));
		session.commit(change);
		advance(session, editor, entity.start);
	}

	/**
	 * The suggestions the selections name, in text order: at each cursor, as one suggestion is
	 * decided, and every suggestion inside a selection that spans more than one entity (a
	 * sentence or a paragraph selected, then accepted or rejected at once).
	 */
	function suggestionsSelected(session: ArticleSession, editor: vscode.TextEditor): ViewEntity[] {
		const found = new Map<string, ViewEntity>();
		for (const selection of editor.selections) {
			const named = namedEntity(session, editor, selection);
			if (named !== 'wide') {
				if (named?.state === 'suggested') {
					found.set(named.key, named);
				}
				continue;
			}
			const start = editor.document.offsetAt(selection.start);
			const end = editor.document.offsetAt(selection.end);
			for (const entity of session.model.visibleEntitiesIn(start, end)) {
				if (entity.state === 'suggested' && entity.start >= start && entity.end <= end) {
					found.set(entity.key, entity);
				}
			}
		}
		return [...found.values()].sort((a, b) => a.start - b.start);
	}

	/**
	 * The entity a cursor, or a selection inside one entity (as Go to Next leaves it), names (none:
	 * undefined), or `wide` for a selection that spans more than one entity.
	 */
	function namedEntity(session: ArticleSession, editor: vscode.TextEditor, selection: vscode.Selection): ViewEntity | undefined | 'wide' {
		if (selection.isEmpty) {
			return entityAtCursor(session, editor.document, selection.start);
		}
		const start = editor.document.offsetAt(selection.start);
		const atStart = session.model.entityAt(start);
		const end = editor.document.offsetAt(selection.end);
		return atStart !== undefined && atStart.start <= start && end <= atStart.end ? atStart : 'wide';
	}

	/** Several suggestions decided as one change (one Undo brings them all back). */
	function decideSeveral(session: ArticleSession, editor: vscode.TextEditor | undefined, entities: readonly ViewEntity[], decision: 'accepted' | 'rejected'): void {
		const change = session.model.decideEach(entities.map(asSuggestion), decision);
		session.commit(change);
		vscode.window.setStatusBarMessage(`Article Annotator: ${decision} ${change.added.length} suggestion${change.added.length === 1 ? '' : 's'}`, 3000);
		advance(session, editor, entities[entities.length - 1].start);
	}

	async function tagSelection(typeArg?: unknown): Promise<void> {
		const editor = vscode.window.activeTextEditor;
		const session = editor ? container.sessionForDocument(editor.document) : undefined;
		if (!editor || !session) {
			void vscode.window.showInformationMessage('Article Annotator: open an article and select the text to tag.');
			return;
		}
		checkWritable(session);
		const text = editor.document.getText();
		const ranges: { range: TextRange; text: string }[] = [];
		for (const selection of editor.selections) {
			const raw = selection.isEmpty ? wordAt(text, editor.document.offsetAt(selection.active)) : selectedRange(session, editor, selection);
			// two cursors in one word name it once
			if (raw && raw.end > raw.start && !ranges.some(({ range }) => range.start === raw.start && range.end === raw.end)) {
				ranges.push({ range: raw, text: text.slice(raw.start, raw.end) });
			}
		}
		if (ranges.length === 0) {
			void vscode.window.setStatusBarMessage('Article Annotator: select the words to tag first', 4000);
			return;
		}
		const type = typeof typeArg === 'string' ? checkLabel(typeArg) : await pickLabel(`Tag ${ranges.length > 1 ? `${ranges.length} selections` : `«${ranges[0].text}»`} as…`);
		if (!type) {
			return;
		}
		// A suggestion selected whole (Go to Next and review mode select it) and tagged is decided, as
		// Accept decides it: the cursor goes on to the next one.
		const only = ranges.length === 1 ? session.model.entityAt(ranges[0].range.start) : undefined;
		const decidedSuggestion = only?.state === 'suggested' && only.start === ranges[0].range.start && only.end === ranges[0].range.end ? only : undefined;
		// one change, as Accept at several cursors: one Undo takes every selection's tag back
		const total = session.model.tagEach(ranges, type);
		session.commit(total);
		if (decidedSuggestion) {
			advance(session, editor, decidedSuggestion.start);
		}
		vscode.window.setStatusBarMessage(`$(tag) ${type}: ${ranges.map((r) => `«${r.text}»`).join(', ')}${total.removed.length ? ` (replaced ${total.removed.length})` : ''}`, 3000);
	}

	return [
		register('articleAnnotator.tagSelection', (type) => tagSelection(type)),
		register('articleAnnotator.acceptSuggestion', (arg) => decideSuggestion(arg, 'accepted')),
		register('articleAnnotator.rejectSuggestion', (arg) => decideSuggestion(arg, 'rejected')),
		register('articleAnnotator.untag', async (arg) => {
			const target = await resolve(arg);
			if (!target) {
				return;
			}
			const { session, entity } = target;
			checkWritable(session);
			if (!entity) {
				void vscode.window.setStatusBarMessage('Article Annotator: no entity at the cursor', 4000);
				return;
			}
			session.commit(entity.annotation ? session.model.untag(entity.annotation.id) : session.model.reject(asSuggestion(entity)));
		}),
		register('articleAnnotator.changeType', async (arg) => {
			const target = await writableEntity(arg);
			if (!target) {
				return;
			}
			const { session, entity } = target;
			const type = typeof (arg as { type?: unknown } | undefined)?.type === 'string' ? checkLabel((arg as { type: string }).type) : await pickLabel(`Change «${entity.text}» (${entity.type}) to…`, entity.type);
			if (!type || type === entity.type && entity.state === 'accepted') {
				return;
			}
			session.commit(entity.annotation ? session.model.changeType(entity.annotation.id, type) : session.model.tag(entity, entity.text, type));
		}),
		register('articleAnnotator.editNote', async (arg) => {
			const target = await writableEntity(arg);
			if (!target) {
				return;
			}
			const { session, entity } = target;
			// Keybindings and other extensions may pass the note (and, on a suggestion, the decision).
			const given = arg as { note?: unknown; decision?: unknown } | undefined;
			const givenNote = typeof given?.note === 'string' ? given.note : undefined;
			const givenDecision = given?.decision === 'accepted' || given?.decision === 'rejected' ? given.decision : undefined;
			// A note belongs to a decision: on a suggestion, the person says which one it explains.
			let decision: AnnotationStatus | undefined;
			if (!entity.annotation && givenDecision) {
				decision = givenDecision;
			} else if (!entity.annotation) {
				const picked = await vscode.window.showQuickPick(
					[
						{ label: `Accept «${entity.text}» (${entity.type}) with a note`, status: 'accepted' as const },
						{ label: `Reject «${entity.text}» with a note`, status: 'rejected' as const },
					],
					{ placeHolder: 'A note is kept with a decision: accept or reject this suggestion?' },
				);
				if (!picked) {
					return;
				}
				decision = picked.status;
			}
			const note = givenNote ?? await vscode.window.showInputBox({
				title: `Note on «${entity.text}» (${entity.type})`,
				value: entity.annotation?.note ?? '',
				prompt: entity.annotation?.note ? 'Empty the box to remove the note.' : 'Why it was decided so, a doubt to discuss, a source…',
			});
			if (note === undefined) {
				return;
			}
			// The entity may have changed while the boxes were open: act on it only if it is still there.
			const current = session.model.allEntities().find((e) => e.key === entity.key) ?? sameSpan(session.model.entityAt(entity.start), entity);
			if (!current || (decision === undefined) !== (current.annotation !== undefined)) {
				void vscode.window.showWarningMessage(`Article Annotator: «${entity.text}» changed while the note was written; the note was not kept.`);
				return;
			}
			session.commit(current.annotation ? session.model.setNote(current.annotation.id, note) : session.model.decideWithNote(asSuggestion(current), decision ?? 'accepted', note));
		}),
		register('articleAnnotator.acceptAllOfType', async (typeArg) => {
			const target = await resolve(isTreeNode(typeArg) ? undefined : typeArg);
			const session = isTreeNode(typeArg) ? await container.sessionForUri(typeArg.uri) : target?.session;
			if (!session) {
				return;
			}
			checkWritable(session);
			const suggestions = session.model.suggestions();
			const counts = new Map<string, number>();
			for (const suggestion of suggestions) {
				counts.set(suggestion.type, (counts.get(suggestion.type) ?? 0) + 1);
			}
			let type = typeof typeArg === 'string' ? typeArg : isTreeNode(typeArg) && typeArg.kind === 'type' ? typeArg.type : undefined;
			if (!type) {
				const picked = await vscode.window.showQuickPick(
					[...counts.entries()].map(([name, count]) => ({ label: name, description: `${count} suggestion${count > 1 ? 's' : ''}` })),
					{ placeHolder: counts.size ? 'Accept every suggestion of which type?' : 'No suggestions left in this article' },
				);
				type = picked?.label;
			}
			if (!type) {
				return;
			}
			const change = container.timed('accept all of a type', () => {
				const accepted = session.model.acceptAllOfType(type);
				session.commit(accepted);
				return accepted;
			});
			vscode.window.setStatusBarMessage(`$(check-all) accepted ${change.added.length} ${type} suggestion${change.added.length === 1 ? '' : 's'}`, 4000);
		}),
		register('articleAnnotator.tagAllOccurrences', async (typeArg) => {
			const target = await resolve(undefined);
			if (!target?.editor) {
				return;
			}
			const { session, editor, entity } = target;
			checkWritable(session);
			const text = editor.document.getText();
			const selected = editor.selection.isEmpty ? (entity ? { start: entity.start, end: entity.end } : wordAt(text, target.offset)) : selectedRange(session, editor, editor.selection);
			if (!selected || selected.end <= selected.start) {
				void vscode.window.setStatusBarMessage('Article Annotator: select a name first', 4000);
				return;
			}
			const name = text.slice(selected.start, selected.end);
			const type = typeof typeArg === 'string' ? checkLabel(typeArg) : await pickLabel(`Tag every «${name}» as…`, entity?.type);
			if (!type) {
				return;
			}
			// Searches leave the hamza on an alef out: «إمام» (an imam) must not tag every «أمام» (in front of).
			const ranges = findOccurrences(text, name)
				.map((range) => ({ range, text: text.slice(range.start, range.end) }))
				.filter((found) => !isFunctionWordNotNamed(name, found.text));
			const change = session.model.tagRanges(ranges, type);
			session.commit(change);
			void vscode.window.showInformationMessage(`Article Annotator: tagged ${change.added.length} of ${ranges.length} occurrence${ranges.length === 1 ? '' : 's'} of ${isolate(name)} as ${type}${change.skipped ? ` (${change.skipped} left alone: you decided otherwise there)` : ''}.`);
		}),
		register('articleAnnotator.nextEntity', () => jump('next', ['accepted', 'suggested'])),
		register('articleAnnotator.previousEntity', () => jump('previous', ['accepted', 'suggested'])),
		register('articleAnnotator.nextSuggestion', () => jump('next', ['suggested'])),
		register('articleAnnotator.previousSuggestion', () => jump('previous', ['suggested'])),
		register('articleAnnotator.redetect', async () => {
			const target = await resolve(undefined);
			if (target) {
				target.session.startDetection();
				vscode.window.setStatusBarMessage('$(sync~spin) Article Annotator: detecting again…', 2000);
			}
		}),
		register('articleAnnotator.openSidecar', async (arg) => {
			const session = isTreeNode(arg) ? await container.sessionForUri(arg.uri) : (await resolve(undefined))?.session;
			if (!session) {
				return;
			}
			await session.flush();
			try {
				await vscode.workspace.fs.stat(session.sidecarUri);
			} catch {
				void vscode.window.showInformationMessage(`Article Annotator: ${session.articleName} has no sidecar yet; it is written with your first decision.`);
				return;
			}
			await vscode.window.showTextDocument(session.sidecarUri, { viewColumn: vscode.ViewColumn.Beside, preview: false });
		}),
		register('articleAnnotator.annotateFile', async (arg) => {
			const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
			if (!uri) {
				void vscode.window.showInformationMessage('Article Annotator: open the text file to annotate first.');
				return;
			}
			const document = await vscode.workspace.openTextDocument(uri);
			if (document.isUntitled) {
				// its decisions go to a sidecar beside the file: there is no file yet
				void vscode.window.showInformationMessage(`Article Annotator: save ${baseName(document.uri)} to a file first: its annotations are kept in a file beside it.`);
				return;
			}
			if (!canHoldSidecar(document.uri)) {
				void vscode.window.showInformationMessage(`Article Annotator: ${baseName(document.uri)} here is a version shown for comparison (${document.uri.scheme}:), not a file whose annotations can be kept beside it; annotate the file itself.`);
				return;
			}
			await container.annotate(document);
		}),
		register('articleAnnotator.focusDocuments', () => vscode.commands.executeCommand('articleAnnotator.documents.focus')),
		register('articleAnnotator.refreshDocuments', () => container.corpus.refresh()),
		register('articleAnnotator.revealMention', async (arg) => {
			if (!isTreeNode(arg) || arg.kind !== 'mention') {
				return;
			}
			const editor = await vscode.window.showTextDocument(arg.uri, { preview: true, preserveFocus: false });
			const session = container.sessionForDocument(editor.document);
			const current = session?.model.allEntities().find((e) => e.key === arg.entity.key) ?? (await inEditorText(editor.document, arg.entity));
			reveal(editor, current);
		}),
		register('articleAnnotator.acceptGroup', (arg) => decideGroup(arg, 'accepted')),
		register('articleAnnotator.rejectGroup', (arg) => decideGroup(arg, 'rejected')),
		register('articleAnnotator.untagGroup', (arg) => decideGroup(arg, 'untag')),
		register('articleAnnotator.placeOrphan', async (arg) => {
			const node = isTreeNode(arg) && arg.kind === 'orphan' ? arg : undefined;
			const session = node ? await container.sessionForUri(node.uri) : (await resolve(undefined))?.session;
			if (!session) {
				return;
			}
			checkWritable(session);
			const orphan = node ? session.model.orphans.find((o) => o.id === node.orphan.id) : (await pickOrphan(session));
			if (!orphan) {
				return;
			}
			const editor = await vscode.window.showTextDocument(session.document, { preview: false });
			const text = editor.document.getText();
			const candidates = findOccurrences(text, orphan.text);
			const items: (vscode.QuickPickItem & { range?: TextRange })[] = [];
			if (!editor.selection.isEmpty) {
				const range = trimRange(text, { start: editor.document.offsetAt(editor.selection.start), end: editor.document.offsetAt(editor.selection.end) });
				items.push({ label: '$(selection) Current selection', description: `«${text.slice(range.start, range.end)}»`, range });
			}
			for (const range of candidates.slice(0, 50)) {
				const position = editor.document.positionAt(range.start);
				const lineText = editor.document.lineAt(position.line).text;
				items.push({ label: `line ${position.line + 1}:${position.character + 1}`, description: isolate(lineText.slice(Math.max(0, position.character - 30), position.character + orphan.text.length + 30)), range });
			}
			if (items.length === 0) {
				void vscode.window.showInformationMessage(`Article Annotator: «${orphan.text}» does not occur in the article. Select where it belongs, then run "Re-place Orphaned Annotation" again.`);
				return;
			}
			const picked = await vscode.window.showQuickPick(items, { placeHolder: `Where does ${orphan.type} «${orphan.text}» belong?` });
			if (!picked?.range) {
				return;
			}
			session.commit(session.model.placeOrphan(orphan.id, picked.range, text.slice(picked.range.start, picked.range.end)));
			reveal(editor, picked.range);
		}),
		register('articleAnnotator.dropOrphan', async (arg) => {
			const node = isTreeNode(arg) && (arg.kind === 'orphan' || arg.kind === 'orphans') ? arg : undefined;
			const session = node ? await container.sessionForUri(node.uri) : (await resolve(undefined))?.session;
			if (!session) {
				return;
			}
			checkWritable(session);
			const ids = node?.kind === 'orphan' ? [node.orphan.id] : session.model.orphans.map((o) => o.id);
			if (ids.length === 0) {
				return;
			}
			const answer = await vscode.window.showWarningMessage(`Drop ${ids.length} orphaned annotation${ids.length > 1 ? 's' : ''} of ${session.articleName} for good?`, { modal: true }, 'Drop');
			if (answer === 'Drop') {
				session.commit(session.model.dropOrphans(ids));
			}
		}),
		register('articleAnnotator.undoDecision', () => undoOrRedo('undo')),
		register('articleAnnotator.redoDecision', () => undoOrRedo('redo')),
		register('articleAnnotator.applyType', async (typeArg) => {
			// One key per type in review mode: tag the selection, or retype the entity at the cursor.
			// The number keys pass the label's position in the label set (key 1 the first label, as
			// configured); other keybindings may pass a label's name.
			const target = await resolve(undefined);
			const position = isLabelPosition(typeArg) ? typeArg.position : undefined;
			if (!target?.editor || (typeof typeArg !== 'string' && position === undefined)) {
				return;
			}
			const labels = container.settings.labels;
			const label = position === undefined ? undefined : labelForReviewKey(labels, position);
			if (position !== undefined && !label) {
				vscode.window.setStatusBarMessage(`Article Annotator: key ${position} sets no type: the label set has ${labels.length} label${labels.length === 1 ? '' : 's'} (${describeReviewKeys(labels)}); add labels in the articleAnnotator.labels setting`, 6000);
				return;
			}
			const type = label?.name ?? checkLabel(typeArg as string);
			const { session, editor, entity } = target;
			checkWritable(session);
			// a selected entity is retyped as itself (keeping its source), a selection otherwise tagged
			const selection = selectedRange(session, editor, editor.selection);
			if (!entity || (!editor.selection.isEmpty && (selection.start !== entity.start || selection.end !== entity.end))) {
				await tagSelection(type);
				return;
			}
			session.commit(entity.annotation ? session.model.changeType(entity.annotation.id, type) : session.model.tag(entity, entity.text, type, entity.source));
			advance(session, editor, entity.start);
		}),
		register('articleAnnotator.toggleReviewMode', async () => {
			const target = await resolve(undefined);
			if (!target?.editor) {
				return;
			}
			const entering = !container.reviewMode;
			await container.setReviewMode(entering, target.editor.document);
			// Stray letters must not edit the article while single keys review it. Leaving lifts only
			// that override: an article VS Code's settings make read-only (files.readonlyInclude, its
			// permissions) stays so, where «writable in session» would open it to edits.
			await vscode.commands.executeCommand(entering ? 'workbench.action.files.setActiveEditorReadonlyInSession' : 'workbench.action.files.resetActiveEditorReadonlyInSession');
			if (entering) {
				const first = target.session.model.neighbour(target.offset - 1, 'next', ['suggested']);
				if (first) {
					reveal(target.editor, first);
				}
				vscode.window.setStatusBarMessage(`$(eye) Review mode: A accept · X reject · ${describeReviewKeys(container.settings.labels)} · N/P next/previous · ]/[ next/previous article · U untag · Z/Shift+Z undo/redo · Esc leave`, 8000);
			}
		}),
		register('articleAnnotator.exportAnnotations', async (arg) => {
			// Callers (other extensions, tests, keybindings) may answer the questions in advance.
			const preset = isExportArguments(arg) ? arg : undefined;
			const session = isTreeNode(arg) ? await container.sessionForUri(arg.uri) : preset?.uri ? await container.sessionForUri(vscode.Uri.parse(preset.uri)) : (await resolve(undefined))?.session;
			if (session) {
				await exportArticle(session, preset);
			}
		}),
		register('articleAnnotator.setArticleLanguage', async (arg) => {
			const preset = isLanguageArguments(arg) ? arg : undefined;
			if (preset && preset.language !== 'auto' && !(SUPPORTED_LANGUAGES as readonly string[]).includes(preset.language)) {
				throw new Error(`"${String(preset.language)}" is not a language the detector has a model for; use auto, ${SUPPORTED_LANGUAGES.join(', ')}`);
			}
			const session = isTreeNode(arg) ? await container.sessionForUri(arg.uri) : preset?.uri ? await container.sessionForUri(vscode.Uri.parse(preset.uri)) : (await resolve(undefined))?.session;
			if (!session) {
				return;
			}
			await session.loaded;
			checkWritable(session);
			// a language left out of the setting has no model loaded: set, it would give no suggestions at all
			const allowed = container.settings.languages;
			if (preset && preset.language !== 'auto' && !allowed.includes(preset.language as LanguageCode)) {
				throw new Error(`${LANGUAGE_NAMES[preset.language as LanguageCode]} is not among the languages detection uses (articleAnnotator.languages: ${allowed.join(', ')}); add it there first`);
			}
			const language = preset ? preset.language : await pickLanguage(session, allowed);
			if (language === undefined) {
				return;
			}
			session.setLanguage(language === 'auto' ? undefined : (language as LanguageCode));
			vscode.window.setStatusBarMessage(`Article Annotator: ${session.articleName} ${language === 'auto' ? 'has its language identified from its text' : `is read as ${LANGUAGE_NAMES[language as LanguageCode]}`}`, 3000);
		}),
		register('articleAnnotator.saveReanchoredPositions', async () => {
			const session = (await resolve(undefined))?.session;
			session?.confirmPendingMoves();
		}),
		register('articleAnnotator.nextArticleToReview', () => goToArticleToReview('next')),
		register('articleAnnotator.previousArticleToReview', () => goToArticleToReview('previous')),
		register('articleAnnotator.startFreshSidecar', async () => {
			const session = (await resolve(undefined))?.session;
			if (session?.readOnlyReason) {
				await session.startFresh();
			}
		}),
		register('articleAnnotator.restoreUnwritten', async () => {
			const session = (await resolve(undefined))?.session;
			if (!session) {
				return;
			}
			if ((await session.recovered()).length === 0) {
				void vscode.window.showInformationMessage(`Article Annotator: no decisions on ${session.articleName} wait to be restored.`);
				return;
			}
			await session.restoreRecovered();
		}),
	];

	/** Exports one article's annotations in a format other tools read, to a file the person picks. */
	async function exportArticle(session: ArticleSession, preset: ExportArguments | undefined): Promise<void> {
		const formats = (Object.keys(EXPORT_FORMAT_INFO) as ExportFormat[]).map((key) => ({ label: EXPORT_FORMAT_INFO[key].label, format: key }));
		const format = preset?.format ? formats.find((f) => f.format === preset.format) : await vscode.window.showQuickPick(formats, { placeHolder: `Export the annotations of ${session.articleName} as…` });
		if (!format) {
			return;
		}
		const scopes = [
			{ label: 'Accepted entities', include: 'accepted', includeRejected: false, includeSuggestions: false },
			{ label: 'Accepted entities and suggestions not reviewed yet', include: 'suggestions', includeRejected: false, includeSuggestions: true },
			{ label: 'Accepted, rejected and suggested, with their status', include: 'all', includeRejected: true, includeSuggestions: true },
		];
		const scope = preset?.include ? scopes.find((s) => s.include === preset.include) : await vscode.window.showQuickPick(scopes, { placeHolder: 'What to export' });
		if (!scope) {
			return;
		}
		const info = EXPORT_FORMAT_INFO[format.format];
		const target = preset?.target
			? vscode.Uri.parse(preset.target)
			: await vscode.window.showSaveDialog({
					defaultUri: vscode.Uri.joinPath(session.document.uri, '..', exportFileName(session.articleName, info.extension)),
					filters: { [info.filterName]: [info.extension.slice(1)] },
					saveLabel: 'Export',
				});
		if (!target) {
			return;
		}
		const text = session.document.getText();
		const result = exportAnnotations(
			format.format,
			{
				text,
				document: session.articleName,
				annotations: session.model.annotations,
				orphans: session.model.orphans,
				suggestions: session.model.detectedEntities,
				...(session.profile && session.profile.language !== 'und' ? { language: session.profile.language } : {}),
			},
			{ includeRejected: scope.includeRejected, includeSuggestions: scope.includeSuggestions },
		);
		await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.content));
		if (format.format === 'brat') {
			// brat reads the text from a .txt beside the .ann (UTF-8, no byte order mark, universal
			// newlines: the offsets count a CRLF as one character, so LF line ends are written).
			const textFile = vscode.Uri.joinPath(target, '..', exportFileName(baseName(target), '.txt'));
			if (textFile.toString() !== session.document.uri.toString()) {
				await vscode.workspace.fs.writeFile(textFile, new TextEncoder().encode(bratText(text)));
			}
		}
		const warnings = result.warnings.length ? ` (${result.warnings.length} warning${result.warnings.length > 1 ? 's' : ''}: ${result.warnings.slice(0, 2).map((w) => w.message).join('; ')})` : '';
		void vscode.window.showInformationMessage(`Article Annotator: exported to ${displayPath(target)}${warnings}.`);
	}

	/** The quick pick of Set Article Language…: Automatic, then each language detection uses (the languages setting); the current one first. */
	async function pickLanguage(session: ArticleSession, allowed: readonly LanguageCode[]): Promise<string | undefined> {
		const current = session.chosenLanguage ?? 'auto';
		const identified = session.profile && !session.profile.chosen ? languageLabel(session.profile) : undefined;
		const items = [
			{ label: 'Automatic', description: identified ? `identified from the text: ${identified}` : 'identified from the text', language: 'auto' },
			...SUPPORTED_LANGUAGES.filter((code) => allowed.includes(code)).map((code) => ({ label: LANGUAGE_NAMES[code], description: code, language: code as string })),
		].map((item) => (item.language === current ? { ...item, description: `${item.description} · current` } : item));
		const picked = await vscode.window.showQuickPick(
			items.sort((a, b) => (a.language === current ? -1 : b.language === current ? 1 : 0)),
			{ placeHolder: `Language of ${session.articleName}: its model reads the article's text (the other script's text keeps its own)` },
		);
		return picked?.language;
	}

	async function pickOrphan(session: ArticleSession) {
		const picked = await vscode.window.showQuickPick(
			session.model.orphans.map((orphan) => ({ label: `${orphan.type} ${isolate(orphan.text)}`, description: orphan.reason, orphan })),
			{ placeHolder: session.model.orphans.length ? 'Which orphaned annotation?' : 'This article has no orphaned annotations' },
		);
		return picked?.orphan;
	}

	async function jump(direction: 'next' | 'previous', states: EntityState[]): Promise<void> {
		const target = await resolve(undefined);
		if (!target?.editor) {
			return;
		}
		const { session, editor } = target;
		const from = direction === 'next' ? editor.document.offsetAt(editor.selection.start) : editor.document.offsetAt(editor.selection.start);
		const found = neighbourAround(session, from, direction, states);
		if (!found) {
			vscode.window.setStatusBarMessage(`Article Annotator: no ${states.length === 1 ? 'suggestion' : 'entity'} left`, 3000);
			return;
		}
		reveal(editor, found);
	}

	/** A tree action on a name (all its mentions) or on one mention. */
	async function decideGroup(arg: unknown, decision: 'accepted' | 'rejected' | 'untag'): Promise<void> {
		if (!isTreeNode(arg) || (arg.kind !== 'entity' && arg.kind !== 'mention')) {
			return;
		}
		const session = await container.sessionForUri(arg.uri);
		if (!session) {
			return;
		}
		// an article that was not open has just got its session: its decisions and suggestions come in as it loads
		await session.loaded;
		if (container.settings.detectionEnabled && !session.detectionCurrent) {
			await container.whenDetected(arg.uri, ARTICLE_DETECTION_WAIT_MS).catch(() => undefined);
		}
		checkWritable(session);
		const entities = session.model.allEntities();
		const targets = arg.kind === 'mention'
			? entities.filter((e) => e.key === arg.entity.key)
			: entities.filter((e) => e.type === arg.type && container.groupKey(e.text) === arg.key);
		const total = { added: [] as Annotation[], removed: [] as Annotation[], updated: [] as Annotation[], orphaned: [] };
		// one change (one Undo takes every mention back), the decisions copied once, not per mention
		session.model.batch(() => {
			for (const entity of targets) {
				let change: ChangeSummary | undefined;
				if (decision === 'untag') {
					change = entity.annotation ? session.model.untag(entity.annotation.id) : session.model.reject(asSuggestion(entity));
				} else if (entity.state === 'suggested') {
					change = decision === 'accepted' ? session.model.accept(asSuggestion(entity)) : session.model.reject(asSuggestion(entity));
				} else if (entity.annotation && entity.state !== decision) {
					change = decision === 'accepted' ? session.model.changeType(entity.annotation.id, entity.type) : session.model.untag(entity.annotation.id);
				}
				if (change) {
					total.added.push(...change.added);
					total.removed.push(...change.removed);
					total.updated.push(...change.updated);
				}
			}
		});
		session.commit(total);
		const described = summarize(total);
		if (described) {
			vscode.window.setStatusBarMessage(`Article Annotator: ${described}`, 3000);
		}
	}
}
