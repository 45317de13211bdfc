import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendAll, maxOf, replaceRange } from '../../src/core/arrays';

test('appendAll, replaceRange and maxOf take more items than V8 lets a spread pass as arguments', () => {
	const many = Array.from({ length: 200_000 }, (_, i) => i);
	const target = [-1];
	appendAll(target, many);
	assert.equal(target.length, 200_001);
	assert.equal(target[200_000], 199_999);
	const edited = ['a', 'b', 'c', 'd'];
	replaceRange(edited, 1, 2, many.map(String));
	assert.equal(edited.length, 200_002);
	assert.deepEqual([edited[0], edited[1], edited[200_000], edited[200_001]], ['a', '0', '199999', 'd']);
	const small = ['a', 'b', 'c'];
	replaceRange(small, 1, 1, ['x', 'y']);
	assert.deepEqual(small, ['a', 'x', 'y', 'c']);
	assert.equal(maxOf(many, 0), 199_999);
	assert.equal(maxOf([], 0), 0);
	assert.equal(maxOf([-5, -2], 0), 0);
});
