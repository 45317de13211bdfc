import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import { decodeRecovery, encodeRecovery, isRecoveryFileOf, MAX_RECOVERY_BYTES, recoveryFileName, recoveryStemFor, type RecoveryRecord } from '../core/sidecar/recovery';
import { parseSidecar } from '../core/sidecar/codec';
import { documentHashOf } from '../core/sidecar/hash';
import { decodeTextFile } from '../core/textfile';
import { fileExists, isSameOrInside, movedUri, replaceFile } from './sidecarFiles';

/** A record of decisions not written, and the file that holds it. */
export interface RecoveredDecisions {
	readonly uri: vscode.Uri;
	readonly record: RecoveryRecord;
}

/** The text of a file of at most `maxBytes`, as an article's (see decodeTextFile); undefined for anything else. */
async function readArticleText(uri: vscode.Uri, maxBytes: number): Promise<string | undefined> {
	try {
		const { type, size } = await vscode.workspace.fs.stat(uri);
		if ((type & vscode.FileType.File) === 0 || size > maxBytes) {
			return undefined;
		}
		const decoded = decodeTextFile(await vscode.workspace.fs.readFile(uri), { maxBytes });
		return decoded.ok ? decoded.text : undefined;
	} catch {
		return undefined;
	}
}

/** A record's file (not one being written: those start with a dot). */
function isRecordName(name: string): boolean {
	return !name.startsWith('.') && name.endsWith('.json');
}

function oldestFirst(a: RecoveredDecisions, b: RecoveredDecisions): number {
	return a.record.savedAt < b.record.savedAt ? -1 : a.record.savedAt > b.record.savedAt ? 1 : 0;
}

/**
 * Records of decisions that could not be written to their sidecars (see RecoveryRecord), in the
 * extension's storage folder, outside the workspace: nothing appears in the person's folder or in
 * git, and the records survive closing the window. Written whole to a temporary file, then
 * renamed, so a crash mid-write leaves the previous record.
 */
export class RecoveryStore {
	constructor(
		/** The folder of records (under the extension's global storage). */
		private readonly folder: vscode.Uri,
		private readonly log: vscode.LogOutputChannel,
	) {}

	/** A name for one session's record: the article, when the session started, a random part. */
	static sessionTag(): string {
		return `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
	}

	async write(articleUri: vscode.Uri, sessionTag: string, record: RecoveryRecord): Promise<vscode.Uri> {
		await vscode.workspace.fs.createDirectory(this.folder);
		const target = vscode.Uri.joinPath(this.folder, recoveryFileName(articleUri.toString(), sessionTag));
		const temp = vscode.Uri.joinPath(this.folder, `.${recoveryFileName(articleUri.toString(), sessionTag)}.${randomBytes(4).toString('hex')}.tmp`);
		try {
			await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(encodeRecovery(record)));
			await replaceFile(temp, target);
		} catch (error) {
			await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
			throw error;
		}
		return target;
	}

	/** The records kept for an article, oldest first. A record that cannot be read is logged and left alone. */
	async list(articleUri: vscode.Uri): Promise<RecoveredDecisions[]> {
		const article = articleUri.toString();
		const found = (await this.read((name) => isRecoveryFileOf(name, article))).filter(({ record }) => record.article === article);
		return found.sort(oldestFirst);
	}

	/**
	 * Records follow their articles renamed or moved (one article, or a folder of them): they are
	 * found by the article's URI, so under the old one they would never be offered again, or be
	 * offered to another article created later under that name.
	 */
	async move(moves: readonly { readonly oldUri: vscode.Uri; readonly newUri: vscode.Uri }[]): Promise<void> {
		const records = await this.read(isRecordName);
		for (const { uri, record } of records) {
			const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
			const article = vscode.Uri.parse(record.article);
			const move = moves.find(({ oldUri }) => isSameOrInside(article, oldUri));
			if (!isRecoveryFileOf(name, record.article) || !move) {
				continue; // a record under another article's name is left alone, as `list` leaves it
			}
			const moved = movedUri(article, move.oldUri, move.newUri);
			const sessionTag = name.slice(recoveryStemFor(record.article).length + 1, -'.json'.length);
			try {
				// written under the new name before the old one goes: a failure leaves one of them
				await this.write(moved, sessionTag, { ...record, article: moved.toString() });
				await this.remove(uri);
				this.log.info(`recovery: ${uri.fsPath} follows its article to ${moved.toString()}`);
			} catch (error) {
				this.log.warn(`recovery: ${uri.fsPath} could not follow its article: ${error instanceof Error ? error.message : String(error)}`);
			}
		}
	}

	/**
	 * Records of an article renamed or moved outside VS Code (`mv` or `git mv` in a shell, with its
	 * sidecar, while decisions waited to be written): kept under the old URI, where no file is any
	 * more, they would never be offered again. Those made on this very text (their sidecar's
	 * `documentHash`) follow it here, as they do a rename made in VS Code (see `move`).
	 */
	async adoptMovedAway(articleUri: vscode.Uri, articleText: string): Promise<void> {
		const article = articleUri.toString();
		const hash = documentHashOf(articleText);
		const moves: { oldUri: vscode.Uri; newUri: vscode.Uri }[] = [];
		for (const { record } of await this.read((name) => isRecordName(name) && !isRecoveryFileOf(name, article))) {
			const oldUri = vscode.Uri.parse(record.article);
			if (record.article === article || oldUri.scheme !== articleUri.scheme || moves.some((move) => move.oldUri.toString() === record.article)) {
				continue;
			}
			const parsed = parseSidecar(record.sidecar);
			if (!parsed.ok || parsed.sidecar.documentHash !== hash || (await fileExists(oldUri))) {
				continue;
			}
			this.log.info(`recovery: decisions kept for ${record.article}, which is gone, were made on the text of ${article}: they follow it there`);
			moves.push({ oldUri, newUri: articleUri });
		}
		if (moves.length > 0) {
			await this.move(moves);
		}
	}

	/**
	 * Records of articles no longer on disk, each with the files it may have been moved to
	 * outside VS Code (`mv`, `git mv` then a checkout: created as it went). Where one holds the
	 * text the record's decisions were made on (its sidecar's `documentHash`), the article was
	 * moved, not deleted: its records follow it (see `move`), to be offered when it is opened there.
	 * A candidate not a text file of at most `maxBytes` is passed over. Returns those that followed, and where.
	 */
	async followMoved(moves: readonly { readonly entry: RecoveredDecisions; readonly candidates: readonly vscode.Uri[] }[], maxBytes: number): Promise<{ entry: RecoveredDecisions; to: vscode.Uri }[]> {
		const texts = new Map<string, string | undefined>();
		const followed: { entry: RecoveredDecisions; to: vscode.Uri }[] = [];
		for (const { entry, candidates } of moves) {
			const parsed = parseSidecar(entry.record.sidecar);
			const hash = parsed.ok ? parsed.sidecar.documentHash : undefined;
			for (const candidate of hash ? candidates : []) {
				const key = candidate.toString();
				if (key === entry.record.article) {
					continue; // not moved: following itself would write the record over itself, then delete it
				}
				if (!texts.has(key)) {
					texts.set(key, await readArticleText(candidate, maxBytes));
				}
				const text = texts.get(key);
				if (text !== undefined && documentHashOf(text) === hash) {
					this.log.info(`recovery: ${entry.record.article} went as ${key} came, with the text its decisions were made on: moved, they follow it`);
					await this.move([{ oldUri: vscode.Uri.parse(entry.record.article), newUri: candidate }]);
					followed.push({ entry, to: candidate });
					break;
				}
			}
		}
		return followed;
	}

	/**
	 * The records of articles no longer on disk (deleted, or moved in a shell and not opened since),
	 * oldest first: no article will be opened to offer them back.
	 */
	async ofMissingArticles(): Promise<RecoveredDecisions[]> {
		const found: RecoveredDecisions[] = [];
		for (const entry of await this.read(isRecordName)) {
			if (!(await fileExists(vscode.Uri.parse(entry.record.article)))) {
				found.push(entry);
			}
		}
		return found.sort(oldestFirst);
	}

	/** The records among the files `wanted` names; one too large or unreadable is logged and left alone. */
	private async read(wanted: (name: string) => boolean): Promise<RecoveredDecisions[]> {
		const found: RecoveredDecisions[] = [];
		for (const [name, kind] of await this.entries()) {
			if (kind !== vscode.FileType.File || !wanted(name)) {
				continue;
			}
			const uri = vscode.Uri.joinPath(this.folder, name);
			try {
				const { size } = await vscode.workspace.fs.stat(uri);
				if (size > MAX_RECOVERY_BYTES) {
					this.log.warn(`recovery: ${uri.fsPath} is ${size} bytes, over ${MAX_RECOVERY_BYTES}; left alone`);
					continue;
				}
				const decoded = decodeRecovery(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
				if ('problem' in decoded) {
					this.log.warn(`recovery: ${uri.fsPath} cannot be read (${decoded.problem}); left alone`);
				} else {
					found.push({ uri, record: decoded });
				}
			} catch (error) {
				this.log.warn(`recovery: ${uri.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
			}
		}
		return found;
	}

	/** The folder's entries; made first, so that a folder never written to is not a failed read (logged by VS Code). */
	private async entries(): Promise<[string, vscode.FileType][]> {
		try {
			await vscode.workspace.fs.createDirectory(this.folder);
			return await vscode.workspace.fs.readDirectory(this.folder);
		} catch (error) {
			this.log.warn(`recovery: ${this.folder.fsPath} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
			return [];
		}
	}

	async remove(uri: vscode.Uri): Promise<void> {
		await vscode.workspace.fs.delete(uri).then(undefined, (error: unknown) => {
			this.log.warn(`recovery: could not delete ${uri.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
		});
	}
}
