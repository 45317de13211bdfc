/** How much the benchmark does: the full run (about 5 minutes on 2 cores) or `--quick` (under a minute). */
import { MB, type BenchLanguage } from './inputs';

export interface BenchConfig {
	readonly quick: boolean;
	readonly languages: readonly BenchLanguage[];
	/** Article sizes, UTF-8 bytes. */
	readonly sizes: readonly number[];
	/** Measured runs and unmeasured warm-up runs of warm detection, per size. */
	readonly warmRuns: (bytes: number) => { runs: number; warmup: number };
	/** Cold runs (one fresh process each), per size; 0 = not measured at that size. */
	readonly coldRuns: (bytes: number) => number;
	/** Sizes whose cold process also reports peak memory (the "5 MB run"). */
	readonly memorySize: number;
	/** Languages whose memory-size cold process is run (and memory reported). */
	readonly memoryLanguages: readonly BenchLanguage[];
	/** Sizes measured for incremental updates. */
	readonly incrementalSizes: readonly number[];
	readonly incrementalRuns: number;
	readonly incrementalWarmup: number;
	/** Decisions held by the document model during incremental updates. */
	readonly decisions: number;
	/** Decisions held by the model while one keystroke is timed (keystroke.ts). */
	readonly keystrokeDecisions: readonly number[];
	/** Decisions one change removes before Undo Last Decision brings them back, and keystrokes typed in between. */
	readonly undoRemoved: number;
	readonly undoKeystrokes: readonly number[];
	readonly sidecarCounts: readonly number[];
	readonly sidecarRuns: number;
	readonly yamlRuns: number;
	/** Annotation counts at which the `yaml` library's parse is timed (about 0.5 ms per annotation). */
	readonly yamlCounts: readonly number[];
	/** Article size the sidecar annotations are placed on. */
	readonly sidecarArticleBytes: number;
	readonly treeArticles: number;
	readonly treeEntitiesPerArticle: number;
	readonly treeRuns: number;
	/** English text for the library comparison. */
	readonly compareBytes: number;
	readonly compareRuns: number;
	/** compromise is about 50 times slower than the others: fewer runs. */
	readonly compromiseRuns: number;
}

export const FULL: BenchConfig = {
	quick: false,
	languages: ['ar', 'fr', 'en', 'mixed'],
	sizes: [0.1 * MB, 1 * MB, 5 * MB],
	warmRuns: (bytes) => (bytes <= 0.1 * MB ? { runs: 7, warmup: 2 } : bytes <= 1 * MB ? { runs: 5, warmup: 1 } : { runs: 3, warmup: 0 }),
	coldRuns: (bytes) => (bytes <= 1 * MB ? 3 : 1),
	memorySize: 5 * MB,
	memoryLanguages: ['ar', 'fr', 'en', 'mixed'],
	incrementalSizes: [1 * MB, 5 * MB],
	incrementalRuns: 15,
	incrementalWarmup: 3,
	decisions: 1000,
	keystrokeDecisions: [10_000, 50_000],
	undoRemoved: 5000,
	undoKeystrokes: [1000, 5000],
	sidecarCounts: [1000, 10000],
	sidecarRuns: 7,
	yamlRuns: 3,
	yamlCounts: [1000, 10000],
	sidecarArticleBytes: 5 * MB,
	treeArticles: 1000,
	treeEntitiesPerArticle: 50,
	treeRuns: 7,
	compareBytes: 1 * MB,
	compareRuns: 3,
	compromiseRuns: 1,
};

export const QUICK: BenchConfig = {
	quick: true,
	languages: ['ar', 'fr', 'en', 'mixed'],
	sizes: [0.1 * MB, 1 * MB],
	warmRuns: (bytes) => (bytes <= 0.1 * MB ? { runs: 3, warmup: 1 } : { runs: 1, warmup: 0 }),
	coldRuns: (bytes) => (bytes <= 0.1 * MB ? 1 : 0),
	memorySize: 1 * MB,
	memoryLanguages: ['mixed'],
	incrementalSizes: [1 * MB],
	incrementalRuns: 5,
	incrementalWarmup: 2,
	decisions: 1000,
	keystrokeDecisions: [10_000, 50_000],
	undoRemoved: 5000,
	undoKeystrokes: [1000, 5000],
	sidecarCounts: [1000, 10000],
	sidecarRuns: 2,
	yamlRuns: 1,
	yamlCounts: [1000],
	sidecarArticleBytes: 1 * MB,
	treeArticles: 1000,
	treeEntitiesPerArticle: 50,
	treeRuns: 2,
	compareBytes: 0.05 * MB,
	compareRuns: 1,
	compromiseRuns: 1,
};
