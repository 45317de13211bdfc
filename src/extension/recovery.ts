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

	/** The articles records are kept for (see `articlesKept`), by record file name: a name is made from its article. */
	private readonly articleOfName = new Map<string, string>();

	/**
	 * The articles decisions are kept for. A record's name is made from its article's URI, so each
	 * record is read once, not at every call (made at each file created on disk: see Container).
	 */
	async articlesKept(): Promise<Set<string>> {
		const names = (await this.entries()).filter(([name, kind]) => kind === vscode.FileType.File && isRecordName(name)).map(([name]) => name);
		const unknown = new Set(names.filter((name) => !this.articleOfName.has(name)));
		if (unknown.size > 0) {
			for (const { uri, record } of await this.read((name) => unknown.has(name))) {
				this.articleOfName.set(uri.path.slice(uri.path.lastIndexOf('/') + 1), record.article);
			}
		}
		const present = new Set(names);
		for (const name of this.articleOfName.keys()) {
			if (!present.has(name)) {
				this.articleOfName.delete(name);
			}
		}
		return new Set(names.flatMap((name) => this.articleOfName.get(name) ?? []));
	}

	/**
	 * Records of articles no longer on disk, each with the files it may have been moved to
	 * outside VS Code (`mv`, `git mv` then a checkout: created as it went). Where one, and one
	 * only, holds the text the record's decisions were made on (its sidecar's `documentHash`), the
	 * article was moved, not deleted: its records follow it (see `move`), to be offered when it is
	 * opened there. Where several hold it (moved, then copied), which one is the article is not
	 * guessed: they are returned as `unsure`, to ask. A candidate not a text file of at most
	 * `maxBytes` is passed over. Returns those that followed, and where.
	 */
	async followMoved(moves: readonly { readonly entry: RecoveredDecisions; readonly candidates: readonly vscode.Uri[] }[], maxBytes: number): Promise<{ followed: { entry: RecoveredDecisions; to: vscode.Uri }[]; unsure: { entry: RecoveredDecisions; places: vscode.Uri[] }[] }> {
		const texts = new Map<string, string | undefined>();
		const followed: { entry: RecoveredDecisions; to: vscode.Uri }[] = [];
		const unsure: { entry: RecoveredDecisions; places: vscode.Uri[] }[] = [];
		for (const { entry, candidates } of moves) {
			const places = await this.withTextOf(entry, candidates, maxBytes, texts);
			if (places.length > 1) {
				this.log.info(`recovery: ${entry.record.article} went as ${places.map(String).join(', ')} came, all with the text its decisions were made on: the person is asked`);
				unsure.push({ entry, places });
			} else if (places.length === 1) {
				const [to] = places;
				this.log.info(`recovery: ${entry.record.article} went as ${to.toString()} came, with the text its decisions were made on: moved, they follow it`);
				await this.move([{ oldUri: vscode.Uri.parse(entry.record.article), newUri: to }]);
				followed.push({ entry, to });
			}
		}
		return { followed, unsure };
	}

	/**
	 * Of `candidates`, the text files (of at most `maxBytes`) holding the text the record's
	 * decisions were made on (its sidecar's `documentHash`), each once; never the record's own article.
	 * `texts` keeps the files read, for several records.
	 */
	async withTextOf(entry: RecoveredDecisions, candidates: readonly vscode.Uri[], maxBytes: number, texts = new Map<string, string | undefined>()): Promise<vscode.Uri[]> {
		const parsed = parseSidecar(entry.record.sidecar);
		const hash = parsed.ok ? parsed.sidecar.documentHash : undefined;
		const found = new Map<string, vscode.Uri>();
		for (const candidate of hash ? candidates : []) {
			const key = candidate.toString();
			if (key === entry.record.article || found.has(key)) {
				continue; // not moved: following itself would write the record over itself, then delete it
			}
			if (!texts.has(key)) {
				texts.set(key, await readArticleText(candidate, maxBytes));
			}
			const text = texts.get(key);
			if (text !== undefined && documentHashOf(text) === hash) {
				found.set(key, candidate);
			}
		}
		return [...found.values()];
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
