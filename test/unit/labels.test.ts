import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_LABELS, describeReviewKeys, labelAskedFor, labelForReviewKey, reviewKeyOf, validateLabelSet } from '../../src/core/labels';

test('the default label set is valid', () => {
	assert.deepEqual(validateLabelSet(DEFAULT_LABELS), []);
});

test('entries of articleAnnotator.labels that are not label objects are problems, not a crash', () => {
	// settings.json is hand-written: a stray null, a bare name or a nested list must be reported
	// (the default labels are then used), not throw while the settings are read (activation failed).
	for (const entry of [null, 'PER', 7, true, [], ['PER', '#123456']]) {
		const labels = [{ name: 'EVENT', description: 'Event', color: '#00aa88' }, entry] as unknown as Parameters<typeof validateLabelSet>[0];
		let problems: string[] = [];
		assert.doesNotThrow(() => (problems = validateLabelSet(labels)), `entry ${JSON.stringify(entry)}`);
		assert.equal(problems.length, 1, `one problem for ${JSON.stringify(entry)}: ${problems.join('; ')}`);
		assert.match(problems[0], /label 2 /, 'names the entry by its place in the list');
	}
});

test('a label whose name, colour or description is not text is a problem', () => {
	const problems = validateLabelSet([
		{ name: 5, description: 'Five', color: '#123456' },
		{ name: 'PER', description: 'Person', color: 0x123456 },
		{ name: 'ORG', description: { en: 'Organisation' }, color: '#4aa3df' },
	] as unknown as Parameters<typeof validateLabelSet>[0]);
	assert.equal(problems.length, 3, problems.join('; '));
	assert.ok(problems.some((p) => /description/.test(p)), problems.join('; '));
});

test('a label without a description is valid (the setting does not require one)', () => {
	assert.deepEqual(validateLabelSet([{ name: 'EVENT', color: '#00aa88' }] as unknown as Parameters<typeof validateLabelSet>[0]), []);
});

test('review mode\'s number keys follow the configured label order: added labels get keys, renamed and removed ones move the others up', () => {
	const labels = [
		{ name: 'EVENT', description: 'Event', color: '#00aa88' },
		{ name: 'LOC', description: 'Place', color: '#5cb85c' },
		{ name: 'PERSON', description: 'Person', color: '#e8a33d' },
	];
	assert.equal(labelForReviewKey(labels, 1)?.name, 'EVENT');
	assert.equal(labelForReviewKey(labels, 3)?.name, 'PERSON');
	assert.equal(labelForReviewKey(labels, 4), undefined, 'a key past the set sets nothing');
	assert.equal(reviewKeyOf(labels, 'LOC'), '2');
	assert.equal(reviewKeyOf(labels, 'PER'), undefined, 'a default label removed from the set has no key');
	assert.equal(describeReviewKeys(labels), '1 EVENT · 2 LOC · 3 PERSON');
	assert.equal(describeReviewKeys(DEFAULT_LABELS), '1 PER · 2 ORG · 3 LOC · 4 DATE · 5 MISC');
	const eleven = Array.from({ length: 11 }, (_, index) => ({ name: `L${index + 1}`, description: '', color: '#123456' }));
	assert.equal(reviewKeyOf(eleven, 'L9'), '9');
	assert.equal(reviewKeyOf(eleven, 'L10'), undefined, 'only nine number keys');
	assert.equal(labelForReviewKey(eleven, 10), undefined);
	assert.equal(describeReviewKeys(eleven).split(' · ').length, 9);
});

test('a tag key asks for a label by its name, or by the start of the one configured label spelled out in full', () => {
	const named = (...names: string[]) => names.map((name) => ({ name, description: '', color: '#888888' }));
	const spelled = named('PERSON', 'ORGANIZATION', 'Location', 'DATE', 'NORP');
	assert.equal(labelAskedFor(spelled, 'PER')?.name, 'PERSON');
	assert.equal(labelAskedFor(spelled, 'ORG')?.name, 'ORGANIZATION');
	assert.equal(labelAskedFor(spelled, 'LOC')?.name, 'Location');
	assert.equal(labelAskedFor(spelled, 'DATE')?.name, 'DATE');
	assert.equal(labelAskedFor(spelled, 'MISC'), undefined);
	assert.equal(labelAskedFor(spelled, ''), undefined);
	// the label of that very name first; two that start with it, none
	assert.equal(labelAskedFor(named('PERSONA', 'PER'), 'PER')?.name, 'PER');
	assert.equal(labelAskedFor(named('PERSON', 'PERSONA'), 'PER'), undefined);
	assert.equal(labelAskedFor(DEFAULT_LABELS, 'ORG')?.name, 'ORG');
});
