// The keybindings package.json contributes, checked as VS Code reads them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { REVIEW_KEY_COUNT } from '../../src/core/labels';

interface Keybinding {
	readonly command: string;
	readonly key: string;
	readonly mac?: string;
	readonly linux?: string;
	readonly win?: string;
	readonly when?: string;
	readonly args?: unknown;
}

const keybindings: readonly Keybinding[] = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).contributes.keybindings;

test('review mode\'s number keys 1-9 set the label at that position of the label set, whatever its names', () => {
	for (let key = 1; key <= REVIEW_KEY_COUNT; key++) {
		const bound = keybindings.filter((binding) => binding.key === String(key));
		assert.equal(bound.length, 1, `key ${key}`);
		assert.equal(bound[0].command, 'articleAnnotator.applyType');
		assert.deepEqual(bound[0].args, { position: key }, `key ${key} names a position, not a fixed label`);
		assert.match(bound[0].when ?? '', /articleAnnotator\.reviewMode/);
	}
});
