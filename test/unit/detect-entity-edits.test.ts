import { test } from 'node:test';
import assert from 'node:assert/strict';
import { replaceWhere } from '../../src/core/detect/entityEdits';
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
