import * as vscode from 'vscode';
import type { OrphanedAnnotation } from '../core/annotation';
import { folderOf } from '../core/articlePaths';
import type { ViewEntity } from '../core/document';
import type { Settings } from './config';
import type { Corpus, ArticleRecord } from './corpus';
import { countEntities, groupByName, groupNamed, isolate, lineOf, summaryCounts, type ArticleSummary, type EntityGroup } from './summary';
import { baseName, displayPath } from './sidecarFiles';

export type TreeNode =
	| { readonly kind: 'article'; readonly uri: vscode.Uri }
	| { readonly kind: 'type'; readonly uri: vscode.Uri; readonly type: string }
	| { readonly kind: 'entity'; readonly uri: vscode.Uri; readonly type: string; readonly key: string }
	| { readonly kind: 'mention'; readonly uri: vscode.Uri; readonly type: string; readonly groupKey: string; readonly entity: ViewEntity }
	| { readonly kind: 'orphans'; readonly uri: vscode.Uri }
	| { readonly kind: 'orphan'; readonly uri: vscode.Uri; readonly orphan: OrphanedAnnotation };

const STATE_ICON: Record<string, string> = { accepted: 'pass-filled', suggested: 'circle-large-outline', rejected: 'circle-slash' };

/** Where in the article a mention is, without opening it when it is not open. */
function describePosition(uri: vscode.Uri, summary: ArticleSummary | undefined, offset: number): string {
	const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
	if (open) {
		const position = open.positionAt(offset);
		return `line ${position.line + 1}:${position.character + 1}`;
	}
	if (summary?.lineStarts) {
		const line = lineOf(summary.lineStarts, offset);
		return `line ${line + 1}:${offset - summary.lineStarts[line] + 1}`;
	}
	return `offset ${offset}`;
}

function stateSummary(group: EntityGroup): string {
	const counts = { accepted: 0, suggested: 0, rejected: 0 };
	for (const mention of group.mentions) {
		counts[mention.state]++;
	}
	return [counts.accepted ? `✓${counts.accepted}` : '', counts.suggested ? `?${counts.suggested}` : '', counts.rejected ? `✗${counts.rejected}` : ''].filter(Boolean).join(' ');
}

/**
 * The Documents tree: articles → types → names → mentions, plus orphans. Children are computed
 * only when a node is expanded; ids are stable so expansion survives refreshes.
 */
export class DocumentsTree implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
	private readonly changeEmitter = new vscode.EventEmitter<TreeNode | undefined>();
	readonly onDidChangeTreeData = this.changeEmitter.event;
	private readonly subscription: vscode.Disposable;
	private refreshTimer: NodeJS.Timeout | undefined;
	private pendingUris = new Set<string>();
	private refreshAll = false;

	constructor(
		private readonly corpus: Corpus,
		private readonly settings: () => Settings,
	) {
		this.subscription = corpus.onDidChange((uri) => this.scheduleRefresh(uri));
	}

	/** Coalesces bursts (background scans, typing) into one refresh per 150 ms. */
	private scheduleRefresh(uri: vscode.Uri | undefined): void {
		if (uri) {
			this.pendingUris.add(uri.toString());
		} else {
			this.refreshAll = true;
		}
		if (!this.refreshTimer) {
			this.refreshTimer = setTimeout(() => {
				this.refreshTimer = undefined;
				if (this.refreshAll || this.pendingUris.size > 20) {
					this.changeEmitter.fire(undefined);
				} else {
					for (const key of this.pendingUris) {
						const record = this.corpus.get(vscode.Uri.parse(key));
						if (record) {
							this.changeEmitter.fire({ kind: 'article', uri: record.uri });
						}
					}
				}
				this.pendingUris.clear();
				this.refreshAll = false;
			}, 150);
		}
	}

	refresh(): void {
		this.changeEmitter.fire(undefined);
	}

	getTreeItem(node: TreeNode): vscode.TreeItem {
		switch (node.kind) {
			case 'article':
				return this.articleItem(node.uri);
			case 'type':
				return this.typeItem(node.uri, node.type);
			case 'entity':
				return this.entityItem(node);
			case 'mention':
				return this.mentionItem(node);
			case 'orphans':
				return this.orphansItem(node.uri);
			case 'orphan':
				return this.orphanItem(node.uri, node.orphan);
		}
	}

	getChildren(node?: TreeNode): TreeNode[] {
		if (!node) {
			return this.corpus.articles.map((record) => ({ kind: 'article', uri: record.uri }));
		}
		const summary = this.summary(node.uri);
		if (!summary) {
			return [];
		}
		switch (node.kind) {
			case 'article': {
				const counts = summaryCounts(summary);
				const types = [...new Set(summary.entities.map((entity) => entity.type))].sort((a, b) => (counts.byType.get(b) ?? 0) - (counts.byType.get(a) ?? 0) || a.localeCompare(b));
				const children: TreeNode[] = types.map((type) => ({ kind: 'type', uri: node.uri, type }));
				if (summary.orphans.length > 0) {
					children.unshift({ kind: 'orphans', uri: node.uri });
				}
				return children;
			}
			case 'type':
				return groupByName(summary.entities, node.type).map((group) => ({ kind: 'entity', uri: node.uri, type: node.type, key: group.key }));
			case 'entity': {
				const group = groupNamed(summary.entities, node.type, node.key);
				return (group?.mentions ?? []).map((entity) => ({ kind: 'mention', uri: node.uri, type: node.type, groupKey: node.key, entity }));
			}
			case 'orphans':
				return summary.orphans.map((orphan) => ({ kind: 'orphan', uri: node.uri, orphan }));
			default:
				return [];
		}
	}

	getParent(node: TreeNode): TreeNode | undefined {
		switch (node.kind) {
			case 'article':
				return undefined;
			case 'type':
			case 'orphans':
				return { kind: 'article', uri: node.uri };
			case 'entity':
				return { kind: 'type', uri: node.uri, type: node.type };
			case 'mention':
				return { kind: 'entity', uri: node.uri, type: node.type, key: node.groupKey };
			case 'orphan':
				return { kind: 'orphans', uri: node.uri };
		}
	}

	private record(uri: vscode.Uri): ArticleRecord | undefined {
		return this.corpus.get(uri);
	}

	private summary(uri: vscode.Uri): ArticleSummary | undefined {
		const record = this.record(uri);
		return record ? this.corpus.summaryOf(record) : undefined;
	}

	private articleItem(uri: vscode.Uri): vscode.TreeItem {
		const record = this.record(uri);
		const summary = record ? this.corpus.summaryOf(record) : undefined;
		const item = new vscode.TreeItem(baseName(uri), vscode.TreeItemCollapsibleState.Collapsed);
		item.id = `article:${uri.toString()}`;
		item.resourceUri = uri;
		item.command = { command: 'vscode.open', title: 'Open Article', arguments: [uri] };
		const path = displayPath(uri);
		// two lines with the same name are told apart by their folders
		const folder = this.corpus.sharesName(uri) ? folderOf(path) : '';
		const describe = (...parts: string[]) => [folder, ...parts].filter(Boolean).join(' · ');
		if (record?.error) {
			item.description = describe(`⚠ ${record.error}`);
			item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
			item.collapsibleState = vscode.TreeItemCollapsibleState.None;
			item.contextValue = 'article.unreadable';
			item.tooltip = `${path}: ${record.error}`;
			return item;
		}
		if (!summary) {
			item.description = describe('reading…');
			item.tooltip = path;
			item.iconPath = new vscode.ThemeIcon('loading~spin');
			item.contextValue = 'article';
			return item;
		}
		const counts = summaryCounts(summary);
		const types = [...counts.byType.entries()].sort((a, b) => b[1] - a[1]).map(([type, count]) => `${type} ${count}`);
		const review = `✓${counts.accepted} ?${counts.suggested} ✗${counts.rejected}`;
		item.description = describe(summary.language + (summary.rightToLeft ? ' ⇐' : ''), types.join(' '), review);
		const tooltip = new vscode.MarkdownString();
		tooltip.appendMarkdown('**');
		tooltip.appendText(path);
		tooltip.appendMarkdown('**\n\n');
		tooltip.appendMarkdown(`Language: ${summary.language}${summary.rightToLeft ? ' (right to left)' : ''}\n\n`);
		tooltip.appendMarkdown(`Entities: ${types.join(', ') || 'none'}\n\n`);
		tooltip.appendMarkdown(`Review: ${counts.accepted} accepted, ${counts.suggested} suggested, ${counts.rejected} rejected\n\n`);
		if (summary.orphans.length > 0) {
			tooltip.appendMarkdown(`⚠ ${summary.orphans.length} orphaned annotation(s) need re-placing or dropping\n\n`);
		}
		if (summary.problem) {
			tooltip.appendMarkdown(`⚠ Sidecar: ${summary.problem}\n\n`);
		}
		item.tooltip = tooltip;
		const needsAttention = summary.orphans.length > 0 || summary.problem;
		item.iconPath = needsAttention
			? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
			: counts.suggested === 0 && counts.accepted > 0
				? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'))
				: new vscode.ThemeIcon('file-text');
		item.contextValue = summary.orphans.length > 0 ? 'article.orphans' : 'article';
		return item;
	}

	private typeItem(uri: vscode.Uri, type: string): vscode.TreeItem {
		const summary = this.summary(uri);
		const count = summary ? countEntities(summary.entities.filter((entity) => entity.type === type)) : undefined;
		const item = new vscode.TreeItem(type, vscode.TreeItemCollapsibleState.Collapsed);
		item.id = `type:${uri.toString()}#${type}`;
		item.description = count ? `${count.accepted + count.suggested}${count.suggested ? ` · ${count.suggested} to review` : ''}` : '';
		item.iconPath = new vscode.ThemeIcon('symbol-field', this.labelColor(type));
		item.contextValue = count && count.suggested > 0 ? 'type.suggestions' : 'type';
		return item;
	}

	private entityItem(node: Extract<TreeNode, { kind: 'entity' }>): vscode.TreeItem {
		const summary = this.summary(node.uri);
		const group = summary ? groupNamed(summary.entities, node.type, node.key) : undefined;
		const item = new vscode.TreeItem(isolate(group?.text ?? node.key), vscode.TreeItemCollapsibleState.Collapsed);
		item.id = `entity:${node.uri.toString()}#${node.type}#${node.key}`;
		if (group) {
			item.description = `×${group.mentions.length} ${stateSummary(group)}`;
			const states = [...group.states].sort().join('.');
			item.contextValue = `entity.${states}`;
			item.iconPath = new vscode.ThemeIcon(group.states.has('suggested') ? STATE_ICON.suggested : group.states.has('accepted') ? STATE_ICON.accepted : STATE_ICON.rejected, this.labelColor(node.type));
		}
		return item;
	}

	private mentionItem(node: Extract<TreeNode, { kind: 'mention' }>): vscode.TreeItem {
		const { entity } = node;
		const summary = this.summary(node.uri);
		const item = new vscode.TreeItem(describePosition(node.uri, summary, entity.start), vscode.TreeItemCollapsibleState.None);
		item.id = `mention:${node.uri.toString()}#${entity.key}`;
		item.description = `${entity.state}${entity.source && entity.state !== 'accepted' ? ` · ${entity.source}` : ''}${entity.confidence !== undefined && entity.state === 'suggested' ? ` ${Math.round(entity.confidence * 100)}%` : ''}`;
		item.iconPath = new vscode.ThemeIcon(STATE_ICON[entity.state], this.labelColor(entity.type));
		item.contextValue = `mention.${entity.state}`;
		item.command = { command: 'articleAnnotator.revealMention', title: 'Reveal Mention', arguments: [node] };
		const note = entity.annotation?.note;
		if (note) {
			item.description += ' · note';
		}
		item.tooltip = `${entity.type} «${entity.text}» — ${entity.state}${note ? `\n${note}` : ''}`;
		return item;
	}

	private orphansItem(uri: vscode.Uri): vscode.TreeItem {
		const summary = this.summary(uri);
		const item = new vscode.TreeItem('Orphaned annotations', vscode.TreeItemCollapsibleState.Expanded);
		item.id = `orphans:${uri.toString()}`;
		item.description = `${summary?.orphans.length ?? 0}: text not found in the article`;
		item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
		item.contextValue = 'orphans';
		return item;
	}

	private orphanItem(uri: vscode.Uri, orphan: OrphanedAnnotation): vscode.TreeItem {
		const item = new vscode.TreeItem(`${orphan.type} ${isolate(orphan.text)}`, vscode.TreeItemCollapsibleState.None);
		item.id = `orphan:${uri.toString()}#${orphan.id}`;
		item.description = orphan.reason;
		item.tooltip = `${orphan.type} «${orphan.text}» (${orphan.status}) — ${orphan.reason}. Re-place it on a selection, or drop it.`;
		item.iconPath = new vscode.ThemeIcon('debug-disconnect', new vscode.ThemeColor('problemsWarningIcon.foreground'));
		item.contextValue = 'orphan';
		return item;
	}

	/** The colour of a type's icons: its theme colour, for a label drawn in it (a recoloured or custom label has none a tree icon can take). */
	private labelColor(type: string): vscode.ThemeColor | undefined {
		return this.settings().themedLabels.has(type) ? new vscode.ThemeColor(`articleAnnotator.${type.toLowerCase()}.acceptedBorder`) : undefined;
	}

	dispose(): void {
		clearTimeout(this.refreshTimer);
		this.subscription.dispose();
		this.changeEmitter.dispose();
	}
}

