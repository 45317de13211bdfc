import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

test('usage errors stay out of standard output: no command, a confidence not written in decimals, standard input given twice', () => {
	const none = cli([]);
	assert.equal(none.status, 2);
	assert.equal(none.stdout, '', 'the usage is not data for a pipe');
	assert.match(none.stderr, /usage: article-annotator/);
	for (const text of ['0x1', '0b1', 'Infinity', '']) {
		const run = cli(['detect', '--min-confidence', text, 'x.txt']);
		assert.equal(run.status, 2, `--min-confidence ${JSON.stringify(text)}`);
		assert.match(run.stderr, /--min-confidence takes a number from 0 to 1/);
	}
	assert.equal(cli(['detect', '--min-confidence', '.5', '--help']).status, 0, 'a decimal without its leading 0 is one');
	const twice = cli(['detect', '-', '-']);
	assert.equal(twice.status, 2);
	assert.match(twice.stderr, /standard input\) can be given once/);
});

test('detect --labels warns about a label the detector never finds (a typo would print nothing and exit 0)', () => {
	const folder = mkdtempSync(join(tmpdir(), 'article-annotator-cli-'));
	try {
		const file = join(folder, 'fr.txt');
		writeFileSync(file, 'Le président Abdelmadjid Tebboune a reçu à Alger le ministre russe.\n');
		const typo = cli(['detect', '--json', '--labels', 'PERS,LOC', file]);
		assert.equal(typo.status, 0);
		assert.match(typo.stderr, /warning: the detector finds only PER, ORG, LOC, DATE, MISC; none of PERS/);
		assert.deepEqual(JSON.parse(typo.stdout.trim()).entities.map((entity: { type: string }) => entity.type), ['LOC'], 'the labels it knows still apply');
		assert.equal(cli(['detect', '--json', '--labels', 'PER,LOC', file]).stderr, '', 'no warning for known labels');
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});

test('detect names a Spanish article as a language without a model, read with the English model, in JSON and in the listing', () => {
	const folder = mkdtempSync(join(tmpdir(), 'article-annotator-cli-'));
	try {
		const file = join(folder, 'es.txt');
		writeFileSync(file, 'El presidente Gustavo Petro viajó ayer a Madrid para reunirse con el rey, según fuentes de la Casa Real, que no dieron más detalles.\n');
		const json = JSON.parse(cli(['detect', '--json', file]).stdout.trim());
		assert.equal(json.language, 'und');
		assert.equal(json.unsupported, 'es');
		assert.equal(json.model, 'en');
		assert.ok(json.entities.some((entity: { text: string }) => entity.text === 'Madrid'));
		assert.match(cli(['detect', file]).stdout, /es\.txt: es \(en model\), \d+ entities/);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});

test('detect uses the language set in the article\'s sidecar, and warns about one it does not know', () => {
	const folder = mkdtempSync(join(tmpdir(), 'article-annotator-cli-'));
	try {
		const file = join(folder, 'short.txt');
		writeFileSync(file, 'Real Madrid : victoire en finale\n');
		const sidecar = join(folder, 'short.txt.annotations.yaml');
		const header = 'version: 1\ndocument: short.txt\n';
		writeFileSync(sidecar, `${header}language: en\nannotations: []\n`);
		const set = cli(['detect', '--json', file]);
		assert.equal(set.status, 0);
		const json = JSON.parse(set.stdout.trim());
		assert.equal(json.language, 'en');
		assert.equal(json.languageSet, true);
		assert.match(cli(['detect', file]).stdout, /short\.txt: en \(set\), \d+ entities/);
		// a language the --languages list leaves out is not used, and said so (no model of it is loaded)
		const notRead = JSON.parse(cli(['detect', '--json', '--languages', 'fr,ar', file]).stdout.trim());
		assert.equal(notRead.languageSet, undefined);
		assert.equal(notRead.languageSetNotRead, 'en');
		assert.equal(notRead.language, 'fr');
		assert.match(cli(['detect', '--languages', 'fr,ar', file]).stdout, /short\.txt: fr \(en set, not among the languages read\), \d+ entities/);
		writeFileSync(sidecar, `${header}language: english\nannotations: []\n`);
		const unknown = cli(['detect', '--json', file]);
		assert.equal(unknown.status, 0);
		assert.equal(JSON.parse(unknown.stdout.trim()).languageSet, undefined);
		assert.match(unknown.stderr, /short\.txt\.annotations\.yaml:3: warning: "language:" "english" is not a language the detector has a model for \(ar, fr, en\); ignored, the article's language is identified from its text/);
		const validated = cli(['validate', sidecar]);
		assert.match(validated.stdout + validated.stderr, /"language:" "english" is not a language/);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
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

test('detect - stops reading standard input past --max-bytes, so an endless pipe cannot fill the memory', async () => {
	// `yes | article-annotator detect -`, or a producer that never ends: the limit applies as the
	// bytes arrive (a pipe has no size to check first), not after everything was read.
	const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli.ts'), 'detect', '--json', '--max-bytes', '100000', '-'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	child.stdin.on('error', () => undefined);
	const line = Buffer.from('Le président a reçu à Alger le ministre russe.\n'.repeat(1000));
	let exited = false;
	const feed = () => {
		while (!exited && child.stdin.write(line)) {
			// Keep writing until the pipe is full, then wait for it to drain.
		}
		if (!exited) child.stdin.once('drain', feed);
	};
	const status = await new Promise<number | null>((resolve) => {
		const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
		child.on('exit', (code) => {
			exited = true;
			clearTimeout(timer);
			resolve(code);
		});
		feed();
	});
	assert.equal(status, 1, `exit status (killed after 30 s if it kept reading); stderr: ${stderr}`);
	const result = JSON.parse(stdout.trim());
	assert.equal(result.file, '-');
	assert.match(result.error, /over the 100000-byte limit/);
	assert.match(stderr, /-: standard input is over the 100000-byte limit/);
});

test('detect - reads standard input wholly when it is within --max-bytes', () => {
	const text = '😀 Le président Abdelmadjid Tebboune a reçu à Alger le ministre russe Sergueï Lavrov.\n';
	const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli.ts'), 'detect', '--json', '-'], { cwd: root, encoding: 'utf8', timeout: 120_000, input: text.repeat(3000) });
	assert.equal(result.status, 0, result.stderr);
	const line = JSON.parse(result.stdout.trim());
	const codePoints = Array.from(text.repeat(3000));
	assert.ok(line.entities.length >= 3000);
	for (const entity of line.entities) {
		assert.equal(codePoints.slice(entity.start, entity.end).join(''), entity.text);
	}
});

test('a failure to write the output (a full disk) is one line on standard error and exit status 1, never a stack trace', { skip: !existsSync('/dev/full') && 'needs /dev/full' }, () => {
	const folder = mkdtempSync(join(tmpdir(), 'article-annotator-cli-'));
	const full = openSync('/dev/full', 'w');
	try {
		const article = join(folder, 'fr.txt');
		writeFileSync(article, 'Le président Abdelmadjid Tebboune a reçu à Alger le ministre russe.\n');
		writeFileSync(`${article}.annotations.yaml`, 'version: 1\ndocument: fr.txt\nannotations: []\n');
		for (const args of [['detect', '--json', article], ['export', '--format', 'jsonl', '--quiet', article], ['validate', '--verbose', `${article}.annotations.yaml`], ['--help']]) {
			const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000, stdio: ['ignore', full, 'pipe'] });
			assert.equal(result.signal, null, args.join(' '));
			assert.equal(result.status, 1, `${args.join(' ')}: ${result.stderr}`);
			assert.ok(!/\n\s+at /.test(result.stderr), `${args.join(' ')}: no stack trace: ${result.stderr}`);
			assert.match(result.stderr, /^article-annotator: cannot write the output: .*no space left on device/im, args.join(' '));
		}
	} finally {
		closeSync(full);
		rmSync(folder, { recursive: true, force: true });
	}
});

test('a file whose name is not valid UTF-8 is named as such by detect, validate and export, not just «no such file»', () => {
	const folder = mkdtempSync(join(tmpdir(), 'article-annotator-cli-'));
	try {
		// «café.txt» in Latin-1: the shell passes the raw bytes, Node turns the é into U+FFFD
		writeFileSync(Buffer.concat([Buffer.from(folder + '/caf'), Buffer.from([0xe9]), Buffer.from('.txt')]), 'Le président a reçu à Alger.\n');
		const command = (sub: string): string => `${JSON.stringify(process.execPath)} --import tsx ${JSON.stringify(join(root, 'src', 'cli.ts'))} ${sub} ${JSON.stringify(folder)}/caf?.txt 2>&1`;
		for (const sub of ['detect', 'validate', `export --format jsonl --out ${JSON.stringify(join(folder, 'out'))}`]) {
			const run = spawnSync('sh', ['-c', command(sub)], { cwd: root, encoding: 'utf8', timeout: 120_000 });
			assert.equal(run.status, 1, sub);
			assert.match(run.stdout, /caf\ufffd\.txt: no such file \(its name is not valid UTF-8/, sub);
		}
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});

test('detect FOLDER reads every .txt file under it, sub-folders included, in name order, and says when there is none', () => {
	const folder = mkdtempSync(join(tmpdir(), 'article-annotator-cli-'));
	try {
		mkdirSync(join(folder, 'corpus', 'b-second', 'nested'), { recursive: true });
		mkdirSync(join(folder, 'corpus', 'node_modules'));
		mkdirSync(join(folder, 'empty'));
		writeFileSync(join(folder, 'corpus', 'a.txt'), 'Le président Tebboune a reçu Lavrov à Alger.\n');
		writeFileSync(join(folder, 'corpus', 'b-second', 'nested', 'c.txt'), 'Angela Merkel est venue à Berlin.\n');
		writeFileSync(join(folder, 'corpus', 'b-second', 'notes.md'), '# not an article\n');
		writeFileSync(join(folder, 'corpus', 'a.txt.annotations.yaml'), 'document: a.txt\n');
		writeFileSync(join(folder, 'corpus', 'node_modules', 'x.txt'), 'Paris\n');
		// a link back to its parent (a loop) is not walked into again
		symlinkSync(join(folder, 'corpus'), join(folder, 'corpus', 'b-second', 'loop'));
		const run = cli(['detect', '--json', join(folder, 'corpus'), join(folder, 'empty')]);
		assert.equal(run.status, 1, 'a folder without articles makes the exit status 1');
		const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
		assert.deepEqual(
			lines.map((line) => line.file),
			[join(folder, 'corpus', 'a.txt'), join(folder, 'corpus', 'b-second', 'nested', 'c.txt'), join(folder, 'empty')],
		);
		assert.ok(lines[0].entities.some((entity: { text: string }) => entity.text === 'Alger'));
		assert.ok(lines[1].entities.some((entity: { text: string }) => entity.text === 'Berlin'));
		assert.match(lines[2].error, /without any \.txt file/);
		assert.match(run.stderr, /empty: a folder without any \.txt file/);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});
