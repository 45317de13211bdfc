import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findArabicInstitutions, findDescribedOrganisations, findExampleCompanies, ruleEntities } from '../../src/core/detect/rules';
import { findBornPersons, findFrenchRankedNames, findFrenchTitledNames, findTitledNames } from '../../src/core/detect/titledNames';
import { tokenize } from '../../src/core/detect/tokenize';
import type { TokenView } from '../../src/core/detect/tokenize';
import type { DetectedEntity, LanguageCode } from '../../src/core/types';

/** The tokens of `text` as the detector hands them to its rules. */
function tokenView(text: string): TokenView {
	const toks = tokenize(text);
	return { text, starts: toks.map((t) => t.start), ends: toks.map((t) => t.end), lineStarts: toks.map((t) => (t.lineStart ? 1 : 0)), n: toks.length, words: toks.map((t) => t.text) };
}

/** The texts of the persons a finder returns, each checked against the text it claims. */
function persons(text: string, find: (tokens: TokenView) => DetectedEntity[]): string[] {
	return find(tokenView(text)).map((e) => {
		assert.equal(text.slice(e.start, e.end), e.text);
		assert.equal(e.type, 'PER');
		return e.text;
	});
}

function rules(text: string, lang: LanguageCode): string[] {
	const out: DetectedEntity[] = [];
	ruleEntities(tokenView(text), lang, out);
	for (const e of out) assert.equal(text.slice(e.start, e.end), e.text);
	return out.map((e) => `${e.type}:${e.text}`);
}

test('French institutions: capitalised head + adjectives and de-complements', () => {
	assert.deepEqual(rules('Le président du Conseil de la nation a reçu une délégation.', 'fr'), ['ORG:Conseil de la nation']);
	assert.deepEqual(rules('La réunion du Comité mixte de coopération militaro-technique s’est tenue à Oran.', 'fr'), ['ORG:Comité mixte de coopération militaro-technique']);
	assert.deepEqual(rules('Une délégation de l’Assemblée populaire nationale est attendue.', 'fr'), ['ORG:Assemblée populaire nationale']);
	assert.deepEqual(rules('L’usine a été réalisée par la Société algérienne de l’énergie à Oran.', 'fr'), ['ORG:Société algérienne de l’énergie']);
	assert.deepEqual(rules('Le Niger a quitté la Communauté économique des États de l’Afrique de l’Ouest.', 'fr'), ['ORG:Communauté économique des États de l’Afrique de l’Ouest']);
	// «Communauté» inside another institution's name does not cut it (seed 001)
	assert.deepEqual(rules('Il a rencontré le ministère des Affaires étrangères et de la Communauté nationale à l’étranger.', 'fr'), ['ORG:ministère des Affaires étrangères et de la Communauté nationale']);
	assert.deepEqual(rules('Un communiqué du ministère des Affaires étrangères est paru.', 'fr'), ['ORG:ministère des Affaires étrangères']);
	// a capital without its accent, as old and Swiss typography writes it
	assert.deepEqual(rules("Il dirige l'Ecole professionnelle de jeunes filles depuis dix ans.", 'fr'), ['ORG:Ecole professionnelle de jeunes filles']);
	// a second noun of the complement joined by «et», ending the name; not a clause that goes on
	assert.deepEqual(rules("Elle entre à l'Ecole des arts et métiers (EAM) cette année.", 'fr'), ['ORG:Ecole des arts et métiers']);
	assert.ok(!rules("Lancée par l'Association des petits et moyens paysans, la pétition circule.", 'fr').some((e) => e.endsWith('et moyens')));
	// a participle that opens its own complement right after the head is no part of the name
	assert.ok(!rules('La session du Grand Conseil convoquée pour vendredi est annulée.', 'fr').some((e) => e.includes('convoquée')));
	assert.deepEqual(rules('Le Comité international olympique réuni à Lausanne a décidé.', 'fr'), ['ORG:Comité international olympique']);
	// «générale» right after the head belongs to the name; «européen» is an adjective like the others
	assert.deepEqual(rules("Selon l'Union générale tunisienne du travail (UGTT), la décision est unilatérale.", 'fr'), ['ORG:Union générale tunisienne du travail']);
	assert.deepEqual(rules("Une enquête de l'Office européen de lutte antifraude a commencé.", 'fr'), ['ORG:Office européen de lutte antifraude']);
	// «pour la / les / l'» + noun is a purpose of the institution, not «pour la première fois»
	assert.deepEqual(rules("Selon l'Organisation internationale pour les migrations (OIM), ils fuient.", 'fr'), ['ORG:Organisation internationale pour les migrations']);
	assert.deepEqual(rules("Le Fonds des Nations unies pour l'enfance a alerté.", 'fr'), ["ORG:Fonds des Nations unies pour l'enfance"]);
	assert.deepEqual(rules('La Commission européenne pour la première fois a agi.', 'fr'), ['ORG:Commission européenne']);
});

test('French institutions: a nested institution is its own name; a nationality after a complement is left out', () => {
	assert.deepEqual(rules('Le vice-président du Comité de défense du Conseil de la Fédération de Russie est arrivé.', 'fr'), [
		'ORG:Comité de défense',
		'ORG:Conseil de la Fédération de Russie',
	]);
	assert.deepEqual(rules('Selon un communiqué du Conseil de la nation algérien, la visite continue.', 'fr'), ['ORG:Conseil de la nation']);
	// a head with no complement of its own takes the nested institution whole, with its adjective
	assert.deepEqual(rules("Le président de la Commission de l'Union africaine est arrivé.", 'fr'), ["ORG:Commission de l'Union africaine"]);
	// not a lower-case head («le secrétariat de la Société des nations» is the League's)
	assert.deepEqual(rules('Une note du secrétariat de la Société des nations est parvenue.', 'fr'), ['ORG:Société des nations']);
});

test('French institutions: no name without a complement, none at a sentence start, none in lower case', () => {
	assert.deepEqual(rules('Le Conseil a tenu sa session.', 'fr'), []);
	assert.deepEqual(rules('Commission de la culture : la séance est levée.', 'fr'), []);
	assert.deepEqual(rules('Le conseil de la ville a voté.', 'fr'), []);
});

test('French events: an event head with adjectives and complements is MISC', () => {
	assert.deepEqual(rules("Il a inauguré la 15e édition du Salon international de l'agriculture à Oran.", 'fr'), ["MISC:Salon international de l'agriculture"]);
	assert.deepEqual(rules('Le Festival de Cannes a annoncé son jury.', 'fr'), ['MISC:Festival de Cannes']);
	assert.deepEqual(rules("La Fédération internationale des ligues des droits de l'homme a dénoncé des retards.", 'fr'), ["ORG:Fédération internationale des ligues des droits de l'homme"]);
	assert.deepEqual(rules('Selon un communiqué de la Présidence de la République, la visite continue.', 'fr'), ['ORG:Présidence de la République']);
	// a minister's title names an office, not an institution; the ministry is one
	assert.deepEqual(rules("Il a reçu le ministre des Affaires étrangères, de la Communauté nationale à l'étranger et des Affaires africaines, Ahmed Attaf.", 'fr'), []);
	assert.deepEqual(rules("Le ministère des Affaires étrangères et de la Communauté nationale à l'étranger a répondu.", 'fr'), ['ORG:ministère des Affaires étrangères et de la Communauté nationale']);
	assert.deepEqual(rules('Salon de Provence est une ville.', 'fr'), []);
});

test('English institutions: head + of + capitalised words', () => {
	assert.deepEqual(rules('He met officials of the Ministry of Foreign Affairs in Cairo.', 'en'), ['ORG:Ministry of Foreign Affairs']);
	assert.deepEqual(rules('The Council of the European Union met on Monday.', 'en'), ['ORG:Council of the European Union']);
	assert.deepEqual(rules('the council of elders met', 'en'), []);
	assert.deepEqual(rules('The Alliance of Small Island States walked out of one session.', 'en'), ['ORG:Alliance of Small Island States']);
	assert.deepEqual(rules('Protesters gathered outside the Assembly of the Representatives of the People on Tuesday.', 'en'), ['ORG:Assembly of the Representatives of the People']);
});

test('English institutions: a ministry\'s complement lists its fields with commas and «and»', () => {
	assert.deepEqual(rules("South Korea's Ministry of Trade, Industry and Energy said so.", 'en'), ['ORG:Ministry of Trade, Industry and Energy']);
	assert.deepEqual(rules('The Ministry of Land, Infrastructure, Transport, and Tourism will review it.', 'en'), ['ORG:Ministry of Land, Infrastructure, Transport, and Tourism']);
	// a chamber of commerce's fields
	assert.deepEqual(rules('The Chamber of Commerce, Industry and Services campaigned against it.', 'en'), ['ORG:Chamber of Commerce, Industry and Services']);
	// names after the comma are other institutions; a list with no «and» is no name's
	assert.deepEqual(rules('The Ministry of Defence, Reuters and Bloomberg reported it.', 'en'), ['ORG:Ministry of Defence']);
	assert.deepEqual(rules('The Ministry of Health, Labour officials said.', 'en'), ['ORG:Ministry of Health']);
});

test('English: the capitalised words right before an organisation head are its name', () => {
	assert.deepEqual(rules('The army fought the paramilitary Rapid Support Forces near Khartoum.', 'en'), ['ORG:Rapid Support Forces']);
	assert.deepEqual(rules('The Reserve Bank kept its rate; the Kenya Defence Forces said so.', 'en'), ['ORG:Reserve Bank', 'ORG:Kenya Defence Forces']);
	assert.deepEqual(rules('Taiwan Semiconductor Manufacturing Co and Reliance Industries rose.', 'en'), ['ORG:Taiwan Semiconductor Manufacturing Co', 'ORG:Reliance Industries']);
	assert.deepEqual(rules('Shares of Airbus Industrie, MCI Communications and SM Entertainment rose.', 'en'), ['ORG:Airbus Industrie', 'ORG:MCI Communications', 'ORG:SM Entertainment']);
	// European legal forms, as written: «Ag» could be a surname
	assert.deepEqual(rules('The chemicals group Hoechst AG and Fiat SpA gained; Anna Ag spoke.', 'en'), ['ORG:Hoechst AG', 'ORG:Fiat SpA']);
	assert.deepEqual(rules('The Tunisian General Labour Union called a strike.', 'en'), ['ORG:Tunisian General Labour Union']);
	// not a sentence-opening word, a title, nor a head alone
	assert.deepEqual(rules('The Police said. President Army spoke. He joined the Army. Co. Tyrone voted.', 'en'), []);
	// a title after the name of an institution ends it
	assert.deepEqual(rules('The yen rose after Bank of Japan Deputy Governor Ryozo Himino spoke.', 'en'), ['ORG:Bank of Japan']);
	// «for» and «on» complements, not a day
	assert.deepEqual(rules('The Institute for the Study of War and the Council on Foreign Relations agreed.', 'en'), ['ORG:Institute for the Study of War', 'ORG:Council on Foreign Relations']);
	assert.deepEqual(rules('The Council on Monday voted.', 'en'), []);
	// a head that ends a name takes «for» and «on» complements, not «of», nor a day or a lower-case word
	assert.deepEqual(rules('The Movement for Democratic Change and the Coordinating Group on Vaccine Provision met.', 'en'), ['ORG:Movement for Democratic Change', 'ORG:Coordinating Group on Vaccine Provision']);
	assert.deepEqual(rules('The Rapid Support Forces on Monday and the Kenya Defence Forces for the first time left.', 'en'), ['ORG:Rapid Support Forces', 'ORG:Kenya Defence Forces']);
	// a hyphenated word inside the complement, not at its end
	assert.deepEqual(rules('Officers of the Corruption Investigation Office for High-ranking Officials came.', 'en'), ['ORG:Corruption Investigation Office for High-ranking Officials']);
	assert.deepEqual(rules('The Ministry of Health-related cases rose.', 'en'), ['ORG:Ministry of Health']);
	// a hyphenated word before «and» inside the complement
	assert.deepEqual(rules('The Organisation for Economic Co-operation and Development cut its forecast.', 'en'), ['ORG:Organisation for Economic Co-operation and Development']);
	// two parts joined by «and» after «the»; not an acronym, nor a part that is a head itself
	assert.deepEqual(rules('The Food and Drug Administration and the National Oceanic and Atmospheric Administration agreed.', 'en'), ['ORG:Food and Drug Administration', 'ORG:National Oceanic and Atmospheric Administration']);
	assert.deepEqual(rules('Talks between the US and European Union and the Senate and House Intelligence Committee.', 'en'), ['ORG:European Union', 'ORG:House Intelligence Committee']);
	// a first part of up to four words
	assert.deepEqual(rules('The National Disaster Risk Reduction and Management Authority said so.', 'en'), ['ORG:National Disaster Risk Reduction and Management Authority']);
	// «Administration» after a single name is a government, named after its leader
	assert.deepEqual(rules('The Biden Administration and the Federal Aviation Administration.', 'en'), ['ORG:Federal Aviation Administration']);
	// a country's initials between «the» and the agency name whose it is
	assert.deepEqual(rules('Meanwhile, the U.S. Energy Information Administration and the UK Statistics Authority said so.', 'en'), ['ORG:Energy Information Administration', 'ORG:UK Statistics Authority']);
	assert.deepEqual(rules('Customer Service was rude, the National Weather Service said.', 'en'), ['ORG:National Weather Service']);
	// a museum, a theatre, a hospital (ORG in the English training files); a capitalised word glued by a hyphen
	assert.deepEqual(rules('They met at the Museum of Modern Art; the Inter-American Development Bank paid.', 'en'), ['ORG:Museum of Modern Art', 'ORG:Inter-American Development Bank']);
	// a building without a complement is left to the model («the British Museum» is a place in the training files)
	assert.deepEqual(rules('They visited the British Museum.', 'en'), []);
	// «Service» and «Administration» names follow «the», in no shouting capitals
	assert.deepEqual(rules('Installed Biometrics and Got Excellent Service. GREAT Store GREAT Service.', 'en'), []);
});

test('French: the name after a title, directly or after the title\'s complement and a comma', () => {
	const names = (text: string): string[] => {
		const tokens = tokenView(text);
		return findFrenchTitledNames(tokens).map((e) => {
			assert.equal(text.slice(e.start, e.end), e.text);
			return e.text;
		});
	};
	assert.deepEqual(names('La présidente de la Commission européenne, Ursula von der Leyen, a présenté un plan.'), ['Ursula von der Leyen']);
	assert.deepEqual(names('Il a reçu le ministre Ahmed Attaf et l’entraîneur Khaled Ben Yahia.'), ['Ahmed Attaf', 'Khaled Ben Yahia']);
	// one word, a determiner, or a place after the comma: no name
	assert.deepEqual(names('Le président de la Commission, Bruxelles a réagi. Le capitaine Dupont Il part. Le ministre Le Belge arrive.'), []);
});

test('French: after a rank used as a noun, a name with its particle, the particle kept', () => {
	const ranked = (text: string, isPlace?: (name: string) => boolean): string[] =>
		findFrenchRankedNames(tokenView(text), isPlace).map((e) => {
			assert.equal(text.slice(e.start, e.end), e.text);
			assert.equal(e.type, 'PER');
			return e.text;
		});
	assert.deepEqual(ranked('Le général de Gaulle et le maréchal de Mac-Mahon ont parlé au comte de La Rochefoucauld.'), ['de Gaulle', 'de Mac-Mahon', 'de La Rochefoucauld']);
	// a rank that is an adjective, or before a place the caller knows: none
	assert.deepEqual(ranked('Le directeur général de Sonatrach a parlé; un embrasement général du Champ de Mars.'), []);
	assert.deepEqual(ranked('Il fut fait le maréchal de France en 1804.', (name) => name === 'France'), []);
});

test('a company, party or outlet named right after the noun that says what it is', () => {
	const names = (text: string, language: LanguageCode = 'en'): string[] => {
		const tokens = tokenView(text);
		return findDescribedOrganisations(tokens, language).map((e) => `${e.type}:${e.text}`);
	};
	assert.deepEqual(names('Alphabet agreed to buy cybersecurity startup Wiz for $32 billion; the carmaker Stellantis said so.'), ['ORG:Wiz', 'ORG:Stellantis']);
	// a day, a title, a run that goes on into another capitalised word: nothing
	assert.deepEqual(names('The company Monday said. The firm Chairman spoke. The startup Open AI Lab Tools Inc grew.'), []);
	// French, where «Le» can begin the name; a group of a competition is none
	assert.deepEqual(names('Le dirigeant du parti Pastef a lu le quotidien Le Monde. Le groupe A est relevé.', 'fr'), ['ORG:Pastef', 'ORG:Le Monde']);
	// «compagnie» too, an adjective between («la compagnie italienne ENI», an acronym the model read as a person)
	assert.deepEqual(names('Il a reçu la compagnie italienne ENI conduite par son directeur.', 'fr'), ['ORG:ENI']);
});

test('English: the names listed as examples after a plural noun of companies or other organisations', () => {
	const names = (text: string): string[] => findExampleCompanies(tokenView(text)).map((e) => `${e.type}:${e.text}`);
	assert.deepEqual(names('Tech firms such as Spotify, Tesla, Uber and Snapchat will attend.'), ['ORG:Spotify', 'ORG:Tesla', 'ORG:Uber', 'ORG:Snapchat']);
	assert.deepEqual(names('Banks like HSBC, Standard Chartered, or Bank of America cut rates.'), ['ORG:HSBC', 'ORG:Standard Chartered', 'ORG:Bank of America']);
	// other organisations' plural nouns
	assert.deepEqual(names('The plant will supply customers such as Pfizer and Merck; groups including Hamas and Hezbollah met.'), ['ORG:Pfizer', 'ORG:Merck', 'ORG:Hamas', 'ORG:Hezbollah']);
	// the list ends at a lower-case word or a day; a run of five capitalised words is no example
	assert.deepEqual(names('Companies including Meta and Google on Monday and Apple said.'), ['ORG:Meta', 'ORG:Google']);
	assert.deepEqual(names('Carmakers including General Motors Will Say More Today.'), []);
	assert.deepEqual(names('Countries such as France and Germany agreed.'), []);
	// a possessor, or a country by the given test, ends the list
	assert.deepEqual(names("Carmakers like Germany's Volkswagen and Toyota cut output."), []);
	assert.deepEqual(findExampleCompanies(tokenView('Firms such as Tesla, France and Uber bid.'), (name) => name === 'France').map((e) => e.text), ['Tesla']);
});

test('No rules for Arabic', () => {
	assert.deepEqual(rules('اجتمع مجلس الأمة أمس.', 'ar'), []);
});

test('Arabic institutions: a head, an adjective and a «لل» complement, without a proclitic before the head', () => {
	const names = (text: string): string[] => findArabicInstitutions(tokenView(text)).map((e) => {
		assert.equal(text.slice(e.start, e.end), e.text);
		return `${e.type}:${e.text}`;
	});
	assert.deepEqual(names('أعلنت الشركة الوطنية للنقل بالسكك الحديدية عن خط جديد.'), ['ORG:الشركة الوطنية للنقل بالسكك الحديدية']);
	assert.deepEqual(names('وقالت والوكالة الدولية للطاقة الذرية إن المفتشين وصلوا.'), ['ORG:الوكالة الدولية للطاقة الذرية']);
	assert.deepEqual(names('أعلنت الهيئة العليا المستقلة للانتخابات عن فتح باب الترشح.'), ['ORG:الهيئة العليا المستقلة للانتخابات']);
	// no adjective, or no «لل» complement: no name
	assert.deepEqual(names('اجتمعت اللجنة للنظر في الملف، والجمعية الوطنية قررت.'), []);
	// a word of time is no complement; the complement does not go on after «و»
	assert.deepEqual(names('وقدم الاتحاد الأوروبي للفترة المقبلة دعما، ورحب الاتحاد الدولي للشرطة والعقيد خالد.'), ['ORG:الاتحاد الدولي للشرطة']);
});

test('English: the capitalised words after a title, up to a lower-case word or punctuation, are a name', () => {
	const names = (text: string): string[] => persons(text, findTitledNames);
	assert.deepEqual(names('Governor Babagana Zulum visited a camp.'), ['Babagana Zulum']);
	assert.deepEqual(names('Foreign Minister Ahmed Attaf met Defense Secretary Lloyd Austin, officials said.'), ['Ahmed Attaf', 'Lloyd Austin']);
	assert.deepEqual(names("Secretary of State Antony Blinken's visit; Prime Minister Modi."), ['Antony Blinken', 'Modi']);
	assert.deepEqual(names('Chief Executive Laurent Freixe said demand was weak.'), ['Laurent Freixe']);
	// the Chinese surname He before a given name, not the pronoun
	assert.deepEqual(names('Vice Premier He Lifeng met them. When the President He said no.'), ['He Lifeng']);
	// a headline in title case, an institution, a month, or a place after «St»: no name
	assert.deepEqual(names('Governor Signs New Bill\nThe General Assembly voted.\nPresident January said\nSt Louis is a city.'), []);
	// occupations news writes in lower case; particles inside the name
	assert.deepEqual(names('Manchester City manager Pep Guardiola said; Shiite cleric Muqtada al-Sadr and the writer Günter de Bruyn met.'), ['Pep Guardiola', 'Muqtada al-Sadr', 'Günter de Bruyn']);
	// not after words that also come before a company, nor a verb read as a name
	assert.deepEqual(names('The oil producer Saudi Aramco said output rose. The writer Is convinced.'), []);
	// a title ending in «of the» names the body or place it heads, not a person
	assert.deepEqual(names('The president of the Community of Valencia opened the fair. The chairman of the Board resigned.'), []);
});

test('English: one to three capitalised words right before «was born» are a person', () => {
	const names = (text: string): string[] => persons(text, findBornPersons);
	assert.deepEqual(names('Cotton was born in a mill town. Later, Mary Ann Pike is born in the play.'), ['Cotton', 'Mary Ann Pike']);
	// a pronoun, an article, a longer capitalised run, or «were born»: no person
	assert.deepEqual(names('He was born in Leeds. The Cotton Bowl was born in 1937. Twins were born. Grand Old Party Man was born.'), []);
});
