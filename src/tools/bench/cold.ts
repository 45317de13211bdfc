/**
 * One cold detection in a fresh process (spawned by bench.ts; not meant to be run by hand):
 * builds its input first (not timed), then times what the detection worker does on its first
 * document: import franc, load the models, language id + detection of the whole text. Detection
 * runs in 20 ms slices as the worker's pump does, and memory is sampled between slices. Prints
 * one JSON line on stdout.
 *
 *   node --import tsx src/tools/bench/cold.ts <language> <bytes> [seed]
 */
import { resolve } from 'node:path';
import { findModelDirectory, loadDetector } from '../../core/detect';
import { DocumentDetection } from '../../core/documentDetection';
import type { FrancAll } from '../../core/language';
import { DocumentAnnotations } from '../../core/document';
import { buildArticle, loadSources, BASE_SEED, type BenchLanguage } from './inputs';

export interface ColdResult {
	readonly language: BenchLanguage;
	readonly bytes: number;
	readonly chars: number;
	readonly francImportMs: number;
	readonly francImportCpuMs: number;
	readonly modelLoadMs: number;
	readonly modelLoadCpuMs: number;
	/** language id + detection + entities(), first time in this process. */
	readonly detectMs: number;
	readonly detectCpuMs: number;
	/** franc import + model load + detection: time from nothing to the first entity set. */
	readonly totalMs: number;
	readonly totalCpuMs: number;
	readonly entities: number;
	readonly detectedLanguage: string;
	/** Memory before loading anything (after building the input), and high-water marks after. */
	readonly baseline: { rss: number; heapUsed: number; external: number; arrayBuffers: number };
	readonly peak: { rss: number; heapUsed: number; external: number; arrayBuffers: number; maxRssKernel: number };
	/** After gc: what the models, the detection state and the view model keep. */
	readonly retained?: { heapUsed: number; external: number; rss: number };
	readonly afterModels?: { heapUsed: number; external: number; rss: number };
	readonly samples: number;
}

const SLICE_MS = 20;

function build(repoRoot: string, language: BenchLanguage, bytes: number, seed: number): ReturnType<typeof buildArticle> {
	return buildArticle(loadSources(repoRoot), language, bytes, seed);
}

async function main(): Promise<void> {
	const [language, bytesArg, seedArg] = process.argv.slice(2);
	const repoRoot = process.env.ARTICLE_ANNOTATOR_REPO ?? resolve(__dirname, '..', '..', '..');
	// Built in a helper so the sources (a few MB of sentences) are garbage before the baseline.
	const article = build(repoRoot, language as BenchLanguage, Number(bytesArg), seedArg ? Number(seedArg) : BASE_SEED);
	const gc = (globalThis as { gc?: () => void }).gc;
	gc?.();
	const base = process.memoryUsage();
	const peak = { rss: base.rss, heapUsed: base.heapUsed, external: base.external, arrayBuffers: base.arrayBuffers, maxRssKernel: 0 };
	let samples = 0;
	const sample = (): void => {
		const m = process.memoryUsage();
		samples++;
		if (m.rss > peak.rss) peak.rss = m.rss;
		if (m.heapUsed > peak.heapUsed) peak.heapUsed = m.heapUsed;
		if (m.external > peak.external) peak.external = m.external;
		if (m.arrayBuffers > peak.arrayBuffers) peak.arrayBuffers = m.arrayBuffers;
	};

	const cpuStart = process.cpuUsage();
	const t0 = performance.now();
	const franc = await import('franc');
	const francAll = franc.francAll as unknown as FrancAll;
	const t1 = performance.now();
	const cpuFranc = process.cpuUsage(cpuStart);
	const modelDirectory = findModelDirectory(repoRoot);
	if (!modelDirectory) {
		throw new Error('bench: media/models not found');
	}
	const detector = loadDetector(modelDirectory);
	const t2 = performance.now();
	const cpuLoad = process.cpuUsage(cpuStart);
	sample();
	let afterModels: ColdResult['afterModels'];
	if (gc) {
		gc();
		const m = process.memoryUsage();
		afterModels = { heapUsed: m.heapUsed, external: m.external, rss: m.rss };
	}

	const cpu0 = process.cpuUsage();
	const t3 = performance.now();
	const detection = new DocumentDetection(detector, francAll, {});
	detection.open(article.text);
	while (!detection.detectPending(SLICE_MS)) {
		sample();
	}
	const entities = detection.entities();
	const t4 = performance.now();
	const cpu = process.cpuUsage(cpu0);
	const cpuLoadMs = (cpuLoad.user + cpuLoad.system) / 1000;
	sample();
	// The extension host's view of it: the model with the suggestions, and what paint() groups.
	const model = new DocumentAnnotations();
	model.setDetected(entities);
	const visible = model.visibleEntities();
	sample();
	let retained: ColdResult['retained'];
	if (gc) {
		gc();
		const m = process.memoryUsage();
		retained = { heapUsed: m.heapUsed, external: m.external, rss: m.rss };
	}
	peak.maxRssKernel = process.resourceUsage().maxRSS * 1024;
	const result: ColdResult = {
		language: article.language,
		bytes: article.bytes,
		chars: article.text.length,
		francImportMs: t1 - t0,
		francImportCpuMs: (cpuFranc.user + cpuFranc.system) / 1000,
		modelLoadMs: t2 - t1,
		modelLoadCpuMs: cpuLoadMs - (cpuFranc.user + cpuFranc.system) / 1000,
		detectMs: t4 - t3,
		detectCpuMs: (cpu.user + cpu.system) / 1000,
		// the gc() between model load and detection (for the memory figure) is not counted
		totalMs: t4 - t3 + (t2 - t0),
		totalCpuMs: (cpu.user + cpu.system) / 1000 + cpuLoadMs,
		entities: entities.length,
		detectedLanguage: detection.profile.language,
		baseline: { rss: base.rss, heapUsed: base.heapUsed, external: base.external, arrayBuffers: base.arrayBuffers },
		peak,
		retained,
		afterModels,
		samples,
	};
	// Keep the objects alive until the retained figure is taken.
	if (visible.length < 0 || detection.pendingChunks < 0) {
		console.error('unreachable');
	}
	process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
	process.exit(1);
});
