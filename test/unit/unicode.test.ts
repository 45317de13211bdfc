import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OffsetConverter, codePointLength, hasRightToLeftLetter, snapToCharacters } from '../../src/core/unicode';

/** Code point offsets computed the slow, obvious way, to check the converter against. */
function referenceCodePoints(text: string): number[] {
	const offsets: number[] = [];
	let codePoint = 0;
	for (let i = 0; i <= text.length; i++) {
		offsets.push(codePoint);
		const unit = text.charCodeAt(i);
		const next = text.charCodeAt(i + 1);
		const isPairStart = unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
		if (isPairStart) {
			offsets.push(codePoint); // inside the pair: rounds down to the character's start
			i++;
		}
		codePoint++;
	}
	return offsets;
}

describe('OffsetConverter', () => {
	it('is the identity on Arabic and French text (all in the BMP)', () => {
		const text = 'قال الرئيس عبد المجيد تبون إنّ الجزائر… Le président a dit « oui ».';
		const converter = new OffsetConverter(text);
		assert.equal(converter.isIdentity, true);
		assert.equal(converter.codePointLength, text.length);
		assert.equal(converter.toCodePoint(12), 12);
		assert.equal(converter.toUtf16(12), 12);
	});

	it('counts an emoji as one code point and two UTF-16 units, both ways', () => {
		const text = 'a😀b👍🏽c';
		const converter = new OffsetConverter(text);
		assert.equal(converter.codePointLength, 6);
		assert.equal(codePointLength(text), 6);
		assert.equal(converter.toCodePoint(3), 2, 'after the first emoji');
		assert.equal(converter.toUtf16(2), 3);
		assert.equal(converter.toUtf16(6), text.length);
		assert.equal(converter.toCodePoint(2), 1, 'inside a pair rounds down to its start');
		assert.equal(converter.isBoundary(2), false);
		assert.equal(converter.isBoundary(3), true);
	});

	it('agrees with a plain reference on mixed Arabic, emoji, CRLF, combining marks and lone surrogates', () => {
		const text = 'مرحبا 😀\r\nCafe\u0301 \ud800x\udc00 🇩🇿 ب\u064e\r\n\udbff\udfff';
		const converter = new OffsetConverter(text);
		const reference = referenceCodePoints(text);
		for (let i = 0; i <= text.length; i++) {
			assert.equal(converter.toCodePoint(i), reference[i], `toCodePoint(${i})`);
		}
		for (let i = 0; i <= text.length; i++) {
			if (converter.isBoundary(i)) {
				assert.equal(converter.toUtf16(converter.toCodePoint(i)), i, `round trip at ${i}`);
			}
		}
		assert.equal(converter.codePointLength, [...text].length, 'lone surrogates count as one code point each, like Python');
	});

	it('keeps CR and LF as separate code points (CRLF is two)', () => {
		const converter = new OffsetConverter('a\r\nb');
		assert.equal(converter.codePointLength, 4);
		assert.equal(converter.toUtf16(3), 3);
	});

	it('treats a combining mark as its own code point (no normalisation)', () => {
		const decomposed = 'e\u0301';
		assert.equal(new OffsetConverter(decomposed).codePointLength, 2);
		assert.equal(new OffsetConverter(decomposed.normalize('NFC')).codePointLength, 1);
	});

	it('rejects offsets outside the text or not integers as boundaries', () => {
		const converter = new OffsetConverter('abc');
		assert.equal(converter.isBoundary(-1), false);
		assert.equal(converter.isBoundary(4), false);
		assert.equal(converter.isBoundary(1.5), false);
		assert.equal(converter.isBoundary(3), true);
	});
});

describe('snapToCharacters', () => {
	const text = 'Vu 😀Nadia et 👨‍👩‍👧 Sétif, 𝐍𝐨𝐫𝐝 et مدينةٌ 🇩🇿.';
	const snapped = (start: number, end: number) => {
		const range = snapToCharacters(text, { start, end });
		return text.slice(range.start, range.end);
	};

	it('leaves out an emoji a range starts or ends inside (half a surrogate pair, part of a sequence)', () => {
		const nadia = text.indexOf('Nadia');
		assert.equal(snapped(nadia - 1, nadia + 5), 'Nadia');
		const family = text.indexOf('👨');
		assert.equal(snapped(family + 3, text.indexOf('Sétif') + 5), ' Sétif');
		const flag = text.indexOf('🇩');
		assert.equal(snapped(text.indexOf('مدينة'), flag + 2), 'مدينةٌ ');
		assert.equal(snapped(family + 1, family + 2), '');
	});

	it('takes whole a letter a range cuts: an astral letter, a letter and its harakah', () => {
		const nord = text.indexOf('𝐍𝐨𝐫𝐝');
		assert.equal(snapped(nord + 1, nord + 7), '𝐍𝐨𝐫𝐝');
		const city = text.indexOf('مدينة');
		assert.equal(snapped(city, city + 5), 'مدينةٌ');
	});

	it('keeps ranges that already fall between characters', () => {
		assert.deepEqual(snapToCharacters(text, { start: 0, end: 2 }), { start: 0, end: 2 });
		assert.deepEqual(snapToCharacters(text, { start: 0, end: text.length }), { start: 0, end: text.length });
	});
});

describe('hasRightToLeftLetter', () => {
	it('finds Arabic and Hebrew letters, not the Arabic comma, harakat or Arabic-Indic digits alone', () => {
		assert.equal(hasRightToLeftLetter('Le ministre a parlé à سطيف hier.'), true);
		assert.equal(hasRightToLeftLetter('שלום'), true);
		assert.equal(hasRightToLeftLetter('Le 12 mars, à Oran.'), false);
		assert.equal(hasRightToLeftLetter('Score ٣–١ ، 12'), false);
		assert.equal(hasRightToLeftLetter('\u064e\u0650'), false);
	});
});
