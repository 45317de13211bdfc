import * as vscode from 'vscode';
import { Worker } from 'node:worker_threads';
import type { TextEdit } from '../core/incremental';
import type { RememberedName } from '../core/documentDetection';
import type { LanguageProfile } from '../core/language';
import type { DetectedEntity, LanguageCode } from '../core/types';
import { unpackEntities, type DetectionSettings, type FromWorker, type ToWorker } from './detectionProtocol';

/** A summary given up because its article was opened (see `DetectionClient.summarize`). */
/** Detection is off (its worker stopped too often): a summary asked for now, or pending then, fails with it. */
export class DetectionOff extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'DetectionOff';
	}
}

export class SummaryCancelled extends Error {
	constructor() {
		super('summary no longer wanted');
		this.name = 'SummaryCancelled';
	}
}

export interface DetectionResult {
	readonly version: number;
	/** Acknowledge it with this generation once applied (see `acknowledge`). */
	readonly generation: number;
	/** Every entity the host holds in this range is replaced by `entities`. */
	readonly range: { readonly start: number; readonly end: number };
	readonly profile: LanguageProfile;
	readonly complete: boolean;
	readonly entities: DetectedEntity[];
	readonly detectMs: number;
}

interface Subscriber {
	readonly onResult: (result: DetectionResult) => void;
	/** The worker lost track of the document: send the whole text again. */
	readonly onResync: () => void;
}

/** Restarts allowed after the worker dies, before detection is switched off with a message. */
const MAX_RESTARTS = 3;

/**
 * The extension host's side of the detection worker: starts it on first use, forwards document
 * texts and edits, delivers results to the document that asked, restarts it if it dies.
 */
export class DetectionClient implements vscode.Disposable {
	private worker: Worker | undefined;
	private settings: DetectionSettings | undefined;
	private memory: readonly RememberedName[] = [];
	private readonly subscribers = new Map<string, Subscriber>();
	/**
	 * Each document's latest open: results of an earlier one (detected with the settings before a
	 * change, posted before the worker read the new open) are not answers about what it shows now.
	 */
	private readonly openSeqs = new Map<string, number>();
	private nextOpenSeq = 1;
	/** Summaries asked for and not answered yet, with what to ask a restarted worker again. */
	private readonly summaries = new Map<number, { key: string; text: string; language: LanguageCode | undefined; resolve: (value: { profile: LanguageProfile; entities: DetectedEntity[] }) => void; reject: (error: Error) => void }>();
	private nextRequestId = 1;
	private restarts = 0;
	private workersStarted = 0;
	/** The worker stopped more often than it is restarted: no other is started until the settings change. */
	private givenUp = false;
	private disposed = false;
	private readyState: { loadMs: number } | undefined;
	private readonly failedEmitter = new vscode.EventEmitter<string>();
	private readonly restartedEmitter = new vscode.EventEmitter<string>();
	/** The last uncaught error of a worker, told with the message when detection goes off. */
	private lastWorkerError: string | undefined;
	private readonly readyEmitter = new vscode.EventEmitter<{ loadMs: number }>();
	/** The detector could not start; the message says why. */
	readonly onDidFail = this.failedEmitter.event;
	/** A worker stopped (an uncaught error, its exit code) and another was started: nothing for the person to do. */
	readonly onDidRestart = this.restartedEmitter.event;
	readonly onDidBecomeReady = this.readyEmitter.event;
	private readonly summaryChangedEmitter = new vscode.EventEmitter<{ key: string; entities: DetectedEntity[] }>();
	/** An article's summary changed with the learned names (see `summarize`). */
	readonly onSummaryChanged = this.summaryChangedEmitter.event;

	constructor(
		private readonly workerScript: string,
		/** Runs a piece of host work (a result arriving), timed by the caller. */
		private readonly timed: <T>(what: string, work: () => T) => T = (_what, work) => work(),
	) {}

	get ready(): { loadMs: number } | undefined {
		return this.readyState;
	}

	configure(settings: DetectionSettings): void {
		this.settings = settings;
		this.readyState = undefined;
		// other settings (a model folder, languages) may be what made it stop: tried again with them
		this.givenUp = false;
		this.restarts = 0;
		if (this.worker) {
			this.send({ kind: 'configure', settings });
		}
	}

	setMemory(names: readonly RememberedName[]): void {
		this.memory = names;
		if (this.worker) {
			this.send({ kind: 'memory', names });
		}
	}

	/** `language`: the article's language as a person set it; identified from the text when absent. */
	open(id: string, version: number, text: string, subscriber: Subscriber, language?: LanguageCode): void {
		this.subscribers.set(id, subscriber);
		const seq = this.nextOpenSeq++;
		this.openSeqs.set(id, seq);
		this.ensureWorker();
		this.send({ kind: 'open', id, seq, version, text, ...(language ? { language } : {}) });
	}

	edit(id: string, version: number, edits: readonly TextEdit[], expectedLength: number): void {
		if (this.subscribers.has(id)) {
			this.send({ kind: 'edit', id, version, edits, expectedLength });
		}
	}

	/** The result with this version and generation was applied: the worker stops resending it. */
	acknowledge(id: string, version: number, generation: number): void {
		if (this.subscribers.has(id)) {
			this.send({ kind: 'ack', id, version, generation });
		}
	}

	focus(id: string, offset: number): void {
		if (this.subscribers.has(id)) {
			this.send({ kind: 'focus', id, offset });
		}
	}

	/** `keepAsSummary`: the worker keeps the detection as the article's summary (its key is `id`). */
	close(id: string, keepAsSummary = false): void {
		this.openSeqs.delete(id);
		if (this.subscribers.delete(id)) {
			this.send({ kind: 'close', id, keep: keepAsSummary });
		}
	}

	/**
	 * Detects a text once (the article `key`, not open), off the extension host. Aborting `signal`
	 * drops the work in the worker and rejects with `SummaryCancelled`. The worker keeps the
	 * result and reports it again (`onSummaryChanged`) when learned names change it, until
	 * `forgetSummary(key)` or the next summary of the same article.
	 */
	summarize(key: string, text: string, signal?: AbortSignal, language?: LanguageCode): Promise<{ profile: LanguageProfile; entities: DetectedEntity[] }> {
		if (signal?.aborted) {
			return Promise.reject(new SummaryCancelled());
		}
		if (this.givenUp) {
			return Promise.reject(new DetectionOff('entity detection is off (the detection worker stopped too often)'));
		}
		this.ensureWorker();
		const requestId = this.nextRequestId++;
		return new Promise((resolve, reject) => {
			const settle = (): void => signal?.removeEventListener('abort', cancel);
			const cancel = (): void => {
				if (this.summaries.delete(requestId)) {
					this.send({ kind: 'cancelSummary', requestId });
					reject(new SummaryCancelled());
				}
			};
			signal?.addEventListener('abort', cancel, { once: true });
			this.summaries.set(requestId, {
				key,
				text,
				language,
				resolve: (value) => {
					settle();
					resolve(value);
				},
				reject: (error) => {
					settle();
					reject(error);
				},
			});
			this.send({ kind: 'summarize', requestId, key, text, ...(language ? { language } : {}) });
		});
	}

	/** The article's summary is no longer followed (it was opened, or removed). */
	forgetSummary(key: string): void {
		if (this.worker) {
			this.send({ kind: 'forgetSummary', key });
		}
	}

	/** True once the worker stopped too often, until the settings change. */
	get off(): boolean {
		return this.givenUp;
	}

	/** How many worker threads were started since activation (for tests). */
	get started(): number {
		return this.workersStarted;
	}

	/** True while a worker thread runs (for tests). */
	get running(): boolean {
		return this.worker !== undefined;
	}

	/** For tests: an uncaught error in the worker (it stops, and is started again). */
	crashWorkerForTests(): void {
		this.send({ kind: 'crashForTests' });
	}

	/** For tests: ends the worker as a crash would (resolves once it has stopped). */
	async stopWorkerForTests(): Promise<void> {
		await this.worker?.terminate();
	}

	dispose(): void {
		this.disposed = true;
		void this.worker?.terminate();
		this.worker = undefined;
		for (const pending of this.summaries.values()) {
			pending.reject(new Error('detection stopped'));
		}
		this.summaries.clear();
		this.failedEmitter.dispose();
		this.restartedEmitter.dispose();
		this.readyEmitter.dispose();
		this.summaryChangedEmitter.dispose();
	}

	private send(message: ToWorker): void {
		this.worker?.postMessage(message);
	}

	private ensureWorker(): void {
		if (this.worker || this.disposed || this.givenUp || !this.settings) {
			return;
		}
		const worker = new Worker(this.workerScript);
		this.worker = worker;
		this.workersStarted++;
		worker.on('message', (message: FromWorker) => this.timed(`detection ${message.kind}`, () => this.receive(message)));
		// followed by its exit, which restarts it (or says detection is off): not a failure to tell yet
		worker.on('error', (error) => (this.lastWorkerError = error.message));
		worker.on('exit', (code) => this.onExit(worker, code));
		this.send({ kind: 'configure', settings: this.settings });
		if (this.memory.length > 0) {
			this.send({ kind: 'memory', names: this.memory });
		}
	}

	private onExit(worker: Worker, code: number): void {
		if (this.worker !== worker || this.disposed) {
			return;
		}
		this.worker = undefined;
		this.readyState = undefined;
		const exit = `exit code ${code}${this.lastWorkerError === undefined ? '' : `: ${this.lastWorkerError}`}`;
		this.lastWorkerError = undefined;
		if (this.restarts >= MAX_RESTARTS) {
			for (const pending of this.summaries.values()) {
				pending.reject(new DetectionOff(`the detection worker stopped (exit code ${code})`));
			}
			this.summaries.clear();
			this.givenUp = true;
			this.failedEmitter.fire(`the detection worker stopped ${this.restarts + 1} times (last ${exit}); detection is off until the window reloads or its settings change`);
			return;
		}
		this.restarts++;
		this.restartedEmitter.fire(`the detection worker stopped (${exit}); another takes over its work`);
		// The summaries it was making are asked of the next worker (the Documents tree waits for
		// them, and would show the articles as unreadable): a worker is started for them at once.
		if (this.summaries.size > 0) {
			this.ensureWorker();
			for (const [requestId, pending] of this.summaries) {
				this.send({ kind: 'summarize', requestId, key: pending.key, text: pending.text, ...(pending.language ? { language: pending.language } : {}) });
			}
		}
		// Documents re-send their text when told to resync.
		for (const subscriber of this.subscribers.values()) {
			subscriber.onResync();
		}
	}

	private receive(message: FromWorker): void {
		switch (message.kind) {
			case 'ready':
				this.readyState = { loadMs: message.loadMs };
				this.readyEmitter.fire(this.readyState);
				return;
			case 'failed':
				this.failedEmitter.fire(message.message);
				return;
			case 'result':
				if (this.openSeqs.get(message.id) !== message.seq) {
					return;
				}
				this.subscribers.get(message.id)?.onResult({
					version: message.version,
					generation: message.generation,
					range: message.range,
					profile: message.profile,
					complete: message.complete,
					entities: unpackEntities(message.entities),
					detectMs: message.detectMs,
				});
				return;
			case 'resync':
				this.subscribers.get(message.id)?.onResync();
				return;
			case 'summary': {
				const pending = this.summaries.get(message.requestId);
				this.summaries.delete(message.requestId);
				pending?.resolve({ profile: message.profile, entities: unpackEntities(message.entities) });
				return;
			}
			case 'summaryChanged':
				this.summaryChangedEmitter.fire({ key: message.key, entities: unpackEntities(message.entities) });
				return;
			case 'summaryFailed': {
				const pending = this.summaries.get(message.requestId);
				this.summaries.delete(message.requestId);
				pending?.reject(new Error(message.message));
				return;
			}
		}
	}
}
