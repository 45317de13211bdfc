import * as vscode from 'vscode';
import type { ArticleSession } from './session';
import { languageLabel, type LanguageProfile } from '../core/language';
import { describeReviewKeys, type LabelDefinition } from '../core/labels';

/** The status bar item of the active article: language, direction, and what is left to review. */
export class StatusBar implements vscode.Disposable {
	private readonly item = vscode.window.createStatusBarItem('articleAnnotator.status', vscode.StatusBarAlignment.Right, 100);
	reviewMode = false;

	constructor() {
		this.item.name = 'Article Annotator';
		this.item.command = 'articleAnnotator.focusDocuments';
	}

	show(session: ArticleSession | undefined, editor: vscode.TextEditor | undefined, labels: readonly LabelDefinition[]): void {
		if (!session || !editor) {
			this.item.hide();
			return;
		}
		const counts = session.model.counts();
		const language = session.profile ? `${languageLabel(session.profile)}${session.profile.rightToLeft ? ' ⇐ RTL' : ''}` : '…';
		const pending = session.lastDetection && !session.lastDetection.complete ? '$(loading~spin) ' : '';
		const warning = session.readOnlyReason || session.model.orphans.length > 0 ? '$(warning) ' : '';
		const review = this.reviewMode ? '$(eye) REVIEW · ' : '';
		this.item.text = `${review}${warning}${pending}$(symbol-field) ${language} · ${counts.accepted + counts.suggested} entities · ${counts.suggested} to review`;
		const tooltip = new vscode.MarkdownString();
		tooltip.appendMarkdown(`**Article Annotator** — ${session.articleName}\n\n`);
		tooltip.appendMarkdown(`Language: ${session.profile ? languageLabel(session.profile) : 'not identified yet'}${session.profile?.rightToLeft ? ' (right to left)' : ''}${unsupportedNote(session.profile)}\n\n`);
		tooltip.appendMarkdown(`${counts.accepted} accepted · ${counts.suggested} suggested · ${counts.rejected} rejected\n\n`);
		if (session.model.orphans.length > 0) {
			tooltip.appendMarkdown(`⚠ ${session.model.orphans.length} orphaned annotation(s)\n\n`);
		}
		if (session.readOnlyReason) {
			tooltip.appendMarkdown(`⚠ ${session.sidecarLabel} ${session.readOnlyReason}\n\n`);
		}
		if (session.lastDetection) {
			tooltip.appendMarkdown(`Detection: ${session.lastDetection.detectMs} ms${session.lastDetection.complete ? '' : ' (in progress)'}\n\n`);
		}
		if (this.reviewMode) {
			tooltip.appendMarkdown(`Review mode: **A**/Enter accept · **X**/Backspace reject · ${describeReviewKeys(labels, (key) => `**${key}**`)} set type · **N**/Tab next · **P**/Shift+Tab previous · **U** untag · **O** tag all occurrences · **Z** undo · **Shift+Z** redo · **Esc** leave\n\n`);
		}
		this.item.tooltip = tooltip;
		this.item.show();
	}

	dispose(): void {
		this.item.dispose();
	}
}

/** What the tooltip says of a language set by a person, or one the detector has no model for. */
function unsupportedNote(profile: LanguageProfile | undefined): string {
	if (profile?.chosen) return ', set for this article (Set Article Language… to change it)';
	if (profile?.setButNotAllowed) return `; the article's sidecar sets ${profile.setButNotAllowed}, which articleAnnotator.languages leaves out, so the language was identified instead`;
	if (!profile?.unsupported) return '';
	return profile.readWith
		? `: no model for it, suggestions come from the ${profile.readWith === 'en' ? 'English' : profile.readWith} model`
		: ': no suggestions, the detector reads Arabic, French and English';
}
