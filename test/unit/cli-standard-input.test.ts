import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNodeExportIo, runExport } from '../../src/cli/export';
import { runImport } from '../../src/cli/import';
import { runMove } from '../../src/cli/move';
import { createNodeValidateIo, runValidate } from '../../src/cli/validate';

test('«-» given to a command that reads files only is a usage error, not a missing file named «-»', () => {
	const runs: Array<[string, (err: string[]) => number]> = [
		['import', (err) => runImport(['--format', 'jsonl', '--dry-run', '-'], { stdout: () => undefined, stderr: (line) => err.push(line) })],
		['export', (err) => runExport(['--format', 'conll', '-'], { ...createNodeExportIo(), stdout: () => undefined, stderr: (line) => err.push(line) })],
		['validate', (err) => runValidate(['-'], { ...createNodeValidateIo(), stdout: (line) => err.push(line), stderr: (line) => err.push(line) })],
		['mv', (err) => runMove(['-', 'b.txt'], { stdout: () => undefined, stderr: (line) => err.push(line) })],
	];
	for (const [command, run] of runs) {
		const err: string[] = [];
		assert.equal(run(err), 2, command);
		assert.equal(err[0], `article-annotator ${command}: ${command} reads files, not standard input ("-"); a file named - is ./-`);
	}
});
