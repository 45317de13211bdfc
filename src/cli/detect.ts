/**
 * `article-annotator detect [--json] [options] FILE...`
 *
 * Detects the language and entities of each file with the same core the extension uses
 * (DocumentDetection). Offsets printed are Unicode code points into the file's text (a UTF-8 BOM
 * is not counted), end exclusive, and `text` is exactly that slice.
 */
import * as fs from 'node:fs';
import { francAll } from 'franc';
import { findModelDirectory, loadDetector } from '../core/detect';
import type { Detector } from '../core/detect/types';
import { DEFAULT_MIN_CONFIDENCE } from '../core/confidence';
import { DocumentDetection } from '../core/documentDetection';
import { DEFAULT_LABEL_NAMES } from '../core/labels';
import { languageLabel, SUPPORTED_LANGUAGES, type FrancAll } from '../core/language';
import { decodeTextFile, DEFAULT_ARTICLE_LIMITS } from '../core/textfile';
import type { LanguageCode } from '../core/types';
import { OffsetConverter } from '../core/unicode';
import { DEFAULT_SIDECAR_LIMITS, readSidecarBytes } from '../core/sidecar/codec';
import { formatProblem } from '../core/sidecar/model';
import { sidecarToReadSync } from '../core/sidecar/home';
import { confidence, describeError, labelList, languageList, positiveInteger, readArguments, UsageError } from './args';
import { filesOfFolder, isArticleName } from './folders';

export const DETECT_USAGE = `article-annotator detect [--json] [options] FILE|FOLDER...
  Reads each FILE as UTF-8 ("-" reads standard input); a FOLDER stands for every .txt file under
  it, sub-folders included, in name order (symbolic links followed, each file once). With --json,
  prints one JSON object per file and line: {"file": ..., "language": "fr", "entities":
  [{"start": 0, "end": 7, "type": "LOC", "text": "Algérie"}, ...]}. Offsets are Unicode code
  points, end exclusive, and "text" is exactly that slice of the file's text (a byte order mark is
  not part of the text).
  A language without a model says "language": "und", "unsupported": "es" (es, it, pt, de, nl,
  fa, ur) and, when another model reads it, "model": "en". The language a person set for the
  article (the "language:" of its sidecar, FILE.annotations.yaml) is used instead of identifying
  it, and said with "languageSet": true ("fr (set)" in the listing); one that --languages leaves
  out is not used (its model is not loaded): the language is identified, and "languageSetNotRead"
  names the set one.
  A missing, unreadable, binary or invalid-UTF-8 file prints {"file": ..., "error": ...} (and a
  line on standard error); the other files are still processed, and the exit status is 1.
  options:
    --json                   JSON lines (default: a readable listing)
    --details                also print each entity's "confidence" (0..1) and "source"
    --languages ar,fr,en     languages to choose among (default: ar,fr,en)
    --min-confidence X       leave out entities below this confidence (default: ${DEFAULT_MIN_CONFIDENCE})
    --labels PER,ORG,...     only these entity types (default: ${DEFAULT_LABEL_NAMES.join(',')})
    --models DIR             detector models folder (default: the shipped media/models)
    --max-bytes N            largest file read (default: 50 MB)`;

interface DetectOptions {
	json: boolean;
	details: boolean;
	languages: LanguageCode[];
	minConfidence: number;
	labels: string[];
	models: string | undefined;
	maxBytes: number;
	files: string[];
}

function parseDetectOptions(argv: readonly string[]): DetectOptions | 'help' {
	const options: DetectOptions = {
		json: false,
		details: false,
		languages: [...SUPPORTED_LANGUAGES],
		minConfidence: DEFAULT_MIN_CONFIDENCE,
		labels: [...DEFAULT_LABEL_NAMES],
		models: undefined,
		maxBytes: DEFAULT_ARTICLE_LIMITS.maxBytes,
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
			case '--json':
				flag();
				options.json = true;
				break;
			case '--details':
				flag();
				options.details = true;
				break;
			case '--languages':
				options.languages = languageList(name, value());
				break;
			case '--min-confidence':
				options.minConfidence = confidence(name, value());
				break;
			case '--labels':
				options.labels = labelList(name, value());
				break;
			case '--models':
				options.models = value();
				break;
			case '--max-bytes':
				options.maxBytes = positiveInteger(name, value());
				break;
			default:
				throw new UsageError(`unknown option ${JSON.stringify(name)}`);
		}
	}
	if (options.files.length === 0) {
		throw new UsageError('detect needs at least one FILE');
	}
	if (options.files.filter((file) => file === '-').length > 1) {
		// the second would read an input the first read to its end
		throw new UsageError('"-" (standard input) can be given once');
	}
	return options;
}

function readInput(file: string, maxBytes: number): Uint8Array {
	if (file === '-') {
		return readStandardInput(maxBytes);
	}
	const stat = fs.statSync(file);
	if (!stat.isFile()) {
		throw new Error(stat.isDirectory() ? 'is a directory' : 'is not a regular file');
	}
	if (stat.size > maxBytes) {
		throw new Error(`file is ${stat.size} bytes, over the ${maxBytes}-byte limit (--max-bytes)`);
	}
	return fs.readFileSync(file);
}

/**
 * The language a person set for the article in its sidecar, if it has one. A sidecar that cannot
 * be read, or whose `language:` is not one the detector knows, is said on standard error, and the
 * language is identified from the text.
 */
function languageSetFor(file: string): LanguageCode | undefined {
	// beside the file a symbolic link leads to, for an article that is one
	const { path: sidecar, warning } = sidecarToReadSync(file);
	if (warning !== undefined) {
		process.stderr.write(`article-annotator: warning: ${warning}\n`);
	}
	let bytes: Uint8Array;
	try {
		if (fs.statSync(sidecar).size > DEFAULT_SIDECAR_LIMITS.maxBytes) return undefined;
		bytes = fs.readFileSync(sidecar);
	} catch {
		return undefined; // none (or unreadable: validate says why)
	}
	const parsed = readSidecarBytes(bytes);
	if (!parsed.ok) {
		const first = parsed.problems.find((problem) => problem.severity === 'error') ?? parsed.problems[0];
		process.stderr.write(`article-annotator: warning: ${first ? formatProblem(sidecar, first) : `${sidecar}: cannot be read`}; the article's language is identified from its text\n`);
		return undefined;
	}
	for (const problem of parsed.problems.filter((item) => item.code === 'field' && /^"language:"/.test(item.message))) {
		process.stderr.write(`article-annotator: ${formatProblem(sidecar, problem)}\n`);
	}
	return parsed.sidecar.language;
}

/**
 * Standard input, read in chunks and given up as soon as it exceeds `maxBytes`: a pipe has no size
 * to check first, and an endless one (`yes |`, a stuck producer) must not fill the memory.
 */
function readStandardInput(maxBytes: number): Uint8Array {
	const chunks: Buffer[] = [];
	let total = 0;
	const chunk = Buffer.allocUnsafe(1 << 16);
	for (;;) {
		let read: number;
		try {
			read = fs.readSync(0, chunk, 0, chunk.length, null);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'EAGAIN') {
				// A non-blocking descriptor with nothing yet: wait a little, as readFileSync would block.
				Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
				continue;
			}
			if (code === 'EOF') {
				break;
			}
			throw error;
		}
		if (read === 0) {
			break;
		}
		total += read;
		if (total > maxBytes) {
			throw new Error(`standard input is over the ${maxBytes}-byte limit (--max-bytes); not read further`);
		}
		chunks.push(Buffer.from(chunk.subarray(0, read)));
	}
	return Buffer.concat(chunks, total);
}

/**
 * The files a FILE argument stands for: itself, or for a folder its .txt files (a folder without
 * any, or one that cannot be read, is reported and stands for none).
 */
function articlesOf(given: string, report: (file: string, message: string) => void): string[] {
	let isFolder = false;
	try {
		isFolder = given !== '-' && fs.statSync(given).isDirectory();
	} catch {
		// read as a file below, which says what is wrong with it
	}
	if (!isFolder) {
		return [given];
	}
	const { files, unreadable } = filesOfFolder(given, isArticleName);
	if (files.length === 0) {
		report(given, unreadable ?? 'a folder without any .txt file');
	}
	return files;
}

/** Runs the subcommand; returns the exit status. Usage errors are thrown as UsageError. */
export function runDetect(argv: readonly string[], programDirectory: string): number {
	const options = parseDetectOptions(argv);
	if (options === 'help') {
		process.stdout.write(DETECT_USAGE + '\n');
		return 0;
	}
	const modelDirectory = options.models ?? findModelDirectory(programDirectory);
	if (!modelDirectory) {
		process.stderr.write('article-annotator: the detector models (media/models) were not found next to the program\n');
		return 1;
	}
	let detector: Detector;
	try {
		detector = loadDetector(modelDirectory, { languages: options.languages });
	} catch (error) {
		process.stderr.write(`article-annotator: ${describeError(error)}\n`);
		return 1;
	}
	const neverFound = options.labels.filter((label) => !DEFAULT_LABEL_NAMES.includes(label));
	if (neverFound.length > 0) {
		// a typo («PERS») would otherwise print no entities and exit 0 without a word
		process.stderr.write(`article-annotator: warning: the detector finds only ${DEFAULT_LABEL_NAMES.join(', ')}; none of ${neverFound.join(', ')}\n`);
	}
	let failed = 0;
	const report = (file: string, message: string) => {
		failed++;
		process.stderr.write(`article-annotator: ${file}: ${message}\n`);
		if (options.json) {
			process.stdout.write(JSON.stringify({ file, error: message }) + '\n');
		}
	};
	// each argument's files in turn, so that output follows the order of the arguments
	const files = function* () {
		for (const given of options.files) {
			yield* articlesOf(given, report);
		}
	};
	for (const file of files()) {
		let text: string;
		try {
			const decoded = decodeTextFile(readInput(file, options.maxBytes), { maxBytes: options.maxBytes });
			if (!decoded.ok) {
				throw new Error(decoded.message);
			}
			text = decoded.text;
		} catch (error) {
			report(file, describeError(error));
			continue;
		}
		const language = file === '-' ? undefined : languageSetFor(file);
		const detection = new DocumentDetection(detector, francAll as unknown as FrancAll, { languages: options.languages, minConfidence: options.minConfidence, labels: options.labels, ...(language ? { language } : {}) });
		const profile = detection.open(text);
		detection.detectPending();
		const converter = new OffsetConverter(text);
		const entities = detection.entities().map((entity) => ({
			start: converter.toCodePoint(entity.start),
			end: converter.toCodePoint(entity.end),
			type: entity.type,
			text: entity.text,
			...(options.details ? { confidence: Math.round(entity.confidence * 1000) / 1000, source: entity.source } : {}),
		}));
		if (options.json) {
			process.stdout.write(JSON.stringify({ file, language: profile.language, ...(profile.unsupported ? { unsupported: profile.unsupported } : {}), ...(profile.readWith ? { model: profile.readWith } : {}), ...(profile.chosen ? { languageSet: true } : {}), ...(profile.setButNotAllowed ? { languageSetNotRead: profile.setButNotAllowed } : {}), entities }) + '\n');
		} else {
			process.stdout.write(`${file}: ${languageLabel(profile)}${profile.rightToLeft ? ' (right to left)' : ''}, ${entities.length} entities\n`);
			for (const entity of entities) {
				const details = options.details ? `  (${entity.confidence?.toFixed(2)} ${entity.source})` : '';
				process.stdout.write(`  ${String(entity.start).padStart(7)}-${String(entity.end).padEnd(7)} ${entity.type.padEnd(5)} ${entity.text}${details}\n`);
			}
		}
	}
	return failed > 0 ? 1 : 0;
}
