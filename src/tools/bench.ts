/**
 * The performance benchmark: `npm run bench [-- --quick] [-- --json FILE]`.
 *
 * Builds its inputs itself, in memory and deterministically (long articles made by repeating and
 * shuffling the seed articles and the sentences of ../shared/data/ner, in Arabic, French, English
 * and mixed; 100 KB, 1 MB, 5 MB of UTF-8), and prints one line per figure: the input, the median
 * of several runs (wall clock; the process's CPU time beside it) and the unit. It never asserts a
 * time: figures are printed (and written as JSON with --json), and the budgets of issue 4 are
 * listed at the end with the figure each is read against.
 *
 *   --quick        smaller sizes and fewer runs (under a minute)
 *   --json FILE    also write every figure, the machine and the budgets to FILE
 *   --only LIST    only these sections (comma-separated: cold,warm,first-sight,components,incremental,sidecar,tree,memory,compare,activation)
 *
 * Sizes: 1 MB = 10^6 bytes of UTF-8 input. Throughput MB/s = input MB ÷ median wall time.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { findModelDirectory, loadDetector } from '../core/detect';
import type { FrancAll } from '../core/language';
import { FULL, QUICK, type BenchConfig } from './bench/config';
import { runCold, runComponents, runFirstSight, runWarm, type Articles } from './bench/detection';
import { runIncremental } from './bench/incremental';
import { runKeystrokes } from './bench/keystroke';
import { buildArticle, buildEnglish, loadSources, MB, type BenchLanguage } from './bench/inputs';
import { machineInfo, mb, Report, type Figure } from './bench/measure';
import { runActivation } from './bench/activation';
import { runCompare } from './bench/compare';
import { runSidecar } from './bench/sidecar';
import { runTree } from './bench/tree';
import type { ColdResult } from './bench/cold';

const REPO = resolve(__dirname, '..', '..');
const SECTIONS = ['cold', 'warm', 'first-sight', 'components', 'incremental', 'sidecar', 'tree', 'memory', 'compare', 'activation'] as const;
type Section = (typeof SECTIONS)[number];

interface Options {
	readonly config: BenchConfig;
	readonly json?: string;
	readonly only: ReadonlySet<Section>;
}

function parseArgs(argv: readonly string[]): Options {
	let quick = false;
	let json: string | undefined;
	let only = new Set<Section>(SECTIONS);
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--quick') {
			quick = true;
		} else if (arg === '--json') {
			json = argv[++i];
			if (!json) {
				throw new Error('--json needs a file name');
			}
		} else if (arg === '--only') {
			const list = (argv[++i] ?? '').split(',').filter(Boolean);
			for (const name of list) {
				if (!SECTIONS.includes(name as Section)) {
					throw new Error(`--only: unknown section ${name} (one of ${SECTIONS.join(', ')})`);
				}
			}
			only = new Set(list as Section[]);
		} else if (arg === '--help' || arg === '-h') {
			console.log(`npm run bench [-- --quick] [-- --json FILE] [-- --only ${SECTIONS.join(',')}]`);
			process.exit(0);
		} else {
			throw new Error(`unknown argument ${arg}`);
		}
	}
	return { config: quick ? QUICK : FULL, json, only };
}

function gitDescription(): string {
	if (process.env.ARTICLE_ANNOTATOR_BENCH_CODE) {
		return process.env.ARTICLE_ANNOTATOR_BENCH_CODE; // e.g. a snapshot made with git archive
	}
	try {
		const head = execSync('git rev-parse --short HEAD', { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
		const dirty = execSync('git status --porcelain -- src media', { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
		return dirty ? `${head} + uncommitted changes in src/ or media/` : head;
	} catch {
		return 'unknown';
	}
}

function megabytes(bytes: number): string {
	return `${(bytes / 1e6).toFixed(1)}`;
}

function memorySection(report: Report, runs: readonly ColdResult[]): void {
	report.heading('Peak memory: fresh process, models loaded, detection of the whole article in 20 ms slices (the worker\'s way), then the host view model');
	report.note('rss/heap/external = high-water marks sampled between slices (process.memoryUsage); rss-kernel = getrusage maxRSS; retained = after gc with everything still referenced');
	for (const run of runs) {
		const input = mb(run.bytes);
		const l = run.language;
		report.value(`mem.peak.rss.${l}`, input, run.peak.rss / 1e6, 'MB', { note: `baseline ${megabytes(run.baseline.rss)} MB before franc and models; kernel maxRSS ${megabytes(run.peak.maxRssKernel)} MB` });
		report.value(`mem.peak.heap.${l}`, input, run.peak.heapUsed / 1e6, 'MB', { note: `JS heap used; baseline ${megabytes(run.baseline.heapUsed)} MB (holds the ${input} input)` });
		report.value(`mem.peak.external.${l}`, input, run.peak.external / 1e6, 'MB', { note: 'typed arrays and buffers (model tables)' });
		if (run.afterModels) {
			report.value(`mem.models.${l}`, input, (run.afterModels.heapUsed + run.afterModels.external - run.baseline.heapUsed - run.baseline.external) / 1e6, 'MB', { note: 'heap + external added by franc + the 3 models, after gc' });
		}
		if (run.retained && run.afterModels) {
			report.value(`mem.retained.${l}`, input, (run.retained.heapUsed - run.afterModels.heapUsed) / 1e6, 'MB', {
				note: `heap kept by the document's detection state + ${run.entities} entities + the view model, after gc`,
			});
		}
	}
}

interface BudgetLine {
	readonly budget: string;
	readonly figure: string;
	readonly verdict: string;
}

/** The budgets of issue 4 next to the figures they are read against (printed, not asserted). */
function budgetSummary(report: Report, config: BenchConfig): BudgetLine[] {
	const find = (name: string, input?: string): Figure | undefined => report.figures.find((f) => f.name === name && (input === undefined || f.input === input));
	const lines: BudgetLine[] = [];
	const verdict = (ok: boolean | undefined, text: string): string => `${ok === undefined ? '—' : ok ? 'met' : 'MISSED'}: ${text}`;
	for (const language of config.languages) {
		const warm = report.figures.filter((f) => f.name === `detect.warm.${language}`);
		const largest = warm[warm.length - 1];
		if (largest && largest.value !== undefined && largest.medianMs !== undefined && largest.cpuMedianMs !== undefined) {
			const cpuRate = (largest.inputBytes ?? 0) / 1e6 / (largest.cpuMedianMs / 1000);
			lines.push({
				budget: `detection warm ≥ 3 MB/s (${language})`,
				figure: `detect.warm.${language} ${largest.input}`,
				verdict: verdict(largest.value >= 3, `${largest.value.toFixed(2)} MB/s wall, ${cpuRate.toFixed(2)} MB/s of CPU time (${((largest.value / 3) * 100).toFixed(0)}% / ${((cpuRate / 3) * 100).toFixed(0)}% of the budget)`),
			});
		}
	}
	for (const bytes of config.incrementalSizes) {
		const limit = bytes <= MB ? 20 : 50;
		for (const language of config.languages) {
			const update = report.figures.find((f) => f.name === `incr.${language}.update` && Math.abs((f.inputBytes ?? 0) - bytes) < bytes * 0.01);
			const path = report.figures.filter((f) => f.name === `incr.${language}.path` && f.input === update?.input)[0];
			if (update?.medianMs !== undefined) {
				lines.push({
					budget: `incremental ≤ ${limit} ms at ${mb(bytes)} (${language})`,
					figure: `incr.${language}.update ${update.input}`,
					verdict: verdict(update.medianMs <= limit, `${update.medianMs.toFixed(1)} ms (cpu ${update.cpuMedianMs?.toFixed(1)} ms); whole keystroke path ${path?.medianMs?.toFixed(1) ?? '?'} ms`),
				});
			}
		}
	}
	for (const kind of ['load', 'save'] as const) {
		for (const figure of report.figures.filter((f) => f.name.startsWith(`sidecar.${kind}.`) && f.input === '10000 ann')) {
			lines.push({ budget: `sidecar 10,000 ${kind} ≤ 150 ms`, figure: `${figure.name} ${figure.input}`, verdict: verdict((figure.medianMs ?? Infinity) <= 150, `${figure.medianMs?.toFixed(1)} ms (cpu ${figure.cpuMedianMs?.toFixed(1)} ms)`) });
		}
	}
	const open = find('tree.open');
	if (open?.medianMs !== undefined) {
		lines.push({ budget: 'tree of 1,000 articles opens ≤ 200 ms', figure: `tree.open ${open.input}`, verdict: verdict(open.medianMs <= 200, `${open.medianMs.toFixed(1)} ms (pure parts only; VS Code's own rendering not included)`) });
	}
	const items = find('tree.expand-type-items');
	if (items?.medianMs !== undefined) {
		lines.push({ budget: 'no extension-host block over 50 ms (tree)', figure: `tree.expand-type-items ${items.input}`, verdict: verdict(items.medianMs <= 50, `${items.medianMs.toFixed(0)} ms projected to expand the largest type of the big article`) });
	}
	for (const bytes of config.incrementalSizes) {
		for (const language of config.languages) {
			const result = report.figures.find((f) => f.name === `incr.${language}.host-result` && Math.abs((f.inputBytes ?? 0) - bytes) < bytes * 0.01);
			const shift = report.figures.find((f) => f.name === `incr.${language}.shift` && f.input === result?.input);
			if (result?.medianMs !== undefined && shift?.medianMs !== undefined) {
				const worst = Math.max(result.medianMs, shift.medianMs);
				lines.push({
					budget: `no extension-host block over 50 ms (edit, ${language})`,
					figure: `incr.${language}.host-result ${result.input}`,
					verdict: verdict(worst <= 50, `${result.medianMs.toFixed(1)} ms per detection result (cpu ${result.cpuMedianMs?.toFixed(1)}), ${shift.medianMs.toFixed(1)} ms per keystroke`),
				});
			}
		}
	}
	const bundle = find('activation.bundle-eval');
	const load = find('model.load');
	lines.push({
		budget: 'activation adds ≤ 50 ms before the first useful work',
		figure: bundle ? `activation.bundle-eval ${bundle.input}` : 'activation.bundle-eval',
		verdict:
			bundle?.medianMs !== undefined
				? verdict(bundle.medianMs <= 50, `${bundle.medianMs.toFixed(1)} ms (cpu ${bundle.cpuMedianMs?.toFixed(1)}) to evaluate the bundle alone; activate() and VS Code's own cost not included${load?.medianMs !== undefined ? `; model load ${load.medianMs.toFixed(0)} ms runs in the worker` : ''}`)
				: '— not measured',
	});
	lines.push({ budget: 'decorations limited to what VS Code handles well', figure: 'incr.*.update note', verdict: '— by design: articleAnnotator.decorations.maxPerType (5,000 per type and state) and visible-range painting above 2,000 entities; not measured here' });
	report.heading('Budgets (issue 4) — read against the figures above; nothing is asserted');
	for (const line of lines) {
		console.log(`${line.budget.padEnd(52)} ${line.figure.padEnd(34)} ${line.verdict}`);
	}
	return lines;
}

async function main(): Promise<void> {
	const options = parseArgs(process.argv.slice(2));
	const { config, only } = options;
	const report = new Report();
	const machine = machineInfo();
	console.log('# Article Annotator benchmark' + (config.quick ? ' (--quick)' : ''));
	console.log(`machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGB} GB; ${machine.platform}; Node ${machine.node} (V8 ${machine.v8})`);
	console.log(`load average at start: ${machine.loadAverage.join(' ')} (a loaded machine stretches wall times; CPU times are printed beside them)`);
	console.log(`code: ${gitDescription()}; 1 MB = 10^6 bytes of UTF-8 input; times are medians of the runs shown`);

	const t0 = performance.now();
	const sources = loadSources(REPO);
	const articles: Articles = new Map();
	for (const language of config.languages) {
		const bySize = new Map<number, ReturnType<typeof buildArticle>>();
		for (const bytes of config.sizes) {
			bySize.set(bytes, buildArticle(sources, language, bytes));
		}
		articles.set(language, bySize);
	}
	const english = buildEnglish(sources, config.compareBytes, 7);
	console.log(
		`inputs: ${config.languages.length} languages × ${config.sizes.map((s) => mb(s)).join(', ')} built in ${(performance.now() - t0).toFixed(0)} ms from ${sources.files.length} files (${Object.entries(sources.sentences)
			.map(([l, s]) => `${s.length} ${l} sentences`)
			.join(', ')}, ${Object.values(sources.seedParagraphs).reduce((n, p) => n + p.length, 0)} seed paragraphs); seeded, in memory`,
	);

	let coldMemory: ColdResult[] = [];
	if (only.has('cold') || only.has('memory')) {
		const coldConfig: BenchConfig = only.has('cold') ? config : { ...config, coldRuns: () => 0 };
		coldMemory = runCold(REPO, coldConfig, report, articles);
	}

	const franc = await import('franc');
	const francAll = franc.francAll as unknown as FrancAll;
	const modelDirectory = findModelDirectory(REPO);
	if (!modelDirectory) {
		throw new Error('bench: media/models not found');
	}
	const detector = loadDetector(modelDirectory);

	const needWarm = only.has('warm') || only.has('first-sight') || only.has('incremental') || only.has('sidecar') || only.has('tree') || only.has('components');
	const warm = needWarm ? runWarm(detector, francAll, only.has('warm') ? config : { ...config, warmRuns: () => ({ runs: 1, warmup: 0 }) }, report, articles) : new Map();
	const largest = config.sizes[config.sizes.length - 1];

	if (only.has('first-sight')) {
		runFirstSight(REPO, detector, francAll, config, report);
	}
	if (only.has('components')) {
		runComponents(detector, francAll, report, articles.get('mixed')?.get(MB) ?? articles.get(config.languages[0])!.get(largest)!, config.quick ? 2 : 3);
	}
	if (only.has('incremental')) {
		runIncremental(config, report, warm);
		runKeystrokes(config, report, warm);
	}
	if (only.has('sidecar')) {
		const on = (language: BenchLanguage) => {
			const state = warm.get(language)?.get(config.sidecarArticleBytes);
			return state ? [{ language, text: state.detection.text, entities: state.entities }] : [];
		};
		runSidecar(config, report, [...on('ar'), ...on('fr')]);
	}
	if (only.has('tree')) {
		const pool = (['ar', 'fr', 'en'] as const).flatMap((language) => {
			const state = warm.get(language)?.get(MB);
			return state ? [{ language, entities: state.entities }] : [];
		});
		const big = warm.get('mixed')?.get(largest);
		runTree(config, report, pool, big ? { bytes: Buffer.byteLength(big.detection.text, 'utf8'), entities: big.entities } : undefined);
	}
	if (only.has('memory') && coldMemory.length > 0) {
		memorySection(report, coldMemory);
	}
	if (only.has('compare')) {
		runCompare(config, report, detector, francAll, english);
	}
	if (only.has('activation')) {
		await runActivation(REPO, config, report);
	}

	report.heading('This benchmark process');
	const usage = process.resourceUsage();
	report.value('bench.max-rss', 'whole run', (usage.maxRSS * 1024) / 1e6, 'MB', { note: 'every input and state of this run held at once; not a product figure' });
	const budgets = budgetSummary(report, config);
	const seconds = (performance.now() - report.started) / 1000;
	console.log(`\nfinished in ${seconds.toFixed(0)} s; load average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

	if (options.json) {
		const file = resolve(options.json);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(
			file,
			JSON.stringify(
				{
					benchmark: 'article-annotator',
					quick: config.quick,
					date: new Date().toISOString(),
					code: gitDescription(),
					machine,
					loadAverageAtEnd: loadavg(),
					seconds: Math.round(seconds),
					unit: { MB: 1e6, time: 'ms, median wall clock; cpuMedianMs = median CPU time (user+system) of the process' },
					figures: report.figures,
					budgets,
				},
				null,
				2,
			) + '\n',
		);
		console.log(`figures written to ${file}`);
	}
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
	process.exit(1);
});
