/**
 * Counts reads of an object's properties, to tell a linear algorithm from a quadratic one by
 * the work it does at two sizes, never by the time it takes.
 */
export class ReadCounter {
	reads = 0;

	/** `target`, as a view that counts the reads of the properties `counted` accepts. */
	watch<T extends object>(target: T, counted: (key: string | symbol) => boolean): T {
		return new Proxy(target, {
			get: (object, key, receiver) => {
				if (counted(key)) {
					this.reads++;
				}
				return Reflect.get(object, key, receiver) as unknown;
			},
		});
	}

	/** How many reads `work` makes. */
	during(work: () => void): number {
		const before = this.reads;
		work();
		return this.reads - before;
	}
}

/** Keys of array elements ("0", "1", ...): what a scan of an array reads. */
export function isIndex(key: string | symbol): boolean {
	return typeof key === 'string' && /^\d+$/.test(key);
}
