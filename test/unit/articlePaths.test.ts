import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { enclosingFolders, fileNameOf, FolderIndex, folderOf, isSameOrInsideFolder, sharedFileNames } from '../../src/core/articlePaths';

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

	it('finds the file names that more than one path ends with', () => {
		const shared = sharedFileNames(['/ws/a/report.txt', '/ws/b/report.txt', '/ws/report.txt', '/ws/a/other.txt', '/ws/report.txt.bak', '/ws/c/Report.txt']);
		assert.deepEqual([...shared], ['report.txt']);
		assert.deepEqual([...sharedFileNames(['/ws/a/one.txt', '/ws/b/two.txt'])], []);
		assert.deepEqual([...sharedFileNames([])], []);
	});

	it('reads a name written with combining accents as the same name precomposed', () => {
		const decomposed = '/ws/mac/re\u0301sume\u0301.txt';
		const precomposed = '/ws/linux/r\u00e9sum\u00e9.txt';
		assert.equal(fileNameOf(decomposed), fileNameOf(precomposed));
		assert.deepEqual([...sharedFileNames([decomposed, precomposed])], ['r\u00e9sum\u00e9.txt']);
	});

	it('writes the folder of a relative path to tell files of the same name apart', () => {
		assert.equal(folderOf('a/b/report.txt'), 'a/b/');
		assert.equal(folderOf('a/report.txt'), 'a/');
		assert.equal(folderOf('report.txt'), './');
		assert.equal(folderOf('C:\\outside\\report.txt'), 'C:\\outside\\');
	});
});
