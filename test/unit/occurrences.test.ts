import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEachOccurrences, findOccurrences, foldName, NameFinder, withArticleRestored } from '../../src/core/occurrences';
import { Random } from './support/random';

function slices(text: string, name: string): string[] {
	return findOccurrences(text, name).map((range) => text.slice(range.start, range.end));
}

test('Arabic names are found behind attached proclitics, which stay outside the range', () => {
	const text = 'زار الجزائر ثم عاد والجزائر بالجزائر للجزائر وللجزائر فالجزائر كالجزائر';
	const found = slices(text, 'الجزائر');
	assert.deepEqual(found, ['الجزائر', 'الجزائر', 'الجزائر', 'لجزائر', 'لجزائر', 'الجزائر', 'الجزائر']);
});

test('Arabic matches stop at word ends and do not start inside other words', () => {
	const text = 'موسكو وموسكوفي وموسكو مموسكو';
	assert.deepEqual(findOccurrences(text, 'موسكو').map((r) => r.start), [0, 16]);
});

test('Arabic names without the article take conjunctions and prepositions', () => {
	const text = 'التقى تبون ثم وتبون وبتبون لتبون';
	assert.deepEqual(slices(text, 'تبون'), ['تبون', 'تبون', 'تبون', 'تبون']);
});

test('Latin names match whole words only, after elisions too', () => {
	const text = "Alger, d'Alger, l’Algérie et Algeria; Alger.";
	assert.deepEqual(findOccurrences(text, 'Alger').map((r) => r.start), [0, 9, 38]);
});

test('word boundaries judge a character outside the BMP whole, not its surrogate halves', () => {
	// «𝐒» (mathematical bold S) is a letter: «Karim» right after it is inside a word, and so is one before «𝐒».
	assert.deepEqual(findOccurrences('𝐒Karim Karim𝐒 Karim', 'Karim').map((r) => r.start), [16]);
	// An emoji is no letter: the name next to it stands alone.
	assert.deepEqual(findOccurrences('😀Karim Karim😀', 'Karim').map((r) => r.start), [2, 8]);
	assert.deepEqual(slices('𝐀𝐁 تبون و𝐀تبون', 'تبون'), ['تبون']);
});

test('multi-word names and empty queries', () => {
	const text = 'Conseil de la nation et le Conseil de la nation algérien';
	assert.equal(findOccurrences(text, 'Conseil de la nation').length, 2);
	assert.deepEqual(findOccurrences(text, '  '), []);
});

test('Arabic is compared without harakat, tatweel and the hamza or madda on an alef; ranges keep the marks the text has', () => {
	const text = 'قال احمد ثم أحمدُ ولأحمد وإحمد';
	assert.deepEqual(slices(text, 'أحمد'), ['احمد', 'أحمدُ', 'أحمد', 'إحمد']);
	assert.deepEqual(slices('في الجَزائرِ وللجزائـر', 'الجزائر'), ['الجَزائرِ', 'لجزائـر']);
	// a voweled name finds the bare spelling too
	assert.deepEqual(slices('زار محمد الجزائر', 'مُحَمَّد'), ['محمد']);
});

test('a mark does not end an Arabic word: a name followed by a mark and a letter is another word', () => {
	assert.deepEqual(slices('رأى محمدًا هناك', 'محمد'), []);
	assert.deepEqual(slices('رأى محمدـ هناك', 'محمد'), ['محمدـ']);
});

test('NameFinder finds what findOccurrences finds, name by name, in one pass', () => {
	const random = new Random(20261206);
	const words = ['الجزائر', 'أحمد', 'احمد', 'محمد', 'تبون', 'لبنان', 'Alger', 'Béjaïa', 'Paris', 'Saint', 'de', 'la', 'Conseil', 'nation', '🇩🇿', '2024', 'U.S.'];
	const glue = [' ', ' ', ', ', '\r\n', "d'", 'و', 'ب', 'لل', 'ال', 'ـ', 'َ', ''];
	for (let run = 0; run < 40; run++) {
		let text = '';
		while (text.length < 400) {
			const word = random.pick(words);
			text += random.pick(glue) + (random.chance(0.2) ? word.normalize('NFD') : word);
		}
		const names = [...new Set(Array.from({ length: 8 }, () => (random.chance(0.3) ? `${random.pick(words)} ${random.pick(words)}` : random.pick(words))))];
		const expected: string[] = [];
		names.forEach((name, index) => {
			const forms = new Set([name.normalize('NFC'), name.normalize('NFC').normalize('NFD')]);
			for (const form of forms) {
				for (const range of findOccurrences(text, form)) expected.push(`${range.start}-${range.end}:${index}`);
			}
		});
		const found = new NameFinder(names).find(text).map((hit) => `${hit.start}-${hit.end}:${hit.name}`);
		assert.deepEqual([...new Set(found)].sort(), [...new Set(expected)].sort(), `run ${run}: ${JSON.stringify(text)} ${JSON.stringify(names)}`);
	}
});

test('findEachOccurrences gives each name what findOccurrences gives it, in one pass for many names', () => {
	const random = new Random(36);
	// «\u212Bngström» (the Ångström sign) is neither composed nor decomposed: found as written too
	const words = ['الجزائر', 'أحمد', 'احمد', 'محمد', 'لبنان', 'Alger', 'Béjaïa', 'Paris', 'Saint', 'Conseil', '\u212Bngström', 'Ångström', 'U.S.', '2024'];
	const glue = [' ', ' ', ', ', '\n', "d'", 'و', 'ب', 'لل', 'ال', 'ـ', 'َ', ''];
	for (let run = 0; run < 12; run++) {
		let text = '';
		while (text.length < 3000) {
			const word = random.pick(words);
			text += random.pick(glue) + (random.chance(0.2) ? word.normalize('NFD') : word);
		}
		// a few names (one search each) and many (one pass of NameFinder)
		const count = run % 2 === 0 ? 5 : 300;
		const names = Array.from({ length: count }, (_, i) => (random.chance(0.3) ? `${random.pick(words)} ${random.pick(words)}` : i % 7 === 0 ? `${random.pick(words)}${i}` : random.pick(words)));
		const each = findEachOccurrences(text, names);
		for (const name of names) {
			assert.deepEqual(each.get(name), findOccurrences(text, name), `run ${run}: ${JSON.stringify(name)}`);
		}
	}
});

test('NameFinder finds names that overlap or contain each other, each at every place', () => {
	const text = 'Paris Saint-Germain joue à Paris; Saint-Germain aussi.';
	const hits = new NameFinder(['Paris', 'Paris Saint-Germain', 'Saint-Germain', 'Saint']).find(text).map((hit) => `${text.slice(hit.start, hit.end)}@${hit.start}`);
	assert.deepEqual(hits.sort(), ['Paris Saint-Germain@0', 'Paris@0', 'Paris@27', 'Saint-Germain@34', 'Saint-Germain@6', 'Saint@34', 'Saint@6'].sort());
});

test('a learned name\'s hit where ل + ال contracts stands for the name with its article', () => {
	assert.equal(withArticleRestored(foldName('لجزائر')), 'الجزائر');
	assert.equal(withArticleRestored('الجزائر'), undefined);
	assert.equal(withArticleRestored('للجزائر'), undefined);
	assert.equal(withArticleRestored('Alger'), undefined);
	assert.equal(foldName('إحمد'), foldName('أحمد'));
});

test('a name whose first or last word is only tatweel or marks is searched without the space they leave', () => {
	const text = 'قال محمد إن محمدا وصل ولمحمد كتاب';
	for (const name of ['ـ محمد', 'محمد ـ', 'ّ محمد']) {
		assert.deepEqual(slices(text, name), ['محمد', 'محمد'], name);
		assert.deepEqual(new NameFinder([name]).find(text).map((hit) => text.slice(hit.start, hit.end)), ['محمد', 'محمد'], name);
	}
});

test('a name is found whether its accented letters are composed (NFC) or not (NFD), in either text', () => {
	const composed = 'Hélène Crépeau';
	const decomposed = composed.normalize('NFD');
	const text = `La maire ${decomposed} a reçu ${composed} et Mme ${decomposed}.`;
	const expected = [text.indexOf(decomposed), text.indexOf(composed), text.lastIndexOf(decomposed)].map((start, i) => ({ start, end: start + (i === 1 ? composed.length : decomposed.length) }));
	assert.deepEqual(findOccurrences(text, composed), expected);
	assert.deepEqual(findOccurrences(text, decomposed), expected);
	// an unaccented name is searched once, as before
	assert.deepEqual(findOccurrences('Paris et Paris', 'Paris'), [{ start: 0, end: 5 }, { start: 9, end: 14 }]);
});
