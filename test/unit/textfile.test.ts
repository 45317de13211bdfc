import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeTextFile, detectLineEnds, firstInvalidUtf8Offset, formatBytes, isUtf8Of } from '../../src/core/textfile';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeTextFile', () => {
	it('decodes UTF-8 Arabic and French text as it is', () => {
		const text = 'الجزائر — Alger, «capitale».\n';
		const result = decodeTextFile(utf8(text));
		assert.ok(result.ok);
		assert.equal(result.text, text);
		assert.equal(result.hadBom, false);
		assert.deepEqual(result.notes, []);
		assert.equal(result.lineEnds, 'lf');
	});

	it('removes a BOM and says so (offsets count from after it, as in VS Code)', () => {
		const result = decodeTextFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Alger')]));
		assert.ok(result.ok);
		assert.equal(result.text, 'Alger');
		assert.equal(result.hadBom, true);
		assert.match(result.notes[0], /byte order mark was removed/);
	});

	it('refuses invalid UTF-8 with the offset of the first bad byte instead of replacing it', () => {
		const bytes = new Uint8Array([...utf8('abc'), 0xe2, 0x82, ...utf8('def')]);
		const result = decodeTextFile(bytes);
		assert.equal(result.ok, false);
		assert.equal(!result.ok && result.kind, 'invalid-utf8');
		assert.match(!result.ok ? result.message : '', /first bad byte at offset 3/);
	});

	it('names UTF-16 text by its byte order mark instead of calling it binary', () => {
		const text = 'Le président à Alger.';
		const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
		const big = Buffer.from(little.subarray(2)).swap16();
		for (const [bytes, order] of [[little, 'little-endian'], [Buffer.concat([Buffer.from([0xfe, 0xff]), big]), 'big-endian']] as const) {
			const result = decodeTextFile(bytes);
			assert.equal(result.ok, false);
			assert.equal(!result.ok && result.kind, 'invalid-utf8');
			assert.equal(!result.ok && result.message, `UTF-16 text (${order} byte order mark), not UTF-8; save it as UTF-8`);
		}
	});

	it('finds overlong forms, encoded surrogates, code points past U+10FFFF and truncated sequences', () => {
		assert.equal(firstInvalidUtf8Offset(new Uint8Array([0x41, 0xc0, 0x80])), 1, 'overlong');
		assert.equal(firstInvalidUtf8Offset(new Uint8Array([0xed, 0xa0, 0x80])), 0, 'surrogate');
		assert.equal(firstInvalidUtf8Offset(new Uint8Array([0xf4, 0x90, 0x80, 0x80])), 0, 'above U+10FFFF');
		assert.equal(firstInvalidUtf8Offset(new Uint8Array([0x41, 0x42, 0xf0, 0x9f])), 2, 'truncated');
		assert.equal(firstInvalidUtf8Offset(utf8('😀ج')), 6, 'valid input: its length');
	});

	it('refuses binary files: a NUL byte, or many control characters', () => {
		const nul = decodeTextFile(new Uint8Array([0x41, 0x00, 0x42]));
		assert.equal(!nul.ok && nul.kind, 'binary');
		assert.match(!nul.ok ? nul.message : '', /NUL byte at offset 1/);
		const controls = decodeTextFile(utf8('a\u0001\u0002\u0003b'));
		assert.equal(!controls.ok && controls.kind, 'binary');
		assert.ok(decodeTextFile(utf8('a\tb\fc\r\nd')).ok, 'tab, form feed and line ends are text');
	});

	it('allows an empty file but reports it', () => {
		const result = decodeTextFile(new Uint8Array());
		assert.ok(result.ok);
		assert.equal(result.empty, true);
		assert.deepEqual(result.notes, ['the file is empty']);
	});

	it('caps the size before decoding, configurably', () => {
		const result = decodeTextFile(new Uint8Array(2048), { maxBytes: 1024 });
		assert.equal(!result.ok && result.kind, 'too-large');
		assert.match(!result.ok ? result.message : '', /2 KB, over the 1 KB limit/);
	});

	it('keeps CRLF as it is, reports the style, and warns about mixed line ends', () => {
		const crlf = decodeTextFile(utf8('a\r\nb\r\n'));
		assert.ok(crlf.ok);
		assert.equal(crlf.text, 'a\r\nb\r\n');
		assert.equal(crlf.lineEnds, 'crlf');
		const mixed = decodeTextFile(utf8('a\r\nb\nc'));
		assert.ok(mixed.ok);
		assert.equal(mixed.lineEnds, 'mixed');
		assert.match(mixed.notes[0], /mixed line ends \(LF and CRLF\)/);
		// a lone CR (old Mac files, some exports) is named as what it is, not as an LF
		const withCr = decodeTextFile(utf8('a\rb\r\nc'));
		assert.ok(withCr.ok);
		assert.match(withCr.notes[0], /mixed line ends \(CRLF and CR\)/);
		const allThree = decodeTextFile(utf8('a\rb\r\nc\nd'));
		assert.match(allThree.ok ? allThree.notes[0] : '', /mixed line ends \(LF, CRLF and CR\)/);
		assert.equal(detectLineEnds('a\rb'), 'cr');
		assert.equal(detectLineEnds('abc'), 'none');
	});

	it('decodes a large honest article of several MB', () => {
		const article = 'Le président a reçu à Alger le ministre russe. استقبل الرئيس في الجزائر الوزير.\n'.repeat(60_000);
		const bytes = utf8(article);
		assert.ok(bytes.length > 5 * 1024 * 1024);
		const result = decodeTextFile(bytes);
		assert.ok(result.ok && result.text === article);
	});

	it('tells bytes that are exactly a text in UTF-8 (what decoding them would give back)', () => {
		for (const text of ['', 'Alger', 'استقبل الرئيس في الجزائر 👋🏽 الوزير', 'ligne\r\nsuivante\r\n', 'a\nb\r\nc']) {
			assert.equal(isUtf8Of(utf8(text), text), true, JSON.stringify(text));
			const decoded = decodeTextFile(utf8(text));
			assert.ok(decoded.ok && decoded.text === text);
		}
		const arabic = 'استقبل الرئيس 👋 الوزير';
		const bytes = utf8(arabic);
		assert.equal(isUtf8Of(bytes, arabic.replace('👋', '🙂')), false, 'same length, other bytes');
		assert.equal(isUtf8Of(bytes.subarray(0, bytes.length - 1), arabic), false, 'one byte short');
		assert.equal(isUtf8Of(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Alger')]), 'Alger'), false, 'a byte order mark is not the text');
		assert.equal(isUtf8Of(utf8('a\r\nb'), 'a\nb'), false, 'line ends as written, not as an editor normalises them');
		// a lone surrogate cannot be written in UTF-8: an encoder puts U+FFFD there, which decodes to another text
		assert.equal(isUtf8Of(utf8('a\uFFFDb'), 'a\uD800b'), false);
	});

	it('formats sizes for messages', () => {
		assert.equal(formatBytes(17), '17 bytes');
		assert.equal(formatBytes(20 * 1024 * 1024), '20 MB');
		assert.equal(formatBytes(1536), '1.5 KB');
	});
});
