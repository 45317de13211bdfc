import * as path from 'node:path';
import * as vscode from 'vscode';
import { DocumentAnnotations } from '../core/document';
import { fileNameOf, FolderIndex, isSameOrInsideFolder, sharedFileNames } from '../core/articlePaths';
import type { DetectedEntity, LanguageCode } from '../core/types';
import { languageLabel } from '../core/language';
import { formatProblemWithoutFile } from '../core/sidecar/model';
import { articleNameForSidecar, isSidecarName, isSidecarTempName } from '../core/sidecar/paths';
import { decodeTextFile, tooLargeMessage } from '../core/textfile';
import { readArticleGlobs, type Settings } from './config';
import { DetectionOff, SummaryCancelled, type DetectionClient } from './detectionClient';
import type { ArticleSession } from './session';
import { baseName, fileExists, isMissing, isSameOrInside, LinkTargetWatchers, realPathOf, realPathOfSync, sidecarHomeFor } from './sidecarFiles';
import type { SidecarThread } from './sidecarThread';
import { computeLineStarts, type ArticleSummary } from './summary';

/** Excluded from article discovery: build output and dependencies are never articles. */
export const SEARCH_EXCLUDE = '{**/node_modules/**,**/.git/**,**/dist/**,**/out/**,**/.vscode-test/**}';
/** How long created paths are gathered before looking for folders among them. */
const CREATED_QUIET_MS = 500;
/** Created paths asked about one by one; more than this and the articles are simply searched again. */
const MAX_CREATED_STATS = 200;
/** Articles scanned at the same time in the background (reading + detection in the worker). */
const SCAN_CONCURRENCY = 2;

export interface ArticleRecord {
	readonly uri: vscode.Uri;
	summary?: ArticleSummary;
	/** The decisions and the detector's suggestions behind `summary`, from a scan or a closing session (names learned later update it). */
	annotations?: DocumentAnnotations;
	/** Why it could not be scanned (binary, too large, unreadable). */
	error?: string;
	/** `error` came from detecting the text (detection off, the worker failing), not from the files. */
	errorFromDetection?: boolean;
	scanned: boolean;
}

/**
 * Every article of the workspace, open or not: found by the article globs and by sidecars, and
 * summarised in the background (sidecar decisions plus detection in the worker) for the tree.
 * Open articles are summarised live from their session instead.
 */
export class Corpus implements vscode.Disposable {
	private readonly records = new Map<string, ArticleRecord>();
	/** The folders of the records' paths (see `deletedOnDisk`). */
	private readonly folders = new FolderIndex();
	/**
	 * Articles deleted on disk while open: listed while their editor holds them (saving brings the
	 * file back), gone when their session closes.
	 */
	private readonly deletedWhileOpen = new Set<string>();
	/**
	 * One article reached by several paths (a symbolic link to a folder or to a file, in the
	 * workspace or out of it) is listed once: under its real path when the workspace holds it
	 * there, else under the first of its paths in the tree's order. Its other paths lead to it:
	 * each one's key → the listed article's key, and the other way (see `keyOf`, `openSession`).
	 */
	private readonly aliasOf = new Map<string, string>();
	private readonly aliasesOf = new Map<string, vscode.Uri[]>();
	/** The listed articles' real paths (see `realPathOf`) → their keys, and back. */
	private readonly byRealPath = new Map<string, string>();
	private readonly realPaths = new Map<string, string>();
	/** Articles no glob matches, listed because a sidecar is beside them: they leave with it. */
	private readonly onlyBySidecar = new Set<string>();
	/** The articles sorted, and the file names several of them have; kept until one is added or removed. */
	private listing: { readonly sorted: readonly ArticleRecord[]; readonly sharedNames: ReadonlySet<string> } | undefined;
	/** Articles waiting to be scanned, in order (a set: discovering thousands must not compare each with all). */
	private readonly queue = new Set<string>();
	/** Articles whose reading failed because detection was off (see `readAgainWhatDetectionMissed`). */
	private readonly missedByDetection = new Set<string>();
	private active = 0;
	/** How many times each article was read (and detected) in the background, and given up, for tests. */
	private readonly scansStarted = new Map<string, number>();
	private readonly scansCancelled = new Map<string, number>();
	/** Scans under way, stopped when their article is opened or read again. */
	private readonly scanning = new Map<string, AbortController>();
	private generation = 0;
	private readonly changeEmitter = new vscode.EventEmitter<vscode.Uri | undefined>();
	/** An article was added, removed or re-summarised (undefined: many changed). */
	readonly onDidChange = this.changeEmitter.event;
	private readonly deletionEmitter = new vscode.EventEmitter<vscode.Uri>();
	/** A file or folder of the workspace was deleted on disk, article or not (see `watch`). */
	readonly onDidDeleteOnDisk = this.deletionEmitter.event;
	private readonly creationEmitter = new vscode.EventEmitter<vscode.Uri>();
	/** A file or folder was created on disk in the workspace, article or not. */
	readonly onDidCreateOnDisk = this.creationEmitter.event;
	private watchers: vscode.Disposable[] = [];
	/**
	 * Watchers of the folders outside the workspace that symbolic links lead to (a corpus kept in
	 * another repository, linked in), by their real path: VS Code's watcher does not follow links,
	 * so a change there (a pull in that repository) would never reach the tree (see `watchLinkedFolders`).
	 */
	private readonly linkedFolders = new Map<string, vscode.Disposable>();
	/** Paths created since the last look for new folders (see `created`). */
	private createdLately: vscode.Uri[] = [];
	private createdTimer: NodeJS.Timeout | undefined;
	private disposed = false;
	private discovered: Promise<void> = Promise.resolve();

	/** The files that articles' sidecars point to when they are symbolic links: a change there is one of the sidecar. */
	private readonly linkTargets = new LinkTargetWatchers();
	private readonly summaryChanges: vscode.Disposable;
	private readonly renames: vscode.Disposable;
	private readonly folderChanges: vscode.Disposable;

	constructor(
		private readonly settings: () => Settings,
		private readonly detection: DetectionClient,
		private readonly sessionFor: (uri: vscode.Uri) => ArticleSession | undefined,
		private readonly sidecars: Pick<SidecarThread, 'load'>,
	) {
		this.summaryChanges = vscode.Disposable.from(
			detection.onSummaryChanged(({ key, entities }) => this.learnedNamesChanged(key, entities)),
			// articles read while detection was off are read again once a worker runs
			detection.onDidBecomeReady(() => this.readAgainWhatDetectionMissed()),
		);
		this.renames = vscode.workspace.onDidRenameFiles((event) => void this.renamed(event.files));
		// a folder added to the workspace brings its articles, a folder removed takes them away
		this.folderChanges = vscode.workspace.onDidChangeWorkspaceFolders(() => {
			this.listing = undefined; // folders reordered: the same articles in another order
			void this.refresh();
		});
	}

	/**
	 * Every article, folder by folder in the workspace's order (as the Explorer lists them, and as
	 * Next Article to Review goes), sorted by path within each; those outside the folders last.
	 */
	get articles(): readonly ArticleRecord[] {
		return this.list().sorted;
	}

	/** True when another article has the same file name (the tree then shows their folders). */
	sharesName(uri: vscode.Uri): boolean {
		return this.list().sharedNames.has(fileNameOf(uri.path));
	}

	private list(): NonNullable<Corpus['listing']> {
		if (!this.listing) {
			const sorted = inListOrder([...this.records.values()], (record) => record.uri);
			this.listing = { sorted, sharedNames: sharedFileNames(sorted.map((record) => record.uri.path)) };
		}
		return this.listing;
	}

	/** The article `uri` is, by the path it is listed under or by another path to it (see `aliasOf`). */
	get(uri: vscode.Uri): ArticleRecord | undefined {
		return this.records.get(this.keyOf(uri));
	}

	/** The key of the listed article `uri` leads to (itself, unless it is another path to one). */
	private keyOf(uri: vscode.Uri | string): string {
		const key = uri.toString();
		return this.aliasOf.get(key) ?? key;
	}

	/** The session of an article open by its listed path or by another path to it. */
	openSessionOf(record: ArticleRecord): ArticleSession | undefined {
		const own = this.sessionFor(record.uri);
		if (own) {
			return own;
		}
		for (const alias of this.aliasesOf.get(record.uri.toString()) ?? []) {
			const session = this.sessionFor(alias);
			if (session) {
				return session;
			}
		}
		return undefined;
	}

	/** `alias` is another path to the article listed as `key`. */
	private addAlias(alias: vscode.Uri, key: string): void {
		if (this.aliasOf.get(alias.toString()) === key) {
			return;
		}
		this.forgetAlias(alias.toString());
		this.aliasOf.set(alias.toString(), key);
		this.aliasesOf.set(key, [...(this.aliasesOf.get(key) ?? []), alias]);
	}

	private forgetAlias(aliasKey: string): void {
		const key = this.aliasOf.get(aliasKey);
		if (key === undefined) {
			return;
		}
		this.aliasOf.delete(aliasKey);
		const rest = (this.aliasesOf.get(key) ?? []).filter((uri) => uri.toString() !== aliasKey);
		if (rest.length > 0) {
			this.aliasesOf.set(key, rest);
		} else {
			this.aliasesOf.delete(key);
		}
	}

	/** Resolves once the latest discovery has finished (a superseded one returns without listing). */
	get ready(): Promise<void> {
		return this.latestDiscovery();
	}

	private async latestDiscovery(): Promise<void> {
		for (let current = this.discovered; ; current = this.discovered) {
			await current;
			if (current === this.discovered) return;
		}
	}

	/** How many times the article was read (and detected) in the background. */
	scansOf(uri: vscode.Uri): number {
		return this.scansStarted.get(uri.toString()) ?? 0;
	}

	/** Articles waiting for the background reader or being read by it. */
	get backgroundReadsPending(): number {
		return this.queue.size + this.active;
	}

	/** How many of them were given up (the article was opened, or read again meanwhile). */
	cancelledScansOf(uri: vscode.Uri): number {
		return this.scansCancelled.get(uri.toString()) ?? 0;
	}

	/**
	 * Each workspace folder's article globs (see `readArticleGlobs`), read again by `refresh`; read
	 * at once too, as the files open at activation are matched before the first refresh.
	 */
	private folderGlobs = readFolderGlobs();

	/** Finds the articles again (start, settings changed, workspace folders changed, refresh command). */
	refresh(): Promise<void> {
		this.folderGlobs = readFolderGlobs();
		this.watch();
		// a change on disk may start another discovery meanwhile, and this one then lists nothing:
		// the command ends when the list is current («Refresh» then a look at the tree)
		void this.rediscover();
		return this.latestDiscovery();
	}

	private rediscover(): Promise<void> {
		this.generation++;
		this.discovered = this.discover(this.generation);
		return this.discovered;
	}

	/** True when an open document is an article: found by discovery, or matching an article glob. */
	matches(document: vscode.TextDocument): boolean {
		if (this.records.has(this.keyOf(document.uri))) {
			return true;
		}
		const folder = vscode.workspace.getWorkspaceFolder(document.uri);
		const globs = this.folderGlobs.find((entry) => entry.folder.uri.toString() === folder?.uri.toString())?.globs ?? this.settings().articleGlobs;
		// a glob matches the whole path (as before folders could have globs of their own) or the path in the folder
		return globs.some((glob) => vscode.languages.match({ pattern: glob }, document) > 0 || (folder !== undefined && vscode.languages.match({ pattern: new vscode.RelativePattern(folder, glob) }, document) > 0));
	}

	/** Adds one article (e.g. a file a person chose to annotate) and summarises it. */
	add(uri: vscode.Uri): void {
		let key = this.keyOf(uri);
		// resolved once, and only for an article not listed yet (a synchronous call on the extension host)
		const real = this.records.has(key) ? undefined : realPathOfSync(uri);
		if (!this.records.has(key)) {
			// another path to an article listed (opened through a link): it leads there
			const listed = real === undefined ? undefined : this.byRealPath.get(real);
			if (listed !== undefined && listed !== key) {
				this.addAlias(uri, listed);
				key = listed;
			}
		}
		// an article deleted while open and saved again (or created again) stays
		this.deletedWhileOpen.delete(key);
		if (!this.records.has(key)) {
			this.insert(key, uri, real);
			this.changeEmitter.fire(undefined);
		}
	}

	/** Adds an article whose sidecar appeared (see `onlyBySidecar`). */
	addNamedBySidecar(uri: vscode.Uri): void {
		if (!this.get(uri)) {
			this.onlyBySidecar.add(uri.toString());
		}
		this.add(uri);
	}

	/**
	 * An article's sidecar was deleted on disk: an article only its sidecar made one leaves the
	 * list (unless it is open), the others are read again.
	 */
	sidecarDeleted(uri: vscode.Uri): void {
		const key = this.keyOf(uri);
		const record = this.records.get(key);
		if (record && this.onlyBySidecar.has(key) && !this.openSessionOf(record)) {
			this.drop(key, record);
			this.changeEmitter.fire(undefined);
			return;
		}
		this.invalidate(uri);
	}

	/**
	 * Reads every article that is not open again: the detection settings changed (threshold,
	 * labels, languages, models, detection on or off), so their lines were made otherwise. Each
	 * keeps its line until its new one is made.
	 */
	rereadAll(): void {
		for (const record of this.records.values()) {
			if (!this.openSessionOf(record)) {
				this.invalidate(record.uri);
			} else {
				this.leaveToSession(record);
			}
		}
	}

	/**
	 * An open article's line is its session's, but an error of a reading made before it opened
	 * was shown over it: once detection can run again, an error from detecting goes (the session
	 * detects the text itself; closing it adopts its summary or reads the files again).
	 */
	private leaveToSession(record: ArticleRecord): void {
		if (record.error !== undefined && record.errorFromDetection) {
			record.error = undefined;
			record.errorFromDetection = false;
			this.changeEmitter.fire(record.uri);
		}
	}

	/** Re-summarises one article (its sidecar changed, or its session closed). */
	invalidate(uri: vscode.Uri): void {
		const record = this.get(uri);
		if (record) {
			record.scanned = false;
			this.enqueue(record.uri);
		}
	}

	/**
	 * An article's session closed knowing what a scan of its saved files would find (see
	 * `ArticleSession.savedFilesSummary`): the tree shows it at once instead of the summary from
	 * before the session, and the article is not read and detected again; `annotations` (the
	 * session's, no longer changed) follow learned names as a scan's do.
	 */
	adopt(uri: vscode.Uri, summary: ArticleSummary, annotations: DocumentAnnotations): void {
		const record = this.records.get(uri.toString());
		if (!record && this.get(uri)) {
			// closed as another path to a listed article: the worker keeps its detection under that
			// path, which names no article, so the listed one is read again instead
			this.detection.forgetSummary(uri.toString());
			this.invalidate(uri);
		} else if (record) {
			record.summary = summary;
			record.annotations = annotations;
			record.error = undefined;
			record.errorFromDetection = false;
			record.scanned = true;
			this.changeEmitter.fire(uri);
		} else {
			// no longer an article (deleted): the worker need not keep its detection as a summary
			this.detection.forgetSummary(uri.toString());
		}
	}

	/**
	 * An article was opened: its session summarises it from now on, so a scan under way stops (the
	 * worker drops its detection) and a waiting one is skipped.
	 */
	sessionOpened(uri: vscode.Uri): void {
		const key = this.keyOf(uri);
		this.scanning.get(key)?.abort();
		this.detection.forgetSummary(key);
	}

	/**
	 * An article's session is closing: a scan still waiting (the first one, or one asked for while
	 * the session was open) is dropped, as the close ends by adopting the session's summary or
	 * asking for a scan again. An article whose file was deleted meanwhile leaves the list, as does
	 * one outside every workspace folder (its folder was removed from the workspace while it was
	 * open, or it was opened from elsewhere), which discovery keeps only while it is open.
	 */
	sessionClosing(uri: vscode.Uri): void {
		const key = this.keyOf(uri);
		const record = this.records.get(key);
		if (record && (this.deletedWhileOpen.has(key) || !vscode.workspace.getWorkspaceFolder(record.uri))) {
			this.drop(key, record);
			this.changeEmitter.fire(undefined);
			return;
		}
		if (record) {
			// from before the session: no learned names are to be placed in them any more
			record.annotations = undefined;
		}
		this.queue.delete(key);
	}

	/**
	 * Names the person taught changed the suggestions of an article that is not open: its line in
	 * the tree follows (decisions as they were read; the model was not run again).
	 */
	private learnedNamesChanged(key: string, entities: DetectedEntity[]): void {
		const record = this.records.get(key);
		const annotations = record?.annotations;
		if (!record?.summary || !annotations || this.openSessionOf(record)) {
			return;
		}
		annotations.setDetected(entities);
		record.summary = { ...record.summary, entities: annotations.allEntities(), orphans: annotations.orphans };
		this.changeEmitter.fire(record.uri);
	}

	/** The live summary of an open article changed. */
	sessionChanged(uri: vscode.Uri): void {
		const record = this.get(uri);
		if (record) {
			this.changeEmitter.fire(record.uri);
		}
	}

	summaryOf(record: ArticleRecord): ArticleSummary | undefined {
		const session = this.openSessionOf(record);
		if (session) {
			const model = session.model;
			return {
				language: session.profile ? languageLabel(session.profile) : record.summary?.language ?? '…',
				rightToLeft: session.profile?.rightToLeft ?? record.summary?.rightToLeft ?? false,
				// Built only when the tree expands the article: a long one has tens of thousands.
				get entities() {
					return model.allEntities();
				},
				counts: model.counts(),
				orphans: model.orphans,
				problem: session.readOnlyReason,
			};
		}
		return record.summary;
	}

	private async discover(generation: number): Promise<void> {
		const found = new Map<string, vscode.Uri>();
		for (const pattern of searchPatterns(this.folderGlobs)) {
			let uris: vscode.Uri[];
			try {
				uris = await vscode.workspace.findFiles(pattern, SEARCH_EXCLUDE);
			} catch (error) {
				// a glob typed by hand («notes/[»): the others still find their articles
				this.reportUnusableGlob(pattern, error);
				continue;
			}
			for (const uri of uris) {
				if (!isSidecarName(baseName(uri))) {
					found.set(uri.toString(), uri);
				}
			}
		}
		const namedBySidecars: vscode.Uri[] = [];
		for (const sidecar of await vscode.workspace.findFiles('**/*.annotations.yaml', SEARCH_EXCLUDE)) {
			const article = articleNameForSidecar(baseName(sidecar));
			if (article) {
				const uri = vscode.Uri.joinPath(sidecar, '..', article);
				if (!found.has(uri.toString())) {
					namedBySidecars.push(uri);
				}
			}
		}
		// a sidecar left behind by an article deleted or moved in a shell (rm, mv) names no article
		const present = await Promise.all(namedBySidecars.map((uri) => fileExists(uri)));
		namedBySidecars.forEach((uri, index) => present[index] && found.set(uri.toString(), uri));
		const { listed, aliases, realPaths } = await listedOnce([...found.values()]);
		if (generation !== this.generation) {
			return;
		}
		this.onlyBySidecar.clear();
		namedBySidecars.forEach((uri, index) => present[index] && !aliases.has(uri.toString()) && this.onlyBySidecar.add(uri.toString()));
		// paths to an article open through them stay known, found again or not (opened from outside)
		for (const aliasKey of [...this.aliasOf.keys()]) {
			if (!aliases.has(aliasKey) && !this.sessionFor(vscode.Uri.parse(aliasKey))) {
				this.forgetAlias(aliasKey);
			}
		}
		for (const [key, record] of this.records) {
			// listed until now under a path that is now another one to it: its session (if it is open) is found through it
			if (aliases.has(key) || (!listed.has(key) && !this.openSessionOf(record))) {
				this.drop(key, record);
			}
		}
		for (const [key, uri] of listed) {
			if (!this.records.has(key)) {
				this.insert(key, uri, realPaths.get(key));
			} else {
				this.setRealPath(key, realPaths.get(key)); // a link pointed elsewhere since
			}
		}
		for (const { uri, of } of aliases.values()) {
			this.addAlias(uri, of);
		}
		void this.watchLinkedFolders();
		void vscode.commands.executeCommand('setContext', 'articleAnnotator.hasArticles', this.records.size > 0);
		this.changeEmitter.fire(undefined);
	}

	/** Globs already said to be unusable, so that each refresh does not say it again. */
	private readonly unusableGlobs = new Set<string>();

	private reportUnusableGlob(pattern: vscode.GlobPattern, error: unknown): void {
		const glob = typeof pattern === 'string' ? pattern : pattern.pattern;
		if (this.unusableGlobs.has(glob)) {
			return;
		}
		this.unusableGlobs.add(glob);
		const message = error instanceof Error ? error.message : String(error);
		void vscode.window.showWarningMessage(`Article Annotator: the glob «${glob}» in articleAnnotator.articleGlobs cannot be used (${message}); the articles of the other globs are listed.`);
	}

	private watch(): void {
		for (const watcher of this.watchers) {
			watcher.dispose();
		}
		this.watchers = [];
		for (const pattern of searchPatterns(this.folderGlobs)) {
			const watcher = vscode.workspace.createFileSystemWatcher(pattern);
			watcher.onDidCreate((uri) => {
				this.onlyBySidecar.delete(uri.toString());
				this.add(uri);
			});
			watcher.onDidChange((uri) => this.invalidate(uri));
			this.watchers.push(watcher);
		}
		// Deletions are all taken here, of articles as of folders: a deleted folder is reported alone,
		// never the files it held (rm -rf, a folder renamed or moved), and a file no glob matches
		// (annotated by hand) is watched by no other watcher. One that held no article costs a
		// look-up. The files of a folder just created (unzip, git pull, mv from elsewhere) may never
		// be reported either (parcel-bundler/watcher#97): creations are looked at too.
		const everything = vscode.workspace.createFileSystemWatcher('**', false, true, false);
		everything.onDidDelete((uri) => {
			this.deletedOnDisk(uri);
			this.deletionEmitter.fire(uri);
		});
		everything.onDidCreate((uri) => {
			this.created(uri);
			this.creationEmitter.fire(uri);
		});
		this.watchers.push(everything);
	}

	/** Something was created: if a folder was among what was created lately, the articles are found again. */
	private created(uri: vscode.Uri): void {
		if (this.records.has(uri.toString()) || isSidecarName(baseName(uri)) || isSidecarTempName(baseName(uri))) {
			return;
		}
		this.createdLately.push(uri);
		this.createdTimer ??= setTimeout(() => void this.lookAtCreated(), CREATED_QUIET_MS);
	}

	private async lookAtCreated(): Promise<void> {
		const batch = this.createdLately;
		this.createdLately = [];
		this.createdTimer = undefined;
		// past a few hundred, one search costs less than asking about each
		const folderAmong = batch.length > MAX_CREATED_STATS || (await Promise.all(batch.map((uri) => Promise.resolve(vscode.workspace.fs.stat(uri)).then((stat) => (stat.type & vscode.FileType.Directory) !== 0, () => false)))).includes(true);
		if (folderAmong && !this.disposed) {
			await this.rediscover();
		}
	}

	/** Something was deleted on disk: an article, or a folder holding articles. */
	private deletedOnDisk(uri: vscode.Uri): void {
		// a file no article glob watches (annotated by hand, or listed for its sidecar) is seen here only
		const record = this.records.get(uri.toString());
		if (record) {
			if (this.deleted(uri.toString(), record)) {
				this.changeEmitter.fire(undefined);
			}
			return;
		}
		if (!this.folders.holds(uri.path)) {
			return;
		}
		let removed = false;
		for (const [key, inside] of this.records) {
			if (isSameOrInside(inside.uri, uri)) {
				removed = this.deleted(key, inside) || removed;
			}
		}
		if (removed) {
			this.changeEmitter.fire(undefined);
		}
	}

	/**
	 * The article's file is gone: it leaves the list, unless it is open (see `deletedWhileOpen`),
	 * as discovery keeps open articles. Returns whether it left.
	 */
	private deleted(key: string, record: ArticleRecord): boolean {
		if (this.openSessionOf(record)) {
			this.deletedWhileOpen.add(key);
			return false;
		}
		this.drop(key, record);
		return true;
	}

	/**
	 * A folder renamed or moved in VS Code is reported as a new folder without the files in it, and
	 * the globs may match its files otherwise under the new path: the articles are found again.
	 */
	private async renamed(files: readonly { readonly newUri: vscode.Uri }[]): Promise<void> {
		const isFolder = await Promise.all(files.map(({ newUri }) => Promise.resolve(vscode.workspace.fs.stat(newUri)).then((stat) => (stat.type & vscode.FileType.Directory) !== 0, () => false)));
		if (isFolder.includes(true)) {
			await this.rediscover();
		}
	}

	/** Lists an article; `real` is its real path as already resolved (undefined: none), never looked up here. */
	private insert(key: string, uri: vscode.Uri, real: string | undefined): void {
		this.records.set(key, { uri, scanned: false });
		this.setRealPath(key, real);
		this.folders.add(uri.path);
		this.listing = undefined;
		this.enqueue(uri);
	}

	/** Forgets an article: its record, its place in the folders, a scan under way and its summary in the worker. */
	private drop(key: string, record: ArticleRecord): void {
		this.records.delete(key);
		this.folders.remove(record.uri.path);
		this.deletedWhileOpen.delete(key);
		this.onlyBySidecar.delete(key);
		this.scanning.get(key)?.abort();
		this.linkTargets.forget(key);
		this.detection.forgetSummary(key);
		this.setRealPath(key, undefined);
		for (const alias of this.aliasesOf.get(key) ?? []) {
			this.forgetAlias(alias.toString());
		}
		this.listing = undefined;
	}

	/**
	 * Watches the folders outside the workspace that the listed articles really are in, reached
	 * through symbolic links (see `linkedFolders`): a sidecar or an article changed, made or deleted
	 * there reads its article again, as the workspace's watcher does for the others.
	 */
	private async watchLinkedFolders(): Promise<void> {
		const generation = this.generation;
		const wanted = await linkedFoldersOutside([...this.records.values()].flatMap((record) => {
			const real = this.realPaths.get(record.uri.toString());
			return real === undefined || record.uri.scheme !== 'file' ? [] : [{ path: record.uri.fsPath, real }];
		}));
		if (generation !== this.generation || this.disposed) {
			return; // found again meanwhile: that finding watches
		}
		for (const [folder, watcher] of this.linkedFolders) {
			if (!wanted.includes(folder)) {
				watcher.dispose();
				this.linkedFolders.delete(folder);
			}
		}
		for (const folder of wanted.filter((folder) => !this.linkedFolders.has(folder))) {
			const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(folder), '**'));
			const changed = (uri: vscode.Uri) => this.changedInLinkedFolder(uri);
			this.linkedFolders.set(folder, vscode.Disposable.from(watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed)));
		}
	}

	/** Something changed in a folder a symbolic link leads to: the article it is (or whose sidecar it is) is read again. */
	private changedInLinkedFolder(uri: vscode.Uri): void {
		const name = baseName(uri);
		const article = articleNameForSidecar(name);
		const real = article === undefined ? uri.fsPath : path.join(path.dirname(uri.fsPath), article);
		const key = this.byRealPath.get(real);
		const record = key === undefined ? undefined : this.records.get(key);
		if (record && !isSidecarTempName(name) && !this.openSessionOf(record)) {
			this.invalidate(record.uri);
		}
	}

	/** Keeps the real path of the article listed as `key` (undefined: forgets it). */
	private setRealPath(key: string, real: string | undefined): void {
		const before = this.realPaths.get(key);
		if (before === real) {
			return;
		}
		if (before !== undefined) {
			this.realPaths.delete(key);
			if (this.byRealPath.get(before) === key) {
				this.byRealPath.delete(before);
			}
		}
		if (real !== undefined && !this.byRealPath.has(real)) {
			this.byRealPath.set(real, key);
			this.realPaths.set(key, real);
		}
	}

	private readAgainWhatDetectionMissed(): void {
		const missed = [...this.missedByDetection];
		this.missedByDetection.clear();
		for (const key of missed) {
			const record = this.records.get(key);
			if (record && !this.openSessionOf(record)) {
				this.invalidate(record.uri);
			} else if (record) {
				this.leaveToSession(record);
			}
		}
	}

	private enqueue(uri: vscode.Uri): void {
		const key = uri.toString();
		this.queue.add(key);
		this.pump();
	}

	private pump(): void {
		while (this.active < SCAN_CONCURRENCY && this.queue.size > 0) {
			const key = this.queue.values().next().value as string;
			this.queue.delete(key);
			const record = this.records.get(key);
			if (!record || this.openSessionOf(record)) {
				continue;
			}
			this.active++;
			void this.scan(record).finally(() => {
				this.active--;
				this.pump();
			});
		}
	}

	/**
	 * Reads an article's text as a scan does; one that cannot be an article (over the size limit,
	 * binary, not in a known encoding) gets the reason as its error. Throws when it cannot be read.
	 */
	private async readText(record: ArticleRecord, settings: Settings): Promise<{ ok: true; text: string } | { ok: false }> {
		// an article over the limit is refused by its size, not read whole first
		const { size } = await vscode.workspace.fs.stat(record.uri);
		const decoded = size > settings.maxArticleBytes ? { ok: false as const, message: tooLargeMessage(size, settings.maxArticleBytes) } : decodeTextFile(await vscode.workspace.fs.readFile(record.uri), { maxBytes: settings.maxArticleBytes });
		if (!decoded.ok) {
			record.error = decoded.message;
			record.errorFromDetection = false;
			record.summary = undefined;
			return { ok: false };
		}
		return { ok: true, text: decoded.text };
	}

	/**
	 * Whether an article not read yet can have suggestions to review, found by reading its file
	 * only (Next Article to Review must not stop on a binary or empty file): one that cannot be an
	 * article shows why in the tree at once.
	 */
	async mayHaveSuggestions(record: ArticleRecord): Promise<boolean> {
		try {
			const read = await this.readText(record, this.settings());
			if (!read.ok) {
				this.changeEmitter.fire(record.uri);
			}
			return read.ok && /\S/u.test(read.text);
		} catch {
			return false; // gone or unreadable: its scan says why
		}
	}

	private async scan(record: ArticleRecord): Promise<void> {
		const key = record.uri.toString();
		this.scansStarted.set(key, this.scansOf(record.uri) + 1);
		const settings = this.settings();
		// a scan still under way for this article read an older file: its answer is not wanted either
		this.scanning.get(key)?.abort();
		const givenUp = new AbortController();
		this.scanning.set(key, givenUp);
		let cancelled = false;
		let detecting = false;
		let gone = false;
		try {
			const decoded = await this.readText(record, settings);
			if (!decoded.ok) {
				return;
			}
			const model = new DocumentAnnotations();
			let problem: string | undefined;
			let languageSet: LanguageCode | undefined;
			// beside the file a symbolic link leads to, for an article that is one (see `sidecarHomeFor`)
			const { uri: sidecarUri, articleName } = sidecarHomeFor(record.uri);
			void this.linkTargets.update(key, sidecarUri, () => this.invalidate(record.uri), () => this.records.get(key) === record);
			const bytes = await vscode.workspace.fs.readFile(sidecarUri).then(
				(value) => value,
				() => undefined,
			);
			if (bytes) {
				// Read and placed off the extension host: a sidecar can hold thousands of annotations.
				const loaded = await this.sidecars.load({ bytes, maxBytes: settings.maxSidecarBytes, diskText: decoded.text, labels: settings.labels.map((label) => label.name), documentName: articleName });
				if (loaded.ok) {
					model.replaceAll(loaded.bound.annotations, loaded.bound.orphans);
					languageSet = loaded.parsed.sidecar.language;
				} else {
					const first = loaded.parsed.problems.find((p) => p.severity === 'error') ?? loaded.parsed.problems[0];
					problem = first ? formatProblemWithoutFile(first) : 'cannot be read';
				}
			}
			let language = 'und';
			let rightToLeft = false;
			if (settings.detectionEnabled) {
				detecting = true;
				const detected = await this.detection.summarize(key, decoded.text, givenUp.signal, languageSet);
				model.setDetected(detected.entities);
				language = languageLabel(detected.profile);
				rightToLeft = detected.profile.rightToLeft;
			}
			record.summary = { language, rightToLeft, entities: model.allEntities(), orphans: model.orphans, problem, lineStarts: computeLineStarts(decoded.text) };
			record.annotations = settings.detectionEnabled ? model : undefined;
			record.error = undefined;
			record.errorFromDetection = false;
		} catch (error) {
			if (error instanceof SummaryCancelled) {
				cancelled = true;
				this.scansCancelled.set(key, this.cancelledScansOf(record.uri) + 1);
			} else if (error instanceof DetectionOff) {
				record.error = error.message;
				record.errorFromDetection = true;
				this.missedByDetection.add(key);
				if (!this.detection.off) {
					// turned on again while this read waited: the reading that failed is done again
					queueMicrotask(() => this.readAgainWhatDetectionMissed());
				}
			} else if (!detecting && isMissing(error) && !(await fileExists(record.uri))) {
				// Deleted, and the file watcher never said so (its events dropped while the machine was
				// busy, or the deletion reported while discovery was still finding it, before it was
				// listed): it leaves the list as on a deletion reported, not shown with «ENOENT».
				gone = true;
			} else {
				record.error = error instanceof Error ? error.message : String(error);
				record.errorFromDetection = detecting;
			}
		} finally {
			if (this.scanning.get(key) === givenUp) {
				this.scanning.delete(key);
			}
			if (gone) {
				if (this.records.get(key) === record && this.deleted(key, record)) {
					this.changeEmitter.fire(undefined);
				}
			} else if (!cancelled) {
				// a cancelled scan leaves the record as it was: its session summarises it, and closing decides
				record.scanned = true;
				this.changeEmitter.fire(record.uri);
			}
		}
	}

	dispose(): void {
		this.disposed = true;
		clearTimeout(this.createdTimer);
		this.summaryChanges.dispose();
		this.renames.dispose();
		this.folderChanges.dispose();
		this.linkTargets.dispose();
		for (const watcher of this.linkedFolders.values()) {
			watcher.dispose();
		}
		this.linkedFolders.clear();
		for (const watcher of this.watchers) {
			watcher.dispose();
		}
		this.changeEmitter.dispose();
		this.deletionEmitter.dispose();
		this.creationEmitter.dispose();
	}
}

/** `items` by their paths in the tree's order: folder by folder in the workspace's order, by path within each, those outside last. */
function inListOrder<T>(items: readonly T[], uriOf: (item: T) => vscode.Uri): T[] {
	const folderCount = vscode.workspace.workspaceFolders?.length ?? 0;
	const folderIndex = new Map(items.map((item) => [item, vscode.workspace.getWorkspaceFolder(uriOf(item))?.index ?? folderCount]));
	return [...items].sort((a, b) => folderIndex.get(a)! - folderIndex.get(b)! || uriOf(a).path.localeCompare(uriOf(b).path));
}

/**
 * The articles found, each once (see `Corpus.aliasOf`): by its real path when that is one of the
 * paths found (it is in the workspace), else by its first path in the tree's order; the other
 * paths to it, and the real path of each one listed.
 */
async function listedOnce(found: readonly vscode.Uri[]): Promise<{ listed: Map<string, vscode.Uri>; aliases: Map<string, { uri: vscode.Uri; of: string }>; realPaths: Map<string, string> }> {
	const reals = await Promise.all(found.map((uri) => realPathOf(uri)));
	const realOf = new Map(found.map((uri, index) => [uri, reals[index]]));
	const isReal = (uri: vscode.Uri) => realOf.get(uri) !== undefined && path.relative(uri.fsPath, realOf.get(uri)!) === '';
	const ordered = inListOrder(found, (uri) => uri).sort((a, b) => Number(isReal(b)) - Number(isReal(a)));
	const listed = new Map<string, vscode.Uri>();
	const aliases = new Map<string, { uri: vscode.Uri; of: string }>();
	const realPaths = new Map<string, string>();
	const first = new Map<string, string>();
	for (const uri of ordered) {
		const real = realOf.get(uri);
		const of = real === undefined ? undefined : first.get(real);
		if (of !== undefined) {
			aliases.set(uri.toString(), { uri, of });
		} else {
			listed.set(uri.toString(), uri);
			if (real !== undefined) {
				first.set(real, uri.toString());
				realPaths.set(uri.toString(), real);
			}
		}
	}
	return { listed, aliases, realPaths };
}

/**
 * The folders outside the workspace that articles reached through symbolic links really are in:
 * the real folder of the highest folder of an article's path whose real folder is outside the
 * workspace (`ws/linked/sub/a.txt`, `ws/linked` leading to `/store`: `/store`), or the real
 * folder of a linked file; without those inside another one.
 */
async function linkedFoldersOutside(articles: readonly { readonly path: string; readonly real: string }[]): Promise<string[]> {
	const realFolders = new Map<string, Promise<string | undefined>>();
	const realFolder = (folder: string) => {
		let real = realFolders.get(folder);
		if (!real) {
			real = realPathOf(vscode.Uri.file(folder));
			realFolders.set(folder, real);
		}
		return real;
	};
	// (compared as URI paths, `/`-separated on every system)
	const inside = (file: string, folder: string) => isSameOrInsideFolder(vscode.Uri.file(file).path, vscode.Uri.file(folder).path);
	// (a workspace folder opened by a symbolic link is watched where it really is by VS Code itself)
	const workspaceReals = await Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => realPathOf(folder.uri)));
	const outside = (real: string) => vscode.workspace.getWorkspaceFolder(vscode.Uri.file(real)) === undefined && !workspaceReals.some((folder) => folder !== undefined && inside(real, folder));
	const folders = new Set<string>();
	for (const { path: own, real } of articles) {
		if (path.relative(own, real) === '' || !outside(real)) {
			continue;
		}
		let found = path.dirname(real);
		const root = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(own))?.uri.fsPath;
		for (let folder = path.dirname(own); root !== undefined && inside(folder, root) && path.relative(folder, root) !== ''; folder = path.dirname(folder)) {
			const realOfFolder = await realFolder(folder);
			if (realOfFolder !== undefined && outside(realOfFolder)) {
				found = realOfFolder;
			}
		}
		folders.add(found);
	}
	const sorted = [...folders].sort((a, b) => a.length - b.length);
	return sorted.filter((folder, index) => !sorted.slice(0, index).some((outer) => inside(folder, outer)));
}

type FolderGlobs = readonly { readonly folder: vscode.WorkspaceFolder; readonly globs: readonly string[] }[];

function readFolderGlobs(): FolderGlobs {
	return (vscode.workspace.workspaceFolders ?? []).map((folder) => ({ folder, globs: readArticleGlobs(folder.uri) }));
}

/**
 * The searches for the article globs, in each workspace folder with its own globs. The default
 * glob matches files anywhere under a folder named `seeds`; when a workspace folder is itself
 * (inside) such a folder, its relative paths no longer contain `seeds/`, so that folder is also
 * searched with the rest of the glob.
 */
function searchPatterns(folderGlobs: FolderGlobs): vscode.RelativePattern[] {
	const patterns: vscode.RelativePattern[] = [];
	for (const { folder, globs } of folderGlobs) {
		for (const glob of globs) {
			patterns.push(new vscode.RelativePattern(folder, glob));
			const match = /^\*\*\/([^*?{}[\]/]+)\/\*\*\/(.+)$/.exec(glob);
			if (match && folder.uri.path.split('/').includes(match[1])) {
				patterns.push(new vscode.RelativePattern(folder, `**/${match[2]}`));
			}
		}
	}
	return patterns;
}
