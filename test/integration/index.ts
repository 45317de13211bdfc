// Mocha entry point that VS Code loads as `extensionTestsPath` (bundled to dist/test/integration/index.js).
// It runs every *.test.js bundled next to it and reports the counts on lines the runner parses
// (test/runner/run-integration.mjs): console output is what reaches the runner, both from
// code-server (through the workbench's codeAutomationLog) and from desktop VS Code (stdout).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/** One line per finished test, so a runner that times out still knows how far the suite got. */
export const TEST_EVENT_MARKER = 'ARTICLE_ANNOTATOR_TEST';
/** The final counts: `ARTICLE_ANNOTATOR_RESULT {"passed":N,"failed":M}`. */
export const RESULT_MARKER = 'ARTICLE_ANNOTATOR_RESULT';

export async function run(): Promise<void> {
	// Reporters print through Base.consoleLog with printf-style arguments, and code-server forwards
	// the extension host's console without formatting them: format here, so lines arrive readable.
	Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(format(...args));
	const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false });
	// ARTICLE_ANNOTATOR_TEST_GREP runs only the tests whose title matches (for debugging one test).
	if (process.env.ARTICLE_ANNOTATOR_TEST_GREP) mocha.grep(process.env.ARTICLE_ANNOTATOR_TEST_GREP);
	const testFiles = fs
		.readdirSync(__dirname)
		.filter((name) => name.endsWith('.test.js'))
		.sort();
	for (const name of testFiles) mocha.addFile(path.join(__dirname, name));

	const counts = await new Promise<{ passed: number; failed: number }>((resolve, reject) => {
		try {
			let passed = 0;
			let failed = 0;
			mocha
				.run(() => resolve({ passed, failed }))
				.on('pass', (test) => {
					passed += 1;
					console.log(`${TEST_EVENT_MARKER} ${JSON.stringify({ state: 'passed', title: test.fullTitle() })}`);
				})
				// 'fail' also fires for failing hooks, which mocha counts as failures too.
				.on('fail', (test) => {
					failed += 1;
					console.log(`${TEST_EVENT_MARKER} ${JSON.stringify({ state: 'failed', title: test.fullTitle() })}`);
				});
		} catch (error) {
			reject(error);
		}
	});
	console.log(`${RESULT_MARKER} ${JSON.stringify(counts)}`);
	if (testFiles.length === 0) throw new Error(`No *.test.js files found in ${__dirname}`);
	if (counts.failed > 0) throw new Error(`${counts.failed} integration test(s) failed`);
}
