import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serialize } from 'node:v8';
import { join } from 'node:path';
import { asOneByteText } from '../../src/core/detect/oneByteText';
import { findModelDirectory, loadDetector } from '../../src/core/detect/index';

/** Whether V8 holds `s` one byte per character (its serialiser tags such a string «"», a two-byte one «c»). */
const heldInOneByte = (s: string): boolean => serialize(s)[2] === 0x22;

/** `latin1` held two bytes per character: a slice of a text with a character past Latin-1 after it. */
const twoByteCopy = (latin1: string): string => (latin1 + '\u2019').slice(0, latin1.length);

test('a Latin-1 text sliced from a two-byte one comes back equal and held one byte per character', () => {
	const text = 'Müller told dpa in Zürich on Monday.\r\nÿ\u00a0\u0000 ends Latin-1; ';
	const sliced = twoByteCopy(text);
	assert.equal(heldInOneByte(sliced), false, 'the fixture is held in two bytes');
	const copy = asOneByteText(sliced);
	assert.equal(copy, text);
	assert.equal(copy.length, text.length);
	assert.equal(heldInOneByte(copy), true);
	assert.equal(asOneByteText(''), '');
	// longer than the buffer a chunk is copied through, and a short one after it
	const long = twoByteCopy('Zürich '.repeat(10_000));
	assert.equal(asOneByteText(long), 'Zürich '.repeat(10_000));
	assert.equal(heldInOneByte(asOneByteText(long)), true);
	assert.equal(asOneByteText(twoByteCopy('Köln')), 'Köln');
});

test('a text with a character past Latin-1 is returned as it is', () => {
	for (const text of ['l’État et Paris', 'Ā', 'وزير الخارجية في الجزائر', 'Team 🙂 won', 'a lone \ud83d surrogate', 'a lone \udc00 half']) {
		const copy = asOneByteText(text);
		assert.equal(copy, text);
		assert.equal(heldInOneByte(copy), false, text);
	}
});

test('the detector finds the same entities at the same offsets in a two-byte copy of a Latin-1 text, and works on one byte a character', () => {
	const detector = loadDetector(findModelDirectory(join(__dirname, '..', '..', 'src', 'core', 'detect'))!, { languages: ['en', 'fr'] });
	const cases: Array<[string, 'en' | 'fr']> = [
		['BERLIN, March 3 (Reuters) - Angela Merkel met executives of Siemens in Munich on Tuesday.\r\nShares of BMW rose.', 'en'],
		['Le président Emmanuel Macron a reçu à Paris le maire de Marseille, jeudi 3 mars.', 'fr'],
	];
	for (const [text, language] of cases) {
		const expected = detector.detect(text, language);
		assert.ok(expected.length >= 3, `the fixture holds entities: ${JSON.stringify(expected)}`);
		const found = detector.detect(twoByteCopy(text), language);
		assert.deepEqual(found, expected);
		for (const entity of found) {
			assert.equal(entity.text, text.slice(entity.start, entity.end));
			// the entities' texts are slices of the text the rules read
			assert.equal(heldInOneByte(entity.text), true, entity.text);
		}
	}
});
