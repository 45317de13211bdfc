/**
 * Reading Label Studio's JSON export (and our `export --format labelstudio`) back: a JSON array
 * of tasks (or one task), one article each.
 *
 *     [{"id": 1, "data": {"text": "...", "document": "000_x.txt"},
 *       "annotations": [{"was_cancelled": false, "result": [{"type": "labels",
 *                        "value": {"start": 0, "end": 5, "text": "Karim", "labels": ["PER"]}}]}],
 *       "predictions": [{"result": [...]}]}]
 *
 * and its JSON-MIN export, one flat object per task and annotation: `{"text": "...", "label":
 * [{"start", "end", "text", "labels"}], ...}` (the list is named after the `<Labels>` tag).
 *
 * - Of a task's annotations, the last one not cancelled (skipped) is imported: Label Studio
 *   lists them in the order they were made, and several are several annotators' or drafts of one,
 *   which would contradict each other; the others are counted in a note. Results that are not
 *   `labels` (relations, choices, text areas) are counted too.
 * - Predictions are a model's, not decisions: read as suggestions (counted, not imported) unless
 *   `predictions` says to import them (the last prediction, as accepted decisions).
 * - Offsets: Label Studio's front end counted UTF-16 units, then code points (issue
 *   HumanSignal/label-studio#1347, emoji shifting every offset after it; fixed by
 *   label-studio-frontend#308), so a file's unit depends on the version that made it. Every region
 *   carries its `text`: the import tells the unit per task from it (`unitOfSpanTexts`), and checks
 *   each span's text.
 * - `data.document` names the article; `data.rejected` (our export) gives rejected decisions.
 * - A region's `meta.text` (its Meta field in Label Studio) is the decision's note.
 * - The text is `data.text` (`<Text value="$text">`), else the one string of `data` besides the
 *   name fields (a project whose config says `value="$content"`), said in a note; `dataKey` names
 *   the field when `data` holds several strings, which are named in the message otherwise. What
 *   is no text is not counted among them: lists (JSON-MIN's multiple choices, text areas), a
 *   field a `choices` (or other non-label) result of the task names as its control, and, when the
 *   task has regions, a string that does not hold their texts at their offsets (JSON-MIN writes a
 *   single choice as a string beside the text: `"sentiment": "Positive"`).
 */

import { notJson, readSpanList, shortJson, spanTextsFit, type JsonlLine, type JsonlSpan, type OffsetUnit } from './jsonl';

export interface LabelStudioRead {
	readonly ok: true;
	/** One per task, numbered from 1 in the file's order. */
	readonly tasks: ReadonlyArray<{ readonly number: number; readonly record: JsonlLine }>;
	/** What was read but not imported, counted (one line each). */
	readonly notes: readonly string[];
}

/** Reads a Label Studio JSON or JSON-MIN export; `dataKey` names the field of the text (default: `text`, else the only string). */
export function readLabelStudio(json: string, unit: OffsetUnit, predictions: boolean, dataKey?: string): LabelStudioRead | { ok: false; message: string } {
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch (error) {
		return { ok: false, message: notJson(json, error) };
	}
	const list = Array.isArray(value) ? value : [value];
	const counts = new Map<string, number>();
	const count = (what: string, by = 1) => counts.set(what, (counts.get(what) ?? 0) + by);
	const tasks = list.map((item, index) => ({ number: index + 1, record: readTask(item, unit, predictions, count, dataKey) }));
	return { ok: true, tasks, notes: [...counts].map(([what, n]) => `${n} ${what}`) };
}

/**
 * Strings of a task that are not its text: the article's name (ours), and what JSON-MIN adds to
 * each task (who annotated, when).
 */
const NOT_TEXT_FIELDS = new Set(['document', 'annotator', 'created_at', 'updated_at']);

/**
 * What tells a task's text from the other strings beside it: its regions (the text holds each
 * one's `text` at its offsets) and the names of its controls that hold no text (a `choices`
 * result's `from_name`).
 */
interface TextHints {
	readonly spans: readonly JsonlSpan[];
	readonly controls: ReadonlySet<string>;
}

/** The field of `data` holding the task's text, or why none can be told. */
function textField(data: Record<string, unknown>, where: string, dataKey: string | undefined, hints: TextHints): { key: string } | { message: string } {
	const strings = Object.keys(data).filter((key) => typeof data[key] === 'string');
	const others = strings.length === 0 ? 'no string field' : `its strings are ${strings.map((key) => JSON.stringify(key)).join(', ')}`;
	if (dataKey !== undefined) {
		return typeof data[dataKey] === 'string' ? { key: dataKey } : { message: `no text: ${where} has no ${JSON.stringify(dataKey)} string (--data-key); ${others}` };
	}
	if (typeof data.text === 'string') {
		return { key: 'text' };
	}
	const named = strings.filter((key) => !NOT_TEXT_FIELDS.has(key) && !hints.controls.has(key));
	const holding = named.filter((key) => ['codepoint', 'utf16'].some((unit) => spanTextsFit(data[key] as string, hints.spans, unit as OffsetUnit)));
	// regions that fit none (a text edited since) tell nothing: the message names the strings
	const candidates = holding.length > 0 ? holding : named;
	if (candidates.length === 1) {
		return { key: candidates[0] };
	}
	if (candidates.length > 1) {
		return { message: `no "text": ${where} holds several strings (${candidates.map((key) => JSON.stringify(key)).join(', ')}); name the one the labeling config's <Text value="$..."> reads with --data-key` };
	}
	return { message: `no text: ${where} has no "text" string (a labeling config with <Text value="$text">), nor another string to read (${others})` };
}

function readTask(item: unknown, unit: OffsetUnit, predictions: boolean, count: (what: string, by?: number) => void, dataKey: string | undefined): JsonlLine {
	if (typeof item !== 'object' || item === null || Array.isArray(item)) {
		return { ok: false, message: `${shortJson(item)} is not a task (an object)` };
	}
	const task = item as Record<string, unknown>;
	const full = typeof task.data === 'object' && task.data !== null;
	const data = (full ? task.data : task) as Record<string, unknown>;
	// the regions are read first, to tell the text by; what they count is said only of a task read
	const counted: Array<[string, number | undefined]> = [];
	const countLater = (what: string, by?: number) => counted.push([what, by]);
	const spans: JsonlSpan[] = [];
	const problems: string[] = [];
	const controls = new Set<string>();
	const read = (regions: unknown, key: string, status: JsonlSpan['status'], inResult = full) => {
		const items = Array.isArray(regions) ? regions : [];
		for (const region of items) {
			const { type, from_name: control } = (region ?? {}) as { type?: unknown; from_name?: unknown };
			if (inResult && type !== 'labels' && typeof control === 'string') {
				controls.add(control);
			}
		}
		readSpanList(items.flatMap((region) => spansOfRegion(region, inResult, countLater)), key, () => status, spans, problems);
	};
	if (full) {
		const annotations = (Array.isArray(task.annotations) ? task.annotations : []).filter((annotation) => {
			const cancelled = (annotation as { was_cancelled?: unknown })?.was_cancelled === true;
			if (cancelled) countLater('cancelled annotation(s) skipped');
			return !cancelled;
		});
		if (annotations.length > 1) {
			countLater('earlier annotation(s) of a task left out (the last one is imported; export each annotator apart for theirs)', annotations.length - 1);
		}
		const last = annotations[annotations.length - 1] as { result?: unknown } | undefined;
		read(last?.result, 'annotations[].result', 'accepted');
		const predicted = Array.isArray(task.predictions) ? (task.predictions[task.predictions.length - 1] as { result?: unknown } | undefined) : undefined;
		read(predicted?.result, 'predictions[].result', predictions ? 'accepted' : 'suggested');
	} else {
		// JSON-MIN: the regions are under the name of the <Labels> tag
		for (const [key, regions] of Object.entries(task)) {
			if (Array.isArray(regions) && regions.some((region) => Array.isArray((region as { labels?: unknown })?.labels))) {
				read(regions, key, 'accepted');
			}
		}
	}
	read(data.rejected, 'data.rejected', 'rejected', false);
	const field = textField(data, full ? '"data"' : 'the task', dataKey, { spans, controls });
	if ('message' in field) {
		return { ok: false, message: field.message };
	}
	for (const [what, by] of counted) {
		count(what, by);
	}
	if (field.key !== 'text' && dataKey === undefined) {
		count(`task(s) without "text" whose text was read from ${JSON.stringify(full ? `data.${field.key}` : field.key)}, the one string that can be their text (--data-key names another)`);
	}
	const text = data[field.key] as string;
	return { ok: true, text, ...(typeof data.document === 'string' ? { document: data.document } : {}), offsets: unit, offsetsDeclared: false, spans, problems };
}

/** A region's note: its `meta.text` (the Meta field of Label Studio's region panel), lines joined. */
function noteOf(region: unknown): string | undefined {
	const text = (region as { meta?: { text?: unknown } } | undefined)?.meta?.text;
	const lines = (Array.isArray(text) ? text : [text]).filter((line): line is string => typeof line === 'string' && line.trim().length > 0);
	return lines.length === 0 ? undefined : lines.join('\n');
}

/** A region as spans `readSpanList` reads (one per label, with its note); a region that is no label is counted and left out. */
function spansOfRegion(region: unknown, full: boolean, count: (what: string) => void): unknown[] {
	const note = noteOf(region);
	const value = full ? (region as { value?: unknown })?.value : region;
	const type = full ? (region as { type?: unknown })?.type : 'labels';
	const labels = (value as { labels?: unknown })?.labels;
	if (type !== 'labels' || !Array.isArray(labels)) {
		if (full && typeof type === 'string' && type !== 'labels') {
			count(`${type} result(s) left out (a sidecar holds labelled spans only)`);
			return [];
		}
		return [value ?? region];
	}
	return labels.map((label) => ({ ...(value as object), label, note }));
}
