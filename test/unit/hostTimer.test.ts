import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HostTimer, type HostWork } from '../../src/extension/hostTimer';

function busyFor(ms: number): void {
	const until = performance.now() + ms;
	while (performance.now() < until) {
		// spin: the timer measures synchronous work
	}
}

test('keeps the longest piece of work until taken, then starts over', () => {
	const timer = new HostTimer(() => {}, 1_000);
	assert.equal(timer.run('quick', () => 7), 7);
	timer.run('slow', () => busyFor(5));
	timer.run('quick again', () => undefined);
	const longest = timer.takeLongest();
	assert.equal(longest.what, 'slow');
	assert.ok(longest.ms >= 5, `measured ${longest.ms} ms`);
	assert.deepEqual(timer.takeLongest(), { what: '', ms: 0 });
});

test('reports work over the threshold, also when it throws, and passes the error on', () => {
	const reported: HostWork[] = [];
	const timer = new HostTimer((work) => reported.push(work), 50);
	timer.run('under', () => undefined);
	assert.throws(
		() =>
			timer.run('over', () => {
				busyFor(60);
				throw new Error('handler failed');
			}),
		/handler failed/,
	);
	assert.deepEqual(
		reported.map((work) => work.what),
		['over'],
	);
	assert.equal(timer.takeLongest().what, 'over');
});
