/**
 * One keystroke in an article holding many decisions (a long article reviewed through, or a
 * sidecar imported from another tool): what the extension host does at once
 * (ArticleSession.handleDocumentChange: the decisions and the detector's entities moved with the
 * edit), what it does once typing pauses (the decorations near the cursor; the status bar's
 * counts), and Undo Last Decision after many keystrokes (what it brings back moved along with
 * every edit made since).
 */
import type { Annotation } from '../../core/annotation';
import { DocumentAnnotations } from '../../core/document';
import type { ContentChange } from '../../core/shift';
import { TextBuffer } from '../../core/textBuffer';
import type { BenchConfig } from './config';
import type { WarmState } from './detection';
import { decorationRanges } from './incremental';
import type { BenchLanguage } from './inputs';
import { mb, seriesOf, timeOnce, type Report, type Sample } from './measure';

/** `count` accepted (90%) and rejected decisions on words spread evenly over `text`. */
export function decisionsOnWords(text: string, count: number): Annotation[] {
	const words = [...text.matchAll(/\p{L}{3,}/gu)];
	const step = words.length / Math.min(count, words.length);
	const created = new Date(Date.UTC(2026, 10, 24, 9, 0, 0)).toISOString();
	const out: Annotation[] = [];
	for (let i = 0; i < Math.min(count, words.length); i++) {
		const word = words[Math.floor(i * step)];
		const start = word.index;
		out.push({ id: `k${i.toString(36)}`, type: i % 3 === 0 ? 'PER' : i % 3 === 1 ? 'ORG' : 'LOC', start, end: start + word[0].length, text: word[0], status: i % 10 === 9 ? 'rejected' : 'accepted', source: 'user', created });
	}
	return out;
}

/** What ArticleSession.handleDocumentChange does to the model for one change event. */
function keystroke(model: DocumentAnnotations, buffer: TextBuffer, change: ContentChange): void {
	model.applyEdits([change], (annotation) => ({ ...annotation, reason: 'deleted by an edit' }), (start, end) => buffer.slice(start, end));
	const edit = { start: change.rangeOffset, end: change.rangeOffset + change.rangeLength, text: change.text };
	buffer.replace(edit.start, edit.end, edit.text);
	model.shiftDetected([edit]);
}

/** Where to type: a letter's place near the middle, not inside a decision (never inside a surrogate pair). */
function typingPlace(text: string, decisions: readonly Annotation[]): number {
	let offset = text.length >> 1;
	const inside = (at: number) => decisions.some((decision) => decision.start <= at && at <= decision.end);
	while (offset < text.length && (!/\p{L}/u.test(text[offset]) || inside(offset))) {
		offset++;
	}
	return offset;
}

export function runKeystrokes(config: BenchConfig, report: Report, states: Map<BenchLanguage, Map<number, WarmState>>): void {
	report.heading('One keystroke in an article holding many decisions (extension host)');
	report.note('keys.*.edit   = handleDocumentChange on the model: decisions and detector entities moved with the edit (the host is blocked this long per keystroke)');
	report.note('keys.*.paint  = once typing pauses: decoration ranges near the cursor (visibleEntitiesIn); keys.*.counts = the status bar\'s counts()');
	report.note('keys.undo.*   = Undo Last Decision bringing back decisions removed by one change, after that many keystrokes');
	const language: BenchLanguage = config.languages.includes('mixed') ? 'mixed' : config.languages[0];
	const bytes = config.incrementalSizes[0];
	const state = states.get(language)?.get(bytes);
	if (!state) {
		return;
	}
	const text = state.detection.text;
	const inputBytes = Buffer.byteLength(text, 'utf8');
	for (const count of config.keystrokeDecisions) {
		const decisions = decisionsOnWords(text, count);
		const model = new DocumentAnnotations(decisions);
		model.setDetected(state.entities);
		model.counts();
		const buffer = new TextBuffer(text);
		const offset = typingPlace(text, decisions);
		const letter = text[offset];
		const edits: Sample[] = [];
		const paints: Sample[] = [];
		const counts: Sample[] = [];
		for (let i = 0; i < config.incrementalWarmup + config.incrementalRuns; i++) {
			const edit = timeOnce(() => keystroke(model, buffer, { rangeOffset: offset, rangeLength: 0, text: letter })).sample;
			const paint = timeOnce(() => decorationRanges(model, offset)).sample;
			const count = timeOnce(() => model.counts()).sample;
			// and deleted again (not measured)
			keystroke(model, buffer, { rangeOffset: offset, rangeLength: 1, text: '' });
			if (i >= config.incrementalWarmup) {
				edits.push(edit);
				paints.push(paint);
				counts.push(count);
			}
		}
		const input = `${decisions.length} dec`;
		const note = `${mb(inputBytes)} ${language} article, ${decisions.length} decisions, ${state.entities.length} detected entities`;
		report.time(`keys.${decisions.length}.edit`, input, seriesOf(edits), { inputBytes, note });
		report.time(`keys.${decisions.length}.paint`, input, seriesOf(paints), { inputBytes, note });
		report.time(`keys.${decisions.length}.counts`, input, seriesOf(counts), { inputBytes, note });
	}
	// Undo after many keystrokes: every decision of the article untagged as one change, then typing.
	const removedCount = config.undoRemoved;
	const decisions = decisionsOnWords(text, removedCount);
	for (const keystrokes of config.undoKeystrokes) {
		const model = new DocumentAnnotations(decisions);
		model.batch(() => {
			for (const decision of decisions) {
				model.untag(decision.id);
			}
		});
		const buffer = new TextBuffer(text);
		const offset = typingPlace(text, decisions);
		for (let i = 0; i < keystrokes; i++) {
			keystroke(model, buffer, i % 2 === 0 ? { rangeOffset: offset, rangeLength: 0, text: text[offset] } : { rangeOffset: offset, rangeLength: 1, text: '' });
		}
		const undo = timeOnce(() => model.undo());
		const back = undo.result.added.length;
		report.time(`keys.undo.${keystrokes}`, `${removedCount} dec`, seriesOf([undo.sample]), { inputBytes, note: `${back} decisions brought back after ${keystrokes} keystrokes (1 run)` });
	}
}
