/** The longest piece of the extension's own work measured on the extension host. */
export interface HostWork {
	readonly what: string;
	readonly ms: number;
}

/**
 * Times the extension's synchronous work on the extension host (event handlers, detection
 * results, the steps of loading an article): every extension shares that thread, so any piece
 * longer than a frame holds all of them up. Slow pieces are reported; the longest is kept so a
 * measurement can tell the extension's own cost from VS Code's.
 */
export class HostTimer {
	private longest: HostWork = { what: '', ms: 0 };

	constructor(
		private readonly onSlow: (work: HostWork) => void,
		private readonly slowMs = 16,
	) {}

	run<T>(what: string, work: () => T): T {
		const started = performance.now();
		try {
			return work();
		} finally {
			const ms = performance.now() - started;
			if (ms > this.longest.ms) {
				this.longest = { what, ms };
			}
			if (ms > this.slowMs) {
				this.onSlow({ what, ms });
			}
		}
	}

	/** The longest piece of work since the last call (or since the start), then starts over. */
	takeLongest(): HostWork {
		const longest = this.longest;
		this.longest = { what: '', ms: 0 };
		return longest;
	}
}
