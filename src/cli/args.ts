/** Argument reading shared by the subcommands (detect, validate, export). */
import { SUPPORTED_LANGUAGES } from '../core/language';
import { oneLine } from '../core/sidecar/model';
import type { LanguageCode } from '../core/types';

/** A mistake in how the command was called: printed with a pointer to --help, exit status 2. */
export class UsageError extends Error {}

/** A subcommand's usage mistake in two lines on standard error; exit status 2. Other errors go on. */
export function usageExit(command: string, error: unknown, stderr: (line: string) => void): number {
	if (!(error instanceof UsageError)) {
		throw error;
	}
	stderr(`article-annotator ${command}: ${oneLine(error.message)}`);
	stderr(`run "article-annotator ${command} --help" for usage`);
	return 2;
}

export type Argument =
	| { readonly kind: 'file'; readonly value: string }
	| {
			readonly kind: 'option';
			/** As typed, without any `=value`: `--format`, `-o`. */
			readonly name: string;
			/** The option's value: `--name=value` or the next argument. */
			value(): string;
			/** Checks the option was given without a value (a flag). */
			flag(): void;
	  };

/** Options whose values add up (`--include rejected --include suggestions`; import's `--article`, one per FILE). */
const REPEATABLE_OPTIONS = new Set(['--include', '--map', '--article']);
/** Short spellings, so that `-o a --out b` counts as one option given twice. */
const LONG_NAMES: Readonly<Record<string, string>> = { '-f': '--format', '-o': '--out' };

/**
 * Walks the arguments: options (`--name value`, `--name=value`, flags) and files. `-` is a file
 * (standard input), and every argument after `--` is a file even if it starts with a dash. An
 * option given twice with different values is a usage error, where the last one silently won
 * (`--out a … --out b` in a long command line).
 */
export function* readArguments(argv: readonly string[]): Generator<Argument> {
	let onlyFiles = false;
	const valuesGiven = new Map<string, string>();
	const remember = (name: string, value: string): string => {
		const key = LONG_NAMES[name] ?? name;
		const earlier = valuesGiven.get(key);
		if (earlier !== undefined && earlier !== value && !REPEATABLE_OPTIONS.has(key)) {
			throw new UsageError(`${key} given twice (${JSON.stringify(earlier)}, then ${JSON.stringify(value)}): give it once`);
		}
		valuesGiven.set(key, value);
		return value;
	};
	for (let i = 0; i < argv.length; i++) {
		const argument = argv[i];
		if (onlyFiles || !argument.startsWith('-') || argument === '-') {
			yield { kind: 'file', value: argument };
			continue;
		}
		if (argument === '--') {
			onlyFiles = true;
			continue;
		}
		const equals = argument.indexOf('=');
		const name = equals > 0 ? argument.slice(0, equals) : argument;
		const inlineValue = equals > 0 ? argument.slice(equals + 1) : undefined;
		yield {
			kind: 'option',
			name,
			value: () => {
				if (inlineValue !== undefined) {
					return remember(name, inlineValue);
				}
				if (i + 1 >= argv.length) {
					throw new UsageError(`${name} needs a value`);
				}
				return remember(name, argv[++i]);
			},
			flag: () => {
				if (inlineValue !== undefined) {
					throw new UsageError(`${name} takes no value`);
				}
			},
		};
	}
}

export function positiveInteger(name: string, text: string): number {
	const value = Number(text);
	if (!/^[0-9]{1,15}$/.test(text) || !Number.isSafeInteger(value) || value <= 0) {
		throw new UsageError(`${name} expects a whole number above 0, got ${JSON.stringify(text)}`);
	}
	return value;
}

const LABEL_NAME = /^[A-Z][A-Z0-9_]{0,31}$/;

/** Label names given on the command line or in a file, checked like the extension's label set. */
export function checkLabels(labels: readonly unknown[], where: string): string[] {
	if (labels.length === 0) {
		throw new UsageError(`${where}: no labels`);
	}
	const names: string[] = [];
	for (const label of labels) {
		if (typeof label !== 'string' || !LABEL_NAME.test(label)) {
			throw new UsageError(`${where}: ${JSON.stringify(label)} is not a label name (upper-case letters, digits, _; at most 32)`);
		}
		names.push(label);
	}
	return names;
}

/** `-` given to a command that reads files only: a usage error, where it was looked for as a file named «-». */
export function refuseStandardInput(command: string, files: readonly string[]): void {
	if (files.includes('-')) {
		throw new UsageError(`${command} reads files, not standard input ("-"); a file named - is ./-`);
	}
}

/** `--labels PER,ORG`: a comma-separated label set (empty items ignored). */
export function labelList(name: string, text: string): string[] {
	return checkLabels(text.split(',').map((label) => label.trim()).filter(Boolean), name);
}

/** `--offsets codepoint|utf16` (and the spellings `codepoints`, `utf-16`). */
export function offsetUnit(name: string, text: string): 'codepoint' | 'utf16' {
	if (text === 'codepoint' || text === 'codepoints') {
		return 'codepoint';
	}
	if (text === 'utf16' || text === 'utf-16') {
		return 'utf16';
	}
	throw new UsageError(`${name} takes codepoint or utf16, got ${JSON.stringify(text)}`);
}

/** `--languages ar,fr,en`: a non-empty list among the languages the detector knows. */
export function languageList(name: string, text: string): LanguageCode[] {
	const codes = text.split(',').map((code) => code.trim()).filter(Boolean);
	for (const code of codes) {
		if (!(SUPPORTED_LANGUAGES as readonly string[]).includes(code)) {
			throw new UsageError(`${name}: ${JSON.stringify(code)} is not one of ${SUPPORTED_LANGUAGES.join(', ')}`);
		}
	}
	if (codes.length === 0) {
		throw new UsageError(`${name} takes a comma-separated list among ${SUPPORTED_LANGUAGES.join(', ')}`);
	}
	return codes as LanguageCode[];
}

/** `--min-confidence X`: a number from 0 to 1. */
export function confidence(name: string, text: string): number {
	const number = Number(text);
	// decimal only: Number() also reads «0x1» and «0b1» as 1
	if (!/^\s*(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:e[-+]?[0-9]+)?\s*$/i.test(text) || !Number.isFinite(number) || number < 0 || number > 1) {
		throw new UsageError(`${name} takes a number from 0 to 1, got ${JSON.stringify(text)}`);
	}
	return number;
}

/** Why a file given on the command line was not found. */
export function noSuchFile(path: string): string {
	// Node decodes command-line arguments as UTF-8: a name in another encoding arrives with U+FFFD in it and names no file
	return path.includes('\uFFFD') ? 'no such file (its name is not valid UTF-8, which Node cannot pass on: rename the file)' : 'no such file';
}

/** True when a file system error says the path is not there (or a part of it is not a folder). */
export function isMissing(error: unknown): boolean {
	const code = error && typeof error === 'object' && 'code' in error ? (error as NodeJS.ErrnoException).code : undefined;
	return code === 'ENOENT' || code === 'ENOTDIR';
}

/** One line saying what went wrong with a file, in words rather than error codes. */
export function describeError(error: unknown): string {
	if (error && typeof error === 'object' && 'code' in error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return noSuchFile((error as NodeJS.ErrnoException).path ?? '');
		if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
		if (code === 'EISDIR') return 'is a directory';
		if (code === 'EEXIST') return 'already exists';
		if (code === 'ENOTDIR') return 'a part of the path is not a folder';
	}
	return messageOf(error).split('\n')[0];
}

export function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** Runs an action whose failure cannot be reported any more (writing the error itself failed). */
export function safely(action: () => void): void {
	try {
		action();
	} catch {
		// Nothing more can be reported.
	}
}

/** A reader that stops early (`| head`) closes the pipe: output then ends quietly. */
export function ignoreClosedPipes(): void {
	for (const stream of [process.stdout, process.stderr]) {
		if (stream.listenerCount('error') === 0) {
			stream.on('error', () => undefined);
		}
	}
}
