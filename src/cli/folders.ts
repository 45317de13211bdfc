import * as fs from 'node:fs';
import * as path from 'node:path';
import { articleNameForms, isBaseName, isSidecarName, isSidecarTempName } from '../core/sidecar/paths';
import { describeError, messageOf } from './args';

/** The articles a folder stands for on the command line (as `detect` has always read them). */
export function isArticleName(name: string): boolean {
	return name.endsWith('.txt');
}

/** Folders never walked into: a repository's own data and installed packages hold no articles. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

/**
 * The files under `folder` whose names `accept` takes, as paths relative to it, in a stable
 * order (by name at each level, depth first). Symbolic links are followed, to files and to
 * folders (a corpus kept elsewhere and linked in, one article linked into a folder), with two
 * guards: a link to a folder that holds it (a loop) is not walked into again, and a file reached
 * by several paths (a link and its target both under `folder`) is listed once, by a path without
 * a link when there is one (as the extension's Documents tree lists it), else by the first. A
 * link to nothing is passed over. A folder that cannot be read throws an error naming it.
 */
export function filesUnder(folder: string, accept: (name: string) => boolean): string[] {
	const found: { relative: string; real: string; throughLink: boolean }[] = [];
	const walk = (relative: string, ancestors: ReadonlySet<string>, throughLink: boolean) => {
		const here = path.join(folder, relative);
		let entries: fs.Dirent[];
		try {
			entries = fs.readdirSync(here, { withFileTypes: true });
		} catch (error) {
			throw new Error(`${here}: ${describeError(error)}`, { cause: error });
		}
		for (const entry of entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))) {
			const child = relative ? path.join(relative, entry.name) : entry.name;
			const link = entry.isSymbolicLink();
			const stats = link ? statOf(path.join(folder, child)) : entry;
			if (stats === undefined) {
				continue; // a link to nothing, or a loop of links
			}
			if (stats.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) {
				const real = realPathOf(path.join(folder, child));
				if (real !== undefined && !ancestors.has(real)) {
					walk(child, new Set([...ancestors, real]), throughLink || link);
				}
			} else if (stats.isFile() && accept(entry.name)) {
				found.push({ relative: child, real: realPathOf(path.join(folder, child)) ?? path.join(folder, child), throughLink: throughLink || link });
			}
		}
	};
	walk('', new Set([realPathOf(folder) ?? path.resolve(folder)]), false);
	const chosen = new Map<string, (typeof found)[number]>();
	for (const file of found) {
		const before = chosen.get(file.real);
		if (before === undefined || (before.throughLink && !file.throughLink)) {
			chosen.set(file.real, file);
		}
	}
	return found.filter((file) => chosen.get(file.real) === file).map((file) => file.relative);
}

/** What a symbolic link leads to, or undefined when it leads nowhere (missing, a loop of links). */
function statOf(file: string): fs.Stats | undefined {
	try {
		return fs.statSync(file);
	} catch {
		return undefined;
	}
}

/** `path` with its symbolic links resolved, or undefined when it cannot be (a loop of links). */
function realPathOf(file: string): string | undefined {
	try {
		return fs.realpathSync(file);
	} catch {
		return undefined;
	}
}

/**
 * What a FOLDER argument stands for: the files under it whose names `accept` takes, as paths
 * under `folder` (`filesUnder`), or why it stands for none (`unreadable`: the message of the
 * error). An empty `files` without `unreadable` is a folder without any such file; each command
 * says so in its own words.
 */
export function filesOfFolder(folder: string, accept: (name: string) => boolean): { files: string[]; unreadable?: string } {
	try {
		return { files: filesUnder(folder, accept).map((relative) => path.join(folder, relative)) };
	} catch (error) {
		return { files: [], unreadable: messageOf(error) };
	}
}

/**
 * `mkdir -p`, one folder at a time: Node's own `{ recursive: true }` loops for ever where the
 * system answers ENOENT with the parent present (a new folder under /proc).
 */
export function makeDirectories(directory: string): void {
	const missing: string[] = [];
	let current = path.resolve(directory);
	while (!fs.existsSync(current)) {
		missing.unshift(current);
		const parent = path.dirname(current);
		if (parent === current) {
			break;
		}
		current = parent;
	}
	for (const folder of missing) {
		try {
			fs.mkdirSync(folder);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'EEXIST' && fs.statSync(folder).isDirectory()) {
				continue; // made meanwhile by another process
			}
			if (code === 'ENOENT') {
				throw new Error(`the file system does not allow a new folder in ${path.dirname(folder)}`, { cause: error });
			}
			throw error;
		}
	}
}

/**
 * The name export gives an article (JSONL's `document`, CoNLL's `-DOCSTART-` line, Prodigy's
 * `meta.document`, Label Studio's `data.document`): its path relative to `folder`, the FOLDER
 * argument it was found under (its file name alone for an article given by itself), folders
 * separated by `/` on every system, in NFC, so that import finds it again under the folder it is
 * given and two articles of one name in two sub-folders are told apart.
 */
export function documentNameOf(folder: string, file: string): string {
	return path.relative(folder, file).split(path.sep).join('/').normalize('NFC');
}

/**
 * An article's name read from an input file (see `documentNameOf`): a file name, or a path under
 * the folder of the articles with `/` between folders. `escapes` when it would lead out of that
 * folder (a `..`, an absolute path); `problem` when it names no article file (an empty part, a
 * backslash, a sidecar's name). Old exports named the file alone, which reads as it always did.
 */
export function readDocumentName(name: string): { name: string } | { escapes: string } | { problem: string } {
	if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.startsWith('\\')) {
		return { escapes: 'is an absolute path: articles are named by their path in the folder of the articles' };
	}
	const parts = name.split('/');
	if (parts.includes('..')) {
		return { escapes: 'leads out of the folder of the articles (a ".." in it)' };
	}
	const last = parts[parts.length - 1];
	if (!parts.every(isBaseName) || isSidecarName(last) || isSidecarTempName(last)) {
		return { problem: 'is not an article file name, nor a path of one in the folder (an empty part, a "." or a backslash in it, or a sidecar\'s name)' };
	}
	return { name };
}

/**
 * The path of the article `name` in `folder` (`name` read by `readDocumentName`: a file name, or a
 * path with `/` between folders): the file of that name, else the one whose name is the same in
 * another Unicode normalisation (`articleNameForms`: a folder copied from macOS holds NFD names
 * where a JSONL or CoNLL file says NFC; they are one article), else the path to write it.
 */
export function articleIn(folder: string, name: string): string {
	const at = (form: string) => path.join(folder, ...form.split('/'));
	const found = articleNameForms(name).find((form) => fs.existsSync(at(form)));
	return at(found ?? name);
}
