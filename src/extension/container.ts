import * as vscode from 'vscode';
import * as path from 'node:path';
import { normalizeEntityText, type DocumentAnnotations, type ViewEntity } from '../core/document';
import type { RememberedName } from '../core/documentDetection';
import { RecoveryStore, type RecoveredDecisions } from './recovery';
import { NOT_ON_ITS_OWN_LINE, documentNameOf } from '../core/sidecar/codec';
import { replacedFile } from '../core/sidecar/replace';
import { quoteForMessage } from '../core/sidecar/model';
import { articleNameForSidecar, isSidecarName, sidecarNameFor } from '../core/sidecar/paths';
import { formatBytes } from '../core/textfile';
import { registerCommands } from './commands';
import { readSettings, SECTION, type Settings } from './config';
import { Corpus, SEARCH_EXCLUDE } from './corpus';
import { EntityDecorations, visibleWindows, type PaintReport } from './decorations';
import { DetectionClient } from './detectionClient';
import { EntityHoverProvider } from './hover';
import { ArticleSession, type SessionChange } from './session';
import { LinkTargetWatchers, SidecarFiles, baseName, canHoldSidecar, displayPath, documentRenamed, fileExists, isSameOrInside, movedUri, sidecarUriFor } from './sidecarFiles';
import { StatusBar } from './statusBar';
import { DocumentsTree, type TreeNode } from './tree';
import type { ArticleSummary } from './summary';
import { HostTimer, type HostWork } from './hostTimer';
import { SidecarThread } from './sidecarThread';

/** Documents from these schemes are never articles (diff views, output, settings). */
const IGNORED_SCHEMES = new Set(['git', 'output', 'debug', 'vscode-userdata', 'vscode-settings', 'walkThroughSnippet', 'comment', 'vscode-notebook-cell', 'chat-editing-text-model']);
/** Pause after scrolling before painting the newly visible part of a huge article. */
const SCROLL_PAINT_DELAY_MS = 60;
/** Pause before the status bar shows the latest counts. */
const STATUS_DELAY_MS = 100;
/** Work on the extension host slower than this is logged: it holds up every extension in the host. */
const SLOW_HANDLER_MS = 16;
/** Longest wait for pending decisions to be written before a rename goes ahead. */
const RENAME_FLUSH_TIMEOUT_MS = 10_000;
/** Longest time between the start of a rename and its end (a move across file systems copies). */
const MOVED_AWAY_MS = 60_000;
/** Pause before sending the names a person accepted to the detector again. */
const MEMORY_DELAY_MS = 1000;
/**
 * Quiet after a deletion on disk before the decisions kept for articles gone are told about (a
 * checkout deletes many files; and a move is reported as a deletion, then a creation, which a
 * loaded machine's watcher delivered more than a second apart: the article was then told about as
 * deleted)...
 */
const GONE_QUIET_MS = 2500;
/** ...but no longer than this after the first one. */
const GONE_MAX_WAIT_MS = 5000;
/** Paths created and deleted lately remembered, to tell an article moved from one deleted. */
const MAX_PATHS_REMEMBERED = 1000;
/** A path created this close to an article's deletion may be where it was moved to. */
const MOVE_PAIR_MS = 10_000;
/** Files inside a folder created looked at (by their text) as where an article may have been moved to. */
const MAX_FILES_IN_CREATED_FOLDER = 2000;
/** Places an article gone was found at offered as buttons (the others are named in the question). */
const MAX_PLACES_OFFERED = 3;

/** A record's article as the person is told about it: its path in the workspace. */
function recordName(article: string): string {
	return displayPath(vscode.Uri.parse(article));
}

/** A place offered for the decisions of a record (see Container.OFFERED_PLACES_KEY). */
function offeredKey(record: vscode.Uri, place: vscode.Uri): string {
	return `${record.toString()}\n${place.toString()}`;
}

/** Notes when `uri` was seen, keeping the MAX_PATHS_REMEMBERED latest. */
function remember(seen: Map<string, number>, uri: vscode.Uri, at: number): void {
	const key = uri.toString();
	seen.delete(key);
	seen.set(key, at);
	if (seen.size > MAX_PATHS_REMEMBERED) {
		seen.delete(seen.keys().next().value as string);
	}
}

/**
 * With ARTICLE_ANNOTATOR_LOG_TO_CONSOLE set (integration runs), log lines also go to the console,
 * where the test runner prints them next to the test results.
 */
function mirrorToConsole(channel: vscode.LogOutputChannel): vscode.LogOutputChannel {
	if (!process.env.ARTICLE_ANNOTATOR_LOG_TO_CONSOLE) {
		return channel;
	}
	for (const level of ['trace', 'debug', 'info', 'warn', 'error'] as const) {
		const original = channel[level].bind(channel) as (message: string, ...args: unknown[]) => void;
		(channel as unknown as Record<string, unknown>)[level] = (message: string, ...args: unknown[]) => {
			console.log(`[article-annotator ${level}] ${message}`);
			original(message, ...args);
		};
	}
	return channel;
}

/**
 * A sidecar moved with its article names the new article in `document:` (`validate` refuses a
 * sidecar that names another file, `export` warns). Only that line changes: the rest of the file
 * stays byte for byte, whatever state it is in (one that cannot be read has no such line to find).
 */
async function renameDocumentField(files: SidecarFiles, sidecar: vscode.Uri, articleName: string, maxBytes: number): Promise<{ stillNames: string } | undefined> {
	const read = await files.read(sidecar, maxBytes);
	if ('tooLarge' in read || !read.bytes) {
		return undefined;
	}
	const renaming = documentRenamed(read.bytes, articleName);
	if (!renaming) {
		return undefined; // not UTF-8: left alone (reading it will say why)
	}
	if ('stillNames' in renaming) {
		return renaming;
	}
	const { renamed, text } = renaming;
	if (renamed !== text) {
		// like every sidecar write: a temporary file renamed over it, and not over a change made meanwhile;
		// one that is read-only too (it stays so): moved with its article, it must name it as `mv` does
		await files.writeIfUnchanged(sidecar, renamed, read, maxBytes, true);
	}
	return undefined;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
	try {
		await vscode.workspace.fs.stat(uri);
		return true;
	} catch {
		return false;
	}
}

/** The visible entities in some windows of a document, each once, in text order. */
function entitiesInWindows(model: DocumentAnnotations, windows: readonly { start: number; end: number }[]): ViewEntity[] {
	if (windows.length === 1) {
		return model.visibleEntitiesIn(windows[0].start, windows[0].end);
	}
	const seen = new Set<string>();
	const found: ViewEntity[] = [];
	for (const window of windows) {
		for (const entity of model.visibleEntitiesIn(window.start, window.end)) {
			if (!seen.has(entity.key)) {
				seen.add(entity.key);
				found.push(entity);
			}
		}
	}
	return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Painted ranges per `${type}.${state}` (for tests, built only when asked). */
function rangesByKind(entities: readonly ViewEntity[]): Record<string, { start: number; end: number }[]> {
	const ranges: Record<string, { start: number; end: number }[]> = {};
	for (const entity of entities) {
		(ranges[`${entity.type}.${entity.state}`] ??= []).push({ start: entity.start, end: entity.end });
	}
	return ranges;
}

/** What activate() returns: read-only views of the extension's state, for tests and other extensions. */
export interface ArticleAnnotatorApi {
	/** Resolves when the workspace's articles have been found. */
	ready(): Promise<void>;
	/** The session of an article, opening it in the background if needed. */
	session(uri: vscode.Uri): Promise<ArticleSession | undefined>;
	/** Resolves when detection has answered for the current version of the document. */
	whenDetected(uri: vscode.Uri, timeoutMs?: number): Promise<ArticleSession>;
	/** Ranges (UTF-16 offsets) last painted per `${type}.${state}` in the editors of a document. */
	paintedRanges(uri: vscode.Uri): Record<string, { start: number; end: number }[]> | undefined;
	lastPaint(uri: vscode.Uri): PaintReport | undefined;
	decorationTypeCount(): number;
	/** Ends the article's session (writing what is pending) and starts a new one, as closing and reopening does. */
	reopen(uri: vscode.Uri): Promise<ArticleSession | undefined>;
	/** Ends the article's session (writing what is pending), as closing its document does. */
	endSession(uri: vscode.Uri): Promise<void>;
	/** How many times the Documents tree has read (and detected) the article in the background. */
	backgroundScans(uri: vscode.Uri): number;
	/** How many of those it gave up (the article was opened, or read again, meanwhile). */
	cancelledScans(uri: vscode.Uri): number;
	/** Articles waiting for the Documents tree's background reader or being read by it. */
	backgroundReadsPending(): number;
	/** Writes every pending decision now. */
	flushAll(): Promise<void>;
	/** Records of decisions never written to an article's sidecar (see RecoveryStore). */
	recoveries(uri: vscode.Uri): Promise<RecoveredDecisions[]>;
	/** Looks for the articles with decisions kept aside that are no longer on disk, and asks about them, as at start. */
	offerForMissingArticles(): Promise<void>;
	/** For tests: answers the questions an article's session asks (undefined: the person is asked). */
	answerQuestions(answerer: ((message: string, buttons: readonly string[]) => string | Promise<string> | undefined) | undefined): void;
	/** Shows an article in the Documents tree, expanded `levels` deep. */
	revealInTree(uri: vscode.Uri, levels?: number): Promise<void>;
	tree: DocumentsTree;
	readonly activationMs: number;
	/** The longest piece of the extension's own work on the extension host since the last call. */
	takeLongestHostWork(): HostWork;
	/** False once sidecars are read and planned on the extension host (their worker failed to run). */
	sidecarWorkerRunning(): boolean;
	/** For tests: sidecar loads and save plans finish only after the returned function is called. */
	holdSidecarResults(): () => void;
	/** True while single-key review mode is on. */
	reviewMode(): boolean;
	/** For tests: ends the detection worker as a crash would. */
	stopDetectionWorker(): Promise<void>;
	/** An uncaught error in the detection worker (it stops, and is started again). */
	crashDetectionWorker(): void;
	/** How many detection workers were started since activation. */
	detectionWorkersStarted(): number;
	/** For tests: true while a detection worker thread runs. */
	detectionWorkerRunning(): boolean;
	/** The settings as read, with what could not be used replaced. */
	settings(): Settings;
	/** For tests: the names learned from the decisions of the workspace now, each with the type given most often. */
	rememberedNames(): RememberedName[];
}

/**
 * The composition root: builds every service once, wires events, and owns every disposable, so
 * deactivation releases everything (decoration types, the worker, watchers, listeners).
 */
export class Container implements vscode.Disposable {
	settings: Settings;
	readonly log: vscode.LogOutputChannel;
	readonly detection: DetectionClient;
	readonly files = new SidecarFiles();
	/** Answers the sessions' questions instead of the person (integration tests; see the API). */
	private answerer: ((message: string, buttons: readonly string[]) => string | Promise<string> | undefined) | undefined;
	/** Decisions that could not be written to their sidecars, kept outside the workspace. */
	private readonly recovery: RecoveryStore;
	readonly corpus: Corpus;
	readonly tree: DocumentsTree;
	private readonly decorations: EntityDecorations;
	private readonly treeView: vscode.TreeView<TreeNode>;
	private readonly statusBar: StatusBar;
	private readonly sessions = new Map<string, ArticleSession>();
	/** Sessions whose document closed and that are still writing what was pending. */
	private readonly closing = new Map<string, Promise<void>>();
	/** Sessions of articles being renamed or moved, until the rename is done (see flushBeforeRename). */
	private readonly movedAway = new Map<string, NodeJS.Timeout>();
	private readonly sessionListeners = new Map<string, vscode.Disposable>();
	private readonly paintTimers = new Map<string, NodeJS.Timeout>();
	private readonly painted = new Map<string, { entities: readonly ViewEntity[]; report: PaintReport }>();
	private readonly annotatedByCommand = new Set<string>();
	private readonly disposables: vscode.Disposable[] = [];
	private memoryTimer: NodeJS.Timeout | undefined;
	private memoryKey = '';
	readonly activationMs: number;
	private readonly hostTimer: HostTimer;
	private readonly sidecarThread: SidecarThread;

	constructor(private readonly context: vscode.ExtensionContext) {
		const started = performance.now();
		this.settings = readSettings();
		this.log = mirrorToConsole(vscode.window.createOutputChannel('Article Annotator', { log: true }));
		this.hostTimer = new HostTimer((work) => this.log.warn(`slow on the extension host: ${work.what} took ${Math.round(work.ms)} ms`), SLOW_HANDLER_MS);
		this.detection = new DetectionClient(path.join(context.extensionPath, 'dist', 'worker.js'), (what, work) => this.timed(what, work));
		this.recovery = new RecoveryStore(vscode.Uri.joinPath(context.globalStorageUri, 'recovery'), this.log);
		this.linkTargets = new LinkTargetWatchers((message) => this.log.info(message), true);
		this.sidecarThread = new SidecarThread(path.join(context.extensionPath, 'dist', 'sidecarWorker.js'), (message) => this.log.warn(message));
		this.detection.configure(this.detectionSettings());
		this.decorations = new EntityDecorations(this.settings);
		this.corpus = new Corpus(() => this.settings, this.detection, (uri) => this.sessions.get(uri.toString()), this.sidecarThread);
		this.tree = new DocumentsTree(this.corpus, () => this.settings);
		this.statusBar = new StatusBar();
		const tree = this.tree;
		// VS Code asks for tree items on the extension host: timed like every other piece of work.
		const timedTree: vscode.TreeDataProvider<TreeNode> = {
			onDidChangeTreeData: tree.onDidChangeTreeData,
			getTreeItem: (node) => this.timed('tree item', () => tree.getTreeItem(node)),
			getChildren: (node) => this.timed('tree children', () => tree.getChildren(node)),
			getParent: (node) => tree.getParent(node),
		};
		const treeView = vscode.window.createTreeView<TreeNode>('articleAnnotator.documents', { treeDataProvider: timedTree, showCollapseAll: true });
		this.treeView = treeView;
		this.disposables.push(
			this.log,
			this.sidecarThread,
			this.detection,
			this.decorations,
			this.corpus,
			// The decisions of articles that are not open reach the memory only through their
			// summaries, made by background reads (at start, or after a sidecar changed on disk):
			// each must be counted once read, however long its reading took. (A session's changes
			// schedule this themselves.)
			this.corpus.onDidChange((uri) => {
				if (!uri || !this.sessions.has(uri.toString())) {
					this.scheduleMemoryUpdate(false);
				}
			}),
			// an article closed with decisions kept aside, then deleted outside VS Code (`rm`, a checkout)
			this.corpus.onDidDeleteOnDisk((uri) => {
				remember(this.deletedLately, uri, this.eventTime());
				this.offerForMissingSoon();
			}),
			this.corpus.onDidCreateOnDisk((uri) => {
				remember(this.createdLately, uri, this.eventTime());
				this.notePresentAtCreation(uri);
				// a move can be reported as a deletion, then a creation: it is waited for
				if (this.goneTimer) {
					this.offerForMissingSoon();
				}
			}),
			this.tree,
			treeView,
			this.statusBar,
			vscode.languages.registerHoverProvider({ scheme: '*' }, new EntityHoverProvider((document) => this.sessionForDocument(document), () => this.settings.labels)),
			vscode.workspace.onDidOpenTextDocument((document) => this.timed('open', () => void this.consider(document))),
			vscode.workspace.onDidCloseTextDocument((document) => {
				void this.close(document);
				this.sessionOfSidecar(document)?.sidecarEditorSettled();
			}),
			vscode.workspace.onDidChangeTextDocument((event) =>
				this.timed('edit', () => {
					const session = this.sessionForDocument(event.document);
					if (session) {
						session.handleDocumentChange(event);
					} else if (!event.document.isDirty) {
						// saved or reverted (VS Code reports a change of the dirty state too)
						this.sessionOfSidecar(event.document)?.sidecarEditorSettled();
					}
				}),
			),
			vscode.workspace.onDidSaveTextDocument((document) => {
				const session = this.sessionForDocument(document);
				if (session) {
					// on disk again if it was deleted while open: listed after it closes (the file
					// watcher may not report a file written into a folder made again with it)
					this.corpus.add(document.uri);
					session.handleDocumentSaved();
				}
			}),
			vscode.workspace.onWillRenameFiles((event) => event.waitUntil(this.flushBeforeRename(event.files))),
			vscode.workspace.onDidRenameFiles((event) => void this.moveSidecarsAfterRename(event.files)),
			vscode.window.onDidChangeVisibleTextEditors((editors) => this.timed('visible editors', () => this.paintEditors(editors))),
			vscode.window.onDidChangeActiveTextEditor((editor) => this.timed('active editor', () => this.onActiveEditor(editor))),
			vscode.window.onDidChangeTextEditorVisibleRanges((event) => this.onScroll(event.textEditor)),
			vscode.window.onDidChangeTextEditorSelection((event) => this.timed('selection', () => this.onSelection(event.textEditor))),
			vscode.workspace.onDidChangeConfiguration((event) => this.onConfiguration(event)),
			vscode.workspace.onDidGrantWorkspaceTrust(() => this.onConfiguration(undefined)),
			vscode.workspace.onDidChangeWorkspaceFolders(() => void this.warnAboutFolderSettings()),
			this.detection.onDidFail((message) => {
				this.log.error(`detection: ${message}`);
				void vscode.window.showErrorMessage(`Article Annotator: entity detection is unavailable: ${message}. Tagging by hand still works.`);
			}),
			this.detection.onDidRestart((message) => this.log.warn(`detection: ${message}`)),
			this.detection.onDidBecomeReady(({ loadMs }) => this.log.info(`detector ready (models loaded in ${loadMs} ms)`)),
			this.watchSidecars(),
			this.files,
			this.files.onDidWrite(({ uri, writer }) => void this.sameSidecarWritten(uri, writer)),
			...registerCommands(this),
		);
		this.warnAboutLabels();
		this.warnAboutSettings(this.settings.settingProblems);
		for (const document of vscode.workspace.textDocuments) {
			void this.consider(document);
		}
		void this.corpus.refresh().finally(() => this.offerDecisionsOfMissingArticles(true));
		void this.warnAboutFolderSettings();
		this.activationMs = performance.now() - started;
	}

	/** Single-key review (see the review-mode keybindings); shown in the status bar. */
	reviewMode = false;
	/** The article review mode made read-only, while it is on. */
	private reviewed: string | undefined;
	/**
	 * Articles review mode left read-only when it ended in another editor: VS Code's read-only
	 * override is kept per file, closed or not, and can only be lifted in the active editor, so
	 * each has it lifted when it is next active (back to what VS Code's settings make it: a file
	 * `files.readonlyInclude` or its permissions protect stays read-only).
	 */
	private readonly leftReadOnly = new Set<string>();

	/** `document`: the article entered in (its editor is active and made read-only by the caller). */
	async setReviewMode(on: boolean, document?: vscode.TextDocument): Promise<void> {
		if (on && document) {
			this.reviewed = document.uri.toString();
			this.leftReadOnly.delete(this.reviewed);
		} else if (!on) {
			this.reviewed = undefined;
		}
		this.reviewMode = on;
		await vscode.commands.executeCommand('setContext', 'articleAnnotator.reviewMode', on);
		this.statusBar.reviewMode = on;
		this.updateStatus();
	}

	/** Runs a piece of work on the extension host and logs it when it held the host longer than a frame. */
	timed<T>(what: string, work: () => T): T {
		return this.hostTimer.run(what, work);
	}

	api(): ArticleAnnotatorApi {
		return {
			ready: () => this.corpus.ready,
			session: (uri) => this.sessionForUri(uri),
			whenDetected: (uri, timeoutMs = 30_000) => this.whenDetected(uri, timeoutMs),
			paintedRanges: (uri) => {
				const painted = this.painted.get(uri.toString());
				return painted ? rangesByKind(painted.entities) : undefined;
			},
			lastPaint: (uri) => this.painted.get(uri.toString())?.report,
			decorationTypeCount: () => this.decorations.typeCount,
			reopen: async (uri) => {
				const session = this.sessions.get(uri.toString());
				if (session) {
					await this.close(session.document);
				}
				const reopened = await this.sessionForUri(uri);
				await reopened?.loaded;
				return reopened;
			},
			endSession: async (uri) => {
				const session = this.sessions.get(uri.toString());
				if (session) {
					await this.close(session.document);
				}
			},
			backgroundScans: (uri) => this.corpus.scansOf(uri),
			cancelledScans: (uri) => this.corpus.cancelledScansOf(uri),
			backgroundReadsPending: () => this.corpus.backgroundReadsPending,
			flushAll: () => this.flushAll(),
			recoveries: (uri) => this.recovery.list(uri),
			offerForMissingArticles: () => this.offerDecisionsOfMissingArticles(true),
			answerQuestions: (answerer) => {
				this.answerer = answerer;
			},
			revealInTree: async (uri, levels = 2) => {
				await this.corpus.ready;
				await this.treeView.reveal({ kind: 'article', uri }, { expand: levels, select: true, focus: false });
			},
			tree: this.tree,
			activationMs: this.activationMs,
			takeLongestHostWork: () => this.hostTimer.takeLongest(),
			sidecarWorkerRunning: () => !this.sidecarThread.inProcess,
			holdSidecarResults: () => this.sidecarThread.holdResults(),
			reviewMode: () => this.reviewMode,
			stopDetectionWorker: () => this.detection.stopWorkerForTests(),
			crashDetectionWorker: () => this.detection.crashWorkerForTests(),
			detectionWorkersStarted: () => this.detection.started,
			detectionWorkerRunning: () => this.detection.running,
			settings: () => this.settings,
			rememberedNames: () => this.rememberedNames(),
		};
	}

	// ---- sessions ------------------------------------------------------------------------------

	sessionForDocument(document: vscode.TextDocument): ArticleSession | undefined {
		return this.sessions.get(document.uri.toString());
	}

	/** The session of an article, opening its document (without showing it) when needed. */
	async sessionForUri(uri: vscode.Uri): Promise<ArticleSession | undefined> {
		const existing = this.sessions.get(uri.toString());
		if (existing) {
			return existing;
		}
		const document = await vscode.workspace.openTextDocument(uri);
		return this.consider(document);
	}

	/** The editor showing the article: the active one when the article is split across several. */
	editorFor(session: ArticleSession): vscode.TextEditor | undefined {
		const active = vscode.window.activeTextEditor;
		return active?.document === session.document ? active : vscode.window.visibleTextEditors.find((editor) => editor.document === session.document);
	}

	groupKey(text: string): string {
		return normalizeEntityText(text);
	}

	private isArticle(document: vscode.TextDocument): boolean {
		// An untitled file has no folder for a sidecar: annotated once saved (Annotate This File says so).
		if (IGNORED_SCHEMES.has(document.uri.scheme) || document.isUntitled || isSidecarName(baseName(document.uri)) || !canHoldSidecar(document.uri)) {
			return false;
		}
		return document.languageId === 'article' || this.annotatedByCommand.has(document.uri.toString()) || this.corpus.matches(document);
	}

	/** Starts a session for an article document (the language switches to `article` for plain text). */
	private async consider(document: vscode.TextDocument): Promise<ArticleSession | undefined> {
		const key = document.uri.toString();
		const existing = this.sessions.get(key);
		if (existing) {
			return existing;
		}
		if (!this.isArticle(document) || (await this.overSizeLimit(document))) {
			return undefined;
		}
		if (document.languageId === 'plaintext') {
			// Switching the language closes and reopens the document; the reopened one gets the session.
			const switched = await vscode.languages.setTextDocumentLanguage(document, 'article');
			return this.sessions.get(switched.uri.toString()) ?? this.startSession(switched);
		}
		return this.startSession(document);
	}

	private readonly toldOverSizeLimit = new Set<string>();

	/** Larger files are not articles (the setting's word, as in the Documents tree): true, said once, for one. */
	private async overSizeLimit(document: vscode.TextDocument): Promise<boolean> {
		let size: number;
		try {
			size = (await vscode.workspace.fs.stat(document.uri)).size;
		} catch {
			return false; // not on disk (yet): its text is what there is
		}
		const maxBytes = this.settings.maxArticleBytes;
		if (size <= maxBytes) {
			return false;
		}
		const key = document.uri.toString();
		if (!this.toldOverSizeLimit.has(key)) {
			this.toldOverSizeLimit.add(key);
			void vscode.window.showInformationMessage(`Article Annotator: ${baseName(document.uri)} is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit (articleAnnotator.limits.maxArticleMegabytes); it is not annotated.`);
		}
		return true;
	}

	private startSession(document: vscode.TextDocument): ArticleSession {
		const key = document.uri.toString();
		const existing = this.sessions.get(key);
		if (existing) {
			return existing;
		}
		const session = new ArticleSession(document, {
			settings: () => this.settings,
			files: this.files,
			detection: this.detection,
			log: this.log,
			timed: (what, work) => this.timed(what, work),
			sidecars: this.sidecarThread,
			recovery: this.recovery,
			ask: (message, ...buttons) => this.ask(message, ...buttons),
			tell: (message, kind = 'info') => {
				const show = kind === 'error' ? vscode.window.showErrorMessage : kind === 'warning' ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
				void show(message);
			},
		});
		this.sessions.set(key, session);
		this.watchLinkTarget(session);
		this.sessionListeners.set(key, session.onDidChange((change) => this.onSessionChange(session, change)));
		this.corpus.add(document.uri);
		this.corpus.sessionOpened(document.uri);
		this.onActiveEditor(vscode.window.activeTextEditor);
		return session;
	}

	/** Asks the person a question with buttons (or the tests' answerer); resolves to the chosen one. */
	private ask(message: string, ...buttons: string[]): Thenable<string | undefined> {
		const answer = this.answerer?.(message, buttons);
		return answer !== undefined ? Promise.resolve(answer) : vscode.window.showWarningMessage(message, ...buttons);
	}

	/** Marks a document (any text file) as an article for this window, and annotates it. */
	async annotate(document: vscode.TextDocument): Promise<void> {
		this.annotatedByCommand.add(document.uri.toString());
		const session = await this.consider(document);
		if (session) {
			this.corpus.add(session.document.uri);
			await vscode.window.showTextDocument(session.document);
		}
	}

	/** The session of the article whose sidecar `document` is, when that article is open. */
	private sessionOfSidecar(document: vscode.TextDocument): ArticleSession | undefined {
		const article = articleNameForSidecar(baseName(document.uri));
		return article === undefined ? undefined : this.sessions.get(vscode.Uri.joinPath(document.uri, '..', article).toString());
	}

	private close(document: vscode.TextDocument): Promise<void> {
		const key = document.uri.toString();
		const session = this.sessions.get(key);
		if (!session) {
			return this.closing.get(key) ?? Promise.resolve();
		}
		const closing = this.finishSession(key, session, document).finally(() => {
			if (this.closing.get(key) === closing) {
				this.closing.delete(key);
			}
		});
		this.closing.set(key, closing);
		return closing;
	}

	private async finishSession(key: string, session: ArticleSession, document: vscode.TextDocument): Promise<void> {
		this.sessions.delete(key);
		this.corpus.sessionClosing(document.uri);
		this.sessionListeners.get(key)?.dispose();
		this.sessionListeners.delete(key);
		this.linkTargets.forget(key);
		clearTimeout(this.paintTimers.get(key));
		this.paintTimers.delete(key);
		this.painted.delete(key);
		let summary: ArticleSummary | undefined;
		try {
			await session.flush();
			summary = session.savedFilesSummary();
		} finally {
			// adopted, its detection stays in the worker so that the tree's line follows learned names
			session.dispose(summary !== undefined);
			if (summary) {
				this.corpus.adopt(document.uri, summary, session.model);
			} else {
				this.corpus.invalidate(document.uri);
			}
			this.updateStatus();
		}
		if (!(await fileExists(document.uri))) {
			// closed after its file was deleted: decisions kept aside for it will never be offered on
			// opening it (unless it was moved: a moment for the creation at its new place to be seen)
			this.offerForMissingSoon();
		}
	}

	private goneTimer: { timer: NodeJS.Timeout; firstAt: number } | undefined;
	/** Paths created and deleted on disk lately, and when (see `eventTime`), oldest first (see `followMovedArticles`). */
	private readonly createdLately = new Map<string, number>();
	private readonly deletedLately = new Map<string, number>();
	private eventClock: number | undefined;
	private lastEventTime = 0;

	/**
	 * When a change on disk was seen, in milliseconds: the same for all the paths one report of the
	 * watcher holds (a move's deletion and creation), later for each later report.
	 */
	private eventTime(): number {
		if (this.eventClock === undefined) {
			this.eventClock = this.lastEventTime = Math.max(this.lastEventTime + 1, Date.now());
			setImmediate(() => {
				this.eventClock = undefined;
			});
		}
		return this.eventClock;
	}

	/**
	 * Per path created lately, the articles with decisions kept aside, or open, that were still on
	 * disk when its creation was seen: it is a copy of those, not where one was moved (see
	 * `followMovedArticles`). Looked at once for all the paths a change on disk reports at once.
	 */
	private readonly presentAtCreation = new Map<string, Promise<ReadonlySet<string>>>();
	private presentNow: Promise<ReadonlySet<string>> | undefined;

	private notePresentAtCreation(uri: vscode.Uri): void {
		if (!this.presentNow) {
			this.presentNow = this.keptArticlesOnDisk();
			setImmediate(() => {
				this.presentNow = undefined;
			});
		}
		this.presentAtCreation.set(uri.toString(), this.presentNow);
		for (const key of this.presentAtCreation.keys()) {
			if (!this.createdLately.has(key)) {
				this.presentAtCreation.delete(key); // (forgotten with the creation)
			}
		}
	}

	private async keptArticlesOnDisk(): Promise<ReadonlySet<string>> {
		const present = new Set<string>();
		try {
			for (const article of new Set([...this.sessions.keys(), ...(await this.recovery.articlesKept())])) {
				if (await fileExists(vscode.Uri.parse(article))) {
					present.add(article);
				}
			}
		} catch (error) {
			this.log.warn(`recovery: the articles with decisions kept could not be listed: ${error instanceof Error ? error.message : String(error)}`);
		}
		return present;
	}

	/**
	 * Something was deleted on disk: once deletions stop coming (or after GONE_MAX_WAIT_MS), the
	 * decisions kept for articles no longer there are told about, not at the next start only.
	 */
	private offerForMissingSoon(): void {
		const firstAt = this.goneTimer?.firstAt ?? Date.now();
		clearTimeout(this.goneTimer?.timer);
		const timer = setTimeout(() => {
			this.goneTimer = undefined;
			void this.offerDecisionsOfMissingArticles();
		}, Math.max(0, Math.min(GONE_QUIET_MS, firstAt + GONE_MAX_WAIT_MS - Date.now())));
		this.goneTimer = { timer, firstAt };
	}

	/** Settles when the last offer about missing articles has marked what it asks (see `offerDecisionsOfMissingArticles`). */
	private offersDecided: Promise<void> = Promise.resolve();

	/** Records of decisions on missing articles the person was told about (see `offerDecisionsOfMissingArticles`). */
	private static readonly TOLD_MISSING_KEY = 'recovery.toldMissingArticles';

	/**
	 * Decisions kept aside (see RecoveryStore) are offered back when their article is opened; those
	 * of an article deleted since (closed after a checkout took it away, removed in a shell while
	 * open or after it was closed) never would be, and would stay in the extension's storage unseen:
	 * asked at start, when such an article is closed, and when a deletion on disk is seen (see
	 * `offerForMissingSoon`). The person is told once about each
	 * record, and chooses to save them as sidecar files in a folder, or to discard them; left
	 * unanswered, they stay kept (and follow the article should it come back, or be moved back).
	 * Where its text is found in an article without decisions of its own (moved while VS Code was
	 * closed), restoring them there is offered first, once for each place (see `foundElsewhere`).
	 */
	private async offerDecisionsOfMissingArticles(atStart = false): Promise<void> {
		try {
			// one offer at a time until it has marked what it asks (two at once, a deletion seen as
			// another article closed, asked the same question twice); the questions are not waited for
			const deciding = this.offersDecided.then(() => this.offerDecisionsOfMissingArticlesNow(atStart));
			this.offersDecided = deciding.then(
				() => undefined,
				() => undefined,
			);
			await Promise.all(await deciding);
		} catch (error) {
			// the records stay; told about at the next chance
			this.log.warn(`recovery: decisions kept for missing articles not offered: ${error instanceof Error ? error.message : String(error)}`);
		}
	}

	/** The questions asked about decisions kept for missing articles, once what they ask is marked told. */
	private async offerDecisionsOfMissingArticlesNow(atStart: boolean): Promise<Promise<void>[]> {
		// (the storage is shared by every window: each tells about the articles of its own folders)
		let missing = await this.recovery.ofMissingArticles();
		const toldBefore = this.context.globalState.get<string[]>(Container.TOLD_MISSING_KEY, []);
		const offeredBefore = this.context.globalState.get<string[]>(Container.OFFERED_PLACES_KEY, []);
		const ours = ({ record }: RecoveredDecisions) => {
			const article = vscode.Uri.parse(record.article);
			return vscode.workspace.getWorkspaceFolder(article) !== undefined && !this.sessions.has(article.toString());
		};
		const untold = (entry: RecoveredDecisions) => !toldBefore.includes(entry.uri.toString()) && ours(entry);
		let fresh = missing.filter(untold);
		let unsure: { entry: RecoveredDecisions; places: vscode.Uri[] }[] = [];
		if (fresh.length > 0) {
			const moved = await this.followMovedArticles(fresh);
			unsure = moved.unsure;
			if (moved.followed.length > 0) {
				// (a record that followed its article is under another name: asked about should that place go too)
				const asked = new Set(fresh.map(({ uri }) => uri.toString()));
				missing = await this.recovery.ofMissingArticles();
				fresh = missing.filter((entry) => asked.has(entry.uri.toString()) && untold(entry));
			}
		}
		// An article whose text is at several places that appeared as it went (moved, then copied), or
		// moved while VS Code was closed or long after it went (its text in an article without
		// decisions of its own): where it is, is asked. Told before or not, each place is offered once.
		const found = new Map<string, { entries: RecoveredDecisions[]; places: vscode.Uri[] }>();
		for (const { entry, places } of unsure) {
			if (fresh.some(({ uri }) => uri.toString() === entry.uri.toString())) {
				const group = found.get(entry.record.article) ?? { entries: [], places };
				group.entries.push(entry);
				found.set(entry.record.article, group);
			}
		}
		// (all of them at start; after a deletion, those not told about yet: the workspace's articles are read)
		const lookedFor = missing.filter((entry) => ours(entry) && !found.has(entry.record.article) && (atStart || untold(entry)));
		for (const [article, places] of await this.foundElsewhere(lookedFor)) {
			const entries = lookedFor.filter(({ record }) => record.article === article);
			if (entries.some(untold) || entries.some(({ uri }) => places.some((place) => !offeredBefore.includes(offeredKey(uri, place))))) {
				found.set(article, { entries, places });
			}
		}
		const asking = [...fresh, ...[...found.values()].flatMap(({ entries }) => entries)];
		if (asking.length === 0) {
			return [];
		}
		// Marked told before asking: a question left unanswered is not asked again, nor twice at once.
		// (Those whose article came back leave the list: told again should it go again.)
		const stillMissing = new Set(missing.map(({ uri }) => uri.toString()));
		const stillThere = (key: string) => stillMissing.has(key.split('\n')[0]);
		await this.context.globalState.update(Container.TOLD_MISSING_KEY, [...new Set([...toldBefore.filter(stillThere), ...asking.map(({ uri }) => uri.toString())])]);
		await this.context.globalState.update(Container.OFFERED_PLACES_KEY, [...new Set([...offeredBefore.filter(stillThere), ...[...found.values()].flatMap(({ entries, places }) => entries.flatMap(({ uri }) => places.map((place) => offeredKey(uri, place))))])]);
		const asked: Promise<void>[] = [...found.values()].map(({ entries, places }) => this.askAboutFound(entries, places));
		const rest = fresh.filter(({ record }) => !found.has(record.article));
		if (rest.length > 0) {
			asked.push(this.askAboutMissing(rest));
		}
		return asked;
	}

	/**
	 * The file an article's sidecar names (its `document:`): undefined when it has none; its own
	 * name when it cannot be read (nothing to take from it). A sidecar naming another file came with
	 * the article from there (`git mv` of both).
	 */
	private async sidecarNames(article: vscode.Uri): Promise<string | undefined> {
		const sidecar = sidecarUriFor(article);
		try {
			const { size } = await vscode.workspace.fs.stat(sidecar);
			if (size > this.settings.maxSidecarBytes) {
				return baseName(article);
			}
		} catch {
			return undefined;
		}
		// its document: line alone (every article of the workspace may be asked this: no sidecar is parsed on the host)
		return documentNameOf(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar).then(undefined, () => new Uint8Array()))) ?? baseName(article);
	}

	/** Places where articles gone were found, offered to restore their decisions at (see `offerDecisionsOfMissingArticles`). */
	private static readonly OFFERED_PLACES_KEY = 'recovery.offeredPlaces';

	/**
	 * Per article gone, the articles of the workspace holding the text its records' decisions were
	 * made on, that have no sidecar (or one naming the article gone, moved with it) and no
	 * decisions kept of their own: where it may have been moved
	 * while VS Code was closed (or too long after it went to be seen going: see `followMovedArticles`).
	 * Another file of the same text with decisions of its own is another article (a second copy of a
	 * wire story), not offered.
	 */
	private async foundElsewhere(entries: readonly RecoveredDecisions[]): Promise<Map<string, vscode.Uri[]>> {
		const found = new Map<string, vscode.Uri[]>();
		if (entries.length === 0) {
			return found;
		}
		await this.corpus.ready;
		const kept = await this.recovery.articlesKept();
		// each with the file its sidecar names: none, its own, or the one it was moved from with it
		const candidates: { uri: vscode.Uri; sidecarNames: string | undefined }[] = [];
		for (const { uri } of this.corpus.articles) {
			const sidecarNames = kept.has(uri.toString()) ? baseName(uri) : await this.sidecarNames(uri);
			if (sidecarNames !== baseName(uri)) {
				candidates.push({ uri, sidecarNames });
			}
		}
		const texts = new Map<string, string | undefined>();
		for (const entry of entries) {
			const name = baseName(vscode.Uri.parse(entry.record.article));
			const ours = candidates.filter(({ sidecarNames }) => sidecarNames === undefined || sidecarNames === name).map(({ uri }) => uri);
			const places = await this.recovery.withTextOf(entry, ours, this.settings.maxArticleBytes, texts);
			if (places.length > 0) {
				const known = found.get(entry.record.article) ?? [];
				found.set(entry.record.article, [...known, ...places.filter((place) => !known.some((other) => other.toString() === place.toString()))]);
			}
		}
		return found;
	}

	/** Asks what becomes of the decisions kept for articles gone, found nowhere else: saved in a folder, or discarded. */
	private async askAboutMissing(fresh: readonly RecoveredDecisions[]): Promise<void> {
		const names = [...new Set(fresh.map(({ record }) => recordName(record.article)))];
		const decisions = fresh.reduce((sum, { record }) => sum + record.decisions, 0);
		const folder = vscode.Uri.joinPath(fresh[0].uri, '..');
		this.log.warn(`recovery: ${decisions} decision(s) kept in ${folder.fsPath} are of articles no longer on disk: ${names.join(', ')}`);
		const choice = await this.ask(
			`Article Annotator: ${decisions} decision(s) on ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} other article(s)` : ''} were never written to a sidecar, and ${names.length > 1 ? 'these articles are' : 'the article is'} no longer on disk (deleted; or moved outside VS Code, but its text is in no article without a sidecar of its own). Save them as sidecar files in a folder you choose, or discard them? Until then they are kept in ${folder.fsPath}.`,
			'Save to Folder…',
			'Discard',
		);
		await this.saveOrDiscard(choice, fresh);
	}

	/**
	 * Asks where the decisions kept for an article gone go, its text found at `places` (moved or
	 * copied there outside VS Code): restored at one of them, or, as for an article found nowhere,
	 * saved in a folder or discarded.
	 */
	private async askAboutFound(entries: readonly RecoveredDecisions[], places: readonly vscode.Uri[]): Promise<void> {
		const article = entries[0].record.article;
		const decisions = entries.reduce((sum, { record }) => sum + record.decisions, 0);
		const folder = vscode.Uri.joinPath(entries[0].uri, '..');
		const offered = places.slice(0, MAX_PLACES_OFFERED);
		const buttons = offered.map((place) => (places.length === 1 ? 'Restore There' : `Restore at ${displayPath(place)}`));
		this.log.warn(`recovery: ${decisions} decision(s) kept in ${folder.fsPath} are of ${article}, no longer on disk, whose text is at ${places.map(String).join(', ')}`);
		const where =
			places.length === 1
				? `Its text was found at ${displayPath(places[0])}: restore them there?`
				: `Its text was found at ${places.length} places (moved, and copied): ${places.map(displayPath).join(', ')}. Restore them at one of ${places.length > offered.length ? `the first ${offered.length}` : 'them'}?`;
		const choice = await this.ask(
			`Article Annotator: ${decisions} decision(s) on ${recordName(article)} were never written to a sidecar, and it is no longer on disk. ${where} Or save them as sidecar files in a folder you choose, or discard them. Until then they are kept in ${folder.fsPath}.`,
			...buttons,
			'Save to Folder…',
			'Discard',
		);
		const place = choice === undefined ? undefined : offered[buttons.indexOf(choice)];
		if (!place) {
			await this.saveOrDiscard(choice, entries);
			return;
		}
		if (await fileExists(vscode.Uri.parse(article))) {
			await this.stillGone(entries); // back at its own place while asked: told so, the decisions kept for it there
			return;
		}
		await this.restoreAt(article, place);
	}

	/**
	 * The decisions kept for an article gone follow it to `place`, the person said
	 * so, and are written to its sidecar, merged with what it holds (offered as any article's
	 * records should they not be written yet).
	 */
	private async restoreAt(article: string, place: vscode.Uri): Promise<void> {
		await vscode.window.showTextDocument(place, { preview: false }).then(undefined, () => undefined);
		const session = await this.sessionForUri(place).then(undefined, () => undefined);
		if (!session) {
			void vscode.window.showErrorMessage(`Article Annotator: ${displayPath(place)} cannot be opened as an article; the decisions on ${recordName(article)} stay kept.`);
			return;
		}
		await session.loaded;
		// its own records, if any, asked about first: then the ones that came are restored, not asked about again
		await session.offerRecovered();
		// (those that followed it there meanwhile, seen moved, are there already)
		await this.recovery.move([{ oldUri: vscode.Uri.parse(article), newUri: place }]);
		await session.restoreRecovered();
	}

	/** What the person answered about the decisions of articles gone: saved in a folder chosen, or discarded once confirmed. */
	private async saveOrDiscard(choice: string | undefined, fresh: readonly RecoveredDecisions[]): Promise<void> {
		if (choice === 'Save to Folder…') {
			const picked = await vscode.window.showOpenDialog({ canSelectFiles: false, canSelectFolders: true, canSelectMany: false, openLabel: 'Save Here', title: 'Save the decisions never written', defaultUri: vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(fresh[0].record.article))?.uri });
			if (picked?.[0]) {
				await this.saveRecordsTo(await this.stillGone(fresh), picked[0]);
			}
		} else if (choice === 'Discard') {
			// (asked again for those still gone only: one may have come back while the question was on screen)
			const left = await this.stillGone(fresh);
			if (left.length === 0) {
				return;
			}
			const leftNames = [...new Set(left.map(({ record }) => recordName(record.article)))];
			const sure = await vscode.window.showWarningMessage(`Discard ${left.reduce((sum, { record }) => sum + record.decisions, 0)} decision(s) on ${leftNames.join(', ')} that were never written? This cannot be undone.`, { modal: true }, 'Discard');
			if (sure === 'Discard') {
				for (const { uri } of await this.stillGone(left)) {
					await this.recovery.remove(uri);
				}
			}
		}
	}

	/**
	 * Articles moved outside VS Code (`mv`, `git mv` then a checkout) look deleted at their old
	 * path. Found by their text at a file created as they went (a rename is reported as a deletion
	 * and a creation, in either order), or at any file inside a folder created then (a folder
	 * moved or copied in is reported alone, without the files in it, which may have been renamed
	 * on the way), they were moved: their records follow them
	 * (see RecoveryStore.followMoved), nothing is asked, and they are offered when the article is
	 * opened there (at once, if it is open). A file or folder created while the article was still
	 * there (a copy; for a file, also one reported before its deletion was) is not where it went;
	 * found at several places, which one is the article is asked (`unsure`). Returns those that
	 * followed, and where.
	 */
	private async followMovedArticles(missing: readonly RecoveredDecisions[]): Promise<{ followed: { entry: RecoveredDecisions; to: vscode.Uri }[]; unsure: { entry: RecoveredDecisions; places: vscode.Uri[] }[] }> {
		const moves: { entry: RecoveredDecisions; candidates: vscode.Uri[] }[] = [];
		const inFolders = new Map<string, Promise<vscode.Uri[] | undefined>>();
		for (const entry of missing) {
			const article = vscode.Uri.parse(entry.record.article);
			// when it went (it, or a folder it was in); a copy made at another time is no move
			let deletedAt: number | undefined;
			for (const [key, at] of this.deletedLately) {
				if (isSameOrInside(article, vscode.Uri.parse(key))) {
					deletedAt = Math.max(deletedAt ?? at, at);
				}
			}
			if (deletedAt === undefined) {
				continue;
			}
			const candidates: vscode.Uri[] = [];
			const folders: vscode.Uri[] = [];
			const copies = new Set<string>();
			for (const [key, at] of this.createdLately) {
				const uri = vscode.Uri.parse(key);
				if (Math.abs(at - deletedAt) > MOVE_PAIR_MS || !vscode.workspace.getWorkspaceFolder(uri)) {
					continue;
				}
				const inside = await this.filesInCreatedFolder(uri, inFolders);
				if ((await this.presentAtCreation.get(key))?.has(entry.record.article)) {
					copies.add(key);
				} else if (inside) {
					// (its files, never reported, may have come in at any time of it)
					folders.push(uri);
				} else if (at < deletedAt) {
					// reported before it went, while the article was there (a move's creation comes with its
					// deletion; one across disks copies first: asked about, as found elsewhere)
					copies.add(key);
				} else {
					candidates.push(uri);
				}
			}
			for (const folder of folders) {
				candidates.push(...((await this.filesInCreatedFolder(folder, inFolders)) ?? []).filter((file) => !copies.has(file.toString())));
			}
			// (back at its own place, it was not moved: that is no record's to follow)
			moves.push({ entry, candidates: candidates.filter((uri) => uri.toString() !== entry.record.article) });
		}
		const moved = moves.length > 0 ? await this.recovery.followMoved(moves, this.settings.maxArticleBytes) : { followed: [], unsure: [] };
		for (const { to } of moved.followed) {
			const session = this.sessions.get(to.toString());
			// opened at its new place before its records arrived: offered now
			void session?.loaded.then(() => session.offerRecovered());
		}
		return moved;
	}

	/**
	 * The files inside `uri` when it is a folder (undefined for anything else), as far as
	 * MAX_FILES_IN_CREATED_FOLDER, sidecars left out: the watcher reports a folder moved or copied
	 * in alone. `seen` keeps the answers for the records of one look.
	 */
	private filesInCreatedFolder(uri: vscode.Uri, seen: Map<string, Promise<vscode.Uri[] | undefined>>): Promise<vscode.Uri[] | undefined> {
		const key = uri.toString();
		let files = seen.get(key);
		if (!files) {
			files = (async () => {
				const isFolder = await Promise.resolve(vscode.workspace.fs.stat(uri)).then(({ type }) => (type & vscode.FileType.Directory) !== 0, () => false);
				if (!isFolder) {
					return undefined;
				}
				const found = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*'), SEARCH_EXCLUDE, MAX_FILES_IN_CREATED_FOLDER);
				return found.filter((file) => !isSidecarName(baseName(file)));
			})();
			seen.set(key, files);
		}
		return files;
	}

	/**
	 * Of the records asked about, those whose article is still missing. One back on disk while the
	 * question was on screen (checked out again, moved back, or found moved: see
	 * `followMovedArticles`) keeps its decisions, to be offered when it is opened, and the person
	 * is told so: the answer was given for an article gone.
	 */
	private async stillGone(asked: readonly RecoveredDecisions[]): Promise<RecoveredDecisions[]> {
		const moved = (await this.followMovedArticles(asked)).followed.map(({ entry, to }) => `${recordName(entry.record.article)} (moved to ${displayPath(to)})`);
		const missing = new Set((await this.recovery.ofMissingArticles()).map(({ uri }) => uri.toString()));
		const back: string[] = [];
		for (const { uri, record } of asked) {
			// (a record gone otherwise was answered for in another window)
			if (!missing.has(uri.toString()) && (await fileExists(uri))) {
				back.push(recordName(record.article));
			}
		}
		const names = [...new Set([...back, ...moved])];
		if (names.length > 0) {
			void vscode.window.showInformationMessage(`Article Annotator: ${names.join(', ')} ${names.length > 1 ? 'are' : 'is'} on disk again: the decisions never written on ${names.length > 1 ? 'them' : 'it'} are kept, and offered back when ${names.length > 1 ? 'they are' : 'it is'} opened.`);
		}
		return asked.filter(({ uri }) => missing.has(uri.toString()));
	}

	/** Writes each record's decisions as a sidecar named for its article in `folder` (never over a file), then lets the record go. */
	private async saveRecordsTo(records: readonly RecoveredDecisions[], folder: vscode.Uri): Promise<void> {
		const saved: string[] = [];
		for (const { uri, record } of records) {
			const name = sidecarNameFor(baseName(vscode.Uri.parse(record.article)));
			let target = vscode.Uri.joinPath(folder, name);
			for (let n = 2; await exists(target); n++) {
				target = vscode.Uri.joinPath(folder, `${name.slice(0, -'.yaml'.length)} (${n}).yaml`);
			}
			try {
				await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(record.sidecar));
			} catch (error) {
				void vscode.window.showErrorMessage(`Article Annotator: the decisions on ${baseName(vscode.Uri.parse(record.article))} could not be saved in ${folder.fsPath} (${error instanceof Error ? error.message : String(error)}); they stay kept.`);
				continue;
			}
			await this.recovery.remove(uri);
			saved.push(baseName(target));
		}
		if (saved.length > 0) {
			void vscode.window.showInformationMessage(`Article Annotator: the decisions never written were saved in ${folder.fsPath}: ${saved.join(', ')}.`);
		}
	}

	/** The article's session once the detector has answered for its current text. */
	whenDetected(uri: vscode.Uri, timeoutMs: number): Promise<ArticleSession> {
		return new Promise((resolve, reject) => {
			void this.sessionForUri(uri).then((session) => {
				if (!session) {
					reject(new Error(`${uri.toString()} is not an article`));
					return;
				}
				const done = () => session.detectionCurrent;
				if (done()) {
					resolve(session);
					return;
				}
				const timer = setTimeout(() => {
					listener.dispose();
					reject(new Error(`no detection result for ${uri.path} within ${timeoutMs} ms`));
				}, timeoutMs);
				const listener = session.onDidChange(() => {
					if (done()) {
						clearTimeout(timer);
						listener.dispose();
						resolve(session);
					}
				});
			}, reject);
		});
	}

	private onSessionChange(session: ArticleSession, change: SessionChange): void {
		// Typing repaints after a pause (VS Code moves the existing decorations meanwhile);
		// decisions and new detection results repaint at once.
		this.schedulePaint(session, change === 'edit' ? this.settings.debounceMs : 0);
		this.corpus.sessionChanged(session.document.uri);
		if (change === 'decisions' || change === 'sidecar') {
			this.scheduleMemoryUpdate();
		}
		if (vscode.window.activeTextEditor?.document === session.document) {
			this.updateStatus();
		}
	}

	// ---- decorations ---------------------------------------------------------------------------

	private schedulePaint(session: ArticleSession, delay: number): void {
		const key = session.id;
		clearTimeout(this.paintTimers.get(key));
		this.paintTimers.set(
			key,
			setTimeout(() => {
				this.paintTimers.delete(key);
				this.timed('paint', () => {
					for (const editor of vscode.window.visibleTextEditors) {
						if (editor.document === session.document) {
							this.paint(editor, session);
						}
					}
				});
			}, delay),
		);
	}

	private paint(editor: vscode.TextEditor, session: ArticleSession): void {
		const t0 = performance.now();
		const model = session.model;
		// A long article draws only what is near the visible lines, found by window queries.
		const visibleOnly = model.detectedCount + model.decisionCount > this.settings.visibleRangesOnlyAbove;
		const entities = visibleOnly ? entitiesInWindows(model, visibleWindows(editor)) : model.visibleEntities();
		const t1 = performance.now();
		const report = this.decorations.paint(editor, entities, this.settings, visibleOnly);
		const t2 = performance.now();
		if (t2 - t0 > SLOW_HANDLER_MS) {
			this.log.warn(`paint breakdown: entities ${Math.round(t1 - t0)} ms, decorate ${Math.round(t2 - t1)} ms (${report.timing})`);
		}
		this.painted.set(session.id, { entities, report });
		if (report.cappedOut > 0 && !this.cappedNoticeShown.has(session.id)) {
			this.cappedNoticeShown.add(session.id);
			void vscode.window.showInformationMessage(
				`Article Annotator: ${session.articleName} has more entities than are drawn at once; ${report.cappedOut} are not highlighted (articleAnnotator.decorations.maxPerType). They are all in the Documents tree.`,
			);
		}
	}

	private readonly cappedNoticeShown = new Set<string>();

	private paintEditors(editors: readonly vscode.TextEditor[]): void {
		for (const editor of editors) {
			const session = this.sessionForDocument(editor.document);
			if (session) {
				this.paint(editor, session);
			}
		}
	}

	private readonly scrollTimers = new WeakMap<vscode.TextEditor, NodeJS.Timeout>();

	private onScroll(editor: vscode.TextEditor): void {
		const session = this.sessionForDocument(editor.document);
		if (!session || !this.painted.get(session.id)?.report.visibleOnly) {
			return;
		}
		clearTimeout(this.scrollTimers.get(editor));
		this.scrollTimers.set(
			editor,
			setTimeout(() => this.timed('paint after scrolling', () => this.paint(editor, session)), SCROLL_PAINT_DELAY_MS),
		);
	}

	private onSelection(editor: vscode.TextEditor): void {
		const session = this.sessionForDocument(editor.document);
		if (session) {
			this.detection.focus(session.id, editor.document.offsetAt(editor.selection.active));
			if (editor === vscode.window.activeTextEditor) {
				this.updateStatus();
			}
		}
	}

	private onActiveEditor(editor: vscode.TextEditor | undefined): void {
		const session = editor ? this.sessionForDocument(editor.document) : undefined;
		void vscode.commands.executeCommand('setContext', 'articleAnnotator.isArticle', !!session);
		const uri = editor?.document.uri.toString();
		// Single keys review the article they were turned on in (a split editor of it too), not
		// whatever editor comes next, which is not read-only: leaving it ends review mode.
		if (this.reviewMode && uri !== this.reviewed) {
			if (this.reviewed) {
				this.leftReadOnly.add(this.reviewed);
			}
			void this.setReviewMode(false);
		}
		if (uri && this.leftReadOnly.delete(uri)) {
			void vscode.commands.executeCommand('workbench.action.files.resetActiveEditorReadonlyInSession');
		}
		this.updateStatus();
	}

	/** The status bar follows typing and cursor moves at most every STATUS_DELAY_MS. */
	private updateStatus(): void {
		if (this.statusTimer) {
			return;
		}
		this.statusTimer = setTimeout(() => {
			this.statusTimer = undefined;
			this.timed('status bar', () => {
				const editor = vscode.window.activeTextEditor;
				const session = editor ? this.sessionForDocument(editor.document) : undefined;
				this.statusBar.show(session, editor, this.settings.labels);
			});
		}, STATUS_DELAY_MS);
	}

	private statusTimer: NodeJS.Timeout | undefined;

	// ---- configuration, memory, sidecar watching ----------------------------------------------------

	private detectionSettings() {
		return {
			modelDirectory: this.settings.modelDirectory ?? path.join(this.context.extensionPath, 'media', 'models'),
			languages: this.settings.languages,
			minConfidence: this.settings.minConfidence,
			labels: this.settings.labels.map((label) => label.name),
		};
	}

	private onConfiguration(event: vscode.ConfigurationChangeEvent | undefined): void {
		if (event && !event.affectsConfiguration(SECTION)) {
			return;
		}
		const previous = this.settings;
		const detectionBefore = JSON.stringify(this.detectionSettings());
		this.settings = readSettings();
		if (JSON.stringify(this.settings.labelProblems) !== JSON.stringify(previous.labelProblems)) {
			// changed to a set that cannot be used: the default labels are used, and the person told why
			this.warnAboutLabels();
		}
		const newProblems = this.settings.settingProblems.filter((problem) => !previous.settingProblems.includes(problem));
		this.warnAboutSettings(newProblems);
		const restyled = this.decorations.configure(this.settings);
		// the highlight limits only change what is drawn: drawn again at once too
		const limitsChanged = previous.maxDecorationsPerType !== this.settings.maxDecorationsPerType || previous.visibleRangesOnlyAbove !== this.settings.visibleRangesOnlyAbove;
		if (restyled || limitsChanged) {
			for (const session of this.sessions.values()) {
				this.schedulePaint(session, 0);
			}
		}
		const detectionChanged = detectionBefore !== JSON.stringify(this.detectionSettings()) || previous.detectionEnabled !== this.settings.detectionEnabled;
		if (detectionChanged) {
			this.detection.configure(this.detectionSettings());
			for (const session of this.sessions.values()) {
				if (this.settings.detectionEnabled) {
					session.startDetection();
				} else {
					session.stopDetection();
				}
			}
			this.corpus.rereadAll();
		} else if (previous.maxArticleBytes !== this.settings.maxArticleBytes || previous.maxSidecarBytes !== this.settings.maxSidecarBytes) {
			// an article (or sidecar) refused as too large may fit now, or one read may not any more
			this.corpus.rereadAll();
		}
		// a workspace folder's own globs change without changing the window's
		if (previous.articleGlobs.join() !== this.settings.articleGlobs.join() || event?.affectsConfiguration(`${SECTION}.articleGlobs`)) {
			void this.corpus.refresh();
			// an open file a new glob matches is an article now, as if opened after the change
			for (const document of vscode.workspace.textDocuments) {
				void this.consider(document);
			}
		}
		if (previous.learnFromDecisions !== this.settings.learnFromDecisions) {
			this.memoryKey = '';
			this.scheduleMemoryUpdate();
		}
	}

	/** The folders and settings `warnAboutFolderSettings` told of. */
	private readonly toldFolderSettings = new Set<string>();

	/**
	 * In a workspace of several folders, VS Code applies a folder's own settings only where their
	 * scope allows it (`articleGlobs`); the label set, languages, threshold, author and limits are
	 * the window's, and a folder's `.vscode/settings.json` setting them is ignored without a word
	 * (its EVENT label then «not in the label set»). Said once per folder and set of such settings.
	 */
	private async warnAboutFolderSettings(): Promise<void> {
		const folders = vscode.workspace.workspaceFolders ?? [];
		if (folders.length < 2) {
			return;
		}
		const properties = ((this.context.extension.packageJSON as { contributes?: { configuration?: { properties?: Record<string, { scope?: string }> } } }).contributes?.configuration?.properties ?? {});
		const windowOnly = Object.entries(properties)
			.filter(([, property]) => !['resource', 'language-overridable', 'machine-overridable'].includes(property.scope ?? 'window'))
			.map(([key]) => key);
		for (const folder of folders) {
			const file = vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json');
			let text: string;
			try {
				text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
			} catch {
				continue; // none
			}
			const written = text.replace(/^\s*\/\/.*$/gm, ''); // lines commented out set nothing
			const ignored = windowOnly.filter((key) => written.includes(`"${key}"`));
			const told = `${folder.uri.toString()} ${ignored.join(' ')}`;
			if (ignored.length === 0 || this.toldFolderSettings.has(told)) {
				continue;
			}
			this.toldFolderSettings.add(told);
			const message = `${displayPath(file)} sets ${ignored.join(', ')}, which VS Code takes from the whole workspace only: in a workspace of several folders a folder's settings cannot set ${ignored.length > 1 ? 'them' : 'it'}, so ${ignored.length > 1 ? 'they are' : 'it is'} not used. Set ${ignored.length > 1 ? 'them' : 'it'} in the workspace's settings (Preferences: Open Workspace Settings) instead.`;
			this.log.warn(`settings: ${message}`);
			void vscode.window.showWarningMessage(`Article Annotator: ${message}`);
		}
	}

	private warnAboutSettings(problems: readonly string[]): void {
		if (problems.length > 0) {
			this.log.warn(`settings: ${problems.join('; ')}`);
			void vscode.window.showWarningMessage(`Article Annotator: ${problems.join('; ')}.`);
		}
	}

	private warnAboutLabels(): void {
		if (this.settings.labelProblems.length > 0) {
			void vscode.window.showWarningMessage(`Article Annotator: articleAnnotator.labels is not usable (${this.settings.labelProblems.join('; ')}); using the default labels.`);
		}
	}

	/** Names the person accepted anywhere in the workspace are suggested again wherever they occur. */
	private scheduleMemoryUpdate(restart = true): void {
		// Background reads finish one after another for minutes in a large corpus: they must not
		// keep pushing back an update already due (the person's last decision among them).
		if (!restart && this.memoryTimer) {
			return;
		}
		clearTimeout(this.memoryTimer);
		this.memoryTimer = setTimeout(
			() =>
				this.timed('remembered names', () => {
					this.memoryTimer = undefined;
					const names = this.settings.learnFromDecisions ? this.rememberedNames() : [];
					const key = JSON.stringify(names);
					if (key !== this.memoryKey) {
						this.memoryKey = key;
						this.detection.setMemory(names);
					}
				}),
			MEMORY_DELAY_MS,
		);
	}

	/** The names people accepted in the workspace, each with the type they gave it most often. */
	private rememberedNames(): RememberedName[] {
		const votes = new Map<string, Map<string, number>>();
		const count = (text: string, type: string) => {
			const key = normalizeEntityText(text);
			const byType = votes.get(key) ?? new Map<string, number>();
			byType.set(type, (byType.get(type) ?? 0) + 1);
			votes.set(key, byType);
		};
		for (const record of this.corpus.articles) {
			// an article reached by several paths (symbolic links) is counted once, open through any of them
			const session = this.corpus.openSessionOf(record);
			if (session) {
				// Decisions only: no need to build a long article's whole entity list.
				for (const annotation of session.model.annotations) {
					if (annotation.status === 'accepted') {
						count(annotation.text, annotation.type);
					}
				}
				continue;
			}
			for (const entity of record.summary?.entities ?? []) {
				if (entity.state === 'accepted' && entity.annotation) {
					count(entity.text, entity.type);
				}
			}
		}
		return [...votes.entries()]
			.map(([text, byType]) => ({ text, type: [...byType.entries()].sort((a, b) => b[1] - a[1])[0][0] }))
			.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
	}

	/**
	 * A file or folder is renamed or moved in VS Code (explorer, refactoring): the decisions still
	 * waiting to be written for the articles it holds are written first, to the sidecars beside
	 * them, so that they move with the folder or with the article (see `moveSidecarsAfterRename`)
	 * instead of being written later to the old place.
	 */
	private async flushBeforeRename(files: readonly { readonly oldUri: vscode.Uri }[]): Promise<void> {
		const affected = (uri: vscode.Uri) => files.some(({ oldUri }) => isSameOrInside(uri, oldUri));
		const sessions = [...this.sessions.values()].filter((session) => affected(session.document.uri));
		const flushes = sessions.map((session) => session.flush());
		flushes.push(...[...this.closing.entries()].filter(([key]) => affected(vscode.Uri.parse(key))).map(([, closing]) => closing));
		if (flushes.length > 0) {
			// A save that waits for an answer (a conflict) must not hold the rename for good.
			let timer: NodeJS.Timeout | undefined;
			const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), RENAME_FLUSH_TIMEOUT_MS)));
			const result = await Promise.race([Promise.all(flushes).then(() => 'done' as const), timedOut]);
			clearTimeout(timer);
			if (result === 'timeout') {
				this.log.warn(`rename: pending decisions were not all written within ${RENAME_FLUSH_TIMEOUT_MS} ms before the rename`);
			}
		}
		// From here their sidecars leave the old place: the watcher must not take that for a
		// deletion to answer by writing the decisions there again.
		for (const session of sessions) {
			clearTimeout(this.movedAway.get(session.id));
			this.movedAway.set(
				session.id,
				setTimeout(() => this.movedAway.delete(session.id), MOVED_AWAY_MS),
			);
		}
	}

	/** An article renamed or moved in VS Code takes its sidecar along (a folder takes them by itself). */
	private async moveSidecarsAfterRename(files: readonly { readonly oldUri: vscode.Uri; readonly newUri: vscode.Uri }[]): Promise<void> {
		// The sessions of the old names end now (their decisions were written before the rename):
		// nothing more is written to the old place.
		const moved = [...this.sessions.values()].filter((session) => files.some(({ oldUri }) => isSameOrInside(session.document.uri, oldUri)));
		for (const session of moved) {
			const to = files.find(({ oldUri }) => isSameOrInside(session.document.uri, oldUri));
			if (to) {
				session.endedByRename(displayPath(movedUri(session.document.uri, to.oldUri, to.newUri)));
			}
		}
		await Promise.all(moved.map((session) => this.close(session.document)));
		for (const session of moved) {
			clearTimeout(this.movedAway.get(session.id));
			this.movedAway.delete(session.id);
		}
		for (const { oldUri, newUri } of files) {
			if (isSidecarName(baseName(oldUri)) || isSidecarName(baseName(newUri))) {
				continue;
			}
			try {
				if ((await vscode.workspace.fs.stat(newUri)).type & vscode.FileType.Directory) {
					continue;
				}
				// The old session's last write goes to the old sidecar: wait for it, then move that.
				await this.closing.get(oldUri.toString());
				const from = sidecarUriFor(oldUri);
				const to = sidecarUriFor(newUri);
				if (!(await exists(from))) {
					continue;
				}
				if (await exists(to)) {
					this.log.warn(`rename: ${displayPath(from)} was not moved: ${displayPath(to)} already exists`);
					void vscode.window.showWarningMessage(
						`Article Annotator: the annotations of ${baseName(oldUri)} stay in ${displayPath(from)}: ${displayPath(to)} already exists, so it was not replaced.`,
					);
					continue;
				}
				await vscode.workspace.fs.rename(from, to, { overwrite: false });
				const unchanged = await renameDocumentField(this.files, to, baseName(newUri), this.settings.maxSidecarBytes);
				if (unchanged) {
					// moved, but still naming the old file: said, so the person changes that line by hand
					const where = displayPath(to);
					this.log.warn(`rename: ${where} still names ${quoteForMessage(unchanged.stillNames)}: ${NOT_ON_ITS_OWN_LINE}`);
					void vscode.window.showWarningMessage(`Article Annotator: ${where} moved with its article but still names ${quoteForMessage(unchanged.stillNames)} (${NOT_ON_ITS_OWN_LINE}); write document: ${baseName(newUri)} there by hand.`);
				}
				this.log.info(`rename: moved ${displayPath(from)} to ${displayPath(to)} with its article`);
				const session = this.sessions.get(newUri.toString());
				if (session) {
					// The renamed article may have looked for its sidecar before it arrived.
					await session.handleSidecarChangedOnDisk();
				}
			} catch (error) {
				const message = error instanceof Error ? error.message : String(error);
				this.log.error(`rename: the sidecar of ${baseName(oldUri)} could not be moved with it: ${message}`);
				void vscode.window.showErrorMessage(`Article Annotator: the annotations of ${baseName(oldUri)} could not be moved with it (${message}); they are still in ${displayPath(sidecarUriFor(oldUri))}.`);
			}
		}
		// Decisions kept aside (see RecoveryStore) follow too, after the sidecars and once the sessions
		// closing have kept theirs.
		await Promise.all([...this.closing.entries()].filter(([key]) => files.some(({ oldUri }) => isSameOrInside(vscode.Uri.parse(key), oldUri))).map(([, closing]) => closing));
		await this.recovery.move(files);
		for (const { newUri } of files) {
			for (const session of this.sessions.values()) {
				if (isSameOrInside(session.document.uri, newUri)) {
					// opened under the new name before its records arrived: offered now
					void session.loaded.then(() => session.offerRecovered());
				}
			}
		}
	}

	/**
	 * The files the sidecars of open articles point to when they are symbolic links, or that they are
	 * when their folder is reached through one: their changes are taken in as the sidecar's own (the
	 * sidecar watcher sees the link's path only, and nothing inside a linked folder).
	 */
	private readonly linkTargets: LinkTargetWatchers;

	private watchLinkTarget(session: ArticleSession): void {
		const sidecar = session.sidecarUri;
		void this.linkTargets.update(session.id, sidecar, (deleted) => void this.sidecarChangedOnDisk(sidecar, deleted), () => this.sessions.get(session.id) === session);
	}

	/** A sidecar changed on disk (or the file it links to): the open article takes it in, the tree reads it again. */
	private async sidecarChangedOnDisk(sidecarUri: vscode.Uri, deleted = false): Promise<void> {
		if (await this.files.isOwnWrite(sidecarUri)) {
			return;
		}
		const articleUri = vscode.Uri.joinPath(sidecarUri, '..', baseName(sidecarUri).slice(0, -'.annotations.yaml'.length));
		if (this.movedAway.has(articleUri.toString())) {
			return; // the article and its sidecar are being renamed or moved (see moveSidecarsAfterRename)
		}
		// open by its path, or through a symbolic link to it (its sidecar is this one: see sidecarHomeFor)
		const session = this.sessions.get(articleUri.toString()) ?? [...this.sessions.values()].find((open) => open.sidecarUri.toString() === sidecarUri.toString());
		if (session) {
			this.watchLinkTarget(session);
			// a sidecar that cannot be read now (a folder in its place) is reported by the next save
			await session.handleSidecarChangedOnDisk().catch((error: unknown) => this.log.warn(`${displayPath(sidecarUri)}: not read again: ${error instanceof Error ? error.message : String(error)}`));
		} else if (deleted) {
			// A sidecar that went away (moved with its article, deleted) makes no new article, and
			// takes off the list an article that only it made one.
			this.corpus.sidecarDeleted(articleUri);
		} else if (!(await fileExists(articleUri))) {
			// one left behind by an article deleted or moved in a shell makes no article either
			this.corpus.invalidate(articleUri);
		} else {
			this.corpus.addNamedBySidecar(articleUri);
			this.corpus.invalidate(articleUri);
		}
		this.scheduleMemoryUpdate();
	}

	/**
	 * A sidecar written through one path is also the sidecar of an article open through another (a
	 * folder reached by a symbolic link and by its real path): that article takes the write in as a
	 * change on disk at once, where the file watcher reports it under one of the paths at most (none
	 * when the real folder is outside the workspace).
	 */
	private async sameSidecarWritten(written: vscode.Uri, writer: string | undefined): Promise<void> {
		// (two sessions can share the sidecar's path too: an article opened by a symbolic link to its file and by its real path)
		const others = [...this.sessions.values()].filter((session) => session.sidecarUri.scheme === 'file' && written.scheme === 'file' && session.id !== writer && (writer !== undefined || session.sidecarUri.toString() !== written.toString()));
		if (others.length === 0) {
			return;
		}
		const real = (await replacedFile(written.fsPath)).path;
		for (const session of others) {
			if ((await replacedFile(session.sidecarUri.fsPath)).path === real && this.sessions.get(session.id) === session) {
				await session.handleSidecarChangedOnDisk().catch((error: unknown) => this.log.warn(`${session.sidecarLabel}: not read again: ${error instanceof Error ? error.message : String(error)}`));
			}
		}
	}

	private watchSidecars(): vscode.Disposable {
		const watcher = vscode.workspace.createFileSystemWatcher('**/*.annotations.yaml');
		return vscode.Disposable.from(
			watcher,
			watcher.onDidChange((uri) => void this.sidecarChangedOnDisk(uri)),
			watcher.onDidCreate((uri) => void this.sidecarChangedOnDisk(uri)),
			watcher.onDidDelete((uri) => void this.sidecarChangedOnDisk(uri, true)),
		);
	}

	/** Writes every pending decision (deactivation, tests). */
	async flushAll(): Promise<void> {
		// Articles closed just before are still writing what was pending: wait for them too.
		await Promise.all([...[...this.sessions.values()].map((session) => session.flush()), ...this.closing.values()]);
	}

	dispose(): void {
		clearTimeout(this.memoryTimer);
		clearTimeout(this.goneTimer?.timer);
		for (const timer of this.movedAway.values()) {
			clearTimeout(timer);
		}
		clearTimeout(this.statusTimer);
		for (const timer of this.paintTimers.values()) {
			clearTimeout(timer);
		}
		for (const listener of this.sessionListeners.values()) {
			listener.dispose();
		}
		this.linkTargets.dispose();
		for (const session of this.sessions.values()) {
			session.dispose();
		}
		this.sessions.clear();
		for (const disposable of this.disposables.reverse()) {
			disposable.dispose();
		}
	}
}
