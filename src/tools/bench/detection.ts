/**
 * Detection throughput: language id + detection as the worker and the command line run it
 * (`new DocumentDetection`, `open`, `detectPending`, `entities`), cold (a fresh process, model
 * load included) and warm (repeated in this process).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Detector } from '../../core/detect/types';
import { chunkBoundaries } from '../../core/chunking';
import { CONSISTENCY_LIMIT, DocumentDetection } from '../../core/documentDetection';
import { identifyLanguage, type FrancAll } from '../../core/language';
import type { DetectedEntity } from '../../core/types';
import type { BenchConfig } from './config';
import type { ColdResult } from './cold';
import { buildUnseenArticle, type BenchLanguage, type BuiltArticle } from './inputs';
import { mb, median, repeat, seriesOf, timeOnce, type Report, type Sample } from './measure';

const MBYTE = 1_000_000;

export type Articles = Map<BenchLanguage, Map<number, BuiltArticle>>;

function throughput(bytes: number, ms: number): number {
	return bytes / MBYTE / (ms / 1000);
}

/** Cold runs, one fresh process each; returns the results of the memory-size runs for the memory section. */
export function runCold(repoRoot: string, config: BenchConfig, report: Report, articles: Articles): ColdResult[] {
	report.heading('Detection, cold: fresh process, franc import + model load (all 3 models, as the worker does) + language id + detection');
	// Bundled (npm run bench) the cold runs use the bundled script too; under tsx, the source.
	const bundled = __filename.endsWith('.js');
	const script = bundled ? join(__dirname, 'cold.js') : join(repoRoot, 'src', 'tools', 'bench', 'cold.ts');
	const nodeArgs = bundled ? ['--expose-gc', script] : ['--expose-gc', '--import', 'tsx', script];
	const all: ColdResult[] = [];
	const memoryRuns: ColdResult[] = [];
	for (const bytes of config.sizes) {
		for (const language of config.languages) {
			const runs = Math.max(config.coldRuns(bytes), bytes === config.memorySize && config.memoryLanguages.includes(language) ? 1 : 0);
			if (runs === 0) {
				continue;
			}
			const results: ColdResult[] = [];
			for (let i = 0; i < runs; i++) {
				const child = spawnSync(process.execPath, [...nodeArgs, language, String(bytes)], {
					cwd: repoRoot,
					env: { ...process.env, ARTICLE_ANNOTATOR_REPO: repoRoot },
					encoding: 'utf8',
					maxBuffer: 16 * 1024 * 1024,
				});
				if (child.status !== 0) {
					report.note(`cold ${language} ${mb(bytes)}: child failed: ${(child.stderr || '').split('\n').slice(0, 3).join(' ')}`);
					continue;
				}
				results.push(JSON.parse(child.stdout.trim().split('\n').pop()!) as ColdResult);
			}
			if (results.length === 0) {
				continue;
			}
			const expected = articles.get(language)?.get(bytes);
			if (expected && expected.bytes !== results[0].bytes) {
				report.note(`warning: the cold process built ${results[0].bytes} bytes, this process ${expected.bytes}`);
			}
			all.push(...results);
			if (bytes === config.memorySize && config.memoryLanguages.includes(language)) {
				memoryRuns.push(results[0]);
			}
			const totals = seriesOf(results.map((r) => ({ wallMs: r.totalMs, cpuMs: r.totalCpuMs })));
			const detectOnly = median(results.map((r) => r.detectMs));
			report.time(`detect.cold.${language}`, mb(results[0].bytes), totals, {
				value: throughput(results[0].bytes, totals.medianMs),
				unit: 'MB/s',
				inputBytes: results[0].bytes,
				note: `detection alone ${detectOnly.toFixed(0)} ms = ${throughput(results[0].bytes, detectOnly).toFixed(2)} MB/s; ${results[0].entities} entities; language ${results[0].detectedLanguage}`,
			});
		}
	}
	if (all.length > 0) {
		report.time('model.load', '3 models', seriesOf(all.map((r) => ({ wallMs: r.modelLoadMs, cpuMs: r.modelLoadCpuMs }))), {
			note: 'loadDetector(media/models): read, sha256, gunzip, build tables; in the worker, off the extension host',
		});
		report.time('franc.import', 'franc 6', seriesOf(all.map((r) => ({ wallMs: r.francImportMs, cpuMs: r.francImportCpuMs }))), { note: 'await import("franc") in a fresh process' });
	}
	return memoryRuns;
}

export interface WarmState {
	readonly detection: DocumentDetection;
	readonly entities: DetectedEntity[];
}

/** Warm runs in this process; keeps the last detection of each article for the incremental section. */
export function runWarm(detector: Detector, francAll: FrancAll, config: BenchConfig, report: Report, articles: Articles): Map<BenchLanguage, Map<number, WarmState>> {
	report.heading('Detection, warm: language id + detection (new DocumentDetection, open, detectPending, entities), models loaded; budget ≥ 3 MB/s on one core');
	if (config.quick) {
		report.note('--quick: one run at 1 MB, so its word caches are not warm yet: read the full run for the warm figure');
	}
	const states = new Map<BenchLanguage, Map<number, WarmState>>();
	for (const bytes of config.sizes) {
		for (const language of config.languages) {
			const article = articles.get(language)!.get(bytes)!;
			const { runs, warmup } = config.warmRuns(bytes);
			let last: WarmState | undefined;
			const series = repeat(runs, warmup, () => {
				const detection = new DocumentDetection(detector, francAll, {});
				detection.open(article.text);
				detection.detectPending();
				last = { detection, entities: detection.entities() };
			});
			const cpuRate = throughput(article.bytes, series.cpuMedianMs);
			report.time(`detect.warm.${language}`, mb(article.bytes), series, {
				value: throughput(article.bytes, series.medianMs),
				unit: 'MB/s',
				inputBytes: article.bytes,
				note: `cpu-time rate ${cpuRate.toFixed(2)} MB/s; ${last!.entities.length} entities (${((last!.entities.length / article.bytes) * MBYTE).toFixed(0)}/MB); ${last!.detection.profile.language}`,
				budget: 'detection warm ≥ 3 MB/s',
			});
			let byLanguage = states.get(language);
			if (!byLanguage) {
				byLanguage = new Map();
				states.set(language, byLanguage);
			}
			byLanguage.set(bytes, last!);
		}
	}
	return states;
}

/**
 * First sight: a warm process (models loaded, code optimised) detecting an article whose word
 * forms it has not met yet, then the same article again. The detector caches per word form
 * (features and summed weights), so "warm" on a repeated text is the best case; a new article
 * costs what the first-sight figure says.
 */
export function runFirstSight(repoRoot: string, detector: Detector, francAll: FrancAll, config: BenchConfig, report: Report): void {
	const bytes = config.quick ? 0.1 * MBYTE : MBYTE;
	report.heading(`Detection, first sight: warm process, an article of unseen text (other sentence files of ../shared/data/ner), then the same again`);
	for (const language of ['ar', 'fr', 'en'] as const) {
		const article = buildUnseenArticle(repoRoot, language, bytes);
		if (!article) {
			continue;
		}
		const once = (): Sample => timeOnce(() => {
			const detection = new DocumentDetection(detector, francAll, {});
			detection.open(article.text);
			detection.detectPending();
			return detection.entities();
		}).sample;
		const first = once();
		const again = seriesOf([once(), once()]);
		report.time(`detect.first-sight.${language}`, mb(article.bytes), seriesOf([first]), {
			value: throughput(article.bytes, first.wallMs),
			unit: 'MB/s',
			inputBytes: article.bytes,
			note: `cpu-time rate ${throughput(article.bytes, first.cpuMs).toFixed(2)} MB/s; the same text again: ${again.medianMs.toFixed(0)} ms = ${throughput(article.bytes, again.medianMs).toFixed(2)} MB/s (cpu ${throughput(article.bytes, again.cpuMedianMs).toFixed(2)})`,
		});
	}
}

/** Where warm detection time goes, on the largest size of one language: the parts `open` and `detectPending` are made of. */
export function runComponents(detector: Detector, francAll: FrancAll, report: Report, article: BuiltArticle, runs: number): void {
	report.heading(`Detection components (${article.language}, ${mb(article.bytes)})`);
	const input = mb(article.bytes);
	report.time('detect.part.language-id', input, repeat(runs, 1, () => identifyLanguage(article.text, francAll)), { note: 'identifyLanguage: script counts over the whole text + franc on ≤ 4096 sampled chars' });
	report.time('detect.part.chunking', input, repeat(runs, 1, () => chunkBoundaries(article.text)), { note: 'chunkBoundaries (IncrementalDetection.reset)' });
	let detection: DocumentDetection | undefined;
	const pending = repeat(
		runs,
		0,
		(d: DocumentDetection) => d.detectPending(),
		() => {
			detection = new DocumentDetection(detector, francAll, {});
			detection.open(article.text);
			return detection;
		},
	);
	report.time('detect.part.detectPending', input, pending, { value: throughput(article.bytes, pending.medianMs), unit: 'MB/s', note: 'chunk language + model tagging + rules + dates, all chunks' });
	report.time('detect.part.entities', input, repeat(runs, 1, () => detection!.entities()), { note: 'IncrementalDetection.entities(): copies every entity with absolute offsets' });
	// An article at the whole-article pass's size limit: the worker runs the pass again on every edit.
	const head = article.text.slice(0, article.text.lastIndexOf('\n', CONSISTENCY_LIMIT) + 1);
	const atLimit = new DocumentDetection(detector, francAll, {});
	atLimit.open(head);
	atLimit.detectPending();
	let found = 0;
	report.time('detect.part.consistency', `${head.length} chars`, repeat(runs * 3, 1, () => (found = atLimit.entities().length)), {
		note: `entities() of an article at the whole-article pass's limit (propagateNames; it runs on every edit): ${found} entities, ${new Set(atLimit.entities().map((e) => e.text)).size} distinct names`,
	});
}
