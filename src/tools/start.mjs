// `npm start`: build, then open the seeds in a VS Code with this extension loaded.
// With a desktop `code` on PATH it runs `code --extensionDevelopmentPath=<repo> <repo>/seeds`.
// Otherwise it serves code-server on 127.0.0.1 (port $PORT, else 8080 if free, else any free port)
// and prints the URL to open in a browser; Ctrl+C stops it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer, findFreePort, startCodeServer } from './code-server.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const seeds = join(repoRoot, 'seeds');
const DEFAULT_PORT = 8080;

function build() {
	const { status } = spawnSync(process.execPath, [join(repoRoot, 'src', 'tools', 'build.mjs')], { cwd: repoRoot, stdio: 'inherit' });
	if (status !== 0) throw new Error('the build failed (node src/tools/build.mjs)');
}

function desktopCodeOnPath() {
	return spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
}

function openInDesktopCode() {
	console.log(`[start] code --extensionDevelopmentPath=${repoRoot} ${seeds}`);
	const { status } = spawnSync('code', [`--extensionDevelopmentPath=${repoRoot}`, seeds], { stdio: 'inherit' });
	return status ?? 1;
}

// An extensions folder holding a link to the repository makes code-server load the extension as if
// installed, so the plain workbench URL works (no development payload in the URL). The link follows
// the build: reload the window after `npm run build` to pick up changes.
function extensionsDirLinkingRepo() {
	const { publisher, name, version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
	const dir = mkdtempSync(join(tmpdir(), 'article-annotator-extensions-'));
	symlinkSync(repoRoot, join(dir, `${publisher}.${name}-${version}`));
	return dir;
}

async function serveWithCodeServer() {
	const entry = await ensureCodeServer();
	const port = process.env.PORT ? Number(process.env.PORT) : await findFreePort(DEFAULT_PORT);
	const extensionsDir = extensionsDirLinkingRepo();
	const server = await startCodeServer({ entry, folder: seeds, port, extensionsDir });
	const onUnexpectedExit = (code) => {
		// The log stays (its folder is named below); the link folder has nothing to read.
		rmSync(extensionsDir, { recursive: true, force: true });
		console.error(`[start] code-server exited (${code}); its log: ${server.logFile}`);
		process.exit(1);
	};
	const stop = async (code) => {
		server.process.off('exit', onUnexpectedExit);
		await server.stop();
		rmSync(extensionsDir, { recursive: true, force: true });
		rmSync(server.home, { recursive: true, force: true });
		process.exit(code);
	};
	console.log(`\n[start] Article Annotator in code-server, with ${seeds} open:\n\n    ${server.url}/\n`);
	console.log(`[start] code-server log: ${server.logFile}`);
	console.log('[start] Ctrl+C stops it.');
	process.once('SIGINT', () => stop(0));
	process.once('SIGTERM', () => stop(0));
	server.process.once('exit', onUnexpectedExit);
}

try {
	build();
	if (desktopCodeOnPath()) process.exitCode = openInDesktopCode();
	else await serveWithCodeServer();
} catch (error) {
	console.error(`[start] ${error.message}`);
	process.exitCode = 1;
}
