import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextBuffer } from '../../src/core/textBuffer';
import { Random } from '../../src/core/random';

test('a text buffer agrees with plain string edits over random replacements', () => {
	const generator = new Random(42);
	const random = () => generator.next();
	const alphabet = 'abc الجزائر 😀\r\n';
	let text = '';
	for (let i = 0; i < 20000; i++) {
		text += alphabet[Math.floor(random() * alphabet.length)];
	}
	const buffer = new TextBuffer(text);
	for (let step = 0; step < 2000; step++) {
		const start = Math.floor(random() * (text.length + 1));
		const end = Math.min(text.length, start + Math.floor(random() * 6000 * random()));
		const inserted = random() < 0.5 ? '' : text.slice(0, Math.floor(random() * 9000 * random()));
		text = text.slice(0, start) + inserted + text.slice(end);
		buffer.replace(start, end, inserted);
		assert.equal(buffer.length, text.length);
		const a = Math.floor(random() * (text.length + 1));
		const b = a + Math.floor(random() * 300);
		assert.equal(buffer.slice(a, b), text.slice(a, b));
	}
	assert.equal(buffer.toString(), text);
});

test('a text buffer refuses edits outside the text and handles the empty text', () => {
	const buffer = new TextBuffer('');
	assert.equal(buffer.slice(0, 10), '');
	buffer.replace(0, 0, 'Alger');
	assert.equal(buffer.toString(), 'Alger');
	assert.throws(() => buffer.replace(3, 9, 'x'), RangeError);
	buffer.replace(0, 5, '');
	assert.equal(buffer.length, 0);
});
