/** Binary searches over ascending numbers (chunk starts, block starts, line starts). */

/** Index of the last value at or below `value`, or 0 when every value is above it (or none). */
export function lastAtOrBelow(sorted: ArrayLike<number>, value: number): number {
	let low = 0;
	let high = sorted.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >>> 1;
		if (sorted[mid] <= value) {
			low = mid;
		} else {
			high = mid - 1;
		}
	}
	return Math.max(0, low);
}
