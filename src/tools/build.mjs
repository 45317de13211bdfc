// Bundles the extension, its detection worker, the command line and the integration tests with esbuild.
// Usage: node src/tools/build.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { readdirSync, rmSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_TARGET } from './nodeTarget.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const production = process.argv.includes('--production');
// The benchmark measures the code as it ships: bundled, like the extension and the command line.
const bench = process.argv.includes('--bench');
const watch = process.argv.includes('--watch');

const common = {
	bundle: true,
	...NODE_TARGET,
	format: 'cjs',
	sourcemap: !production,
	minify: production,
	logLevel: 'warning',
	absWorkingDir: root,
	external: ['vscode'],
};

const integrationDir = join(root, 'test', 'integration');
const integrationEntries = existsSync(integrationDir)
	? readdirSync(integrationDir).filter((f) => f.endsWith('.ts')).map((f) => join('test', 'integration', f))
	: [];

const builds = [
	{ entryPoints: { extension: 'src/extension/extension.ts' }, outdir: 'dist' },
	{ entryPoints: { worker: 'src/extension/detectionWorker.ts' }, outdir: 'dist' },
	{ entryPoints: { sidecarWorker: 'src/extension/sidecarWorker.ts' }, outdir: 'dist' },
	{ entryPoints: { cli: 'src/cli.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
	// Run inside the extension host by `npm run screenshots` (src/tools/screenshots.mjs).
	{ entryPoints: { 'test/screenshots': 'test/screenshots.ts' }, outdir: 'dist' },
];
if (integrationEntries.length > 0) {
	// Tests are bundled one file each so mocha can load them by glob; `vscode` stays external, and
	// so does mocha (loaded from node_modules: bundling it warns about its dynamic requires).
	builds.push({ entryPoints: integrationEntries, outdir: 'dist/test/integration', bundle: true, external: ['vscode', 'mocha'] });
}

if (bench) {
	const result = await esbuild.build({
		...common,
		entryPoints: { bench: 'src/tools/bench.ts', cold: 'src/tools/bench/cold.ts' },
		outdir: '.cache/bench',
		sourcemap: false,
		// Loaded from node_modules at run time: comparison libraries and esbuild itself.
		external: ['vscode', 'esbuild', 'compromise', 'wink-nlp', 'wink-eng-lite-web-model'],
	});
	process.exit(result.errors.length > 0 ? 1 : 0);
}

rmSync(join(root, 'dist'), { recursive: true, force: true });
const contexts = await Promise.all(
	builds.filter((b) => Object.values(b.entryPoints).every((p) => existsSync(join(root, p)))).map((b) => esbuild.context({ ...common, ...b })),
);
if (watch) {
	await Promise.all(contexts.map((c) => c.watch()));
	console.log('[build] watching for changes');
} else {
	await Promise.all(contexts.map((c) => c.rebuild()));
	await Promise.all(contexts.map((c) => c.dispose()));
}
