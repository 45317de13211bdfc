import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { francAll } from 'franc';
import { chunkLanguage, identifyLanguage, languageLabel, languageRuns, tallyText, type FrancAll } from '../../src/core/language';
import { Random } from '../../src/core/random';

const franc = francAll as unknown as FrancAll;
const seeds = join(__dirname, '..', '..', 'seeds');

test('the seed articles are identified as fr, fr, ar, ar, ar', () => {
	const languages = readdirSync(seeds)
		.filter((name) => name.endsWith('.txt'))
		.sort()
		.map((name) => identifyLanguage(readFileSync(join(seeds, name), 'utf8'), franc));
	assert.deepEqual(languages.map((profile) => profile.language), ['fr', 'fr', 'ar', 'ar', 'ar']);
	assert.deepEqual(languages.map((profile) => profile.rightToLeft), [false, false, true, true, true]);
	assert.ok(languages.every((profile) => profile.confidence > 0.5));
});

test('English and French prose are told apart', () => {
	assert.equal(identifyLanguage('The minister met the delegation in the capital on Tuesday and discussed trade.', franc).language, 'en');
	assert.equal(identifyLanguage('La ministre a reçu la délégation dans la capitale mardi pour parler du commerce.', franc).language, 'fr');
});

test('a short text is told by one word only its language writes, when the other language has none', () => {
	// franc's letter trigrams read these as French
	for (const text of ['Amazon said it would cut jobs.', 'Sales fell in April.', 'Il Divo to tour Europe']) {
		assert.equal(identifyLanguage(text, franc).language, 'en', text);
	}
	for (const text of ['Le président a parlé hier.', 'Grève à la SNCF', 'Mort de Jane Birkin', 'Il ne viendra pas']) {
		assert.equal(identifyLanguage(text, franc).language, 'fr', text);
	}
	// a word of each: no vote, franc decides as before
	assert.equal(identifyLanguage('La délégation est arrivée hier; it would stay.', franc).language, 'fr');
});

test('a wire table of names and figures is told apart by its few function words', () => {
	const results = 'SOCCER - ENGLISH LEAGUE RESULTS .\nLONDON 1996-08-31\nResults of English league matches on Saturday :\nLeeds 0 Newcastle 0\nAston Villa 2 Derby 1\nSheffield Wednesday 3 Southampton 2\nChelsea 1 Arsenal 1';
	assert.equal(identifyLanguage(results, franc).language, 'en');
	const resultats = 'FOOTBALL - RÉSULTATS DE LIGUE 1\nRésultats des matches de la 3e journée de Ligue 1 :\nLens 2 Lorient 0\nNantes 1 Brest 1\nToulouse 0 Angers 2';
	assert.equal(identifyLanguage(resultats, franc).language, 'fr');
});

test('a mixed article takes the language with most letters and keeps the Latin language for Latin runs', () => {
	const text = 'وصل الوفد الرسمي إلى العاصمة أمس بعد رحلة طويلة من موسكو وتحدث عن التعاون. La délégation a parlé de coopération.';
	const profile = identifyLanguage(text, franc);
	assert.equal(profile.language, 'ar');
	assert.equal(profile.latinLanguage, 'fr');
	const latinStart = text.indexOf('La délégation');
	assert.equal(chunkLanguage(text, 0, latinStart, profile), 'ar');
	assert.equal(chunkLanguage(text, latinStart, text.length, profile), 'fr');
});

test('too little text is undetermined, and the allowed list is respected', () => {
	assert.equal(identifyLanguage('', franc).language, 'und');
	assert.equal(identifyLanguage('12 34 !!', franc).language, 'und');
	const frenchOnly = identifyLanguage('The minister met the delegation in the capital on Tuesday.', franc, ['fr']);
	assert.equal(frenchOnly.language, 'fr');
	const noArabic = identifyLanguage('وصل الوفد الرسمي إلى العاصمة أمس بعد رحلة طويلة', franc, ['fr', 'en']);
	assert.notEqual(noArabic.language, 'ar');
});

test('a long article is read in constant time: only samples go to franc', () => {
	let sampled = 0;
	const counting: FrancAll = (value, options) => {
		sampled += value.length;
		return franc(value, options);
	};
	const long = 'La délégation est arrivée à Alger pour des consultations. '.repeat(50_000);
	assert.equal(identifyLanguage(long, counting).language, 'fr');
	assert.ok(sampled <= 2 * 2048 + 16, `franc read ${sampled} characters`);
});

test('Persian and Urdu, written in Arabic script, are named as languages without a model, not taken for Arabic', () => {
	const persian = identifyLanguage('وزیر خارجه کشور روز سه‌شنبه در پایتخت با همتای چینی خود دیدار کرد و درباره تجارت و انرژی گفتگو کرد.', franc);
	assert.equal(persian.language, 'und');
	assert.equal(persian.unsupported, 'fa');
	assert.equal(persian.rightToLeft, true);
	assert.equal(languageLabel(persian), 'fa (no model)');
	const urdu = identifyLanguage('وزیر خارجہ نے منگل کے دن دارالحکومت میں اپنے چینی ہم منصب سے ملاقات کی اور تجارت پر بات کی۔', franc);
	assert.equal(urdu.unsupported, 'ur');
	// Arabic stays Arabic: standard, Maghrebi (Darija) and a three-word headline
	for (const arabic of ['استقبل رئيس الجمهورية أمس وزير الخارجية في قصر الرئاسة بالعاصمة', 'واش راك خويا، اليوم راني في وهران مع صحابي وغدوة نروحو للبحر', 'الرئيس يستقبل الوزير']) {
		const profile = identifyLanguage(arabic, franc);
		assert.equal(profile.language, 'ar', arabic);
		assert.equal(profile.unsupported, undefined);
		assert.equal(languageLabel(profile), 'ar');
	}
});

test('Spanish, Italian, Portuguese, German and Dutch news are named as languages without a model and read with the English model', () => {
	const news: Array<[string, string]> = [
		['es', 'La alcaldesa de Valencia, María José Catalá, anunció ayer que la ciudad recibirá más ayudas del Gobierno.'],
		['es', 'El Real Madrid venció al Atlético por dos goles a uno en el estadio Santiago Bernabéu.'],
		['it', 'La Fiat ha annunciato la chiusura di uno stabilimento vicino a Torino, e i sindacati hanno proclamato uno sciopero.'],
		['it', 'Il sindaco di Milano Giuseppe Sala ha presentato il nuovo piano per il traffico.'],
		['pt', 'O presidente Luiz Inácio Lula da Silva chegou nesta segunda-feira a Lisboa para uma visita oficial.'],
		['pt', 'A chuva forte causou inundações em São Paulo e em Belo Horizonte, segundo a Defesa Civil.'],
		['de', 'Die Deutsche Bahn hat für Donnerstag einen Streik angekündigt, in Berlin und München fallen viele Züge aus.'],
		['de', 'Der Vorstandschef von Volkswagen, Oliver Blume, kündigte in Wolfsburg neue Modelle an.'],
		['nl', 'Volgens de Nederlandse Spoorwegen rijden er door een storing bij Utrecht minder treinen.'],
		['nl', 'Premier Dick Schoof heeft dinsdag in Den Haag overlegd met de burgemeester van Rotterdam.'],
	];
	for (const [code, text] of news) {
		const profile = identifyLanguage(text, franc);
		assert.equal(profile.unsupported, code, text);
		assert.equal(profile.language, 'und');
		assert.equal(profile.readWith, 'en');
		assert.equal(profile.latinLanguage, 'en');
		assert.equal(profile.rightToLeft, false);
		assert.equal(languageLabel(profile), `${code} (en model)`);
	}
	// without the English model allowed, that text has no model to read it
	const noEnglish = identifyLanguage(news[0][1], franc, ['ar', 'fr']);
	assert.equal(noEnglish.unsupported, 'es');
	assert.equal(noEnglish.readWith, undefined);
	assert.equal(languageLabel(noEnglish), 'es (no model)');
});

test('short French and English texts, names from elsewhere in them, stay French and English', () => {
	const french = ['Tebboune reçoit le Premier ministre', 'Grève à la SNCF mardi', 'Le ministre est arrivé à Oran hier soir.', 'Inondations dans le sud du pays', 'Alger : la circulation perturbée sur la rocade', 'Macron en visite au Maroc', 'Il y a un an, la crise', 'Visite de Pedro Sánchez à Alger', 'Lula da Silva en visite à Paris', 'Ursula von der Leyen est arrivée à Tunis pour une visite de deux jours.', 'Le FC Bayern München bat le Borussia Dortmund', 'La Casa de Papel revient sur Netflix'];
	const english = ['Floods hit northern Nigeria', 'Minister resigns over budget row', 'Oil prices rise as supply fears grow', 'Storm closes schools in Texas', 'Police arrest two men in Leeds', 'Fiat to cut jobs in Turin, unions say', 'Angela Merkel met Mark Rutte in Den Haag on Monday.', 'Porto and Benfica draw', 'Amor de Dios, a new film by the director'];
	for (const [language, texts] of [['fr', french], ['en', english]] as const) {
		for (const text of texts) {
			const profile = identifyLanguage(text, franc);
			assert.equal(profile.language, language, text);
			assert.equal(profile.unsupported, undefined, text);
		}
	}
});

test('the word tally cuts words where a split on non-letters does, in any script, and finds each function word', () => {
	const random = new Random(20261206);
	// letters of several scripts, astral letters (𝐀), combining marks, emoji, a lone surrogate, digits, apostrophes
	const pieces = ['the', 'The', 'on', 'On', 'la', 'à', 'À', 'été', 'e\u0301t\u0301e\u0301', 'des', 'de', 'und', 'der', 'que', 'y', 'il', 'would', 'it', 'في', 'ال', '𝐀', '𝐚the', '😀', '\ud800', '\udc00', '12', "'", '’', ' ', ' ', ', ', '-', '\n', 'x'];
	for (let round = 0; round < 400; round++) {
		let text = '';
		for (let i = random.int(0, 30); i >= 0; i--) text += random.pick(pieces);
		// every word the tally knows is written in plain lower-case letters: words of other letters count nothing
		const asSplit = tallyText(text.split(/[^\p{L}]+/u).filter((word) => /^[a-zà-ÿ]+$/.test(word)).join(' '));
		assert.deepEqual(tallyText(text), asSplit, JSON.stringify(text));
		// a slice tallies as the same slice cut out
		const start = random.int(0, text.length);
		const end = random.int(start, text.length);
		assert.deepEqual(tallyText(text, start, end), tallyText(text.slice(start, end)), JSON.stringify([text, start, end]));
	}
	// «The» is capitalised; «on» is English but not English alone; common words of fra, eng, spa, ita, por, deu, nld
	assert.deepEqual(tallyText('The man said on Monday that il ne viendra pas, à la fin; und der Hund'), { english: 3, french: 0, englishOnly: 2, frenchOnly: 5, common: [5, 3, 1, 2, 1, 2, 0] });
});

test('a chunk is cut into runs of each script only where the other script holds a sentence of its own', () => {
	const profile = identifyLanguage('Le ministre a reçu son homologue à Alger pour des entretiens sur la coopération.', franc);
	const runsOf = (text: string) => languageRuns(text, 0, text.length, profile).map((run) => [text.slice(run.start, run.end), run.language]);
	const french = 'Le ministre a reçu son homologue à Alger. ';
	const arabic = 'قال الوزير إن المحادثات كانت مثمرة، ';
	assert.deepEqual(runsOf(french), [[french, 'fr']]);
	assert.deepEqual(runsOf(arabic), [[arabic, 'ar']]);
	// a short Latin acronym stays with the Arabic around it
	assert.deepEqual(runsOf('قالت وكالة AFP إن'), [['قالت وكالة AFP إن', 'ar']]);
	// a French sentence quoted in an Arabic one: two runs, together the whole chunk
	assert.deepEqual(runsOf(arabic + french), [[arabic, 'ar'], [french, 'fr']]);
	assert.deepEqual(runsOf(french + arabic), [[french, 'fr'], [arabic, 'ar']]);
	// a chunk without letters takes the document's language
	assert.deepEqual(runsOf('2023 — 12 %'), [['2023 — 12 %', 'fr']]);
});
