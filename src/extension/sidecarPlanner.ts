import { Worker } from 'node:worker_threads';
import { planSave, type SavePlan, type SaveRequest } from '../core/sidecar/merge';

export interface PlanRequest {
	readonly id: number;
	readonly request: SaveRequest;
}

export type PlanReply = { readonly id: number; readonly plan: SavePlan } | { readonly id: number; readonly error: string };

interface Pending {
	readonly request: SaveRequest;
	readonly resolve: (plan: SavePlan) => void;
	readonly reject: (error: Error) => void;
}

/**
 * Plans sidecar saves in a worker thread: for an article with thousands of decisions, placing,
 * merging and serialising them holds a thread for 100 ms and more, and the extension host is
 * shared by every extension. The plan is the same pure function either way; if the worker cannot
 * start or dies, plans are made in this thread instead (slower, never lost).
 */
export class SidecarPlanner {
	private worker: Worker | undefined;
	private broken = false;
	private nextId = 1;
	private readonly pending = new Map<number, Pending>();

	constructor(
		private readonly workerScript: string,
		private readonly log: (message: string) => void,
	) {}

	/** True while plans are made in this thread (the worker failed). */
	get inProcess(): boolean {
		return this.broken;
	}

	plan(request: SaveRequest): Promise<SavePlan> {
		const worker = this.ensureWorker();
		if (!worker) {
			return Promise.resolve().then(() => planSave(request));
		}
		const id = this.nextId++;
		return new Promise<SavePlan>((resolve, reject) => {
			this.pending.set(id, { request, resolve, reject });
			// Kept alive while a plan is awaited, let go when idle.
			worker.ref();
			try {
				worker.postMessage({ id, request } satisfies PlanRequest);
			} catch (error) {
				// Something in the request cannot be copied to another thread: plan it here.
				this.pending.delete(id);
				this.releaseIfIdle(worker);
				this.log(`sidecar worker: request not sent (${error instanceof Error ? error.message : String(error)}); planned on the extension host`);
				resolve(planSave(request));
			}
		});
	}

	dispose(): void {
		const worker = this.worker;
		this.worker = undefined;
		this.broken = true;
		// Anything still waiting is planned here, so a save in flight at shutdown still completes.
		this.planPendingInProcess();
		void worker?.terminate();
	}

	private ensureWorker(): Worker | undefined {
		if (this.worker || this.broken) {
			return this.worker;
		}
		try {
			const worker = new Worker(this.workerScript);
			worker.on('message', (reply: PlanReply) => this.receive(reply));
			worker.on('error', (error) => this.fail(worker, `error: ${error.message}`));
			worker.on('exit', (code) => this.fail(worker, `stopped (exit code ${code})`));
			this.worker = worker;
		} catch (error) {
			this.broken = true;
			this.log(`sidecar worker could not start (${error instanceof Error ? error.message : String(error)}); saves are planned on the extension host`);
		}
		return this.worker;
	}

	private receive(reply: PlanReply): void {
		const pending = this.pending.get(reply.id);
		if (!pending) {
			return;
		}
		this.pending.delete(reply.id);
		if (this.worker) {
			this.releaseIfIdle(this.worker);
		}
		if ('plan' in reply) {
			pending.resolve(reply.plan);
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
		this.log(`sidecar worker ${why}; saves are planned on the extension host from now on`);
		this.planPendingInProcess();
	}

	private planPendingInProcess(): void {
		const waiting = [...this.pending.values()];
		this.pending.clear();
		for (const { request, resolve, reject } of waiting) {
			try {
				resolve(planSave(request));
			} catch (error) {
				reject(error instanceof Error ? error : new Error(String(error)));
			}
		}
	}
}
