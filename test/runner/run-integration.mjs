#!/usr/bin/env node
// Runs the extension's mocha integration suite inside a real VS Code and exits with its result.
//
// Default here: code-server (VS Code 1.100 served over HTTP) + headless Debian Chromium, driven by
// playwright-core, because desktop VS Code cannot be downloaded on these machines
// (../shared/docs/real-vscode-tests.md). With ARTICLE_ANNOTATOR_USE_ELECTRON=1 it uses
// @vscode/test-electron's downloaded desktop VS Code instead. Both run the same test bundle.
//
// Usage: node test/runner/run-integration.mjs
//   [--extensionDevelopmentPath=DIR] [--extensionTestsPath=FILE] [--extensions-dir=DIR] [WORKSPACE]
// These are the arguments @vscode/test-electron passes to a VS Code executable, so this script can
// also be given to it as `vscodeExecutablePath`. Without a WORKSPACE it opens a fresh copy of seeds/.
// Prints mocha's output, then `N passed, N failed`; exit code 0 when all pass, 1 otherwise.
import { cpSync, existsSync, mkdirSync, mkdtempSync, copyFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureChromium, ensureCodeServer, startCodeServer } from '../../src/tools/code-server.mjs';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const artifactsDir = join(repoRoot, '.cache', 'test-artifacts');
export const VIEWPORT = { width: 1600, height: 1000 };
const DEFAULT_TESTS_PATH = join(repoRoot, 'dist', 'test', 'integration', 'index.js');
const DEFAULT_TIMEOUT_MS = 10 * 60_000;
const VSCODE_DESKTOP_VERSION = '1.100.3';

// Protocol lines printed by the test index (test/integration/index.ts) and the screenshot script.
const TEST_EVENT_MARKER = 'ARTICLE_ANNOTATOR_TEST ';
const RESULT_MARKER = 'ARTICLE_ANNOTATOR_RESULT ';
// A test asks for real key presses: `ARTICLE_ANNOTATOR_PRESS <id> ["Alt+Enter", "a"]`; the runner
// presses them in the page, in order, then writes <ARTICLE_ANNOTATOR_KEYS_DIR>/<id> (support.ts: pressKeys).
const PRESS_MARKER = 'ARTICLE_ANNOTATOR_PRESS ';
// Chatter the workbench logs because startCodeServer turns the unreachable gallery off.
const GALLERY_DISABLED_NOISE = 'Ignoring fetching additional builtin extensions from gallery as it is disabled.';

/** Counts tests from the lines the test index prints, falling back on mocha's own summary. */
export class TestCounter {
	passed = 0;
	failed = 0;
	finished = false;

	/** Returns true when the line is protocol, not output meant for people. */
	feed(line) {
		if (line.startsWith(TEST_EVENT_MARKER)) {
			const { state } = parseJson(line.slice(TEST_EVENT_MARKER.length));
			if (state === 'passed') this.passed += 1;
			else this.failed += 1;
			return true;
		}
		if (line.startsWith(RESULT_MARKER)) {
			const { passed, failed } = parseJson(line.slice(RESULT_MARKER.length));
			Object.assign(this, { passed: Number(passed) || 0, failed: Number(failed) || 0, finished: true });
			return true;
		}
		// A test index other than ours prints only mocha's reporter summary.
		const summary = /^\s*(\d+) (passing|failing)\b/.exec(line);
		if (summary && !this.finished) {
			if (summary[2] === 'passing') this.passed = Number(summary[1]);
			else this.failed = Number(summary[1]);
		}
		return false;
	}

	/** Counts for the closing line; a run that ended without a clean result counts as a failure. */
	summary(exitCode) {
		const failed = exitCode !== 0 && this.failed === 0 ? 1 : this.failed;
		return { passed: this.passed, failed };
	}
}

function parseJson(text) {
	try {
		return JSON.parse(text);
	} catch {
		return {};
	}
}

/** Splits text arriving in arbitrary chunks into whole lines. */
function lineSplitter(onLine) {
	let pending = '';
	return {
		push(chunk) {
			const lines = (pending + chunk).split(/\r?\n/);
			pending = lines.pop();
			lines.forEach(onLine);
		},
		flush() {
			if (pending) onLine(pending);
			pending = '';
		},
	};
}

/** Parses the arguments @vscode/test-electron gives a VS Code executable; others are ignored. */
export function parseLauncherArgs(argv) {
	const options = {};
	const flags = { '--extensionDevelopmentPath': 'extensionDevelopmentPath', '--extensionTestsPath': 'extensionTestsPath', '--extensions-dir': 'extensionsDir', '--user-data-dir': 'userDataDir' };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (!arg.startsWith('-')) {
			options.workspace = resolve(arg);
			continue;
		}
		const [flag, inlineValue] = arg.split(/=(.*)/s);
		if (!(flag in flags)) continue;
		const value = inlineValue ?? argv[++i];
		options[flags[flag]] = resolve(value);
	}
	return options;
}

/** A fresh copy of seeds/, so tests may write sidecars without touching the repository. */
export function copySeedsToTempWorkspace() {
	const workspace = join(mkdtempSync(join(tmpdir(), 'article-annotator-workspace-')), 'seeds');
	cpSync(join(repoRoot, 'seeds'), workspace, { recursive: true });
	return workspace;
}

/**
 * A workspace file holding only `folder`, written beside it. Opened through it, the window is a
 * multi-root workspace with one folder: tests can add and remove folders
 * (`vscode.workspace.updateWorkspaceFolders`), which a window opened on a folder can only do by
 * reloading, and the web workbench not at all.
 */
export function workspaceFileFor(folder) {
	const file = join(dirname(folder), 'article-annotator.code-workspace');
	writeFileSync(file, JSON.stringify({ folders: [{ path: basename(folder) }] }, null, '\t'));
	return file;
}

function timestamp() {
	return new Date().toISOString().replace(/[:.]/g, '-');
}

// Newer workbenches only honour the `payload` URL parameter with the smoke-test driver enabled, and
// code-server has no flag for it: add it to the configuration the workbench reads from the page.
// Harmless on 1.100. Runs in the page, before the workbench's own scripts.
function enableSmokeTestDriver() {
	const getAttribute = Element.prototype.getAttribute;
	Element.prototype.getAttribute = function (name) {
		const value = getAttribute.call(this, name);
		if (name !== 'data-settings' || this.id !== 'vscode-workbench-web-configuration' || !value) return value;
		try {
			const settings = JSON.parse(value);
			settings.developmentOptions = { ...settings.developmentOptions, enableSmokeTestDriver: true };
			return JSON.stringify(settings);
		} catch {
			return value;
		}
	};
}

/** The workbench URL that makes code-server load the extension in development mode and run extensionTestsPath. */
export function workbenchUrl(server, { workspace, extensionDevelopmentPath, extensionTestsPath }) {
	const remote = (path) => `vscode-remote://127.0.0.1:${server.port}${path}`;
	const payload = [['extensionDevelopmentPath', remote(extensionDevelopmentPath)]];
	if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
	payload.push(['skipWelcome', 'true']);
	const query = new URLSearchParams({ payload: JSON.stringify(payload) });
	if (workspace) query.set(workspace.endsWith('.code-workspace') ? 'workspace' : 'folder', workspace);
	return `${server.url}/?${query}`;
}

/** Launches headless Debian Chromium with a throwaway profile. */
export async function launchBrowser() {
	const { chromium } = await import('playwright-core');
	const profileDir = mkdtempSync(join(tmpdir(), 'article-annotator-chromium-'));
	const context = await chromium.launchPersistentContext(profileDir, {
		executablePath: await ensureChromium(),
		headless: true,
		viewport: VIEWPORT,
		// The runner handles these itself, so code-server is stopped too (playwright would only close the browser).
		handleSIGINT: false,
		handleSIGTERM: false,
		handleSIGHUP: false,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	const close = async () => {
		await context.close().catch(() => {});
		// Chromium's helpers may still be writing to the profile for a moment after closing.
		rmSync(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
	};
	return { context, page: context.pages()[0] ?? (await context.newPage()), close };
}

/**
 * Runs `extensionTestsPath` (a module exporting `run()`) in code-server's extension host with the
 * extension at `extensionDevelopmentPath` loaded and `workspace` open.
 * `onLine(line, page)` sees every line the tests print; return true to keep it off the console.
 * Resolves to { exitCode, passed, failed }.
 */
export async function runInCodeServer({ extensionDevelopmentPath, extensionTestsPath, workspace, extensionsDir, env = {}, timeoutMs = DEFAULT_TIMEOUT_MS, label = 'integration', onLine = () => false }) {
	const entry = await ensureCodeServer();
	await ensureChromium();
	const counter = new TestCounter();
	const started = Date.now();
	const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
	const server = await startCodeServer({ entry, folder: workspace, extensionsDir, env: { ...process.env, ...env } });
	console.log(`[runner] ${label}: code-server ready at ${server.url} after ${elapsed()}`);
	let resolveOutcome;
	const finished = new Promise((resolvePromise) => (resolveOutcome = resolvePromise));
	const fail = (problem) => resolveOutcome({ exitCode: 1, problem });
	const onSignal = (signal) => fail(`interrupted by ${signal}`);
	const onServerExit = (code) => fail(`code-server exited early (exit ${code})`);
	const timer = setTimeout(() => fail(`timed out after ${timeoutMs / 1000} s`), timeoutMs);
	process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
	server.process.once('exit', onServerExit);

	let browser;
	let outcome;
	try {
		browser = await launchBrowser();
		const { page } = browser;
		const printLine = (line) => {
			if (line === GALLERY_DISABLED_NOISE || counter.feed(line) || onLine(line, page)) return;
			console.log(line);
		};
		// The two functions the workbench calls in test mode: the tests' output, and their result.
		await page.exposeFunction('codeAutomationLog', (_level, message) => String(message).split(/\r?\n/).forEach(printLine));
		await page.exposeFunction('codeAutomationExit', (code) => resolveOutcome({ exitCode: Number(code) }));
		page.on('crash', () => fail('the browser page crashed'));
		await page.addInitScript(enableSmokeTestDriver);
		const url = workbenchUrl(server, { workspace, extensionDevelopmentPath, extensionTestsPath });
		// A busy 2-core machine can take well over playwright's default 30 s to load the workbench.
		await Promise.race([page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs }), finished]);
		console.log(`[runner] ${label}: workbench page loaded after ${elapsed()}; waiting for ${extensionTestsPath}`);
		outcome = await finished;
		if (outcome.problem) console.error(`[runner] ${label}: ${outcome.problem}`);
		if (outcome.exitCode !== 0) await saveArtifacts({ page, server, label });
	} catch (error) {
		console.error(`[runner] ${label}: ${error.stack ?? error}`);
		outcome = { exitCode: 1 };
		await saveArtifacts({ page: browser?.page, server, label });
	} finally {
		clearTimeout(timer);
		process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
		server.process.off('exit', onServerExit);
		await browser?.close();
		await server.stop();
		rmSync(server.home, { recursive: true, force: true });
	}
	console.log(`[runner] ${label}: finished after ${elapsed()}`);
	return { exitCode: outcome.exitCode, ...counter.summary(outcome.exitCode) };
}

/** Keeps a screenshot of the workbench and code-server's log where a red run can be diagnosed. */
async function saveArtifacts({ page, server, label }) {
	mkdirSync(artifactsDir, { recursive: true });
	const base = join(artifactsDir, `${label}-${timestamp()}`);
	if (page) {
		try {
			await page.screenshot({ path: `${base}.png`, timeout: 10_000 });
			console.error(`[runner] screenshot of the workbench: ${base}.png`);
		} catch (error) {
			console.error(`[runner] could not take a screenshot: ${error.message}`);
		}
	}
	if (existsSync(server.logFile)) {
		copyFileSync(server.logFile, `${base}-code-server.log`);
		console.error(`[runner] code-server log: ${base}-code-server.log`);
	}
	// The workbench's own logs, among them the extension host's (activation errors end up there).
	const workbenchLogs = join(server.home, 'user-data', 'logs');
	if (existsSync(workbenchLogs)) {
		cpSync(workbenchLogs, `${base}-logs`, { recursive: true });
		console.error(`[runner] workbench and extension host logs: ${base}-logs/`);
	}
}

/** Saves a screenshot atomically, so whoever waits for the file never sees half of it. */
export async function saveScreenshot(page, file) {
	const partial = `${file}.partial`;
	writeFileSync(partial, await page.screenshot());
	renameSync(partial, file);
}

/** The same run through @vscode/test-electron's downloaded desktop VS Code (needs internet). */
async function runInDesktopVSCode({ extensionDevelopmentPath, extensionTestsPath, workspace, env }) {
	const { runTests } = await import('@vscode/test-electron');
	const counter = new TestCounter();
	// runTests copies VS Code's stdout to ours; read the test index's lines from there.
	const lines = lineSplitter((line) => counter.feed(line));
	const write = process.stdout.write.bind(process.stdout);
	process.stdout.write = (chunk, ...rest) => {
		lines.push(String(chunk));
		return write(chunk, ...rest);
	};
	let exitCode;
	try {
		await runTests({ version: VSCODE_DESKTOP_VERSION, extensionDevelopmentPath, extensionTestsPath, launchArgs: [workspace, '--disable-extensions'], extensionTestsEnv: env });
		exitCode = 0;
	} catch (error) {
		console.error(`[runner] ${error.message ?? error}`);
		console.error('[runner] (without internet, leave ARTICLE_ANNOTATOR_USE_ELECTRON unset to run in code-server)');
		exitCode = 1;
	} finally {
		lines.flush();
		process.stdout.write = write;
	}
	return { exitCode, ...counter.summary(exitCode) };
}

/** Presses the keys the tests ask for (see PRESS_MARKER) in the workbench page, one request after another. */
export function keyPresser(keysDir) {
	let pending = Promise.resolve();
	return (line, page) => {
		if (!line.startsWith(PRESS_MARKER)) return false;
		const [, id, keys] = /^(\w+) (.*)$/.exec(line.slice(PRESS_MARKER.length).trim()) ?? [];
		const list = parseJson(keys ?? '');
		if (!id || !Array.isArray(list)) {
			console.error(`[runner] refusing a key press request that is not «id ["key", ...]»: ${JSON.stringify(line)}`);
			return true;
		}
		pending = pending
			.then(async () => {
				for (const key of list) await page.keyboard.press(String(key));
			})
			.catch((error) => console.error(`[runner] could not press ${keys}: ${error.message}`))
			.then(() => writeFileSync(join(keysDir, id), keys));
		return true;
	};
}

async function main() {
	const args = parseLauncherArgs(process.argv.slice(2));
	const extensionTestsPath = args.extensionTestsPath ?? DEFAULT_TESTS_PATH;
	if (!existsSync(extensionTestsPath)) {
		console.error(`[runner] ${extensionTestsPath} does not exist: build first (node src/tools/build.mjs)`);
		console.log('0 passed, 1 failed');
		return 1;
	}
	const copiedWorkspace = args.workspace ? undefined : copySeedsToTempWorkspace();
	const workspace = args.workspace ?? copiedWorkspace;
	const useElectron = process.env.ARTICLE_ANNOTATOR_USE_ELECTRON === '1';
	const keysDir = useElectron ? undefined : mkdtempSync(join(tmpdir(), 'article-annotator-keys-'));
	const options = {
		extensionDevelopmentPath: args.extensionDevelopmentPath ?? repoRoot,
		extensionTestsPath,
		workspace: copiedWorkspace ? workspaceFileFor(copiedWorkspace) : workspace,
		extensionsDir: args.extensionsDir,
		// Tests that press keys run where the runner holds the page (code-server), and are skipped elsewhere.
		env: { ARTICLE_ANNOTATOR_TEST_WORKSPACE: workspace, ...(keysDir ? { ARTICLE_ANNOTATOR_KEYS_DIR: keysDir } : {}) },
		onLine: keysDir ? keyPresser(keysDir) : undefined,
	};
	const timeout = Number(process.env.ARTICLE_ANNOTATOR_TEST_TIMEOUT_MS);
	if (timeout > 0) options.timeoutMs = timeout;
	console.log(`[runner] ${useElectron ? 'desktop VS Code (@vscode/test-electron)' : 'code-server + headless Chromium'}; workspace ${workspace}`);
	let result;
	try {
		result = useElectron ? await runInDesktopVSCode(options) : await runInCodeServer(options);
	} catch (error) {
		// Setting up the run failed (code-server, Chromium...): nothing ran, which is a failure.
		console.error(`[runner] ${error.message}`);
		result = { exitCode: 1, passed: 0, failed: 1 };
	}
	if (keysDir) rmSync(keysDir, { recursive: true, force: true });
	if (copiedWorkspace && result.exitCode === 0) rmSync(dirname(copiedWorkspace), { recursive: true, force: true });
	else if (copiedWorkspace) console.error(`[runner] the test workspace is kept for inspection: ${copiedWorkspace}`);
	console.log(`${result.passed} passed, ${result.failed} failed`);
	return result.exitCode === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	process.exitCode = await main();
	// playwright or a stuck socket must not keep a finished run alive.
	setTimeout(() => process.exit(process.exitCode), 2_000).unref();
}
