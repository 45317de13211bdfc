/**
 * Incremental update after typing one character in the middle of a long article, following what
 * the extension does for one keystroke:
 * - extension host, at once (ArticleSession.handleDocumentChange): shift decisions by the edit
 *   (`DocumentAnnotations.applyEdits`, `TextBuffer.replace`) and the
 *   detector's entities (`shiftDetected`: one number per piece of 128 entities);
 * - worker (detectionWorker.ts): `DocumentDetection.edit`, `setFocus`, `detectPending`, then only
 *   what changed since the host's last acknowledgement (`changedRange`, `entitiesIn`,
 *   `packEntities`); the message crosses threads (structured clone here);
 * - extension host on the result (receiveDetection + Container.paint): `unpackEntities`,
 *   `DocumentAnnotations.replaceDetectedIn`, the acknowledgement, and the decoration ranges
 *   grouped by `${type}.${state}` of what is drawn: every entity of a small article, the entities
 *   near the visible lines of a large one (the vscode.Range objects themselves are not built here).
 */
import { DocumentAnnotations } from '../../core/document';
import type { Annotation } from '../../core/annotation';
import type { ContentChange } from '../../core/shift';
import { TextBuffer } from '../../core/textBuffer';
import type { DetectedEntity } from '../../core/types';
import { packEntities, unpackEntities } from '../../extension/detectionProtocol';
import type { BenchConfig } from './config';
import type { BenchLanguage } from './inputs';
import type { WarmState } from './detection';
import { mb, repeat, seriesOf, timeOnce, type Report, type Sample } from './measure';
import { Random, seedOf, BASE_SEED } from './inputs';

/** `count` decisions made on detected entities spread over the text: 90% accepted, 10% rejected. */
export function makeDecisions(entities: readonly DetectedEntity[], count: number, seed: number): Annotation[] {
	const random = new Random(seed);
	const out: Annotation[] = [];
	const step = entities.length / Math.min(count, entities.length);
	const created = new Date(Date.UTC(2026, 10, 24, 9, 0, 0));
	for (let i = 0; i < Math.min(count, entities.length); i++) {
		const entity = entities[Math.floor(i * step)];
		const rejected = random.next() < 0.1;
		out.push({
			id: `a${(0x100000 + i).toString(36)}${Math.floor(random.next() * 0xffffffff).toString(36)}`,
			type: entity.type,
			start: entity.start,
			end: entity.end,
			text: entity.text,
			status: rejected ? 'rejected' : 'accepted',
			source: entity.source,
			confidence: Math.round(entity.confidence * 1000) / 1000,
			created: new Date(created.getTime() + i * 1000).toISOString(),
		});
	}
	return out;
}

/** Entities above which only those near the visible lines are drawn (the setting's default). */
const VISIBLE_ONLY_ABOVE = 2000;
/** About the 200 lines above and below the middle of the screen, as Container.paint() draws. */
const VISIBLE_WINDOW = 20_000;

/** What Container.paint() draws: ranges grouped by `${type}.${state}`, around `focus` on a long article. */
export function decorationRanges(model: DocumentAnnotations, focus: number): Record<string, { start: number; end: number }[]> {
	const ranges: Record<string, { start: number; end: number }[]> = {};
	const large = model.detectedCount + model.decisionCount > VISIBLE_ONLY_ABOVE;
	for (const entity of large ? model.visibleEntitiesIn(focus - VISIBLE_WINDOW, focus + VISIBLE_WINDOW) : model.visibleEntities()) {
		const key = `${entity.type}.${entity.state}`;
		(ranges[key] ??= []).push({ start: entity.start, end: entity.end });
	}
	return ranges;
}

interface EditTimes {
	shift: Sample;
	unpack: Sample;
	/** The host's handling of a detection result: unpack + view. */
	hostResult: Sample;
	detect: Sample;
	entities: Sample;
	transfer: Sample;
	view: Sample;
	update: Sample;
	path: Sample;
	redetectedChunks: number;
	suggestions: number;
}

function add(a: Sample, b: Sample): Sample {
	return { wallMs: a.wallMs + b.wallMs, cpuMs: a.cpuMs + b.cpuMs };
}

/** One keystroke: the host shift, then the worker's update, then the host's view. */
function oneEdit(state: WarmState, model: DocumentAnnotations, buffer: TextBuffer, offset: number, inserted: string, deleteLength: number): EditTimes {
	const change: ContentChange = { rangeOffset: offset, rangeLength: deleteLength, text: inserted };
	const shift = timeOnce(() => {
		model.applyEdits([change], (annotation) => ({ ...annotation, reason: 'deleted by an edit' }), (start, end) => buffer.slice(start, end));
		buffer.replace(offset, offset + deleteLength, inserted);
		model.shiftDetected([{ start: offset, end: offset + deleteLength, text: inserted }]);
	}).sample;
	const pendingBefore = state.detection.pendingChunks;
	const detect = timeOnce(() => {
		state.detection.edit([{ start: offset, end: offset + deleteLength, text: inserted }]);
		state.detection.setFocus(offset);
		const redetect = state.detection.pendingChunks;
		state.detection.detectPending();
		return redetect;
	});
	const found = timeOnce(() => {
		const { range, generation } = state.detection.changedRange();
		return { range: range ?? { start: 0, end: 0 }, generation, entities: range ? state.detection.entitiesIn(range.start, range.end) : [] };
	});
	const packed = timeOnce(() => {
		const result = packEntities(found.result.entities);
		return structuredClone(result, { transfer: [result.numbers.buffer as ArrayBuffer] });
	});
	const unpacked = timeOnce(() => unpackEntities(packed.result));
	const transfer = { result: unpacked.result, sample: add(packed.sample, unpacked.sample) };
	let suggestions = 0;
	const view = timeOnce(() => {
		model.replaceDetectedIn(found.result.range.start, found.result.range.end, transfer.result);
		state.detection.acknowledge(found.result.generation);
		const ranges = decorationRanges(model, offset);
		for (const key in ranges) {
			if (key.endsWith('.suggested')) {
				suggestions += ranges[key].length;
			}
		}
	});
	const update = add(add(detect.sample, found.sample), view.sample);
	return {
		shift,
		unpack: unpacked.sample,
		hostResult: add(unpacked.sample, view.sample),
		detect: detect.sample,
		entities: found.sample,
		transfer: transfer.sample,
		view: view.sample,
		update,
		path: add(add(update, shift), transfer.sample),
		redetectedChunks: detect.result - pendingBefore,
		suggestions,
	};
}

export function runIncremental(config: BenchConfig, report: Report, states: Map<BenchLanguage, Map<number, WarmState>>): void {
	report.heading(
		`Incremental update: one character typed in the middle; document model holding ${config.decisions} decisions (90% accepted, 10% rejected); budgets ≤ 20 ms at 1 MB, ≤ 50 ms at 5 MB`,
	);
	report.note('incr.update = edit + detectPending + changed entities (worker) + replaceDetectedIn + drawn ranges by type.state (host): the brief\'s "new entity set and decoration ranges ready"');
	report.note('incr.path   = incr.update + incr.shift (host, at the keystroke) + incr.transfer (packEntities, structured clone, unpackEntities of the changed range)');
	for (const bytes of config.incrementalSizes) {
		for (const language of config.languages) {
			const state = states.get(language)?.get(bytes);
			if (!state) {
				continue;
			}
			const text = state.detection.text;
			const model = new DocumentAnnotations(makeDecisions(state.entities, config.decisions, seedOf(BASE_SEED, 'decisions', language, bytes)));
			model.setDetected(state.entities);
			// The host starts in step with the worker: everything detected so far was taken.
			state.detection.acknowledge(state.detection.changedRange().generation);
			decorationRanges(model, text.length >> 1);
			const buffer = new TextBuffer(text);
			let offset = text.length >> 1;
			// type a letter like its neighbour, never inside a surrogate pair
			while (offset < text.length && !/\p{L}/u.test(text[offset])) {
				offset++;
			}
			const letter = text[offset];
			const runs: EditTimes[] = [];
			for (let i = 0; i < config.incrementalWarmup + config.incrementalRuns; i++) {
				const times = oneEdit(state, model, buffer, offset, letter, 0);
				// undo (not measured): delete the letter again, same path
				oneEdit(state, model, buffer, offset, '', 1);
				if (i >= config.incrementalWarmup) {
					runs.push(times);
				}
			}
			const inputBytes = Buffer.byteLength(text, 'utf8');
			const input = mb(inputBytes);
			const budget = bytes <= 1_000_000 ? 'incremental ≤ 20 ms at 1 MB' : 'incremental ≤ 50 ms at 5 MB';
			const last = runs[runs.length - 1];
			const name = `incr.${language}`;
			report.time(`${name}.update`, input, seriesOf(runs.map((r) => r.update)), {
				inputBytes,
				budget,
				note: `${last.redetectedChunks} chunk(s) re-detected; ${state.entities.length} entities, ${last.suggestions} suggestions drawn`,
			});
			report.time(`${name}.detect`, input, seriesOf(runs.map((r) => r.detect)), { inputBytes, note: 'worker: edit + setFocus + detectPending' });
			report.time(`${name}.entities`, input, seriesOf(runs.map((r) => r.entities)), { inputBytes, note: 'worker: changedRange() + entitiesIn(range): only what changed since the last acknowledgement' });
			report.time(`${name}.view`, input, seriesOf(runs.map((r) => r.view)), { inputBytes, note: 'host: replaceDetectedIn + acknowledge + drawn ranges by type.state' });
			report.time(`${name}.shift`, input, seriesOf(runs.map((r) => r.shift)), { inputBytes, note: 'host (handleDocumentChange): applyEdits (decisions) + TextBuffer.replace + shiftDetected' });
			report.time(`${name}.transfer`, input, seriesOf(runs.map((r) => r.transfer)), { inputBytes, note: 'packEntities + structuredClone (worker → host message) + unpackEntities' });
			report.time(`${name}.host-result`, input, seriesOf(runs.map((r) => r.hostResult)), {
				inputBytes,
				budget: 'no extension-host block over 50 ms',
				note: 'extension host on a detection result: unpackEntities + replaceDetectedIn + drawn ranges (one task)',
			});
			report.time(`${name}.path`, input, seriesOf(runs.map((r) => r.path)), { inputBytes, budget, note: 'everything one keystroke costs, worker and host' });
			// Ctrl+A then Alt+Enter: every suggestion of the article accepted as one change (host)
			const decisions = makeDecisions(state.entities, config.decisions, seedOf(BASE_SEED, 'decisions', language, bytes));
			let decided = 0;
			const selection = repeat(3, 1, (fresh: DocumentAnnotations) => {
				decided = fresh.decideEach(fresh.suggestions(), 'accepted').added.length;
			}, () => {
				const fresh = new DocumentAnnotations(decisions);
				fresh.setDetected(state.entities);
				fresh.suggestions();
				return fresh;
			});
			report.time(`${name}.decide-selection`, input, selection, { inputBytes, note: `host: decideEach over a selection of the whole article (${decided} suggestions accepted as one change, one Undo)` });
			// the second half of the article cut and pasted back: its decisions, orphans meanwhile, placed again (host)
			// (an article fully reviewed: a decision on every entity)
			const reviewed = makeDecisions(state.entities, state.entities.length, seedOf(BASE_SEED, 'reviewed', language, bytes));
			const half = text.length >> 1;
			const cutOff = reviewed.filter((decision) => decision.start >= half);
			const pasted = repeat(3, 1, (cutModel: DocumentAnnotations) => cutModel.placeOrphans(cutOff.map((decision) => ({ id: decision.id, range: decision, text: decision.text }))), () => {
				const cutModel = new DocumentAnnotations(
					reviewed.filter((decision) => decision.start < half),
					cutOff.map((decision) => ({ ...decision, reason: 'deleted or cut by an edit' })),
				);
				cutModel.setDetected(state.entities);
				return cutModel;
			});
			report.time(`${name}.paste-back`, input, pasted, { inputBytes, note: `host: placeOrphans, the ${cutOff.length} decisions of the second half of a fully reviewed article cut and pasted back (one change)` });
			// the tree's Accept on a name: every mention of the most frequent one accepted as one change
			// (DocumentsTree → decideGroup in commands.ts: model.batch around one accept per mention)
			const reviewing = new DocumentAnnotations(decisions);
			reviewing.setDetected(state.entities);
			const named = mostFrequentName(reviewing.suggestions());
			if (named) {
				let mentions = 0;
				const byName = repeat(3, 1, (model: DocumentAnnotations) => {
					const targets = model.allEntities().filter((entity) => entity.state === 'suggested' && entity.type === named.type && entity.text === named.text);
					mentions = targets.length;
					model.batch(() => {
						for (const entity of targets) model.accept({ start: entity.start, end: entity.end, type: entity.type, text: entity.text, confidence: entity.confidence ?? 1, source: entity.source as DetectedEntity['source'] });
					});
				}, () => {
					const model = new DocumentAnnotations(decisions);
					model.setDetected(state.entities);
					return model;
				});
				report.time(`${name}.decide-name`, input, byName, { inputBytes, note: `host: the Documents tree's Accept on «${named.text}» ${named.type}, ${mentions} mentions accepted as one change` });
			}
			// a name the person accepts is suggested wherever it occurs: the worker places it again
			const taught = mostFrequentName(state.entities);
			if (taught) {
				report.time(`${name}.taught`, input, seriesOf(timeTeaching(state, [taught], config)), { inputBytes, note: `worker: setMemory([«${taught.text}» ${taught.type}]) + detectPending + changed entities (the model is not run again)` });
				const corpusMemory = learnedInACorpus(state.entities, LEARNED_NAMES);
				report.time(`${name}.taught-corpus`, input, seriesOf(timeTeaching(state, corpusMemory, config)), { inputBytes, note: `worker: setMemory(${corpusMemory.length} names, as a corpus of a few hundred reviewed articles teaches) + detectPending + changed entities` });
			}
		}
	}
}

/** Times the worker placing learned names in the article (what follows a decision), then forgets them again. */
function timeTeaching(state: WarmState, names: readonly { text: string; type: string }[], config: BenchConfig): Sample[] {
	const placed: Sample[] = [];
	for (let i = 0; i < config.incrementalWarmup + config.incrementalRuns; i++) {
		const sample = timeOnce(() => {
			state.detection.setMemory(names);
			state.detection.detectPending();
			const { range } = state.detection.changedRange();
			return range ? state.detection.entitiesIn(range.start, range.end).length : 0;
		}).sample;
		// forget them again (not measured) and take the change, as the host would
		state.detection.setMemory([]);
		state.detection.detectPending();
		state.detection.acknowledge(state.detection.changedRange().generation);
		if (i >= config.incrementalWarmup) {
			placed.push(sample);
		}
	}
	return placed;
}

/** How many names a workspace of a few hundred reviewed articles has taught. */
const LEARNED_NAMES = 5000;

/** The article's own names, then made-up ones the article does not hold, up to `count` names. */
function learnedInACorpus(entities: readonly DetectedEntity[], count: number): { text: string; type: string }[] {
	const names = new Map<string, string>();
	for (const entity of entities) {
		if (names.size < count) names.set(entity.text, entity.type);
	}
	for (let i = 0; names.size < count; i++) {
		names.set(`Zorvan${i} Quillet${i}`, 'PER');
	}
	return [...names.entries()].map(([text, type]) => ({ text, type }));
}

/** The name the detector found most often (what a person would accept first). */
function mostFrequentName(entities: readonly DetectedEntity[]): { text: string; type: string } | undefined {
	const counts = new Map<string, { text: string; type: string; count: number }>();
	for (const entity of entities) {
		const key = `${entity.type}\u0000${entity.text}`;
		const entry = counts.get(key) ?? { text: entity.text, type: entity.type, count: 0 };
		entry.count++;
		counts.set(key, entry);
	}
	let best: { text: string; type: string; count: number } | undefined;
	for (const entry of counts.values()) {
		if (!best || entry.count > best.count) {
			best = entry;
		}
	}
	return best && { text: best.text, type: best.type };
}
