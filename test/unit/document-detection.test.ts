import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentDetection, mergeWithMemory } from '../../src/core/documentDetection';
import { francAll } from 'franc';
import type { Detector } from '../../src/core/detect/types';
import { languageLabel, type FrancAll } from '../../src/core/language';
import type { DetectedEntity } from '../../src/core/types';

/** A stand-in model: capitalised Latin words are LOC; it records which languages it was asked for. */
function fakeDetector(calls: string[]): Detector {
	return {
		languages: ['ar', 'fr', 'en'],
		detect(text, language) {
			calls.push(language);
			return [...text.matchAll(/\b[A-Z][a-z]+\b/g)].map((match) => ({ start: match.index, end: match.index + match[0].length, type: 'LOC', text: match[0], confidence: 0.6, source: 'model' as const }));
		},
	};
}

const noFranc = () => [['fra', 1]] as Array<[string, number]>;

test('each chunk is detected in its own script language', () => {
	const calls: string[] = [];
	const detection = new DocumentDetection(fakeDetector(calls), noFranc);
	detection.open('وصل الوفد إلى الجزائر أمس بعد رحلة طويلة.\nLe ministre est parti pour Paris hier soir.\n');
	detection.detectPending();
	assert.deepEqual(calls, ['ar', 'fr']);
	assert.deepEqual(detection.entities().map((e) => e.text), ['Le', 'Paris']);
});

/** A stand-in model that reads only its own script: capitalised Latin words outside Arabic, «روسيا» and «تبون» in Arabic. */
function scriptBoundDetector(calls: string[]): Detector {
	return {
		languages: ['ar', 'fr', 'en'],
		detect(text, language) {
			calls.push(`${language}:${text.trim()}`);
			const names = language === 'ar' ? /روسيا|تبون/g : /\b[A-Z][a-zé]+\b/g;
			return [...text.matchAll(names)].map((match) => ({ start: match.index, end: match.index + match[0].length, type: 'LOC', text: match[0], confidence: 0.6, source: 'model' as const }));
		},
	};
}

test('a French quote inside an Arabic sentence, and an Arabic quote inside a French one, are each read by their own language\'s model at exact offsets', () => {
	const calls: string[] = [];
	const detection = new DocumentDetection(scriptBoundDetector(calls), francAll as unknown as FrancAll);
	const text = '😀 استقبل الرئيس تبون الوزير الفرنسي في قصر المرادية وقال: « Nous voulons travailler avec Alger et Moscou » في القصر.\nLe ministre a déclaré : « نحن نرحب بالتعاون مع روسيا في الطاقة » devant la presse à Oran.\n';
	detection.open(text);
	detection.detectPending();
	const found = detection.entities();
	assert.deepEqual(found.map((e) => e.text), ['تبون', 'Nous', 'Alger', 'Moscou', 'Le', 'روسيا', 'Oran']);
	for (const entity of found) assert.equal(text.slice(entity.start, entity.end), entity.text);
	assert.deepEqual(calls.map((call) => call.slice(0, 2)), ['ar', 'fr', 'ar', 'fr', 'ar', 'fr']);
	// a Latin acronym or a short name in Arabic text stays with the Arabic model, which reads it in context
	const short: string[] = [];
	const alone = new DocumentDetection(scriptBoundDetector(short), francAll as unknown as FrancAll);
	alone.open('قالت وكالة AFP إن الرئيس تبون وصل إلى موسكو.');
	alone.detectPending();
	assert.deepEqual(short.map((call) => call.slice(0, 2)), ['ar']);
});

test('Persian text gets no suggestions from the Arabic model, and a French article keeps its own around a Persian quote', () => {
	const calls: string[] = [];
	const detection = new DocumentDetection(scriptBoundDetector(calls), francAll as unknown as FrancAll);
	detection.open('وزیر خارجه کشور روز سه‌شنبه در پایتخت با همتای روسیه دیدار کرد و درباره تجارت گفتگو کرد.\n');
	detection.detectPending();
	assert.deepEqual(calls, []);
	assert.deepEqual(detection.entities(), []);
	assert.equal(detection.profile.unsupported, 'fa');
	const quoted: string[] = [];
	const french = new DocumentDetection(scriptBoundDetector(quoted), francAll as unknown as FrancAll);
	french.open('Le ministre a cité un poète : « این کشور همیشه دوست ما بوده است و خواهد بود » devant la presse à Oran.\n');
	french.detectPending();
	assert.deepEqual(quoted.map((call) => call.slice(0, 2)), ['fr', 'fr']);
	assert.deepEqual(french.entities().map((e) => e.text), ['Le', 'Oran']);
	assert.equal(french.profile.language, 'fr');
});

test('a Spanish article is read with the English model, a French paragraph in it with the French one; without English allowed it gets no suggestions', () => {
	const text = [
		'El ministro de Economía se reunió ayer en Bruselas con la vicepresidenta de la Comisión para hablar de los fondos europeos, según fuentes del Gobierno, que no dieron más detalles sobre el calendario.',
		'« Nous avons parlé de la coopération avec Madrid et Lisbonne », a dit le commissaire.',
		'La reunión continuará el próximo mes en Madrid, y también participarán los ministros de Italia y Portugal, que han pedido más fondos para las regiones del sur.',
	].join('\n');
	const calls: string[] = [];
	const detection = new DocumentDetection(fakeDetector(calls), francAll as unknown as FrancAll);
	detection.open(text);
	detection.detectPending();
	assert.equal(detection.profile.unsupported, 'es');
	assert.equal(detection.profile.readWith, 'en');
	assert.deepEqual(calls, ['en', 'fr', 'en']);
	assert.ok(detection.entities().some((entity) => entity.text === 'Madrid'));
	const withoutEnglish: string[] = [];
	const noEnglish = new DocumentDetection(fakeDetector(withoutEnglish), francAll as unknown as FrancAll, { languages: ['ar', 'fr'] });
	noEnglish.open(text.split('\n')[0]);
	noEnglish.detectPending();
	assert.equal(noEnglish.profile.unsupported, 'es');
	assert.deepEqual(withoutEnglish, []);
	assert.deepEqual(noEnglish.entities(), []);
});

test('a Spanish or German paragraph in a French, English or Arabic article is read with the English model, the rest as before', () => {
	const cases: Array<[string, string[]]> = [
		[
			[
				'Le ministre des Affaires étrangères a reçu mardi à Alger son homologue espagnol pour parler du gaz et des migrations.',
				'« Las relaciones entre los dos países son muy buenas y también queremos más inversiones », dijo el ministro según la agencia.',
				'La visite doit se poursuivre mercredi à Oran, selon le ministère.',
			].join('\n'),
			['fr', 'en', 'fr'],
		],
		['The chancellor spoke to reporters in Berlin on Monday after the talks.\nDie Regierung will die Steuern nicht erhöhen und sucht nach einem Kompromiss mit der Opposition, sagte er.\n', ['en', 'en']],
		['استقبل رئيس الجمهورية أمس في قصر المرادية بالجزائر العاصمة وزير الخارجية الإسباني الذي يقوم بزيارة عمل تدوم يومين، وتناول اللقاء العلاقات الثنائية والتعاون في مجال الطاقة. El ministro dijo que las relaciones con Argelia son muy buenas.', ['ar', 'en']],
	];
	for (const [text, expected] of cases) {
		const calls: string[] = [];
		const detection = new DocumentDetection(fakeDetector(calls), francAll as unknown as FrancAll);
		detection.open(text);
		detection.detectPending();
		assert.deepEqual(calls, expected, text.slice(0, 40));
		assert.equal(detection.profile.unsupported, undefined);
	}
	// without the English model, the paragraph stays with the article's Latin language
	const calls: string[] = [];
	const noEnglish = new DocumentDetection(fakeDetector(calls), francAll as unknown as FrancAll, { languages: ['ar', 'fr'] });
	noEnglish.open(cases[0][0]);
	noEnglish.detectPending();
	assert.deepEqual(calls, ['fr', 'fr', 'fr']);
});

test('a language a person set is used instead of the identified one, paragraph votes included, until set back to automatic', () => {
	// set to French, an English line is read in French: the person decides, not franc or the function words
	const text = 'Real Madrid beat Barcelona in the final at the Stade de France.\nاستقبل الرئيس الوزير في قصر المرادية أمس.\n';
	const calls: string[] = [];
	const detection = new DocumentDetection(fakeDetector(calls), francAll as unknown as FrancAll, { language: 'fr' });
	detection.open(text);
	detection.detectPending();
	assert.deepEqual(calls, ['fr', 'ar'], 'the Arabic line still goes to the Arabic model');
	assert.equal(detection.profile.language, 'fr');
	assert.equal(detection.profile.chosen, true);
	assert.equal(languageLabel(detection.profile), 'fr (set)');
	calls.length = 0;
	assert.equal(detection.setLanguage(undefined), true, 'automatic again: everything is detected again');
	detection.detectPending();
	assert.deepEqual(calls, ['en', 'ar']);
	assert.equal(languageLabel(detection.profile), 'en');
	calls.length = 0;
	assert.equal(detection.setLanguage('ar'), true);
	detection.detectPending();
	assert.equal(languageLabel(detection.profile), 'ar (set)');
	assert.equal(detection.profile.rightToLeft, true);
	assert.deepEqual(calls, ['en', 'ar'], 'set to Arabic, Latin lines are still read in their own language');
	// a Spanish article set to French is read with the French model
	const spanish: string[] = [];
	const set = new DocumentDetection(fakeDetector(spanish), francAll as unknown as FrancAll, { language: 'fr' });
	set.open('La alcaldesa de Valencia anunció ayer que la ciudad recibirá más ayudas del Gobierno, según fuentes del Ayuntamiento.');
	set.detectPending();
	assert.deepEqual(spanish, ['fr']);
	assert.equal(set.profile.unsupported, undefined);
});

test('the languages setting leaves text in another script undetected instead of reading it with a model it did not allow', () => {
	const text = 'Le ministre Ahmed Attaf a reçu son homologue à Alger mardi.\nاستقبل الرئيس الوزير في قصر المرادية أمس.\n2024 45.2 12.1\n';
	const arabicOnly: string[] = [];
	const onlyAr = new DocumentDetection(fakeDetector(arabicOnly), francAll as unknown as FrancAll, { languages: ['ar'] });
	onlyAr.open(text);
	onlyAr.detectPending();
	assert.deepEqual(arabicOnly, ['ar']);
	assert.deepEqual(onlyAr.entities(), []);
	const latinOnly: string[] = [];
	const noAr = new DocumentDetection(fakeDetector(latinOnly), francAll as unknown as FrancAll, { languages: ['fr', 'en'] });
	noAr.open(text);
	noAr.detectPending();
	assert.deepEqual(latinOnly, ['fr', 'fr']);
});

test('Arabic-script text detected as Arabic is detected again once the article turns out to be Persian', () => {
	// a stand-in franc: Persian once the text has a «پ», Arabic otherwise, French for Latin text
	const stubFranc: FrancAll = (value, options) => (options.only.includes('arb') ? [[value.includes('پ') ? 'pes' : 'arb', 1]] : [['fra', 1]]);
	const detection = new DocumentDetection(scriptBoundDetector([]), stubFranc);
	const text = 'Le ministre est arrivé hier à Alger pour une visite officielle de trois jours, la première depuis son entrée en fonction au printemps dernier.\nقال الوزير إن التعاون مع روسيا مهم.\n';
	detection.open(text);
	detection.detectPending();
	assert.deepEqual(detection.entities().map((e) => e.text), ['Le', 'Alger', 'روسيا']);
	detection.edit([{ start: text.length, end: text.length, text: 'پیام وزیر خارجه به همتای خود در پایتخت فرستاده شد.\n' }]);
	detection.detectPending();
	assert.equal(detection.profile.unsupported, 'fa');
	assert.deepEqual(detection.entities().map((e) => e.text), ['Le', 'Alger']);
});

test('a French paragraph in an English wire story is read with the French model, the English lines with the English one', () => {
	const calls: string[] = [];
	const detection = new DocumentDetection(fakeDetector(calls), francAll as unknown as FrancAll);
	detection.open([
		'ROME, May 5 (Reuters) - Italian ministers met their Tunisian counterparts in Rome on Friday to discuss migration.',
		'Le ministre a affirmé que la coopération avec la Tunisie était une priorité pour le gouvernement et pour les pays du sud.',
		'The talks will continue in Tunis next month, officials said.',
	].join('\n'));
	detection.detectPending();
	assert.deepEqual(calls, ['en', 'fr', 'en']);
});

test('remembered names are found behind proclitics and win over the model, unless it saw a longer name', () => {
	const memory = [{ text: 'الجزائر', type: 'LOC' }, { text: 'Conseil', type: 'ORG' }];
	const calls: string[] = [];
	const detection = new DocumentDetection(fakeDetector(calls), noFranc);
	detection.open('زار الوفد والجزائر. Le Conseil a parlé.');
	detection.setMemory(memory);
	detection.detectPending();
	const found = detection.entities().map((e) => `${e.type}:${e.text}:${e.source}`);
	assert.ok(found.includes('LOC:الجزائر:memory'), found.join(', '));
	assert.ok(found.includes('ORG:Conseil:memory'));
	const longer: DetectedEntity = { start: 0, end: 20, type: 'ORG', text: 'Conseil de la nation', confidence: 0.9, source: 'model' };
	const inside: DetectedEntity = { start: 0, end: 7, type: 'ORG', text: 'Conseil', confidence: 1, source: 'memory' };
	assert.deepEqual(mergeWithMemory([longer], [inside]), [longer]);
});

test('names taught after detection are placed without asking the model again, as if taught before', () => {
	const text = 'Le Conseil siège à Alger.\nزار الوفد والجزائر أمس.\n'.repeat(50);
	const memory = [{ text: 'الجزائر', type: 'LOC' }, { text: 'Conseil', type: 'ORG' }];
	const calls: string[] = [];
	const detection = new DocumentDetection(fakeDetector(calls), noFranc);
	detection.open(text);
	detection.detectPending();
	const asked = calls.length;
	const before = detection.entities();
	detection.setMemory(memory);
	// until the names are placed, what was found stays (nothing blinks out)
	assert.deepEqual(detection.entities(), before);
	detection.detectPending();
	assert.equal(calls.length, asked, 'the model is not asked again');
	const taughtFirst = new DocumentDetection(fakeDetector([]), noFranc);
	taughtFirst.setMemory(memory);
	taughtFirst.open(text);
	taughtFirst.detectPending();
	assert.deepEqual(detection.entities(), taughtFirst.entities());
	assert.equal(detection.entities().filter((e) => e.source === 'memory').length, 100);
	// and forgotten again
	detection.setMemory([]);
	detection.detectPending();
	assert.deepEqual(detection.entities(), before);
	assert.equal(calls.length, asked);
});

test('the confidence threshold and the label set filter suggestions', () => {
	const detection = new DocumentDetection(fakeDetector([]), noFranc, { minConfidence: 0.7 });
	detection.open('Le ministre est parti pour Paris.');
	detection.detectPending();
	assert.equal(detection.entities().length, 0);
	const onlyPer = new DocumentDetection(fakeDetector([]), noFranc, { labels: ['PER'] });
	onlyPer.open('Le ministre est parti pour Paris.');
	onlyPer.detectPending();
	assert.equal(onlyPer.entities().length, 0);
});

test('an article gets the whole-article consistency pass, and the changed range is then the whole text', () => {
	const detector: Detector = {
		languages: ['fr'],
		detect(text) {
			const at = text.indexOf('Karim Haddad');
			return at < 0 ? [] : [{ start: at, end: at + 12, type: 'PER', text: 'Karim Haddad', confidence: 0.9, source: 'model' as const }];
		},
	};
	const detection = new DocumentDetection(detector, noFranc);
	detection.open('Karim Haddad est arrivé.\nPuis Haddad est reparti.\n');
	detection.detectPending();
	assert.deepEqual(detection.entities().map((e) => e.text), ['Karim Haddad', 'Haddad']);
	const { range, generation } = detection.changedRange();
	assert.deepEqual(range, { start: 0, end: detection.length });
	assert.deepEqual(detection.entitiesIn(0, detection.length).map((e) => e.text), ['Karim Haddad', 'Haddad']);
	detection.acknowledge(generation);
	assert.equal(detection.changedRange().range, undefined);
});

test('the whole-article pass asks the detector which teams are nations, in the article\'s language', () => {
	const asked: string[] = [];
	const detector: Detector = {
		languages: ['en'],
		detect(text) {
			return [...text.matchAll(/\b[A-Z][a-z]+\b/g)].map((match) => ({ start: match.index, end: match.index + match[0].length, type: 'LOC', text: match[0], confidence: 0.9, source: 'model' as const }));
		},
		isNation(name, language) {
			asked.push(`${language}:${name}`);
			return name === 'Sweden';
		},
	};
	const detection = new DocumentDetection(detector, () => [['eng', 1]] as Array<[string, number]>, { languages: ['en'] });
	detection.open('Sweden 1 - 0 Everton\nSweden and Everton played.\n');
	detection.detectPending();
	assert.deepEqual(detection.entities().map((e) => `${e.type}:${e.text}`), ['LOC:Sweden', 'ORG:Everton', 'LOC:Sweden', 'ORG:Everton']);
	assert.ok(asked.includes('en:Sweden') && asked.includes('en:Everton'), JSON.stringify(asked));
});

test('a remembered name is found in an article saved decomposed (NFD), as rejections compare strings', () => {
	const detection = new DocumentDetection(fakeDetector([]), noFranc);
	detection.open('Le maire de béjaïa est venu.'.normalize('NFD'));
	detection.setMemory([{ text: 'béjaïa'.normalize('NFC'), type: 'LOC' }]);
	detection.detectPending();
	assert.deepEqual(
		detection.entities().map((e) => `${e.type}:${e.text.normalize('NFC')}:${e.source}`),
		['LOC:Le:model', 'LOC:béjaïa:memory'],
	);
});

test('a remembered Arabic name is found voweled, with tatweel, with or without hamza, and contracted after ل', () => {
	const detection = new DocumentDetection(fakeDetector([]), noFranc);
	detection.open('زار الجَزائرَ وعاد للجزائـر ثم قابل احمد وإحمد');
	detection.setMemory([
		{ text: 'الجزائر', type: 'LOC' },
		{ text: 'أحمد', type: 'PER' },
	]);
	detection.detectPending();
	assert.deepEqual(
		detection.entities().filter((e) => e.source === 'memory').map((e) => `${e.type}:${e.text}`),
		['LOC:الجَزائرَ', 'LOC:لجزائـر', 'PER:احمد', 'PER:إحمد'],
	);
});

test('a taught name is judged learnable as it is searched: voweled or stretched prepositions, a letter with its vowel, a tatweel beside punctuation are not spread', () => {
	const detection = new DocumentDetection(fakeDetector([]), noFranc);
	detection.open('كتب إنه وصل في الليل من ب عيد. ثم وقف أمام الباب، zorblax.');
	const taught = ['فِي', 'مـن', 'أنّه', 'أَمام', 'بَ', 'ـ.', 'ـ ـ', 'zorblax'].map((text) => ({ text, type: 'PER' }));
	detection.setMemory(taught);
	detection.detectPending();
	assert.deepEqual(
		detection.entities().filter((e) => e.source === 'memory').map((e) => e.text),
		['zorblax'],
	);
});

test('numbers, single letters, articles and prepositions a person tagged are not spread as names', () => {
	const detection = new DocumentDetection(fakeDetector([]), noFranc);
	detection.open('en 2024, the 12 x de la ville dans la région; وفي المدينة من zorblax.');
	const taught = ['2024', '12', 'x', 'the', 'de', 'la', 'dans', 'في', 'من', 'zorblax'].map((text) => ({ text, type: 'ORG' }));
	detection.setMemory(taught);
	detection.detectPending();
	assert.deepEqual(
		detection.entities().filter((e) => e.source === 'memory').map((e) => e.text),
		['zorblax'],
	);
});

test('what the whole-article pass adds or retypes keeps to the confidence threshold and the label set', () => {
	// a stand-in model that reads a founder in full and a firm it does not know as a person, as models do
	const model: Detector = {
		languages: ['ar', 'fr', 'en'],
		detect(text) {
			const found: DetectedEntity[] = [];
			for (const [name, confidence] of [['Nadia Ferhat', 0.95], ['Zorvex', 0.9]] as const) {
				for (const match of text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) {
					found.push({ start: match.index, end: match.index + name.length, type: 'PER', text: name, confidence, source: 'model' });
				}
			}
			return found.sort((a, b) => a.start - b.start);
		},
	};
	const text = 'Nadia Ferhat founded Zorvex in Oran ten years ago.\nZorvex shares rose on Tuesday, and Ferhat said the results were good.\n';
	const entitiesWith = (options: { minConfidence?: number; labels?: string[] }) => {
		const detection = new DocumentDetection(model, noFranc, options);
		detection.open(text);
		detection.detectPending();
		return detection.entities().map((e) => `${e.type}:${e.text}:${e.confidence}`);
	};
	// without limits, the pass adds the surname (0.6) and makes the firm an organisation
	const everything = entitiesWith({});
	assert.ok(everything.includes('PER:Ferhat:0.6'), everything.join(', '));
	assert.ok(everything.some((e) => e.startsWith('ORG:Zorvex')), everything.join(', '));
	assert.deepEqual(entitiesWith({ minConfidence: 0.9 }).filter((e) => Number(e.split(':')[2]) < 0.9), [], 'nothing under the threshold');
	const persons = entitiesWith({ labels: ['PER'] });
	assert.ok(persons.includes('PER:Nadia Ferhat:0.95'), persons.join(', '));
	assert.deepEqual(persons.filter((e) => !e.startsWith('PER:')), [], 'only the labels asked for');
});
