import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { enclosingFolders, FolderIndex, isSameOrInsideFolder } from '../../src/core/articlePaths';

describe('article paths', () => {
	it('lists the folders that hold a path, nearest first, without the root', () => {
		assert.deepEqual(enclosingFolders('/ws/seeds/a/b.txt'), ['/ws/seeds/a', '/ws/seeds', '/ws']);
		assert.deepEqual(enclosingFolders('/b.txt'), []);
	});

	it('tells which folders hold articles, at any depth, until their last article is removed', () => {
		const index = new FolderIndex();
		index.add('/ws/seeds/a/one.txt');
		index.add('/ws/seeds/a/deeper/two.txt');
		index.add('/ws/seeds/b/three.txt');
		assert.equal(index.holds('/ws/seeds/a'), true);
		assert.equal(index.holds('/ws/seeds/a/'), true, 'a folder given with a trailing slash');
		assert.equal(index.holds('/ws/seeds/a/deeper'), true);
		assert.equal(index.holds('/ws'), true);
		assert.equal(index.holds('/ws/seeds/a/one.txt'), false, 'an article is no folder');
		assert.equal(index.holds('/ws/seeds/c'), false);
		assert.equal(index.holds('/ws/seeds/a/deep'), false, 'a folder whose name starts another one');
		index.remove('/ws/seeds/a/deeper/two.txt');
		assert.equal(index.holds('/ws/seeds/a/deeper'), false);
		assert.equal(index.holds('/ws/seeds/a'), true, 'still holds one.txt');
		index.remove('/ws/seeds/a/one.txt');
		assert.equal(index.holds('/ws/seeds/a'), false);
		assert.equal(index.holds('/ws/seeds'), true, 'still holds b/three.txt');
		index.remove('/ws/seeds/b/three.txt');
		assert.equal(index.size, 0, 'nothing is left behind');
	});

	it('counts an article added twice under one path until it is removed twice', () => {
		const index = new FolderIndex();
		index.add('/ws/a/one.txt');
		index.add('/ws/a/one.txt');
		index.remove('/ws/a/one.txt');
		assert.equal(index.holds('/ws/a'), true);
		index.remove('/ws/a/one.txt');
		assert.equal(index.holds('/ws/a'), false);
		index.remove('/ws/a/one.txt');
		assert.equal(index.size, 0, 'removing more than was added leaves no negative count');
	});

	it('tells a path inside a folder from one beside it whose name starts the same', () => {
		assert.equal(isSameOrInsideFolder('/ws/a/one.txt', '/ws/a'), true);
		assert.equal(isSameOrInsideFolder('/ws/a/one.txt', '/ws/a/'), true);
		assert.equal(isSameOrInsideFolder('/ws/a', '/ws/a'), true);
		assert.equal(isSameOrInsideFolder('/ws/ab/one.txt', '/ws/a'), false);
		assert.equal(isSameOrInsideFolder('/ws/one.txt', '/ws/a'), false);
	});
});
