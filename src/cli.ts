/**
 * The command line: the same core as the extension, for corpora and pipelines.
 *
 *   article-annotator detect [--json] [options] FILE...
 *   article-annotator validate [options] FILE.annotations.yaml...
 *   article-annotator export --format conll|brat|jsonl|w3c [options] FILE...
 *
 * Offsets printed are Unicode code points into the file's text (a UTF-8 BOM is not counted), end
 * exclusive, and `text` is exactly that slice.
 */
import * as fs from 'node:fs';
import { francAll } from 'franc';
import { findModelDirectory, loadDetector } from './core/detect';
import type { Detector } from './core/detect/types';
import { DocumentDetection } from './core/documentDetection';
import type { FrancAll } from './core/language';
import { SUPPORTED_LANGUAGES } from './core/language';
import { DEFAULT_LABEL_NAMES } from './core/labels';
import { decodeTextFile, DEFAULT_ARTICLE_LIMITS } from './core/textfile';
import type { LanguageCode } from './core/types';
import { OffsetConverter } from './core/unicode';
import { runValidate, VALIDATE_USAGE } from './cli/validate';
import { runExport, EXPORT_USAGE } from './cli/export';

const USAGE = `usage: article-annotator <command> [options] FILE...

commands:
  detect    detect the language and named entities of articles
  validate  check sidecars (FILE.annotations.yaml) against their articles and the contract
  export    export annotations to CoNLL/BIO, brat standoff, JSONL (doccano) or W3C Web Annotation

article-annotator detect [--json] [options] FILE...
  Reads each FILE as UTF-8 ("-" reads standard input). With --json, prints one JSON object per
  file and line: {"file": ..., "language": "fr", "entities": [{"start": 0, "end": 7,
  "type": "LOC", "text": "Algérie"}, ...]}. Offsets are Unicode code points, end exclusive, and
  "text" is exactly that slice of the file's text (a byte order mark is not part of the text).
  A missing, unreadable, binary or invalid-UTF-8 file prints {"file": ..., "error": ...} (and a
  line on standard error); the other files are still processed, and the exit status is 1.
  options:
    --json                   JSON lines (default: a readable listing)
    --details                also print each entity's "confidence" (0..1) and "source"
    --languages ar,fr,en     languages to choose among (default: ar,fr,en)
    --min-confidence X       leave out entities below this confidence (default: 0.5)
    --labels PER,ORG,...     only these entity types (default: PER,ORG,LOC,DATE,MISC)
    --models DIR             detector models folder (default: the shipped media/models)
    --max-bytes N            largest file read (default: 50 MB)

${VALIDATE_USAGE}

${EXPORT_USAGE}

exit status: 0 success, 1 some file failed or is invalid, 2 usage error`;

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

class UsageError extends Error {}

function parseDetectOptions(argv: readonly string[]): DetectOptions {
	const options: DetectOptions = { json: false, details: false, languages: [...SUPPORTED_LANGUAGES], minConfidence: 0.5, labels: [...DEFAULT_LABEL_NAMES], models: undefined, maxBytes: DEFAULT_ARTICLE_LIMITS.maxBytes, files: [] };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const value = () => {
			const next = argv[++i];
			if (next === undefined) {
				throw new UsageError(`${arg} needs a value`);
			}
			return next;
		};
		switch (arg) {
			case '--json':
				options.json = true;
				break;
			case '--details':
				options.details = true;
				break;
			case '--languages': {
				const codes = value().split(',').map((code) => code.trim()).filter(Boolean);
				const unknown = codes.filter((code) => !(SUPPORTED_LANGUAGES as readonly string[]).includes(code));
				if (unknown.length > 0 || codes.length === 0) {
					throw new UsageError(`--languages takes a comma-separated list among ${SUPPORTED_LANGUAGES.join(', ')}${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`);
				}
				options.languages = codes as LanguageCode[];
				break;
			}
			case '--min-confidence': {
				const number = Number(value());
				if (!Number.isFinite(number) || number < 0 || number > 1) {
					throw new UsageError('--min-confidence takes a number from 0 to 1');
				}
				options.minConfidence = number;
				break;
			}
			case '--labels':
				options.labels = value().split(',').map((name) => name.trim()).filter(Boolean);
				break;
			case '--models':
				options.models = value();
				break;
			case '--max-bytes': {
				const number = Number(value());
				if (!Number.isInteger(number) || number <= 0) {
					throw new UsageError('--max-bytes takes a positive whole number');
				}
				options.maxBytes = number;
				break;
			}
			case '--':
				options.files.push(...argv.slice(i + 1));
				i = argv.length;
				break;
			default:
				if (arg.startsWith('--')) {
					throw new UsageError(`unknown option ${arg}`);
				}
				options.files.push(arg);
		}
	}
	if (options.files.length === 0) {
		throw new UsageError('detect needs at least one FILE');
	}
	return options;
}

function readInput(file: string, maxBytes: number): Uint8Array {
	if (file === '-') {
		return fs.readFileSync(0);
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

function describeError(error: unknown): string {
	if (error && typeof error === 'object' && 'code' in error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return 'no such file';
		if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
		if (code === 'EISDIR') return 'is a directory';
	}
	return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

function runDetect(argv: readonly string[]): number {
	const options = parseDetectOptions(argv);
	const modelDirectory = options.models ?? findModelDirectory(__dirname);
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
	let failed = 0;
	for (const file of options.files) {
		let text: string;
		try {
			const decoded = decodeTextFile(readInput(file, options.maxBytes), { maxBytes: options.maxBytes });
			if (!decoded.ok) {
				throw new Error(decoded.message);
			}
			text = decoded.text;
		} catch (error) {
			failed++;
			const message = describeError(error);
			process.stderr.write(`article-annotator: ${file}: ${message}\n`);
			if (options.json) {
				process.stdout.write(JSON.stringify({ file, error: message }) + '\n');
			}
			continue;
		}
		const detection = new DocumentDetection(detector, francAll as unknown as FrancAll, { languages: options.languages, minConfidence: options.minConfidence, labels: options.labels });
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
			process.stdout.write(JSON.stringify({ file, language: profile.language, entities }) + '\n');
		} else {
			process.stdout.write(`${file}: ${profile.language}${profile.rightToLeft ? ' (right to left)' : ''}, ${entities.length} entities\n`);
			for (const entity of entities) {
				process.stdout.write(`  ${String(entity.start).padStart(7)}-${String(entity.end).padEnd(7)} ${entity.type.padEnd(5)} ${entity.text}\n`);
			}
		}
	}
	return failed > 0 ? 1 : 0;
}

export function main(argv: readonly string[]): number {
	const [command, ...rest] = argv;
	try {
		switch (command) {
			case 'detect':
				return runDetect(rest);
			case 'validate':
				return runValidate(rest);
			case 'export':
				return runExport(rest);
			case undefined:
			case '-h':
			case '--help':
			case 'help':
				process.stdout.write(USAGE + '\n');
				return command === undefined ? 2 : 0;
			default:
				throw new UsageError(`unknown command "${command}"`);
		}
	} catch (error) {
		if (error instanceof UsageError) {
			process.stderr.write(`article-annotator: ${error.message}\n(see article-annotator --help)\n`);
			return 2;
		}
		process.stderr.write(`article-annotator: ${describeError(error)}\n`);
		return 1;
	}
}

if (require.main === module) {
	// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') {
			process.exit(process.exitCode ?? 0);
		}
		throw error;
	});
	process.exitCode = main(process.argv.slice(2));
}

