/**
 * Inputs for the benchmark, built in memory and deterministically (seeded PRNG): long articles
 * made by repeating and shuffling the seed articles and the sentence texts of the shared NER
 * data (`../shared/data/ner/*.sentences.tsv`, `text` column). Nothing here is written to the
 * repository; callers that need files put them under os.tmpdir().
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type BenchLanguage = 'ar' | 'fr' | 'en' | 'mixed';
export const BENCH_LANGUAGES: readonly BenchLanguage[] = ['ar', 'fr', 'en', 'mixed'];

/** One megabyte of UTF-8 input, as every figure counts it (SI: 10^6 bytes). */
export const MB = 1_000_000;

import { Random } from '../../core/random';

export { Random };

/** A 32-bit FNV-1a hash of a string, to derive one seed per input from a base seed. */
export function seedOf(base: number, ...parts: Array<string | number>): number {
	let hash = (0x811c9dc5 ^ base) >>> 0;
	for (const char of parts.join('\u0000')) {
		hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
	}
	return hash;
}

export const BASE_SEED = 20261124;

export interface SourceTexts {
	/** Sentences per language (the `text` column), in file order. */
	readonly sentences: Readonly<Record<'ar' | 'fr' | 'en', readonly string[]>>;
	/** Paragraphs (non-empty lines) of the seed articles per language (English has none). */
	readonly seedParagraphs: Readonly<Record<'ar' | 'fr' | 'en', readonly string[]>>;
	readonly dataDirectory: string;
	readonly seedDirectory: string | undefined;
	readonly files: readonly string[];
}

/** The shared NER data folder: $ARTICLE_ANNOTATOR_NER_DATA or ../shared/data/ner beside the repository. */
export function dataDirectory(repoRoot: string): string {
	return process.env.ARTICLE_ANNOTATOR_NER_DATA ? resolve(process.env.ARTICLE_ANNOTATOR_NER_DATA) : resolve(repoRoot, '../shared/data/ner');
}

function seedDirectory(repoRoot: string): string | undefined {
	for (const candidate of [resolve(repoRoot, '../shared/seeds'), resolve(repoRoot, 'seeds')]) {
		if (existsSync(candidate)) {
			return candidate;
		}
	}
	return undefined;
}

/** Sentence files read per language: the main train and dev splits (single-source news text). */
const SENTENCE_FILES: Record<'ar' | 'fr' | 'en', readonly string[]> = {
	ar: ['ar.train.sentences.tsv', 'ar.dev.sentences.tsv'],
	fr: ['fr.train.sentences.tsv', 'fr.dev.sentences.tsv'],
	en: ['en.train.sentences.tsv', 'en.dev.sentences.tsv'],
};

/**
 * Other sentence files per language, never used for the articles above: text whose word forms
 * the detector has not seen in this process (its per-word caches start empty for most of them).
 */
const UNSEEN_FILES: Record<'ar' | 'fr' | 'en', readonly string[]> = {
	ar: ['ar.extra-aqmar.sentences.tsv'],
	fr: ['fr.extra-letemps.sentences.tsv', 'fr.extra-newseye.sentences.tsv'],
	en: ['en.extra-wikigold.sentences.tsv', 'en.extra-gum-wikinews.sentences.tsv'],
};

/** An article of about `targetBytes` from the unseen sentence files of one language (no seeds). */
export function buildUnseenArticle(repoRoot: string, language: 'ar' | 'fr' | 'en', targetBytes: number, seed = BASE_SEED): BuiltArticle | undefined {
	const dir = dataDirectory(repoRoot);
	const sentences = UNSEEN_FILES[language].flatMap((name) => (existsSync(join(dir, name)) ? readSentences(join(dir, name)) : []));
	if (sentences.length === 0) {
		return undefined;
	}
	const empty = { ar: [], fr: [], en: [] };
	const sources: SourceTexts = { sentences: { ...empty, [language]: sentences }, seedParagraphs: empty, dataDirectory: dir, seedDirectory: undefined, files: [] };
	return buildArticle(sources, language, targetBytes, seedOf(seed, 'unseen'));
}

function readSentences(file: string): string[] {
	const out: string[] = [];
	const lines = readFileSync(file, 'utf8').split('\n');
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i];
		if (line.length === 0) {
			continue;
		}
		// idx, source_id, n_tokens, text (the text itself holds no tab)
		let tab = -1;
		for (let k = 0; k < 3; k++) {
			tab = line.indexOf('\t', tab + 1);
			if (tab < 0) {
				break;
			}
		}
		const text = tab < 0 ? '' : line.slice(tab + 1).trim();
		if (text.length > 0) {
			out.push(text);
		}
	}
	return out;
}

function isArabicMostly(text: string): boolean {
	let arabic = 0;
	let latin = 0;
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		if (unit >= 0x600 && unit <= 0x6ff) {
			arabic++;
		} else if ((unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a)) {
			latin++;
		}
	}
	return arabic > latin;
}

/** Reads the sentence texts and seed paragraphs once (about 3 MB of text). */
export function loadSources(repoRoot: string): SourceTexts {
	const dir = dataDirectory(repoRoot);
	if (!existsSync(dir)) {
		throw new Error(`bench: NER data folder not found at ${dir} (set ARTICLE_ANNOTATOR_NER_DATA)`);
	}
	const files: string[] = [];
	const sentences = { ar: [] as string[], fr: [] as string[], en: [] as string[] };
	for (const language of ['ar', 'fr', 'en'] as const) {
		for (const name of SENTENCE_FILES[language]) {
			const file = join(dir, name);
			if (existsSync(file)) {
				files.push(file);
				sentences[language].push(...readSentences(file));
			}
		}
		if (sentences[language].length === 0) {
			throw new Error(`bench: no ${language} sentences under ${dir}`);
		}
	}
	const seeds = seedDirectory(repoRoot);
	const seedParagraphs = { ar: [] as string[], fr: [] as string[], en: [] as string[] };
	if (seeds) {
		for (const name of readdirSync(seeds).filter((n) => n.endsWith('.txt')).sort()) {
			files.push(join(seeds, name));
			const text = readFileSync(join(seeds, name), 'utf8').replace(/^\uFEFF/, '');
			const language = isArabicMostly(text) ? 'ar' : 'fr';
			for (const line of text.split(/\r?\n/)) {
				if (line.trim().length > 0) {
					seedParagraphs[language].push(line.trim());
				}
			}
		}
	}
	return { sentences, seedParagraphs, dataDirectory: dir, seedDirectory: seeds, files };
}

/**
 * Draws paragraphs of one language: 1–6 shuffled sentences joined by a space, now and then a
 * seed paragraph or a short headline line. Sentences are taken from a shuffled deck that is
 * reshuffled when used up, so long articles repeat the sources in ever new orders.
 */
class ParagraphSource {
	private deck: string[] = [];
	private position = 0;
	private seedDeck: string[] = [];
	private seedPosition = 0;

	constructor(
		private readonly sentences: readonly string[],
		private readonly seeds: readonly string[],
		private readonly random: Random,
	) {}

	private sentence(): string {
		if (this.position >= this.deck.length) {
			this.deck = this.random.shuffle([...this.sentences]);
			this.position = 0;
		}
		return this.deck[this.position++];
	}

	private seedParagraph(): string {
		if (this.seedPosition >= this.seedDeck.length) {
			this.seedDeck = this.random.shuffle([...this.seeds]);
			this.seedPosition = 0;
		}
		return this.seedDeck[this.seedPosition++];
	}

	next(): string {
		const roll = this.random.next();
		if (this.seeds.length > 0 && roll < 0.12) {
			return this.seedParagraph();
		}
		if (roll < 0.2) {
			// a headline: one sentence alone on its line
			return this.sentence();
		}
		const count = this.random.int(2, 6);
		const parts: string[] = [];
		for (let i = 0; i < count; i++) {
			parts.push(this.sentence());
		}
		return parts.join(' ');
	}
}

function utf8Length(text: string): number {
	return Buffer.byteLength(text, 'utf8');
}

export interface BuiltArticle {
	readonly language: BenchLanguage;
	readonly text: string;
	/** UTF-8 size in bytes. */
	readonly bytes: number;
	readonly targetBytes: number;
}

/**
 * An article of about `targetBytes` UTF-8 bytes (never more; short by less than one paragraph),
 * one paragraph per line with a blank line now and then, in one language or mixed (paragraphs of
 * Arabic, French and English in random order, a third each).
 */
export function buildArticle(sources: SourceTexts, language: BenchLanguage, targetBytes: number, seed = BASE_SEED): BuiltArticle {
	const random = new Random(seedOf(seed, 'article', language, targetBytes));
	const languages: Array<'ar' | 'fr' | 'en'> = language === 'mixed' ? ['ar', 'fr', 'en'] : [language];
	const paragraphSources = languages.map((code) => new ParagraphSource(sources.sentences[code], sources.seedParagraphs[code], new Random(seedOf(seed, 'paragraphs', language, targetBytes, code))));
	const parts: string[] = [];
	let bytes = 0;
	let misses = 0;
	while (misses < 50) {
		const paragraph = random.pick(paragraphSources).next();
		const separator = parts.length === 0 ? '' : random.next() < 0.25 ? '\n\n' : '\n';
		const size = utf8Length(separator) + utf8Length(paragraph);
		if (bytes + size > targetBytes - 1) {
			misses++; // try a few shorter ones to land close to the target
			continue;
		}
		parts.push(separator, paragraph);
		bytes += size;
	}
	const text = parts.join('') + '\n';
	return { language, text, bytes: utf8Length(text), targetBytes };
}

/** English text only (for the comparison with other NLP libraries): same builder, English sentences. */
export function buildEnglish(sources: SourceTexts, targetBytes: number, seed = BASE_SEED): string {
	return buildArticle(sources, 'en', targetBytes, seed).text;
}
