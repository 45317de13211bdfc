import { after } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A script that runs a worker's TypeScript source through tsx (the extension runs the esbuild
 * bundle of the same file). Call it at a test file's top level: the folder holding the script is
 * removed when the file's tests end, so runs do not pile folders up in the temp directory.
 */
export function tsWorkerScript(source: string): string {
	const folder = mkdtempSync(join(tmpdir(), 'article-annotator-ts-worker-'));
	after(() => rmSync(folder, { recursive: true, force: true }));
	const script = join(folder, 'worker.js');
	writeFileSync(script, `require(${JSON.stringify(require.resolve('tsx/cjs'))});\nrequire(${JSON.stringify(source)});\n`);
	return script;
}
