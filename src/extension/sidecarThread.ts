import { Worker } from 'node:worker_threads';
import { loadSidecar, type LoadRequest, type LoadResult } from '../core/sidecar/load';
import { planSave, type SavePlan, type SaveRequest } from '../core/sidecar/merge';

/** The jobs the sidecar worker does: pure functions of their request. */
export type SidecarJob = { readonly kind: 'plan'; readonly request: SaveRequest } | { readonly kind: 'load'; readonly request: LoadRequest };

type ResultOf<J extends SidecarJob> = J extends { kind: 'plan' } ? SavePlan : LoadResult;

export interface JobMessage {
	readonly id: number;
	readonly job: SidecarJob;
}

export type JobReply = { readonly id: number; readonly result: SavePlan | LoadResult } | { readonly id: number; readonly error: string };

/** Runs a job in the calling thread (the worker does exactly this). */
export function runSidecarJob(job: SidecarJob): SavePlan | LoadResult {
	return job.kind === 'plan' ? planSave(job.request) : loadSidecar(job.request);
}

interface Pending {
	readonly job: SidecarJob;
	readonly resolve: (result: SavePlan | LoadResult) => void;
	readonly reject: (error: Error) => void;
}

/**
 * Sidecar work off the extension host, in a worker thread: for an article with thousands of
 * decisions, reading and placing them, or placing, merging and serialising them for a save,
 * holds a thread for 100 ms and more, and the extension host is shared by every extension. The
 * jobs are the same pure functions either way; if the worker cannot start or dies, they run in
 * this thread instead (slower, never lost).
 */
export class SidecarThread {
	private worker: Worker | undefined;
	private broken = false;
	private nextId = 1;
	private readonly pending = new Map<number, Pending>();

	constructor(
		private readonly workerScript: string,
		private readonly log: (message: string) => void,
	) {}

	/** True while jobs run in this thread (the worker failed). */
	get inProcess(): boolean {
		return this.broken;
	}

	/** Plans a save (see `planSave`). */
	plan(request: SaveRequest): Promise<SavePlan> {
		return this.deliver(this.run({ kind: 'plan', request }));
	}

	/** Reads a sidecar and places its annotations (see `loadSidecar`). */
	load(request: LoadRequest): Promise<LoadResult> {
		return this.deliver(this.run({ kind: 'load', request }));
	}

	/**
	 * Holds back every result until the returned function is called, as a slow job on a big file
	 * would: lets tests make decisions or save the article while a load or a save is in flight.
	 */
	holdResults(): () => void {
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		this.held = held;
		return () => {
			if (this.held === held) {
				this.held = undefined;
			}
			release();
		};
	}

	private held: Promise<void> | undefined;

	private async deliver<T>(result: Promise<T>): Promise<T> {
		const value = await result;
		if (this.held) {
			await this.held;
		}
		return value;
	}

	dispose(): void {
		const worker = this.worker;
		this.worker = undefined;
		this.broken = true;
		// Anything still waiting runs here, so a save in flight at shutdown still completes.
		this.runPendingInProcess();
		void worker?.terminate();
	}

	private run<J extends SidecarJob>(job: J): Promise<ResultOf<J>> {
		const worker = this.ensureWorker();
		if (!worker) {
			return Promise.resolve().then(() => runSidecarJob(job) as ResultOf<J>);
		}
		const id = this.nextId++;
		return new Promise<ResultOf<J>>((resolve, reject) => {
			this.pending.set(id, { job, resolve: resolve as (result: SavePlan | LoadResult) => void, reject });
			// Kept alive while a job is awaited, let go when idle.
			worker.ref();
			try {
				worker.postMessage({ id, job } satisfies JobMessage);
			} catch (error) {
				// Something in the request cannot be copied to another thread: run it here.
				this.pending.delete(id);
				this.releaseIfIdle(worker);
				this.log(`sidecar worker: ${job.kind} not sent (${error instanceof Error ? error.message : String(error)}); done on the extension host`);
				resolve(runSidecarJob(job) as ResultOf<J>);
			}
		});
	}

	private ensureWorker(): Worker | undefined {
		if (this.worker || this.broken) {
			return this.worker;
		}
		try {
			const worker = new Worker(this.workerScript);
			worker.on('message', (reply: JobReply) => this.receive(reply));
			worker.on('error', (error) => this.fail(worker, `error: ${error.message}`));
			worker.on('exit', (code) => this.fail(worker, `stopped (exit code ${code})`));
			this.worker = worker;
		} catch (error) {
			this.broken = true;
			this.log(`sidecar worker could not start (${error instanceof Error ? error.message : String(error)}); sidecars are read and planned on the extension host`);
		}
		return this.worker;
	}

	private receive(reply: JobReply): void {
		const pending = this.pending.get(reply.id);
		if (!pending) {
			return;
		}
		this.pending.delete(reply.id);
		if (this.worker) {
			this.releaseIfIdle(this.worker);
		}
		if ('result' in reply) {
			pending.resolve(reply.result);
		} else {
			pending.reject(new Error(reply.error));
		}
	}

	/** An idle worker must not keep a process (a test, a command line) alive. */
	private releaseIfIdle(worker: Worker): void {
		if (this.pending.size === 0) {
			worker.unref();
		}
	}

	private fail(worker: Worker, why: string): void {
		if (this.worker !== worker) {
			return;
		}
		this.worker = undefined;
		this.broken = true;
		this.log(`sidecar worker ${why}; sidecars are read and planned on the extension host from now on`);
		this.runPendingInProcess();
	}

	private runPendingInProcess(): void {
		const waiting = [...this.pending.values()];
		this.pending.clear();
		for (const { job, resolve, reject } of waiting) {
			try {
				resolve(runSidecarJob(job));
			} catch (error) {
				reject(error instanceof Error ? error : new Error(String(error)));
			}
		}
	}
}
