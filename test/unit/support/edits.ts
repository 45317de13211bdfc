import { DocumentAnnotations } from '../../../src/core/document';
import type { ContentChange } from '../../../src/core/shift';

/**
 * Applies one editor change event to `text` and to the annotations the way the extension's
 * session does (decisions shifted, the ones cut through orphaned, the detector's entities moved),
 * and returns the new text.
 */
export function editAsTheSession(annotations: DocumentAnnotations, text: string, changes: readonly ContentChange[]): string {
	const before = text;
	annotations.applyEdits(changes, (annotation) => ({ ...annotation, reason: 'deleted by an edit' }), (start, end) => before.slice(start, end));
	const edits = changes.map((change) => ({ start: change.rangeOffset, end: change.rangeOffset + change.rangeLength, text: change.text })).sort((a, b) => b.start - a.start);
	for (const edit of edits) {
		text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
	}
	annotations.shiftDetected(edits);
	return text;
}
