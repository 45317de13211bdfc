import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildArticle, dataDirectory, loadSources, Random, seedOf } from '../../src/tools/bench/inputs';
import { median as medianOf } from '../../src/tools/bench/measure';
import { annotationSpans } from '../../src/tools/bench/sidecar';

const REPO = resolve(__dirname, '..', '..');
const HAVE_DATA = existsSync(dataDirectory(REPO));

describe('benchmark input builder', () => {
	it('the PRNG is deterministic and seeds differ per input', () => {
		const a = new Random(42);
		const b = new Random(42);
		const first = Array.from({ length: 5 }, () => a.next());
		assert.deepEqual(first, Array.from({ length: 5 }, () => b.next()));
		assert.ok(first.every((x) => x >= 0 && x < 1));
		assert.notEqual(seedOf(1, 'article', 'fr', 100), seedOf(1, 'article', 'ar', 100));
		assert.equal(seedOf(1, 'x', 2), seedOf(1, 'x', 2));
	});

	it('median of odd and even series', () => {
		assert.equal(medianOf([3, 1, 2]), 2);
		assert.equal(medianOf([4, 1, 3, 2]), 2.5);
		assert.ok(Number.isNaN(medianOf([])));
	});

	it('builds articles of the requested UTF-8 size, the same every time', { skip: HAVE_DATA ? false : 'no ../shared/data/ner' }, () => {
		const sources = loadSources(REPO);
		for (const language of ['ar', 'fr', 'en', 'mixed'] as const) {
			const article = buildArticle(sources, language, 50_000);
			assert.ok(article.bytes <= 50_000, `${language}: ${article.bytes} bytes`);
			assert.ok(article.bytes > 45_000, `${language}: ${article.bytes} bytes`);
			assert.equal(article.bytes, Buffer.byteLength(article.text, 'utf8'));
			assert.equal(buildArticle(sources, language, 50_000).text, article.text);
			assert.ok(article.text.includes('\n'));
		}
		const arabic = buildArticle(sources, 'ar', 20_000).text;
		assert.ok((arabic.match(/[\u0600-\u06ff]/g) ?? []).length > arabic.length / 2);
		const mixed = buildArticle(sources, 'mixed', 100_000).text;
		assert.ok(/[\u0600-\u06ff]/.test(mixed) && /[a-z]/.test(mixed));
		// Repeats and reshuffles: a text larger than the sources still builds.
		assert.notEqual(buildArticle(sources, 'fr', 50_000, 1).text, buildArticle(sources, 'fr', 50_000, 2).text);
	});

	it('annotation spans slice to their text and never overlap', () => {
		const text = 'Alger et Oran accueillent Sergueï Lavrov, puis Moscou reçoit Ahmed Attaf.';
		const entities = [{ start: 0, end: 5, type: 'LOC', text: 'Alger', confidence: 0.9, source: 'model' as const }];
		const spans = annotationSpans(text, entities, 6);
		assert.equal(spans.length, 6);
		let lastEnd = -1;
		for (const span of spans) {
			assert.equal(text.slice(span.start, span.end), span.text);
			assert.ok(span.start >= lastEnd);
			lastEnd = span.end;
		}
	});
});
