import { test } from 'node:test';
import assert from 'node:assert/strict';
import { USAGE, usageOf } from '../../src/cli';
import { EXPORT_USAGE } from '../../src/cli/export';
import { IMPORT_USAGE } from '../../src/cli/import';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FORMAT_NAMES: Record<string, string> = { conll: 'CoNLL', brat: 'brat', jsonl: 'JSONL', w3c: 'W3C', prodigy: 'Prodigy', labelstudio: 'Label Studio' };

test('the list of commands names every format export and import take', () => {
	const summary = (command: string) => {
		const lines = USAGE.split('\n');
		const first = lines.findIndex((line) => line.startsWith(`  ${command} `));
		assert.ok(first >= 0, command);
		const rest = lines.slice(first + 1).findIndex((line) => !line.startsWith('            '));
		return lines.slice(first, first + 1 + rest).join(' ');
	};
	for (const [command, usage] of [['export', EXPORT_USAGE], ['import', IMPORT_USAGE]] as const) {
		const formats = /--format ([a-z0-9|]+)/.exec(usage)?.[1].split('|') ?? [];
		assert.ok(formats.length >= 5, command);
		for (const format of formats) {
			assert.ok(summary(command).includes(FORMAT_NAMES[format]), `${command}: ${format} in «${summary(command)}»`);
		}
	}
});

test('«help export» prints the usage of export alone, as git and npm do; «help» and an unknown name the whole usage', () => {
	assert.equal(usageOf('export'), EXPORT_USAGE);
	assert.equal(usageOf('import'), IMPORT_USAGE);
	for (const other of [undefined, 'frob', '__proto__', 'toString']) {
		assert.equal(usageOf(other), USAGE, String(other));
	}
});

test('--version prints the version of package.json and the Node running it, exit 0', () => {
	const root = join(__dirname, '..', '..');
	const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
	for (const flag of ['--version', '-V', 'version']) {
		const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli.ts'), flag], { cwd: root, encoding: 'utf8', timeout: 120_000 });
		assert.equal(result.status, 0, flag);
		assert.equal(result.stdout, `article-annotator ${version} (Node ${process.versions.node})\n`, flag);
	}
	assert.match(USAGE, /article-annotator --version/);
});

test('no line of any help is over 100 characters (a terminal or a man page wraps it mid-word)', () => {
	const commands = [undefined, 'detect', 'validate', 'export', 'import', 'mv', 'agree'];
	for (const command of commands) {
		for (const line of usageOf(command).split('\n')) {
			assert.ok([...line].length <= 100, `${command ?? 'article-annotator'} --help: ${[...line].length} characters: «${line}»`);
		}
	}
	assert.ok(USAGE.includes(usageOf('agree')), 'the whole usage holds every command\'s');
});
