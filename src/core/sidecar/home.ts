/**
 * Where an article's sidecar is kept on disk. By the contract it is beside the article, named for
 * it; an article that is a symbolic link to a file (a corpus kept elsewhere, one file linked in)
 * has one content, the file the link leads to, and so one sidecar: beside that file, named for
 * it, whichever path the article is opened or named by. (A link to a folder needs nothing: the
 * sidecar beside a file reached through it is the one beside the real file.) Local files only;
 * the extension uses this for `file:` articles, the command line for all.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { sidecarNameFor } from './paths';
import { replacedFileSync } from './replace';

export interface SidecarHome {
	/** The sidecar's path: beside the article, or beside the file a symbolic link there leads to. */
	readonly path: string;
	/** The article's file name as its sidecar's `document:` names it (the file the link leads to). */
	readonly articleName: string;
	/**
	 * A sidecar beside the link itself, another file than `path` (kept there before sidecars of
	 * linked articles went beside the file they lead to): never written over, and told about.
	 */
	readonly besideLink?: string;
}

/** The sidecar of the article at `articlePath` (see the file's comment); never throws. */
export function sidecarHomeSync(articlePath: string): SidecarHome {
	const own: SidecarHome = { path: path.join(path.dirname(articlePath), sidecarNameFor(path.basename(articlePath))), articleName: path.basename(articlePath) };
	let real: string;
	try {
		if (!fs.lstatSync(articlePath).isSymbolicLink()) {
			return own;
		}
		real = fs.realpathSync(articlePath);
	} catch {
		return own; // missing, or a link to nothing: nothing to lead to
	}
	const home = path.join(path.dirname(real), sidecarNameFor(path.basename(real)));
	const besideLink = fs.lstatSync(own.path, { throwIfNoEntry: false }) !== undefined && replacedFileSync(own.path).path !== replacedFileSync(home).path;
	return { path: home, articleName: path.basename(real), ...(besideLink ? { besideLink: own.path } : {}) };
}

/** What to tell about a sidecar beside a link that is not the article's (see `SidecarHome.besideLink`). */
export function besideLinkMessage(home: SidecarHome): string | undefined {
	return home.besideLink === undefined ? undefined : `${home.besideLink}: beside a symbolic link to an article, whose annotations are kept beside the file it leads to, in ${home.path}; left as it is: merge what it holds into ${home.path} by hand, or delete it`;
}

/**
 * The sidecar the command line reads for an article: its own (`sidecarHomeSync`), or, while it
 * has none, the one beside the symbolic link the article was named by, where it was kept before
 * (the extension moves it beside the file when the article is opened); with what to tell when
 * both are there (only the article's own is read).
 */
export function sidecarToReadSync(articlePath: string): { readonly path: string; readonly warning?: string } {
	const home = sidecarHomeSync(articlePath);
	if (home.besideLink !== undefined && !fs.existsSync(home.path)) {
		return { path: home.besideLink };
	}
	const warning = besideLinkMessage(home);
	return { path: home.path, ...(warning === undefined ? {} : { warning }) };
}
