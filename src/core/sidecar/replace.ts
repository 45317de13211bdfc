/**
 * What a sidecar written whole to a temporary file and renamed over the old one must replace, and
 * how. The rename puts a new file in the place of the name it is given: given a symbolic link (a
 * sidecar kept in another folder or repository and linked beside its article), it would replace the
 * link with a plain file, cut the link and leave the file it pointed to as it was. So the file the
 * link points to is replaced instead, the temporary file beside it (the rename stays on its file
 * system). And the new file has the temporary file's permissions, not the old one's: a sidecar kept
 * private (0600) or shared with a group (0664) would become readable by all or lose its group's
 * right to write. So the temporary file takes the old one's permissions first. Local files only
 * (node's file system); the extension uses this for `file:` sidecars.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { sidecarTempNameFor } from './paths';

/** How many links in a row are followed for a link whose end is missing (the system's own limit is 40). */
const MAX_LINKS = 40;

/** The file to replace when writing a sidecar, and the permissions to give its replacement. */
export interface ReplacedFile {
	/** The sidecar's path, or that of the file a symbolic link there points to. */
	readonly path: string;
	/** Its permission bits (`mode & 0o7777`); undefined when it does not exist yet. */
	readonly mode: number | undefined;
}

/**
 * Why a sidecar is not to be written when its permissions allow nobody to (`chmod 444`, or a
 * checkout of files kept read-only): the rename would replace it all the same, since it needs only
 * the folder's permission, and for root even a write would. Undefined when it may be written.
 */
export function readOnlyReason(replaced: ReplacedFile): string | undefined {
	return replaced.mode !== undefined && (replaced.mode & 0o222) === 0 ? `is read-only (permissions ${replaced.mode.toString(8).padStart(3, '0')}: chmod u+w to let it be written)` : undefined;
}

/** What writing `file` replaces: `file` itself, or the file a symbolic link there points to. */
export async function replacedFile(file: string): Promise<ReplacedFile> {
	let real: string;
	try {
		real = await fs.promises.realpath(file);
	} catch {
		return { path: danglingEnd(file), mode: undefined };
	}
	const mode = await fs.promises.stat(real).then((stats) => stats.mode & 0o7777, () => undefined);
	return { path: real, mode };
}

/** `replacedFile` for the command line, which works synchronously. */
export function replacedFileSync(file: string): ReplacedFile {
	let real: string;
	try {
		real = fs.realpathSync(file);
	} catch {
		return { path: danglingEnd(file), mode: undefined };
	}
	const stats = fs.statSync(real, { throwIfNoEntry: false });
	return { path: real, mode: stats === undefined ? undefined : stats.mode & 0o7777 };
}

/**
 * Writes `text` over the file `replaced` names (see `replacedFileSync`) in one step, for the command
 * line: a temporary file beside it with its permissions, then a rename. `beforeRename` may still
 * refuse (throw); the temporary file is removed on any failure, and the error thrown on.
 */
export function replaceWithTextSync(replaced: ReplacedFile, text: string, beforeRename: () => void = () => undefined): void {
	const temp = path.join(path.dirname(replaced.path), sidecarTempNameFor(path.basename(replaced.path), `${process.pid}-${randomBytes(4).toString('hex')}`));
	try {
		fs.writeFileSync(temp, text, { flag: 'wx' });
		if (replaced.mode !== undefined) {
			fs.chmodSync(temp, replaced.mode);
		}
		beforeRename();
		fs.renameSync(temp, replaced.path);
	} catch (error) {
		try {
			fs.rmSync(temp, { force: true });
		} catch {
			// the error above is the one to report
		}
		throw error;
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
