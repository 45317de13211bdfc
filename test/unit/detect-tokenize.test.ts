import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/core/detect/tokenize';
import { nameProcliticLength, stripProclitics, splitProclitics, normalizeArabic, type ArabicLexicon } from '../../src/core/detect/arabic';
import { buildLexicon } from '../../src/core/detect/training/resources';
import { lexiconFunction } from '../../src/core/detect/features';

const texts = (s: string, lang: 'ar' | 'fr' | 'en' = 'fr') => tokenize(s, lang).map((t) => t.text);

/** A word-count lexicon for the proclitic rule, from (normalised word, count) pairs. */
function lexiconOf(counts: Array<[string, number]>): (word: string) => number {
	const known = new Map(counts);
	return (word) => known.get(word) ?? 0;
}

test('French elisions: both apostrophes split off the article', () => {
	assert.deepEqual(texts('l’Algérie et d\'Alger'), ['l', '’', 'Algérie', 'et', 'd', "'", 'Alger']);
	const t = tokenize('Visite à l’Élysée', 'fr');
	const e = t.find((x) => x.text === 'Élysée')!;
	assert.equal('Visite à l’Élysée'.slice(e.start, e.end), 'Élysée');
});

test('English possessive leaves the name alone', () => {
	assert.deepEqual(texts("Obama's visit", 'en'), ['Obama', "'", 's', 'visit']);
	assert.deepEqual(texts('Smith’s book', 'en'), ['Smith', '’', 's', 'book']);
});

test('offsets are UTF-16 and exact, with emoji, CRLF and tabs', () => {
	const s = 'Paris 🎉\r\n\tLyon—Lille';
	for (const t of tokenize(s, 'fr')) assert.equal(s.slice(t.start, t.end), t.text);
	assert.deepEqual(texts(s), ['Paris', '🎉', 'Lyon', '—', 'Lille']);
	const lyon = tokenize(s, 'fr').find((t) => t.text === 'Lyon')!;
	assert.equal(lyon.lineStart, true);
});

test('a flag emoji is one token, and two flags side by side are two', () => {
	// Algeria, France side by side; England's black flag with tag letters; a lone regional indicator
	const s = 'Alger 🇩🇿🇫🇷 Paris 🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F} Londres 🇦 fin';
	assert.deepEqual(texts(s), ['Alger', '🇩🇿', '🇫🇷', 'Paris', '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}', 'Londres', '🇦', 'fin']);
});

test('an emoji with a skin tone, or a ZWJ sequence, is one token', () => {
	const s = 'شكرا 👍🏽 merci 👨‍👩‍👧! 👩‍❤️‍👨 🙋🏿‍♀️ fin';
	for (const t of tokenize(s, 'fr')) assert.equal(s.slice(t.start, t.end), t.text);
	assert.deepEqual(texts(s), ['شكرا', '👍🏽', 'merci', '👨‍👩‍👧', '!', '👩‍❤️‍👨', '🙋🏿‍♀️', 'fin']);
	// a ZWJ does not glue a word or punctuation on, and a lone modifier is a token of its own
	assert.deepEqual(texts('🎉\u200dAlger 🏽.'), ['🎉\u200d', 'Alger', '🏽', '.']);
});

test('URLs are single tokens; Arabic does not glue to Latin or digits', () => {
	assert.deepEqual(texts('انسخ الرابطhttps://example.org/a1.', 'ar'), ['انسخ', 'الرابط', 'https://example.org/a1', '.']);
	assert.deepEqual(texts('الطبعة ال20 عام 2024م', 'ar'), ['الطبعة', 'ال', '20', 'عام', '2024', 'م']);
});

test('Arabic diacritics and tatweel stay inside the word', () => {
	const s = 'وصلَ الوفـــد';
	assert.deepEqual(texts(s, 'ar'), ['وصلَ', 'الوفـــد']);
	assert.equal(normalizeArabic('الوفـــد'), 'الوفد');
	assert.equal(normalizeArabic('أحمد'), 'احمد');
});

test('Arabic proclitics before the article are stripped', () => {
	assert.equal(stripProclitics('والجزائر', undefined), 'الجزائر');
	assert.equal(stripProclitics('بالجزائر', undefined), 'الجزائر');
	assert.equal(stripProclitics('فالجزائر', undefined), 'الجزائر');
	assert.equal(stripProclitics('وبالجزائر', undefined), 'الجزائر');
	// ل + ال contraction: the preposition goes, the written lam of the article stays
	assert.equal(stripProclitics('للجزائر', undefined), 'لجزائر');
	assert.equal(splitProclitics('للجزائر', undefined).key, 'الجزائر');
	assert.equal(splitProclitics('وللجزائر', undefined).offset, 2);
	assert.equal(stripProclitics('الجزائر', undefined), 'الجزائر');
});

test('Arabic names that begin with a proclitic letter are kept without a lexicon hint', () => {
	for (const w of ['وهران', 'فرنسا', 'بوتين', 'لندن', 'كندا', 'لبنان']) assert.equal(stripProclitics(w, undefined), w);
});

test('a lexicon lets و/ف/ب be split before a known name', () => {
	const lex = lexiconOf([
		['موسكو', 40],
		['فرنسا', 60],
	]);
	assert.equal(stripProclitics('وموسكو', lex), 'موسكو');
	assert.equal(stripProclitics('وفرنسا', lex), 'فرنسا');
	assert.equal(stripProclitics('فرنسا', lex), 'فرنسا');
	assert.equal(stripProclitics('وهران', lex), 'وهران');
});

test('a name keeps a leading ك or ف that the lexicon would split off, unless the article follows', () => {
	// «وفي» («and in») and «ادي» are frequent words, yet «كوفي» and «فادي» are names
	const lex = lexiconOf([
		['وفي', 500],
		['كوفي', 20],
		['ادي', 50],
		['موسكو', 40],
		['بوتين', 30],
		['الجزائر', 300],
		['الاسد', 25],
	]);
	assert.equal(splitProclitics('كوفي', lex).offset, 1, 'the lexicon alone splits it');
	assert.equal(splitProclitics('وكوفي', lex).offset, 2);
	// «وكوفي»: only the و before the name
	assertNameProclitics(lex, { كوفي: 0, فادي: 0, وكوفي: 1, كالجزائر: 1, فالأسد: 1, وموسكو: 1, وبوتين: 1, للجزائر: 1, وهران: 0 });
});

test('a name keeps a leading و ف ب ل before what reads as the article when the text never writes the rest', () => {
	const lex = lexiconOf([
		['الجزائر', 300],
		['القاهرة', 80],
	]);
	// «فاليريان» (Valerian), «والتر» (Walter), «بالتيمور» (Baltimore): no «اليريان», «التر», «التيمور» in the text
	assert.equal(splitProclitics('فاليريان', lex).offset, 1, 'the article reading alone splits it');
	// a known word behind the article still loses its proclitics
	assertNameProclitics(lex, { فاليريان: 0, والتر: 0, بالتيمور: 0, والجزائر: 1, بالقاهرة: 1, وبالجزائر: 2 });
});

test('«و» before an alef with hamza is the conjunction in a name\'s span, even for words the lexicon does not know', () => {
	const lex = lexiconOf([['القاهرة', 80]]);
	// «وأوديسا», «وإسطنبول», «وآمنة»: the conjunction; «وليد», «وائل» (Walid, Wael) keep their «و»
	assertNameProclitics(lex, { وأوديسا: 1, وإسطنبول: 1, وآمنة: 1, وليد: 0, وائل: 0, وأب: 0 });
	// the features' split is not changed by it
	assert.equal(splitProclitics('وأوديسا', lex).offset, 0);
});

/** `nameProcliticLength` of each word equals the expected number of letters left out. */
function assertNameProclitics(lex: ArabicLexicon, expected: Record<string, number>): void {
	for (const [word, letters] of Object.entries(expected)) assert.equal(nameProcliticLength(word, lex), letters, word);
}

test('the training lexicon keeps a listed given name whole, not a common word that looks like one', () => {
	// «يلي» («follows») is frequent; «ليلى» (Laila) is rare in the text; «بانه» («بأنه», «that
	// it») is frequent itself, so the text decides for it
	const text = [...Array(40).fill(['يلي', 'انه']).flat(), ...Array(10).fill('بانه')];
	const names = ['ليلي', 'بانه'];
	const plain = lexiconFunction(buildLexicon([text]))!;
	const withNames = lexiconFunction(buildLexicon([text], names))!;
	assert.equal(stripProclitics('ليلى', plain), 'يلى');
	assert.equal(stripProclitics('ليلى', withNames), 'ليلى');
	assert.equal(stripProclitics('وليلى', withNames), 'ليلى');
	assert.equal(stripProclitics('بانه', withNames), 'انه');
});

test('a preposition after «و» is weighed against the word it starts, not the whole word', () => {
	// «ولا» («and not») is frequent; «بولا» (Paula) is known as a word, «وبولا» is not
	const lex = lexiconOf([
		['ولا', 64],
		['بولا', 32],
		['موسكو', 40],
		['بموسكو', 10],
	]);
	assert.equal(stripProclitics('وبولا', lex), 'بولا');
	assert.equal(stripProclitics('بولا', lex), 'بولا');
	assert.equal(stripProclitics('وبموسكو', lex), 'موسكو');
});

test('the tokenizer is linear on hostile input', () => {
	const s = 'a'.repeat(200000) + "'".repeat(100000) + '-'.repeat(100000) + 'http://'.repeat(20000);
	const t0 = Date.now();
	tokenize(s, 'en');
	assert.ok(Date.now() - t0 < 2000);
});
