/**
 * `article-annotator validate [options] FILE.annotations.yaml|FOLDER...`
 *
 * Checks each sidecar against its article (the file beside it named by the contract) and the
 * contract. Prints one line per problem, `<file>:<line>: <message>` (or `<file>: <message>`),
 * warnings prefixed `warning:`; `<file>: ok` per valid file with --verbose. Exit status: 0 when
 * every file is valid, 1 when any is invalid, 2 for a usage error.
 *
 * It must never crash and must answer within seconds on any input, so: sizes are checked with
 * `stat` before anything is read (a 60 MB sidecar is refused unread), only regular files are read
 * (a FIFO or /dev/zero would block or never end), every file is handled inside its own
 * try/catch, and everything else is caught at the top and reported on one line.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_LABEL_NAMES } from '../core/labels';
import { checkLabels, describeError, ignoreClosedPipes, isMissing, labelList, messageOf, noSuchFile, positiveInteger, readArguments, refuseStandardInput, safely, UsageError, usageExit } from './args';
import { DEFAULT_ARTICLE_LIMITS, formatBytes } from '../core/textfile';
import { DEFAULT_SIDECAR_LIMITS } from '../core/sidecar/codec';
import { formatProblem, oneLine, type SidecarProblem } from '../core/sidecar/model';
import { articleNameForSidecar, isSidecarName, SIDECAR_SUFFIX } from '../core/sidecar/paths';
import { HARD_MAX_DEPTH } from '../core/sidecar/scan';
import { validateSidecarFile } from '../core/sidecar/validate';
import { shortJson } from '../core/import/jsonl';
import { filesOfFolder, isArticleName } from './folders';
import { sidecarHomeSync } from '../core/sidecar/home';

export type FileKind = 'file' | 'directory' | 'other' | 'missing';

/** What the command needs from the outside world (tests pass fakes). */
export interface ValidateIo {
	stdout(line: string): void;
	stderr(line: string): void;
	/** Kind and size of a path, following symbolic links; never throws. */
	stat(filePath: string): { kind: FileKind; size: number };
	readFile(filePath: string): Uint8Array;
}

export const VALIDATE_USAGE = [
	'usage: article-annotator validate [options] FILE.annotations.yaml|FOLDER...',
	'Checks each sidecar against the article beside it and the sidecar contract. A FOLDER stands for',
	'every sidecar under it, sub-folders included, in name order (symbolic links followed, each file',
	'once).',
	'options:',
	'  --labels PER,ORG,...     label names allowed as type (default: PER,ORG,LOC,DATE,MISC)',
	'  --labels-file FILE.json  label names from a JSON list of names or of {"name": ...} objects',
	'  --max-sidecar-bytes N    largest sidecar read (default 20 MB)',
	'  --max-article-bytes N    largest article read (default 50 MB)',
	'  --max-depth N            deepest YAML nesting accepted (default 32, at most 128)',
	'  --max-problems N         problem lines printed per file (default 200)',
	'  --verbose                also print "<file>: ok" for valid files',
	'exit status: 0 all valid, 1 some invalid, 2 usage error',
].join('\n');

const MAX_LABELS_FILE_BYTES = 1024 * 1024;

interface Options {
	labels: readonly string[];
	maxSidecarBytes: number;
	maxArticleBytes: number;
	maxDepth: number;
	maxProblems: number;
	verbose: boolean;
	files: string[];
}

/** Runs the subcommand; returns the exit status. Never throws. */
export function runValidate(argv: readonly string[], io: ValidateIo = createNodeValidateIo()): number {
	try {
		let options: Options | 'help';
		try {
			options = parseArguments(argv, io);
		} catch (error) {
			return usageExit('validate', error, (line) => io.stderr(line));
		}
		if (options === 'help') {
			io.stdout(VALIDATE_USAGE);
			return 0;
		}
		let anyInvalid = false;
		for (const given of options.files) {
			const files = sidecarsOf(given, io);
			if (files.length === 0) {
				anyInvalid = true;
			}
			for (const file of files) {
				if (!validateOne(file, options, io)) {
					anyInvalid = true;
				}
			}
		}
		return anyInvalid ? 1 : 0;
	} catch (error) {
		safely(() => io.stderr(`article-annotator validate: internal error: ${oneLine(messageOf(error))}`));
		return 1;
	}
}

function parseArguments(argv: readonly string[], io: ValidateIo): Options | 'help' {
	const options: Options = {
		labels: DEFAULT_LABEL_NAMES,
		maxSidecarBytes: DEFAULT_SIDECAR_LIMITS.maxBytes,
		maxArticleBytes: DEFAULT_ARTICLE_LIMITS.maxBytes,
		maxDepth: DEFAULT_SIDECAR_LIMITS.maxDepth,
		maxProblems: 200,
		verbose: false,
		files: [],
	};
	let labelsFrom: string | undefined;
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
			case '-v':
			case '--verbose':
				flag();
				options.verbose = true;
				break;
			case '--labels':
			case '--labels-file':
				// both give the label set: the last one silently won
				if (labelsFrom !== undefined && labelsFrom !== name) {
					throw new UsageError('--labels and --labels-file both give the label set; give one');
				}
				labelsFrom = name;
				options.labels = name === '--labels' ? labelList(name, value()) : readLabelsFile(value(), io);
				break;
			case '--max-sidecar-bytes':
				options.maxSidecarBytes = positiveInteger(name, value());
				break;
			case '--max-article-bytes':
				options.maxArticleBytes = positiveInteger(name, value());
				break;
			case '--max-depth':
				options.maxDepth = Math.min(positiveInteger(name, value()), HARD_MAX_DEPTH);
				break;
			case '--max-problems':
				options.maxProblems = positiveInteger(name, value());
				break;
			default:
				throw new UsageError(`unknown option ${JSON.stringify(name)}`);
		}
	}
	if (options.files.length === 0) {
		throw new UsageError('no sidecar files given');
	}
	refuseStandardInput('validate', options.files);
	return options;
}

/** A JSON list of names, of `{ "name": ... }` objects, or an object with such a `labels` list. */
function readLabelsFile(file: string, io: ValidateIo): string[] {
	const { kind, size } = io.stat(file);
	if (kind !== 'file') {
		throw new UsageError(`--labels-file ${JSON.stringify(file)}: ${kind === 'missing' ? 'no such file' : 'not a regular file'}`);
	}
	if (size > MAX_LABELS_FILE_BYTES) {
		throw new UsageError(`--labels-file ${JSON.stringify(file)}: over ${formatBytes(MAX_LABELS_FILE_BYTES)}`);
	}
	let data: unknown;
	try {
		data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(io.readFile(file)));
	} catch (error) {
		throw new UsageError(`--labels-file ${JSON.stringify(file)}: not valid UTF-8 JSON (${messageOf(error)})`);
	}
	const list = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data.labels) ? data.labels : undefined;
	if (list === undefined) {
		throw new UsageError(`--labels-file ${JSON.stringify(file)}: expected a JSON list of label names or of {"name": ...} objects`);
	}
	const names = list.map((entry: unknown, index: number) => {
		if (!isRecord(entry)) {
			return entry;
		}
		if (typeof entry.name !== 'string') {
			// checkLabels would say «undefined is not a label name»
			throw new UsageError(`--labels-file ${JSON.stringify(file)}: entry ${index + 1}, ${shortJson(entry)}, has no "name" string`);
		}
		return entry.name;
	});
	return checkLabels(names, `--labels-file ${JSON.stringify(file)}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The sidecars a FILE argument stands for: itself, or for a folder the sidecars under it (a folder
 * without any, or one that cannot be read, is said and stands for none).
 */
function sidecarsOf(given: string, io: ValidateIo): string[] {
	let kind: FileKind = 'file';
	try {
		kind = io.stat(given).kind;
	} catch {
		// checked as a file, which says what is wrong with it
	}
	// a folder with a sidecar's name is a mistake to name, not a corpus to walk
	if (kind !== 'directory' || isSidecarName(path.basename(given))) {
		return [given];
	}
	const { files, unreadable } = filesOfFolder(given, (name) => isSidecarName(name) || isArticleName(name));
	const sidecars = files.filter((file) => isSidecarName(path.basename(file)));
	// an article that is a symbolic link to a file elsewhere has its sidecar beside that file: checked too, once
	const listed = new Set(sidecars.map(realPathOr));
	for (const file of files) {
		if (isSidecarName(path.basename(file)) || !fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) continue;
		const home = sidecarHomeSync(file).path;
		if (!listed.has(realPathOr(home)) && fs.existsSync(home)) {
			listed.add(realPathOr(home));
			sidecars.push(home);
		}
	}
	if (unreadable !== undefined) {
		io.stdout(`${oneLine(given)}: could not be read: ${oneLine(unreadable)}`);
	} else if (sidecars.length === 0) {
		io.stdout(`${oneLine(given)}: a folder without any sidecar (*${SIDECAR_SUFFIX})`);
	}
	return sidecars;
}

function realPathOr(file: string): string {
	try {
		return fs.realpathSync(file);
	} catch {
		return path.resolve(file);
	}
}

/** Validates one sidecar and prints its lines; true when valid. */
function validateOne(file: string, options: Options, io: ValidateIo): boolean {
	const label = file;
	const print = (problems: readonly SidecarProblem[]) => printProblems(label, problems, options.maxProblems, io);
	try {
		const problems = checkFile(file, options, io);
		print(problems);
		const valid = !problems.some((problem) => problem.severity === 'error');
		if (valid && options.verbose) {
			io.stdout(`${oneLine(label)}: ok`);
		}
		return valid;
	} catch (error) {
		io.stdout(`${oneLine(label)}: could not be checked: ${oneLine(messageOf(error))}`);
		return false;
	}
}

function checkFile(file: string, options: Options, io: ValidateIo): SidecarProblem[] {
	const sidecar = io.stat(file);
	const refuse = (message: string): SidecarProblem[] => [{ severity: 'error', code: 'unreadable', message }];
	if (sidecar.kind === 'missing') {
		return refuse(noSuchFile(file));
	}
	if (sidecar.kind === 'directory') {
		return refuse('is a directory, not a sidecar file');
	}
	if (sidecar.kind === 'other') {
		return refuse('not a regular file (device, pipe or socket); not read');
	}
	const articleName = articleNameForSidecar(path.basename(file));
	if (articleName === undefined) {
		return [{ severity: 'error', code: 'document', message: 'not a sidecar file name: expected <article file name>.annotations.yaml' }];
	}
	if (sidecar.size > options.maxSidecarBytes) {
		return [{ severity: 'error', code: 'too-large', message: `sidecar is ${formatBytes(sidecar.size)}, over the ${formatBytes(options.maxSidecarBytes)} limit; not read` }];
	}
	const articlePath = path.join(path.dirname(file), articleName);
	const article = io.stat(articlePath);
	if (article.kind === 'directory' || article.kind === 'other') {
		return refuse(`article ${JSON.stringify(articleName)} is not a regular file; not read`);
	}
	if (article.kind === 'file' && article.size > options.maxArticleBytes) {
		return refuse(`article ${JSON.stringify(articleName)} is ${formatBytes(article.size)}, over the ${formatBytes(options.maxArticleBytes)} limit; not read`);
	}
	return validateSidecarFile({
		sidecarPath: file,
		sidecarBytes: io.readFile(file),
		articleBytes: article.kind === 'file' ? io.readFile(articlePath) : undefined,
		labels: options.labels,
		limits: { maxBytes: options.maxSidecarBytes, maxDepth: options.maxDepth },
		articleLimits: { maxBytes: options.maxArticleBytes },
	});
}

function printProblems(label: string, problems: readonly SidecarProblem[], maxProblems: number, io: ValidateIo): void {
	// Errors first, so a long list of warnings never hides why a file is invalid.
	const ordered = [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity !== 'error')];
	for (const problem of ordered.slice(0, maxProblems)) {
		io.stdout(formatProblem(label, problem));
	}
	if (ordered.length > maxProblems) {
		io.stdout(`${oneLine(label)}: … and ${ordered.length - maxProblems} more problem(s)`);
	}
}

/** The real file system and standard streams. A closed pipe (`| head`) ends output quietly. */
export function createNodeValidateIo(): ValidateIo {
	ignoreClosedPipes();
	return {
		stdout: (line) => {
			process.stdout.write(`${line}\n`);
		},
		stderr: (line) => {
			process.stderr.write(`${line}\n`);
		},
		stat: (filePath) => {
			try {
				const stats = fs.statSync(filePath);
				return { kind: stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other', size: stats.size };
			} catch (error) {
				// a file in a folder that may not be entered is there: «permission denied», not «no such file»
				if (!isMissing(error)) {
					throw new Error(describeError(error), { cause: error });
				}
				return { kind: 'missing', size: 0 };
			}
		},
		readFile: (filePath) => fs.readFileSync(filePath),
	};
}
