/**
 * `article-annotator mv ARTICLE DESTINATION`: renames or moves an article with its sidecar, the
 * way VS Code's explorer does (a plain `mv` or `git mv` leaves the sidecar behind under the old
 * name, and the article reopens without its annotations).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NOT_ON_ITS_OWN_LINE, renameSidecarDocument } from '../core/sidecar/codec';
import { oneLine, quoteForMessage } from '../core/sidecar/model';
import { isBaseName, isSidecarName, sidecarNameFor } from '../core/sidecar/paths';
import { replacedFileSync, replaceWithTextSync } from '../core/sidecar/replace';
import { describeError, noSuchFile, readArguments, refuseStandardInput, safely, usageExit, UsageError } from './args';

export const MOVE_USAGE = [
	'usage: article-annotator mv [--dry-run] ARTICLE DESTINATION',
	'Renames or moves an article and its sidecar (ARTICLE.annotations.yaml) together, and makes the',
	'sidecar name the new file in its document: line (only that line changes). DESTINATION is the',
	'new path, or a folder to move into. Nothing is overwritten: an existing destination article or',
	'sidecar is refused. Renames inside one file system only. An article without a sidecar is moved',
	'alone. In a git repository, git sees both as renames.',
	'exit status: 0 moved, 1 refused or failed (nothing moved; or moved, with a line saying the',
	'sidecar\'s document: line could not be changed), 2 usage error',
].join('\n');

export interface MoveIo {
	stdout(line: string): void;
	stderr(line: string): void;
}

class MoveRefused extends Error {}

/** Runs the subcommand; returns the exit status. Never throws. */
export function runMove(argv: readonly string[], io: MoveIo = { stdout: (line) => process.stdout.write(`${line}\n`), stderr: (line) => process.stderr.write(`${line}\n`) }): number {
	let dryRun = false;
	const files: string[] = [];
	try {
		for (const argument of readArguments(argv)) {
			if (argument.kind === 'file') {
				files.push(argument.value);
			} else if (argument.name === '-h' || argument.name === '--help') {
				io.stdout(MOVE_USAGE);
				return 0;
			} else if (argument.name === '--dry-run' || argument.name === '-n') {
				argument.flag();
				dryRun = true;
			} else {
				throw new UsageError(`unknown option ${JSON.stringify(argument.name)}`);
			}
		}
		if (files.length !== 2) {
			throw new UsageError('mv takes an ARTICLE and a DESTINATION');
		}
		refuseStandardInput('mv', files);
	} catch (error) {
		return usageExit('mv', error, (line) => io.stderr(line));
	}
	try {
		const plan = planMove(files[0], files[1]);
		if (dryRun) {
			io.stdout(`would move ${plan.from} to ${plan.to}${plan.sidecarFrom ? ` and ${plan.sidecarFrom} to ${plan.sidecarTo}` : ' (it has no sidecar)'}; nothing moved (--dry-run)`);
			// what the move would then say: that the document: line could not be changed
			const renaming = plan.sidecarFrom === undefined ? undefined : sidecarRenamed(plan.sidecarFrom, path.basename(plan.to));
			if (renaming !== undefined && 'failed' in renaming) {
				io.stderr(`article-annotator mv: ${oneLine(`${plan.sidecarFrom}: its document: line could not be changed (${renaming.failed}); write ${path.basename(plan.to)} there by hand after the move`)}`);
				return 1;
			}
			return 0;
		}
		move(plan);
		io.stdout(`moved ${plan.from} to ${plan.to}${plan.sidecarFrom ? ` with its sidecar (${plan.sidecarTo})` : ' (it has no sidecar)'}`);
		return 0;
	} catch (error) {
		// before anything moved (move() says what it did itself): the path the file system refused, named
		const refusedPath = error instanceof MoveRefused ? undefined : (error as NodeJS.ErrnoException).path;
		const message = error instanceof MoveRefused ? error.message : `${refusedPath ? `${refusedPath}: ` : ''}${describeError(error)}; nothing moved`;
		safely(() => io.stderr(`article-annotator mv: ${oneLine(message)}`));
		return 1;
	}
}

interface MovePlan {
	readonly from: string;
	readonly to: string;
	readonly sidecarFrom: string | undefined;
	readonly sidecarTo: string;
}

function planMove(from: string, destination: string): MovePlan {
	const source = fs.statSync(from, { throwIfNoEntry: false });
	if (!source) {
		throw new MoveRefused(`${from}: ${noSuchFile(from)}; nothing moved`);
	}
	if (!source.isFile()) {
		throw new MoveRefused(`${from}: not a regular file; nothing moved`);
	}
	if (isSidecarName(path.basename(from))) {
		throw new MoveRefused(`${from} is a sidecar: move its article (${from.slice(0, -'.annotations.yaml'.length)}) and the sidecar follows`);
	}
	const into = kindOf(destination);
	if (into !== 'folder' && /[\\/]$/.test(destination)) {
		throw new MoveRefused(`${destination}: ${into === 'missing' ? 'no such folder' : 'not a folder'}; nothing moved`);
	}
	const to = into === 'folder' ? path.join(destination, path.basename(from)) : destination;
	// the rename's own error would say «no such file» without a name, as if the article were missing
	const folder = kindOf(path.dirname(to));
	if (folder !== 'folder') {
		throw new MoveRefused(`${path.dirname(to)}: ${folder === 'missing' ? 'no such folder' : 'not a folder'}; nothing moved`);
	}
	const name = path.basename(to);
	if (!isBaseName(name) || isSidecarName(name)) {
		throw new MoveRefused(`${to}: not a name an article can have; nothing moved`);
	}
	if (path.resolve(to) === path.resolve(from)) {
		throw new MoveRefused(`${to} is ${from} itself; nothing moved`);
	}
	if (fs.existsSync(to)) {
		throw new MoveRefused(`${to} exists; not overwritten, nothing moved`);
	}
	const sidecarFrom = path.join(path.dirname(from), sidecarNameFor(path.basename(from)));
	const sidecarTo = path.join(path.dirname(to), sidecarNameFor(name));
	// lstat: a sidecar that is a link (even a broken one) moves with its article
	const sidecar = fs.lstatSync(sidecarFrom, { throwIfNoEntry: false });
	if (sidecar?.isDirectory()) {
		throw new MoveRefused(`${sidecarFrom} is a folder, not a sidecar; nothing moved`);
	}
	const hasSidecar = sidecar !== undefined;
	// even an article without a sidecar: it would take over the one there, naming another file
	if (fs.lstatSync(sidecarTo, { throwIfNoEntry: false })) {
		throw new MoveRefused(`${sidecarTo} exists (the sidecar of another article of that name?); not overwritten, nothing moved`);
	}
	return { from, to, sidecarFrom: hasSidecar ? sidecarFrom : undefined, sidecarTo };
}

/** What is at a path: a folder, something else, or nothing (also when a part of it is a file). */
function kindOf(file: string): 'folder' | 'other' | 'missing' {
	try {
		return fs.statSync(file).isDirectory() ? 'folder' : 'other';
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT' || code === 'ENOTDIR') {
			return 'missing';
		}
		throw error;
	}
}

/** The article, then its sidecar; the article goes back if the sidecar cannot follow. */
function move(plan: MovePlan): void {
	try {
		fs.renameSync(plan.from, plan.to);
	} catch (error) {
		// «permission denied» alone does not say which folder refused
		throw new MoveRefused(`${plan.from}: cannot be moved to ${plan.to} (${describeError(error)}); nothing moved`);
	}
	if (!plan.sidecarFrom) {
		return;
	}
	try {
		fs.renameSync(plan.sidecarFrom, plan.sidecarTo);
	} catch (error) {
		safely(() => fs.renameSync(plan.to, plan.from));
		throw new MoveRefused(`${plan.sidecarFrom}: cannot be moved (${describeError(error)}); the article was put back, nothing moved`);
	}
	const renaming = sidecarRenamed(plan.sidecarTo, path.basename(plan.to));
	if (renaming === undefined) {
		return;
	}
	if ('failed' in renaming) {
		throw new MoveRefused(`moved ${plan.from} to ${plan.to} with its sidecar, but its document: line could not be changed (${renaming.failed}); write ${path.basename(plan.to)} there by hand`);
	}
	const { text, renamed } = renaming;
	if (renamed !== text) {
		// a sidecar that is a symbolic link: the file it points to is replaced, the link stays
		// and keeps its permissions (the rename would give it the temporary file's)
		try {
			replaceWithTextSync(replacedFileSync(plan.sidecarTo), renamed);
		} catch (error) {
			throw new MoveRefused(`moved ${plan.from} to ${plan.to} with its sidecar, but its document: line could not be changed (${describeError(error)}); write ${path.basename(plan.to)} there by hand`);
		}
	}
}

/**
 * The sidecar's text, and that text naming `articleName` in its document: line (only that line
 * changes), or why it cannot be; undefined for what is not a regular file (a named pipe, or a link
 * to one, would keep the read waiting for a writer forever; a broken link has nothing to read).
 */
function sidecarRenamed(sidecarPath: string, articleName: string): { text: string; renamed: string } | { failed: string } | undefined {
	try {
		if (!fs.statSync(sidecarPath).isFile()) {
			return undefined;
		}
	} catch {
		return undefined;
	}
	let bytes: Buffer;
	try {
		bytes = fs.readFileSync(sidecarPath);
	} catch (error) {
		return { failed: describeError(error) };
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		// a file that is not UTF-8 is left as it is (validate says why)
		return { failed: 'the sidecar is not UTF-8 text; article-annotator validate says where' };
	}
	const renaming = renameSidecarDocument(text, articleName);
	if ('stillNames' in renaming) {
		return { failed: `it still names ${quoteForMessage(renaming.stillNames)}: ${NOT_ON_ITS_OWN_LINE}` };
	}
	return { text, renamed: renaming.renamed };
}
