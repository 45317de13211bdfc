import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSportsEvents, mergeSportsEvents } from '../../src/core/detect/sportsEvents';
import type { DetectedEntity } from '../../src/core/types';

const names = (text: string, language: 'en' | 'fr' | 'ar'): string[] => findSportsEvents(text, language).map((e) => e.text);

function entity(text: string, name: string, type: string): DetectedEntity {
	const start = text.indexOf(name);
	return { start, end: start + name.length, type, text: name, confidence: 0.8, source: 'model' };
}

test('English competitions: a cup, an open after «the», a grand prix, the Games, the tours', () => {
	assert.deepEqual(names('Spain won the Davis Cup and Senegal the Africa Cup of Nations.', 'en'), ['Davis Cup', 'Africa Cup of Nations']);
	assert.deepEqual(names('She won the US Open, then the BNP Paribas Open.', 'en'), ['US Open', 'BNP Paribas Open']);
	assert.deepEqual(names('He raced in the Monaco Grand Prix and rode the Tour de France.', 'en'), ['Monaco Grand Prix', 'Tour de France']);
	assert.deepEqual(names('The Olympics begin; the Paris Olympics and the Commonwealth Games.', 'en'), ['Olympics', 'Olympics', 'Commonwealth Games']);
	// a sentence's opening word is not part of the name; nothing is left of «The Cup»
	assert.deepEqual(names('The Davis Cup final. The Cup was lifted.', 'en'), ['Davis Cup']);
	// a possessor or a team before the name is not part of it; an organiser is
	assert.deepEqual(names("Spain's Davis Cup team; the America's Cup; France World Cup winner; the Women's World Cup", 'en'), ['Davis Cup', "America's Cup", 'World Cup', "Women's World Cup"]);
	// «Open» before another capitalised word, or not after «the», names something else
	assert.deepEqual(names('He studied at the Open University. Stores Open Again.', 'en'), []);
});

test('English competitions: a masters after «the», Italy\'s divisions', () => {
	assert.deepEqual(names('The Paris Masters start on Monday; she lost in the Cincinnati Masters.', 'en'), ['Paris Masters', 'Cincinnati Masters']);
	assert.deepEqual(names('Napoli won Serie A and Parma left Serie B.', 'en'), ['Serie A', 'Serie B']);
	// a surname, a possessive, a division of another letter: none
	assert.deepEqual(names("Jane Masters said so. Steve Masters' team. The Serie D side and Serie Ana.", 'en'), []);
});

test('French competitions: the cups, the Games, an open, a grand prix, «le Mondial» (the tours are left to the model)', () => {
	assert.deepEqual(names("la Coupe d'Afrique des nations, la Coupe Davis et la Coupe du monde de football", 'fr'), ["Coupe d'Afrique des nations", 'Coupe Davis', 'Coupe du monde de football']);
	assert.deepEqual(names("la Coupe de la Ligue, les Jeux olympiques d'été, l'Open d'Australie", 'fr'), ['Coupe de la Ligue', "Jeux olympiques d'été", "Open d'Australie"]);
	assert.deepEqual(names('le Grand Prix de Monaco, le Tour de France et le Mondial', 'fr'), ['Grand Prix de Monaco', 'Mondial']);
	// «coupe» as a common word
	assert.deepEqual(names('La Coupe est pleine. Une coupe de cheveux.', 'fr'), []);
	// Arabic is left to the model (ANERcorp tags the place inside «كأس أفريقيا»)
	assert.deepEqual(names('كأس أفريقيا', 'ar'), []);
});

test('a competition takes the place of the place or person read inside it; a date and a longer MISC win', () => {
	const text = "Le Maroc accueillera la Coupe d'Afrique des nations, puis la Coupe Davis.";
	const merged = mergeSportsEvents(text, [entity(text, 'Maroc', 'LOC'), entity(text, 'Afrique', 'LOC'), entity(text, 'Davis', 'LOC')], findSportsEvents(text, 'fr'));
	assert.deepEqual(merged.map((e) => [e.text, e.type]), [['Maroc', 'LOC'], ["Coupe d'Afrique des nations", 'MISC'], ['Coupe Davis', 'MISC']]);
	const english = 'Before the Paris Olympics, Olympic hopefuls met.';
	const kept = mergeSportsEvents(english, [entity(english, 'Paris Olympics', 'MISC'), entity(english, 'Olympic', 'LOC')], findSportsEvents(english, 'en'));
	assert.deepEqual(kept.map((e) => [e.text, e.type]), [['Paris Olympics', 'MISC'], ['Olympic', 'MISC']]);
	const dated = 'the World Cup';
	const withDate: DetectedEntity = { start: 4, end: 9, type: 'DATE', text: 'World', confidence: 0.9, source: 'date' };
	assert.deepEqual(mergeSportsEvents(dated, [withDate], findSportsEvents(dated, 'en')).map((e) => e.text), ['World']);
	// read as an organisation, the adjective before what the Games give; not otherwise (the committee)
	const gold = 'She won Olympic gold. The Olympic 100 metres champion ran. Olympic said so.';
	const nth = (k: number): DetectedEntity => {
		const start = [...gold.matchAll(/Olympic/gu)][k].index;
		return { start, end: start + 'Olympic'.length, type: 'ORG', text: 'Olympic', confidence: 0.8, source: 'model' };
	};
	const golds = mergeSportsEvents(gold, [nth(0), nth(1), nth(2)], []);
	assert.deepEqual(golds.map((e) => [e.text, e.type]), [['Olympic', 'MISC'], ['Olympic', 'MISC'], ['Olympic', 'ORG']]);
});

test('English: award ceremonies are MISC, and the academy read before «Awards» gives way', () => {
	const found = findSportsEvents('Nolan won at the 96th Academy Awards and the Golden Globes.', 'en');
	assert.deepEqual(found.map((e) => [e.text, e.type]), [['Academy Awards', 'MISC'], ['Golden Globes', 'MISC']]);
});

test('French: the European and African club competitions are MISC, not the League of Nations', () => {
	const found = findSportsEvents('Le Real a gagné la Ligue des champions, puis la Ligue des champions de la CAF. La Ligue des nations a siégé.', 'fr');
	assert.deepEqual(found.map((e) => e.text), ['Ligue des champions', 'Ligue des champions de la CAF']);
});

test('English: city marathons are MISC, not a company named «Marathon» before another capital', () => {
	const found = findSportsEvents('She won the Chicago Marathon and ran the London Marathon. The Marathon Oil company fell. The Marathon was hot.', 'en');
	assert.deepEqual(found.map((e) => [e.text, e.type]), [['Chicago Marathon', 'MISC'], ['London Marathon', 'MISC']]);
});
