/**
 * `article-annotator export --format conll|brat|jsonl|w3c|prodigy|labelstudio [options] FILE...`
 *
 * Exports the human decisions of each article (FILE is the article, its sidecar
 * `<article>.annotations.yaml` beside it, or the sidecar, its article beside it) to a format
 * other tools read; the format decisions are in `src/core/export/`. conll, jsonl, w3c and prodigy go
 * to standard output (one after the other: CoNLL with a `-DOCSTART-` line naming each article when there
 * are several, one JSON line per article for jsonl, w3c and prodigy, one JSON array of tasks for
 * labelstudio) or, with `--out DIR`, to one file per article (labelstudio: and a
 * `labeling-config.xml`), in the article's sub-folder of the FOLDER given, made under DIR. brat needs `--out DIR`: `<name>.ann` and a copy of the text `<name>.txt` (UTF-8, no
 * BOM, LF line ends: what brat reads and the offsets count), plus an `annotation.conf` when
 * something was written: a new one if the folder has none, ours updated to declare what it uses.
 * Existing files (but our own `annotation.conf`) are never overwritten without `--force`, and an
 * input file or an article with its sidecar beside it never.
 *
 * Errors name the file on one line on standard error, and the other files are still exported;
 * exit status 1 if any failed, 2 for a usage error. Never a stack trace: every file is handled
 * in its own try/catch and everything else is caught at the top.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { francAll } from 'franc';
import {
	EXPORT_FORMATS,
	EXPORT_FORMAT_INFO,
	BRAT_STATUS_ATTRIBUTE,
	bratAnnotationConf,
	bratText,
	labelStudioConfig,
	labelStudioFile,
	labelStudioTasks,
	LABEL_STUDIO_CONFIG_MARK,
	readBratAnnotationConf,
	readOwnBratAnnotationConf,
	safeTypeName,
	exportAnnotations,
	exportFileName,
	type AnyExportOptions,
	type ExportFormat,
	type ExportInput,
	type ExportResult,
	type OffsetUnit,
} from '../core/export';
import { findModelDirectory, loadDetector } from '../core/detect';
import { DocumentDetection } from '../core/documentDetection';
import { SUPPORTED_LANGUAGES, type FrancAll } from '../core/language';
import { DEFAULT_MIN_CONFIDENCE } from '../core/confidence';
import { DEFAULT_LABEL_NAMES, DEFAULT_LABELS } from '../core/labels';
import { documentNameOf, filesOfFolder, isArticleName, makeDirectories } from './folders';
import { confidence, describeError, ignoreClosedPipes, isMissing, labelList, languageList, messageOf, noSuchFile, offsetUnit, positiveInteger, readArguments, refuseStandardInput, safely, UsageError, usageExit } from './args';
import { bindSidecar } from '../core/sidecar/bind';
import { DEFAULT_SIDECAR_LIMITS, readSidecarBytes } from '../core/sidecar/codec';
import { formatProblem, oneLine, quoteForMessage } from '../core/sidecar/model';
import { sidecarToReadSync } from '../core/sidecar/home';
import { articleNameForSidecar, isBaseName, isSidecarName, namesArticle, sidecarNameFor } from '../core/sidecar/paths';
import { DEFAULT_ARTICLE_LIMITS, decodeTextFile, formatBytes } from '../core/textfile';
import type { DetectedEntity, LanguageCode } from '../core/types';

export type FileKind = 'file' | 'directory' | 'other' | 'missing';

/** What the command needs from the outside world (tests pass fakes). */
export interface ExportIo {
	/** Writes exported content to standard output as it is (it carries its own line feeds). */
	stdout(chunk: string): void;
	/** One line of diagnostics (the line feed is added). */
	stderr(line: string): void;
	/** Kind and size of a path, following symbolic links; never throws. */
	stat(filePath: string): { kind: FileKind; size: number };
	readFile(filePath: string): Uint8Array;
	/** Creates a folder and its parents when missing. */
	makeDirectory(directory: string): void;
	/** Writes a file; without `overwrite`, fails if the file exists (exclusive create). */
	writeFile(filePath: string, data: Uint8Array, overwrite: boolean): void;
	/** An absolute path with symbolic links resolved as far as they exist, to compare paths. */
	realPath(filePath: string): string;
	/**
	 * The identity of an existing file (device and inode), so a hard link to an input is known
	 * for one although its path differs; undefined when missing or unknown.
	 */
	fileIdentity?(filePath: string): string | undefined;
}

/** Detector suggestions of a text (UTF-16 offsets), for `--include suggestions`. */
/** `language`: the article's language as its sidecar sets it; identified from the text when absent. */
export type Suggester = (text: string, language?: LanguageCode) => readonly DetectedEntity[];

export interface SuggesterOptions {
	readonly models: string | undefined;
	readonly languages: readonly LanguageCode[];
	readonly minConfidence: number;
	readonly labels: readonly string[];
}

/** Replaceable parts (tests): how suggestions are made. */
export interface ExportDependencies {
	readonly createSuggester?: (options: SuggesterOptions) => Suggester;
}

export const EXPORT_USAGE = [
	'usage: article-annotator export --format conll|brat|jsonl|w3c|prodigy|labelstudio [options]',
	'         FILE|FOLDER...',
	'Exports the annotations of articles for other tools. FILE is an article (its sidecar',
	'FILE.annotations.yaml is read from beside it) or a sidecar (its article is beside it); a FOLDER',
	'stands for every .txt article under it, sub-folders included, in name order (links followed,',
	'each file once). Each article is named in the output (conll with --docstart, jsonl, w3c, prodigy,',
	'labelstudio) by its path in the FOLDER given, / between folders (2024/a.txt), or by its file name',
	'when given alone.',
	'Accepted annotations are exported; offsets are Unicode code points unless said otherwise.',
	'  conll  token<TAB>B-PER per line, blank line between sentences (IOB2); tokens are split',
	'         where an entity starts or ends inside a word (والجزائر -> و + الجزائر)',
	'  brat   <name>.ann + <name>.txt (the text: UTF-8, no BOM, LF line ends) per article; needs --out',
	'         DIR; annotation.conf there declares the types (written if missing, updated if ours)',
	'  jsonl  one line per article: {"text": ..., "label": [[start, end, "PER"], ...], ...}; notes and',
	'         authors in "notes" and "authors": [[start, end, "PER", "..."], ...] (keyed by span)',
	'  w3c    one W3C Web Annotation collection (JSON-LD) per article and line',
	'  prodigy  one Prodigy NER example per article and line: {"text": ..., "spans": [{"start", "end",',
	'         "text", "label"}, ...], "answer": "accept", "meta": {"document": ...}} (code points, as',
	'         Prodigy); with --include suggestions the example has no "answer" (a task to review in a',
	'         manual recipe, not gold) and each span a "status": accepted or suggested; a span\'s',
	'         "note" and "author" are its decision\'s',
	'  labelstudio  Label Studio tasks, one JSON array: {"data": {"text", "document"}, "annotations":',
	'         [{"result": [{"from_name": "label", "to_name": "text", "type": "labels", "value": {"start",',
	'         "end", "text", "labels": ["PER"]}}]}]} per article; suggestions are "predictions" with our',
	'         confidence as "score" (pre-annotations); with --out DIR, labeling-config.xml there holds',
	'         the labeling config to paste in the project\'s settings (written if missing, updated if',
	'         ours);',
	'         a decision\'s note is its region\'s "meta": {"text": [note]} (authors have no place there)',
	'options:',
	'  --format F                 conll, brat, jsonl, w3c, prodigy or labelstudio (required)',
	'  --include rejected         also export rejected annotations, marked as such (conll: a column',
	'                             before the tag column, B-DATE:rejected; jsonl, prodigy: "rejected";',
	'                             labelstudio: "data.rejected"; brat: Status attribute; w3c: assessing',
	'                             body)',
	'  --include suggestions      also export the detector\'s suggestions not reviewed yet (loads the',
	'                             detector); both: --include rejected,suggestions',
	'  --out DIR                  one file per article in DIR',
	'                             (<name>.conll/.jsonl/.jsonld/.json/.ann+.txt); an article of a FOLDER',
	'                             goes to its sub-folder under DIR (2024/a.txt: DIR/2024/a.ann), made',
	'                             if missing; brat\'s annotation.conf stays at the top, for all of them',
	'  --force                    overwrite existing files in DIR (never an input file, nor an article',
	'                             with its sidecar beside it)',
	'  --split entity|token       conll: split tokens at entity boundaries (default, lossless) or tag',
	'                             whole tokens (lossy)',
	'  --docstart, --no-docstart  conll: -DOCSTART- before each article, naming it in a last field',
	'                             (-DOCSTART-<TAB>O<TAB># document = a.txt), so import gives each part',
	'                             back to its article (default: on standard output when there are',
	'                             several FILEs)',
	'  --offsets codepoint|utf16  jsonl, labelstudio: offset unit (default codepoint; utf16 for',
	'                             doccano’s web client, older Label Studio versions and other',
	'                             JavaScript tools)',
	'  --label-key label|entities jsonl: name of the span list (default label, as doccano)',
	'  --base-uri URI             w3c: target.source is URI + the article\'s name (default: the name',
	'                             alone: its file name, or its path in the FOLDER given)',
	'  --labels PER,ORG,...       the label set (default: PER,ORG,LOC,DATE,MISC)',
	'  --models DIR               detector models for suggestions (default: the shipped media/models)',
	'  --languages ar,fr,en       languages the detector chooses among (default: ar,fr,en)',
	`  --min-confidence X         suggestions below this confidence are left out (default: ${DEFAULT_MIN_CONFIDENCE})`,
	'  --max-article-bytes N      largest article read (default 50 MB)',
	'  --max-sidecar-bytes N      largest sidecar read (default 20 MB)',
	'  --quiet                    no warnings on standard error (errors still)',
	'An article without a sidecar is exported without annotations, or with the suggestions only',
	'under --include suggestions (with a warning either way). Orphaned',
	'annotations are never exported (counted in a warning). Overlapping entities are all kept',
	'except in conll (the longest is kept, the others reported).',
	'exit status: 0 all exported, 1 some file failed, 2 usage error',
].join('\n');

/** Warnings printed per file before a summary line. */
const MAX_WARNINGS_PER_FILE = 20;

interface Options {
	format: ExportFormat;
	includeRejected: boolean;
	includeSuggestions: boolean;
	out: string | undefined;
	force: boolean;
	split: 'entity' | 'token';
	docstart: boolean | undefined;
	offsets: OffsetUnit;
	labelKey: 'label' | 'entities';
	baseUri: string | undefined;
	labels: readonly string[];
	models: string | undefined;
	languages: LanguageCode[];
	minConfidence: number;
	maxArticleBytes: number;
	maxSidecarBytes: number;
	quiet: boolean;
	files: string[];
}

/** A failure of one file: its message is one line, naming the file it is about. */
class FileError extends Error {}

/** Runs the subcommand; returns the exit status. Never throws. */
export function runExport(argv: readonly string[], io: ExportIo = createNodeExportIo(), dependencies: ExportDependencies = {}): number {
	try {
		let options: Options | 'help';
		try {
			options = parseArguments(argv);
		} catch (error) {
			return usageExit('export', error, (line) => io.stderr(line));
		}
		if (options === 'help') {
			io.stdout(EXPORT_USAGE + '\n');
			return 0;
		}
		return exportAll(options, io, dependencies);
	} catch (error) {
		safely(() => io.stderr(`article-annotator export: internal error: ${oneLine(messageOf(error))}`));
		return 1;
	}
}

function parseArguments(argv: readonly string[]): Options | 'help' {
	let format: ExportFormat | undefined;
	const options: Omit<Options, 'format'> = {
		includeRejected: false,
		includeSuggestions: false,
		out: undefined,
		force: false,
		split: 'entity',
		docstart: undefined,
		offsets: 'codepoint',
		labelKey: 'label',
		baseUri: undefined,
		labels: DEFAULT_LABEL_NAMES,
		models: undefined,
		languages: [...SUPPORTED_LANGUAGES],
		minConfidence: DEFAULT_MIN_CONFIDENCE,
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
			case '-f': {
				const given = value();
				if (!(EXPORT_FORMATS as readonly string[]).includes(given)) {
					throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got ${JSON.stringify(given)}`);
				}
				format = given as ExportFormat;
				break;
			}
			case '--include':
				for (const part of value().split(',').map((item) => item.trim())) {
					if (part === 'rejected') {
						options.includeRejected = true;
					} else if (part === 'suggestions' || part === 'suggested') {
						options.includeSuggestions = true;
					} else {
						throw new UsageError(`--include takes rejected, suggestions or both (comma-separated), got ${JSON.stringify(part)}`);
					}
				}
				break;
			case '--out':
			case '-o':
				options.out = value();
				if (options.out.length === 0) {
					throw new UsageError('--out needs a folder');
				}
				break;
			case '--force':
				flag();
				options.force = true;
				break;
			case '--split': {
				const given = value();
				if (given !== 'entity' && given !== 'token') {
					throw new UsageError(`--split takes entity or token, got ${JSON.stringify(given)}`);
				}
				options.split = given;
				break;
			}
			case '--docstart':
				flag();
				options.docstart = true;
				break;
			case '--no-docstart':
				flag();
				options.docstart = false;
				break;
			case '--offsets':
				options.offsets = offsetUnit(name, value());
				break;
			case '--label-key': {
				const given = value();
				if (given !== 'label' && given !== 'entities') {
					throw new UsageError(`--label-key takes label or entities, got ${JSON.stringify(given)}`);
				}
				options.labelKey = given;
				break;
			}
			case '--base-uri': {
				const given = value();
				try {
					new URL(given);
				} catch {
					throw new UsageError(`--base-uri needs an absolute URI (https://..., file:///...), got ${JSON.stringify(given)}`);
				}
				options.baseUri = given;
				break;
			}
			case '--labels':
				options.labels = labelList(name, value());
				break;
			case '--models':
				options.models = value();
				break;
			case '--languages':
				options.languages = languageList(name, value());
				break;
			case '--min-confidence':
				options.minConfidence = confidence(name, value());
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
		throw new UsageError(`--format is required (${EXPORT_FORMATS.join(', ')})`);
	}
	if (options.files.length === 0) {
		throw new UsageError('no FILE given');
	}
	refuseStandardInput('export', options.files);
	if (format === 'brat' && options.out === undefined) {
		throw new UsageError('--format brat writes one .ann and one .txt per article: give --out DIR');
	}
	return { ...options, format };
}

/** The article and sidecar of one FILE argument. */
interface Pair {
	readonly file: string;
	readonly articlePath: string;
	readonly sidecarPath: string;
	/** The FILE named the sidecar (so a missing sidecar is an error, not a warning). */
	readonly givenSidecar: boolean;
	/** The name the output gives the article (`documentNameOf`): its path in the FOLDER given, else its file name. */
	readonly document: string;
	/**
	 * The article's folder under the FOLDER given ('' for one at its top or given by itself): with
	 * --out, its files are written in that folder under DIR, so the folder's layout is kept and two
	 * articles of one name in two sub-folders do not collide.
	 */
	readonly subfolder: string;
	/** What to tell about a sidecar beside a symbolic link to the article, not read (see `sidecarToReadSync`). */
	readonly besideLink?: string;
}

function pairOf(file: string, folder: string | undefined): Pair {
	const directory = path.dirname(file);
	const base = path.basename(file);
	const articleName = articleNameForSidecar(base);
	const subfolder = folder === undefined ? '' : path.relative(folder, directory);
	if (isSidecarName(base) && articleName !== undefined) {
		const articlePath = path.join(directory, articleName);
		return { file, articlePath, sidecarPath: file, givenSidecar: true, document: documentNameOf(folder ?? directory, articlePath), subfolder };
	}
	// beside the file a symbolic link leads to, for an article that is one
	const sidecar = sidecarToReadSync(file);
	return { file, articlePath: file, sidecarPath: sidecar.path, givenSidecar: false, document: documentNameOf(folder ?? directory, file), subfolder, ...(sidecar.warning === undefined ? {} : { besideLink: sidecar.warning }) };
}

interface RunState {
	readonly options: Options;
	readonly io: ExportIo;
	/** Real paths of every input article and sidecar: never written to. */
	readonly inputs: Set<string>;
	/** File identities (device and inode) of the inputs: a hard link to one is never written to either. */
	readonly inputIdentities: Set<string>;
	/** Real paths written in this run: never written twice. */
	readonly written: Map<string, string>;
	/** Types written to brat or Label Studio files, for annotation.conf or labeling-config.xml. */
	readonly writtenTypes: Set<string>;
	/** Articles whose files were written: no annotation.conf nor labeling-config.xml for a run that wrote none. */
	articlesWritten: number;
	/** Label Studio tasks for standard output, written as one array at the end. */
	readonly labelStudioTasks: string[];
	suggester: Suggester | undefined;
}

function exportAll(options: Options, io: ExportIo, dependencies: ExportDependencies): number {
	const pairs: Pair[] = [];
	const refused: string[] = [];
	const seenArticles = new Set<string>();
	for (const { file, folder } of options.files.flatMap((given) => articlesOf(given, io, refused))) {
		if (!isBaseName(path.basename(file))) {
			refused.push(`${file}: not a file name`);
			continue;
		}
		const pair = pairOf(file, folder);
		// `x.txt x.txt.annotations.yaml` (a shell glob) is one article: exported once.
		const key = io.realPath(pair.articlePath);
		if (!seenArticles.has(key)) {
			seenArticles.add(key);
			pairs.push(pair);
		}
	}
	const state: RunState = {
		options,
		io,
		inputs: new Set(pairs.flatMap((pair) => [io.realPath(pair.articlePath), io.realPath(pair.sidecarPath)])),
		inputIdentities: new Set(pairs.flatMap((pair) => [pair.articlePath, pair.sidecarPath].map((file) => io.fileIdentity?.(file)).filter((id): id is string => id !== undefined))),
		written: new Map(),
		writtenTypes: new Set(),
		articlesWritten: 0,
		labelStudioTasks: [],
		suggester: undefined,
	};
	if (options.includeSuggestions) {
		const create = dependencies.createSuggester ?? createDetectorSuggester;
		try {
			state.suggester = create({ models: options.models, languages: options.languages, minConfidence: options.minConfidence, labels: options.labels });
		} catch (error) {
			io.stderr(`article-annotator export: --include suggestions: cannot load the detector: ${oneLine(messageOf(error))}`);
			return 1;
		}
	}
	if (options.out !== undefined) {
		let kind: FileKind;
		try {
			kind = io.stat(options.out).kind;
		} catch (error) {
			io.stderr(`article-annotator export: ${oneLine(messageOf(error))}`);
			return 1;
		}
		if (kind !== 'directory' && kind !== 'missing') {
			io.stderr(`article-annotator export: ${oneLine(options.out)}: --out must be a folder`);
			return 1;
		}
		try {
			io.makeDirectory(options.out);
		} catch (error) {
			io.stderr(`article-annotator export: ${oneLine(options.out)}: cannot create the folder: ${oneLine(describeError(error))}`);
			return 1;
		}
	}

	let failed = refused.length;
	for (const line of refused) {
		io.stderr(`article-annotator export: ${oneLine(line)}`);
	}
	// CoNLL names each article on its -DOCSTART- line, written unless --no-docstart
	const namesArticles = options.format === 'conll' ? options.docstart !== false : options.format !== 'brat';
	if (options.out === undefined && namesArticles && !options.quiet) {
		warnSameNames(pairs, options.format, io);
	}
	const several = pairs.length > 1;
	for (const pair of pairs) {
		try {
			exportOne(pair, state, several);
		} catch (error) {
			failed++;
			const message = error instanceof FileError ? error.message : `${pair.file}: ${describeError(error)}`;
			io.stderr(`article-annotator export: ${oneLine(message)}`);
		}
	}
	if (options.format === 'brat' && options.out !== undefined && state.articlesWritten > 0) {
		failed += writeBratConf(state) ? 0 : 1;
	}
	if (options.format === 'labelstudio') {
		if (options.out === undefined) {
			io.stdout(labelStudioFile(state.labelStudioTasks));
		} else if (state.articlesWritten > 0) {
			failed += writeLabelStudioConfig(state) ? 0 : 1;
		}
	}
	return failed > 0 ? 1 : 0;
}

/**
 * The articles a FILE argument stands for: itself, or for a folder the .txt files under it (as
 * `detect` reads a folder; their sidecars are found beside them). A folder without any, or one
 * that cannot be read, is added to `refused` and stands for none.
 */
function articlesOf(given: string, io: ExportIo, refused: string[]): Array<{ file: string; folder?: string }> {
	let kind: FileKind;
	try {
		kind = io.stat(given).kind;
	} catch {
		return [{ file: given }]; // read as a file, which says what is wrong with it
	}
	if (kind !== 'directory') {
		return [{ file: given }];
	}
	const { files, unreadable } = filesOfFolder(given, isArticleName);
	if (files.length === 0) {
		refused.push(unreadable ?? `${given}: a folder without any .txt file`);
	}
	return files.map((file) => ({ file, folder: given }));
}

/**
 * On standard output, JSONL, Prodigy, Label Studio and W3C name each article ("document",
 * "source"), and CoNLL on its -DOCSTART- line, by its path in the FOLDER given, or its file name
 * alone when given by itself: articles of the same name in different folders given apart cannot
 * be told apart there (import takes the second for the first named again).
 */
function warnSameNames(pairs: readonly Pair[], format: ExportFormat, io: ExportIo): void {
	const byName = new Map<string, string[]>();
	for (const pair of pairs) {
		const name = pair.document;
		const paths = byName.get(name);
		if (paths === undefined) {
			byName.set(name, [pair.articlePath]);
		} else {
			paths.push(pair.articlePath);
		}
	}
	const field = { jsonl: '"document"', prodigy: '"meta.document"', labelstudio: '"data.document"', conll: 'name on the -DOCSTART- line' }[format as string] ?? '"source" and collection "id"';
	for (const [name, paths] of byName) {
		if (paths.length > 1) {
			io.stderr(`article-annotator export: warning: ${oneLine(paths.join(', '))}: ${paths.length} articles named ${quoteForMessage(name)} get the same ${field} in the output; export each folder on its own (or with --out DIR, to separate folders) to tell them apart`);
		}
	}
}

function exportOne(pair: Pair, state: RunState, several: boolean): void {
	const { options, io } = state;
	const warn = (line: string) => {
		if (!options.quiet) {
			io.stderr(`article-annotator export: ${oneLine(line)}`);
		}
	};

	// The article.
	const article = io.stat(pair.articlePath);
	const articleOf = pair.givenSidecar ? ` (the article of ${pair.sidecarPath})` : '';
	if (article.kind === 'missing') {
		throw new FileError(`${pair.articlePath}: ${noSuchFile(pair.articlePath)}${articleOf}`);
	}
	if (article.kind !== 'file') {
		throw new FileError(`${pair.articlePath}: ${article.kind === 'directory' ? 'is a directory' : 'not a regular file (device, pipe or socket)'}; not read`);
	}
	if (article.size > options.maxArticleBytes) {
		throw new FileError(`${pair.articlePath}: file is ${formatBytes(article.size)}, over the ${formatBytes(options.maxArticleBytes)} limit (--max-article-bytes); not read`);
	}
	const decoded = decodeTextFile(io.readFile(pair.articlePath), { maxBytes: options.maxArticleBytes });
	if (!decoded.ok) {
		throw new FileError(`${pair.articlePath}: ${decoded.message}${articleOf}`);
	}
	const text = decoded.text;
	const articleName = path.basename(pair.articlePath);

	// Its sidecar.
	let input: ExportInput = { text, document: pair.document, annotations: [] };
	let languageSet: LanguageCode | undefined;
	const sidecar = io.stat(pair.sidecarPath);
	if (pair.besideLink !== undefined) {
		warn(`warning: ${pair.besideLink}`);
	}
	if (sidecar.kind === 'missing') {
		if (pair.givenSidecar) {
			throw new FileError(`${pair.sidecarPath}: ${noSuchFile(pair.sidecarPath)}`);
		}
		warn(`${pair.articlePath}: warning: no sidecar ${quoteForMessage(path.basename(pair.sidecarPath))} beside it; exported ${options.includeSuggestions ? "with the detector's suggestions only" : 'without annotations'}`);
	} else {
		if (sidecar.kind !== 'file') {
			throw new FileError(`${pair.sidecarPath}: ${sidecar.kind === 'directory' ? 'is a directory' : 'not a regular file'}; not read`);
		}
		if (sidecar.size > options.maxSidecarBytes) {
			throw new FileError(`${pair.sidecarPath}: sidecar is ${formatBytes(sidecar.size)}, over the ${formatBytes(options.maxSidecarBytes)} limit (--max-sidecar-bytes); not read`);
		}
		const parsed = readSidecarBytes(io.readFile(pair.sidecarPath), { maxBytes: options.maxSidecarBytes });
		if (!parsed.ok) {
			const errors = parsed.problems.filter((problem) => problem.severity === 'error');
			const first = errors[0] ?? parsed.problems[0];
			const more = errors.length > 1 ? ` (and ${errors.length - 1} more error(s); see article-annotator validate)` : '';
			throw new FileError(first === undefined ? `${pair.sidecarPath}: unreadable sidecar` : formatProblem(pair.sidecarPath, first) + more);
		}
		for (const problem of parsed.problems) {
			warn(formatProblem(pair.sidecarPath, problem));
		}
		// (a sidecar beside the file a symbolic link leads to names that file)
		if (!namesArticle(parsed.sidecar.document, articleName) && !namesArticle(parsed.sidecar.document, articleNameForSidecar(path.basename(pair.sidecarPath)) ?? articleName)) {
			warn(`${pair.sidecarPath}: warning: "document:" is ${quoteForMessage(parsed.sidecar.document)} but the sidecar is beside ${quoteForMessage(articleName)}; exported against ${quoteForMessage(articleName)}`);
		}
		const bound = bindSidecar(parsed.sidecar, text, { labels: options.labels });
		for (const problem of bound.problems) {
			warn(formatProblem(pair.sidecarPath, problem));
		}
		input = { ...input, annotations: bound.annotations, orphans: bound.orphans };
		languageSet = parsed.sidecar.language;
		if (languageSet !== undefined) {
			input = { ...input, language: languageSet };
		}
	}
	for (const note of decoded.notes) {
		warn(`${pair.articlePath}: warning: ${note}`);
	}
	if (state.suggester !== undefined) {
		input = { ...input, suggestions: state.suggester(text, languageSet) };
	}

	const toFiles = options.out !== undefined;
	const exportOptions: AnyExportOptions = {
		includeRejected: options.includeRejected,
		includeSuggestions: options.includeSuggestions,
		split: options.split,
		docstart: options.docstart ?? (!toFiles && several),
		offsets: options.offsets,
		labelKey: options.labelKey,
		source: options.baseUri === undefined ? pair.document : joinUri(options.baseUri, pair.document),
		indent: toFiles ? 2 : 0,
	};
	const result = exportAnnotations(options.format, input, exportOptions);
	printWarnings(pair.articlePath, result, warn);

	if (!toFiles) {
		if (options.format === 'labelstudio') {
			state.labelStudioTasks.push(...labelStudioTasks(result.content));
		} else {
			io.stdout(result.content);
		}
		return;
	}
	const out = options.out as string;
	const extension = EXPORT_FORMAT_INFO[options.format].extension;
	const files: Array<{ name: string; data: Uint8Array }> = [{ name: exportFileName(articleName, extension), data: new TextEncoder().encode(result.content) }];
	if (options.format === 'brat') {
		files.unshift({ name: exportFileName(articleName, '.txt'), data: new TextEncoder().encode(bratText(text)) });
	}
	writeAll(pair, files.map(({ name, data }) => ({ target: path.join(out, pair.subfolder, name), data })), state);
	if (options.format === 'brat' || options.format === 'labelstudio') {
		// only once written: a refused article's types are not in the folder
		state.articlesWritten++;
		const exported = input.annotations.filter((annotation) => annotation.status === 'accepted' || options.includeRejected);
		for (const type of [...exported.map((annotation) => annotation.type), ...(input.suggestions ?? []).map((entity) => entity.type)]) {
			state.writtenTypes.add(type);
		}
	}
}

/** Writes a file set, checking every target first, so an article is written wholly or not at all. */
function writeAll(pair: Pair, files: ReadonlyArray<{ target: string; data: Uint8Array }>, state: RunState): void {
	const { io, options } = state;
	for (const { target } of files) {
		const real = io.realPath(target);
		const identity = io.fileIdentity?.(target);
		if (state.inputs.has(real) || (identity !== undefined && state.inputIdentities.has(identity))) {
			throw new FileError(`${target}: is an input file; not overwritten (choose another --out folder)`);
		}
		const earlier = state.written.get(real);
		if (earlier !== undefined) {
			throw new FileError(`${target}: already written for ${earlier} in this run (two articles with the same name?); ${pair.file} not exported`);
		}
		// An article with its own sidecar (exporting DIR/story.md writes DIR/story.txt): never
		// written over, --force or not; its sidecar would then describe the exported copy. Beside
		// the file a symbolic link leads to as well: writing goes there.
		for (const place of new Set([target, real])) {
			const sidecar = path.join(path.dirname(place), sidecarNameFor(path.basename(place)));
			if (io.stat(sidecar).kind !== 'missing') {
				throw new FileError(`${target}: is an annotated article (${sidecar} is beside it); not overwritten, even with --force (choose another --out folder)`);
			}
		}
		const kind = io.stat(target).kind;
		if (kind === 'directory' || kind === 'other') {
			throw new FileError(`${target}: exists and is not a regular file; not overwritten`);
		}
		if (kind === 'file' && !options.force) {
			throw new FileError(`${target}: already exists; not overwritten (use --force)`);
		}
	}
	for (const { target, data } of files) {
		try {
			io.makeDirectory(path.dirname(target)); // a sub-folder of the FOLDER exported
			io.writeFile(target, data, options.force);
		} catch (error) {
			throw new FileError(`${target}: cannot write: ${describeError(error)}`);
		}
		state.written.set(io.realPath(target), pair.file);
	}
}

/** Larger than any `annotation.conf` we write for a label set: not ours, not read. */
const MAX_OWN_CONF_BYTES = 1024 * 1024;

/**
 * `annotation.conf` for the brat folder, after at least one article was written: a new one when
 * the folder has none; ours (our header on its first line) rewritten when the types or the status
 * attribute written this run are not all declared in it yet, keeping what it declared (the .ann
 * files of earlier runs use those); any other is the person's, left as it is.
 */
function writeBratConf(state: RunState): boolean {
	const { io } = state;
	const target = path.join(state.options.out as string, 'annotation.conf');
	let types: Set<string> = state.writtenTypes;
	let withStatus = state.options.includeRejected || state.options.includeSuggestions;
	let previous: string | undefined;
	const { kind, size } = io.stat(target);
	if (kind !== 'missing') {
		// the person's is left as it is; what it lacks for the files written is said (brat shows errors on those)
		const theirs = (declared: { types: readonly string[]; withStatus: boolean } | undefined) => {
			const missing = [...new Set([...state.writtenTypes].map(safeTypeName))].filter((type) => !declared?.types.includes(type)).sort();
			const lacks = [...(missing.length > 0 ? [`the entity type(s) ${missing.join(', ')}`] : []), ...(withStatus && !declared?.withStatus ? [`the ${BRAT_STATUS_ATTRIBUTE} attribute`] : [])];
			if (lacks.length > 0 && !state.options.quiet) {
				io.stderr(`article-annotator export: ${oneLine(target)}: warning: not written by us; left as it is, ${declared === undefined ? 'not read: it must declare' : 'without'} ${lacks.join(' and ')} of the .ann files written (brat marks such annotations as errors)`);
			}
			return true;
		};
		if (kind !== 'file' || size > MAX_OWN_CONF_BYTES) {
			return theirs(undefined); // not one we wrote
		}
		try {
			previous = new TextDecoder('utf-8', { fatal: true }).decode(io.readFile(target));
		} catch {
			return theirs(undefined); // not text of ours: the person's
		}
		const declared = readOwnBratAnnotationConf(previous);
		if (declared === undefined) {
			return theirs(readBratAnnotationConf(previous));
		}
		types = new Set([...declared.types, ...state.writtenTypes]);
		withStatus ||= declared.withStatus;
	} else if (types.size === 0) {
		return true;
	}
	return writeConfigFile(state, target, bratAnnotationConf(types, { withStatus }), previous);
}

/**
 * `labeling-config.xml` in the --out folder, after at least one article was written: the labels
 * of the run's label set (with their colours) and any other type written, so the tasks fit it.
 * Written when missing; ours (our mark last) rewritten when it differs, keeping the labels it
 * declared (the files of earlier runs use them); any other is the person's, left as it is.
 */
function writeLabelStudioConfig(state: RunState): boolean {
	const { io } = state;
	const target = path.join(state.options.out as string, 'labeling-config.xml');
	const names = new Set([...state.options.labels, ...[...state.writtenTypes].sort()]);
	let previous: string | undefined;
	const { kind, size } = io.stat(target);
	if (kind !== 'missing') {
		try {
			previous = kind === 'file' && size <= MAX_OWN_CONF_BYTES ? new TextDecoder('utf-8', { fatal: true }).decode(io.readFile(target)) : undefined;
		} catch {
			previous = undefined;
		}
		if (previous === undefined || !previous.trimEnd().endsWith(LABEL_STUDIO_CONFIG_MARK)) {
			if (!state.options.quiet) {
				io.stderr(`article-annotator export: ${oneLine(target)}: warning: not written by us; left as it is (its labels must include ${[...names].join(', ')})`);
			}
			return true;
		}
		for (const [, name] of previous.matchAll(/<Label value="([^"]*)"/g)) {
			names.add(name.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
		}
	}
	return writeConfigFile(state, target, labelStudioConfig([...names].map((name) => ({ name, color: DEFAULT_LABELS.find((label) => label.name === name)?.color }))), previous);
}

/** Writes a tool's config file of the --out folder unless it already reads so; false (said on standard error) when it cannot be written. */
function writeConfigFile(state: RunState, target: string, content: string, previous: string | undefined): boolean {
	const { io } = state;
	if (content === previous) {
		return true;
	}
	try {
		io.writeFile(target, new TextEncoder().encode(content), previous !== undefined);
		return true;
	} catch (error) {
		io.stderr(`article-annotator export: ${oneLine(target)}: cannot write: ${oneLine(describeError(error))}`);
		return false;
	}
}

function printWarnings(label: string, result: ExportResult, warn: (line: string) => void): void {
	for (const warning of result.warnings.slice(0, MAX_WARNINGS_PER_FILE)) {
		warn(`${label}: warning: ${warning.message}`);
	}
	if (result.warnings.length > MAX_WARNINGS_PER_FILE) {
		warn(`${label}: warning: … and ${result.warnings.length - MAX_WARNINGS_PER_FILE} more warning(s)`);
	}
}

/** `base` + the article's name, each part of its path percent-encoded (its `/` kept). */
function joinUri(base: string, name: string): string {
	return (base.endsWith('/') ? base : base + '/') + name.split('/').map(encodeURIComponent).join('/');
}

/** The shipped detector, as `article-annotator detect` runs it (without the workspace's memory of names). */
function createDetectorSuggester(options: SuggesterOptions): Suggester {
	const directory = options.models ?? findModelDirectory(__dirname);
	if (directory === undefined) {
		throw new Error('the detector models (media/models) were not found next to the program; give --models DIR');
	}
	const detector = loadDetector(directory, { languages: [...options.languages] });
	return (text, language) => {
		const detection = new DocumentDetection(detector, francAll as unknown as FrancAll, { languages: options.languages, minConfidence: options.minConfidence, labels: options.labels, ...(language ? { language } : {}) });
		detection.open(text);
		detection.detectPending();
		return detection.entities();
	};
}

/** The real file system and standard streams. A closed pipe (`| head`) ends output quietly. */
export function createNodeExportIo(): ExportIo {
	ignoreClosedPipes();
	return {
		stdout: (chunk) => {
			process.stdout.write(chunk);
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
					throw new FileError(`${filePath}: ${describeError(error)}`);
				}
				return { kind: 'missing', size: 0 };
			}
		},
		readFile: (filePath) => fs.readFileSync(filePath),
		fileIdentity: (filePath) => {
			try {
				const stats = fs.statSync(filePath, { bigint: true });
				return `${stats.dev}:${stats.ino}`;
			} catch {
				return undefined;
			}
		},
		makeDirectory: makeDirectories,
		writeFile: (filePath, data, overwrite) => {
			fs.writeFileSync(filePath, data, { flag: overwrite ? 'w' : 'wx' });
		},
		realPath: (filePath) => {
			// Resolve the longest existing prefix, so a file not written yet compares with its folder's real path.
			const absolute = path.resolve(filePath);
			let existing = absolute;
			const rest: string[] = [];
			while (true) {
				try {
					return path.join(fs.realpathSync(existing), ...rest);
				} catch {
					const parent = path.dirname(existing);
					if (parent === existing) {
						return absolute;
					}
					rest.unshift(path.basename(existing));
					existing = parent;
				}
			}
		},
	};
}
