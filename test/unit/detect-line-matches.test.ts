import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allMatches, matchesOnLinesWith } from '../../src/core/detect/lineMatches';

const KIND = /(?:radio|daily)/u;
const NAME_AFTER_KIND = /(?<![\p{L}\p{N}])(?:radio|daily) (\p{Lu}\p{L}*)(?![\p{L}\p{N}])/dgu;

const plain = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => ({ index: m.index, text: m[0], name: m[1], nameAt: m.indices![1] }));

test('matchesOnLinesWith finds what matchAll finds on a text of CRLF, LF and Arabic lines, with offsets in the whole text', () => {
	const text = [
		'Nothing here, Paris and Rome only.',
		'He told radio Mitre, then the daily Sme.\r',
		'سافر إلى وهران 🙂 ثم radio Nacional',
		'',
		'radio Monte\r',
		'the last daily Clarin',
	].join('\n');
	const expected = plain(text.matchAll(NAME_AFTER_KIND));
	assert.equal(expected.length, 5, 'the fixture holds five names');
	assert.deepEqual(plain(matchesOnLinesWith(text, KIND, NAME_AFTER_KIND)), expected);
	for (const m of matchesOnLinesWith(text, KIND, NAME_AFTER_KIND)) assert.equal(text.slice(m.indices![1][0], m.indices![1][1]), m[1]);
});

test('matchesOnLinesWith reads only the lines holding the keyword, once each', () => {
	// the pattern would match on the first line; its keyword is on the second only
	const text = 'Alpha Beta\nsays radio Gamma and radio Delta';
	const found = [...matchesOnLinesWith(text, KIND, /\p{Lu}\p{Ll}+/gu)].map((m) => [m.index, m[0]]);
	assert.deepEqual(found, [
		[22, 'Gamma'],
		[38, 'Delta'],
	]);
	assert.deepEqual([...matchesOnLinesWith('no keyword at all', KIND, /\p{Ll}+/gu)], []);
	assert.deepEqual([...matchesOnLinesWith('', KIND, /\p{Ll}+/gu)], []);
});

test('allMatches gives what matchAll gives, empty matches and surrogate pairs included, and leaves the pattern reusable', () => {
	const text = 'Ali 🙂 Ömer\r\nسافر إلى وهران ab';
	for (const pattern of [/\p{Lu}\p{Ll}+/gu, /(?:)/gu, /\b/gu, /x*/g, /(?<name>\p{L}+)/dgu]) {
		const expected = [...text.matchAll(pattern)].map((m) => [m.index, m[0], m.indices?.[0]]);
		assert.deepEqual(
			allMatches(text, pattern).map((m) => [m.index, m[0], m.indices?.[0]]),
			expected,
			String(pattern),
		);
		assert.equal(pattern.lastIndex, 0, `${pattern} is left at the text's start`);
	}
	// a pattern left part-way by an earlier test() still scans the whole text
	const word = /\p{Lu}\p{Ll}+/gu;
	word.test(text);
	assert.deepEqual(
		allMatches(text, word).map((m) => m[0]),
		['Ali', 'Ömer'],
	);
	assert.throws(() => allMatches(text, /a/u), /global/u);
});

