/**
 * The part of activation that can be measured without VS Code: evaluating the extension's bundle
 * (src/extension/extension.ts bundled with esbuild as the build does, minified as for
 * publishing) in a fresh Node process, with `vscode` replaced by an inert stub. activate() itself
 * needs the real API and is not run. A second bundle leaves out the `yaml` library (stubbed too)
 * to show what loading it lazily would save: it is only the fallback reader for hand-edited
 * sidecars. Bundles go to os.tmpdir().
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchConfig } from './config';
import { seriesOf, type Report, type Sample } from './measure';
import { NODE_TARGET } from '../nodeTarget.mjs';

const CHILD = `
const Module = require('module');
const stubbed = new Set(process.argv.slice(3));
const stub = new Proxy(function () {}, { get: (t, k) => (k === '__esModule' ? false : stub), apply: () => stub, construct: () => stub });
const load = Module._load;
Module._load = function (request, ...rest) { return stubbed.has(request) ? stub : load.call(this, request, ...rest); };
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const extension = require(process.argv[2]);
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
if (typeof extension.activate !== 'function') throw new Error('no activate()');
process.stdout.write(JSON.stringify({ wallMs, cpuMs: (cpu.user + cpu.system) / 1000 }) + '\\n');
`;

export async function runActivation(repoRoot: string, config: BenchConfig, report: Report): Promise<void> {
	report.heading('Activation, the measurable part: evaluating the extension bundle in a fresh process (vscode stubbed; activate() not run); budget ≤ 50 ms before first useful work');
	let esbuild: typeof import('esbuild');
	try {
		esbuild = await import('esbuild');
	} catch {
		report.note('esbuild is not installed; skipped');
		return;
	}
	const dir = mkdtempSync(join(tmpdir(), 'article-annotator-bench-'));
	try {
		const child = join(dir, 'child.cjs');
		writeFileSync(child, CHILD);
		const variants: Array<{ name: string; external: string[]; note: string }> = [
			{ name: 'activation.bundle-eval', external: ['vscode'], note: 'as shipped (esbuild, minified)' },
			{ name: 'activation.bundle-eval-no-yaml', external: ['vscode', 'yaml'], note: 'same bundle without the yaml library\'s code (it is required only for hand-edited sidecars, so this is what parsing it costs)' },
		];
		const runs = config.quick ? 2 : 7;
		for (const variant of variants) {
			const outfile = join(dir, `${variant.name}.js`);
			await esbuild.build({
				entryPoints: [join(repoRoot, 'src', 'extension', 'extension.ts')],
				bundle: true,
				...NODE_TARGET,
				format: 'cjs',
				minify: true,
				external: variant.external,
				outfile,
				logLevel: 'error',
				absWorkingDir: repoRoot,
			});
			const samples: Sample[] = [];
			for (let i = 0; i < runs; i++) {
				const result = spawnSync(process.execPath, [child, outfile, ...variant.external], { encoding: 'utf8' });
				if (result.status !== 0) {
					report.note(`${variant.name}: ${(result.stderr || '').split('\n')[0]}`);
					break;
				}
				samples.push(JSON.parse(result.stdout.trim()) as Sample);
			}
			if (samples.length > 0) {
				report.time(variant.name, `${(statSync(outfile).size / 1000).toFixed(0)} KB`, seriesOf(samples), { note: variant.note, budget: 'activation ≤ 50 ms' });
			}
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
