// `npm run screenshots` (after the build): PNGs of the workbench with the extension loaded, taken in
// code-server + headless Chromium. The steps live in test/screenshots.ts (bundled to
// dist/test/screenshots.js), which runs in the extension host and asks for each picture by name.
// Output folder: <repo>/screenshots/, or ARTICLE_ANNOTATOR_SCREENSHOT_DIR.
// With ARTICLE_ANNOTATOR_SCREENSHOT_DOM=1, each picture also gets <name>.html: the editor's rendered
// lines (how VS Code split them into pieces, which decides the order of right-to-left text).
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { copySeedsToTempWorkspace, repoRoot, runInCodeServer, saveScreenshot } from '../../test/runner/run-integration.mjs';

const SCREENSHOT_MARKER = 'ARTICLE_ANNOTATOR_SCREENSHOT ';
const TIMEOUT_MS = 5 * 60_000;

async function main() {
	const folder = resolve(process.env.ARTICLE_ANNOTATOR_SCREENSHOT_DIR ?? join(repoRoot, 'screenshots'));
	const script = join(repoRoot, 'dist', 'test', 'screenshots.js');
	if (!existsSync(script)) {
		console.error(`[screenshots] ${script} does not exist: build first (node src/tools/build.mjs)`);
		return 1;
	}
	mkdirSync(folder, { recursive: true });
	const workspace = copySeedsToTempWorkspace();
	const saved = [];
	let pending = Promise.resolve();

	// Runs for every line the script prints; the picture is taken in order, off the log callback.
	const takeRequestedScreenshot = (line, page) => {
		if (!line.startsWith(SCREENSHOT_MARKER)) return false;
		const name = line.slice(SCREENSHOT_MARKER.length).trim();
		if (!/^[\w.-]+$/.test(name)) {
			console.error(`[screenshots] refusing a screenshot name that is not a plain file name: ${JSON.stringify(name)}`);
			return true;
		}
		const file = join(folder, `${name}.png`);
		pending = pending
			.then(() => saveScreenshot(page, file))
			.then(() => process.env.ARTICLE_ANNOTATOR_SCREENSHOT_DOM ? page.evaluate(() => [...document.querySelectorAll('.view-lines .view-line')].map((line) => line.outerHTML).join('\n')).then((html) => writeFileSync(file.replace(/\.png$/, '.html'), html)) : undefined)
			.then(() => {
				saved.push(file);
				console.log(`[screenshots] saved ${file}`);
			})
			.catch((error) => console.error(`[screenshots] could not save ${file}: ${error.message}`));
		return true;
	};

	const { exitCode } = await runInCodeServer({
		extensionDevelopmentPath: repoRoot,
		extensionTestsPath: script,
		workspace,
		env: { ARTICLE_ANNOTATOR_SCREENSHOT_DIR: folder, ARTICLE_ANNOTATOR_TEST_WORKSPACE: workspace },
		timeoutMs: TIMEOUT_MS,
		label: 'screenshots',
		onLine: takeRequestedScreenshot,
	});
	rmSync(dirname(workspace), { recursive: true, force: true });
	if (exitCode !== 0) {
		console.error(`[screenshots] the screenshot script failed; ${saved.length} picture(s) saved in ${folder}`);
		return 1;
	}
	console.log(`[screenshots] ${saved.length} picture(s) in ${folder}`);
	return 0;
}

process.exitCode = await main();
// playwright or a stuck socket must not keep a finished run alive.
setTimeout(() => process.exit(process.exitCode), 2_000).unref();
