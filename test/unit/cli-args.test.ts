import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArguments } from '../../src/cli/args';
import { createNodeExportIo, runExport } from '../../src/cli/export';

/** The options' values in order, as a subcommand's loop would read them. */
function values(argv: string[]): string[] {
	const read: string[] = [];
	for (const argument of readArguments(argv)) {
		read.push(argument.kind === 'file' ? argument.value : `${argument.name}=${argument.value()}`);
	}
	return read;
}

test('an option given twice with different values is a usage error; the same value twice, and repeatable options, are not', () => {
	assert.throws(() => values(['--out', 'a', 'x.txt', '--out', 'b']), /--out given twice \("a", then "b"\): give it once/);
	assert.throws(() => values(['-o', 'a', '--out=b']), /--out given twice/);
	assert.throws(() => values(['--min-confidence=0.5', '--min-confidence', '0.9']), /--min-confidence given twice/);
	assert.deepEqual(values(['--out', 'a', '--out', 'a', 'x.txt']), ['--out=a', '--out=a', 'x.txt']);
	assert.deepEqual(values(['--include', 'rejected', '--include', 'suggestions']), ['--include=rejected', '--include=suggestions']);
	assert.deepEqual(values(['--map', 'PERS=PER', '--map', 'GPE=LOC']), ['--map=PERS=PER', '--map=GPE=LOC']);
});

test('a command given an option twice says so on standard error and exits 2', () => {
	const err: string[] = [];
	const status = runExport(['--format', 'jsonl', '--format', 'conll', 'x.txt'], { ...createNodeExportIo(), stdout: () => undefined, stderr: (line) => err.push(line) });
	assert.equal(status, 2);
	assert.equal(err[0], 'article-annotator export: --format given twice ("jsonl", then "conll"): give it once');
});
