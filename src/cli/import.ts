/**
 * `article-annotator import --format brat FILE.ann...`: the entities annotated in brat become
 * decisions in each article's sidecar, added to what it holds (never replacing it).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { newAnnotationId } from '../core/annotation';
import { bratToAnnotations, parseBratAnnotations } from '../core/import/brat';
import { planImport } from '../core/import/sidecar';
import { DEFAULT_LABEL_NAMES } from '../core/labels';
import { DEFAULT_SIDECAR_LIMITS, readSidecarBytes } from '../core/sidecar/codec';
import { formatProblem, oneLine, type Sidecar } from '../core/sidecar/model';
import { isBaseName, sidecarNameFor, sidecarTempNameFor } from '../core/sidecar/paths';
import { DEFAULT_ARTICLE_LIMITS, decodeTextFile, formatBytes } from '../core/textfile';
import { checkLabels, describeError, ignoreClosedPipes, messageOf, noSuchFile, positiveInteger, readArguments, safely, UsageError } from './args';

export const IMPORT_USAGE = [
	'usage: article-annotator import --format brat [options] FILE.ann...',
	'Adds the entities annotated in brat to the sidecars of their articles. The article of X.ann is',
	'X.txt beside it (brat\'s pairing); its sidecar X.txt.annotations.yaml is created or added to.',
	'What a sidecar already holds is never changed: an entity it already has is counted, one it',
	'decided otherwise at the same place keeps the sidecar\'s decision. Offsets are read as brat',
	'counts them (code points, a CRLF as one character) and each entity\'s text is checked against',
	'the article; AnnotatorNotes become notes; a Status attribute (written by export --include',
	'rejected) gives the status, and suggested entities are left out. Relations, events and other',
	'attributes are not imported (counted in a warning).',
	'options:',
	'  --format brat              the input format (required; brat is the one read today)',
	'  --map FROM=TO,...          brat types to labels (e.g. Person=PER,Organization=ORG,GPE=LOC)',
	'  --article FILE             the article of the one .ann given, instead of the .txt beside it',
	'  --author NAME              author of the imported decisions',
	'  --dry-run                  say what would be imported; write nothing',
	'  --labels PER,ORG,...       the label set (default: PER,ORG,LOC,DATE,MISC)',
	'  --max-article-bytes N      largest article read (default 50 MB)',
	'  --max-sidecar-bytes N      largest sidecar read (default 20 MB)',
	'  --quiet                    no warnings on standard error (errors still)',
	'exit status: 0 every entity imported (or already there), 1 some file failed or some entity was',
	'not imported (each one said on standard error), 2 usage error',
].join('\n');

/** Lines about one file printed before its summary. */
const MAX_WARNINGS_PER_FILE = 20;

interface Options {
	typeMap: Map<string, string>;
	article: string | undefined;
	author: string | undefined;
	dryRun: boolean;
	labels: readonly string[];
	maxArticleBytes: number;
	maxSidecarBytes: number;
	quiet: boolean;
	files: string[];
}

export interface ImportIo {
	stdout(line: string): void;
	stderr(line: string): void;
}

/** A failure of one file: one line, naming the file. */
class FileError extends Error {}

/** Runs the subcommand; returns the exit status. Never throws. */
export function runImport(argv: readonly string[], io: ImportIo = createNodeImportIo()): number {
	try {
		let options: Options | 'help';
		try {
			options = parseArguments(argv);
		} catch (error) {
			if (error instanceof UsageError) {
				io.stderr(`article-annotator import: ${oneLine(error.message)}`);
				io.stderr('run "article-annotator import --help" for usage');
				return 2;
			}
			throw error;
		}
		if (options === 'help') {
			io.stdout(IMPORT_USAGE);
			return 0;
		}
		let status = 0;
		for (const file of options.files) {
			try {
				if (!importOne(file, options, io)) {
					status = 1;
				}
			} catch (error) {
				status = 1;
				io.stderr(`article-annotator import: ${oneLine(error instanceof FileError ? error.message : `${file}: ${describeError(error)}`)}`);
			}
		}
		return status;
	} catch (error) {
		safely(() => io.stderr(`article-annotator import: internal error: ${oneLine(messageOf(error))}`));
		return 1;
	}
}

function parseArguments(argv: readonly string[]): Options | 'help' {
	let format: string | undefined;
	const options: Options = {
		typeMap: new Map(),
		article: undefined,
		author: undefined,
		dryRun: false,
		labels: DEFAULT_LABEL_NAMES,
		maxArticleBytes: DEFAULT_ARTICLE_LIMITS.maxBytes,
		maxSidecarBytes: DEFAULT_SIDECAR_LIMITS.maxBytes,
		quiet: false,
		files: [],
	};
	for (const argument of readArguments(argv)) {
		if (argument.kind === 'file') {
			options.files.push(argument.value);
			continue;
		}
		const { name, value, flag } = argument;
		switch (name) {
			case '-h':
			case '--help':
				return 'help';
			case '--format':
			case '-f':
				format = value();
				if (format !== 'brat') {
					throw new UsageError(`--format: only brat can be imported, got ${JSON.stringify(format)}`);
				}
				break;
			case '--map':
				for (const pair of value().split(',').map((item) => item.trim()).filter(Boolean)) {
					const [from, to, ...rest] = pair.split('=');
					if (!from || !to || rest.length > 0) {
						throw new UsageError(`--map takes FROM=TO pairs separated by commas, got ${JSON.stringify(pair)}`);
					}
					options.typeMap.set(from.trim(), checkLabels([to.trim()], '--map')[0]);
				}
				break;
			case '--article':
				options.article = value();
				break;
			case '--author':
				options.author = value().trim() || undefined;
				break;
			case '--dry-run':
			case '-n':
				flag();
				options.dryRun = true;
				break;
			case '--labels':
				options.labels = checkLabels(value().split(',').map((label) => label.trim()).filter(Boolean), '--labels');
				break;
			case '--max-article-bytes':
				options.maxArticleBytes = positiveInteger(name, value());
				break;
			case '--max-sidecar-bytes':
				options.maxSidecarBytes = positiveInteger(name, value());
				break;
			case '-q':
			case '--quiet':
				flag();
				options.quiet = true;
				break;
			default:
				throw new UsageError(`unknown option ${JSON.stringify(name)}`);
		}
	}
	if (format === undefined) {
		throw new UsageError('--format is required (brat)');
	}
	if (options.files.length === 0) {
		throw new UsageError('no FILE given');
	}
	if (options.article !== undefined && options.files.length > 1) {
		throw new UsageError('--article names the article of one .ann; give a single FILE with it');
	}
	for (const [from, to] of options.typeMap) {
		if (!options.labels.includes(to)) {
			throw new UsageError(`--map ${from}=${to}: ${to} is not in the label set (${options.labels.join(', ')})`);
		}
	}
	return { ...options };
}

/** Imports one `.ann`; false when something was not imported (said on standard error). */
function importOne(file: string, options: Options, io: ImportIo): boolean {
	const warn = (line: string) => {
		if (!options.quiet) {
			io.stderr(`article-annotator import: ${oneLine(line)}`);
		}
	};
	const annPath = file.endsWith('.txt') ? file.slice(0, -'.txt'.length) + '.ann' : file;
	if (!annPath.endsWith('.ann')) {
		throw new FileError(`${file}: not a brat .ann file (nor the .txt of one)`);
	}
	const articlePath = options.article ?? annPath.slice(0, -'.ann'.length) + '.txt';
	const articleName = path.basename(articlePath);
	if (!isBaseName(articleName)) {
		throw new FileError(`${articlePath}: not a file name`);
	}
	const sidecarPath = path.join(path.dirname(articlePath), sidecarNameFor(articleName));

	const annText = readText(annPath, options.maxArticleBytes, 'the .ann');
	const article = readArticle(articlePath, options.maxArticleBytes, annPath);
	const parsed = parseBratAnnotations(annText);
	let complete = true;
	let warnings = 0;
	const report = (line: string) => {
		complete = false;
		if (++warnings <= MAX_WARNINGS_PER_FILE) {
			io.stderr(`article-annotator import: ${oneLine(line)}`);
		}
	};
	for (const problem of parsed.problems) {
		report(`${annPath}:${problem.line}: ${problem.message}; not imported`);
	}
	const imported = bratToAnnotations(article.text, parsed, {
		labels: options.labels,
		typeMap: options.typeMap,
		articleHadBom: article.hadBom,
		newId: () => newAnnotationId(),
		author: options.author,
		created: new Date().toISOString(),
	});
	for (const skipped of imported.skipped) {
		report(`${annPath}:${skipped.line}: ${skipped.message}; not imported`);
	}
	if (warnings > MAX_WARNINGS_PER_FILE) {
		io.stderr(`article-annotator import: ${annPath}: ${warnings - MAX_WARNINGS_PER_FILE} more not imported`);
	}
	if (parsed.ignored.size > 0) {
		warn(`${annPath}: not imported (a sidecar holds entities only): ${[...parsed.ignored].map(([kind, count]) => `${count} ${kind}`).join(', ')}`);
	}
	if (imported.suggestions > 0) {
		warn(`${annPath}: ${imported.suggestions} entities marked Status suggested left out (not decisions)`);
	}

	const existing = readSidecar(sidecarPath, options.maxSidecarBytes);
	const plan = planImport({
		articleText: article.text,
		documentName: articleName,
		labels: options.labels,
		imported: imported.annotations,
		existing,
		fileLabel: sidecarPath,
	});
	if (plan.action === 'refuse') {
		throw new FileError(plan.reason);
	}
	for (const line of plan.kept) {
		warn(`${sidecarPath}: ${line}`);
	}
	const counts = [...(plan.already ? [`${plan.already} already there`] : []), ...(plan.kept.length ? [`${plan.kept.length} decided otherwise there (the sidecar's kept)`] : [])].join(', ');
	const inBrackets = counts ? ` (${counts})` : '';
	if (plan.action === 'nothing') {
		io.stdout(`${sidecarPath}: nothing new to import${inBrackets}`);
		return complete;
	}
	if (options.dryRun) {
		io.stdout(`${sidecarPath}: would import ${plan.added.length}${inBrackets}; nothing written (--dry-run)`);
		return complete;
	}
	writeSidecar(sidecarPath, plan.text, existing?.bytes);
	io.stdout(`${sidecarPath}: ${plan.added.length} imported${inBrackets}`);
	return complete;
}

function readText(filePath: string, maxBytes: number, what: string): string {
	const decoded = decodeTextFile(readBytes(filePath, maxBytes, what), { maxBytes });
	if (!decoded.ok) {
		throw new FileError(`${filePath}: ${decoded.message}`);
	}
	return decoded.text;
}

function readArticle(filePath: string, maxBytes: number, annPath: string): { text: string; hadBom: boolean } {
	const decoded = decodeTextFile(readBytes(filePath, maxBytes, `the article of ${annPath}`), { maxBytes });
	if (!decoded.ok) {
		throw new FileError(`${filePath}: ${decoded.message} (the article of ${annPath})`);
	}
	return decoded;
}

function readBytes(filePath: string, maxBytes: number, what: string): Uint8Array {
	let stats: fs.Stats;
	try {
		stats = fs.statSync(filePath);
	} catch (error) {
		throw new FileError(`${filePath}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? noSuchFile(filePath) : describeError(error)} (${what})`);
	}
	if (!stats.isFile()) {
		throw new FileError(`${filePath}: not a regular file (${what})`);
	}
	if (stats.size > maxBytes) {
		throw new FileError(`${filePath}: file is ${formatBytes(stats.size)}, over the ${formatBytes(maxBytes)} limit; not read`);
	}
	return fs.readFileSync(filePath);
}

function readSidecar(sidecarPath: string, maxBytes: number): { sidecar: Sidecar; text: string; bytes: Uint8Array } | undefined {
	let bytes: Uint8Array;
	try {
		bytes = fs.readFileSync(sidecarPath);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return undefined;
		}
		throw new FileError(`${sidecarPath}: ${describeError(error)}; nothing imported`);
	}
	const parsed = readSidecarBytes(bytes, { maxBytes });
	if (!parsed.ok) {
		const first = parsed.problems.find((problem) => problem.severity === 'error') ?? parsed.problems[0];
		throw new FileError(`${formatProblem(sidecarPath, first)} (the sidecar cannot be read, so it is not written; fix it first); nothing imported`);
	}
	return { sidecar: parsed.sidecar, text: new TextDecoder().decode(bytes), bytes };
}

/**
 * Temporary file beside the sidecar, then a rename over it, unless the sidecar changed since it
 * was read (an editor saved meanwhile): then nothing is written.
 */
function writeSidecar(sidecarPath: string, text: string, readBytesBefore: Uint8Array | undefined): void {
	const temp = path.join(path.dirname(sidecarPath), sidecarTempNameFor(path.basename(sidecarPath), `${process.pid}-${randomBytes(4).toString('hex')}`));
	fs.writeFileSync(temp, text, { flag: 'wx' });
	try {
		let now: Uint8Array | undefined;
		try {
			now = fs.readFileSync(sidecarPath);
		} catch {
			now = undefined;
		}
		const unchanged = now === undefined ? readBytesBefore === undefined : readBytesBefore !== undefined && Buffer.compare(Buffer.from(now), Buffer.from(readBytesBefore)) === 0;
		if (!unchanged) {
			throw new FileError(`${sidecarPath}: changed on disk while importing; nothing written (run the import again)`);
		}
		fs.renameSync(temp, sidecarPath);
	} catch (error) {
		safely(() => fs.rmSync(temp, { force: true }));
		throw error;
	}
}

/** Standard output and error, a closed pipe ending output quietly. */
export function createNodeImportIo(): ImportIo {
	ignoreClosedPipes();
	return {
		stdout: (line) => {
			process.stdout.write(`${line}\n`);
		},
		stderr: (line) => {
			process.stderr.write(`${line}\n`);
		},
	};
}
