import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
	DEFAULT_SIDECAR_LIMITS,
	parseSidecar,
	readSidecarBytes,
	serializeSidecar,
	type SidecarParseResult,
	renameSidecarDocument,
	documentNameOf,
} from '../../src/core/sidecar/codec';
import type { Sidecar, StoredAnnotation, StoredOrphan, YamlValue } from '../../src/core/sidecar/model';
import { SAFE_PLAIN, isSafePlain, quoteString } from '../../src/core/sidecar/yamltext';
import { bindSidecar, unbindAnnotations } from '../../src/core/sidecar/bind';
import { Random } from './support/random';

const HASH = `sha256:${'ab'.repeat(32)}`;

function sample(): Sidecar {
	return {
		version: 1,
		document: '000_test.txt',
		documentHash: HASH,
		annotations: [
			{ type: 'LOC', start: 40, end: 47, text: 'الجزائر', status: 'accepted', id: 'a2', source: 'user', prefix: 'استقبل الرئيس في ', suffix: ' وزير الخارجية' },
			{ type: 'PER', start: 3, end: 23, text: 'Abdelmadjid Tebboune', status: 'rejected', id: 'a1', source: 'model', confidence: 0.87, note: 'two "quotes"\nand a line' },
		],
		orphaned: [{ type: 'ORG', start: 90, end: 95, text: 'Sonatrach', status: 'accepted', id: 'o1', reason: 'deleted by an edit' }],
		extra: [['reviewedBy', 'Amina'], ['tags', ['fr', 'ar']]],
	};
}

function mustParse(text: string, options?: Parameters<typeof parseSidecar>[1]): Extract<SidecarParseResult, { ok: true }> {
	const result = parseSidecar(text, options);
	assert.ok(result.ok, `expected to parse, got ${JSON.stringify(result.problems)}`);
	return result;
}

function mustFail(text: string, code: string, options?: Parameters<typeof parseSidecar>[1]): string {
	const result = parseSidecar(text, options);
	assert.equal(result.ok, false, `expected a failure (${code}) for ${JSON.stringify(text.slice(0, 80))}`);
	const codes = result.problems.map((problem) => problem.code);
	assert.ok(codes.includes(code as never), `expected ${code}, got ${codes.join(', ')}: ${result.problems.map((p) => p.message).join(' | ')}`);
	for (const problem of result.problems) {
		assert.ok(!problem.message.includes('\n'), 'messages are one line');
	}
	return result.problems.find((problem) => problem.code === code)!.message;
}

/** What a sidecar looks like after a write and read: items sorted the canonical way. */
function normalised(sidecar: Sidecar): Sidecar {
	const order = (a: StoredAnnotation, b: StoredAnnotation) =>
		a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || ((a.id ?? '') < (b.id ?? '') ? -1 : (a.id ?? '') > (b.id ?? '') ? 1 : 0);
	return { ...sidecar, annotations: [...sidecar.annotations].sort(order), orphaned: [...sidecar.orphaned].sort(order) as StoredOrphan[] };
}

describe('sidecar codec: canonical form', () => {
	it('writes a readable header, the contract fields first, Arabic as UTF-8 and items sorted by start', () => {
		const text = serializeSidecar(sample());
		assert.match(text, /^# Article Annotator sidecar/);
		assert.match(text, /code points/);
		assert.ok(text.includes('text: الجزائر'), 'Arabic stays plain and readable');
		assert.ok(text.indexOf('Abdelmadjid') < text.indexOf('الجزائر'), 'sorted by start');
		assert.ok(text.includes('  - type: PER\n    start: 3\n    end: 23\n    text: Abdelmadjid Tebboune\n    status: rejected\n'));
		assert.ok(text.includes('note: "two \\"quotes\\"\\nand a line"'));
		assert.ok(text.includes('orphaned:\n  - type: ORG'));
		assert.ok(text.includes('reason: deleted by an edit'));
		assert.ok(text.endsWith('\n'));
	});

	it('round-trips exactly, with unknown fields kept in order, through both readers', () => {
		const original = sample();
		const text = serializeSidecar(original);
		const fast = mustParse(text);
		const library = mustParse(text, { reader: 'yaml' });
		assert.equal(fast.reader, 'canonical');
		assert.equal(library.reader, 'yaml');
		assert.deepEqual(fast.sidecar, normalised(original));
		assert.deepEqual(library.sidecar, fast.sidecar);
		assert.equal(serializeSidecar(fast.sidecar), text, 'writing what was read gives the same bytes');
	});

	it('keeps unknown fields of items and of the top level, including nested values, written by hand', () => {
		const text = [
			'version: 1',
			'document: a.txt',
			'zeta: {b: 1, a: [x, 2, null]}',
			'annotations:',
			'  - status: accepted',
			'    text: Alger',
			'    flag: true',
			'    end: 5',
			'    start: 0',
			'    type: LOC',
			'    "10": ten',
			'    "2": two',
			'',
		].join('\n');
		const parsed = mustParse(text);
		assert.equal(parsed.reader, 'yaml', 'hand-written order is not canonical');
		const item = parsed.sidecar.annotations[0];
		assert.deepEqual(item.extra, [['flag', true], ['10', 'ten'], ['2', 'two']], 'order kept, integer-like keys too');
		assert.deepEqual(parsed.sidecar.extra, [['zeta', new Map<string, YamlValue>([['b', 1], ['a', ['x', 2, null]]])]]);
		const again = mustParse(serializeSidecar(parsed.sidecar));
		assert.equal(again.reader, 'canonical');
		assert.deepEqual(again.sidecar, parsed.sidecar);
	});

	it('reads CRLF files like LF files and reports the line ends so a save can keep them', () => {
		const text = serializeSidecar(sample());
		const crlf = text.replace(/\n/g, '\r\n');
		const parsed = mustParse(crlf);
		assert.equal(parsed.reader, 'canonical');
		assert.equal(parsed.lineEnds, 'crlf');
		assert.deepEqual(parsed.sidecar, mustParse(text).sidecar);
		assert.equal(serializeSidecar(parsed.sidecar, { eol: '\r\n' }), crlf);
	});

	it('accepts a UTF-8 BOM with a warning, and refuses NUL bytes and invalid UTF-8 with clear messages', () => {
		const bytes = new TextEncoder().encode(serializeSidecar(sample()));
		const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
		const read = readSidecarBytes(withBom);
		assert.ok(read.ok);
		assert.ok(read.problems.some((problem) => problem.code === 'bom' && problem.severity === 'warning'));
		const nul = readSidecarBytes(new Uint8Array([0x76, 0, 0x31]));
		assert.equal(nul.ok, false);
		assert.match(nul.problems[0].message, /NUL byte at offset 1/);
		const invalid = readSidecarBytes(new Uint8Array([...new TextEncoder().encode('version: 1\nnote: '), 0xc3, 0x28]));
		assert.equal(invalid.ok, false);
		assert.match(invalid.problems[0].message, /not valid UTF-8 \(first bad byte at offset 17\)/);
	});

	it('gives line numbers for problems in items, from both readers', () => {
		const text = serializeSidecar(sample()).replace('status: rejected', 'status: maybe');
		const fast = parseSidecar(text);
		const library = parseSidecar(text, { reader: 'yaml' });
		assert.equal(fast.ok, false);
		assert.deepEqual(fast, library);
		const problem = fast.problems[0];
		assert.equal(problem.line, text.split('\n').findIndex((line) => line.startsWith('  - type: PER')) + 1);
		assert.match(problem.message, /annotations\[0\]: "status" must be accepted or rejected, got "maybe"/);
		assert.ok(!fast.ok && fast.partial !== undefined && fast.partial.annotations.length === 1, 'the valid items are offered read-only');
	});

	it('explains a number where a string belongs (the Norway problem) instead of guessing', () => {
		const text = 'version: 1\ndocument: a.txt\nannotations:\n  - type: DATE\n    start: 0\n    end: 4\n    text: 2024\n    status: accepted\n';
		assert.match(mustFail(text, 'field'), /"text" must be a string, got 2024 \(quote it/);
		const yes = mustParse('version: 1\ndocument: a.txt\nannotations:\n  - type: MISC\n    start: 0\n    end: 2\n    text: no\n    status: accepted\n');
		assert.equal(yes.sidecar.annotations[0].text, 'no', 'YAML 1.2: no stays a string');
	});

	it('keeps a known field with the wrong type as it is, with a warning, instead of losing it', () => {
		const text = 'version: 1\ndocument: a.txt\nannotations:\n  - type: PER\n    start: 0\n    end: 2\n    text: Al\n    status: accepted\n    note: 42\n    confidence: high\n';
		const parsed = mustParse(text);
		const item = parsed.sidecar.annotations[0];
		assert.equal(item.note, undefined);
		assert.deepEqual(item.extra, [['note', 42], ['confidence', 'high']]);
		assert.equal(parsed.problems.filter((problem) => problem.severity === 'warning').length, 2);
		const written = serializeSidecar(parsed.sidecar);
		assert.ok(written.includes('    note: 42\n') && written.includes('    confidence: high\n'));
	});

	it('sorts by start, end, type and id, whatever the input order (clean git diffs)', () => {
		const items: StoredAnnotation[] = [
			{ type: 'PER', start: 5, end: 9, text: 'abcd', status: 'accepted', id: 'b' },
			{ type: 'LOC', start: 5, end: 9, text: 'abcd', status: 'accepted', id: 'c' },
			{ type: 'LOC', start: 5, end: 9, text: 'abcd', status: 'accepted', id: 'a' },
			{ type: 'LOC', start: 1, end: 9, text: 'abcdefgh', status: 'accepted', id: 'z' },
			{ type: 'LOC', start: 5, end: 7, text: 'ab', status: 'accepted', id: 'y' },
		];
		const base = { ...sample(), annotations: items };
		const text = serializeSidecar(base);
		const reversed = serializeSidecar({ ...base, annotations: [...items].reverse() });
		assert.equal(text, reversed);
		const ids = mustParse(text).sidecar.annotations.map((item) => item.id);
		assert.deepEqual(ids, ['z', 'y', 'a', 'c', 'b']);
	});
});

describe('sidecar codec: hostile and broken input', () => {
	const head = 'version: 1\ndocument: a.txt\n';

	it('refuses anchors and aliases, including the billion laughs, before any parser runs', () => {
		let bomb = head + 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
		for (const [name, previous] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g'], ['i', 'h']]) {
			bomb += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]\n`;
		}
		bomb += 'annotations: []\n';
		assert.match(mustFail(bomb, 'alias'), /anchors or aliases/);
		mustFail(head + 'annotations:\n  - *x\n', 'alias');
		mustFail(head + 'annotations:\n  - &x {type: PER}\n', 'alias');
	});

	it('still refuses an alias the pre-scan cannot see, while walking the syntax tree', () => {
		// An alias after a tag is not where the pre-scan looks for node starts.
		mustFail(head + 'a: &x 1\nannotations: []\n', 'alias');
		const result = parseSidecar(head + 'a: !!str *x\nannotations: []\n');
		assert.equal(result.ok, false);
	});

	it('refuses __proto__, constructor, prototype and << keys anywhere, quoted or escaped', () => {
		for (const key of ['__proto__', 'constructor', 'prototype', '"\\x5f_proto__"', '"<<"']) {
			const message = mustFail(`${head}annotations: []\n${key}: 1\n`, 'forbidden-key');
			assert.match(message, /is not allowed in a sidecar/);
			mustFail(`${head}annotations:\n  - type: PER\n    start: 0\n    end: 1\n    text: a\n    status: accepted\n    meta: {${key}: {polluted: true}}\n`, 'forbidden-key');
		}
		assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype was touched');
	});

	it('refuses git conflict markers with the line, and nesting deeper than the cap (the yaml 2.9 crash)', () => {
		const conflicted = `${head}annotations:\n<<<<<<< HEAD\n  - type: PER\n=======\n  - type: LOC\n>>>>>>> theirs\n`;
		const message = mustFail(conflicted, 'conflict-markers');
		assert.match(message, /conflict/);
		assert.equal(parseSidecar(conflicted).problems[0].line, 4);
		const deep = `${head}annotations: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
		// Twice in one process: the second parse is what aborts Node inside the yaml library.
		for (let i = 0; i < 2; i++) {
			assert.match(mustFail(deep, 'too-deep'), /deeper than 32/);
		}
		mustFail(`${head}annotations: []\nx:${' - '.repeat(40)}a\n`, 'too-deep');
		let indented = head + 'annotations: []\nx:\n';
		for (let level = 1; level <= 40; level++) {
			indented += `${' '.repeat(level)}k${level}:\n`;
		}
		mustFail(indented, 'too-deep');
		assert.equal(parseSidecar(`${head}annotations: []\nx: ${'['.repeat(20)}${']'.repeat(20)}\n`).ok, true, 'moderate nesting is fine');
	});

	it('caps size before parsing, and the yaml library sees only modest hand-edited files', () => {
		const big = `${head}annotations: []\nnote: "${'x'.repeat(2000)}"\n`;
		mustFail(big, 'too-large', { maxBytes: 1000 });
		mustFail(big.replace('note: "', 'note: >\n  "'), 'too-large', { maxYamlLibraryBytes: 1000 }); // a block scalar: not canonical
		assert.equal(DEFAULT_SIDECAR_LIMITS.maxBytes, 20 * 1024 * 1024);
	});

	it('names the problem for empty files, non-mappings, several documents, directives, tags and syntax errors', () => {
		mustFail('', 'empty');
		mustFail('  \n\n', 'empty');
		mustFail('# just a comment\n', 'empty');
		mustFail('- a\n- b\n', 'not-a-mapping');
		mustFail('just text\n', 'not-a-mapping');
		mustFail(`${head}annotations: []\n---\nversion: 2\n`, 'multiple-documents');
		mustFail(`%YAML 1.1\n---\n${head}annotations: []\n`, 'directive');
		mustFail(`${head}annotations: !!binary aGk=\n`, 'tag');
		mustFail(`${head}annotations: !custom []\n`, 'tag');
		const syntax = mustFail(`${head}annotations: [\n  - a: b\n: :\n`, 'yaml-syntax');
		assert.match(syntax, /^not valid YAML: /);
		mustFail(`${head}annotations: []\nannotations: []\n`, 'yaml-syntax');
	});

	it('refuses a version it does not know, saying to upgrade; and a missing or odd version', () => {
		assert.match(mustFail('version: 99\ndocument: a.txt\nannotations: []\n', 'version-newer'), /newer than this Article Annotator supports \(1\); upgrade/);
		mustFail('document: a.txt\nannotations: []\n', 'version-missing');
		mustFail('version: "1"\ndocument: a.txt\nannotations: []\n', 'version-invalid');
		mustFail('version: 0\ndocument: a.txt\nannotations: []\n', 'version-invalid');
	});

	it('reports items with missing or wrong contract fields, each with its index and line', () => {
		const text = `${head}annotations:\n  - type: PER\n    start: -1\n    end: 2.5\n    text: ab\n    status: accepted\n  - just a string\n`;
		const result = parseSidecar(text);
		assert.equal(result.ok, false);
		const messages = result.problems.map((problem) => `${problem.line}:${problem.message}`);
		assert.ok(messages.some((message) => message.startsWith('4:annotations[0]: "start" must be a whole number')));
		assert.ok(messages.some((message) => message.startsWith('4:annotations[0]: "end" must be a whole number')));
		assert.ok(messages.some((message) => message.startsWith('9:annotations[1]: must be a mapping')));
		mustFail(`${head}annotations: 5\n`, 'field');
		mustFail(`${head}\n`, 'field');
	});

	it('warns that comments after the header will not be kept', () => {
		const parsed = mustParse(`${head}# a note by hand\nannotations: [] # trailing\n`);
		assert.deepEqual(parsed.problems.map((problem) => problem.code), ['comments-dropped']);
	});

	it('never throws, whatever bytes come in (random garbage, truncated canonical files)', () => {
		const random = new Random(7);
		const canonical = serializeSidecar(sample());
		const alphabet = ['a', ':', ' ', '-', '\n', '"', "'", '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\\', '\t', 'é', 'ج', '😀', '\ud800', '%', '@', ',', '?', '0', '.'];
		for (let i = 0; i < 2000; i++) {
			let text: string;
			if (random.chance(0.5)) {
				text = canonical.slice(0, random.int(0, canonical.length));
			} else {
				text = '';
				const length = random.int(0, 80);
				for (let k = 0; k < length; k++) {
					text += random.pick(alphabet);
				}
			}
			const result = parseSidecar(text);
			for (const problem of result.problems) {
				assert.ok(problem.message.length > 0 && !problem.message.includes('\n'));
			}
			assert.notEqual(result.problems.some((problem) => problem.code === 'internal'), true, `internal error on ${JSON.stringify(text)}`);
		}
	});
});

describe('sidecar codec: both readers agree (fuzz)', () => {
	const nasty = [
		'"', "'", '\\', '\n', '\r', '\t', '\r\n', '\u0000', '\u0001', '\u001b', '\u007f', '\u0085', '\u009f', '\u00a0', '\u2028', '\u2029', '\ufeff',
		'\ufffe', '\uffff', '\ud800', '\udfff', '\u200f', '\u202e', '\u2066', '\u061c', '\u200d', '😀', '👍🏽', 'ج', 'الجزائر', 'é', 'ß', '«', '»', '،', '؛',
		'-', '?', ':', '#', '&', '*', '!', '|', '>', '%', '@', '`', ',', '[', ']', '{', '}', ' ', '  ', '.', '~', '0', '1', 'e', 'x', 'A', 'ـ', 'ً', '٣',
	];
	const specials = ['', 'no', 'No', 'NO', 'yes', 'y', 'n', 'on', 'off', 'true', 'False', 'null', 'Null', '~', '1e3', '0x10', '0o17', '010', '1_000', '.inf', '-.inf', '.nan', '+1', '-0', '.5', '12', '3.0', '- a', ': ', 'a: b', 'a #b', ' lead', 'trail ', '---', '...', '&a', '*a', '!t', '@x', '%x', '`x', '"q"', "'q'", '[a]', '{a: 1}', 'Tebboune', 'عبد المجيد تبون', "l'Algérie", 'Alger - Moscou', 'e'];

	function randomString(random: Random): string {
		if (random.chance(0.25)) {
			return random.pick(specials);
		}
		let out = '';
		const length = random.int(0, 12);
		for (let i = 0; i < length; i++) {
			out += random.chance(0.6) ? random.pick(['a', 'b', 'Z', 'é', 'ج', 'ل', ' ', '1']) : random.pick(nasty);
		}
		return out;
	}

	function randomValue(random: Random, depth: number): YamlValue {
		const kind = random.int(0, depth > 2 ? 4 : 6);
		switch (kind) {
			case 0:
				return null;
			case 1:
				return random.chance(0.5);
			case 2:
				return random.pick([0, 1, -7, 42, 0.1, 1e-7, 1e21, 123456789012, Number.MAX_SAFE_INTEGER, 2.5e300, NaN, Infinity, -Infinity, -0.5]);
			case 3:
			case 4:
				return randomString(random);
			case 5:
				return Array.from({ length: random.int(0, 3) }, () => randomValue(random, depth + 1));
			default: {
				const map = new Map<string, YamlValue>();
				for (let i = random.int(0, 3); i > 0; i--) {
					map.set(randomKey(random), randomValue(random, depth + 1));
				}
				return map;
			}
		}
	}

	function randomKey(random: Random): string {
		let key = random.chance(0.5) ? random.pick(['x', 'meta', 'True', 'no', '10', '2', 'a b', 'ключ', 'مفتاح', 'k-1', '_k', '', 'é', 'with:colon', '#hash']) : randomString(random);
		while (['__proto__', 'constructor', 'prototype', '<<'].includes(key)) {
			key = 'k';
		}
		return key;
	}

	function randomItem(random: Random, index: number, orphan: boolean): StoredAnnotation | StoredOrphan {
		const start = random.int(0, 5000);
		const item: Record<string, unknown> = {
			type: random.pick(['PER', 'LOC', 'ORG', 'DATE', 'MISC', 'X_1']),
			start,
			end: start + random.int(0, 40),
			text: randomString(random),
			status: random.pick(['accepted', 'rejected']),
		};
		if (random.chance(0.9)) item.id = `i${index}${random.chance(0.2) ? randomString(random) : ''}`;
		for (const name of ['source', 'author', 'created', 'modified', 'note', 'prefix', 'suffix']) {
			if (random.chance(0.4)) item[name] = randomString(random);
		}
		if (random.chance(0.4)) item.confidence = random.pick([0, 1, 0.5, 0.1, 0.30000000000000004, 1e-7, 0.999999]);
		if (orphan) item.reason = randomString(random);
		if (random.chance(0.3)) {
			const extra: Array<[string, YamlValue]> = [];
			const used = new Set(['type', 'start', 'end', 'text', 'status', 'id', 'source', 'confidence', 'author', 'created', 'modified', 'note', 'prefix', 'suffix', 'reason']);
			for (let i = random.int(1, 3); i > 0; i--) {
				const key = randomKey(random);
				if (!used.has(key)) {
					used.add(key);
					extra.push([key, randomValue(random, 0)]);
				}
			}
			if (extra.length > 0) item.extra = extra;
		}
		return item as unknown as StoredAnnotation;
	}

	function randomSidecar(random: Random): Sidecar {
		const extra: Array<[string, YamlValue]> = [];
		const used = new Set(['version', 'document', 'documentHash', 'annotations', 'orphaned']);
		for (let i = random.int(0, 2); i > 0; i--) {
			const key = randomKey(random);
			if (!used.has(key)) {
				used.add(key);
				extra.push([key, randomValue(random, 0)]);
			}
		}
		return {
			version: 1,
			document: random.chance(0.8) ? `${random.int(0, 999)}_article.txt` : randomString(random) || 'x',
			...(random.chance(0.8) ? { documentHash: HASH } : {}),
			annotations: Array.from({ length: random.int(0, 6) }, (_, i) => randomItem(random, i, false)),
			orphaned: Array.from({ length: random.int(0, 2) }, (_, i) => randomItem(random, 100 + i, true)) as StoredOrphan[],
			extra,
		};
	}

	it('parses every canonical file identically with the fast reader and the yaml library, and round-trips it', () => {
		const random = new Random(20250131);
		let fastReads = 0;
		const runs = 1000;
		for (let run = 0; run < runs; run++) {
			const sidecar = randomSidecar(random);
			const text = serializeSidecar(sidecar);
			const fast = parseSidecar(text);
			const library = parseSidecar(text, { reader: 'yaml' });
			assert.ok(library.ok, `library failed on run ${run}: ${JSON.stringify(library.problems)}\n${text}`);
			assert.ok(fast.ok, `fast failed on run ${run}`);
			if (fast.reader === 'canonical') {
				fastReads++;
			}
			const { reader: _fastReader, ...fastRest } = fast;
			const { reader: _libraryReader, ...libraryRest } = library;
			assert.deepEqual(fastRest, libraryRest, `readers disagree on run ${run}:\n${text}`);
			assert.deepEqual(fast.sidecar, normalised(sidecar), `round trip changed run ${run}:\n${text}`);
			assert.equal(serializeSidecar(fast.sidecar), text, 'writing is idempotent');
		}
		assert.equal(fastReads, runs, 'every file the writer makes is read by the fast reader');
	});

	it('writes every string plain only when the regular-expression definition allows it', () => {
		const random = new Random(99);
		for (let i = 0; i < 20_000; i++) {
			const value = randomString(random);
			const reference = value.length > 0 && !value.endsWith(' ') && SAFE_PLAIN.test(value) && !['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n'].includes(value.toLowerCase());
			assert.equal(isSafePlain(value), reference, JSON.stringify(value));
		}
		assert.equal(quoteString('a\u2028b\ud800'), '"a\\u2028b\\ud800"');
		assert.equal(quoteString('😀'), '"😀"', 'emoji stay raw');
	});

	it('falls back to the yaml library for hand-edited files and reads the same values', () => {
		const canonical = serializeSidecar(sample());
		const edited = canonical
			.replace('text: Abdelmadjid Tebboune', 'text: "Abdelmadjid\n      Tebboune"') // folded over two lines
			.replace('source: user', 'source: user # checked');
		const parsed = mustParse(edited);
		assert.equal(parsed.reader, 'yaml');
		assert.deepEqual(parsed.sidecar, mustParse(canonical).sidecar);
	});
});

describe('JSON Schema of the sidecar (media/sidecar.schema.json)', () => {
	it('is valid JSON, draft-07, and describes exactly the fields the codec knows', async () => {
		const { readFileSync } = await import('node:fs');
		const schema = JSON.parse(readFileSync(new URL('../../media/sidecar.schema.json', import.meta.url), 'utf8'));
		assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
		assert.deepEqual(schema.required, ['version', 'document', 'annotations']);
		assert.equal(schema.properties.version.const, 1);
		const fields = Object.keys(schema.definitions.annotationFields.properties).sort();
		const written = serializeSidecar({
			...sample(),
			annotations: [{ type: 'PER', start: 0, end: 1, text: 'a', status: 'accepted', id: 'i', source: 's', confidence: 1, author: 'a', created: 'c', modified: 'm', note: 'n', prefix: 'p', suffix: 's' }],
		});
		const keys = written.split('\n').filter((line) => line.startsWith('    ') || line.startsWith('  - ')).map((line) => line.trim().replace(/^- /, '').split(':')[0]);
		assert.deepEqual([...new Set(keys.slice(0, 14))].sort(), fields);
		assert.deepEqual(schema.definitions.allowedKey.not.enum, ['__proto__', 'constructor', 'prototype', '<<']);
	});
});

describe('sidecar codec: light hand edits stay on the fast reader', () => {
	it('reads blank lines and whole-line comments (a commented-out annotation) fast, with the same values and warning as the yaml library', () => {
		const canonical = serializeSidecar(sample());
		const edited = canonical
			.replace('annotations:\n', 'annotations:\n\n  # checked by hand on Monday\n')
			.replace('  - type: LOC', '#  - type: MISC\n#    start: 1\n  - type: LOC');
		const fast = mustParse(edited);
		const library = mustParse(edited, { reader: 'yaml' });
		assert.equal(fast.reader, 'canonical');
		const { reader: _a, ...fastRest } = fast;
		const { reader: _b, ...libraryRest } = library;
		assert.deepEqual(fastRest, libraryRest);
		assert.deepEqual(fast.problems.map((problem) => [problem.code, problem.line]), [['comments-dropped', edited.split('\n').indexOf('  # checked by hand on Monday') + 1]]);
		assert.deepEqual(fast.sidecar, mustParse(canonical).sidecar);
	});
});

describe('sidecar codec: no quadratic paths', () => {
	// The timeouts in this group only guard against a hang (a search running to the end of the
	// file per value took minutes); no time is asserted.
	it('reads a 10,000-annotation file with a comment on its first line', { timeout: 60_000 }, () => {
		const items: StoredAnnotation[] = Array.from({ length: 10_000 }, (_, i) => ({ type: 'LOC', start: i * 10, end: i * 10 + 5, text: 'Alger', status: 'accepted', id: `a${i}`, source: 'user' }));
		const text = serializeSidecar({ ...sample(), annotations: items, orphaned: [] }).replace('version: 1\n', 'version: 1 # checked\n');
		const parsed = mustParse(text);
		assert.equal(parsed.reader, 'canonical');
		assert.equal(parsed.sidecar.annotations.length, 10_000);
	});

	it('reads a hand-edited mapping with 40,000 keys (the library\'s own duplicate check took ~25 s), and still refuses a repeated key', { timeout: 60_000 }, () => {
		let text = 'version: 1\ndocument: a.txt\nannotations: []\nbig:\n';
		for (let i = 0; i < 40_000; i++) {
			text += `  k${i}: 1\n`;
		}
		const result = parseSidecar(text);
		assert.ok(result.ok);
		const repeated = parseSidecar(`${text}  k7: 2\n`);
		assert.equal(repeated.ok, false);
		assert.match(repeated.problems[0].message, /key "k7" appears twice in the same mapping/);
		assert.equal(repeated.problems[0].line, 40_005);
	});

	it('reads one item with 300,000 unknown fields, in order (a lookup per field through all the earlier ones took minutes)', { timeout: 60_000 }, () => {
		const lines = ['version: 1', 'document: a.txt', 'annotations:', '  - type: LOC', '    start: 0', '    end: 5', '    text: Alger', '    status: accepted'];
		for (let i = 0; i < 300_000; i++) {
			lines.push(`    k${i}: v${i}`);
		}
		const text = `${lines.join('\n')}\n`;
		const parsed = mustParse(text);
		assert.equal(parsed.reader, 'canonical');
		const [item] = parsed.sidecar.annotations;
		assert.equal(item.text, 'Alger');
		assert.equal(item.extra?.length, 300_000);
		assert.deepEqual(item.extra?.[0], ['k0', 'v0']);
		assert.deepEqual(item.extra?.[299_999], ['k299999', 'v299999']);
		// A key repeated far down an item is still noticed: the fast reader hands over, the library names it.
		const repeated = parseSidecar(`${lines.slice(0, 1_000).join('\n')}\n    k12: again\n`);
		assert.equal(repeated.ok, false);
		assert.match(repeated.problems[0].message, /key "k12" appears twice/);
		assert.equal(repeated.problems[0].line, 1_001);
	});
});

describe('sidecar codec: hand-written files (fuzz of the lenient fast path)', () => {
	const pieces = ['a', 'Z', 'é', 'ج', ' ', ':', ': ', ' #', '#', "'", "''", '"', '\\', '-', '- ', '?', ',', '[', ']', '{', '}', '!', '&', '*', '%', '@', '`', '~', '.', '0', '1', 'e', 'x', '\t', '\u00a0', '😀', '\u2028', '\ufeff', '\u200f', 'null', 'True', 'no', '<<', '|', '>', '='];

	function randomRaw(random: Random): string {
		let out = '';
		for (let i = random.int(0, 6); i > 0; i--) {
			out += random.pick(pieces);
		}
		return out;
	}

	/** A value as a person (or another tool) might write it: plain, single-quoted, or double-quoted. */
	function styled(random: Random, value: string): string {
		switch (random.int(0, 3)) {
			case 0:
				return value; // plain, as is: may well mean something else to YAML
			case 1:
				return `'${value.replace(/'/g, "''")}'`;
			case 2:
				return `'${value}'`; // perhaps broken
			default:
				return quoteString(value);
		}
	}

	it('reads hand-written sidecars exactly as the yaml library does, whenever it reads them itself', () => {
		const random = new Random(4242);
		let fast = 0;
		const runs = 1500;
		for (let run = 0; run < runs; run++) {
			const indent = random.chance(0.5) ? '' : '  ';
			const lines = ['version: 1', `document: ${styled(random, random.chance(0.7) ? 'article.txt' : randomRaw(random))}`, 'annotations:'];
			for (let item = random.int(1, 3); item > 0; item--) {
				const fields = [
					`type: ${random.chance(0.8) ? 'PER' : styled(random, randomRaw(random))}`,
					`start: ${random.chance(0.9) ? random.int(0, 99) : styled(random, randomRaw(random))}`,
					`end: ${random.int(100, 199)}`,
					`text: ${styled(random, random.chance(0.3) ? random.pick(['Alger', 'عبد المجيد تبون', "l'Algérie", 'Oran, Algérie', 'a: b', '2024']) : randomRaw(random))}`,
					`status: ${random.chance(0.9) ? 'accepted' : styled(random, 'rejected')}`,
					...(random.chance(0.5) ? [`note: ${styled(random, randomRaw(random))}`] : []),
					...(random.chance(0.3) ? [`extra: ${styled(random, randomRaw(random))}`] : []),
				];
				for (let i = fields.length - 1; i > 0; i--) {
					const j = random.int(0, i);
					[fields[i], fields[j]] = [fields[j], fields[i]];
				}
				const comment = () => (random.chance(0.15) ? random.pick([' # checked', '  #note', ' #', '\t# tab']) : '');
				fields.forEach((field, i) => lines.push(`${indent}${i === 0 ? '- ' : '  '}${field}${comment()}`));
				if (random.chance(0.1)) lines.push(random.pick(['', '# a comment', `${indent}  # commented: out`]));
			}
			const text = lines.join('\n') + '\n';
			const auto = parseSidecar(text);
			const library = parseSidecar(text, { reader: 'yaml' });
			if (auto.ok && auto.reader === 'canonical') {
				fast++;
			}
			const strip = (result: SidecarParseResult) => {
				if (!result.ok) return result;
				const { reader: _reader, ...rest } = result;
				return rest;
			};
			assert.deepEqual(strip(auto), strip(library), `run ${run}:\n${text}`);
		}
		assert.ok(fast > runs / 10, `the lenient fast path was exercised (${fast} of ${runs})`);
	});

	it('reads a PyYAML-style list (items at column 0, keys sorted, single quotes) on the fast path', () => {
		const text = "version: 1\ndocument: a.txt\nannotations:\n- end: 5\n  start: 0\n  status: accepted\n  text: 'Alger'\n  type: LOC\n- end: 12\n  start: 9\n  status: rejected\n  text: l'Or\n  type: MISC\n";
		const parsed = mustParse(text);
		assert.equal(parsed.reader, 'canonical');
		assert.deepEqual(parsed.sidecar.annotations.map((item) => item.text), ['Alger', "l'Or"]);
		assert.deepEqual(parsed.itemLines.annotations, [4, 9]);
	});

	it('caps what it hands to the yaml library by the number of nodes as well as bytes', { timeout: 60_000 }, () => {
		const text = `version: 1\ndocument: a.txt\nannotations: []\nx: [${Array(70_000).fill('a').join(', ')}]\n`;
		const message = mustFail(text, 'too-large');
		assert.match(message, /about \d+ YAML nodes, over 60000/);
	});
});

describe('sidecar codec: ids written as numbers by other tools', () => {
	it('keeps a numeric id through load and save instead of replacing it with a made-up one', () => {
		const article = 'Le président Tebboune a reçu Lavrov.';
		const text = 'version: 1\ndocument: a.txt\nannotations:\n  - type: PER\n    start: 13\n    end: 21\n    text: Tebboune\n    status: accepted\n    id: 42\n';
		const parsed = mustParse(text);
		assert.equal(parsed.sidecar.annotations[0].id, '42');
		assert.ok(parsed.problems.some((problem) => problem.code === 'field' && /read as "42"/.test(problem.message)), 'the person is told');
		const bound = bindSidecar(parsed.sidecar, article, { labels: ['PER'] });
		assert.equal(bound.annotations[0].id, '42');
		const saved = serializeSidecar(unbindAnnotations({ annotations: bound.annotations, orphans: bound.orphans, articleText: article, documentName: 'a.txt', base: parsed.sidecar }));
		assert.match(saved, /\n {4}id: "42"\n/);
	});

	it('says which wrong-typed fields a save replaces (id, a placed annotation\'s prefix) and which it keeps', () => {
		const article = 'Le président Tebboune a reçu Lavrov.';
		const text = 'version: 1\ndocument: a.txt\nannotations:\n  - type: PER\n    start: 13\n    end: 21\n    text: Tebboune\n    status: accepted\n    id: true\n    prefix: 42\n    note: 7\n';
		const parsed = mustParse(text);
		const messages = parsed.problems.map((problem) => problem.message);
		assert.ok(messages.some((message) => /"id" should be a string, got true; the item gets an id of its own/.test(message)), messages.join('\n'));
		assert.ok(messages.some((message) => /"prefix" should be a string, got 42; once the annotation is placed, a save writes/.test(message)), messages.join('\n'));
		assert.ok(messages.some((message) => /"note" should be a string, got 7; kept as it is/.test(message)), messages.join('\n'));
		const bound = bindSidecar(parsed.sidecar, article, { labels: ['PER'] });
		const saved = serializeSidecar(unbindAnnotations({ annotations: bound.annotations, orphans: bound.orphans, articleText: article, documentName: 'a.txt', base: parsed.sidecar }));
		// what the messages say happens
		assert.ok(!/\n {4}id: true\n/.test(saved) && /\n {4}prefix: "Le président "\n/.test(saved) && /\n {4}note: 7\n/.test(saved), saved);
	});
});

describe('sidecar codec: integers beyond 2^53 in unknown fields', () => {
	it('keeps every digit of a 64-bit id through load and save, with both readers', () => {
		const article = 'Le président Tebboune a reçu Lavrov.';
		const canonical = 'version: 1\ndocument: a.txt\ntweetId: 1234567890123456789\nannotations:\n  - type: PER\n    start: 13\n    end: 21\n    text: Tebboune\n    status: accepted\n    id: t\n    wikidata: [12345678901234567890, -9007199254740993]\n';
		for (const reader of ['auto', 'yaml'] as const) {
			const parsed = mustParse(canonical, { reader });
			const bound = bindSidecar(parsed.sidecar, article, { labels: ['PER'] });
			const saved = serializeSidecar(unbindAnnotations({ annotations: bound.annotations, orphans: bound.orphans, articleText: article, documentName: 'a.txt', base: parsed.sidecar }));
			assert.ok(saved.includes('\ntweetId: 1234567890123456789\n'), `${reader}: ${saved}`);
			assert.ok(saved.includes('\n    wikidata: [12345678901234567890, -9007199254740993]\n'), `${reader}: ${saved}`);
		}
		assert.equal(mustParse(canonical).reader, 'canonical', 'stays on the fast reader');
	});
});

describe('the language a person set for the article (`language:`)', () => {
	it('is written after documentHash only when set, and read back by the fast reader and the library reader; the JSON Schema knows it', async () => {
		const set: Sidecar = { ...sample(), language: 'fr' };
		const text = serializeSidecar(set);
		assert.match(text, /\ndocumentHash: "sha256:[0-9a-f]{64}"\nlanguage: fr\nreviewedBy: Amina\n/);
		assert.equal(mustParse(text).sidecar.language, 'fr');
		assert.equal(serializeSidecar(mustParse(text).sidecar), text);
		// hand-edited (a comment and another key order): read by the yaml library
		const edited = text.replace('language: fr\n', '').replace('version: 1\n', 'language: ar   # set by hand\nversion: 1\n');
		assert.equal(mustParse(edited).sidecar.language, 'ar');
		assert.doesNotMatch(serializeSidecar(sample()), /language:/);
		const { readFileSync } = await import('node:fs');
		const schema = JSON.parse(readFileSync(new URL('../../media/sidecar.schema.json', import.meta.url), 'utf8'));
		assert.deepEqual(schema.properties.language.enum, ['ar', 'fr', 'en']);
	});

	it('is absent from older sidecars, which read as before', () => {
		const older = serializeSidecar(sample());
		const parsed = mustParse(older);
		assert.equal(parsed.sidecar.language, undefined);
		assert.deepEqual(parsed.problems, []);
		assert.equal(serializeSidecar(parsed.sidecar), older);
	});

	it('a value the detector has no model for is named in a warning, kept as it is and not used', () => {
		for (const [value, shown] of [['german', '"german"'], ['FR', '"FR"'], ['5', '5'], ['[fr, en]', 'a list']] as const) {
			const text = serializeSidecar(sample()).replace('reviewedBy:', `language: ${value}\nreviewedBy:`);
			const parsed = mustParse(text);
			assert.equal(parsed.sidecar.language, undefined, value);
			const warning = parsed.problems.find((problem) => problem.code === 'field');
			assert.equal(warning?.severity, 'warning');
			assert.equal(warning?.line, text.split('\n').findIndex((line) => line.startsWith('language:')) + 1);
			assert.equal(warning?.message, `"language:" ${shown} is not a language the detector has a model for (ar, fr, en); ignored, the article's language is identified from its text`);
			// nothing lost: written back as it was
			assert.match(serializeSidecar(parsed.sidecar), new RegExp(`\\nlanguage: ${value === 'german' ? 'german' : value === 'FR' ? 'FR' : value === '5' ? '5' : '\\["fr", "en"\\]'}\\n`));
		}
	});

	it('is carried through a save from the base, replaced by the one set, and removed when set back to automatic', () => {
		const text = 'Le ministre est arrivé à Alger.';
		const base: Sidecar = { version: 1, document: 'a.txt', language: 'en', annotations: [], orphaned: [], extra: [] };
		const save = (language?: 'fr' | null) => unbindAnnotations({ annotations: [], orphans: [], articleText: text, documentName: 'a.txt', base, ...(language === undefined ? {} : { language }) });
		assert.equal(save().language, 'en');
		assert.equal(save('fr').language, 'fr');
		assert.equal('language' in save(null), false);
	});
});

describe('documentNameOf', () => {
	it('reads the name a document: line gives, as the whole sidecar reads it, plain, quoted or escaped', () => {
		const names = ['a.txt', 'new name.txt', 'l’Algérie #1.txt', 'الجزائر.txt', 'say "hi".txt', "it's.txt", '2024', 'x: y.txt'];
		for (const name of names) {
			const text = serializeSidecar({ version: 1, document: name, annotations: [], orphaned: [], extra: [] });
			assert.equal(documentNameOf(text), name, text);
			const parsed = parseSidecar(text);
			assert.ok(parsed.ok && parsed.sidecar.document === name, text);
		}
		assert.equal(documentNameOf('\uFEFFversion: 1\ndocument: a.txt   # moved\nannotations: [{broken\n'), 'a.txt', 'a broken sidecar still names its article');
		assert.equal(documentNameOf('version: 1\nannotations: []\n'), undefined);
		assert.equal(documentNameOf('version: 1\ndocument: [a, b]\n'), undefined);
	});
});

describe('renameSidecarDocument', () => {
	it('changes the document: line alone, and says when the key is not on a line of its own', () => {
		const block = 'version: 1\n# kept\ndocument: old.txt\nannotations: []\n';
		assert.deepEqual(renameSidecarDocument(block, 'new name.txt'), { renamed: 'version: 1\n# kept\ndocument: new name.txt\nannotations: []\n' });
		// a flow mapping and a quoted key are not reached by the change of a line: the file would go on naming the old article
		assert.deepEqual(renameSidecarDocument('{version: 1, document: old.txt, annotations: []}\n', 'new.txt'), { stillNames: 'old.txt' });
		assert.deepEqual(renameSidecarDocument('version: 1\n"document": old.txt\nannotations: []\n', 'new.txt'), { stillNames: 'old.txt' });
		// a text that is no sidecar is renamed as far as it goes: reading it says why
		assert.deepEqual(renameSidecarDocument('document: old.txt\n: :\n', 'new.txt'), { renamed: 'document: new.txt\n: :\n' });
	});
});
