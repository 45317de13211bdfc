import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BloomGazetteer, TableGazetteer } from '../../src/core/detect/features';
import { HashIndex } from '../../src/core/detect/hashindex';
import { prng } from '../../src/core/detect/training/perceptron';
import { isRunTimeTitleWord, leadingTitleTokens } from '../../src/core/detect/nameSpans';

test('Bloom gazetteer: every member is found with its type bits; few false bits', () => {
	const rnd = prng(7);
	const keys: number[] = [];
	const values: number[] = [];
	for (let i = 0; i < 20000; i++) {
		keys.push(Math.floor(rnd() * 2 ** 32));
		values.push(1 + Math.floor(rnd() * 31));
	}
	const g = BloomGazetteer.build(keys, values);
	for (let i = 0; i < keys.length; i++) assert.equal(g.get(keys[i]) & values[i], values[i]);
	let wrong = 0;
	for (let i = 0; i < 20000; i++) if (g.get(Math.floor(rnd() * 2 ** 32)) !== -1) wrong++;
	assert.ok(wrong < 20000 * 0.03, `false positives: ${wrong}`);
	// a filter read back from its bits behaves the same
	const copy = new BloomGazetteer(Uint32Array.from(g.bits), g.k);
	for (let i = 0; i < 100; i++) assert.equal(copy.get(keys[i]), g.get(keys[i]));
});

test('table gazetteer: exact look-ups', () => {
	const keys = Uint32Array.from([3, 9, 27, 81]);
	const g = new TableGazetteer({ index: new HashIndex(keys), values: Uint8Array.from([1, 2, 4, 16]) });
	assert.equal(g.get(27), 4);
	assert.equal(g.get(81), 16);
	assert.equal(g.get(5), -1);
});

test('leading titles are dropped from person spans, never the whole name', () => {
	assert.equal(leadingTitleTokens(['President', 'George', 'W', '.', 'Bush']), 1);
	assert.equal(leadingTitleTokens(['Ms', 'Pugh']), 1);
	assert.equal(leadingTitleTokens(['Mr', '.', 'Smith']), 2);
	assert.equal(leadingTitleTokens(['Pope', 'Francis']), 1);
	assert.equal(leadingTitleTokens(['Doctor', 'Hank']), 1);
	assert.equal(leadingTitleTokens(['Prime', 'Minister', 'Jane', 'Doe']), 2);
	assert.equal(leadingTitleTokens(['George', 'Washington']), 0);
	assert.equal(leadingTitleTokens(['King']), 0);
	assert.equal(leadingTitleTokens(['president', 'de', 'la']), 0);
	// rulers' and clerics' titles: trimmed at run time, kept in the training labels of the shipped model
	assert.equal(leadingTitleTokens(['Emperor', 'Meiji'], true), 1);
	assert.equal(leadingTitleTokens(['Emperor', 'Meiji']), 0);
	assert.equal(leadingTitleTokens(['Crown', 'Prince', 'Mohammed'], true), 2);
	assert.equal(leadingTitleTokens(['Chief', 'Justice', 'John', 'Roberts'], true), 2);
	assert.equal(leadingTitleTokens(['Chief', 'Justice', 'John', 'Roberts']), 1);
	// a cleric's title that is a surname too: only before a name, at run time
	assert.equal(leadingTitleTokens(['Bishop', 'Cornelius', 'Sim'], true), 1);
	assert.equal(leadingTitleTokens(['Bishop', 'Cornelius', 'Sim']), 0);
	assert.equal(leadingTitleTokens(['Julie', 'Bishop'], true), 0);
	assert.equal(isRunTimeTitleWord('Bishop'), false);
	// at run time the office after «of» / «for» belongs to the title
	assert.equal(leadingTitleTokens(['Secretary', 'of', 'State', 'Antony', 'Blinken'], true), 3);
	assert.equal(leadingTitleTokens(['Minister', 'for', 'Foreign', 'Affairs', 'Simon', 'Coveney'], true), 4);
});
