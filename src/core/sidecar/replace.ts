/**
 * What a sidecar written whole to a temporary file and renamed over the old one must replace. The
 * rename puts a new file in the place of the name it is given: given a symbolic link (a sidecar
 * kept in another folder or repository and linked beside its article), it would replace the link
 * with a plain file, cut the link and leave the file it pointed to as it was. So the file the link
 * points to is replaced instead, the temporary file beside it (the rename stays on its file
 * system). Local files only (node's file system); the extension uses this for `file:` sidecars.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';

/** How many links in a row are followed for a link whose end is missing (the system's own limit is 40). */
const MAX_LINKS = 40;

/** The file to replace when writing `file`: `file` itself, or the file a symbolic link there points to. */
export async function replacedFile(file: string): Promise<string> {
	try {
		return await fs.promises.realpath(file);
	} catch {
		return danglingEnd(file);
	}
}

/** `replacedFile` for the command line, which works synchronously. */
export function replacedFileSync(file: string): string {
	try {
		return fs.realpathSync(file);
	} catch {
		return danglingEnd(file);
	}
}

/**
 * A name that cannot be resolved: missing, or a link whose end is missing (a sidecar linked to a
 * file not created yet, or moved away by a checkout). Such a link is followed to its end, so that
 * the file is made where it points and the link stays. (Rare: read synchronously.)
 */
function danglingEnd(file: string): string {
	let at = file;
	for (let i = 0; i < MAX_LINKS; i++) {
		let target: string;
		try {
			target = fs.readlinkSync(at, 'utf8');
		} catch {
			return at; // not a link: the file is made under this name
		}
		at = path.resolve(path.dirname(at), target);
	}
	return file; // a loop of links: the rename replaces the name given, as it would have
}
