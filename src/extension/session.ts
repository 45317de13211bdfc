import * as vscode from 'vscode';
import type { Annotation } from '../core/annotation';
import { DocumentAnnotations, type ChangeSummary } from '../core/document';
import { languageLabel, type LanguageProfile } from '../core/language';
import { findOnce, insertedRanges, movableCore, type ContentChange } from '../core/shift';
import { TextBuffer } from '../core/textBuffer';
import { orphanFromDropped, reanchorOrphans, sidecarFitsText, type AnchorMove, type BindResult, type ContextualOrphan } from '../core/sidecar/bind';
import { bindToText, loadSidecar, type LoadRequest, type LoadResult } from '../core/sidecar/load';
import { NOT_ON_ITS_OWN_LINE, parseSidecar } from '../core/sidecar/codec';
import { CONTEXT_LENGTH, formatProblem, formatProblemWithoutFile, type Sidecar, type SidecarProblem } from '../core/sidecar/model';
import { decodeTextFile, formatBytes, isUtf8Of } from '../core/textfile';
import type { Settings } from './config';
import type { DetectionClient, DetectionResult } from './detectionClient';
import { RecoveryStore, type RecoveredDecisions } from './recovery';
import { baseName, displayPath, fileExists, MISSING, sidecarHomeFor, type SidecarFiles, type SidecarSnapshot } from './sidecarFiles';
import type { SidecarThread } from './sidecarThread';
import { computeLineStarts, type ArticleSummary } from './summary';
import { appendAll, maxOf } from '../core/arrays';
import type { LanguageCode } from '../core/types';

export interface SessionServices {
	settings(): Settings;
	readonly files: SidecarFiles;
	readonly detection: DetectionClient;
	readonly log: vscode.LogOutputChannel;
	/** Runs a piece of work on the extension host, timed (see HostTimer). */
	timed<T>(what: string, work: () => T): T;
	/** Sidecar reading and save planning, off the extension host. */
	readonly sidecars: Pick<SidecarThread, 'plan' | 'load'>;
	/** Where decisions that cannot be written to the sidecar are kept, outside the workspace. */
	readonly recovery: Pick<RecoveryStore, 'write' | 'list' | 'remove'>;
	/** Asks the person a question with buttons; resolves to the chosen one. */
	ask(message: string, ...buttons: string[]): Thenable<string | undefined>;
	tell(message: string, kind?: 'info' | 'warning' | 'error'): void;
}

/** What changed, so the container repaints only what it must. */
export type SessionChange = 'decisions' | 'suggestions' | 'edit' | 'sidecar' | 'language';

/** Why a sidecar of `size` bytes is not read or written (a limit of 1 MB and 1.4 MB of sidecar are not both «1 MB»). */
function overLimit(size: number, maxBytes: number, where = ''): string {
	return `is ${formatBytes(size)}${where}, over the ${formatBytes(maxBytes)} limit (articleAnnotator.limits.maxSidecarMegabytes)`;
}

/** How long decisions are batched before the sidecar is written. */
const SAVE_DELAY_MS = 300;
/** After an edit drops annotations, wait this long (undo, formatter) before telling the person. */
const ORPHAN_REPORT_DELAY_MS = 1200;
/** Undo and redo come as several change events in a row: orphans are looked for once they are done. */
const UNDO_ORPHAN_DELAY_MS = 150;
/** An outside change to the article is handled after this pause, with the sidecar's own change. */
const OUTSIDE_CHANGE_DELAY_MS = 250;
/** After typing that wrote an orphan's text again stops for this long, it is looked for there. */
const TYPED_BACK_DELAY_MS = 500;
/** How many deleted texts are remembered to place their orphans again when pasted back, and up to what size. */
const MAX_RECENT_CUTS = 8;
const MAX_CUT_UNITS = 1_000_000;

/** Text an edit deleted, and where the annotations deleted with it were in it (see `rememberCuts`). */
interface RecentCut {
	/** The text without a line break at either end (`movableCore`). */
	readonly core: string;
	readonly orphans: ReadonlyArray<{ readonly id: string; readonly offset: number }>;
}

/**
 * One open article: its annotations (decisions from the sidecar, suggestions from the worker),
 * kept in step with the editor's text, and written back to the sidecar safely.
 */
export class ArticleSession implements vscode.Disposable {
	readonly id: string;
	readonly sidecarUri: vscode.Uri;
	/** The article's name as its sidecar's `document:` says it: the linked file's, for an article that is a symbolic link. */
	private readonly sidecarDocumentName: string;
	/** A sidecar beside the symbolic link the article was opened by, not its own (see `takeInSidecarBesideLink`). */
	private readonly sidecarBesideLink: vscode.Uri | undefined;
	/** The sidecars beside a link and beside its file that the person was told both hold annotations, in this window. */
	private static readonly toldBothSidecars = new Set<string>();
	readonly model = new DocumentAnnotations();
	profile: LanguageProfile | undefined;
	/** The article's language as the person set it (the sidecar's `language:`); undefined: identified from the text. */
	chosenLanguage: LanguageCode | undefined;
	/** Why the sidecar cannot be written (the person is told; annotations stay in memory). */
	readOnlyReason: string | undefined;
	/** Re-anchored positions not yet written: the article changed outside the editor. */
	pendingMoves: AnchorMove[] = [];
	/** The decisions as they were placed when `pendingMoves` were found (see `decidedSincePendingMoves`). */
	private decisionsAtPendingMoves = '';
	/** The labels not in the label set that the person was last told this sidecar holds (see `tellAboutOtherLabels`). */
	private toldOtherLabels = '';
	/** The worker has answered at least once for this document. */
	detected = false;
	/** Version of the text (or last edit) this session sent to the worker. */
	private lastSentVersion = -1;
	lastDetection: { version: number; detectMs: number; complete: boolean } | undefined;

	private readonly changeEmitter = new vscode.EventEmitter<SessionChange>();
	readonly onDidChange = this.changeEmitter.event;

	/** The article text as saved on disk: sidecar offsets always point into it. */
	private diskText = '';
	/** The document text as this session last saw it, in blocks (for the context of annotations an edit drops). */
	private readonly buffer = new TextBuffer();
	/** The document's length after the last change this session applied. */
	private length = 0;
	private base: Sidecar | undefined;
	private baseText: string | undefined;
	private snapshot: SidecarSnapshot = MISSING;
	private readonly removedByPerson = new Set<string>();
	private unsavedDecisions = false;
	/** The last write placed decisions in the saved text while the editor held unsaved edits. */
	private writtenAgainstOlderText = false;
	/** Bumped by every change that needs writing; a save clears `unsavedDecisions` only if none came meanwhile. */
	private changeCounter = 0;
	private saveTimer: NodeJS.Timeout | undefined;
	private saving: Promise<void> = Promise.resolve();
	private recentlyDropped: ContextualOrphan[] = [];
	/** Text edits deleted with the annotations that were inside it, newest last (see `placeOrphansPastedBack`). */
	private recentCuts: RecentCut[] = [];
	/** Orphans whose text an edit wrote again next to where it typed, to look for once typing stops. */
	private typedBack = new Set<string>();
	private typedBackTimer: NodeJS.Timeout | undefined;
	private orphanTimer: NodeJS.Timeout | undefined;
	private undoOrphanTimer: NodeJS.Timeout | undefined;
	private reloadTimer: NodeJS.Timeout | undefined;
	private disposed = false;
	/** The article was renamed or moved away: its sidecar went with it (see `endedByRename`). */
	private renamedAway: string | undefined;
	readonly loaded: Promise<void>;
	/** Names this session's record of decisions not written (see `keepForRecovery`). */
	private recoveryTag = RecoveryStore.sessionTag();
	/** This session's record, while it holds decisions the sidecar does not. */
	private recoveryUri: vscode.Uri | undefined;
	private toldAboutRecovery = false;
	/** The person was told that the article is gone and its decisions kept aside (see `saveNow`). */
	private toldArticleGone = false;
	/** The record being written (see `keepForRecovery`). */
	private keeping: Promise<void> = Promise.resolve();

	constructor(
		readonly document: vscode.TextDocument,
		private readonly services: SessionServices,
	) {
		this.id = document.uri.toString();
		// an article that is a symbolic link to a file has its sidecar beside that file (as opened by its real path)
		const home = sidecarHomeFor(document.uri);
		this.sidecarUri = home.uri;
		this.sidecarDocumentName = home.articleName;
		this.sidecarBesideLink = home.besideLink;
		this.model.authorOf = () => this.services.settings().author;
		this.loaded = this.load().catch((error: unknown) => {
			this.readOnlyReason = `could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
			this.services.log.error(`${this.sidecarLabel}: ${this.readOnlyReason}`);
			this.services.tell(`Article Annotator: ${this.sidecarLabel} ${this.readOnlyReason}. Nothing will be written to it.`, 'error');
		});
	}

	get articleName(): string {
		return baseName(this.document.uri);
	}

	get sidecarLabel(): string {
		return displayPath(this.sidecarUri);
	}

	/** True when decisions wait to be written (the person made them, or positions moved). */
	get hasUnsavedDecisions(): boolean {
		return this.unsavedDecisions;
	}

	private async load(): Promise<void> {
		// Decisions can be made from here on (the editor is open): a read that ends later must not replace them.
		const counterAtRead = this.changeCounter;
		const settings = this.services.settings();
		const text = this.document.getText();
		this.buffer.reset(text);
		this.length = text.length;
		this.diskText = text;
		await this.takeInSidecarBesideLink();
		const read = await this.services.files.read(this.sidecarUri, settings.maxSidecarBytes);
		// Without a sidecar there are no decisions that a suggestion could contradict: detection
		// starts now instead of after the saved article is read (a megabyte takes a few hundred ms).
		const detectingEarly = !this.disposed && !('tooLarge' in read) && !read.bytes;
		if (detectingEarly) {
			this.startDetection();
		}
		// The sidecar points into the file as saved, which can differ from the editor's text: unsaved
		// edits restored by hot exit, or mixed line ends that VS Code normalises when it opens a file.
		if (this.document.uri.scheme !== 'untitled') {
			this.diskText = (await this.readArticleFromDisk(text)) ?? text;
		}
		if ('tooLarge' in read) {
			this.readOnlyReason = overLimit(read.tooLarge, settings.maxSidecarBytes);
			this.reportReadOnly();
		} else if (read.bytes) {
			await this.applyRead(read, settings, 'open', counterAtRead);
		} else {
			this.snapshot = MISSING;
		}
		if (this.disposed) {
			return;
		}
		this.services.timed('sidecar load: detection', () => {
			this.changeEmitter.fire('sidecar');
			if (!detectingEarly) {
				this.startDetection();
			}
		});
		if (!this.readOnlyReason) {
			void this.offerRecovered();
		}
	}

	/**
	 * A sidecar beside the symbolic link the article was opened by (kept there before sidecars of
	 * linked articles went beside the file the link leads to): moved to the article's sidecar when
	 * there is none yet, otherwise left as it is; the person is told either way, as neither file is
	 * written over.
	 */
	private async takeInSidecarBesideLink(): Promise<void> {
		const besideLink = this.sidecarBesideLink;
		if (!besideLink) {
			return;
		}
		const there = displayPath(besideLink);
		if (!(await fileExists(this.sidecarUri)) && (await fileExists(besideLink))) {
			let moved: { readonly stillNames?: string; readonly left?: string };
			try {
				// named for the file it now sits beside, in the same write (validate refuses a sidecar naming another file)
				moved = await this.services.files.moveNaming(besideLink, this.sidecarUri, this.sidecarDocumentName, this.services.settings().maxSidecarBytes);
			} catch (error) {
				const why = error instanceof Error ? error.message : String(error);
				this.services.log.warn(`${there}: not moved to ${this.sidecarLabel}: ${why}`);
				this.services.tell(`Article Annotator: ${this.articleName} is a symbolic link: its annotations are kept beside the file it leads to, in ${this.sidecarLabel}, but ${there} could not be moved there (${why}). It was left as it is.`, 'warning');
				return;
			}
			if (moved.left !== undefined) {
				this.services.log.warn(`${there}: copied to ${this.sidecarLabel}, not deleted: ${moved.left}`);
				this.services.tell(`Article Annotator: ${this.articleName} is a symbolic link: its annotations are kept beside the file it leads to. ${there} was copied there, to ${this.sidecarLabel}, but could not be deleted (${moved.left}): compare the two, then delete ${there}.`, 'warning');
				return;
			}
			this.services.log.info(`${there}: moved to ${this.sidecarLabel}, beside the file the link ${this.articleName} leads to`);
			this.services.tell(`Article Annotator: ${this.articleName} is a symbolic link: its annotations are kept beside the file it leads to. ${there} was moved there, to ${this.sidecarLabel}.`);
			if (moved.stillNames !== undefined) {
				this.services.tell(`Article Annotator: ${this.sidecarLabel} still names ${moved.stillNames} (${NOT_ON_ITS_OWN_LINE}); write document: ${this.sidecarDocumentName} there by hand.`, 'warning');
			}
			return;
		}
		// once per window for each pair: not at every opening of the article, which changes nothing
		const pair = `${besideLink.toString()}\n${this.sidecarUri.toString()}`;
		if (ArticleSession.toldBothSidecars.has(pair)) {
			return;
		}
		ArticleSession.toldBothSidecars.add(pair);
		const compare = 'Compare Both';
		void this.services
			.ask(`Article Annotator: ${this.articleName} is a symbolic link: its annotations are kept in ${this.sidecarLabel}, beside the file it leads to, but ${there} beside the link holds annotations too. It was left as it is: merge what it holds into ${this.sidecarLabel} by hand, or delete it.`, compare)
			.then((choice) => {
				if (choice === compare) {
					void vscode.commands.executeCommand('vscode.diff', besideLink, this.sidecarUri, `${there} ↔ ${this.sidecarLabel}`);
				}
			});
	}

	/** The article as saved; `editorText` is what the editor holds, most often the same text. */
	private async readArticleFromDisk(editorText: string): Promise<string | undefined> {
		let bytes: Uint8Array;
		try {
			bytes = await vscode.workspace.fs.readFile(this.document.uri);
		} catch {
			return undefined;
		}
		const maxBytes = this.services.settings().maxArticleBytes;
		// Comparing the bytes with the editor's text is several times cheaper than decoding them on
		// the extension host (a megabyte took 50–100 ms to decode there).
		if (bytes.length <= maxBytes && this.services.timed('article compare', () => isUtf8Of(bytes, editorText))) {
			return editorText;
		}
		const decoded = this.services.timed('article decode', () => decodeTextFile(bytes, { maxBytes }));
		return decoded.ok ? decoded.text : undefined;
	}

	/**
	 * Takes in sidecar bytes read from disk: parse and place them in the editor's text (off the
	 * extension host), or go read-only. `counterAtRead` is the change counter from before the read
	 * began: a decision made since then is merged with the file instead of being replaced by it.
	 */
	private async applyRead(read: SidecarSnapshot, settings: Settings, when: 'open' | 'reload', counterAtRead: number, mergeWaiting = false): Promise<void> {
		const request = (): LoadRequest => ({ bytes: read.bytes!, maxBytes: settings.maxSidecarBytes, labels: settings.labels.map((label) => label.name), documentName: this.sidecarDocumentName, ...this.texts() });
		let loaded: LoadResult | undefined;
		// The texts can change while the worker places it (typing, a save): then it is placed again.
		for (let attempt = 1; !loaded; attempt++) {
			const { version } = this.document;
			const { diskText } = this;
			const result = attempt <= 3 ? await this.services.sidecars.load(request()) : this.services.timed('sidecar load: placed here', () => loadSidecar(request()));
			if (this.disposed) {
				return;
			}
			if ((this.changeCounter !== counterAtRead || mergeWaiting) && result.ok) {
				// The person decided something meanwhile, or decisions wait that a sidecar unreadable
				// until now refused (`mergeWaiting`; they stayed in memory, and in a record kept aside):
				// merge them with the file instead of replacing them with it, now that it can be read.
				// (A sidecar that cannot be read is taken in below: read-only, the decisions stay in memory.)
				this.services.log.info(`${this.sidecarLabel}: decisions not written yet; merging them with it`);
				if (this.readOnlyReason !== undefined) {
					this.readOnlyReason = undefined;
					void this.offerRecovered(); // other sessions' records, not offered while it could not be read
				}
				void this.save();
				return;
			}
			if (this.document.version === version && this.diskText === diskText) {
				loaded = result;
			}
		}
		const placed = loaded;
		this.services.timed('sidecar load: applied', () => this.takeIn(read, placed, when));
	}

	/** The article as saved, and the editor's text when it differs (what a sidecar is placed in). */
	private texts(): { diskText: string; editorText?: string } {
		const editorText = this.document.getText();
		return editorText === this.diskText ? { diskText: this.diskText } : { diskText: this.diskText, editorText };
	}

	private takeIn(read: SidecarSnapshot, loaded: LoadResult, when: 'open' | 'reload'): void {
		this.snapshot = read;
		if (!loaded.ok) {
			const { parsed } = loaded;
			const first = parsed.problems.find((problem) => problem.severity === 'error') ?? parsed.problems[0];
			this.readOnlyReason = first ? formatProblemWithoutFile(first) : 'cannot be read';
			this.base = undefined;
			this.baseText = undefined;
			this.reportReadOnly();
			return;
		}
		const { parsed, bound } = loaded;
		const mended = this.readOnlyReason !== undefined;
		this.readOnlyReason = undefined;
		if (mended && when === 'reload') {
			// Records kept aside were not offered while the sidecar could not take them.
			void this.offerRecovered();
		}
		this.base = parsed.sidecar;
		this.baseText = loaded.text;
		this.model.replaceAll(bound.annotations, bound.orphans);
		this.adoptLanguage(parsed.sidecar.language);
		this.removedByPerson.clear();
		this.unsavedDecisions = false;
		this.setPendingMoves(bound.moves);
		this.logProblems([...parsed.problems, ...bound.problems]);
		this.tellAboutOtherLabels();
		if (bound.differsFromFile && (bound.moves.length > 0 || bound.orphans.length > parsed.sidecar.orphaned.length)) {
			const newOrphans = bound.orphans.length - parsed.sidecar.orphaned.length;
			const parts = [bound.moves.length > 0 ? `${bound.moves.length} re-anchored` : '', newOrphans > 0 ? `${newOrphans} could not be placed (kept as orphans)` : ''].filter(Boolean);
			void this.services
				.ask(`Article Annotator: ${this.articleName} changed outside the editor since its annotations were saved: ${parts.join(', ')}. The sidecar is written only when you confirm or save.`, 'Save Positions', 'Show Documents')
				.then((choice) => {
					if (choice === 'Save Positions') {
						this.confirmPendingMoves();
					} else if (choice === 'Show Documents') {
						void vscode.commands.executeCommand('articleAnnotator.focusDocuments');
					}
				});
		} else if (when === 'reload') {
			this.services.log.info(`${this.sidecarLabel}: reloaded after a change on disk`);
		}
	}

	/** Places a sidecar's annotations in the editor's text (see `bindToText`). */
	private bindToEditor(sidecar: Sidecar, settings: Settings): BindResult {
		return bindToText(sidecar, { labels: settings.labels.map((label) => label.name), documentName: this.sidecarDocumentName, ...this.texts() });
	}

	/**
	 * Says once (again only when they change) that the sidecar holds annotations whose label is not in
	 * the label set: a label removed from the setting, a sidecar from another project. They are kept
	 * as they are, drawn outlined with their label, and their hover says why.
	 */
	private tellAboutOtherLabels(): void {
		const known = new Set(this.services.settings().labels.map((label) => label.name));
		const counts = new Map<string, number>();
		for (const annotation of [...this.model.annotations, ...this.model.orphans]) {
			if (!known.has(annotation.type)) {
				counts.set(annotation.type, (counts.get(annotation.type) ?? 0) + 1);
			}
		}
		const told = [...counts.keys()].sort().join(' ');
		if (told !== '' && told !== this.toldOtherLabels) {
			const listed = [...counts].map(([label, count]) => `${label} (${count})`).join(', ');
			this.services.tell(`Article Annotator: ${this.sidecarLabel} holds annotations of labels not in articleAnnotator.labels: ${listed}. They are kept as they are and shown outlined with their label; add the label to the setting, or change their type.`, 'warning');
		}
		this.toldOtherLabels = told;
	}

	private logProblems(problems: readonly SidecarProblem[]): void {
		for (const problem of problems) {
			const line = formatProblem(this.sidecarLabel, problem);
			if (problem.severity === 'error') {
				this.services.log.error(line);
			} else {
				this.services.log.warn(line);
			}
		}
	}

	private reportReadOnly(): void {
		this.services.log.error(`${this.sidecarLabel}: ${this.readOnlyReason}`);
		void this.services
			.ask(`Article Annotator: ${this.sidecarLabel} ${this.readOnlyReason}. It is left untouched and annotations of this article are read-only until it is fixed.`, 'Open Sidecar', 'Back Up and Start Fresh')
			.then(async (choice) => {
				if (choice === 'Open Sidecar') {
					await vscode.window.showTextDocument(this.sidecarUri, { preview: false });
				} else if (choice === 'Back Up and Start Fresh') {
					await this.startFresh();
				}
			});
	}

	/** Moves a broken sidecar aside (kept, never deleted) and starts with no decisions. */
	async startFresh(): Promise<void> {
		const backup = await this.services.files.backUpBroken(this.sidecarUri);
		this.services.tell(`Article Annotator: the broken sidecar was kept as ${displayPath(backup)}.`);
		let keptAside = true;
		if (this.unsavedDecisions) {
			// Decisions in no file (made while it could not be read) would go with the model: kept
			// aside first, in a record that is no longer this session's own, so that it is offered
			// below instead of deleted by the next write.
			clearTimeout(this.saveTimer);
			this.recoveryUri = undefined;
			await this.keepForRecovery(`it ${this.readOnlyReason ?? 'could not be read'}`);
			keptAside = this.recoveryUri !== undefined;
			this.recoveryUri = undefined;
			this.recoveryTag = RecoveryStore.sessionTag();
		}
		this.readOnlyReason = undefined;
		this.snapshot = MISSING;
		this.base = undefined;
		this.baseText = undefined;
		if (keptAside) {
			this.model.replaceAll([], []);
			this.removedByPerson.clear();
			this.unsavedDecisions = false;
		} else {
			this.scheduleSave(0); // kept nowhere else: written to the fresh sidecar instead
		}
		this.changeEmitter.fire('sidecar');
		void this.offerRecovered();
	}

	// ---- detection ---------------------------------------------------------------------------

	startDetection(): void {
		const settings = this.services.settings();
		if (!settings.detectionEnabled || this.disposed) {
			return;
		}
		this.lastSentVersion = this.document.version;
		// what was detected before (other settings, a stopped worker) is not an answer for this open
		this.lastDetection = undefined;
		const subscriber = {
			onResult: (result: DetectionResult) => {
				const started = performance.now();
				this.receiveDetection(result);
				const elapsed = performance.now() - started;
				if (elapsed > 16) {
					this.services.log.warn(`slow detection result handling for ${this.articleName}: ${Math.round(elapsed)} ms (${result.entities.length} entities)`);
				}
			},
			onResync: () => this.startDetection(),
		};
		this.services.detection.open(this.id, this.document.version, this.document.getText(), subscriber, this.chosenLanguage);
	}

	/**
	 * Sets the article's language (undefined: identified from the text again): detection starts over
	 * in it, and the sidecar's `language:` is written like a decision.
	 */
	setLanguage(language: LanguageCode | undefined): void {
		if (this.chosenLanguage === language) {
			return;
		}
		this.chosenLanguage = language;
		this.restartDetectionForLanguage();
		this.markUnsaved();
		this.scheduleSave(0);
	}

	/** The language the sidecar sets, as read or merged from disk. */
	private adoptLanguage(language: LanguageCode | undefined): void {
		if (this.chosenLanguage !== language) {
			this.chosenLanguage = language;
			this.restartDetectionForLanguage();
		}
	}

	private restartDetectionForLanguage(): void {
		// before the first open (the sidecar is read first), the open carries the language
		if (this.lastSentVersion >= 0 && this.services.settings().detectionEnabled && !this.disposed) {
			this.startDetection();
		}
		this.changeEmitter.fire('language');
	}

	stopDetection(): void {
		this.services.detection.close(this.id);
		this.model.setDetected([]);
		this.changeEmitter.fire('suggestions');
	}

	private receiveDetection(result: DetectionResult): void {
		// An answer about text that edits sent since have changed is dropped; the worker sends the
		// same range again with the next answer, until one is acknowledged.
		if (this.disposed || result.version !== this.lastSentVersion) {
			return;
		}
		const languageChanged = this.profile === undefined || languageLabel(this.profile) !== languageLabel(result.profile);
		this.profile = result.profile;
		this.model.replaceDetectedIn(result.range.start, result.range.end, result.entities);
		this.services.detection.acknowledge(this.id, result.version, result.generation);
		this.detected = true;
		this.lastDetection = { version: result.version, detectMs: result.detectMs, complete: result.complete };
		this.changeEmitter.fire(languageChanged ? 'language' : 'suggestions');
	}

	/** Whether the detector has answered for the text as it is now. */
	get detectionCurrent(): boolean {
		return this.detected && this.lastDetection?.version === this.lastSentVersion && this.lastDetection.complete;
	}

	/**
	 * What the Documents tree would find by reading the saved files again, when this session already
	 * knows it: the editor holds the saved article, every decision is written, and the detector has
	 * answered for this very text. Undefined otherwise (the tree then reads and detects the files).
	 */
	savedFilesSummary(): ArticleSummary | undefined {
		const profile = this.profile;
		if (!profile || this.document.isDirty || this.readOnlyReason !== undefined || this.unsavedDecisions || this.writtenAgainstOlderText || this.pendingMoves.length > 0 || !this.detectionCurrent) {
			return undefined;
		}
		const text = this.document.getText();
		if (text !== this.diskText) {
			return undefined;
		}
		return { language: languageLabel(profile), rightToLeft: profile.rightToLeft, entities: this.model.allEntities(), orphans: this.model.orphans, lineStarts: computeLineStarts(text) };
	}

	// ---- edits -------------------------------------------------------------------------------

	handleDocumentChange(event: vscode.TextDocumentChangeEvent): void {
		if (event.contentChanges.length === 0) {
			return;
		}
		const changes: ContentChange[] = event.contentChanges.map((change) => ({ rangeOffset: change.rangeOffset, rangeLength: change.rangeLength, text: change.text }));
		const hadUnsavedDecisions = this.unsavedDecisions;
		// The buffer still holds the text before the edit: text the event moves takes its names along,
		// and the orphans of the names it cuts through take their context from it.
		const decisions = this.model.applyEdits(
			changes,
			(annotation) => this.orphanOfDropped(annotation),
			(start, end) => this.buffer.slice(start, end),
		);
		const dropped = decisions.orphaned;
		this.rememberCuts(changes, decisions.dropped);
		const edits = changes.map((change) => ({ start: change.rangeOffset, end: change.rangeOffset + change.rangeLength, text: change.text })).sort((a, b) => b.start - a.start);
		for (const edit of edits) {
			this.buffer.replace(edit.start, edit.end, edit.text);
			this.length += edit.text.length - (edit.end - edit.start);
		}
		this.model.shiftDetected(edits);
		this.lastSentVersion = this.document.version;
		this.services.detection.edit(this.id, this.document.version, edits, this.length);
		if (decisions.changed.length > 0 || dropped.length > 0 || decisions.moved) {
			this.markUnsaved();
		}
		if (decisions.changed.length > 0) {
			const first = decisions.changed[0];
			vscode.window.setStatusBarMessage(`$(edit) ${first.type} «${first.text}» updated by your edit${decisions.changed.length > 1 ? ` (+${decisions.changed.length - 1} more)` : ''}`, 4000);
		}
		if (dropped.length > 0) {
			appendAll(this.recentlyDropped, dropped);
			this.scheduleOrphanReport();
		}
		this.placeOrphansPastedBack(changes);
		this.scheduleOrphansTypedBack(changes);
		if ((event.reason === vscode.TextDocumentChangeReason.Undo || event.reason === vscode.TextDocumentChangeReason.Redo) && this.model.orphans.length > 0) {
			this.scheduleOrphansAfterUndo();
		}
		this.changeEmitter.fire('edit');
		// The document's dirty flag reaches the extension host after the change event: decide what
		// the change was once it has arrived.
		setTimeout(() => this.services.timed('edit: outside-change check', () => this.afterChange(event.reason, hadUnsavedDecisions)), 0);
	}

	/**
	 * Remembers the text each change deleted along with the annotations wholly inside it, so that
	 * pasting it back later (cut and paste, seconds or minutes apart) places them again at once,
	 * wherever it is pasted: their surroundings there need not agree, the text moved whole.
	 */
	private rememberCuts(changes: readonly ContentChange[], dropped: readonly Annotation[]): void {
		for (const change of changes) {
			const end = change.rangeOffset + change.rangeLength;
			const inside = dropped.filter((annotation) => annotation.start >= change.rangeOffset && annotation.end <= end);
			if (inside.length === 0 || change.rangeLength > MAX_CUT_UNITS) {
				continue;
			}
			const { core, skipped } = movableCore(this.buffer.slice(change.rangeOffset, end));
			const orphans: RecentCut['orphans'][number][] = [];
			for (const annotation of inside) {
				const offset = annotation.start - change.rangeOffset - skipped;
				if (offset >= 0 && offset + annotation.text.length <= core.length) {
					orphans.push({ id: annotation.id, offset });
				}
			}
			if (orphans.length > 0) {
				this.recentCuts.push({ core, orphans });
			}
		}
		this.recentCuts.splice(0, Math.max(0, this.recentCuts.length - MAX_RECENT_CUTS));
	}

	/** Text a recent edit deleted, pasted back whole by this event: its orphans are placed in it again. */
	private placeOrphansPastedBack(changes: readonly ContentChange[]): void {
		if (this.recentCuts.length === 0) {
			return;
		}
		// Built once a cut is pasted back, not on every keystroke while cuts are remembered.
		let orphans: Map<string, Annotation> | undefined;
		let held: Set<string> | undefined;
		const placements: { id: string; range: { start: number; end: number }; text: string }[] = [];
		for (const inserted of insertedRanges(changes)) {
			let k = this.recentCuts.length - 1; // the newest cut first
			while (k >= 0 && findOnce(inserted.text, this.recentCuts[k].core) < 0) {
				k--;
			}
			if (k < 0) {
				continue;
			}
			const cut = this.recentCuts[k];
			this.recentCuts.splice(k, 1);
			orphans ??= new Map(this.model.orphans.map((orphan) => [orphan.id, orphan]));
			// Never on a range a decision of the orphan's type holds (the name tagged again since).
			held ??= new Set(this.model.annotations.map((annotation) => `${annotation.type}\u0000${annotation.start}\u0000${annotation.end}`));
			const at = inserted.start + findOnce(inserted.text, cut.core);
			for (const { id, offset } of cut.orphans) {
				const orphan = orphans.get(id);
				const start = at + offset;
				const end = start + (orphan?.text.length ?? 0);
				const key = `${orphan?.type}\u0000${start}\u0000${end}`;
				if (orphan === undefined || held.has(key) || this.buffer.slice(start, end) !== orphan.text) {
					continue;
				}
				placements.push({ id, range: { start, end }, text: orphan.text });
				held.add(key);
			}
		}
		// one change for all of them (placing thousands one by one held the editor)
		if (placements.length > 0 && this.model.placeOrphans(placements).added.length > 0) {
			this.markUnsaved();
			this.changeEmitter.fire('decisions');
			this.scheduleSave();
		}
	}

	/**
	 * A name deleted and typed again letter by letter (or pasted, or written by any edit) after the
	 * orphan report's pause: orphans made by an edit here whose text now reads around what this event
	 * inserted are looked for again once typing stops (so «Alger» is not taken while «Algeria» is being
	 * typed), by quote and context as the report does.
	 */
	private scheduleOrphansTypedBack(changes: readonly ContentChange[]): void {
		const waiting = new Set(this.recentlyDropped.map((orphan) => orphan.id));
		const candidates = this.model.orphans.filter((orphan) => !waiting.has(orphan.id) && (orphan as ContextualOrphan).prefix !== undefined && orphan.text.length <= 256);
		const reach = maxOf(candidates.map((orphan) => orphan.text.length), 0);
		for (const inserted of candidates.length > 0 ? insertedRanges(changes) : []) {
			if (inserted.text.length > 4096) {
				continue; // a paste or a formatter: the orphan report and pasted-back cuts cover those
			}
			const around = this.buffer.slice(Math.max(0, inserted.start - reach), inserted.start + inserted.text.length + reach);
			for (const orphan of candidates) {
				if (around.includes(orphan.text)) {
					this.typedBack.add(orphan.id);
				}
			}
		}
		if (this.typedBack.size === 0) {
			return;
		}
		// Typing goes on (here or elsewhere): wait until it stops.
		clearTimeout(this.typedBackTimer);
		this.typedBackTimer = setTimeout(() => {
			const ids = this.typedBack;
			this.typedBack = new Set();
			const orphans = this.model.orphans.filter((orphan) => ids.has(orphan.id)) as ContextualOrphan[];
			if (!this.disposed && orphans.length > 0) {
				this.placeOrphansFoundAgain(orphans);
			}
		}, TYPED_BACK_DELAY_MS);
	}

	/** An annotation an edit cut through, as an orphan that remembers the text around it. */
	private orphanOfDropped(annotation: Annotation): ContextualOrphan {
		// Enough text either side for 32 code points of context (surrogate pairs take two units).
		const windowStart = Math.max(0, annotation.start - 2 * CONTEXT_LENGTH);
		const window = this.buffer.slice(windowStart, annotation.end + 2 * CONTEXT_LENGTH);
		const orphan = orphanFromDropped({ ...annotation, start: annotation.start - windowStart, end: annotation.end - windowStart }, window);
		return { ...orphan, start: annotation.start, end: annotation.end };
	}

	/**
	 * A change that leaves the document clean and is no undo or redo is the editor reloading the
	 * file because something outside (git, another editor) changed it: the sidecar is read again
	 * and bound to the new text, as on open, unless decisions made here still wait to be written.
	 */
	private afterChange(reason: vscode.TextDocumentChangeReason | undefined, hadUnsavedDecisions: boolean): void {
		if (this.disposed || this.document.isDirty) {
			return;
		}
		this.diskText = this.document.getText();
		if (reason === undefined && !hadUnsavedDecisions) {
			this.services.log.info(`${this.articleName}: changed on disk; reading its sidecar again`);
			this.scheduleReloadAfterOutsideChange();
		} else if (this.unsavedDecisions) {
			this.scheduleSave();
		}
	}

	/** Coalesces the article reload with the sidecar change a checkout usually brings along. */
	private scheduleReloadAfterOutsideChange(): void {
		clearTimeout(this.reloadTimer);
		this.reloadTimer = setTimeout(() => void this.reloadFromDisk(), OUTSIDE_CHANGE_DELAY_MS);
	}

	private async reloadFromDisk(): Promise<void> {
		if (this.disposed) {
			return;
		}
		this.recentlyDropped = [];
		this.recentCuts = [];
		const counterAtRead = this.changeCounter;
		this.diskText = (await this.readArticleFromDisk(this.document.getText())) ?? this.diskText;
		const settings = this.services.settings();
		const read = await this.services.files.read(this.sidecarUri, settings.maxSidecarBytes);
		if ('tooLarge' in read) {
			return;
		}
		if (read.bytes) {
			await this.applyRead(read, settings, 'reload', counterAtRead);
		} else if (this.base && !this.unsavedDecisions) {
			// The sidecar went away with the checkout: rebind what was last read, keep it in memory.
			const base = this.base;
			this.services.timed('sidecar reload: placed again', () => {
				const bound = this.bindToEditor(base, settings);
				this.model.replaceAll(bound.annotations, bound.orphans);
				this.setPendingMoves(bound.moves);
			});
		}
		if (!this.disposed) {
			this.changeEmitter.fire('sidecar');
		}
	}

	/** Annotations an edit deleted: after a pause, try to find them again (undo), then tell the person. */
	private scheduleOrphanReport(): void {
		clearTimeout(this.orphanTimer);
		this.orphanTimer = setTimeout(() => {
			const candidates = this.recentlyDropped;
			this.recentlyDropped = [];
			const stillOrphans = new Set(this.model.orphans.map((orphan) => orphan.id));
			const current = candidates.filter((orphan) => stillOrphans.has(orphan.id));
			if (current.length === 0) {
				return;
			}
			const found = this.placeOrphansFoundAgain(current);
			if (found.orphans.length > 0) {
				const names = found.orphans.slice(0, 3).map((orphan) => `${orphan.type} «${orphan.text}»`).join(', ');
				void this.services
					.ask(`Article Annotator: your edit removed the text of ${found.orphans.length} annotation${found.orphans.length > 1 ? 's' : ''} (${names}${found.orphans.length > 3 ? ', …' : ''}). They are kept as orphans until you re-place or drop them.`, 'Show Orphans')
					.then((choice) => {
						if (choice === 'Show Orphans') {
							void vscode.commands.executeCommand('articleAnnotator.focusDocuments');
						}
					});
			}
		}, ORPHAN_REPORT_DELAY_MS);
	}

	/**
	 * An undo or redo after the pause of the orphan report: the text it brings back may be that of
	 * orphans older than the pause (the person deleted a sentence, read on, then undid it).
	 */
	private scheduleOrphansAfterUndo(): void {
		clearTimeout(this.undoOrphanTimer);
		this.undoOrphanTimer = setTimeout(() => {
			const waiting = new Set(this.recentlyDropped.map((orphan) => orphan.id));
			// only orphans an edit made here carry the text around them; the report's own wait for it
			const older = this.model.orphans.filter((orphan) => !waiting.has(orphan.id) && (orphan as ContextualOrphan).prefix !== undefined);
			if (!this.disposed && older.length > 0) {
				this.placeOrphansFoundAgain(older);
			}
		}, UNDO_ORPHAN_DELAY_MS);
	}

	/**
	 * Places again the orphans whose quote and context are in the text, never on a range a decision
	 * of their type holds now (the name retyped and tagged again); they are written like a decision.
	 */
	private placeOrphansFoundAgain(orphans: readonly ContextualOrphan[]): { orphans: readonly ContextualOrphan[] } {
		const found = reanchorOrphans(orphans, this.document.getText(), {}, this.model.annotations);
		if (found.placed.length > 0) {
			this.model.placeOrphans(found.placed.map((placed) => ({ id: placed.id, range: placed, text: placed.text })));
			// the sidecar may already hold them as orphans (saved while they were)
			this.markUnsaved();
			this.changeEmitter.fire('decisions');
			this.scheduleSave();
		}
		return found;
	}

	handleDocumentSaved(): void {
		const savedBefore = this.diskText;
		this.diskText = this.document.getText();
		// Decisions written while the editor had unsaved text were placed in the old saved text;
		// now that the text is saved, they are written again at their real positions. The same when
		// the text saved differs from the old one where no edit of this session moved a decision:
		// line ends VS Code normalised when it opened the file (mixed CRLF and LF), hot exit.
		const sidecarOutdated = savedBefore !== this.diskText && this.base !== undefined && !sidecarFitsText(this.base, this.diskText);
		if (this.unsavedDecisions || this.writtenAgainstOlderText || this.pendingMoves.length > 0 || sidecarOutdated) {
			this.pendingMoves = [];
			this.markUnsaved();
			this.scheduleSave(0);
		}
	}

	/** The sidecar changed on disk and not by this window: take it in, merging unsaved decisions. */
	async handleSidecarChangedOnDisk(): Promise<void> {
		await this.loaded;
		// Positions re-anchored after an outside change, moved since by typing only, are not the
		// person's decisions: the file that came is read (and its positions found again), not merged
		// with them, which would write them unconfirmed.
		const onlyUnconfirmedPositions = this.pendingMoves.length > 0 && !this.decidedSincePendingMoves();
		if (this.unsavedDecisions && !this.readOnlyReason && !onlyUnconfirmedPositions) {
			await this.save();
			return;
		}
		const settings = this.services.settings();
		const counterAtRead = this.changeCounter;
		const read = await this.services.files.read(this.sidecarUri, settings.maxSidecarBytes);
		if ('tooLarge' in read || read.fingerprint === this.snapshot.fingerprint) {
			return;
		}
		if (!read.bytes) {
			this.services.tell(`Article Annotator: ${this.sidecarLabel} was deleted on disk. The annotations stay in memory; make a decision or save to write them again.`, 'warning');
			this.snapshot = MISSING;
			this.base = undefined;
			this.baseText = undefined;
			this.unsavedDecisions = this.model.annotations.length + this.model.orphans.length > 0;
			return;
		}
		// Read-only, decisions waiting are merged with the file once it reads, as a writable session's
		// are by the save above (not on a reload for the article's own change: its moves are confirmed first).
		await this.applyRead(read, settings, 'reload', counterAtRead, this.unsavedDecisions && !onlyUnconfirmedPositions);
		if (!this.disposed) {
			this.changeEmitter.fire('sidecar');
		}
	}

	// ---- decisions ---------------------------------------------------------------------------

	/** Records a person's change and schedules the sidecar write. */
	commit(change: ChangeSummary): void {
		if (change.added.length + change.removed.length + change.updated.length + change.orphaned.length === 0) {
			return;
		}
		const addedIds = new Set(change.added.map((a) => a.id));
		for (const removed of change.removed) {
			if (!addedIds.has(removed.id)) {
				this.removedByPerson.add(removed.id);
			}
		}
		// A decision confirms re-anchored positions too: they are written with it.
		this.pendingMoves = [];
		this.markUnsaved();
		this.changeEmitter.fire('decisions');
		this.scheduleSave();
	}

	private markUnsaved(): void {
		this.unsavedDecisions = true;
		this.changeCounter++;
	}

	/** Positions found by re-anchoring, waiting for the person's confirmation before they are written. */
	private setPendingMoves(moves: AnchorMove[]): void {
		this.pendingMoves = moves;
		this.decisionsAtPendingMoves = moves.length > 0 ? this.decisionsKey() : '';
	}

	/**
	 * Whether the decisions differ from those placed with the pending moves, other than by position:
	 * an edit since orphaned a name, changed its text, or an orphan was found again. (A decision made
	 * by the person confirms the moves: `commit` clears them.) Edits that only moved names do not count.
	 */
	private decidedSincePendingMoves(): boolean {
		return this.decisionsKey() !== this.decisionsAtPendingMoves;
	}

	private decisionsKey(): string {
		const key = (kind: string, a: Annotation) => JSON.stringify([kind, a.id, a.type, a.status, a.text, a.note ?? null]);
		return [...this.model.annotations.map((a) => key('placed', a)), ...this.model.orphans.map((o) => key('orphan', o))].sort().join('\n');
	}

	confirmPendingMoves(): void {
		this.pendingMoves = [];
		this.markUnsaved();
		this.scheduleSave(0);
	}

	/** The person was told that the sidecar's unsaved changes in an editor hold the decisions back. */
	private toldSidecarEdited = false;

	private sidecarEditedInEditor(): boolean {
		const sidecar = this.sidecarUri.toString();
		return vscode.workspace.textDocuments.some((document) => document.isDirty && document.uri.toString() === sidecar);
	}

	/** The sidecar's editor was saved, reverted or closed: decisions held back for it are written. */
	sidecarEditorSettled(): void {
		if (this.toldSidecarEdited && !this.sidecarEditedInEditor()) {
			this.toldSidecarEdited = false;
			if (this.unsavedDecisions) {
				this.scheduleSave(0);
			}
		}
	}

	private scheduleSave(delay = SAVE_DELAY_MS): void {
		if (this.pendingMoves.length > 0) {
			return; // wait for the person to confirm positions found by re-anchoring
		}
		clearTimeout(this.saveTimer);
		this.saveTimer = setTimeout(() => void this.save(), delay);
	}

	/**
	 * Writes now whatever is pending (before closing, renaming, quitting; tests). A save waiting for
	 * the person's answer to a conflict is not waited for: closing, renaming and quitting would hang
	 * until it is answered. The question stays open; the decisions are written once it is.
	 */
	async flush(): Promise<void> {
		clearTimeout(this.saveTimer);
		// Positions re-anchored after an outside change are written only once the person confirms
		// them (Save Positions, a decision, saving the article), not because the article closes.
		// What changed since they were found is kept aside instead, offered back on the next open.
		const unconfirmed = this.unsavedDecisions && this.pendingMoves.length > 0;
		if (unconfirmed && this.decidedSincePendingMoves()) {
			void this.keepForRecovery('positions re-anchored after the article changed outside the editor were not confirmed');
		}
		const saving = this.unsavedDecisions && !unconfirmed ? this.save() : this.saving;
		let stopWaiting: (() => void) | undefined;
		const asked = new Promise<void>((resolve) => {
			stopWaiting = resolve;
			if (this.askingAboutConflict) resolve();
			else this.conflictAskedListeners.add(resolve);
		});
		await Promise.race([saving, asked]);
		this.conflictAskedListeners.delete(stopWaiting as () => void);
		// What a save queued behind an unanswered question keeps aside (see `save`) is on disk before closing or quitting.
		await this.keeping;
	}

	/**
	 * The article was renamed or moved in VS Code while this session could not write (a conflict
	 * question open): its sidecar and the record of its decisions moved with it, and the session under
	 * the new name offers them. Nothing more is written at the old place, not even once answered.
	 */
	endedByRename(newName: string): void {
		this.renamedAway = newName;
	}

	private leftForNewName(): boolean {
		if (this.renamedAway === undefined) {
			return false;
		}
		if (this.unsavedDecisions) {
			this.unsavedDecisions = false;
			this.services.log.info(`${this.sidecarLabel}: not written: ${this.articleName} was renamed to ${this.renamedAway}, where its decisions not written are offered back`);
			this.services.tell(`Article Annotator: ${this.articleName} became ${this.renamedAway} while its sidecar waited for your answer; the decisions were not written under the old name and are offered under the new one (Restore Decisions Never Written to the Sidecar).`, 'warning');
		}
		return true;
	}

	/** The person answered Take Theirs: the next plan takes the disk's side of each conflict. */
	private takingTheirs = false;
	/** A save is waiting for the answer to a conflict question (see `flush`), and why it asked. */
	private askingAboutConflict = false;
	private askedReason: string | undefined;
	private readonly conflictAskedListeners = new Set<() => void>();

	save(): Promise<void> {
		if (this.askingAboutConflict && this.unsavedDecisions) {
			// This save waits behind a question that may never be answered (the window closes): the
			// record kept when it was asked lacks the decisions made since, so it is written again now.
			void this.keepForRecovery(this.askedReason ?? 'a conflict with the file on disk is not answered yet');
		}
		this.saving = this.saving.then(() => this.saveNow()).catch(async (error: unknown) => {
			const message = error instanceof Error ? error.message : String(error);
			this.services.log.error(`${this.sidecarLabel}: write failed: ${message}`);
			this.services.tell(`Article Annotator: could not write ${this.sidecarLabel}: ${message}. Your annotations are still here; the next decision tries again.`, 'error');
			await this.keepForRecovery(`writing it failed: ${message}`);
		});
		return this.saving;
	}

	private async saveNow(): Promise<void> {
		// A decision made while the session was still reading its files (suggestions can show before
		// the saved article is read): the sidecar is planned against that saved text, so wait for it.
		await this.loaded;
		if (!this.unsavedDecisions || this.leftForNewName()) {
			return;
		}
		if (this.readOnlyReason) {
			this.services.tell(`Article Annotator: ${this.sidecarLabel} ${this.readOnlyReason}; your decisions are kept in memory but not written.`, 'warning');
			await this.keepForRecovery(`it ${this.readOnlyReason}`);
			return;
		}
		if (this.sidecarEditedInEditor()) {
			// Written under an editor's unsaved changes, the file would make VS Code refuse that save,
			// and its Overwrite then drop the decisions without a word: they wait for the editor instead.
			if (!this.toldSidecarEdited) {
				this.toldSidecarEdited = true;
				this.services.tell(`Article Annotator: ${this.sidecarLabel} has unsaved changes in an editor; your decisions are kept and written once you save or revert it there.`, 'warning');
			}
			await this.keepForRecovery('its sidecar has unsaved changes in an editor');
			return;
		}
		const settings = this.services.settings();
		const labels = settings.labels.map((label) => label.name);
		const counterAtStart = this.changeCounter;
		const onDisk = await this.services.files.read(this.sidecarUri, settings.maxSidecarBytes);
		if ('tooLarge' in onDisk) {
			// it grew on disk, or the limit was lowered under it since it was read
			const reason = overLimit(onDisk.tooLarge, settings.maxSidecarBytes, ' on disk');
			this.services.tell(`Article Annotator: ${this.sidecarLabel} ${reason}; not overwritten.`, 'error');
			await this.keepForRecovery(`it ${reason}`);
			return;
		}
		if (onDisk.bytes === undefined && !(await fileExists(this.document.uri))) {
			// The article is gone with its sidecar (a checkout, rm -r of its folder): a sidecar written
			// now would stand alone, make a deleted folder again and stop `git checkout` from bringing
			// the files back. Kept aside instead, and written beside the article once it is saved again.
			if (!this.toldArticleGone) {
				this.toldArticleGone = true;
				this.services.tell(`Article Annotator: ${this.articleName} was deleted on disk; your decisions on it are kept outside the workspace, and written beside it once you save it again.`, 'warning');
			}
			await this.keepForRecovery('its article was deleted on disk');
			return;
		}
		if (onDisk.bytes === undefined && this.snapshot.bytes !== undefined) {
			// Deleted on disk since it was read (a checkout, a person): what is here is written again,
			// as once the watcher has seen the deletion (handleSidecarChangedOnDisk). A question here
			// would hold this save, every later one and closing (or quitting) until it is answered.
			this.services.log.warn(`${this.sidecarLabel}: deleted on disk since it was read; writing the annotations from here again`);
			this.services.tell(`Article Annotator: ${this.sidecarLabel} was deleted on disk; your annotations were written to it again.`, 'warning');
			this.snapshot = MISSING;
			this.baseText = undefined;
		}
		const editorText = this.document.getText();
		const articleText = this.diskText;
		// Planned off the extension host (SidecarThread): thousands of decisions take a while.
		const plan = await this.services.sidecars.plan({
			articleText,
			editorText: editorText === this.diskText ? undefined : editorText,
			documentName: this.sidecarDocumentName,
			annotations: this.model.annotations,
			orphans: this.model.orphans,
			base: this.base,
			baseText: this.baseText,
			language: this.chosenLanguage ?? null,
			// Changed bytes are decoded by the plan, strictly: a lossy decode here would merge a file that
			// is not UTF-8 (one a load refuses) and write it back with replacement characters.
			...(this.snapshot.fingerprint === onDisk.fingerprint ? { diskText: this.baseText } : { diskBytes: onDisk.bytes }),
			removedByPerson: this.removedByPerson,
			preferTheirs: this.takingTheirs,
			labels,
			fileLabel: this.sidecarLabel,
		});
		if (this.diskText !== articleText && !this.disposed) {
			// The article was saved meanwhile: the plan points into its old text. Plan again.
			this.services.log.info(`${this.sidecarLabel}: the article was saved while its sidecar was being planned; planning again`);
			await this.saveNow();
			return;
		}
		this.services.log.info(`${this.sidecarLabel}: save plan ${plan.action}${plan.action === 'refuse' ? '' : ` (${plan.sidecar.annotations.length} placed, ${plan.sidecar.orphaned.length} orphaned${plan.action === 'write' && plan.merged ? ', merged with changes on disk' : ''})`}; editor ${this.document.isDirty ? 'has unsaved changes' : 'saved'}`);
		if (plan.action === 'refuse') {
			this.services.log.error(plan.reason);
			this.services.tell(`Article Annotator: ${plan.reason}`, 'error');
			await this.keepForRecovery(plan.reason);
			return;
		}
		if (plan.action === 'ask') {
			// Kept before asking: the question may never be answered (the window closed).
			await this.keepForRecovery(plan.reason);
			this.askingAboutConflict = true;
			this.askedReason = plan.reason;
			for (const listener of this.conflictAskedListeners) listener();
			this.conflictAskedListeners.clear();
			let choice: string | undefined;
			try {
				choice = await this.services.ask(`Article Annotator: ${plan.reason}${plan.conflicts.length ? ` (${plan.conflicts.slice(0, 3).map((c) => c.message).join('; ')})` : ''}`, 'Keep Mine', 'Take Theirs');
			} finally {
				this.askingAboutConflict = false;
			}
			if (choice === 'Take Theirs') {
				// The disk's side of each conflict, and every other decision made here merged with it
				// (a reload would drop them all: the question may have stood while the person worked on).
				this.takingTheirs = true;
				try {
					await this.saveNow();
				} finally {
					this.takingTheirs = false;
				}
				return;
			}
			if (choice !== 'Keep Mine' || this.leftForNewName()) {
				return;
			}
		}
		const written = await this.services.files.writeIfUnchanged(this.sidecarUri, plan.text, onDisk, settings.maxSidecarBytes, false, this.id);
		if ('changed' in written) {
			// Someone wrote between our read and our write: try again with what is there now.
			this.services.log.warn(`${this.sidecarLabel}: changed on disk during the save; merging again`);
			this.saving = Promise.resolve();
			await this.saveNow();
			return;
		}
		this.services.timed('sidecar save: written', () => {
			const decidedMeanwhile = counterAtStart !== this.changeCounter;
			if (plan.action === 'write' && plan.merged && decidedMeanwhile) {
				// Decisions made while this merge was planned and written are in memory only, and
				// showing the merged file would drop them: the next save (scheduled by them) merges
				// them with the file just written, against the base they were made on.
				this.snapshot = { fingerprint: 'merged-since', bytes: undefined };
				this.changeEmitter.fire('sidecar');
				return;
			}
			this.snapshot = written.written;
			this.base = plan.sidecar;
			this.baseText = plan.text;
			this.writtenAgainstOlderText = this.document.getText() !== this.diskText;
			if (!decidedMeanwhile) {
				this.removedByPerson.clear();
				this.unsavedDecisions = false;
				void this.dropOwnRecovery();
			}
			if (plan.action === 'write' && plan.merged) {
				// Changes made on disk were folded in: show them.
				const bound = this.bindToEditor(plan.sidecar, settings);
				this.model.replaceAll(bound.annotations, bound.orphans);
				this.adoptLanguage(plan.sidecar.language);
				this.changeEmitter.fire('decisions');
				this.services.tell(`Article Annotator: ${this.sidecarLabel} had changed on disk; both sets of decisions were merged.`);
			}
			this.changeEmitter.fire('sidecar');
		});
	}

	// ---- decisions not written ---------------------------------------------------------------

	/**
	 * Keeps the decisions the sidecar does not hold in a record outside the workspace
	 * (RecoveryStore), so that closing the article or quitting loses none of them while the
	 * sidecar cannot be written; the record is offered back when the article is opened again.
	 */
	private keepForRecovery(reason: string): Promise<void> {
		// One at a time: each writes the same record from the decisions as they are when it runs,
		// so the last one asked for is the last written.
		this.keeping = this.keeping.then(() => this.keepNow(reason));
		return this.keeping;
	}

	private async keepNow(reason: string): Promise<void> {
		if (!this.unsavedDecisions) {
			return;
		}
		try {
			const editorText = this.document.getText();
			// Planned as a sidecar of its own, with no file to merge with: the decisions as they are here.
			const plan = await this.services.sidecars.plan({
				articleText: this.diskText,
				editorText: editorText === this.diskText ? undefined : editorText,
				documentName: this.sidecarDocumentName,
				annotations: this.model.annotations,
				orphans: this.model.orphans,
				base: this.base,
				language: this.chosenLanguage ?? null,
				labels: this.services.settings().labels.map((label) => label.name),
				fileLabel: this.sidecarLabel,
			});
			if (plan.action === 'refuse') {
				throw new Error(plan.reason);
			}
			const decisions = plan.sidecar.annotations.length + plan.sidecar.orphaned.length;
			this.recoveryUri = await this.services.recovery.write(this.document.uri, this.recoveryTag, {
				article: this.id,
				savedAt: new Date().toISOString(),
				reason,
				decisions,
				sidecar: plan.text,
				base: this.baseText,
				removed: [...this.removedByPerson],
			});
			this.services.log.warn(`${this.sidecarLabel}: not written (${reason}); ${decisions} decision(s) kept in ${this.recoveryUri.fsPath}`);
			if (!this.toldAboutRecovery) {
				this.toldAboutRecovery = true;
				this.services.tell(`Article Annotator: until ${this.sidecarLabel} can be written, your decisions on ${this.articleName} are also kept outside the workspace, and offered back when you open it again.`, 'warning');
			}
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			this.services.log.error(`${this.sidecarLabel}: the decisions not written could not be kept aside either: ${message}`);
			this.services.tell(`Article Annotator: your decisions on ${this.articleName} could not be written anywhere (${message}); keep the article open until its sidecar can be written.`, 'error');
		}
	}

	/** The sidecar now holds everything: this session's record is not needed any more. */
	private dropOwnRecovery(): Promise<void> {
		// In the queue of record writes: one still being written would otherwise outlive the drop.
		this.keeping = this.keeping.then(async () => {
			const uri = this.recoveryUri;
			this.recoveryUri = undefined;
			if (uri) {
				await this.services.recovery.remove(uri);
			}
		});
		return this.keeping;
	}

	/** Records of decisions an earlier session could not write to this article's sidecar. */
	async recovered(): Promise<RecoveredDecisions[]> {
		// (those of an article moved here in a shell follow it once the move is seen, or once the person
		// says so: see Container.followMovedArticles; an article of the same text is not taken for it)
		const own = this.recoveryUri?.toString();
		return (await this.services.recovery.list(this.document.uri)).filter((found) => found.uri.toString() !== own);
	}

	/**
	 * Offers back the decisions an earlier session could not write (see `keepForRecovery`).
	 * Resolves once answered; while asked already (an article renamed offers again once its records
	 * follow it), the same question.
	 */
	offerRecovered(): Promise<void> {
		this.offering ??= this.offerNow().finally(() => {
			this.offering = undefined;
		});
		return this.offering;
	}

	private offering: Promise<void> | undefined;

	private async offerNow(): Promise<void> {
		const records = await this.recovered();
		if (records.length === 0 || this.disposed || this.readOnlyReason) {
			return;
		}
		const decisions = records.reduce((sum, found) => sum + found.record.decisions, 0);
		const newest = records[records.length - 1].record;
		const choice = await this.services.ask(
			`Article Annotator: ${decisions} decision(s) on ${this.articleName} from ${newest.savedAt.slice(0, 16).replace('T', ' ')} (UTC) were never written to its sidecar (${newest.reason}). Restore them? They are merged with what the sidecar holds now.`,
			'Restore',
			'Discard',
		);
		if (choice === 'Restore') {
			await this.restoreRecovered();
		} else if (choice === 'Discard') {
			const sure = await vscode.window.showWarningMessage(`Discard ${decisions} decision(s) on ${this.articleName} that were never written? This cannot be undone.`, { modal: true }, 'Discard');
			if (sure === 'Discard') {
				for (const { uri } of records) {
					await this.services.recovery.remove(uri);
				}
			}
		}
	}

	/**
	 * Brings back the decisions of earlier sessions' records, oldest first, each merged by a save
	 * with what the sidecar holds now, as that session's save would have merged them (its base,
	 * its removals). Returns how many decisions were written back.
	 */
	async restoreRecovered(): Promise<{ restored: number; waiting: number }> {
		await this.flush();
		const records = await this.recovered();
		let done = 0;
		let restored = 0;
		const waiting = () => records.slice(done).reduce((sum, found) => sum + found.record.decisions, 0);
		if (this.unsavedDecisions || this.readOnlyReason) {
			this.services.tell(`Article Annotator: ${this.sidecarLabel} cannot take the decisions back yet (${this.readOnlyReason ?? 'your last decisions are not written yet'}); they stay kept.`, 'warning');
			return { restored, waiting: waiting() };
		}
		const settings = this.services.settings();
		for (const { uri, record } of records) {
			const parsed = parseSidecar(record.sidecar);
			if (!parsed.ok) {
				this.services.log.error(`recovery: ${uri.fsPath} holds a sidecar that cannot be read; left alone`);
				done++;
				continue;
			}
			const base = record.base === undefined ? undefined : parseSidecar(record.base);
			const onDisk = await this.services.files.read(this.sidecarUri, settings.maxSidecarBytes);
			const bound = this.bindToEditor(parsed.sidecar, settings);
			this.model.replaceAll(bound.annotations, bound.orphans);
			if (base?.ok && ('tooLarge' in onDisk || onDisk.bytes)) {
				// The save sees the file as changed since this base, and merges the two as that session would have
				// (a file over the size limit is not written: the base stays for the record kept instead).
				this.base = base.sidecar;
				this.baseText = record.base;
				this.snapshot = { fingerprint: 'recovered', bytes: undefined };
			} else {
				this.base = undefined;
				this.baseText = undefined;
				this.snapshot = !('tooLarge' in onDisk) && onDisk.bytes ? { fingerprint: 'recovered', bytes: undefined } : MISSING;
			}
			this.removedByPerson.clear();
			for (const id of record.removed) {
				this.removedByPerson.add(id);
			}
			this.markUnsaved();
			this.changeEmitter.fire('decisions');
			await this.save();
			if (this.unsavedDecisions) {
				// Not written (a conflict to answer, a refusal): this session keeps them now, the rest wait.
				// Its own record holds the same decisions, base and removals: the earlier one goes, or it
				// would be offered again once these are written, bringing back what was removed since.
				if (this.recoveryUri) {
					await this.services.recovery.remove(uri);
				}
				break;
			}
			await this.services.recovery.remove(uri);
			restored += record.decisions;
			done++;
		}
		const left = waiting();
		this.services.tell(`Article Annotator: ${restored} decision(s) on ${this.articleName} restored and written to ${this.sidecarLabel}${left > 0 ? `; ${left} still kept` : ''}.`);
		return { restored, waiting: left };
	}

	/** `keepDetection`: the worker keeps what it detected as the article's summary (see `savedFilesSummary`). */
	dispose(keepDetection = false): void {
		this.disposed = true;
		clearTimeout(this.orphanTimer);
		clearTimeout(this.undoOrphanTimer);
		clearTimeout(this.typedBackTimer);
		clearTimeout(this.saveTimer);
		clearTimeout(this.reloadTimer);
		this.services.detection.close(this.id, keepDetection);
		this.changeEmitter.dispose();
	}
}
