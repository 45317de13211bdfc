import { test } from 'node:test';
import assert from 'node:assert/strict';
import { USAGE, usageOf } from '../../src/cli';
import { EXPORT_USAGE } from '../../src/cli/export';
import { IMPORT_USAGE } from '../../src/cli/import';

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
