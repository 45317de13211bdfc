import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { NODE_TARGET } from '../../src/tools/nodeTarget.mjs';

const ROOT = join(__dirname, '..', '..');

/** The source files esbuild puts in a bundle of `entry`, as the build script bundles it. */
async function bundledFiles(entry: string): Promise<string[]> {
	const result = await esbuild.build({ entryPoints: [entry], absWorkingDir: ROOT, bundle: true, ...NODE_TARGET, format: 'cjs', external: ['vscode'], write: false, metafile: true, logLevel: 'silent' });
	return Object.keys(result.metafile.inputs);
}

test('the extension host bundle leaves the detector to its worker: no rules, lists or model code', async () => {
	const host = await bundledFiles('src/extension/extension.ts');
	// what the host may use of src/core/detect: the tokenizer and the Arabic proclitic analysis, for «tag all occurrences»
	const detectorFiles = host.filter((file) => file.startsWith('src/core/detect/'));
	assert.deepEqual(detectorFiles.sort(), ['src/core/detect/arabic.ts', 'src/core/detect/tokenize.ts']);
	assert.ok(!host.includes('src/core/consistency.ts'), 'the whole-article pass runs in the worker');
	assert.ok(!host.some((file) => file.includes('i18n-iso-countries') || file.includes('world-countries')), 'no country lists on the host');
	// while the worker's bundle holds them all
	const worker = await bundledFiles('src/extension/detectionWorker.ts');
	for (const file of ['src/core/detect/index.ts', 'src/core/detect/englishRules.ts', 'src/core/detect/model.ts', 'src/core/consistency.ts']) assert.ok(worker.includes(file), file);
});

test('the bundles keep regular-expression literals with Unicode properties as literals', async () => {
	const result = await esbuild.build({ entryPoints: ['src/core/detect/englishRules.ts'], absWorkingDir: ROOT, bundle: true, ...NODE_TARGET, format: 'cjs', write: false, logLevel: 'silent' });
	const code = result.outputFiles[0].text;
	// a literal the rules test inside a loop: rewritten, it would be parsed again on every call
	assert.ok(code.includes(String.raw`/^\p{Lu}\p{Ll}+$/u`), 'the literal is kept');
	assert.ok(!code.includes(String.raw`new RegExp("^\\p{Lu}\\p{Ll}+$", "u")`), 'and not rewritten');
});
