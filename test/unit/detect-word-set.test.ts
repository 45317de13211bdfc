import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordSet } from '../../src/core/detect/wordSet';

test('a WordSet holds exactly the words a Set of them holds', () => {
	const listed = ['spokesman', 'spokeswoman', 'Deir', '.', '-', 'north-east', 'وزير', 'Ōsaka', '東京', 'x'];
	const words = new WordSet(listed);
	const set = new Set(listed);
	const probes = [
		...listed,
		// the same first character or the same length, not listed
		'spokesmen', 'spokes', 'spokesmanship', 'Dear', 'deir', 'Deirs', ',', '—', 'north-west', 'وزيرة', 'وزراء', 'Ōita', '東北', 'y', 'X',
		// no listed word is so short or so long, or opens so
		'', 'a', 'unlisted-word-longer-than-any', '🙂', '\ud83d',
	];
	for (const probe of probes) assert.equal(words.has(probe), set.has(probe), JSON.stringify(probe));
	assert.equal(words.has('spokesman'), true);
	assert.equal(words.has('東京'), true, 'a word opening past the map of first characters is still found');
	assert.equal(words.has('spokesmen'), false);
});

test('a WordSet holding the empty word finds it, and an empty WordSet finds nothing', () => {
	assert.equal(new WordSet(['', 'a']).has(''), true);
	assert.equal(new WordSet(['a']).has(''), false);
	assert.equal(new WordSet([]).has('a'), false);
	assert.equal(new WordSet([]).has(''), false);
});
