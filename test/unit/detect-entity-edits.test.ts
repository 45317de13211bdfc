import { test } from 'node:test';
import assert from 'node:assert/strict';
import { overlapping, putEntity, putOverPiecesAll, replaceWhere, ruleEntity, typeRanges } from '../../src/core/detect/entityEdits';
import type { DetectedEntity } from '../../src/core/types';

const entity = (start: number, text: string, type: string): DetectedEntity => ({ start, end: start + text.length, type, text, confidence: 0.8, source: 'model' });

test('replaceWhere replaces the entities it is given a replacement for and leaves the list alone otherwise', () => {
	const entities = [entity(0, 'Taylor', 'PER'), entity(8, 'Texas', 'LOC')];
	const untouched = replaceWhere(entities, () => undefined);
	assert.equal(untouched, entities, 'the same array when nothing is replaced');
	const replaced = replaceWhere(entities, (e, k) => (k === 0 ? { ...e, type: 'LOC' } : undefined));
	assert.notEqual(replaced, entities);
	assert.deepEqual(replaced.map((e) => e.type), ['LOC', 'LOC']);
	assert.equal(entities[0].type, 'PER', 'the input is not changed');
});

test('overlapping, putEntity and ruleEntity: a rule finds what it covers and puts its entity in text order', () => {
	const text = 'Moon Jae-in met Lee Jae-myung in Seoul.';
	const lee: DetectedEntity = { start: 16, end: 23, type: 'PER', text: 'Lee Jae', confidence: 0.8, source: 'model' };
	const seoul: DetectedEntity = { start: 33, end: 38, type: 'LOC', text: 'Seoul', confidence: 0.9, source: 'model' };
	const entities = [lee, seoul];
	assert.deepEqual(overlapping(entities, 16, 29), [lee]);
	assert.deepEqual(overlapping(entities, 0, 11), []);
	const whole = ruleEntity(text, 16, 29, 'PER');
	assert.deepEqual(whole, { start: 16, end: 29, type: 'PER', text: 'Lee Jae-myung', confidence: 0.6, source: 'rule' });
	const replaced = putEntity(entities, whole, [lee]);
	assert.deepEqual(replaced.map((e) => e.text), ['Lee Jae-myung', 'Seoul']);
	const added = putEntity(replaced, ruleEntity(text, 0, 11, 'PER', 0.7));
	assert.deepEqual(added.map((e) => [e.text, e.confidence]), [['Moon Jae-in', 0.7], ['Lee Jae-myung', 0.6], ['Seoul', 0.9]]);
	// the input list is left as it was
	assert.deepEqual(entities, [lee, seoul]);
});

test('typeRanges adds a name where nothing was read, retypes the one entity on its very range if allowed, else leaves the list', () => {
	const text = 'Rebels in Zaire met Zaire officials near Goma.';
	const goma = entity(41, 'Goma', 'LOC');
	const added = typeRanges(text, [goma], [{ start: 10, end: 15, type: 'LOC' }], () => true);
	assert.deepEqual(added.map((e) => [e.text, e.type, e.source]), [['Zaire', 'LOC', 'rule'], ['Goma', 'LOC', 'model']]);
	const person = entity(20, 'Zaire', 'PER');
	const retyped = typeRanges(text, [person, goma], [{ start: 20, end: 25, type: 'LOC' }], (e) => e.type === 'PER');
	assert.deepEqual(retyped.map((e) => [e.text, e.type, e.source, e.confidence]), [['Zaire', 'LOC', 'rule', 0.8], ['Goma', 'LOC', 'model', 0.8]]);
	// an entity of a type not accepted, or one reaching past the range, stays
	const organisation = [entity(20, 'Zaire', 'ORG')];
	assert.equal(typeRanges(text, organisation, [{ start: 20, end: 25, type: 'LOC' }], (e) => e.type === 'PER'), organisation);
	const longer = [entity(20, 'Zaire officials', 'ORG')];
	assert.equal(typeRanges(text, longer, [{ start: 20, end: 25, type: 'LOC' }], () => true), longer);
});

test('putOverPiecesAll replaces the pieces read inside a range with one entity, unless one reaches out or may not be replaced', () => {
	const text = 'Sales in Central America rose on Monday.';
	const america = entity(17, 'America', 'LOC');
	const monday = entity(33, 'Monday', 'DATE');
	const whole = putOverPiecesAll(text, [america, monday], [{ start: 9, end: 24, type: 'LOC' }]);
	assert.deepEqual(whole.map((e) => [e.text, e.type, e.source]), [['Central America', 'LOC', 'rule'], ['Monday', 'DATE', 'model']]);
	// a date inside, a piece the caller keeps, or an entity past the range: the list as it was
	const dated = [monday];
	assert.equal(putOverPiecesAll(text, dated, [{ start: 30, end: 39, type: 'ORG' }]), dated);
	const person = [entity(17, 'America', 'PER')];
	assert.equal(putOverPiecesAll(text, person, [{ start: 9, end: 24, type: 'LOC' }], (e) => e.type === 'LOC' || e.type === 'ORG'), person);
	const longer = [entity(9, 'Central America rose', 'ORG')];
	assert.equal(putOverPiecesAll(text, longer, [{ start: 9, end: 24, type: 'LOC' }]), longer);
	// the very entity already there
	const same = [entity(9, 'Central America', 'LOC')];
	assert.equal(putOverPiecesAll(text, same, [{ start: 9, end: 24, type: 'LOC' }]), same);
});

test('typeRanges and putOverPiecesAll take many disjoint ranges in one pass, as one call per range would', () => {
	const text = 'Zaire, Rhodesia and Ceylon; Zaire again.';
	const rhodesia = entity(7, 'Rhodesia', 'PER');
	const ceylon = entity(20, 'Ceylon', 'ORG');
	const ranges = [
		{ start: 0, end: 5, type: 'LOC' },
		{ start: 7, end: 15, type: 'LOC' },
		{ start: 20, end: 26, type: 'LOC' },
		{ start: 28, end: 33, type: 'LOC' },
	];
	const typed = typeRanges(text, [rhodesia, ceylon], ranges, (e) => e.type === 'PER');
	assert.deepEqual(typed.map((e) => [e.text, e.type]), [['Zaire', 'LOC'], ['Rhodesia', 'LOC'], ['Ceylon', 'ORG'], ['Zaire', 'LOC']]);
	const over = putOverPiecesAll(text, [rhodesia, ceylon], ranges);
	assert.deepEqual(over.map((e) => [e.text, e.type, e.source]), [['Zaire', 'LOC', 'rule'], ['Rhodesia', 'LOC', 'rule'], ['Ceylon', 'LOC', 'rule'], ['Zaire', 'LOC', 'rule']]);
	// nothing to do: the very list
	const none: DetectedEntity[] = [];
	assert.equal(typeRanges(text, none, [], () => true), none);
});
