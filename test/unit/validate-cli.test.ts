/**
 * The hostile battery of issue 3, run against `article-annotator validate` as child processes
 * (through a test-only entry until `src/cli.ts` wires the subcommand) and in-process: every broken
 * or hostile sidecar or article gets a clear line naming the file and the problem, the exit
 * status says invalid (or valid where it is), nothing crashes or prints a stack trace, every run
 * answers within seconds, and the files on disk are byte-for-byte unchanged afterwards.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNodeValidateIo, runValidate } from '../../src/cli/validate';
import { writeHostileCases, type HostileCase } from './support/hostile-cases';
import { withClosedFolder, withFolder } from './support/folders';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ENTRY = path.join(ROOT, 'test/unit/support/validate-main.ts');

let directory: string;
let allCases: HostileCase[];
let snapshot: Map<string, Buffer>;

function takeSnapshot(root: string): Map<string, Buffer> {
	const files = new Map<string, Buffer>();
	for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
		const full = path.join(root, entry.name);
		if (entry.isFile()) {
			files.set(full, fs.readFileSync(full));
		} else if (entry.isSymbolicLink()) {
			files.set(full, Buffer.from(`link:${fs.readlinkSync(full)}`));
		} else if (entry.isDirectory()) {
			files.set(full, Buffer.from(`dir:${fs.readdirSync(full).join(',')}`));
		}
	}
	return files;
}

function runChild(args: readonly string[]): { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number } {
	const started = performance.now();
	const result = spawnSync(process.execPath, ['--import', 'tsx', ENTRY, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
	return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started };
}

function assertNoCrash(run: { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }): void {
	assert.equal(run.signal, null, 'not killed by a signal');
	assert.ok(run.status === 0 || run.status === 1 || run.status === 2, `exit status ${run.status}`);
	const output = run.stdout + run.stderr;
	assert.doesNotMatch(output, /^\s+at .+\(.+:\d+:\d+\)$/m, 'no stack trace');
	assert.doesNotMatch(output, /FATAL ERROR|RangeError|TypeError|Maximum call stack/);
}

describe('article-annotator validate: the hostile battery', () => {
	before(() => {
		directory = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-validate-'));
		allCases = writeHostileCases(directory);
		fs.writeFileSync(path.join(directory, 'labels.json'), JSON.stringify([{ name: 'LOC' }, { name: 'CITY' }]));
		snapshot = takeSnapshot(directory);
	});

	after(() => {
		fs.rmSync(directory, { recursive: true, force: true });
	});

	it('gives every file one clear line naming it, in one run over all of them, without crashing, within seconds', () => {
		const files = [...allCases.map((entry) => path.join(directory, entry.name)), path.join(directory, 'folder.txt.annotations.yaml'), path.join(directory, 'zero.txt.annotations.yaml'), path.join(directory, 'missing.txt.annotations.yaml')];
		const run = runChild(['--verbose', ...files]);
		assertNoCrash(run);
		assert.equal(run.status, 1, 'some files are invalid');
		assert.ok(run.ms < 30_000, `answered in ${Math.round(run.ms)} ms`);
		const lines = run.stdout.trimEnd().split('\n');
		for (const entry of allCases) {
			const file = path.join(directory, entry.name);
			const own = lines.filter((line) => line.startsWith(`${file}:`) || line.startsWith(`${file} `));
			assert.ok(own.some((line) => entry.expect.test(line)), `${entry.name}: expected ${entry.expect}, got:\n${own.join('\n')}`);
			if (entry.valid) {
				assert.ok(own.some((line) => line.endsWith(': ok')), `${entry.name} is valid`);
			} else {
				assert.ok(!own.some((line) => line.endsWith(': ok')), `${entry.name} is not valid`);
			}
		}
		assert.ok(lines.includes(`${path.join(directory, 'folder.txt.annotations.yaml')}: is a directory, not a sidecar file`));
		assert.ok(lines.includes(`${path.join(directory, 'zero.txt.annotations.yaml')}: not a regular file (device, pipe or socket); not read`));
		assert.ok(lines.includes(`${path.join(directory, 'missing.txt.annotations.yaml')}: no such file`));
		for (const line of lines) {
			assert.ok(line.startsWith(directory), `every line names its file: ${line.slice(0, 120)}`);
		}
	});

	it('exits 1 for each invalid file on its own and 0 for each valid one, without crashing (in-process)', () => {
		for (const entry of allCases) {
			const out: string[] = [];
			const io = { ...createNodeValidateIo(), stdout: (line: string) => out.push(line), stderr: (line: string) => out.push(line) };
			const status = runValidate([path.join(directory, entry.name)], io);
			assert.equal(status, entry.valid ? 0 : 1, `${entry.name}: ${out.join(' | ')}`);
			if (!entry.valid) {
				assert.ok(out.length >= 1 && out.every((line) => !line.includes('\n')), entry.name);
			}
		}
	});

	it('survives the worst inputs as separate processes: the alias bomb, two deep documents in one process, 60 MB', () => {
		for (const names of [['bomb.txt.annotations.yaml'], ['deep.txt.annotations.yaml', 'deep2.txt.annotations.yaml', 'deep.txt.annotations.yaml'], ['big.txt.annotations.yaml']]) {
			const run = runChild(names.map((name) => path.join(directory, name)));
			assertNoCrash(run);
			assert.equal(run.status, 1, names.join(' '));
			assert.ok(run.ms < 20_000, `${names.join(' ')}: ${Math.round(run.ms)} ms`);
			assert.equal(run.stdout.trimEnd().split('\n').length, names.length, 'one line per file');
		}
	});

	it('exits 0 with nothing printed for valid files, and handles a large honest article with 10,000 annotations', () => {
		const run = runChild([path.join(directory, 'valid.txt.annotations.yaml'), path.join(directory, 'honest.txt.annotations.yaml'), path.join(directory, 'crlf.txt.annotations.yaml')]);
		assertNoCrash(run);
		assert.equal(run.status, 0, run.stdout);
		assert.equal(run.stdout, '');
	});

	it('uses --labels and --labels-file for the label set', () => {
		const file = path.join(directory, 'label.txt.annotations.yaml');
		const quiet = { ...createNodeValidateIo(), stdout: () => undefined, stderr: () => undefined };
		assert.equal(runValidate([file], quiet), 1);
		assert.equal(runValidate(['--labels', 'LOC,CITY', file], quiet), 0);
		assert.equal(runValidate([`--labels-file=${path.join(directory, 'labels.json')}`, file], quiet), 0);
	});

	it('answers usage errors with status 2 and a one-line message, and --help with 0', () => {
		const cases: Array<[string[], number, RegExp]> = [
			[[], 2, /no sidecar files given/],
			[['--frobnicate', 'x.annotations.yaml'], 2, /unknown option "--frobnicate"/],
			[['--labels', 'per,org', 'x.txt.annotations.yaml'], 2, /"per" is not a label name/],
			[['--labels-file', path.join(directory, 'nul.txt.annotations.yaml'), 'x.txt.annotations.yaml'], 2, /--labels-file .*not valid UTF-8 JSON|expected a JSON list/],
			[['--max-depth', 'lots', 'x.txt.annotations.yaml'], 2, /expects a whole number/],
			// both give the label set, the second one silently replaced the first
			[['--labels', 'PER,LOC', `--labels-file=${path.join(directory, 'labels.json')}`, 'x.txt.annotations.yaml'], 2, /--labels and --labels-file both give the label set; give one/],
			[[`--labels-file=${path.join(directory, 'labels.json')}`, '--labels', 'PER', 'x.txt.annotations.yaml'], 2, /--labels and --labels-file both give the label set; give one/],
			[['--help'], 0, /usage: article-annotator validate/],
		];
		for (const [args, status, message] of cases) {
			const out: string[] = [];
			const io = { ...createNodeValidateIo(), stdout: (line: string) => out.push(line), stderr: (line: string) => out.push(line) };
			assert.equal(runValidate(args, io), status, args.join(' '));
			assert.match(out.join('\n'), message);
		}
		withFolder('validate-labels-', (folder) => {
			const nameless = path.join(folder, 'labels.json');
			fs.writeFileSync(nameless, JSON.stringify([{ name: 'PER' }, { label: 'LOC', color: '#0a0' }]));
			const out: string[] = [];
			const io = { ...createNodeValidateIo(), stdout: (line: string) => out.push(line), stderr: (line: string) => out.push(line) };
			assert.equal(runValidate(['--labels-file', nameless, 'x.txt.annotations.yaml'], io), 2);
			assert.match(out[0], /--labels-file ".*labels\.json": entry 2, \{"label":"LOC","color":"#0a0"\}, has no "name" string$/);
		});
		const run = runChild(['--labels']);
		assertNoCrash(run);
		assert.equal(run.status, 2);
		assert.match(run.stderr, /--labels needs a value/);
	});

	it('left every file on disk byte-for-byte unchanged', () => {
		const now = takeSnapshot(directory);
		assert.deepEqual([...now.keys()].sort(), [...snapshot.keys()].sort(), 'no file added or removed');
		for (const [file, bytes] of snapshot) {
			assert.ok(now.get(file)!.equals(bytes), `${file} changed`);
		}
	});
});

describe('validate of a sidecar in a folder that may not be entered', () => {
	it('says «permission denied», not «no such file»', () => {
		withFolder('validate-closed-', (folder) => {
			const closed = path.join(folder, 'closed');
			fs.mkdirSync(closed);
			const sidecar = path.join(closed, 'a.txt.annotations.yaml');
			fs.writeFileSync(path.join(closed, 'a.txt'), 'Oran.');
			fs.writeFileSync(sidecar, 'version: 1\ndocument: a.txt\nannotations: []\n');
			const out: string[] = [];
			const io = { ...createNodeValidateIo(), stdout: (line: string) => out.push(line), stderr: (line: string) => out.push(line) };
			withClosedFolder(closed, () => {
				assert.equal(runValidate([sidecar], io), 1);
			});
			assert.deepEqual(out, [`${sidecar}: could not be checked: permission denied`]);
		});
	});
});

describe('validate of a folder', () => {
	it('checks every sidecar under it, sub-folders included, in name order, and says when there is none', () => {
		withFolder('validate-folder-', (folder) => {
			const corpus = path.join(folder, 'corpus');
			for (const [sub, name, document] of [['b', 'x.txt', 'x.txt'], ['a b é', 'y.txt', 'y.txt'], ['a b é/deeper', 'z.txt', 'other.txt']]) {
				fs.mkdirSync(path.join(corpus, sub), { recursive: true });
				fs.writeFileSync(path.join(corpus, sub, name), 'Oran.');
				fs.writeFileSync(path.join(corpus, sub, `${name}.annotations.yaml`), `version: 1\ndocument: ${document}\nannotations: []\n`);
			}
			fs.writeFileSync(path.join(corpus, 'b', 'x.txt.annotations.yaml.tmp-1-a'), 'half a write');
			fs.symlinkSync(path.join(corpus, 'b'), path.join(corpus, 'link'));
			const out: string[] = [];
			const io = { ...createNodeValidateIo(), stdout: (line: string) => out.push(line), stderr: (line: string) => out.push(line) };
			assert.equal(runValidate(['--verbose', corpus], io), 1);
			assert.deepEqual(out, [
				`${path.join(corpus, 'a b é', 'deeper', 'z.txt.annotations.yaml')}: "document:" is "other.txt" but this sidecar belongs to "z.txt" (its own name)`,
				`${path.join(corpus, 'a b é', 'y.txt.annotations.yaml')}: ok`,
				`${path.join(corpus, 'b', 'x.txt.annotations.yaml')}: ok`,
			]);
			out.length = 0;
			fs.mkdirSync(path.join(folder, 'empty'));
			assert.equal(runValidate([path.join(folder, 'empty')], io), 1);
			assert.deepEqual(out, [`${path.join(folder, 'empty')}: a folder without any sidecar (*.annotations.yaml)`]);
		});
	});
});

describe('validate of a sidecar whose file name is in another Unicode normalization', () => {
	it('takes «document:» in NFC for the article whose file name is in NFD (a copy from macOS): a warning, not an error', () => {
		withFolder('validate-nfd-', (folder) => {
			const decomposed = 'E\u0301lyse\u0301e.txt';
			fs.writeFileSync(path.join(folder, decomposed), 'Tlemcen.');
			const sidecar = path.join(folder, `${decomposed}.annotations.yaml`);
			fs.writeFileSync(sidecar, `version: 1\ndocument: "${decomposed.normalize('NFC')}"\nannotations:\n  - {type: LOC, start: 0, end: 7, text: Tlemcen, status: accepted}\n`);
			const out: string[] = [];
			const io = { ...createNodeValidateIo(), stdout: (line: string) => out.push(line), stderr: (line: string) => out.push(line) };
			assert.equal(runValidate([sidecar], io), 0, out.join('\n'));
			assert.match(out[0], /warning: "document:" names ".*" in another Unicode normalization than the file name/);
			fs.writeFileSync(sidecar, 'version: 1\ndocument: "Elysee.txt"\nannotations: []\n');
			out.length = 0;
			assert.equal(runValidate([sidecar], io), 1, 'another name is still another article');
		});
	});
});
