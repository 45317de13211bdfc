/**
 * Sidecar load and save with 1,000 and 10,000 annotations placed on a real long article (spans
 * the detector found, so each slices to its text), Arabic and French.
 * - load = bytes → readSidecarBytes (decode + canonical fast reader) → bindSidecar to the article;
 * - save = planSidecarSave (unbindAnnotations + loss check + serializeSidecar) → UTF-8 bytes;
 * - the `yaml` library's parse of the same text, for comparison (what the fast reader avoids);
 * - load after the article changed by one character in the middle (hash mismatch: every
 *   annotation after the edit is re-anchored by its quote and context).
 */
import YAML from 'yaml';
import type { Annotation } from '../../core/annotation';
import { DEFAULT_LABEL_NAMES } from '../../core/labels';
import { bindSidecar, unbindAnnotations } from '../../core/sidecar/bind';
import { readSidecarBytes, serializeSidecar } from '../../core/sidecar/codec';
import { planSidecarSave } from '../../core/sidecar/merge';
import { documentHashOf } from '../../core/sidecar/hash';
import type { DetectedEntity } from '../../core/types';
import type { BenchConfig } from './config';
import { makeDecisions } from './incremental';
import { BASE_SEED, seedOf, type BenchLanguage } from './inputs';
import { mb, repeat, type Report } from './measure';

/**
 * documentHashOf remembers the last text it hashed (saves after a load do not hash the same
 * article again). Opening an article hashes it for real: loads are measured after hashing
 * something else, so each one pays that cost as the first load of an article does.
 */
function forgetHash(): void {
	documentHashOf('');
}

/** Spans for `count` annotations: detected entities first, then words, never overlapping. */
export function annotationSpans(text: string, entities: readonly DetectedEntity[], count: number): DetectedEntity[] {
	if (entities.length >= count) {
		return [...entities];
	}
	const taken: DetectedEntity[] = [...entities];
	const used = new Set(entities.map((e) => e.start));
	const word = /\p{L}{4,}/gu;
	const extra: DetectedEntity[] = [];
	let last = -1;
	const sorted = [...entities].sort((a, b) => a.start - b.start);
	let k = 0;
	for (let m = word.exec(text); m && taken.length + extra.length < count; m = word.exec(text)) {
		const start = m.index;
		const end = start + m[0].length;
		while (k < sorted.length && sorted[k].end <= start) {
			k++;
		}
		if (used.has(start) || (k < sorted.length && sorted[k].start < end) || start < last) {
			continue;
		}
		extra.push({ start, end, type: 'MISC', text: m[0], confidence: 1, source: 'user' });
		last = end;
	}
	return [...taken, ...extra].sort((a, b) => a.start - b.start);
}

export function runSidecar(config: BenchConfig, report: Report, articles: ReadonlyArray<{ language: BenchLanguage; text: string; entities: readonly DetectedEntity[] }>): void {
	report.heading(`Sidecar load and save (annotations on a ${mb(config.sidecarArticleBytes)} article); budget ≤ 150 ms each at 10,000 annotations`);
	const labels = DEFAULT_LABEL_NAMES;
	for (const { language, text, entities } of articles) {
		const documentName = `bench-${language}.txt`;
		report.time(`sidecar.part.hash.${language}`, mb(Buffer.byteLength(text, 'utf8')), repeat(config.sidecarRuns, 1, () => documentHashOf(text), forgetHash), {
			note: 'documentHashOf(article), not remembered: SHA-256 in plain TypeScript, once per article opened',
		});
		for (const count of config.sidecarCounts) {
			const spans = annotationSpans(text, entities, count);
			const annotations: Annotation[] = makeDecisions(spans, count, seedOf(BASE_SEED, 'sidecar', language, count));
			const onDisk = unbindAnnotations({ annotations, orphans: [], articleText: text, documentName });
			const yamlText = serializeSidecar(onDisk);
			const bytes = new TextEncoder().encode(yamlText);
			const input = `${count} ann`;
			const sizeNote = `${language}; sidecar ${(bytes.length / 1e6).toFixed(2)} MB`;
			const budget = count >= 10000 ? 'sidecar 10k load/save ≤ 150 ms each' : undefined;

			// load
			let parsedSidecar = onDisk;
			const load = repeat(config.sidecarRuns, 1, () => {
				const parsed = readSidecarBytes(bytes);
				if (!parsed.ok) {
					throw new Error(`bench: sidecar did not parse: ${parsed.problems[0]?.message}`);
				}
				parsedSidecar = parsed.sidecar;
				const bound = bindSidecar(parsed.sidecar, text, { labels });
				if (bound.annotations.length !== count) {
					throw new Error(`bench: bound ${bound.annotations.length} of ${count}`);
				}
				return bound;
			}, forgetHash);
			report.time(`sidecar.load.${language}`, input, load, { budget, note: `${sizeNote}; read + parse + bind, article hashed (first load)` });
			const parse = repeat(config.sidecarRuns, 1, () => readSidecarBytes(bytes));
			report.time(`sidecar.parse.${language}`, input, parse, { note: 'readSidecarBytes alone (decode + canonical reader)' });
			report.time(`sidecar.bind.${language}`, input, repeat(config.sidecarRuns, 1, () => bindSidecar(parsedSidecar, text, { labels }), forgetHash), { note: 'bindSidecar alone (article hash, offsets to UTF-16, position anchoring)' });
			documentHashOf(text); // saves come after a load: the article's hash is remembered

			// save
			const save = repeat(config.sidecarRuns, 1, () => {
				const plan = planSidecarSave({ articleText: text, documentName, annotations, orphans: [], base: parsedSidecar, baseText: yamlText, diskText: yamlText, labels });
				if (plan.action !== 'write') {
					throw new Error(`bench: save plan ${plan.action}`);
				}
				return new TextEncoder().encode(plan.text);
			});
			report.time(`sidecar.save.${language}`, input, save, { budget, note: 'planSidecarSave (unbind + re-read of the disk text + loss check + serialize) + UTF-8 encode; article hash remembered from the load' });
			report.time(`sidecar.unbind.${language}`, input, repeat(config.sidecarRuns, 1, () => unbindAnnotations({ annotations, orphans: [], articleText: text, documentName, base: parsedSidecar })), {
				note: 'unbindAnnotations alone (offsets to code points, context quotes, document hash)',
			});
			report.time(`sidecar.serialize.${language}`, input, repeat(config.sidecarRuns, 1, () => serializeSidecar(onDisk)), { note: 'serializeSidecar alone' });

			// the yaml library on the same text
			if (config.yamlCounts.includes(count)) {
				report.time(`sidecar.yaml-parse.${language}`, input, repeat(config.yamlRuns, 0, () => YAML.parse(yamlText)), { note: 'yaml 2 parse() of the same file, for comparison' });
			}

			// load after an outside edit in the middle of the article
			const middle = text.length >> 1;
			const edited = text.slice(0, middle) + 'x' + text.slice(middle);
			let moved = 0;
			let orphaned = 0;
			const reanchor = repeat(Math.max(1, Math.min(config.sidecarRuns, 3)), 0, () => {
				const parsed = readSidecarBytes(bytes);
				if (!parsed.ok) {
					throw new Error('bench: sidecar did not parse');
				}
				const bound = bindSidecar(parsed.sidecar, edited, { labels });
				moved = bound.reanchored;
				orphaned = bound.orphans.length;
				return bound;
			}, forgetHash);
			report.time(`sidecar.load-reanchor.${language}`, input, reanchor, { note: `article edited by one char in the middle: ${moved} re-anchored, ${orphaned} orphaned` });
		}
	}
}
