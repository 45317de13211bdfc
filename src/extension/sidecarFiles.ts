import * as vscode from 'vscode';
import { createHash, randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { chmod, lstat, realpath, rename } from 'node:fs/promises';
import * as path from 'node:path';
import { isSameOrInsideFolder } from '../core/articlePaths';
import { sidecarHomeSync, type SidecarHome } from '../core/sidecar/home';
import { sidecarNameFor, sidecarTempNameFor } from '../core/sidecar/paths';
import { readOnlyReason, replacedFile } from '../core/sidecar/replace';
import { renameSidecarDocument } from '../core/sidecar/codec';

/** The bytes of a sidecar as last seen, to tell our own writes from someone else's. */
export interface SidecarSnapshot {
	/** sha256 of the bytes, or 'missing'. */
	readonly fingerprint: string;
	readonly bytes: Uint8Array | undefined;
}

export const MISSING: SidecarSnapshot = { fingerprint: 'missing', bytes: undefined };

export function fingerprintOf(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** True when a file (not a folder) is at `uri`. */
export function fileExists(uri: vscode.Uri): Thenable<boolean> {
	return vscode.workspace.fs.stat(uri).then(
		(stat) => (stat.type & vscode.FileType.File) !== 0,
		() => false,
	);
}

/**
 * True for a document in a file system where its sidecar can be written beside it. The other side
 * of a comparison (Compare with Saved's `showModifications:`, a git or local-history version)
 * shows an article's path in a read-only or provider-less scheme: it is a view of the article, not
 * one, and its «sidecar» could be neither read nor written.
 */
export function canHoldSidecar(uri: vscode.Uri): boolean {
	return uri.scheme === 'file' || vscode.workspace.fs.isWritableFileSystem(uri.scheme) === true;
}

/** The sidecar beside an article, named by the contract; never derived from file content. */
export function sidecarUriFor(articleUri: vscode.Uri): vscode.Uri {
	return vscode.Uri.joinPath(articleUri, '..', sidecarNameFor(baseName(articleUri)));
}

/**
 * The path of the file `uri` names with its symbolic links resolved, the same for every path that
 * reaches it (a linked folder, a linked file); undefined when it is not a local file, or missing.
 */
export function realPathOf(uri: vscode.Uri): Promise<string | undefined> {
	return uri.scheme === 'file' ? realpath(uri.fsPath).catch(() => undefined) : Promise.resolve(undefined);
}

/** `realPathOf` for one file at a time, where waiting is not possible. */
export function realPathOfSync(uri: vscode.Uri): string | undefined {
	try {
		return uri.scheme === 'file' ? realpathSync(uri.fsPath) : undefined;
	} catch {
		return undefined;
	}
}

/** Where an article's sidecar is kept (see `sidecarHomeSync`), as URIs. */
export interface SidecarHomeUris {
	readonly uri: vscode.Uri;
	/** The article's name as its sidecar's `document:` names it. */
	readonly articleName: string;
	/** A sidecar beside a symbolic link to the article that is not its sidecar (see `SidecarHome`). */
	readonly besideLink?: vscode.Uri;
	readonly home: SidecarHome;
}

/**
 * The sidecar of an article: beside it (`sidecarUriFor`), or, for an article that is a symbolic
 * link to a file, beside the file it leads to (`sidecarHomeSync`), as the command line reads it.
 */
export function sidecarHomeFor(articleUri: vscode.Uri): SidecarHomeUris {
	const beside = sidecarUriFor(articleUri);
	if (articleUri.scheme !== 'file') {
		return { uri: beside, articleName: baseName(articleUri), home: { path: beside.fsPath, articleName: baseName(articleUri) } };
	}
	const home = sidecarHomeSync(articleUri.fsPath);
	if (path.relative(home.path, beside.fsPath) === '') {
		return { uri: beside, articleName: baseName(articleUri), home };
	}
	return { uri: vscode.Uri.file(home.path), articleName: home.articleName, ...(home.besideLink === undefined ? {} : { besideLink: vscode.Uri.file(home.besideLink) }), home };
}

export function baseName(uri: vscode.Uri): string {
	return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/**
 * A file's path as the tree and the messages write it: relative to its workspace folder (led by
 * the folder's name when there are several, so that two worktrees of a corpus holding the same
 * path are told apart), or whole when another workspace folder has the same name (two clones of a
 * corpus), which would make two paths read the same.
 */
export function displayPath(uri: vscode.Uri): string {
	const root = vscode.workspace.getWorkspaceFolder(uri);
	const sameName = root && vscode.workspace.workspaceFolders?.some((other) => other.index !== root.index && other.name === root.name);
	return sameName ? uri.fsPath : vscode.workspace.asRelativePath(uri);
}

/** True when `uri` is `container` or inside the folder `container`. */
export function isSameOrInside(uri: vscode.Uri, container: vscode.Uri): boolean {
	return uri.scheme === container.scheme && uri.authority === container.authority && isSameOrInsideFolder(uri.path, container.path);
}

/**
 * Puts a temporary file in the place of `target` in one step. VS Code's file service, given
 * `overwrite`, deletes the target and then moves the file in, two calls apart: in between the
 * file is missing (for a fifth of the time a save took, measured), which git, a sync client or a
 * crash at that moment would take for a deletion. On disk, the system's rename replaces it at once.
 */
export async function replaceFile(temp: vscode.Uri, target: vscode.Uri): Promise<void> {
	if (temp.scheme === 'file' && target.scheme === 'file') {
		await rename(temp.fsPath, target.fsPath);
	} else {
		await vscode.workspace.fs.rename(temp, target, { overwrite: true });
	}
}

/** Where `uri` is once `oldUri` (itself or a folder holding it) was renamed or moved to `newUri`. */
export function movedUri(uri: vscode.Uri, oldUri: vscode.Uri, newUri: vscode.Uri): vscode.Uri {
	return newUri.with({ path: newUri.path + uri.path.slice(oldUri.path.length) });
}

/** True for the error `workspace.fs` throws when a file or folder is not there. */
export function isMissing(error: unknown): boolean {
	return error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'EntryNotFound');
}

/**
 * A sidecar's bytes as text naming `articleName` in its document: line (`renameSidecarDocument`:
 * only that line changes), or why not: `stillNames` when its document: key is not on a line of its
 * own; undefined for bytes that are not UTF-8 (left alone: reading them says why).
 */
export function documentRenamed(bytes: Uint8Array, articleName: string): { readonly renamed: string; readonly text: string } | { readonly stillNames: string } | undefined {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return undefined;
	}
	const renaming = renameSidecarDocument(text, articleName);
	return 'stillNames' in renaming ? renaming : { renamed: renaming.renamed, text };
}

/**
 * Sidecar file I/O through `workspace.fs` (so remote and virtual workspaces work): reads with a
 * size cap checked before the bytes are loaded, and writes whole to a temporary file in the same
 * folder, then renames it over the sidecar, after checking nobody else changed it meanwhile.
 */
export class SidecarFiles implements vscode.Disposable {
	/** Fingerprints of what this window wrote last, so the file watcher can ignore our own writes. */
	private readonly ownWrites = new Map<string, string>();
	private readonly writeEmitter = new vscode.EventEmitter<{ readonly uri: vscode.Uri; readonly writer?: string }>();
	/** A sidecar was written (by its path as the writer named it; `writer`: the session that wrote it). */
	readonly onDidWrite = this.writeEmitter.event;

	dispose(): void {
		this.writeEmitter.dispose();
	}

	async read(sidecarUri: vscode.Uri, maxBytes: number): Promise<SidecarSnapshot | { tooLarge: number }> {
		let size: number;
		try {
			const stat = await vscode.workspace.fs.stat(sidecarUri);
			if (stat.type & vscode.FileType.Directory) {
				// A folder made in its place (a checkout, a mistake): said so, instead of «EISDIR» from a
				// read. Changed by someone else: the file put back later, even with the bytes written
				// here, is their change, which the session waits for (see `isOwnWrite`).
				this.ownWrites.delete(sidecarUri.toString());
				throw new Error('is a folder, not a file: move it away to let the annotations be written');
			}
			size = stat.size;
		} catch (error) {
			if (isMissing(error)) {
				return MISSING;
			}
			throw error;
		}
		if (size > maxBytes) {
			return { tooLarge: size };
		}
		try {
			const bytes = await vscode.workspace.fs.readFile(sidecarUri);
			if (bytes.length > maxBytes) {
				// It grew between the size check and the read (a write under way): as over-size as if seen before.
				return { tooLarge: bytes.length };
			}
			const fingerprint = fingerprintOf(bytes);
			if (this.ownWrites.has(sidecarUri.toString()) && this.ownWrites.get(sidecarUri.toString()) !== fingerprint) {
				// Seen changed by someone else (the watcher may report it late, or only once it is
				// back to the bytes written here): see `isOwnWrite`.
				this.ownWrites.delete(sidecarUri.toString());
			}
			return { fingerprint, bytes };
		} catch (error) {
			if (isMissing(error)) {
				return MISSING;
			}
			throw error;
		}
	}

	/**
	 * Writes `content` if the file on disk is still `expected`; otherwise writes nothing and
	 * returns what is on disk now, for the caller to merge. A read-only sidecar is refused (thrown),
	 * unless `evenReadOnly`: the `document:` line of one moved with its article, as `mv` moves a
	 * read-only file (it stays read-only).
	 */
	async writeIfUnchanged(sidecarUri: vscode.Uri, content: string, expected: SidecarSnapshot, maxBytes: number, evenReadOnly = false, writer?: string, modeIfNew?: number): Promise<{ written: SidecarSnapshot } | { changed: SidecarSnapshot | { tooLarge: number } }> {
		const current = await this.read(sidecarUri, maxBytes);
		if ('tooLarge' in current || current.fingerprint !== expected.fingerprint) {
			return { changed: current };
		}
		const bytes = new TextEncoder().encode(content);
		const fingerprint = fingerprintOf(bytes);
		// A sidecar that is a symbolic link: the file it points to is replaced, the link stays (see replacedFile).
		// Its permissions are kept (the rename would give it the temporary file's).
		const replaced = sidecarUri.scheme === 'file' ? await replacedFile(sidecarUri.fsPath) : undefined;
		const readOnly = replaced && !evenReadOnly && readOnlyReason(replaced);
		if (readOnly) {
			throw new Error(`it ${readOnly}`);
		}
		const target = replaced ? vscode.Uri.file(replaced.path) : sidecarUri;
		const temp = vscode.Uri.joinPath(target, '..', sidecarTempNameFor(baseName(target), `${process.pid}-${randomBytes(4).toString('hex')}`));
		this.ownWrites.set(sidecarUri.toString(), fingerprint);
		try {
			await vscode.workspace.fs.writeFile(temp, bytes);
			const mode = replaced?.mode ?? (sidecarUri.scheme === 'file' ? modeIfNew : undefined);
			if (mode !== undefined) {
				await chmod(temp.fsPath, mode);
			}
			await replaceFile(temp, target);
		} catch (error) {
			await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
			this.ownWrites.delete(sidecarUri.toString());
			throw error;
		}
		this.writeEmitter.fire({ uri: sidecarUri, writer });
		return { written: { fingerprint, bytes } };
	}

	/**
	 * Moves the sidecar at `from` to `to`, where there is none, naming `articleName` in its
	 * document: line: written as every sidecar is (a temporary file renamed into place, not over a
	 * file come there meanwhile), then `from` deleted, unless it changed since it was read. Throws
	 * when `to` could not be written: `from` is left as it is. `stillNames`: moved byte for byte, its
	 * document: line out of reach (see `documentRenamed`); `left`: written to `to`, but `from` could
	 * not be deleted (why).
	 */
	async moveNaming(from: vscode.Uri, to: vscode.Uri, articleName: string, maxBytes: number): Promise<{ readonly stillNames?: string; readonly left?: string }> {
		const read = await this.read(from, maxBytes);
		const renaming = 'tooLarge' in read || !read.bytes ? undefined : documentRenamed(read.bytes, articleName);
		if (!renaming || 'stillNames' in renaming) {
			// nothing to change in it that can be changed: moved as it is (reading it says the rest)
			await vscode.workspace.fs.rename(from, to, { overwrite: false });
			return renaming ?? {};
		}
		// with the permissions it had (a sidecar kept private, 0600, stays so)
		const mode = from.scheme === 'file' ? (await replacedFile(from.fsPath)).mode : undefined;
		const written = await this.writeIfUnchanged(to, renaming.renamed, MISSING, maxBytes, false, undefined, mode);
		if ('changed' in written) {
			throw new Error(`${displayPath(to)} was made meanwhile`);
		}
		const now = await this.read(from, maxBytes);
		if ('tooLarge' in now || now.fingerprint !== (read as SidecarSnapshot).fingerprint) {
			return { left: 'it changed meanwhile' };
		}
		try {
			await vscode.workspace.fs.delete(from);
		} catch (error) {
			return { left: error instanceof Error ? error.message : String(error) };
		}
		return {};
	}

	/** True when the sidecar's current bytes are the ones this window wrote last. */
	async isOwnWrite(sidecarUri: vscode.Uri): Promise<boolean> {
		const own = this.ownWrites.get(sidecarUri.toString());
		if (!own) {
			return false;
		}
		try {
			if (fingerprintOf(await vscode.workspace.fs.readFile(sidecarUri)) === own) {
				return true;
			}
		} catch {
			// gone: deleted by someone else
		}
		// Changed by someone else since: should it come back to these bytes later (a merge aborted,
		// a checkout), that is their change, one the session must see (it may be waiting for it).
		this.ownWrites.delete(sidecarUri.toString());
		return false;
	}

	/** Moves a broken sidecar aside (never deletes it) so the person can start a fresh one. */
	async backUpBroken(sidecarUri: vscode.Uri): Promise<vscode.Uri> {
		const stamp = new Date().toISOString().replace(/[:.]/g, '-');
		const backup = vscode.Uri.joinPath(sidecarUri, '..', `${baseName(sidecarUri)}.broken-${stamp}`);
		await vscode.workspace.fs.rename(sidecarUri, backup, { overwrite: false });
		return backup;
	}
}

/**
 * Watchers of the files that sidecars which are symbolic links point to (a sidecar kept in another
 * folder or repository, linked beside its article). VS Code's watchers see a link's own path only:
 * a change of the file it points to (a checkout in the repository that holds it, an edit there)
 * would never be heard of. Each watched sidecar has a key (its article).
 */
export class LinkTargetWatchers implements vscode.Disposable {
	private readonly watched = new Map<string, { readonly target: string; readonly watcher: vscode.Disposable }>();

	/**
	 * `throughFolders`: a sidecar whose folder is reached through a symbolic link (a corpus kept in
	 * another repository, linked into the workspace) is watched where it really is too, as the
	 * workspace's watcher does not follow links into folders. (For open articles: one watcher each.)
	 */
	constructor(
		private readonly log: (message: string) => void = () => undefined,
		private readonly throughFolders = false,
	) {}

	/** Where the sidecar really is, when a symbolic link leads there (see `throughFolders`); undefined otherwise. */
	private async linkedLocation(sidecarUri: vscode.Uri): Promise<string | undefined> {
		if (sidecarUri.scheme !== 'file') {
			return undefined;
		}
		const own = sidecarUri.fsPath;
		if (!this.throughFolders) {
			const isLink = await lstat(own).then((stats) => stats.isSymbolicLink(), () => false);
			return isLink ? (await replacedFile(own)).path : undefined;
		}
		// (compared as the system compares paths: VS Code writes a Windows drive letter in lower case)
		const same = (real: string) => path.relative(own, real) === '';
		let real = (await replacedFile(own)).path;
		if (same(real)) {
			// not there yet (or reached without a link): its folder may be reached through one
			real = path.join(await realpath(path.dirname(own)).catch(() => path.dirname(own)), path.basename(own));
		}
		// outside the workspace (beside the file a linked article leads to, in another repository):
		// the workspace's watcher does not see it either
		return same(real) && vscode.workspace.getWorkspaceFolder(sidecarUri) !== undefined ? undefined : real;
	}

	/**
	 * Looks at the sidecar again (opened, read, or the link itself changed: made, pointed elsewhere,
	 * replaced by a file): watches the file it points to, calling `changed` on its changes, or stops
	 * watching when it is no link (or no longer `wanted` once looked at).
	 */
	async update(key: string, sidecarUri: vscode.Uri, changed: (deleted: boolean) => void, wanted: () => boolean = () => true): Promise<void> {
		const target = await this.linkedLocation(sidecarUri);
		const current = this.watched.get(key);
		if (current?.target === target && (target === undefined || wanted())) {
			return;
		}
		this.forget(key);
		if (target === undefined || !wanted()) {
			return;
		}
		const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(path.dirname(target)), path.basename(target)));
		this.watched.set(key, {
			target,
			watcher: vscode.Disposable.from(
				watcher,
				watcher.onDidChange(() => changed(false)),
				watcher.onDidCreate(() => changed(false)),
				watcher.onDidDelete(() => changed(true)),
			),
		});
		this.log(path.relative(sidecarUri.fsPath, target) === '' ? `${target} is outside the workspace: watched there` : `${displayPath(sidecarUri)} is a link to ${target}: watched there too`);
	}

	forget(key: string): void {
		this.watched.get(key)?.watcher.dispose();
		this.watched.delete(key);
	}

	dispose(): void {
		for (const { watcher } of this.watched.values()) {
			watcher.dispose();
		}
		this.watched.clear();
	}
}
