// `npm test`: type check, lint, unit tests (node:test through tsx), build, then the integration suite in a
// real VS Code (test/runner/run-integration.mjs). Streams every step's output and ends with one line
// `N passed, N failed` summing unit and integration tests; exits non-zero if any step failed.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs a command in the repo root, echoing its output live; resolves to { code, output }. */
function run(command, args) {
	return new Promise((resolveRun) => {
		const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk) => {
			output += chunk;
			process.stdout.write(chunk);
		});
		child.stderr.on('data', (chunk) => process.stderr.write(chunk));
		child.on('error', (error) => {
			console.error(`[test] could not run ${command}: ${error.message}`);
			resolveRun({ code: 1, output });
		});
		child.on('close', (code, signal) => resolveRun({ code: code ?? (signal ? 1 : 0), output }));
	});
}

async function step(title, action) {
	console.log(`\n=== ${title} ===`);
	const started = Date.now();
	const result = await action();
	console.log(`=== ${title}: ${result.ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s) ===`);
	return result;
}

async function typeCheck() {
	const { code } = await run('npx', ['tsc', '--noEmit', '-p', '.']);
	return { ok: code === 0 };
}

async function lint() {
	const { code } = await run('npx', ['eslint', 'src', 'test']);
	return { ok: code === 0 };
}

function unitTestFiles() {
	const dir = join(repoRoot, 'test', 'unit');
	try {
		return readdirSync(dir)
			.filter((name) => name.endsWith('.test.ts'))
			.sort()
			.map((name) => join('test', 'unit', name));
	} catch {
		return [];
	}
}

/** Reads node:test's closing summary (`ℹ pass N` with the spec reporter, `# pass N` with TAP). */
export function parseNodeTestSummary(output) {
	const count = (name) => Number(new RegExp(`^(?:ℹ|#) ${name} (\\d+)\\s*$`, 'm').exec(output)?.[1] ?? 0);
	return { passed: count('pass'), failed: count('fail') + count('cancelled') };
}

async function unitTests() {
	const files = unitTestFiles();
	if (files.length === 0) {
		console.log('[test] no test/unit/*.test.ts files yet: skipping unit tests');
		return { ok: true, passed: 0, failed: 0 };
	}
	const { code, output } = await run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files]);
	const { passed, failed } = parseNodeTestSummary(output);
	// A crash before the summary still has to count as a failure.
	return { ok: code === 0, passed, failed: code !== 0 && failed === 0 ? 1 : failed };
}

async function build() {
	const { code } = await run(process.execPath, [join('src', 'tools', 'build.mjs')]);
	return { ok: code === 0 };
}

async function integrationTests() {
	const { code, output } = await run(process.execPath, [join('test', 'runner', 'run-integration.mjs')]);
	const closing = [...output.matchAll(/^(\d+) passed, (\d+) failed$/gm)].pop();
	const passed = Number(closing?.[1] ?? 0);
	const failed = Number(closing?.[2] ?? 0);
	return { ok: code === 0, passed, failed: code !== 0 && failed === 0 ? 1 : failed };
}

async function main() {
	const typeChecked = await step('type check (tsc --noEmit)', typeCheck);
	// a lint error is a failed step, not a line nobody reads (one went unseen for a session)
	const linted = await step('lint (eslint)', lint);
	const unit = await step('unit tests (node --test)', unitTests);
	const built = await step('build (esbuild)', build);
	const integration = built.ok
		? await step('integration tests (real VS Code)', integrationTests)
		: { ok: false, passed: 0, failed: 0, skipped: true };
	if (integration.skipped) console.error('[test] integration tests skipped: the build failed');

	const passed = unit.passed + integration.passed;
	const failed = unit.failed + integration.failed;
	const failedSteps = [
		[typeChecked, 'type check'],
		[linted, 'lint'],
		[unit, 'unit tests'],
		[built, 'build'],
		[integration, 'integration tests'],
	].filter(([result]) => !result.ok).map(([, name]) => name);
	console.log(`\n[test] unit: ${unit.passed} passed, ${unit.failed} failed; integration: ${integration.passed} passed, ${integration.failed} failed`);
	if (failedSteps.length > 0) console.error(`[test] failed: ${failedSteps.join(', ')}`);
	console.log(`${passed} passed, ${failed} failed`);
	return failedSteps.length === 0 ? 0 : 1;
}

process.exitCode = await main();
