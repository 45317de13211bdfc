/**
 * Trains the entity detector's models from ../shared/data/ner (or $ARTICLE_ANNOTATOR_NER_DATA)
 * and writes media/models/ner-<lang>.bin + manifest.json. Deterministic for a given seed.
 *
 *   npm run train [-- --lang ar,fr --seed 1 --epochs 8 --out media/models --set key=value]
 *
 * Without --epochs each language trains for its own number of epochs (`CONFIG[lang].epochs`,
 * default 12).
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LanguageCode } from '../core/types';
import { dataDirectory } from '../core/detect/training/data';
import { CONFIG, trainLanguage } from '../core/detect/training/trainer';
import { MODEL_FORMAT_VERSION } from '../core/detect/model';
import { MANIFEST_FILE, type ModelManifest } from '../core/detect/index';

const REPO = resolve(__dirname, '..', '..');
export const DEFAULT_SEED = 20261124;
export const DEFAULT_EPOCHS = 12;

interface Job {
	lang: LanguageCode;
	dataDir: string;
	out: string;
	seed: number;
	epochs: number;
	variant: Record<string, string>;
}

function parseArgs(argv: string[]): { langs: LanguageCode[]; seed: number; epochs: number | undefined; out: string; variant: Record<string, string>; serial: boolean } {
	let langs: LanguageCode[] = ['ar', 'fr', 'en'];
	let seed = DEFAULT_SEED;
	let epochs: number | undefined;
	let out = join(REPO, 'media', 'models');
	let serial = false;
	const variant: Record<string, string> = {};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--lang') langs = argv[++i].split(',') as LanguageCode[];
		else if (a === '--seed') seed = Number(argv[++i]);
		else if (a === '--epochs') epochs = Number(argv[++i]);
		else if (a === '--out') out = resolve(argv[++i]);
		else if (a === '--serial') serial = true;
		else if (a === '--set') {
			const [k, v] = argv[++i].split('=');
			variant[k] = v ?? 'true';
		} else throw new Error(`Unknown argument ${a}`);
	}
	return { langs, seed, epochs, out, variant, serial };
}

function runJob(job: Job): { file: string; bytes: number; sha256: string; stats: Record<string, unknown> } {
	const res = trainLanguage(job.lang, job.dataDir, { seed: job.seed, epochs: job.epochs, variant: job.variant, log: (m) => console.log(m) });
	const file = `ner-${job.lang}.bin`;
	writeFileSync(join(job.out, file), res.buffer);
	return { file, bytes: res.buffer.length, sha256: createHash('sha256').update(res.buffer).digest('hex'), stats: res.stats };
}

async function main(): Promise<void> {
	const args = parseArgs(process.argv.slice(2));
	const dataDir = dataDirectory(REPO);
	if (!existsSync(dataDir)) {
		console.error(`Training data not found at ${dataDir} (set ARTICLE_ANNOTATOR_NER_DATA).`);
		process.exit(1);
	}
	mkdirSync(args.out, { recursive: true });
	const epochsOf = (lang: LanguageCode): number => args.epochs ?? CONFIG[lang].epochs ?? DEFAULT_EPOCHS;
	console.log(`Training ${args.langs.join(', ')} from ${dataDir} → ${args.out} (seed ${args.seed}, ${args.langs.map((l) => `${l} ${epochsOf(l)}`).join(', ')} epochs)`);
	const t0 = Date.now();
	const jobs: Job[] = args.langs.map((lang) => ({ lang, dataDir, out: args.out, seed: args.seed, epochs: epochsOf(lang), variant: args.variant }));
	const results: Array<ReturnType<typeof runJob>> = [];
	if (args.serial) {
		for (const j of jobs) results.push(runJob(j));
	} else {
		const inWorker = (job: Job): Promise<ReturnType<typeof runJob>> =>
			new Promise((ok, fail) => {
				const w = new Worker(`require('tsx/cjs'); require(${JSON.stringify(__filename)});`, { eval: true, workerData: job });
				w.on('message', ok);
				w.on('error', fail);
				w.on('exit', (code) => code !== 0 && fail(new Error(`training worker for ${job.lang} exited with ${code}`)));
			});
		results.push(...(await Promise.all(jobs.map(inWorker))));
	}
	const manifestFile = join(args.out, MANIFEST_FILE);
	let manifest: ModelManifest = { format: MODEL_FORMAT_VERSION, languages: {} };
	if (existsSync(manifestFile)) {
		try {
			manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ModelManifest;
		} catch {
			/* rewritten below */
		}
	}
	manifest.format = MODEL_FORMAT_VERSION;
	manifest.description = 'Article Annotator entity detector models (see MODEL_CARD.md). Keys are hashes; no corpus text is stored.';
	for (let i = 0; i < jobs.length; i++) {
		const r = results[i];
		manifest.languages[jobs[i].lang] = { file: r.file, bytes: r.bytes, sha256: r.sha256, seed: args.seed, epochs: jobs[i].epochs, variant: args.variant } as never;
	}
	const ordered: ModelManifest = { ...manifest, languages: {} };
	for (const l of ['ar', 'fr', 'en'] as LanguageCode[]) if (manifest.languages[l]) ordered.languages[l] = manifest.languages[l];
	writeFileSync(manifestFile, JSON.stringify(ordered, null, '\t') + '\n');
	for (let i = 0; i < jobs.length; i++) console.log(`${jobs[i].lang}: ${results[i].file} ${(results[i].bytes / 1e6).toFixed(2)} MB sha256 ${results[i].sha256.slice(0, 16)}…`);
	console.log(`Done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

if (isMainThread) {
	main().catch((e) => {
		console.error(e instanceof Error ? e.stack : e);
		process.exit(1);
	});
} else {
	parentPort!.postMessage(runJob(workerData as Job));
}
