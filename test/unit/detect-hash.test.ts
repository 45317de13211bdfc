import { test } from 'node:test';
import assert from 'node:assert/strict';
import { combine, combine3, hashString } from '../../src/core/detect/hash';

// The shipped models store feature keys made with these hashes: a change to them is a change to
// every model, so their values are pinned.
test('hashString, combine and combine3 give the values the shipped models were trained with', () => {
	// over UTF-16 code units, seeded, from start to end
	assert.equal(hashString('Algérie'), 1719368332);
	assert.equal(hashString('الجزائر', 7), 2433445846);
	assert.equal(hashString('Berlin', 12, 2, 5), 426490339);
	assert.equal(hashString(''), 2872998923);
	assert.equal(combine(0, 0), 4130718928);
	assert.equal(combine(1, 2), 383447120);
	assert.equal(combine(0xffffffff, 0x80000000), 3338126667);
	assert.equal(combine(-1, 7), 1206486256, 'a signed input is read as its 32 bits');
	assert.equal(combine3(70, 5, 2), 1384757245);
	assert.equal(combine3(0x9e3779b9, 123456789, 0), 2928195864);
});
