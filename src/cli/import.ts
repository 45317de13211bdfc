/**
 * `article-annotator import --format brat|conll|jsonl|prodigy|labelstudio FILE...`: entities annotated in other tools
 * become decisions in each article's sidecar, added to what it holds (never replacing it). A FOLDER
 * stands for the files of the format under it (.ann, .conll, .jsonl, .json); for brat and conll,
 * each goes to the article at its path there.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { newAnnotationId } from '../core/annotation';
import { bratSpans, parseBratAnnotations } from '../core/import/brat';
import { alignConll, articlesOfConll, conllText, parseConllFile, type ConllArticleName, type ConllArticlePart, type ParsedConll } from '../core/import/conll';
import { likelyOtherUnit, readJsonlLine, unitOfSpanTexts, type OffsetUnit, type TextRecord } from '../core/import/jsonl';
import { readLabelStudio } from '../core/import/labelstudio';
import { readProdigyLine, type ProdigySkipped } from '../core/import/prodigy';
import { planImport } from '../core/import/sidecar';
import { spansToAnnotations, type ImportSpan } from '../core/import/spans';
import { DEFAULT_LABEL_NAMES } from '../core/labels';
import { DEFAULT_SIDECAR_LIMITS, readSidecarBytes } from '../core/sidecar/codec';
import { formatProblem, oneLine, quoteForMessage, type Sidecar, type SidecarProblem } from '../core/sidecar/model';
import { besideLinkMessage, sidecarHomeSync } from '../core/sidecar/home';
import { articleNameForSidecar, articleNameKey, isBaseName, isSidecarName, isSidecarTempName } from '../core/sidecar/paths';
import { readOnlyReason, replacedFileSync, replaceWithTextSync } from '../core/sidecar/replace';
import { DEFAULT_ARTICLE_LIMITS, decodeTextFile, formatBytes } from '../core/textfile';
import { articleIn, filesOfFolder, makeDirectories, readDocumentName } from './folders';
import { checkLabels, describeError, ignoreClosedPipes, labelList, messageOf, noSuchFile, offsetUnit, positiveInteger, readArguments, refuseStandardInput, safely, UsageError, usageExit } from './args';

export const IMPORT_USAGE = [
	'usage: article-annotator import --format brat|conll|jsonl|prodigy|labelstudio [options] FILE...',
	'Adds entities annotated in other tools to the sidecars of their articles (ARTICLE.annotations.yaml',
	'beside each). What a sidecar already holds is never changed (but for YAML comments, which are not',
	'kept, with a warning): an entity it already has is counted, one it decided otherwise at the same',
	'place keeps the sidecar\'s decision. Entities whose type is not a label (see --map), that fall',
	'outside the text or do not match it are named on standard error. An article a FILE before in the',
	'run was imported into is refused to another FILE (nothing of it imported: 2024/a.ann and',
	'2025/a.ann would merge into DIR/a.txt), but for the same entities given twice (said, once).',
	'  brat   FILE is X.ann; the article is X.txt beside it (brat\'s pairing). Offsets as brat counts',
	'         them (a CRLF as one character), each entity\'s text checked; AnnotatorNotes become notes,',
	'         the Status attribute of export --include rejected gives the status. Relations, events and',
	'         other attributes are not imported (counted in a warning). A FOLDER stands for the .ann',
	'         files under it, sub-folders included (brat\'s collection, export --format brat --out).',
	'  conll  FILE is X.conll (token, tag columns; IOB2, IOB1 or BILOU/BIOES tags); the article is X.txt',
	'         beside it, whose text must hold the tokens in order; if there is none, it is written from',
	'         the tokens (spaces between tokens, a line per sentence, a blank line between documents).',
	'         A FOLDER stands for the .conll files under it, sub-folders included (export --out).',
	'         The rejected column of export --include rejected (B-DATE:rejected) gives rejected',
	'         decisions.',
	'         A file whose -DOCSTART- lines name their articles (export of several articles:',
	'         -DOCSTART-<TAB>O<TAB># document = a.txt) is split there, each part imported into the',
	'         article it names, in --out DIR or beside FILE; an article missing there is said, not',
	'         written.',
	'         A name may be a path in that folder (2024/a.txt: export of a FOLDER names its articles so);',
	'         one leading out of it (.., an absolute path) is refused, for every format.',
	'  jsonl  FILE holds one text per line, {"text": ..., "label": [[start, end, "PER"], ...]} (doccano,',
	'         and export --format jsonl; "entities" and doccano\'s {start_offset, end_offset, label} too).',
	'         Each line is an article: the one its "document" names, else FILE-0001.txt (line number),',
	'         in --out DIR or beside FILE; written if missing, and if present it must hold that text',
	'         (a name in NFC finds the article of that name in NFD, a folder copied from macOS).',
	'         A FOLDER stands for the .jsonl files under it, sub-folders included, in name order',
	'         (export --out), each read as a FILE, but that the articles they name are looked up in',
	'         the FOLDER (without --out): export names them by their path there (2024/a.txt).',
	'  prodigy  FILE holds Prodigy NER examples, one per line (prodigy db-out, export --format prodigy):',
	'         {"text": ..., "spans": [{"start", "end", "label"}, ...], "answer": "accept", "meta": ...};',
	'         offsets in code points (Python\'s), a span\'s "text" checked, token indices not needed.',
	'         Examples answered accept, or not answered, are imported (in an unanswered one, spans',
	'         export --include suggestions marked "status": "suggested" are left out); those answered',
	'         reject or ignore are left out and counted. The article as for jsonl, "meta.document"',
	'         naming it; examples of the same text (ner.teach makes one per span) go to one article.',
	'         A span\'s other keys (source, input_hash, ...; not token indices) are kept in the sidecar',
	'         ("prodigy:" on its decision) and written back on the span by export --format prodigy.',
	'         A FOLDER stands for the .jsonl files under it, as for jsonl.',
	'  labelstudio  FILE is Label Studio\'s JSON export (an array of tasks, export --format labelstudio',
	'         too) or its JSON-MIN export. Each task is an article as for jsonl, "data.document" naming',
	'         it, else FILE-0001.txt (task number). Of its annotations the last one not cancelled is',
	'         imported (the others are counted: export each annotator apart); "labels" results only.',
	'         Predictions are not decisions: left out and counted, unless --include predictions.',
	'         A region\'s "meta.text" (its Meta field in Label Studio) is the decision\'s note.',
	'         Offsets: Label Studio counted UTF-16 units, then code points; the unit of each task is',
	'         told by its regions\' "text" (each checked against the article), unless --offsets.',
	'         The text is "data.text", else the one string of "data" but "document" (said; a list,',
	'         a field a choices result names, or, with regions, a string not holding their texts, such',
	'         as a JSON-MIN choice, is not counted), else the field --data-key names.',
	'         A FOLDER stands for the .json files under it, as for jsonl (export --out).',
	'options:',
	'  --format F                 brat, conll, jsonl, prodigy or labelstudio (required)',
	'  --include predictions      labelstudio: import the task\'s last prediction as accepted decisions',
	'  --data-key NAME            labelstudio: the field of each task\'s "data" holding its text (default:',
	'                             "text", else its only string; <Text value="$NAME"> in the config)',
	'  --map FROM=TO,...          types of the file to labels (e.g. Person=PER,Organization=ORG,GPE=LOC)',
	'  --article ARTICLE          brat, conll: the article of FILE, which must exist (default: X.txt',
	'                             beside X.ann or X.conll); once per FILE, in the order of the FILEs',
	'                             (brat: offsets count a BOM only if the .txt beside the .ann, which brat',
	'                             counted in, has one)',
	'  --out DIR                  the folder of the articles (default: beside FILE); brat: X.ann goes to',
	'                             DIR/X.txt, as after export --format brat --out from that folder; of a',
	'                             FOLDER (brat, conll), 2024/X.ann in it to DIR/2024/X.txt (export keeps',
	'                             sub-folders);',
	'                             made (with its parents) when an article is written in it, as export',
	'                             does',
	'  --column N                 conll: the tag column, 1 = the first after the token (default: the',
	'                             last)',
	'  --offsets codepoint|utf16  jsonl, prodigy, labelstudio: unit of the offsets of records that do not',
	'                             say it (default codepoint; utf16 for doccano\'s web client and other',
	'                             JavaScript tools). Without it, a record with an emoji whose spans fall',
	'                             inside words as code points but not as UTF-16 units is not imported (it',
	'                             names the option to give); spans that give their text tell the unit',
	'  --author NAME              author of the imported decisions whose record names none (jsonl and',
	'                             prodigy of our export carry each decision\'s author, and its note)',
	'  --dry-run                  say what would be imported; write nothing',
	'  --labels PER,ORG,...       the label set (default: PER,ORG,LOC,DATE,MISC)',
	'  --max-article-bytes N      largest article or input file read (default 50 MB)',
	'  --max-sidecar-bytes N      largest sidecar read or written (default 20 MB)',
	'  --quiet                    no warnings on standard error (errors still)',
	'exit status: 0 every entity imported, already there, or decided otherwise in the sidecar (whose',
	'decision is kept, and said), 1 some file failed or some entity was not imported, 2 usage error',
].join('\n');

const UNIT_NAMES: Record<OffsetUnit, string> = { codepoint: 'code points', utf16: 'UTF-16 units' };
/** Which unit the tools a format comes from count in, for the message that asks for --offsets. */
const UNIT_HINTS: Partial<Record<ImportFormat, string>> = {
	jsonl: "doccano's web client counts UTF-16 units",
	prodigy: 'Prodigy counts code points, as Python does; a file written by a JavaScript tool may count UTF-16 units',
	labelstudio: 'Label Studio counted UTF-16 units before it counted code points',
};

/** Lines about one file printed before its summary. */
const MAX_WARNINGS_PER_FILE = 20;

type ImportFormat = 'brat' | 'conll' | 'jsonl' | 'prodigy' | 'labelstudio';

const IMPORT_FORMATS: readonly ImportFormat[] = ['brat', 'conll', 'jsonl', 'prodigy', 'labelstudio'];

interface Options {
	format: ImportFormat;
	out: string | undefined;
	column: number;
	offsets: OffsetUnit;
	/** `--offsets` was given: the unit is the person's word, not a default to check. */
	offsetsGiven: boolean;
	/** labelstudio: predictions are imported as decisions. */
	predictions: boolean;
	/** labelstudio: the field of a task's data holding its text. */
	dataKey: string | undefined;
	typeMap: Map<string, string>;
	/** `--article`, once per FILE in their order (empty when not given). */
	articles: string[];
	/** The `--article` of the FILE being imported. */
	article: string | undefined;
	/** brat, conll: the FOLDER argument the file being imported was found under (its path there is the article's under --out). */
	folder: string | undefined;
	author: string | undefined;
	dryRun: boolean;
	labels: readonly string[];
	maxArticleBytes: number;
	maxSidecarBytes: number;
	quiet: boolean;
	files: string[];
	/** The articles imported into in this run, by path: the input, the text its entities were read in, and what they were. */
	readonly run: Map<string, { label: string; text: string; record: string }>;
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
			return usageExit('import', error, (line) => io.stderr(line));
		}
		if (options === 'help') {
			io.stdout(IMPORT_USAGE);
			return 0;
		}
		let status = 0;
		const failed = (file: string, error: unknown) => {
			status = 1;
			io.stderr(`article-annotator import: ${oneLine(error instanceof FileError ? error.message : `${file}: ${describeError(error)}`)}`);
		};
		for (const [index, given] of options.files.entries()) {
			const article = options.articles[index];
			let inputs: Array<{ file: string; folder?: string }>;
			try {
				inputs = inputFilesOf(given, { ...options, article });
			} catch (error) {
				failed(given, error);
				continue;
			}
			for (const { file, folder } of inputs) {
				try {
					if (!importOne(file, { ...options, article, folder }, io)) {
						status = 1;
					}
				} catch (error) {
					failed(file, error);
				}
			}
		}
		return status;
	} catch (error) {
		safely(() => io.stderr(`article-annotator import: internal error: ${oneLine(messageOf(error))}`));
		return 1;
	}
}

function parseArguments(argv: readonly string[]): Options | 'help' {
	let format: ImportFormat | undefined;
	const options: Omit<Options, 'format'> = {
		out: undefined,
		column: 0,
		offsets: 'codepoint',
		offsetsGiven: false,
		predictions: false,
		dataKey: undefined,
		typeMap: new Map(),
		articles: [],
		article: undefined,
		folder: undefined,
		author: undefined,
		dryRun: false,
		labels: DEFAULT_LABEL_NAMES,
		maxArticleBytes: DEFAULT_ARTICLE_LIMITS.maxBytes,
		maxSidecarBytes: DEFAULT_SIDECAR_LIMITS.maxBytes,
		quiet: false,
		files: [],
		run: new Map(),
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
				if (!(IMPORT_FORMATS as readonly string[]).includes(given)) {
					throw new UsageError(`--format must be one of ${IMPORT_FORMATS.join(', ')}, got ${JSON.stringify(given)}`);
				}
				format = given as ImportFormat;
				break;
			}
			case '--out':
			case '-o':
				options.out = value();
				if (options.out.length === 0) {
					throw new UsageError('--out needs a folder');
				}
				break;
			case '--column':
				options.column = positiveInteger(name, value());
				break;
			case '--offsets':
				options.offsets = offsetUnit(name, value());
				options.offsetsGiven = true;
				break;
			case '--include':
				for (const part of value().split(',').map((item) => item.trim())) {
					if (part !== 'predictions') {
						throw new UsageError(`--include takes predictions (labelstudio), got ${JSON.stringify(part)}`);
					}
					options.predictions = true;
				}
				break;
			case '--data-key':
				options.dataKey = value();
				if (options.dataKey.length === 0) {
					throw new UsageError('--data-key needs the name of a field of the tasks\' "data"');
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
				options.articles.push(articleOption(value()));
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
				options.labels = labelList(name, value());
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
		throw new UsageError(`--format is required (${IMPORT_FORMATS.join(', ')})`);
	}
	if (options.files.length === 0) {
		throw new UsageError('no FILE given');
	}
	refuseStandardInput('import', options.files);
	const articles = options.articles.length;
	if (articles > 0 && options.out !== undefined) {
		throw new UsageError('--article and --out both name where the article is; give one');
	}
	if (articles > 0 && articles !== options.files.length) {
		const times = (count: number, what: string) => `${count} ${what}${count === 1 ? '' : 's'}`;
		throw new UsageError(`--article given ${times(articles, 'time')} for ${times(options.files.length, 'FILE')}: give one --article per FILE, in the order of the FILEs`);
	}
	for (const [from, to] of options.typeMap) {
		if (!options.labels.includes(to)) {
			throw new UsageError(`--map ${from}=${to}: ${to} is not in the label set (${options.labels.join(', ')})`);
		}
	}
	if (articles > 0 && format !== 'brat' && format !== 'conll') {
		throw new UsageError(`--article is for brat and conll; a ${format} record names its article itself`);
	}
	if (options.dataKey !== undefined && format !== 'labelstudio') {
		throw new UsageError('--data-key is for labelstudio (the field of a task\'s "data" holding its text)');
	}
	if (options.predictions && format !== 'labelstudio') {
		throw new UsageError('--include predictions is for labelstudio (the predictions of its tasks)');
	}
	// a missing folder is made when the first article is written in it, as export makes its --out
	if (options.out !== undefined && fs.statSync(options.out, { throwIfNoEntry: false })?.isDirectory() === false) {
		throw new UsageError(`--out ${options.out}: not a folder`);
	}
	return { ...options, format };
}

/**
 * The article `--article` names. A sidecar's name is refused: read as the article it matches no
 * entity, and when it is missing the text of a CoNLL file was written there, a file every tool
 * then took for the broken sidecar of another article.
 */
function articleOption(given: string): string {
	const name = path.basename(given);
	if (given.length === 0 || given.endsWith('/') || given.endsWith(path.sep) || !isBaseName(name)) {
		throw new UsageError(`--article needs the path of an article file, got ${JSON.stringify(given)}`);
	}
	if (isSidecarName(name) || isSidecarTempName(name)) {
		const article = articleNameForSidecar(name);
		throw new UsageError(`--article ${JSON.stringify(given)} is ${article ? `a sidecar; give its article, ${path.join(path.dirname(given), article)}` : 'a temporary file of a sidecar write'}`);
	}
	return given;
}

/**
 * The files a FOLDER stands for, by format: those `export --out` writes per article (brat and conll
 * paired with their article by file name; the records of the others name theirs).
 */
const FOLDER_INPUTS: Record<ImportFormat, string> = { brat: '.ann', conll: '.conll', jsonl: '.jsonl', prodigy: '.jsonl', labelstudio: '.json' };

/**
 * The input files a FILE argument stands for: itself, or a FOLDER's files of the format (.ann,
 * .conll, .jsonl or .json; sub-folders included, in name order, as `export --out` writes a corpus:
 * brat's collection), each with that folder: for brat and conll, its article is the .txt beside
 * it, or the one at its path in the folder under --out; the records of the others name theirs, each
 * file read as if given by itself.
 */
function inputFilesOf(given: string, options: Options): Array<{ file: string; folder?: string }> {
	const extension = FOLDER_INPUTS[options.format];
	let isFolder = false;
	try {
		isFolder = fs.statSync(given, { throwIfNoEntry: false })?.isDirectory() === true;
	} catch {
		// read as a file, which says what is wrong with it
	}
	if (!isFolder) {
		return [{ file: given }];
	}
	if (options.article !== undefined) {
		throw new FileError(`${given}: a folder; --article is for one ${extension} file (the ${extension} files of a folder go to the .txt beside them, or at the same path under --out DIR); nothing imported`);
	}
	const { files, unreadable } = filesOfFolder(given, (name) => name.endsWith(extension));
	if (files.length === 0) {
		throw new FileError(unreadable ?? `${given}: a folder without any ${extension} file; nothing imported`);
	}
	return files.map((file) => ({ file, folder: given }));
}

/** One article to import into: where it is, and how to read the spans once its text is known. */
interface ArticleImport {
	/** The input, for messages (`a.ann`, `corpus.jsonl:3`). */
	readonly label: string;
	readonly articlePath: string;
	/** The article's text when the input holds it (CoNLL tokens, a JSONL line): written if the article is missing. */
	readonly textOfInput?: string;
	/** True when an existing article must hold exactly `textOfInput` (a JSONL line is a whole text). */
	readonly sameTextRequired?: boolean;
	/** Said after «no such file» when the article is missing and the input cannot write it. */
	readonly whenMissing?: string;
	/** The spans, in UTF-16 offsets or code points of the article text. */
	spans(text: string, hadBom: boolean): { spans: ImportSpan[]; unit: 'codepoint' | 'utf16'; skipped: readonly string[] } | { failed: string };
}

/** Imports every article of one input file; false when something was not imported (said on standard error). */
function importOne(file: string, options: Options, io: ImportIo): boolean {
	const warn = (line: string) => {
		if (!options.quiet) {
			say(io, line);
		}
	};
	let complete = true;
	const articles = articlesOf(file, options, warn, () => {
		complete = false;
	}, io);
	for (const article of articles) {
		try {
			if (!importArticle(article, options, io, warn)) {
				complete = false;
			}
		} catch (error) {
			complete = false;
			io.stderr(`article-annotator import: ${oneLine(error instanceof FileError ? error.message : `${article.label}: ${describeError(error)}`)}`);
		}
	}
	return complete;
}

/** The articles an input file holds annotations for, by format. */
function articlesOf(file: string, options: Options, warn: (line: string) => void, incomplete: () => void, io: ImportIo): ArticleImport[] {
	const report = (line: string) => {
		incomplete();
		say(io, line);
	};
	if (options.article !== undefined && !fs.existsSync(options.article)) {
		// a mistyped name: never an article written there from a CoNLL file's tokens
		throw new FileError(`${options.article}: ${noSuchFile(options.article)} (given with --article for ${file}); nothing imported`);
	}
	const articleBeside = (extension: string): string => {
		if (options.article !== undefined) {
			return options.article;
		}
		// in a FOLDER given, its sub-folder there is kept under --out (export --out keeps them)
		const subfolder = options.out !== undefined && options.folder !== undefined ? path.relative(options.folder, path.dirname(file)) : '';
		return path.join(options.out ?? path.dirname(file), subfolder, path.basename(file, extension) + '.txt');
	};
	switch (options.format) {
		case 'brat': {
			const annPath = file.endsWith('.txt') ? file.slice(0, -'.txt'.length) + '.ann' : file;
			if (!annPath.endsWith('.ann')) {
				throw new FileError(`${file}: not a brat .ann file (nor the .txt of one)`);
			}
			const parsed = parseBratAnnotations(readText(annPath, options.maxArticleBytes, 'the .ann'));
			reportAll(parsed.problems.map((p) => `${annPath}:${p.line}: ${p.message}; not imported`), report, io, annPath);
			if (parsed.ignored.size > 0) {
				warn(`${annPath}: not imported (a sidecar holds entities only): ${[...parsed.ignored].map(([kind, count]) => `${count} ${kind}`).join(', ')}`);
			}
			const bratTxt = annPath.slice(0, -'.ann'.length) + '.txt';
			// the corpus the brat copies were exported from, back into which the work done in brat goes:
			// at the same path there as in the FOLDER given (export --out keeps a folder's layout)
			const inOut = options.folder === undefined ? path.basename(bratTxt) : path.relative(options.folder, bratTxt);
			const articlePath = options.article ?? (options.out === undefined ? bratTxt : path.join(options.out, inOut));
			// brat counted in its own .txt: with another article, a BOM is counted if that file has one, not the article
			const bratCountedBom = articlePath === bratTxt ? undefined : startsWithBom(bratTxt);
			// a .ann given by itself from a sub-folder of an export: the folder keeps its path under DIR
			const whenMissing = options.out !== undefined && options.folder === undefined && options.article === undefined ? '; .ann files of sub-folders: give their brat FOLDER, whose paths are kept under --out' : undefined;
			return [{ label: annPath, articlePath, whenMissing, spans: (text, hadBom) => ({ ...bratSpans(text, parsed, { articleHadBom: bratCountedBom ?? hadBom }), unit: 'utf16' }) }];
		}
		case 'conll': {
			const parsed = parseConllFile(readText(file, options.maxArticleBytes, 'the CoNLL file'), options.column);
			reportAll(parsed.problems.map((p) => `${file}:${p.line}: ${p.message}; not imported`), report, io, file);
			const conllSpans = (part: ParsedConll) => (text: string) => {
				const aligned = alignConll(part, text);
				if (!aligned.ok) {
					return { failed: `${file}:${aligned.line}: ${aligned.message}` };
				}
				// a tag read as O is an entity of the file not imported: an error, not a warning
				const skipped = aligned.problems.map((p) => `line ${p.line}: ${p.message}`);
				return { spans: aligned.spans.map((span): ImportSpan => ({ ...span, where: `line ${span.line}: ${span.type}${span.status === 'rejected' ? ' rejected' : ''} ${quoteForMessage(text.slice(span.start, span.end))}` })), unit: 'utf16' as const, skipped };
			};
			const parts = articlesOfConll(parsed);
			if (parts === undefined) {
				return [{ label: file, articlePath: articleBeside(path.extname(file)), textOfInput: conllText(parsed), spans: conllSpans(parsed) }];
			}
			return namedConllArticles(file, parts, options, report, conllSpans);
		}
		case 'jsonl':
		case 'prodigy': {
			const lines = readText(file, options.maxArticleBytes, `the ${options.format === 'jsonl' ? 'JSONL' : 'Prodigy'} file`).split('\n');
			const records = new TextRecords(file, options, warn, report);
			const turnedDown: Record<'reject' | 'ignore', number> = { reject: 0, ignore: 0 };
			lines.forEach((raw, index) => {
				if (raw.trim() === '') {
					return;
				}
				const label = `${file}:${index + 1}`;
				const line = options.format === 'jsonl' ? readJsonlLine(raw, options.offsets) : readProdigyLine(raw, options.offsets);
				if (!line.ok) {
					const answer = (line as Partial<ProdigySkipped>).answer;
					if (answer !== undefined) {
						turnedDown[answer]++;
					} else {
						report(`${label}: ${line.message}; not imported`);
					}
					return;
				}
				records.add(label, line, index + 1);
			});
			const down = Object.entries(turnedDown).filter(([, count]) => count > 0);
			if (down.length > 0) {
				warn(`${file}: ${down.map(([answer, count]) => `${count} example(s) answered ${answer}`).join(', ')} left out (turned down in Prodigy, not decisions)`);
			}
			return records.articles;
		}
		case 'labelstudio': {
			const read = readLabelStudio(readText(file, options.maxArticleBytes, 'the Label Studio file'), options.offsets, options.predictions, options.dataKey);
			if (!read.ok) {
				throw new FileError(`${file}: ${read.message}; nothing imported`);
			}
			const records = new TextRecords(file, options, warn, report);
			for (const { number, record } of read.tasks) {
				const label = `${file}: task ${number}`;
				if (record.ok) {
					records.add(label, record, number);
				} else {
					report(`${label}: ${record.message}; not imported`);
				}
			}
			for (const note of read.notes) {
				warn(`${file}: ${note}`);
			}
			return records.articles;
		}
	}
}

/**
 * The articles of a CoNLL file whose `-DOCSTART-` lines name them (our export of several
 * articles): each part goes to the article it names, in --out DIR or beside the file. The part is
 * not the article's text (tokens lose the spacing), so a missing article is not written from it.
 */
function namedConllArticles(file: string, parts: readonly ConllArticlePart[], options: Options, report: (line: string) => void, spansOf: (part: ParsedConll) => ArticleImport['spans']): ArticleImport[] {
	const named = parts.filter((part) => part.named !== undefined).map((part) => (part.named as ConllArticleName).name);
	if (options.article !== undefined) {
		throw new FileError(`${file}: its -DOCSTART- lines name ${named.length} article(s) (${[...new Set(named)].slice(0, 3).map((name) => quoteForMessage(name)).join(', ')}${named.length > 3 ? '...' : ''}): each part goes to the article it names; --article is for a file of one article (use --out DIR for the folder of the articles); nothing imported`);
	}
	const articles: ArticleImport[] = [];
	const seen = new Map<string, number>();
	for (const part of parts) {
		if (part.named === undefined) {
			report(`${file}:${part.line}: tokens under no -DOCSTART- line naming their article, in a file whose other parts are named; not imported`);
			continue;
		}
		const { name, line } = part.named;
		const label = `${file}:${line}`;
		const read = readDocumentName(name);
		if (!('name' in read)) {
			report(`${label}: the -DOCSTART- line names ${quoteForMessage(name)}, which ${'escapes' in read ? read.escapes : read.problem}; not imported`);
			continue;
		}
		const earlier = seen.get(articleNameKey(name));
		if (earlier !== undefined) {
			report(`${label}: names the article ${quoteForMessage(name)}, as line ${earlier} did; not imported (one part per article)`);
			continue;
		}
		seen.set(articleNameKey(name), line);
		articles.push({ label, articlePath: articleIn(folderOfNamedArticles(file, options, name), name), whenMissing: `; the file names its articles: give --out the folder they are in`, spans: spansOf(part.parsed) });
	}
	return articles;
}

/**
 * The folder the articles an input file names by their path (a "document", a -DOCSTART- line) are
 * in: --out DIR, else the FOLDER given the file was found under (export names an article by its
 * path in the FOLDER it exported, whichever sub-folder of --out its file went to), else the
 * file's own folder (a FILE given by itself, or one naming an article beside it that the FOLDER
 * does not hold).
 */
function folderOfNamedArticles(file: string, options: Options, name: string): string {
	if (options.out !== undefined) return options.out;
	const beside = path.dirname(file);
	if (options.folder === undefined) return beside;
	// a file of a folder made by hand that names an article beside it by its file name, as files
	// did before articles were named by their path: found there when the FOLDER holds no such article
	if (path.resolve(beside) !== path.resolve(options.folder) && !fs.existsSync(articleIn(options.folder, name)) && fs.existsSync(articleIn(beside, name))) return beside;
	return options.folder;
}

/**
 * The articles of texts read from a file of JSON records (a JSONL line, a Prodigy example, a Label
 * Studio task): each is the article its "document" names, else FILE-NNNN.txt (NNNN its line or
 * task number).
 */
class TextRecords {
	readonly articles: ArticleImport[] = [];
	private readonly byName = new Map<string, { text: string; spans: Array<ImportSpan>; unit: OffsetUnit }>();
	/** Prodigy: examples of one text without a "document" are one article (one example per span, as ner.teach makes them). */
	private readonly byText = new Map<string, { name: string; folder: string }>();
	private readonly stem: string;

	constructor(
		private readonly file: string,
		private readonly options: Options,
		private readonly warn: (line: string) => void,
		private readonly report: (line: string) => void,
	) {
		this.stem = path.basename(file, path.extname(file));
	}

	add(label: string, record: TextRecord, number: number): void {
		const { options } = this;
		let unit = record.offsets;
		if (!record.offsetsDeclared && !options.offsetsGiven) {
			// the spans' own text tells the unit (Label Studio counted UTF-16 units, then code points)
			const told = unitOfSpanTexts(record.text, record.spans);
			const other = told === undefined ? likelyOtherUnit(record.text, record.spans, unit) : undefined;
			if (other !== undefined) {
				// read in the default unit they would land shifted, on parts of words, without a word
				this.report(`${label}: its offsets read as ${UNIT_NAMES[unit]} fall inside words or outside the text, read as ${UNIT_NAMES[other]} they do not; give --offsets ${other} (${UNIT_HINTS[options.format] ?? 'tools written in JavaScript count UTF-16 units'}), or --offsets ${unit} to import them as they are; not imported`);
				return;
			}
			unit = told ?? unit;
		}
		const read = record.document === undefined ? undefined : readDocumentName(record.document);
		if (read !== undefined && 'escapes' in read) {
			// never an article outside the folder, nor one of another name the person would not look for
			this.report(`${label}: "document" ${quoteForMessage(record.document as string)} ${read.escapes}; not imported`);
			return;
		}
		const merging = options.format === 'prodigy';
		// a name the record gives is a path in the folder of the articles; the one made from the file's name, beside it
		const ofSameText = merging ? this.byText.get(record.text) : undefined;
		const { name: named, folder } =
			read !== undefined && 'name' in read
				? { name: read.name, folder: folderOfNamedArticles(this.file, options, read.name) }
				: (ofSameText ?? { name: `${this.stem}-${String(number).padStart(4, '0')}.txt`, folder: options.out ?? path.dirname(this.file) });
		if (read !== undefined && 'problem' in read) {
			this.warn(`${label}: "document" ${quoteForMessage(record.document as string)} ${read.problem}; the article is ${named}`);
		}
		const spans = (prefix: string) => record.spans.map((span) => ({ ...span, where: `${prefix}[${span.start}, ${span.end}, ${JSON.stringify(span.type)}]${span.text === undefined ? '' : ` ${quoteForMessage(span.text)}`}` }));
		const earlier = this.byName.get(articleNameKey(named));
		if (earlier !== undefined && !(merging && earlier.text === record.text && earlier.unit === unit)) {
			this.report(`${label}: a ${merging ? 'record before names the article with another text' : 'line before names the article'} ${named} too; not imported`);
			return;
		}
		for (const problem of record.problems) {
			this.report(`${label}: ${problem}; not imported`);
		}
		if (earlier !== undefined) {
			earlier.spans.push(...spans(`line ${number}: `));
			return;
		}
		const article = { text: record.text, spans: spans(''), unit };
		this.byName.set(articleNameKey(named), article);
		this.byText.set(record.text, { name: named, folder });
		this.articles.push({
			label,
			articlePath: articleIn(folder, named),
			textOfInput: record.text,
			sameTextRequired: true,
			spans: () => ({ spans: article.spans, unit: article.unit, skipped: [] }),
		});
	}
}

/** One line on standard error. */
function say(io: ImportIo, line: string): void {
	io.stderr(`article-annotator import: ${oneLine(line)}`);
}

function reportAll(lines: readonly string[], report: (line: string) => void, io: ImportIo, file: string): void {
	lines.slice(0, MAX_WARNINGS_PER_FILE).forEach(report);
	if (lines.length > MAX_WARNINGS_PER_FILE) {
		io.stderr(`article-annotator import: ${file}: ${lines.length - MAX_WARNINGS_PER_FILE} more like these`);
	}
}

/** Adds one article's imported decisions to its sidecar; false when some were not imported. */
function importArticle(item: ArticleImport, options: Options, io: ImportIo, warn: (line: string) => void): boolean {
	const articleName = path.basename(item.articlePath);
	if (!isBaseName(articleName)) {
		throw new FileError(`${item.articlePath}: not a file name`);
	}
	// beside the file a symbolic link leads to, for an article that is one; one beside the link is left as it is, and told
	const home = sidecarHomeSync(item.articlePath);
	const sidecarPath = home.path;
	const besideLink = besideLinkMessage(home);
	if (besideLink !== undefined) {
		warn(besideLink);
	}
	const onDisk = readArticleIfThere(item.articlePath, options.maxArticleBytes, item.label);
	if (!onDisk && item.textOfInput === undefined) {
		throw new FileError(`${item.articlePath}: ${noSuchFile(item.articlePath)} (the article of ${item.label})${item.whenMissing ?? ''}`);
	}
	// two inputs for one article in a run (2024/a.ann and 2025/a.ann both taken for DIR/a.txt) would
	// merge into its sidecar: known by the sidecar, which an article and a link to it share
	const runKey = path.resolve(sidecarPath).normalize('NFC');
	const earlier = options.run.get(runKey);
	const twoInputs = (first: string) => new FileError(`${item.label}: its article ${item.articlePath} is the one ${first} was imported into in this run; nothing imported (two inputs for one article: give their folder, whose sub-folders are kept under --out, or each its own --out)`);
	if (earlier !== undefined && item.sameTextRequired && earlier.text !== item.textOfInput) {
		throw twoInputs(earlier.label);
	}
	if (onDisk && item.sameTextRequired && onDisk.text !== item.textOfInput) {
		throw new FileError(`${item.articlePath}: exists with another text than ${item.label}; not overwritten, nothing imported (use --out DIR for another folder)`);
	}
	const text = onDisk?.text ?? (item.textOfInput as string);
	if (!onDisk) {
		const unwritable = whyNotAnArticle(text);
		if (unwritable !== undefined) {
			throw new FileError(`${item.label}: its text cannot be written as ${item.articlePath}: ${unwritable}; nothing imported`);
		}
	}
	const read = item.spans(text, onDisk?.hadBom ?? false);
	if ('failed' in read) {
		throw new FileError(`${read.failed}; nothing imported`);
	}
	const imported = spansToAnnotations(text, read.spans, read.unit, {
		labels: options.labels,
		typeMap: options.typeMap,
		newId: () => newAnnotationId(),
		author: options.author,
		created: new Date().toISOString(),
		source: options.format,
	});
	const record = JSON.stringify(imported.annotations.map(({ id: _id, created: _created, ...rest }) => rest));
	if (earlier !== undefined) {
		if (earlier.text !== text || earlier.record !== record) {
			throw twoInputs(earlier.label);
		}
		warn(`${item.label}: the same entities for ${item.articlePath} as ${earlier.label}, given twice; imported once`);
		return true;
	}
	options.run.set(runKey, { label: item.label, text, record });
	const skipped = [...read.skipped, ...imported.skipped];
	reportAll(
		skipped.map((line) => `${item.label}: ${line}; not imported`),
		(line) => say(io, line),
		io,
		item.label,
	);
	if (imported.suggestions > 0) {
		warn(`${item.label}: ${imported.suggestions} suggested (not reviewed) entities left out: not decisions`);
	}
	const existing = readSidecar(sidecarPath, options.maxSidecarBytes);
	const plan = planImport({ articleText: text, documentName: home.articleName, labels: options.labels, imported: imported.annotations, existing, fileLabel: sidecarPath });
	if (plan.action === 'refuse' && !onDisk && existing && plan.misplaced) {
		// no article was there: the sidecar's decisions were made on some other text, not an edit of this one
		throw new FileError(`${sidecarPath}: its decisions do not fit the text of ${item.label}, and ${item.articlePath} did not exist: the sidecar was written for another text; nothing imported (move the sidecar away or use --out DIR)`);
	}
	if (plan.action === 'refuse') {
		throw new FileError(plan.reason);
	}
	if (plan.action === 'write') {
		const unreadable = whyNotReadBack(plan.text, options.maxSidecarBytes);
		if (unreadable !== undefined) {
			throw new FileError(`${sidecarPath}: with ${plan.added.length} decisions added it would be ${unreadable}; nothing imported`);
		}
	}
	for (const line of plan.kept) {
		warn(`${sidecarPath}: ${line}`);
	}
	if (plan.action === 'write') {
		for (const problem of existing?.notKept ?? []) {
			warn(formatProblem(sidecarPath, problem));
		}
		for (const line of plan.renamedIds) {
			warn(`${sidecarPath}: ${line} (written so)`);
		}
	}
	// the input contradicting itself is an entity of it not imported
	reportAll(
		plan.contradicted.map((line) => `${item.label}: ${line}; not imported`),
		(line) => say(io, line),
		io,
		item.label,
	);
	const counts = [...(plan.already ? [`${plan.already} already there`] : []), ...(plan.kept.length ? [`${plan.kept.length} decided otherwise there (the sidecar's kept)`] : [])].join(', ');
	const inBrackets = counts ? ` (${counts})` : '';
	const created = onDisk ? '' : `${item.articlePath} written, `;
	if (plan.action === 'nothing' && onDisk) {
		io.stdout(`${sidecarPath}: nothing new to import${inBrackets}`);
	} else if (options.dryRun) {
		io.stdout(`${sidecarPath}: would ${onDisk ? '' : `write ${item.articlePath} and `}import ${plan.action === 'write' ? plan.added.length : 0}${inBrackets}; nothing written (--dry-run)`);
	} else {
		// a write that fails names the file written («permission denied» alone read as the input's)
		const notWritten = (file: string, error: unknown) => (error instanceof FileError ? error : new FileError(`${item.label}: ${file} cannot be written (${describeError(error)}); nothing imported`));
		if (!onDisk) {
			try {
				makeDirectories(path.dirname(item.articlePath));
				fs.writeFileSync(item.articlePath, text, { flag: 'wx' });
			} catch (error) {
				throw notWritten(item.articlePath, error);
			}
		}
		if (plan.action === 'write') {
			try {
				writeSidecar(sidecarPath, plan.text, existing?.bytes);
			} catch (error) {
				// the article was made for this sidecar (and by us: 'wx'); without it, it is half an import
				if (!onDisk) {
					safely(() => fs.rmSync(item.articlePath, { force: true }));
				}
				throw notWritten(sidecarPath, error);
			}
		}
		// the sidecar may be there before its article (a sidecar of an article deleted, a folder copied in parts)
		const nothingNew = existing ? `${sidecarPath}: nothing new to import` : 'no entity to import, no sidecar';
		io.stdout(plan.action === 'write' ? `${created}${sidecarPath}: ${plan.added.length} imported${inBrackets}` : `${item.articlePath} written; ${nothingNew}${inBrackets}`);
	}
	return skipped.length === 0 && plan.contradicted.length === 0;
}

/**
 * Why `text` would not read back as the same article once written as UTF-8 (undefined when it
 * would): the offsets of its sidecar are counted in `text`, so they must hold in the file.
 */
function whyNotAnArticle(text: string): string | undefined {
	const decoded = decodeTextFile(Buffer.from(text, 'utf8'), { maxBytes: Number.MAX_SAFE_INTEGER });
	if (!decoded.ok) {
		return decoded.message;
	}
	if (decoded.hadBom) {
		return 'it begins with a byte order mark, which is not read as part of an article, so every offset would be one off';
	}
	if (decoded.text !== text) {
		return 'it holds a lone UTF-16 surrogate, which UTF-8 cannot hold';
	}
	return undefined;
}

/**
 * Why a sidecar's new text would not be read back (undefined when it would): one over the size
 * limit or the count of items the tools read is refused by all of them, the extension included, so
 * the decisions in it could not be opened anywhere.
 */
function whyNotReadBack(text: string, maxBytes: number): string | undefined {
	const bytes = Buffer.from(text, 'utf8');
	if (bytes.length > maxBytes) {
		return `${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit sidecars are read with (--max-sidecar-bytes; in VS Code articleAnnotator.limits.maxSidecarMegabytes)`;
	}
	const parsed = readSidecarBytes(bytes, { maxBytes });
	if (parsed.ok) {
		return undefined;
	}
	const first = parsed.problems.find((problem) => problem.severity === 'error') ?? parsed.problems[0];
	return `unreadable (${first ? first.message : 'it does not read back'})`;
}

/** True when the file opens with a UTF-8 byte order mark; false when it does not or cannot be read. */
function startsWithBom(filePath: string): boolean {
	try {
		if (!fs.statSync(filePath).isFile()) {
			return false;
		}
		const fd = fs.openSync(filePath, 'r');
		try {
			const head = Buffer.alloc(3);
			return fs.readSync(fd, head, 0, 3, 0) === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
		} finally {
			fs.closeSync(fd);
		}
	} catch {
		return false;
	}
}

function readText(filePath: string, maxBytes: number, what: string): string {
	const decoded = decodeTextFile(readBytes(filePath, maxBytes, what), { maxBytes });
	if (!decoded.ok) {
		throw new FileError(`${filePath}: ${decoded.message}`);
	}
	return decoded.text;
}

function readArticleIfThere(filePath: string, maxBytes: number, label: string): { text: string; hadBom: boolean } | undefined {
	if (!fs.existsSync(filePath)) {
		return undefined;
	}
	const decoded = decodeTextFile(readBytes(filePath, maxBytes, `the article of ${label}`), { maxBytes });
	if (!decoded.ok) {
		throw new FileError(`${filePath}: ${decoded.message} (the article of ${label})`);
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

function readSidecar(sidecarPath: string, maxBytes: number): { sidecar: Sidecar; text: string; bytes: Uint8Array; notKept: readonly SidecarProblem[] } | undefined {
	let bytes: Uint8Array;
	try {
		// before reading: a sidecar over the limit must cost nothing, and a FIFO would never end
		const stats = fs.statSync(sidecarPath);
		if (!stats.isFile()) {
			throw new FileError(`${sidecarPath}: ${stats.isDirectory() ? 'is a directory' : 'not a regular file'}; nothing imported`);
		}
		if (stats.size > maxBytes) {
			throw new FileError(`${sidecarPath}: sidecar is ${formatBytes(stats.size)}, over the ${formatBytes(maxBytes)} limit (--max-sidecar-bytes); not read, nothing imported`);
		}
		bytes = fs.readFileSync(sidecarPath);
	} catch (error) {
		if (error instanceof FileError) {
			throw error;
		}
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return undefined;
		}
		throw new FileError(`${sidecarPath}: ${describeError(error)}; nothing imported`);
	}
	const parsed = readSidecarBytes(bytes, { maxBytes });
	if (!parsed.ok) {
		const first = parsed.problems.find((problem) => problem.severity === 'error') ?? parsed.problems[0];
		throw new FileError(`${formatProblem(sidecarPath, first)}; not written, nothing imported`);
	}
	// what a rewrite of the file does not keep, said before it is rewritten (validate says it too)
	const notKept = parsed.problems.filter((problem) => problem.code === 'comments-dropped' || problem.code === 'bom');
	return { sidecar: parsed.sidecar, text: new TextDecoder().decode(bytes), bytes, notKept };
}

/**
 * Temporary file beside the sidecar, then a rename over it, unless the sidecar changed since it
 * was read (an editor saved meanwhile): then nothing is written.
 */
function writeSidecar(sidecarPath: string, text: string, readBytesBefore: Uint8Array | undefined): void {
	// a sidecar that is a symbolic link: the file it points to is replaced, the link stays
	// a sidecar that keeps its permissions (the rename would give it the temporary file's)
	const replaced = replacedFileSync(sidecarPath);
	const readOnly = readOnlyReason(replaced);
	if (readOnly) {
		throw new FileError(`${sidecarPath}: ${readOnly}; not written, nothing imported`);
	}
	replaceWithTextSync(replaced, text, () => {
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
	});
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
