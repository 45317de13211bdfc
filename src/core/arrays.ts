/**
 * Array edits that take any number of items. A spread (`push(...items)`, `splice(at, n,
 * ...items)`, `Math.max(...values)`) passes each item as an argument, and V8 throws «Maximum call
 * stack size exceeded» past about 120,000 of them: a paste of 300,000 lines or an edit dropping
 * that many names would stop the code that handles it.
 */

/** Items given as arguments at most: well below V8's limit. */
const SPREAD_LIMIT = 8192;

/** `target.push(...items)` for any number of items. */
export function appendAll<T>(target: T[], items: readonly T[]): void {
	if (items.length <= SPREAD_LIMIT) {
		target.push(...items);
		return;
	}
	for (const item of items) {
		target.push(item);
	}
}

/** `target.splice(start, deleteCount, ...items)` for any number of items (returns nothing). */
export function replaceRange<T>(target: T[], start: number, deleteCount: number, items: readonly T[]): void {
	if (items.length <= SPREAD_LIMIT) {
		target.splice(start, deleteCount, ...items);
		return;
	}
	const tail = target.slice(start + deleteCount);
	target.length = start;
	appendAll(target, items);
	appendAll(target, tail);
}

/** The largest of `values`, or `floor` when none is larger. */
export function maxOf(values: Iterable<number>, floor: number): number {
	let max = floor;
	for (const value of values) {
		if (value > max) max = value;
	}
	return max;
}
