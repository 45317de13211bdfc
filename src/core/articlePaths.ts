/** Paths of the workspace's articles (URI paths: `/`-separated, absolute), for the Documents tree. */

/** The folders that hold a path, nearest first, without the root: `/a/b/c.txt` → `/a/b`, `/a`. */
export function enclosingFolders(path: string): string[] {
	const folders: string[] = [];
	for (let end = path.lastIndexOf('/'); end > 0; end = path.lastIndexOf('/', end - 1)) {
		folders.push(path.slice(0, end));
	}
	return folders;
}

/**
 * How many articles each folder holds, at any depth. A file watcher reports a deleted folder
 * without the files it held: this tells in one look-up whether the folder held articles at all,
 * so that only such a deletion walks the articles.
 */
export class FolderIndex {
	private readonly counts = new Map<string, number>();

	add(path: string): void {
		for (const folder of enclosingFolders(path)) {
			this.counts.set(folder, (this.counts.get(folder) ?? 0) + 1);
		}
	}

	/** Forgets a path given to `add` once (its folders are forgotten with their last article). */
	remove(path: string): void {
		for (const folder of enclosingFolders(path)) {
			const count = this.counts.get(folder) ?? 0;
			if (count > 1) {
				this.counts.set(folder, count - 1);
			} else {
				this.counts.delete(folder);
			}
		}
	}

	/** True when an article added (and not removed) is inside `folder`, at any depth. */
	holds(folder: string): boolean {
		return this.counts.has(folder.length > 1 && folder.endsWith('/') ? folder.slice(0, -1) : folder);
	}

	/** How many folders hold articles (for tests: they are forgotten with their last article). */
	get size(): number {
		return this.counts.size;
	}
}

/** True when `path` is `folder` or inside it. */
export function isSameOrInsideFolder(path: string, folder: string): boolean {
	const prefix = folder.endsWith('/') ? folder : `${folder}/`;
	return path === folder || path.startsWith(prefix);
}

/**
 * An article's file name as a person reads it: the same letters written precomposed or not (a
 * name made on macOS) are one name.
 */
export function fileNameOf(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1).normalize('NFC');
}

/** The file names (see `fileNameOf`) that more than one of the paths ends with. */
export function sharedFileNames(paths: Iterable<string>): Set<string> {
	const seen = new Set<string>();
	const shared = new Set<string>();
	for (const path of paths) {
		const name = fileNameOf(path);
		if (seen.has(name)) {
			shared.add(name);
		} else {
			seen.add(name);
		}
	}
	return shared;
}

/**
 * The folder of a path relative to the workspace, as the tree writes it to tell files of the same
 * name apart: `a/b/report.txt` → `a/b/`, `report.txt` → `./`. A path outside the workspace is
 * absolute, with the system's separators.
 */
export function folderOf(relativePath: string): string {
	const end = Math.max(relativePath.lastIndexOf('/'), relativePath.lastIndexOf('\\'));
	return end < 0 ? './' : relativePath.slice(0, end + 1);
}
