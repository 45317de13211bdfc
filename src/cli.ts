/**
 * The command line: the same core as the extension, for corpora and pipelines.
 *
 *   article-annotator detect [--json] [options] FILE...
 *   article-annotator validate [options] FILE.annotations.yaml...
 *   article-annotator export --format conll|brat|jsonl|w3c|prodigy|labelstudio [options] FILE...
 *   article-annotator import --format brat|conll|jsonl|prodigy|labelstudio [options] FILE...
 *   article-annotator mv ARTICLE DESTINATION
 *   article-annotator agree A B | agree --detector FILE...
 *
 * Offsets printed are Unicode code points into the file's text (a UTF-8 BOM is not counted), end
 * exclusive, and `text` is exactly that slice.
 */
import { AGREE_USAGE, runAgree } from './cli/agree';
import { describeError, safely, UsageError } from './cli/args';
import { DETECT_USAGE, runDetect } from './cli/detect';
import { EXPORT_USAGE, runExport } from './cli/export';
import { IMPORT_USAGE, runImport } from './cli/import';
import { MOVE_USAGE, runMove } from './cli/move';
import { runValidate, VALIDATE_USAGE } from './cli/validate';
import { version } from '../package.json';

export const USAGE = `usage: article-annotator <command> [options] FILE...
       article-annotator --version

commands:
  detect    detect the language and named entities of articles
  validate  check sidecars (FILE.annotations.yaml) against their articles and the contract
  export    export annotations to CoNLL/BIO, brat standoff, JSONL (doccano), W3C Web Annotation,
            Prodigy or Label Studio
  import    add entities annotated in brat, CoNLL, JSONL (doccano), Prodigy or Label Studio to the
            articles' sidecars
  mv        rename or move an article with its sidecar
  agree     how far two annotators (or a person and the detector) agree: pairwise F1, kappa

${DETECT_USAGE}

${VALIDATE_USAGE}

${EXPORT_USAGE}

${IMPORT_USAGE}

${MOVE_USAGE}

${AGREE_USAGE}

exit status: 0 success, 1 some file failed or is invalid, 2 usage error`;

const COMMAND_USAGES: Readonly<Record<string, string>> = { detect: DETECT_USAGE, validate: VALIDATE_USAGE, export: EXPORT_USAGE, import: IMPORT_USAGE, mv: MOVE_USAGE, agree: AGREE_USAGE };

/** `help export` (as git and npm read it): that command's usage; the whole usage otherwise. */
export function usageOf(command: string | undefined): string {
	if (command === undefined || !Object.hasOwn(COMMAND_USAGES, command)) {
		return USAGE;
	}
	return COMMAND_USAGES[command];
}

export function main(argv: readonly string[]): number {
	const [command, ...rest] = argv;
	try {
		switch (command) {
			case 'detect':
				return runDetect(rest, __dirname);
			case 'validate':
				return runValidate(rest);
			case 'export':
				return runExport(rest);
			case 'import':
				return runImport(rest);
			case 'mv':
				return runMove(rest);
			case 'agree':
				return runAgree(rest, undefined, __dirname);
			case undefined:
				// a usage error: the usage goes where errors go, not into a pipe's data
				process.stderr.write(USAGE + '\n');
				return 2;
			case '-V':
			case '--version':
			case 'version':
				// what a bug report or a pipeline's log should name: this program and the Node running it
				process.stdout.write(`article-annotator ${version} (Node ${process.versions.node})\n`);
				return 0;
			case '-h':
			case '--help':
			case 'help':
				process.stdout.write(usageOf(rest[0]) + '\n');
				return 0;
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
	// A reader that stops early (`| head`) closes the pipe: that is not an error of ours. Any other
	// failure to write (a full disk, an I/O error) is one line and exit status 1, not a stack trace.
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') {
			process.exit(process.exitCode ?? 0);
		}
		safely(() => process.stderr.write(`article-annotator: cannot write the output: ${describeError(error)}\n`));
		process.exit(1);
	});
	process.exitCode = main(process.argv.slice(2));
}
