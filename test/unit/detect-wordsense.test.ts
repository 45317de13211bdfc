import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tableGet, wordHash, Featurizer } from '../../src/core/detect/features';
import { wordSenseClasses } from '../../src/core/detect/training/resources';
import { findModelDirectory, loadDetector } from '../../src/core/detect/index';
import { join } from 'node:path';

// WordNet lexicographer files (+1 in the table): see wordSenseClasses
const NOUN_GROUP = 14 + 1;
const NOUN_LOCATION = 15 + 1;
const NOUN_PERSON = 18 + 1;
const NAME_PERSON = 1;
const NAME_PLACE = 2;

const classes = wordSenseClasses();
const senseOf = (word: string): number => tableGet(classes, wordHash(word)) & 63;
const nameKindOf = (word: string): number => (tableGet(classes, wordHash(word)) >> 6) & 3;

test('word senses: the most frequent sense tells an institution from its officer', () => {
	assert.equal(senseOf('ministry'), NOUN_GROUP);
	assert.equal(senseOf('minister'), NOUN_PERSON);
	assert.equal(senseOf('council'), NOUN_GROUP);
	assert.equal(senseOf('spokesman'), NOUN_PERSON);
	assert.equal(senseOf('city'), NOUN_LOCATION);
});

test('word senses: regular plurals and verb forms take their lemma’s class; unknown words are absent', () => {
	assert.equal(senseOf('ministries'), NOUN_GROUP);
	assert.equal(senseOf('announces'), senseOf('announce'));
	assert.equal(senseOf('announcing'), senseOf('announce'));
	assert.equal(tableGet(classes, wordHash('qzxvbrtlk')), 0);
});

test('word senses: what kind of name a word is where WordNet writes it with a capital', () => {
	assert.equal(nameKindOf('paris'), NAME_PLACE);
	assert.equal(nameKindOf('clinton'), NAME_PERSON);
	assert.equal(nameKindOf('ministry'), 0);
});

test('word senses: the shipped English model carries the table and its features fire', () => {
	const dir = findModelDirectory(join(__dirname, '..', '..', 'src', 'core', 'detect'));
	assert.ok(dir, 'model directory found');
	const res = loadDetector(dir, { languages: ['en'] }).model('en').resources;
	assert.ok(res.wordSense, 'the English model file holds the word sense table');
	assert.equal(tableGet(res.wordSense, wordHash('ministry')) & 63, NOUN_GROUP);
	assert.equal(res.options?.wn, 1, 'the model was trained with the word sense features');
	const withSenses = new Featurizer('en', res, true).wordInfo('Ministry', 0);
	const without = new Featurizer('en', { ...res, wordSense: undefined }, true).wordInfo('Ministry', 0);
	assert.equal(withSenses.wn, tableGet(res.wordSense, wordHash('ministry')));
	// the word itself, and its role as the previous and as the next word of another token
	assert.equal(withSenses.roleFeats.length, without.roleFeats.length + 3);
});
