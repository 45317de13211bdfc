/**
 * Label Studio's JSON (what its Import reads and its JSON export writes): a JSON array of tasks,
 * one per article, for a labeling config with `<Labels name="label" toName="text">` over
 * `<Text name="text" value="$text">` (`labelStudioConfig` writes one):
 *
 *     [{"data": {"text": "...", "document": "000_x.txt"},
 *       "annotations": [{"result": [{"id": "…", "from_name": "label", "to_name": "text", "type": "labels",
 *                                    "value": {"start": 0, "end": 5, "text": "Karim", "labels": ["PER"]}}]}],
 *       "predictions": [{"model_version": "article-annotator", "score": 0.8, "result": [… "score": 0.8 …]}]}]
 *
 * - The accepted entities are the one annotation's result (no annotation when there are none, so
 *   Label Studio does not count the task as labelled).
 * - Suggestions (`includeSuggestions`) are the task's prediction, each region's `score` our
 *   confidence and the prediction's their mean: Label Studio shows them as pre-annotations to
 *   accept or correct, never as a person's.
 * - Rejected decisions (`includeRejected`) go to `data.rejected` ({start, end, text, labels}):
 *   Label Studio has no rejected region and keeps the task's data as it is.
 * - A decision's note is its region's `meta.text` (the region's Meta field in Label Studio's
 *   region panel, which keeps and exports it); on `data.rejected` items too. Authors have no place
 *   (an annotation's `completed_by` is a user of the Label Studio instance) and are not written.
 * - `data.document` is the article's name (`ExportInput.document`), for import to find it back.
 * - Offsets are code points by default, as Label Studio stores them since its front end counts
 *   code points (HumanSignal/label-studio#1559, label-studio-frontend#308, which fixed
 *   HumanSignal/label-studio#1347: offsets shifted after an emoji); `offsets: 'utf16'` for older
 *   versions, which counted UTF-16 units. The unit is deliberately not written in the task: a
 *   person labelling it in a Label Studio of the other kind would make it wrong; import tells the
 *   unit from each region's `text` instead.
 * - Each file is a whole array, so one article's export imports alone; `labelStudioFile` joins
 *   several.
 */

import { jsonLine, type OffsetUnit } from './jsonl';
import { collectSpans, statsOf } from './spans';
import type { ExportInput, ExportResult, ExportSpan, SelectionOptions } from './types';

export interface LabelStudioOptions extends SelectionOptions {
	/** Unit of the offsets (default `codepoint`). */
	readonly offsets?: OffsetUnit;
}

/** The model version named in predictions. */
export const LABEL_STUDIO_MODEL_VERSION = 'article-annotator';

/** Exports one article as a Label Studio file of one task. */
export function exportLabelStudio(input: ExportInput, options: LabelStudioOptions = {}): ExportResult {
	const collected = collectSpans(input, options);
	const { converter } = collected;
	const at = (offset: number) => (options.offsets === 'utf16' ? offset : converter.toCodePoint(offset));
	const value = (span: ExportSpan) => ({ start: at(span.start), end: at(span.end), text: span.text, labels: [span.type] });
	const meta = (span: ExportSpan) => (span.note === undefined ? {} : { meta: { text: [span.note] } });
	const region = (span: ExportSpan, id: string) => ({ id, from_name: 'label', to_name: 'text', type: 'labels', value: value(span), ...meta(span) });
	const of = (status: ExportSpan['status']) => collected.spans.filter((span) => span.status === status);

	const data: Record<string, unknown> = { text: typeof input.text === 'string' ? input.text : '' };
	if (typeof input.document === 'string') {
		data.document = input.document;
	}
	if (input.language !== undefined) {
		data.language = input.language;
	}
	if (options.includeRejected) {
		data.rejected = of('rejected').map((span) => ({ ...value(span), ...meta(span) }));
	}
	const accepted = of('accepted');
	const task: Record<string, unknown> = { data, annotations: accepted.length === 0 ? [] : [{ result: accepted.map((span, index) => region(span, span.id ?? `a${index + 1}`)) }] };
	if (options.includeSuggestions) {
		const suggested = of('suggested');
		const scores = suggested.map((span) => span.confidence ?? 0);
		task.predictions =
			suggested.length === 0
				? []
				: [
						{
							model_version: LABEL_STUDIO_MODEL_VERSION,
							score: Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 1000) / 1000,
							result: suggested.map((span, index) => ({ ...region(span, `s${index + 1}`), ...(span.confidence === undefined ? {} : { score: span.confidence }) })),
						},
					];
	}
	return { content: labelStudioFile([jsonLine(task)]), warnings: collected.warnings, stats: statsOf(collected.spans, collected) };
}

/** One Label Studio file (a JSON array) of tasks, each given as one line of JSON. */
export function labelStudioFile(tasks: readonly string[]): string {
	return tasks.length === 0 ? '[]\n' : `[\n${tasks.join(',\n')}\n]\n`;
}

/** The task lines of a file `labelStudioFile` wrote, to join them with others. */
export function labelStudioTasks(file: string): string[] {
	return file.split('\n').slice(1, -2).map((line) => (line.endsWith(',') ? line.slice(0, -1) : line));
}

/**
 * Last line of the labeling configs we write: one ending with it is ours to update. After the
 * `<View>`, where Label Studio's own templates keep their comments (sample data).
 */
export const LABEL_STUDIO_CONFIG_MARK = '<!-- Article Annotator labeling config: paste it in Label Studio, project Settings > Labeling Interface > Code. -->';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** The labeling config the exported tasks fit: our labels (with their colours) over the text. */
export function labelStudioConfig(labels: ReadonlyArray<{ readonly name: string; readonly color?: string }>): string {
	const attribute = (text: string) => text.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]);
	return [
		'<View>',
		'  <Labels name="label" toName="text">',
		...labels.map((label) => `    <Label value="${attribute(label.name)}"${label.color === undefined ? '' : ` background="${attribute(label.color)}"`}/>`),
		'  </Labels>',
		'  <Text name="text" value="$text"/>',
		'</View>',
		LABEL_STUDIO_CONFIG_MARK,
		'',
	].join('\n');
}
