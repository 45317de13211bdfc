import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotation } from '../../src/core/annotation';
import {
	bratAnnotationConf,
	bratText,
	buildW3cCollection,
	exportAnnotations,
	exportBrat,
	exportConll,
	exportFileName,
	exportJsonl,
	exportW3c,
	fragmentsOf,
	parseConll,
	readConllSpans,
	EXPORT_FORMATS,
	type ExportInput,
} from '../../src/core/export';
import type { DetectedEntity } from '../../src/core/types';
import { Random } from './support/random';

/*
 * Two short articles written for these tests (invented people; not from any corpus). Each has an
 * emoji (two UTF-16 units, one code point) and a CRLF before most entities, so UTF-16 and code
 * point offsets differ; the Arabic one ends with «والجزائر», the name behind the proclitic و, and
 * the French one has an elision (l’Agence) and an abbreviation (M.) that does not end a sentence.
 */
const FR =
	'Le ministre Karim Belkacem est arrivé à Tlemcen 🚆 lundi.\r\n' +
	'Selon l’Agence nationale des barrages, la visite durera deux jours. M. Belkacem se rendra ensuite à Oran.';
const AR =
	'وصل الوزير كريم بلقاسم إلى تلمسان 🌍 يوم الاثنين.\r\n' +
	'وقالت الوكالة الوطنية للسدود إن الزيارة تدوم يومين، ثم يتوجه إلى وهران والجزائر.';

function annotation(text: string, quote: string, type: string, id: string, options: { occurrence?: number; status?: 'accepted' | 'rejected' } & Partial<Annotation> = {}): Annotation {
	const { occurrence = 0, status = 'accepted', ...rest } = options;
	let start = -1;
	for (let i = 0; i <= occurrence; i++) {
		start = text.indexOf(quote, start + 1);
	}
	assert.ok(start >= 0, quote);
	return { id, type, start, end: start + quote.length, text: quote, status, ...rest };
}

function suggestion(text: string, quote: string, type: string, occurrence = 0): DetectedEntity {
	const { start, end } = annotation(text, quote, type, 'x', { occurrence });
	return { start, end, type, text: quote, confidence: 0.9, source: 'model' };
}

const FR_INPUT: ExportInput = {
	text: FR,
	document: 'fr.txt',
	annotations: [
		annotation(FR, 'Karim Belkacem', 'PER', 'p1', { author: 'amina', created: '2025-01-31T10:00:00Z', note: 'ministre' }),
		annotation(FR, 'Tlemcen', 'LOC', 'l1'),
		annotation(FR, 'lundi', 'DATE', 'd1', { status: 'rejected' }),
		annotation(FR, 'Agence nationale des barrages', 'ORG', 'o1'),
		annotation(FR, 'Belkacem', 'PER', 'p2', { occurrence: 1 }),
	],
};

const AR_INPUT: ExportInput = {
	text: AR,
	document: 'ar.txt',
	annotations: [
		annotation(AR, 'كريم بلقاسم', 'PER', 'p1'),
		annotation(AR, 'تلمسان', 'LOC', 'l1'),
		annotation(AR, 'الاثنين', 'DATE', 'd1', { status: 'rejected' }),
		annotation(AR, 'الوكالة الوطنية للسدود', 'ORG', 'o1'),
		annotation(AR, 'وهران', 'LOC', 'l2'),
		// Inside the token «والجزائر»: the span leaves the proclitic و out, as the detector does.
		annotation(AR, 'الجزائر', 'LOC', 'l3'),
	],
};

/** Slices by code points, as brat, Python and the W3C model count. */
function codePointSlice(text: string, start: number, end: number): string {
	return Array.from(text).slice(start, end).join('');
}

describe('CoNLL / BIO export', () => {
	it('writes one token per line, a blank line after each sentence (French: elision, abbreviation, emoji, CRLF)', () => {
		const result = exportConll(FR_INPUT);
		assert.equal(
			result.content,
			[
				'Le\tO', 'ministre\tO', 'Karim\tB-PER', 'Belkacem\tI-PER', 'est\tO', 'arrivé\tO', 'à\tO', 'Tlemcen\tB-LOC', '🚆\tO', 'lundi\tO', '.\tO', '',
				'Selon\tO', 'l\tO', '’\tO', 'Agence\tB-ORG', 'nationale\tI-ORG', 'des\tI-ORG', 'barrages\tI-ORG', ',\tO', 'la\tO', 'visite\tO', 'durera\tO', 'deux\tO', 'jours\tO', '.\tO', '',
				'M\tO', '.\tO', 'Belkacem\tB-PER', 'se\tO', 'rendra\tO', 'ensuite\tO', 'à\tO', 'Oran\tO', '.\tO', '',
				'',
			].join('\n'),
		);
		assert.deepEqual(result.warnings, []);
		assert.deepEqual(result.stats, { accepted: 4, rejected: 0, suggested: 0, orphans: 0, invalid: 0, duplicates: 0, dropped: 0 });
	});

	it('splits an Arabic token at the entity boundary by default (و + الجزائر), lossless', () => {
		const result = exportConll(AR_INPUT);
		assert.equal(
			result.content,
			[
				'وصل\tO', 'الوزير\tO', 'كريم\tB-PER', 'بلقاسم\tI-PER', 'إلى\tO', 'تلمسان\tB-LOC', '🌍\tO', 'يوم\tO', 'الاثنين\tO', '.\tO', '',
				'وقالت\tO', 'الوكالة\tB-ORG', 'الوطنية\tI-ORG', 'للسدود\tI-ORG', 'إن\tO', 'الزيارة\tO', 'تدوم\tO', 'يومين\tO', '،\tO', 'ثم\tO', 'يتوجه\tO', 'إلى\tO',
				'وهران\tB-LOC', 'و\tO', 'الجزائر\tB-LOC', '.\tO', '',
				'',
			].join('\n'),
		);
		assert.deepEqual(result.warnings, []);
	});

	it('tags the whole token with split: token (lossy) and says how many entities that touched', () => {
		const result = exportConll(AR_INPUT, { split: 'token' });
		assert.match(result.content, /\nوهران\tB-LOC\nوالجزائر\tB-LOC\n\.\tO\n\n$/);
		assert.deepEqual(
			result.warnings.map((warning) => warning.code),
			['inside-token'],
		);
		assert.match(result.warnings[0].message, /1 entity starts or ends inside a token/);
		// Read back, the span has grown to the token's edges.
		const read = readConllSpans(result.content, AR);
		assert.ok(read.ok);
		const last = read.spans[read.spans.length - 1];
		assert.equal(AR.slice(last.start, last.end), 'والجزائر');
	});

	it('round-trips: reading the export back gives exactly the exported spans (both articles)', () => {
		for (const input of [FR_INPUT, AR_INPUT]) {
			const result = exportConll(input);
			const read = readConllSpans(result.content, input.text);
			assert.ok(read.ok, read.ok ? '' : read.message);
			const expected = input.annotations
				.filter((a) => a.status === 'accepted')
				.map(({ start, end, type }) => ({ start, end, type }))
				.sort((a, b) => a.start - b.start);
			assert.deepEqual(read.spans, expected);
		}
	});

	it('round-trips random spans, including ones that start or end inside words, next to each other, across sentences', () => {
		const random = new Random(20250131);
		const text = `${FR} 😀\r\n${AR}\nA. B. Smith, «Sonatrach»…   x\t${FR}`;
		const types = ['PER', 'ORG', 'LOC', 'DATE', 'MISC'];
		const isSpace = (offset: number) => /\s/u.test(text[offset] ?? ' ');
		const isLowSurrogate = (offset: number) => /[\uDC00-\uDFFF]/.test(text[offset] ?? '');
		for (let round = 0; round < 200; round++) {
			const annotations: Annotation[] = [];
			let at = random.int(0, 10);
			while (at < text.length - 2) {
				const start = at;
				const end = Math.min(text.length, start + random.int(1, 40));
				at = end + (random.chance(0.2) ? 0 : random.int(1, 30));
				// Spans keep no white space at their edges and never split an emoji.
				if (isSpace(start) || isSpace(end - 1) || isLowSurrogate(start) || isLowSurrogate(end)) {
					continue;
				}
				annotations.push({ id: `r${annotations.length}`, type: random.pick(types), start, end, text: text.slice(start, end), status: 'accepted' });
			}
			const result = exportConll({ text, annotations });
			const read = readConllSpans(result.content, text);
			assert.ok(read.ok, read.ok ? '' : read.message);
			assert.deepEqual(
				read.spans,
				annotations.map(({ start, end, type }) => ({ start, end, type })),
				`round ${round}`,
			);
			// Every sentence is whole: the tokens, read in order, are exactly the text's non-space characters.
			const tokens = parseConll(result.content).flat().map((token) => token.text).join('');
			assert.equal(tokens, text.replace(/\s/gu, ''));
		}
	});

	it('keeps the accepted, then the longest, then the first of overlapping entities and reports the others', () => {
		const text = 'La Banque d’Algérie à Alger.';
		const input: ExportInput = {
			text,
			annotations: [
				annotation(text, 'Banque d’Algérie', 'ORG', 'org'),
				annotation(text, 'Algérie', 'LOC', 'nested'),
				annotation(text, 'Alger', 'LOC', 'alger'),
			],
			suggestions: [suggestion(text, 'Alger.', 'MISC')],
		};
		const result = exportConll(input, { includeSuggestions: true });
		assert.equal(result.content, ['La\tO', 'Banque\tB-ORG', 'd\tI-ORG', '’\tI-ORG', 'Algérie\tI-ORG', 'à\tO', 'Alger\tB-LOC', '.\tO', '', ''].join('\n'));
		// The suggestion overlapping an accepted entity is not waiting for review (the editor's rule).
		assert.deepEqual(
			result.warnings.map((warning) => [warning.code, warning.id]),
			[['overlap', 'nested']],
		);
		assert.match(result.warnings[0].message, /accepted LOC "Algérie" at 12-19 overlaps accepted ORG "Banque d’Algérie" at 3-19/);
		assert.equal(result.stats.dropped, 1);
		assert.equal(result.stats.accepted, 2);
	});

	it('puts rejected spans, marked, in a column before the tag column and suggestions in the tag column when asked', () => {
		const input: ExportInput = { ...FR_INPUT, suggestions: [suggestion(FR, 'Oran', 'LOC'), suggestion(FR, 'lundi', 'DATE')] };
		const result = exportConll(input, { includeRejected: true, includeSuggestions: true, docstart: true });
		const lines = result.content.split('\n');
		assert.deepEqual(lines.slice(0, 2), ['-DOCSTART-\tO\tO\t# document = fr.txt', ''], 'an O per column, then the article named');
		assert.ok(lines.includes('lundi\tB-DATE:rejected\tO'), 'the rejected date is in the rejected column only, the tag column last');
		assert.ok(lines.includes('Oran\tO\tB-LOC'), 'the suggestion is tagged');
		assert.ok(lines.includes('Karim\tO\tB-PER'));
		// «lundi» was rejected: it is not suggested again (same rule as the editor).
		assert.deepEqual(result.stats, { accepted: 4, rejected: 1, suggested: 1, orphans: 0, invalid: 0, duplicates: 0, dropped: 0 });
	});

	it('joins sentences rather than cutting an entity that spans a sentence end or a line break', () => {
		const text = 'Il cite «Fin. Début» ici.\nLe Comité\nnational parle.';
		const input: ExportInput = {
			text,
			annotations: [annotation(text, 'Fin. Début', 'MISC', 'm'), annotation(text, 'Comité\nnational', 'ORG', 'o')],
		};
		const sentences = parseConll(exportConll(input).content);
		assert.deepEqual(
			sentences.map((sentence) => sentence.map((token) => token.text).join(' ')),
			['Il cite « Fin . Début » ici .', 'Le Comité national parle .'],
		);
		const read = readConllSpans(exportConll(input).content, text);
		assert.ok(read.ok);
		assert.deepEqual(read.spans.map((span) => text.slice(span.start, span.end)), ['Fin. Début', 'Comité\nnational']);
	});
});

describe('brat standoff export', () => {
	it('writes code point offsets into the text as brat reads it (French, CRLF counted as one, emoji as one)', () => {
		const result = exportBrat(FR_INPUT);
		assert.equal(
			result.content,
			'T1\tPER 12 26\tKarim Belkacem\n' +
				'#1\tAnnotatorNotes T1\tministre\n' +
				'T2\tLOC 40 47\tTlemcen\n' +
				'T3\tORG 65 94\tAgence nationale des barrages\n' +
				'T4\tPER 128 136\tBelkacem\n',
		);
		assert.deepEqual(result.warnings, []);
	});

	it('writes the Arabic entities, the one behind the proclitic at its own offsets', () => {
		const result = exportBrat(AR_INPUT);
		assert.equal(
			result.content,
			'T1\tPER 11 22\tكريم بلقاسم\n' + 'T2\tLOC 27 33\tتلمسان\n' + 'T3\tORG 55 77\tالوكالة الوطنية للسدود\n' + 'T4\tLOC 114 119\tوهران\n' + 'T5\tLOC 121 128\tالجزائر\n',
		);
	});

	it('offsets slice the text by code points to exactly the written text', () => {
		for (const input of [FR_INPUT, AR_INPUT]) {
			const result = exportBrat(input, { includeRejected: true });
			for (const line of result.content.split('\n').filter((l) => l.startsWith('T'))) {
				const [, typeAndOffsets, quote] = line.split('\t');
				const [, offsets] = typeAndOffsets.split(/ (.*)/s);
				const parts = offsets.split(';').map((part) => part.split(' ').map(Number));
				assert.equal(parts.map(([s, e]) => codePointSlice(bratText(input.text), s, e)).join(' '), quote, line);
			}
		}
	});

	it('counts a CRLF line end as one character, as brat reads the .txt (universal newlines, brat#853)', () => {
		const text = 'Le ministre à Tlemcen 🚆 lundi.\r\nLe Comité\r\nnational se réunit à Oran.\rFin.';
		const input: ExportInput = { text, annotations: [annotation(text, 'Comité\r\nnational', 'ORG', 'o'), annotation(text, 'Oran', 'LOC', 'l')] };
		const result = exportBrat(input);
		assert.equal(result.content, 'T1\tORG 34 40;41 49\tComité national\nT2\tLOC 62 66\tOran\n');
		// brat's open_textfile reads the .txt with universal newlines: CRLF and a lone CR become LF.
		const asBratReads = bratText(text);
		assert.equal(asBratReads, 'Le ministre à Tlemcen 🚆 lundi.\nLe Comité\nnational se réunit à Oran.\nFin.');
		assert.equal(codePointSlice(asBratReads, 34, 40) + ' ' + codePointSlice(asBratReads, 41, 49), 'Comité national');
		assert.equal(codePointSlice(asBratReads, 62, 66), 'Oran');
		assert.equal(bratText(FR.replace(/\r\n/g, '\n')), FR.replace(/\r\n/g, '\n'));
	});

	it('marks statuses with an attribute when rejected annotations or suggestions are included', () => {
		const input: ExportInput = { ...AR_INPUT, suggestions: [suggestion(AR, 'يوم الاثنين', 'DATE'), suggestion(AR, 'يومين', 'DATE')] };
		const result = exportBrat(input, { includeRejected: true, includeSuggestions: true });
		assert.equal(
			result.content,
			[
				'T1\tPER 11 22\tكريم بلقاسم',
				'A1\tStatus T1 accepted',
				'T2\tLOC 27 33\tتلمسان',
				'A2\tStatus T2 accepted',
				'T3\tDATE 36 47\tيوم الاثنين',
				'A3\tStatus T3 suggested',
				'T4\tDATE 40 47\tالاثنين',
				'A4\tStatus T4 rejected',
				'T5\tORG 55 77\tالوكالة الوطنية للسدود',
				'A5\tStatus T5 accepted',
				'T6\tDATE 94 99\tيومين',
				'A6\tStatus T6 suggested',
				'T7\tLOC 114 119\tوهران',
				'A7\tStatus T7 accepted',
				'T8\tLOC 121 128\tالجزائر',
				'A8\tStatus T8 accepted',
				'',
			].join('\n'),
		);
		// «يوم الاثنين» is neither the rejected range nor the rejected text, and overlaps nothing
		// accepted: the editor still shows it as a suggestion, so it is exported as one.
		assert.deepEqual([result.stats.accepted, result.stats.rejected, result.stats.suggested], [5, 1, 2]);
	});

	it('writes an entity across a line break as brat does: fragments joined by a space', () => {
		const text = '🙂 Le Comité\r\nnational  \r\n de suivi se réunit.';
		const input: ExportInput = { text, annotations: [annotation(text, 'Comité\r\nnational  \r\n de suivi', 'ORG', 'o', { note: 'deux\nlignes\tici' })] };
		const result = exportBrat(input);
		assert.equal(result.content, 'T1\tORG 5 11;12 20;24 32\tComité national de suivi\n#1\tAnnotatorNotes T1\tdeux lignes ici\n');
		assert.deepEqual(fragmentsOf(text, 0, 2), [[0, 2]]);
		assert.equal(result.warnings[0].code, 'fragments');
		assert.equal(codePointSlice(bratText(text), 5, 11), 'Comité');
		assert.equal(codePointSlice(bratText(text), 24, 32), 'de suivi');
	});

	it('keeps overlapping entities and gives one-word type names', () => {
		const text = 'La Banque d’Algérie.';
		const input: ExportInput = { text, annotations: [annotation(text, 'Banque d’Algérie', 'ORG', 'a'), annotation(text, 'Algérie', 'TIME SPAN', 'b')] };
		const result = exportBrat(input);
		assert.equal(result.content, 'T1\tORG 3 19\tBanque d’Algérie\nT2\tTIME_SPAN 12 19\tAlgérie\n');
		assert.deepEqual(result.warnings.map((warning) => warning.code), ['label']);
	});

	it('writes an annotation.conf with the types, overlaps allowed and the status attribute', () => {
		assert.equal(
			bratAnnotationConf(['PER', 'LOC', 'PER'], { withStatus: true }),
			[
				'# brat configuration written by Article Annotator (export --format brat).',
				'[entities]',
				'LOC',
				'PER',
				'',
				'[relations]',
				'<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
				'',
				'[events]',
				'',
				'[attributes]',
				'Status\tArg:<ENTITY>, Value:accepted|suggested|rejected',
				'',
			].join('\n'),
		);
	});
});

describe('JSONL export', () => {
	it('writes doccano-style lines with code point offsets and says so', () => {
		assert.equal(
			exportJsonl(FR_INPUT).content,
			JSON.stringify({
				text: FR,
				label: [
					[12, 26, 'PER'],
					[40, 47, 'LOC'],
					[66, 95, 'ORG'],
					[129, 137, 'PER'],
				],
				notes: [[12, 26, 'PER', 'ministre']],
				authors: [[12, 26, 'PER', 'amina']],
				document: 'fr.txt',
				offsets: 'codepoint',
			}) + '\n',
		);
		const line = JSON.parse(exportJsonl(AR_INPUT).content) as { label: Array<[number, number, string]>; offsets: string };
		assert.deepEqual(line.label, [
			[11, 22, 'PER'],
			[27, 33, 'LOC'],
			[56, 78, 'ORG'],
			[115, 120, 'LOC'],
			[122, 129, 'LOC'],
		]);
		for (const [start, end, type] of line.label) {
			assert.ok(AR_INPUT.annotations.some((a) => a.type === type && a.text === codePointSlice(AR, start, end)));
		}
	});

	it('writes UTF-16 offsets for JavaScript consumers with --offsets utf16, and says so', () => {
		const line = JSON.parse(exportJsonl(FR_INPUT, { offsets: 'utf16', labelKey: 'entities' }).content) as { entities: Array<[number, number, string]>; offsets: string };
		assert.equal(line.offsets, 'utf16');
		assert.deepEqual(line.entities[1], [40, 47, 'LOC'], 'before the emoji, both units agree');
		assert.deepEqual(line.entities[2], [67, 96, 'ORG'], 'after it, UTF-16 counts one more');
		for (const [start, end] of line.entities) {
			assert.ok(FR_INPUT.annotations.some((a) => a.text === FR.slice(start, end)));
		}
	});

	it('adds suggestions to label with a status list, and rejected spans under their own key', () => {
		const input: ExportInput = { ...FR_INPUT, suggestions: [suggestion(FR, 'Oran', 'LOC')] };
		const line = JSON.parse(exportJsonl(input, { includeRejected: true, includeSuggestions: true }).content) as Record<string, unknown>;
		assert.deepEqual(Object.keys(line), ['text', 'label', 'status', 'rejected', 'notes', 'authors', 'document', 'offsets']);
		assert.deepEqual(line.label, [
			[12, 26, 'PER'],
			[40, 47, 'LOC'],
			[66, 95, 'ORG'],
			[129, 137, 'PER'],
			[158, 162, 'LOC'],
		]);
		assert.deepEqual(line.status, ['accepted', 'accepted', 'accepted', 'accepted', 'suggested']);
		assert.deepEqual(line.rejected, [[50, 55, 'DATE']]);
	});

	it('keeps one article on one line whatever the text holds (LS, PS, NEL, lone surrogates)', () => {
		const text = 'a\u2028b\u2029c\u0085d\uD800e\nf';
		const content = exportJsonl({ text, annotations: [] }).content;
		assert.equal(content.split('\n').length, 2);
		assert.equal(content.split(/\r\n|[\n\r\u2028\u2029\u0085]/u).length, 2);
		assert.equal((JSON.parse(content) as { text: string }).text, text);
	});
});

describe('W3C Web Annotation export', () => {
	it('writes a collection with position (code points) and quote selectors, tagging bodies and creators', () => {
		const { collection } = buildW3cCollection({ ...FR_INPUT, annotations: FR_INPUT.annotations.slice(0, 2) }, { source: 'https://example.org/articles/fr.txt' });
		assert.deepEqual(collection, {
			'@context': 'http://www.w3.org/ns/anno.jsonld',
			id: 'urn:article-annotator:collection:https%3A%2F%2Fexample.org%2Farticles%2Ffr.txt',
			type: 'AnnotationCollection',
			label: 'Named entities of fr.txt',
			total: 2,
			first: {
				id: 'urn:article-annotator:collection:https%3A%2F%2Fexample.org%2Farticles%2Ffr.txt#page1',
				type: 'AnnotationPage',
				startIndex: 0,
				items: [
					{
						id: 'urn:article-annotator:annotation:https%3A%2F%2Fexample.org%2Farticles%2Ffr.txt:p1',
						type: 'Annotation',
						motivation: 'tagging',
						created: '2025-01-31T10:00:00Z',
						creator: { type: 'Person', name: 'amina' },
						body: [
							{ type: 'TextualBody', purpose: 'tagging', value: 'PER' },
							{ type: 'TextualBody', purpose: 'commenting', value: 'ministre' },
						],
						target: {
							source: 'https://example.org/articles/fr.txt',
							selector: [
								{ type: 'TextPositionSelector', start: 12, end: 26 },
								{ type: 'TextQuoteSelector', exact: 'Karim Belkacem', prefix: 'Le ministre ', suffix: ' est arrivé à Tlemcen 🚆 lundi.\r\n' },
							],
						},
					},
					{
						id: 'urn:article-annotator:annotation:https%3A%2F%2Fexample.org%2Farticles%2Ffr.txt:l1',
						type: 'Annotation',
						motivation: 'tagging',
						body: [{ type: 'TextualBody', purpose: 'tagging', value: 'LOC' }],
						target: {
							source: 'https://example.org/articles/fr.txt',
							selector: [
								{ type: 'TextPositionSelector', start: 40, end: 47 },
								{ type: 'TextQuoteSelector', exact: 'Tlemcen', prefix: 'tre Karim Belkacem est arrivé à ', suffix: ' 🚆 lundi.\r\nSelon l’Agence nation' },
							],
						},
					},
				],
			},
		});
	});

	it('scopes annotation IRIs to their article: the same id in two articles gives two IRIs', () => {
		const iris = (document: string, text: string, quote: string) => {
			const { collection } = buildW3cCollection({ text, document, annotations: [annotation(text, quote, 'LOC', '1')] });
			return (collection.first as { items: Array<{ id: string }> }).items.map((item) => item.id);
		};
		const french = iris('a.txt', 'Visite à Oran.', 'Oran');
		const arabic = iris('b.txt', 'زيارة إلى وهران.', 'وهران');
		assert.deepEqual([...french, ...arabic], ['urn:article-annotator:annotation:a.txt:1', 'urn:article-annotator:annotation:b.txt:1']);
		// an id that looks like the place of an id-less annotation still gives another IRI (its «:» is encoded)
		const { collection } = buildW3cCollection({ text: 'Oran', document: 'a.txt', annotations: [annotation('Oran', 'Oran', 'LOC', '0-4:LOC')] });
		assert.equal((collection.first as { items: Array<{ id: string }> }).items[0].id, 'urn:article-annotator:annotation:a.txt:0-4%3ALOC');
	});

	it('has selectors that agree with the text by code points (Arabic), and statuses as assessing bodies', () => {
		const input: ExportInput = { ...AR_INPUT, suggestions: [suggestion(AR, 'يومين', 'DATE')] };
		const { collection } = buildW3cCollection(input, { includeRejected: true, includeSuggestions: true });
		type Item = { id: string; creator?: unknown; body: Array<{ purpose: string; value: string }>; target: { source: string; selector: [{ start: number; end: number }, { exact: string; prefix?: string; suffix?: string }] } };
		const items = (collection.first as { items: Item[] }).items;
		assert.equal(collection.total, 7);
		for (const item of items) {
			const [position, quote] = item.target.selector;
			assert.equal(codePointSlice(AR, position.start, position.end), quote.exact);
			assert.equal(item.target.source, 'ar.txt');
			assert.ok(AR.includes((quote.prefix ?? '') + quote.exact + (quote.suffix ?? '')));
		}
		assert.deepEqual(
			items.map((item) => item.body.find((body) => body.purpose === 'assessing')?.value),
			['accepted', 'accepted', 'rejected', 'accepted', 'suggested', 'accepted', 'accepted'],
		);
		const suggested = items[4];
		assert.equal(suggested.id, 'urn:article-annotator:suggestion:ar.txt:95-100:DATE');
		assert.deepEqual(suggested.creator, { type: 'Software', name: 'Article Annotator detector (model)' });
		const last = items[6].target.selector[1];
		assert.equal(last.exact, 'الجزائر');
		assert.equal(last.suffix, '.');
		assert.ok(last.prefix?.endsWith('وهران و'));
	});

	it('writes one line by default and indented JSON when asked', () => {
		const line = exportW3c(AR_INPUT).content;
		assert.equal(line.split('\n').length, 2);
		assert.deepEqual(JSON.parse(line), JSON.parse(exportW3c(AR_INPUT, { indent: 2 }).content));
		assert.match(exportW3c(AR_INPUT, { indent: 2 }).content, /^\{\n {2}"@context"/);
	});
});

describe('every exporter', () => {
	const odd: ExportInput = {
		text: 'x 😀 y\r\nz',
		document: 'odd.txt',
		annotations: [
			{ id: 'ok', type: 'LOC', start: 8, end: 9, text: 'z', status: 'accepted' },
			{ id: 'mismatch', type: 'LOC', start: 0, end: 1, text: 'y', status: 'accepted' },
			{ id: 'outside', type: 'LOC', start: 5, end: 50, text: 'y', status: 'accepted' },
			{ id: 'surrogate', type: 'MISC', start: 3, end: 4, text: '\uD83D', status: 'accepted' },
			{ id: 'backwards', type: 'LOC', start: 4, end: 2, text: '', status: 'accepted' },
			{ id: 'nan', type: 'LOC', start: Number.NaN, end: 1, text: 'x', status: 'accepted' },
			{ id: 'status', type: 'LOC', start: 0, end: 1, text: 'x', status: 'maybe' as 'accepted' },
			{ id: 'ok-again', type: 'LOC', start: 8, end: 9, text: 'z', status: 'accepted' },
			null as unknown as Annotation,
		],
		orphans: [{ id: 'gone', type: 'PER', start: 0, end: 3, text: 'Bob', status: 'accepted', reason: 'text not found' }],
	};

	for (const format of EXPORT_FORMATS) {
		it(`${format}: skips what does not fit, counts orphans, never throws`, () => {
			const result = exportAnnotations(format, odd);
			assert.deepEqual(result.stats, { accepted: 1, rejected: 0, suggested: 0, orphans: 1, invalid: 7, duplicates: 1, dropped: 0 });
			assert.equal(result.warnings[0].code, 'orphans');
			assert.equal(result.warnings.filter((warning) => warning.code === 'invalid').length, 7);
			assert.ok(!result.content.includes('Bob'));
		});

		it(`${format}: an empty article gives valid empty output`, () => {
			const result = exportAnnotations(format, { text: '', annotations: [] });
			assert.deepEqual(result.warnings, []);
			if (format === 'conll' || format === 'brat') {
				assert.equal(result.content, '');
			} else {
				const parsed = JSON.parse(result.content) as Record<string, unknown> | Array<Record<string, unknown>>;
				const value = Array.isArray(parsed) ? parsed[0] : parsed;
				assert.equal(format === 'w3c' ? value.total : (value[{ jsonl: 'label', labelstudio: 'annotations' }[format as string] ?? 'spans'] as unknown[]).length, 0);
			}
		});

		it(`${format}: the same input in another order gives the same bytes`, () => {
			const input: ExportInput = { ...AR_INPUT, suggestions: [suggestion(AR, 'يومين', 'DATE')] };
			const options = { includeRejected: true, includeSuggestions: true };
			const reversed: ExportInput = { ...input, annotations: [...input.annotations].reverse() };
			assert.equal(exportAnnotations(format, input, options).content, exportAnnotations(format, reversed, options).content);
		});
	}

	it('survives malformed suggestions and ids (data from elsewhere, not type-checked)', () => {
		const text = 'Alger et Oran.';
		const input: ExportInput = {
			text,
			annotations: [{ id: 42 as unknown as string, type: 'LOC', start: 0, end: 5, text: 'Alger', status: 'accepted', note: 7 as unknown as string }],
			suggestions: [
				null as unknown as DetectedEntity,
				{ start: 9, end: 13, type: 'LOC', text: 13 as unknown as string, confidence: 0.5, source: 'model' },
				{ start: 9, end: 13, type: 'LOC', text: 'Oran', confidence: Number.NaN, source: 'model' },
			],
		};
		for (const format of EXPORT_FORMATS) {
			const result = exportAnnotations(format, input, { includeSuggestions: true, includeRejected: true });
			assert.equal(result.stats.invalid, 2, format);
			assert.equal(result.stats.suggested, 1, format);
		}
		const { collection } = buildW3cCollection(input, { includeSuggestions: true });
		const ids = (collection.first as { items: Array<{ id: string }> }).items.map((item) => item.id);
		assert.deepEqual(ids, ['urn:article-annotator:annotation:urn%3Aarticle-annotator%3Adocument:0-5:LOC', 'urn:article-annotator:suggestion:urn%3Aarticle-annotator%3Adocument:9-13:LOC']);
	});

	it('survives text that is all punctuation, emoji, lone surrogates and line breaks', () => {
		const text = '\uDC00😀\u200d\r\n\r\n«»…\uD800';
		const annotations: Annotation[] = [
			{ id: 'a', type: 'MISC', start: 1, end: 4, text: text.slice(1, 4), status: 'accepted' },
			{ id: 'b', type: 'MISC', start: 4, end: 8, text: text.slice(4, 8), status: 'accepted' },
		];
		for (const format of EXPORT_FORMATS) {
			const result = exportAnnotations(format, { text, annotations });
			assert.equal(typeof result.content, 'string');
		}
		const brat = exportBrat({ text, annotations });
		assert.equal(brat.content, 'T1\tMISC 1 3\t😀\u200d\n');
		assert.equal(brat.stats.dropped, 1);
	});

	it('names exported files after the article', () => {
		assert.equal(exportFileName('000_x.txt', '.ann'), '000_x.ann');
		assert.equal(exportFileName('notes', '.conll'), 'notes.conll');
		assert.equal(exportFileName('.hidden', '.jsonl'), '.hidden.jsonl');
	});
});
