import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

function cli(args: string[]): { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string } {
	const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
	return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

test('detect --json prints one object per file with code point offsets, and an error line for bad files', () => {
	const folder = mkdtempSync(join(tmpdir(), 'article-annotator-cli-'));
	try {
		// Emoji (two UTF-16 units, one code point) and CRLF before the names make the units differ.
		const french = join(folder, 'fr.txt');
		writeFileSync(french, '📰 Dépêche\r\nLe président Abdelmadjid Tebboune a reçu à Alger le ministre russe Sergueï Lavrov.\r\n');
		const arabic = join(folder, 'ar.txt');
		writeFileSync(arabic, '\ufeff😀 استقبل الرئيس عبد المجيد تبون في الجزائر وزير الخارجية الروسي سيرغي لافروف.\n');
		const binary = join(folder, 'scan.txt');
		writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
		const missing = join(folder, 'missing.txt');
		const run = cli(['detect', '--json', french, missing, arabic, binary]);
		assert.equal(run.signal, null);
		assert.equal(run.status, 1, 'a failed file makes the exit status 1');
		const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
		assert.deepEqual(lines.map((line) => line.file), [french, missing, arabic, binary]);
		assert.match(lines[1].error, /no such file/);
		assert.match(lines[3].error, /binary/);
		assert.match(run.stderr, /missing\.txt: no such file/);
		for (const [index, path] of [[0, french], [2, arabic]] as const) {
			const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
			const codePoints = Array.from(text);
			assert.ok(lines[index].entities.length > 0, `entities found in ${path}`);
			for (const entity of lines[index].entities) {
				assert.deepEqual(Object.keys(entity), ['start', 'end', 'type', 'text']);
				assert.equal(codePoints.slice(entity.start, entity.end).join(''), entity.text, 'text is the code point slice');
			}
		}
		assert.equal(lines[0].language, 'fr');
		assert.equal(lines[2].language, 'ar');
		assert.ok(lines[0].entities.some((e: { text: string; type: string }) => e.text === 'Alger' && e.type === 'LOC'));
		assert.ok(lines[2].entities.some((e: { text: string; type: string }) => e.text === 'الجزائر' && e.type === 'LOC'));
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});

test('--help documents the commands, and usage errors exit with 2', () => {
	const help = cli(['--help']);
	assert.equal(help.status, 0);
	assert.match(help.stdout, /detect \[--json\]/);
	assert.match(help.stdout, /validate/);
	assert.match(help.stdout, /export/);
	const bad = cli(['detect', '--min-confidence', '7', 'x.txt']);
	assert.equal(bad.status, 2);
	assert.match(bad.stderr, /--min-confidence/);
	assert.equal(cli(['frobnicate']).status, 2);
	assert.equal(cli(['detect']).status, 2);
});

test('detect --details adds each entity’s confidence and source, in JSON and in the listing', () => {
	const folder = mkdtempSync(join(tmpdir(), 'article-annotator-cli-'));
	try {
		const file = join(folder, 'fr.txt');
		writeFileSync(file, 'Le président Abdelmadjid Tebboune a reçu à Alger le ministre russe, a indiqué l’APS.\n');
		const json = JSON.parse(cli(['detect', '--json', '--details', file]).stdout.trim());
		const alger = json.entities.find((entity: { text: string }) => entity.text === 'Alger');
		assert.equal(alger.source, 'model');
		assert.ok(alger.confidence > 0 && alger.confidence <= 1);
		assert.equal(json.entities.find((entity: { text: string }) => entity.text === 'APS')?.type, 'ORG');
		const listing = cli(['detect', '--details', file]).stdout;
		assert.match(listing, /LOC\s+Alger\s+\(0\.\d\d model\)/);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});
