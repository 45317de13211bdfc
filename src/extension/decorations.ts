import * as vscode from 'vscode';
import type { ViewEntity } from '../core/document';
import type { LabelDefinition } from '../core/labels';
import { hasRightToLeftLetter } from '../core/unicode';
import type { Settings } from './config';

/** Suffix of the decoration types without a type tag, drawn on right-to-left lines. */
const UNTAGGED = '.untagged';

/** How many entities around the visible lines are still drawn when drawing only what is visible. */
const VISIBLE_MARGIN_LINES = 200;

export interface PaintReport {
	/** Entities drawn per `${type}.${state}`. */
	readonly drawn: Readonly<Record<string, number>>;
	/** Entities left out because a type hit the cap. */
	readonly cappedOut: number;
	/** True when only entities near the visible ranges were drawn. */
	readonly visibleOnly: boolean;
	/** Entities drawn without their type tag because they end on a right-to-left line. */
	readonly untaggedRightToLeft: number;
	readonly timing?: string;
}

function hexWithAlpha(hex: string, alpha: number): string {
	const value = Math.round(alpha * 255).toString(16).padStart(2, '0');
	return `${hex}${value}`;
}

/** A label's colour for a part of its highlight: the theme's (see `Settings.themedLabels`), else its configured colour. */
function colorFor(label: LabelDefinition, themed: boolean, part: 'acceptedBackground' | 'acceptedBorder' | 'suggestedBackground' | 'suggestedBorder' | 'label'): string | vscode.ThemeColor {
	if (themed) {
		return new vscode.ThemeColor(`articleAnnotator.${label.name.toLowerCase()}.${part}`);
	}
	switch (part) {
		case 'acceptedBackground':
			return hexWithAlpha(label.color, 0.28);
		case 'suggestedBackground':
			return hexWithAlpha(label.color, 0.08);
		default:
			return label.color;
	}
}

/**
 * Owns one decoration type per label and state, created once (and again only when the label set
 * or the style settings change), and draws a document's entities into its editors with one
 * setDecorations call per type, passing plain ranges (VS Code's fast path).
 */
export class EntityDecorations implements vscode.Disposable {
	private types = new Map<string, vscode.TextEditorDecorationType>();
	/**
	 * For entities of a type not in the label set (a label removed from the setting, a sidecar from
	 * another project), by state: outlined in the theme's warning colour, each range tagged with its
	 * own type, so that they are seen and not taken for a label of the set.
	 */
	private readonly otherTypes = new Map<'accepted' | 'suggested', vscode.TextEditorDecorationType>([
		['accepted', vscode.window.createTextEditorDecorationType(otherLabelStyle('solid'))],
		['suggested', vscode.window.createTextEditorDecorationType(otherLabelStyle('dashed'))],
	]);
	private styleKey = '';

	constructor(settings: Settings) {
		this.configure(settings);
	}

	/** Rebuilds the decoration types when the labels or their look changed; returns true if it did. */
	configure(settings: Settings): boolean {
		const key = JSON.stringify([settings.labels, settings.showTypeLabels]);
		if (key === this.styleKey) {
			return false;
		}
		this.styleKey = key;
		this.disposeTypes();
		for (const label of settings.labels) {
			const themed = settings.themedLabels.has(label.name);
			this.types.set(`${label.name}.accepted`, vscode.window.createTextEditorDecorationType(acceptedStyle(label, themed, settings.showTypeLabels)));
			this.types.set(`${label.name}.suggested`, vscode.window.createTextEditorDecorationType(suggestedStyle(label, themed, settings.showTypeLabels)));
			if (settings.showTypeLabels) {
				this.types.set(`${label.name}.accepted${UNTAGGED}`, vscode.window.createTextEditorDecorationType(acceptedStyle(label, themed, false)));
				this.types.set(`${label.name}.suggested${UNTAGGED}`, vscode.window.createTextEditorDecorationType(suggestedStyle(label, themed, false)));
			}
		}
		return true;
	}

	/** Number of decoration types made for the label set (tests check it stays per label and state). */
	get typeCount(): number {
		return this.types.size;
	}

	/** Draws these entities (all of an article, or those near the visible lines of a long one). */
	paint(editor: vscode.TextEditor, entities: readonly ViewEntity[], settings: Settings, visibleOnly: boolean): PaintReport {
		const t0 = performance.now();
		const document = editor.document;
		const buckets = new Map<string, vscode.Range[]>();
		for (const key of this.types.keys()) {
			buckets.set(key, []);
		}
		let cappedOut = 0;
		let untaggedRightToLeft = 0;
		const rightToLeftLines = new Map<number, boolean>();
		const others = new Map<string, vscode.DecorationOptions[]>([...this.otherTypes.keys()].map((state) => [state, []]));
		const otherCounts: Record<string, number> = {};
		const isRightToLeftLine = (line: number): boolean => {
			let rightToLeft = rightToLeftLines.get(line);
			if (rightToLeft === undefined) {
				rightToLeft = hasRightToLeftLetter(document.lineAt(line).text);
				rightToLeftLines.set(line, rightToLeft);
			}
			return rightToLeft;
		};
		for (const entity of entities) {
			const key = `${entity.type}.${entity.state}`;
			const bucket = buckets.get(key);
			const range = new vscode.Range(document.positionAt(entity.start), document.positionAt(entity.end));
			if (!bucket) {
				// a type not in the label set (a label removed from the setting, an older sidecar): kept, and shown as such
				const other = others.get(entity.state);
				if (!other) {
					continue;
				}
				if ((otherCounts[key] ?? 0) >= settings.maxDecorationsPerType) {
					cappedOut++;
					continue;
				}
				const tagged = settings.showTypeLabels && !isRightToLeftLine(range.end.line);
				untaggedRightToLeft += settings.showTypeLabels && !tagged ? 1 : 0;
				other.push(tagged ? { range, renderOptions: { after: otherLabelTag(`${entity.type}${entity.state === 'suggested' ? '?' : ''}`) } } : { range });
				otherCounts[key] = (otherCounts[key] ?? 0) + 1;
				continue;
			}
			// VS Code lays out each piece of a line holding right-to-left text as an isolate, the pieces
			// left to right: the tag after a name would cut an Arabic sentence in two at the name and
			// show its halves in the wrong order (and a word tagged in part torn apart). There, the
			// name is drawn without its tag (its type is in its colour, hover and the tree).
			const untagged = buckets.get(`${key}${UNTAGGED}`);
			const rightToLeft = untagged ? isRightToLeftLine(range.end.line) : false;
			const target = rightToLeft && untagged ? untagged : bucket;
			if (bucket.length + (untagged?.length ?? 0) >= settings.maxDecorationsPerType) {
				cappedOut++;
				continue;
			}
			if (target === untagged) {
				untaggedRightToLeft++;
			}
			target.push(range);
		}
		const t1 = performance.now();
		const drawn: Record<string, number> = {};
		for (const [key, type] of this.types) {
			const ranges = buckets.get(key) ?? [];
			const kind = key.endsWith(UNTAGGED) ? key.slice(0, -UNTAGGED.length) : key;
			drawn[kind] = (drawn[kind] ?? 0) + ranges.length;
			editor.setDecorations(type, ranges);
		}
		for (const [state, type] of this.otherTypes) {
			editor.setDecorations(type, others.get(state) ?? []);
		}
		Object.assign(drawn, otherCounts);
		const t2 = performance.now();
		return { drawn, cappedOut, visibleOnly, untaggedRightToLeft, timing: `ranges ${Math.round(t1 - t0)} ms, set ${Math.round(t2 - t1)} ms, ${Object.values(drawn).reduce((a, b) => a + b, 0)} drawn` };
	}

	clear(editor: vscode.TextEditor): void {
		for (const type of [...this.types.values(), ...this.otherTypes.values()]) {
			editor.setDecorations(type, []);
		}
	}

	dispose(): void {
		this.disposeTypes();
		for (const type of this.otherTypes.values()) {
			type.dispose();
		}
	}

	private disposeTypes(): void {
		for (const type of this.types.values()) {
			type.dispose();
		}
		this.types.clear();
	}
}

/** Offsets of the visible lines of an editor, widened by a margin so scrolling shows highlights at once. */
export function visibleWindows(editor: vscode.TextEditor): { start: number; end: number }[] {
	const document = editor.document;
	return editor.visibleRanges.map((range) => {
		const first = Math.max(0, range.start.line - VISIBLE_MARGIN_LINES);
		const last = Math.min(document.lineCount - 1, range.end.line + VISIBLE_MARGIN_LINES);
		return { start: document.offsetAt(new vscode.Position(first, 0)), end: document.offsetAt(document.lineAt(last).range.end) };
	});
}

function typeLabel(color: string | vscode.ThemeColor, text: string): vscode.ThemableDecorationAttachmentRenderOptions {
	return {
		contentText: text,
		color,
		margin: '0 0.15em',
		// Small raised tag after the entity, like brat's labels, without changing the line height.
		textDecoration: 'none; font-size: 0.72em; vertical-align: super; font-weight: 600;',
	};
}

function acceptedStyle(label: LabelDefinition, themed: boolean, showTypeLabels: boolean): vscode.DecorationRenderOptions {
	return {
		backgroundColor: colorFor(label, themed, 'acceptedBackground'),
		borderWidth: '0 0 2px 0',
		borderStyle: 'solid',
		borderColor: colorFor(label, themed, 'acceptedBorder'),
		borderRadius: '2px',
		overviewRulerColor: colorFor(label, themed, 'acceptedBorder'),
		overviewRulerLane: vscode.OverviewRulerLane.Right,
		rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
		...(showTypeLabels ? { after: typeLabel(colorFor(label, themed, 'label'), label.name) } : {}),
	};
}

function suggestedStyle(label: LabelDefinition, themed: boolean, showTypeLabels: boolean): vscode.DecorationRenderOptions {
	return {
		backgroundColor: colorFor(label, themed, 'suggestedBackground'),
		borderWidth: '0 0 2px 0',
		borderStyle: 'dashed',
		borderColor: colorFor(label, themed, 'suggestedBorder'),
		overviewRulerColor: colorFor(label, themed, 'suggestedBorder'),
		overviewRulerLane: vscode.OverviewRulerLane.Center,
		rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
		...(showTypeLabels ? { after: typeLabel(colorFor(label, themed, 'label'), `${label.name}?`) } : {}),
	};
}


/** Entities of a type not in the label set: outlined in the theme's warning colour, no fill. */
function otherLabelStyle(borderStyle: 'solid' | 'dashed'): vscode.DecorationRenderOptions {
	const color = new vscode.ThemeColor('editorWarning.foreground');
	return {
		borderWidth: '1px',
		borderStyle,
		borderColor: color,
		borderRadius: '2px',
		overviewRulerColor: color,
		overviewRulerLane: borderStyle === 'solid' ? vscode.OverviewRulerLane.Right : vscode.OverviewRulerLane.Center,
		rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
	};
}

function otherLabelTag(text: string): vscode.ThemableDecorationAttachmentRenderOptions {
	return typeLabel(new vscode.ThemeColor('editorWarning.foreground'), `${text} ⚠`);
}
