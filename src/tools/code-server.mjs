// code-server (a real VS Code workbench served over HTTP) and Debian's Chromium: what the
// integration tests, `npm start` and `npm run screenshots` use on machines that cannot
// download desktop VS Code. See ../shared/docs/real-vscode-tests.md for why and how.
//
// Usage as a script: `node src/tools/code-server.mjs` installs code-server if needed and
// prints the path of its entry script.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';

const CHROMIUM_PATH = '/usr/bin/chromium';
const HEALTH_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;

// Written last by a successful install, so a half-finished install is never mistaken for a good one.
const INSTALLED_MARKER = '.installed';

const log = (message) => console.log(`[code-server] ${message}`);

export function codeServerDir() {
	return process.env.ARTICLE_ANNOTATOR_CODE_SERVER_DIR || join(homedir(), '.cache', 'article-annotator', `code-server-${CODE_SERVER_VERSION}`);
}

function entryScriptPath(dir) {
	return join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

/** Returns the absolute path of code-server's entry script, installing code-server first if needed. */
export async function ensureCodeServer() {
	const dir = codeServerDir();
	const entry = entryScriptPath(dir);
	if (existsSync(join(dir, INSTALLED_MARKER)) && existsSync(entry)) {
		log(`using ${CODE_SERVER_VERSION} at ${dir}`);
		return entry;
	}
	assertInstallPrerequisites();
	await installCodeServer(dir);
	return entry;
}

function assertInstallPrerequisites() {
	const major = Number(process.versions.node.split('.')[0]);
	if (major !== 20) {
		throw new Error(`code-server ${CODE_SERVER_VERSION} requires Node 20 (its postinstall refuses others); this is Node ${process.versions.node}.`);
	}
	const missing = [];
	if (!existsSync('/usr/bin/rg')) missing.push('ripgrep');
	// kerberos is compiled from source during the install and needs the GSSAPI headers.
	if (!existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
	if (!commandExists('g++') || !commandExists('make')) missing.push('build-essential');
	if (!commandExists('python3')) missing.push('python3');
	if (missing.length > 0) {
		throw new Error(`Installing code-server needs Debian packages that are missing: apt-get install -y ${missing.join(' ')}`);
	}
}

function commandExists(name) {
	return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

async function installCodeServer(dir) {
	const started = Date.now();
	log(`installing ${CODE_SERVER_VERSION} into ${dir} (about a minute or two; builds native modules)`);
	// Start clean: a previous attempt may have stopped half-way through code-server's postinstall.
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, description: 'code-server for Article Annotator tests' }, null, 2) + '\n');
	seedRipgrepDownloadCache();

	const logFile = join(dir, 'install.log');
	const exitCode = await runToLogFile('npm', ['install', '--no-audit', '--no-fund', '--save-exact', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`], {
		cwd: dir,
		logFile,
		env: {
			...process.env,
			// code-server's postinstall refuses to run as root without it (npm 11 warns it does not know the key; the script reads it anyway).
			npm_config_unsafe_perm: 'true',
			// node-pty's build runs `npx node-gyp`; the machine's npm config says yes=false.
			npm_config_yes: 'true',
			// npm >= 11.19 skips dependencies' install scripts unless allow-listed, and code-server's own
			// postinstall runs nested `npm install`s in lib/vscode whose native modules (node-pty,
			// kerberos, spdlog, ripgrep...) must build. An allow-list cannot reach those nested,
			// project-scoped installs (npm rejects an inherited allow-scripts there), so scripts are
			// allowed for this one install of a pinned version, isolated in its own folder.
			npm_config_dangerously_allow_all_scripts: 'true',
		},
	});
	const entry = entryScriptPath(dir);
	if (exitCode !== 0 || !existsSync(entry)) {
		printTail(logFile, 40);
		throw new Error(`Installing code-server ${CODE_SERVER_VERSION} failed (npm exit code ${exitCode}); full log: ${logFile}`);
	}
	// --config keeps code-server from writing a default ~/.config/code-server/config.yaml.
	const version = spawnSync(process.execPath, [entry, '--config', join(dir, 'config.yaml'), '--version'], { encoding: 'utf8' });
	if (version.status !== 0 || !version.stdout.includes(`${CODE_SERVER_VERSION} `)) {
		throw new Error(`code-server was installed but \`${entry} --version\` does not answer ${CODE_SERVER_VERSION}: ${version.stdout}${version.stderr}`);
	}
	writeFileSync(join(dir, INSTALLED_MARKER), `${new Date().toISOString()}\n`);
	log(`installed in ${((Date.now() - started) / 1000).toFixed(0)} s (log: ${logFile})`);
}

// @vscode/ripgrep's postinstall downloads `rg` from GitHub, which is unreachable here, unless it
// finds the release tarball in its cache folder. Debian's `rg` put there serves the same purpose.
function seedRipgrepDownloadCache() {
	if (process.arch !== 'x64') {
		log(`no ripgrep cache trick for ${process.arch}: @vscode/ripgrep will try to download rg from GitHub`);
		return;
	}
	const cacheDir = join(tmpdir(), 'vscode-ripgrep-cache-1.15.11');
	const tarball = join(cacheDir, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
	if (existsSync(tarball)) return;
	const staging = mkdtempSync(join(tmpdir(), 'article-annotator-rg-'));
	try {
		copyFileSync('/usr/bin/rg', join(staging, 'rg'));
		mkdirSync(cacheDir, { recursive: true });
		const tar = spawnSync('tar', ['czf', tarball, '-C', staging, 'rg'], { encoding: 'utf8' });
		if (tar.status !== 0) throw new Error(`could not create ${tarball}: ${tar.stderr}`);
		log(`seeded @vscode/ripgrep's download cache with Debian's /usr/bin/rg (${tarball})`);
	} finally {
		rmSync(staging, { recursive: true, force: true });
	}
}

function runToLogFile(command, args, { cwd, env, logFile }) {
	const fd = openSync(logFile, 'w');
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd, env, stdio: ['ignore', fd, fd] });
		child.on('error', reject);
		child.on('exit', (code, signal) => resolve(code ?? `signal ${signal}`));
	}).finally(() => closeSync(fd));
}

function printTail(file, lines) {
	if (!existsSync(file)) return;
	const tail = readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines);
	console.error(`--- last ${tail.length} lines of ${file} ---\n${tail.join('\n')}\n---`);
}

/** Returns the path of Debian's Chromium, which playwright-core drives headless. */
export async function ensureChromium() {
	if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
	throw new Error(
		`${CHROMIUM_PATH} not found. The browser that loads code-server's workbench is Debian's Chromium ` +
			`(playwright's own browser download is not reachable here): apt-get install -y chromium`,
	);
}

/** Asks the OS for a free loopback port. */
export async function findFreePort(preferred = 0) {
	const tryListen = (port) =>
		new Promise((resolve) => {
			const server = createServer();
			server.once('error', () => resolve(undefined));
			server.listen(port, '127.0.0.1', () => {
				const { port: bound } = server.address();
				server.close(() => resolve(bound));
			});
		});
	return (preferred && (await tryListen(preferred))) || (await tryListen(0));
}

// Settings that keep the workbench quiet and deterministic: no welcome page, trust prompt,
// telemetry, update or gallery checks, tips or git prompts.
const QUIET_SETTINGS = {
	'workbench.startupEditor': 'none',
	'workbench.welcomePage.walkthroughs.openOnInstall': false,
	'workbench.tips.enabled': false,
	'security.workspace.trust.enabled': false,
	'telemetry.telemetryLevel': 'off',
	'update.mode': 'none',
	'extensions.autoCheckUpdates': false,
	'extensions.autoUpdate': false,
	'extensions.ignoreRecommendations': true,
	'git.openRepositoryInParentFolders': 'never',
	'chat.commandCenter.enabled': false,
};

/**
 * Starts code-server on a loopback port with a fresh user-data dir, in its own process group,
 * and resolves once /healthz answers. `env` reaches the extension host.
 * Returns { url, port, logFile, process, stop() }.
 */
export async function startCodeServer({ entry, folder, env = process.env, port, extensionsDir, settings = {} }) {
	const home = mkdtempSync(join(tmpdir(), 'article-annotator-code-server-'));
	const userDataDir = join(home, 'user-data');
	mkdirSync(join(userDataDir, 'User'), { recursive: true });
	writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
	const chosenPort = port ?? (await findFreePort());
	// An explicit config file keeps code-server away from ~/.config/code-server/config.yaml.
	const configFile = join(home, 'config.yaml');
	writeFileSync(configFile, `bind-addr: 127.0.0.1:${chosenPort}\nauth: none\ncert: false\n`);
	const logFile = join(home, 'code-server.log');
	// code-server fails to scan (and then loads no development extension) when the folder is missing.
	const extensionsFolder = extensionsDir ?? join(home, 'extensions');
	mkdirSync(extensionsFolder, { recursive: true });
	const args = [
		entry,
		'--bind-addr', `127.0.0.1:${chosenPort}`,
		'--auth', 'none',
		'--disable-telemetry',
		'--disable-update-check',
		'--disable-workspace-trust',
		'--disable-getting-started-override',
		'--config', configFile,
		'--user-data-dir', userDataDir,
		'--extensions-dir', extensionsFolder,
		...(folder ? [folder] : []),
	];
	const fd = openSync(logFile, 'w');
	// detached: its own process group, so stopCodeServer can end the extension host and pty host too.
	// An empty gallery configuration turns the (unreachable) open-vsx gallery off instead of waiting
	// for its DNS lookup to fail; set EXTENSIONS_GALLERY to use a gallery.
	const serverEnv = { EXTENSIONS_GALLERY: '{}', ...env };
	const child = spawn(process.execPath, args, { env: serverEnv, detached: true, stdio: ['ignore', fd, fd] });
	closeSync(fd);
	const server = { url: `http://127.0.0.1:${chosenPort}`, port: chosenPort, logFile, home, process: child, stop: () => stopCodeServer(child) };
	try {
		await waitForHealthz(server);
	} catch (error) {
		await server.stop();
		printTail(logFile, 30);
		throw new Error(`${error.message} (code-server log: ${logFile})`);
	}
	return server;
}

async function waitForHealthz({ url, process: child }) {
	const deadline = Date.now() + HEALTH_TIMEOUT_MS;
	while (Date.now() < deadline) {
		if (child.exitCode !== null || child.signalCode !== null) {
			throw new Error(`code-server exited before it answered /healthz (exit ${child.exitCode ?? child.signalCode})`);
		}
		try {
			const response = await fetch(`${url}/healthz`);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`code-server did not answer ${url}/healthz within ${HEALTH_TIMEOUT_MS / 1000} s`);
}

/** Stops code-server's whole process group: SIGTERM, then SIGKILL after a grace period. */
export async function stopCodeServer(child) {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	const signalGroup = (signal) => {
		try {
			process.kill(-child.pid, signal);
		} catch {
			// the group is already gone
		}
	};
	signalGroup('SIGTERM');
	const timer = setTimeout(() => signalGroup('SIGKILL'), STOP_GRACE_MS);
	await exited;
	clearTimeout(timer);
	// The extension host may outlive the server process itself for a moment.
	signalGroup('SIGKILL');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	try {
		console.log(await ensureCodeServer());
	} catch (error) {
		console.error(`[code-server] ${error.message}`);
		process.exit(1);
	}
}
