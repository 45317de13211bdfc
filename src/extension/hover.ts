import * as vscode from 'vscode';
import type { ViewEntity } from '../core/document';
import type { LabelDefinition } from '../core/labels';
import type { ArticleSession } from './session';
import { isolate } from './summary';

const SOURCE_NAMES: Record<string, string> = {
	model: 'the trained tagger',
	date: 'the date patterns',
	rule: 'a rule',
	gazetteer: 'a name list',
	memory: 'names you accepted before',
	user: 'you',
};

function commandLink(title: string, command: string, args: unknown): string {
	return `[${title}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/** The hover of an entity: type, state, source and confidence, with one-click actions. */
export function entityHover(entity: ViewEntity, labels: readonly LabelDefinition[], uri: vscode.Uri): vscode.MarkdownString {
	const label = labels.find((l) => l.name === entity.type);
	const markdown = new vscode.MarkdownString(undefined, true);
	markdown.isTrusted = { enabledCommands: ['articleAnnotator.acceptSuggestion', 'articleAnnotator.rejectSuggestion', 'articleAnnotator.untag', 'articleAnnotator.changeType', 'articleAnnotator.editNote'] };
	markdown.supportThemeIcons = true;
	// a label may have no description (the setting requires a name and a colour only)
	// The description, source and author come from settings and sidecars: shown as written, never
	// read as markdown (a `*` or a `[link](command:…)` in them is text).
	markdown.appendMarkdown(`**${entity.type}**`);
	if (!label) {
		markdown.appendMarkdown(' — $(warning) not in the label set (`articleAnnotator.labels`): kept in the sidecar as it is; add the label to the setting, or Change type…');
	} else if (label.description) {
		markdown.appendMarkdown(' — ');
		markdown.appendText(label.description);
	}
	markdown.appendMarkdown('\n\n');
	markdown.appendText(isolate(entity.text));
	markdown.appendMarkdown('\n\n');
	const state = entity.state === 'suggested' ? '$(circle-large-outline) suggestion, not reviewed yet' : entity.state === 'accepted' ? '$(pass-filled) accepted' : '$(circle-slash) rejected';
	markdown.appendMarkdown(`${state}  \n`);
	markdown.appendMarkdown('Source: ');
	markdown.appendText(SOURCE_NAMES[entity.source] ?? entity.source);
	if (entity.confidence !== undefined) {
		markdown.appendMarkdown(` · confidence ${Math.round(entity.confidence * 100)}%`);
	}
	if (entity.annotation?.author) {
		markdown.appendMarkdown(' · by ');
		markdown.appendText(entity.annotation.author);
	}
	markdown.appendMarkdown('\n\n');
	if (entity.annotation?.note) {
		markdown.appendMarkdown('$(note) ');
		markdown.appendText(isolate(entity.annotation.note));
		markdown.appendMarkdown('\n\n');
	}
	const target = { uri: uri.toString(), start: entity.start, end: entity.end, key: entity.key };
	const actions = entity.state === 'suggested'
		? [commandLink('Accept', 'articleAnnotator.acceptSuggestion', target), commandLink('Reject', 'articleAnnotator.rejectSuggestion', target), commandLink('Change type…', 'articleAnnotator.changeType', target)]
		: [commandLink('Change type…', 'articleAnnotator.changeType', target), commandLink(entity.annotation?.note ? 'Edit note…' : 'Note…', 'articleAnnotator.editNote', target), commandLink('Untag', 'articleAnnotator.untag', target)];
	markdown.appendMarkdown(actions.join(' · '));
	return markdown;
}

export class EntityHoverProvider implements vscode.HoverProvider {
	constructor(
		private readonly sessionFor: (document: vscode.TextDocument) => ArticleSession | undefined,
		private readonly labels: () => readonly LabelDefinition[],
	) {}

	provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
		const session = this.sessionFor(document);
		if (!session) {
			return undefined;
		}
		const offset = document.offsetAt(position);
		const found = session.model.entityAt(offset);
		const entity = found && offset < found.end ? found : this.selectedEndingAt(document, position, session);
		if (!entity) {
			return undefined;
		}
		const range = new vscode.Range(document.positionAt(entity.start), document.positionAt(entity.end));
		return new vscode.Hover(entityHover(entity, this.labels(), document.uri), range);
	}

	/**
	 * The entity selected in an editor whose cursor is at its end, as Go to Next and review mode
	 * select it: Show Hover from the keyboard (Ctrl+K Ctrl+I) asks at the cursor, just past the name.
	 */
	private selectedEndingAt(document: vscode.TextDocument, position: vscode.Position, session: ArticleSession): ViewEntity | undefined {
		const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === document && !candidate.selection.isEmpty && candidate.selection.active.isEqual(position));
		if (!editor) {
			return undefined;
		}
		const start = document.offsetAt(editor.selection.start);
		const entity = session.model.entityAt(start);
		return entity && entity.start === start && entity.end === document.offsetAt(editor.selection.end) ? entity : undefined;
	}
}
