import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findOccurrences } from '../../src/core/occurrences';

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

test('multi-word names and empty queries', () => {
	const text = 'Conseil de la nation et le Conseil de la nation algérien';
	assert.equal(findOccurrences(text, 'Conseil de la nation').length, 2);
	assert.deepEqual(findOccurrences(text, '  '), []);
});
