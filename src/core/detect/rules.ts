/**
 * A few high-precision rules that complement the model where its training data (historical
 * French newspapers, English web text) is thin: institutions.
 *
 * French writes an institution's name with a capital on its first word only: «Conseil de la
 * nation», «Comité mixte de coopération militaro-technique», «ministère des Affaires étrangères».
 * A head noun of that kind (capitalised inside a sentence, or «ministère» in any case) followed by
 * adjectives and de-complements is an ORG. English: «Ministry of Defence», «Council of the
 * European Union». Token-level, bounded look-ahead: linear time.
 *
 * Rule entities are kept where the model found nothing; a rule span also replaces non-PER model
 * entities that it strictly contains («Fédération de Russie» inside «Conseil de la Fédération de
 * Russie»); see `index.ts`.
 */
import type { DetectedEntity, LanguageCode } from '../types';
import { normalizeArabic } from './arabic';
import type { TokenView } from './tokenize';
import { WordSet } from './wordSet';

/** Heads that make an institution name when capitalised inside a sentence. */
const FR_HEAD = new Set([
	'conseil', 'comité', 'commission', 'ministère', 'assemblée', 'parlement', 'agence', 'banque', 'cour', 'tribunal', 'office', 'organisation',
	'ligue', 'association', 'fondation', 'institut', 'université', 'académie', 'parti', 'sénat', 'conférence', 'chambre', 'direction',
	'secrétariat', 'délégation', 'gendarmerie', 'compagnie', 'union', 'mouvement', 'front', 'rassemblement', 'haut-commissariat',
	'observatoire', 'autorité', 'centre', 'caisse', 'fonds', 'programme', 'inspection', 'préfecture', 'mairie', 'école', 'conservatoire', 'musée', 'syndicat', 'société', 'communauté',
	'fédération', 'présidence',
	// capitals often go without their accent («l'Ecole des arts et métiers»)
	'ecole',
]);
/** Heads that start a name but do not end the one before them («ministère des Affaires étrangères et de la Communauté nationale à l'étranger», «Conseil de la Fédération de Russie»). */
const NOT_NESTED_HEADS = new Set(['communauté', 'fédération']);
/** Heads of an event's name («Salon international de l'agriculture», «Festival de Cannes»): MISC. */
const FR_EVENT_HEAD = new Set(['salon', 'festival', 'forum', 'sommet', 'congrès', 'foire', 'colloque', 'symposium', 'championnat', 'tournoi', 'biennale']);
/** Heads that make an institution even in lower case (French usage writes «ministère» in lower case). */
const FR_LOWER_HEAD = new Set(['ministère', 'ministere', 'secrétariat']);
const EN_HEAD = new WordSet([
	'ministry', 'department', 'council', 'committee', 'commission', 'assembly', 'parliament', 'agency', 'bank', 'court', 'office',
	'organization', 'organisation', 'league', 'association', 'foundation', 'institute', 'university', 'academy', 'party', 'senate', 'chamber',
	'federation', 'confederation', 'union', 'bureau', 'board', 'authority', 'secretariat', 'directorate', 'alliance',
]);
/**
 * Buildings that make a name only with an «of» complement («the Museum of Modern Art»): ORG far more
 * often than LOC in the English training files (Museum 48 / 12, Theatre 21 / 1, Hospital 22 / 7),
 * but «the British Museum» the model reads as a place is one there. «Center» and «Centre» with a
 * complement («the Center for Volcanology and …») are ORG in the three such names of those files.
 */
const EN_COMPLEMENT_HEADS = new WordSet(['museum', 'theatre', 'theater', 'hospital', 'center', 'centre']);
/** Heads that end an English organisation's name («Rapid Support Forces»; not before «of»). */
const EN_LAST_HEAD = new WordSet(['survey', 'observatory', 'laboratory', 'administration', 'service', 'forces', 'coalition', 'front', 'movement', 'army', 'navy', 'alliance', 'fund', 'network', 'society', 'corporation', 'airlines', 'airways', 'guard', 'police', 'brigades', 'group']);
/** Last words of a company's name («Reliance Industries», «Taiwan Semiconductor Manufacturing Co»). */
const EN_COMPANY_SUFFIX = new WordSet(['co', 'corp', 'inc', 'ltd', 'plc', 'llc', 'industries', 'holdings', 'motors', 'technologies', 'pharmaceuticals', 'devices', 'instruments', 'dynamics', 'electronics', 'aerospace', 'therapeutics', 'enterprises', 'industrie', 'communications', 'entertainment']);
/** Legal forms of European companies, as written («Hoechst AG», «Fiat SpA»; «Ag» may be a surname). */
const COMPANY_FORMS = new WordSet(['AG', 'GmbH', 'NV', 'SpA', 'SA', 'BV', 'ASA', 'Oyj']);
/** «the Council on Monday»: no complement of a name. */
export const DAYS_AND_MONTHS = new Set('Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(' '));
/** Last words that only a company's name ends with (not «Co», also County): a person's name never does. */
const EN_COMPANY_NAME_END = new Set([
	'corp', 'inc', 'ltd', 'plc', 'llc', 'industries', 'holdings', 'motors', 'technologies', 'pharmaceuticals', 'energy', 'airlines', 'airways', 'group', 'corporation', 'company', 'management', 'capital', 'partners', 'investments', 'ventures', 'international', 'water', 'electric', 'telecom', 'pharma', 'insurance',
	// «Liberty Global», «Warner Bros Discovery»…: words of a company's name that end no person's
	'global', 'systems', 'solutions', 'brands', 'foods', 'resources', 'logistics', 'semiconductor', 'securities', 'bancorp', 'communications', 'networks', 'software', 'labs', 'petroleum', 'chemicals',
	'electronics', 'devices', 'instruments', 'dynamics', 'aerospace', 'therapeutics', 'cement', 'enterprises', 'industrie', 'properties',
	// «Warner Bros», «Jonas Bros» (ORG every time in the English training files)
	'bros',
	// «Lagardere Groupe», «Rheinmetall Gruppe»
	'groupe', 'gruppe', 'gruppo',
]);

/** Heads that also end places' names («Soviet Union», «Western Front», «Oval Office», «Scenic Reserve»). */
const PLACE_HEADS_TOO = new Set(['union', 'front', 'office']);

/**
 * English: the last word of a name that makes it an organisation's («U.S. Geological Survey», «Nepal
 * Red Cross Society»). In the training files 345 names of 379 that end with one are ORG; most of
 * the 27 places end with «Union», «Front», «Office» or are «West Bank», left out here.
 */
export function isOrganisationNameEnd(previous: string, word: string): boolean {
	const w = word.toLowerCase();
	if (PLACE_HEADS_TOO.has(w) || (w === 'bank' && previous === 'West')) return false;
	return EN_HEAD.has(w) || EN_LAST_HEAD.has(w);
}

/** «Kosmos Energy», «Toyota Motors»: the last word of a name that makes it a company's (English). */
export function isCompanyNameEnd(word: string): boolean {
	return EN_COMPANY_NAME_END.has(word.toLowerCase()) || COMPANY_FORMS.has(word);
}
/** Titles that follow an institution's name («Bank of Japan Deputy Governor …»). */
const EN_TITLE_WORDS = new Set('Deputy Governor Chairman Chairwoman Chief Director President Vice Secretary Spokesman Spokeswoman Spokesperson Minister Head Commissioner'.split(' '));
/** Capitalised words that start sentences or clauses, or are titles: not part of a name before its head. */
const EN_NOT_NAME_WORDS = new Set(
	// «Former», «Ex», «Retired», «Then» open a description («Former Bank of England governor …»): O in all
	// 16 capitalised uses before a name in the English training files
	'The A An In On At For By With From To Of And But Or As After Before While When If This That These Those Its His Her Their Our Your My We They He She It I Mr Mrs Ms Dr President Minister Secretary Governor Chief Senator Former Ex Retired Then'.split(' '),
);
const FR_PREP = new Set(['de', 'des', 'du', 'd']);
/** After «pour la / les / l'», words that make no purpose of an institution («pour la première fois»). */
const NOT_PURPOSES = new Set(['première', 'premier', 'dernière', 'dernier', 'deuxième', 'seconde', 'troisième', 'fois', 'plupart', 'suite', 'occasion', 'semaine', 'année', 'journée']);

/**
 * The head noun of an institution's name («Office», «Council»): alone it names no person. Not
 * «Court», also a surname.
 */
export function isInstitutionHead(word: string, language: LanguageCode): boolean {
	const w = word.toLowerCase();
	if (language === 'fr') return FR_HEAD.has(w);
	return language === 'en' && EN_HEAD.has(w) && w !== 'court';
}
/** Words that never continue a name (verbs, pronouns, determiners outside «de la»). */
const FR_STOP = new Set([
	'a', 'ont', 'est', 'sont', 'sera', 'était', 'qui', 'que', 'dont', 'où', 'le', 'les', 'un', 'une', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette',
	'se', 'pour', 'par', 'avec', 'sur', 'dans', 'en', 'à', 'au', 'aux', 'ou', 'mais', 'comme', 'selon', 'lors', 'entre', 'vers', 'chez', 'sous',
	'général', 'générale', 'président', 'présidente', 'ministre', 'secrétaire', 'membre', 'membres', 'chef', 'vice', 'directeur', 'directrice',
	// verbs a body's name is the subject of, which end like adjectives («le Front populaire réclame»)
	'réclame', 'réclament', 'demande', 'demandent', 'appelle', 'appellent', 'annonce', 'annoncent', 'dénonce', 'dénoncent', 'estime', 'estiment', 'affirme', 'affirment',
	'exige', 'exigent', 'condamne', 'condamnent', 'rejette', 'rejettent', 'accuse', 'accusent', 'propose', 'proposent', 'salue', 'saluent', 'publie', 'publient',
	'menace', 'menacent', 'confirme', 'confirment', 'déclare', 'déclarent', 'souligne', 'soulignent', 'regrette', 'regrettent', 'refuse', 'refusent', 'juge', 'jugent',
	'assure', 'assurent', 'revendique', 'revendiquent', 'organise', 'organisent', 'lance', 'lancent', 'signe', 'signent', 'présente', 'présentent', 'compte', 'comptent',
]);
const ADJ_END = ['e', 'es', 'éen', 'éens', 'ale', 'aux', 'ales', 'ère', 'ères', 'ien', 'ienne', 'ais', 'aise', 'ique', 'iques', 'nel', 'nelle', 'al', 'ier', 'ière', 'ières', 'ieur', 'ieure', 'é', 'ée', 'és', 'ées', 'if', 'ive', 'ifs', 'ives'];
/** Past participles («consacrée», «chargés», «réunis»). */
const PARTICIPLE_END = /(?:é|ée|és|ées|i|ie|is|ies)$/u;
/** Words that open a participle's complement («consacrée au budget», «réuni à Alger», «présidé par»). */
const PARTICIPLE_COMPLEMENTS = new Set(['à', 'au', 'aux', 'par', 'en', 'dans', 'sur', 'avec', 'lors', 'sous']);
/** Nationality adjectives: after a de-complement they describe the head, not the name («Conseil de la nation algérien»). */
const NATIONALITY_END = ['ien', 'ienne', 'iens', 'iennes', 'ais', 'aise', 'ois', 'oise', 'ain', 'aine', 'russe', 'russes', 'belge', 'suisse', 'turc', 'turque', 'arabe', 'arabes'];

// State of the current ruleEntities call (module-level: the helpers are plain functions)
let RS: ArrayLike<number> = [];
let RE: ArrayLike<number> = [];
let RL: ArrayLike<number> = [];
let RN = 0;
let RW: readonly string[] = [];

function word(i: number): string {
	return i < RN ? RW[i] : '';
}
function same(i: number): boolean {
	return i < RN && !RL[i];
}
function glued(i: number): boolean {
	return i < RN && RS[i] === RE[i - 1];
}

function isCap(w: string): boolean {
	const c = w.charAt(0);
	return c !== c.toLowerCase();
}

/** A capitalised word of letters that can begin an English organisation's name. */
function isNameWordBefore(w: string): boolean {
	return /^\p{Lu}[\p{L}\p{M}]*$/u.test(w) && !EN_NOT_NAME_WORDS.has(w);
}

/** A word between two capitalised parts of one name («Economic Co-operation and Development»). */
function isConnector(w: string): boolean {
	return w === 'and' || w === '&' || w === 'of';
}

/** A part of a name before «and» («Food», «National Oceanic»): capitalised, no acronym, no head of its own. */
function isLeftNamePart(w: string): boolean {
	if (!isNameWordBefore(w) || (w.length > 1 && w === w.toUpperCase())) return false;
	const lower = w.toLowerCase();
	return !EN_HEAD.has(lower) && !EN_LAST_HEAD.has(lower);
}

/** The capitalised words from token i on (up to four, on one line) end with an institution's head: another name. */
function startsAnotherName(i: number): boolean {
	for (let k = i; k < i + 4 && k < RN && (k === i || !RL[k]) && isCap(word(k)); k++) {
		const lower = word(k).toLowerCase();
		if (EN_HEAD.has(lower) || EN_LAST_HEAD.has(lower) || EN_COMPLEMENT_HEADS.has(lower)) return true;
	}
	return false;
}

/** Capitals only, three letters or more, and no field's acronym («CSIRO», not «ICT»). */
function isOtherBodysAcronym(w: string): boolean {
	return w.length >= 3 && /^\p{Lu}+$/u.test(w) && !FIELD_ACRONYMS.has(w);
}
/** Acronyms of fields a ministry's or a department's name may end with («Ministry of Science and ICT»). */
const FIELD_ACRONYMS = new Set(['ICT', 'ICTS', 'STEM', 'HIV', 'AIDS']);

/** The capitalised words b..i follow «the» on their line, none in capitals only. */
function isAgencyOpening(b: number, i: number): boolean {
	if (b === 0 || RL[b]) return false;
	if (!followsThe(b)) return false;
	for (let k = b; k <= i; k++) if (word(k).length > 1 && word(k) === word(k).toUpperCase()) return false;
	return true;
}

/**
 * Token b follows «the» on its line, or «the» and a country's initials («the U.S. Food and Drug
 * Administration», «the UK Statistics Authority»), which name whose agency it is.
 */
function followsThe(b: number): boolean {
	let k = b - 1;
	if (k > 0 && (word(k) === 'US' || word(k) === 'UK' || word(k) === 'EU') && !RL[k]) k--;
	else if (k > 3 && word(k) === '.' && /^[SK]$/u.test(word(k - 1)) && word(k - 2) === '.' && word(k - 3) === 'U' && glued(k) && glued(k - 1) && glued(k - 2) && !RL[k - 3]) k -= 4;
	return k >= 0 && (word(k) === 'the' || word(k) === 'The') && (k === b - 1 || !RL[k + 1]);
}

function isLowerWord(w: string): boolean {
	return w.length > 0 && /^\p{Ll}[\p{Ll}\p{M}]*$/u.test(w);
}

function isLowerAdjective(w: string): boolean {
	if (w.length < 4 || w.length > 20 || !isLowerWord(w) || FR_STOP.has(w)) return false;
	return ADJ_END.some((e) => w.endsWith(e));
}

function isNationality(w: string): boolean {
	return NATIONALITY_END.some((e) => w === e || (e.length > 3 ? w.endsWith(e) : false)) || /(?:ien|ienne|ais|aise|ois|oise)s?$/.test(w);
}

/**
 * Rule entities over the tokens of word and punctuation. Appends to `out`. `isPersonNoun`: a
 * capitalised common noun of persons («Rival»), which opening a sentence is no part of a company's
 * name after it.
 */
export function ruleEntities(tokens: TokenView, language: LanguageCode, out: DetectedEntity[], isPlace: (word: string) => boolean = () => false, isPersonNoun: (word: string) => boolean = () => false): void {
	if (language === 'ar') return;
	const { text, starts, ends, lineStarts, n, words } = tokens;
	RS = starts;
	RE = ends;
	RL = lineStarts;
	RN = n;
	RW = words;
	for (let i = 0; i < n; i++) {
		const len = ends[i] - starts[i];
		if (len < 2 || len > 17 || (len < 4 && language !== 'en')) continue;
		const c = text.charCodeAt(starts[i]);
		const upper = c >= 65 && c <= 90 ? true : c >= 97 && c <= 122 ? false : c > 127 ? isCap(text[starts[i]]) : false;
		if (c < 65 || (c > 90 && c < 97) || (c > 122 && c < 0xc0)) continue;
		if (!upper && (language !== 'fr' || (c !== 109 && c !== 115))) continue; // lower case: only ministère, secrétariat
		const raw = word(i);
		const w = raw.toLowerCase();
		if (language === 'fr') {
			const event = FR_EVENT_HEAD.has(w) && upper && !lineStarts[i] && i > 0 && !isSentenceEnd(word(i - 1));
			if (!event && !(FR_HEAD.has(w) && upper && !lineStarts[i] && i > 0 && !isSentenceEnd(word(i - 1))) && !FR_LOWER_HEAD.has(w)) continue;
			if (!FR_LOWER_HEAD.has(w) && inMinisterTitle(i)) continue;
			const e = frenchName(i);
			if (e > i + 1) {
				out.push(mk(text, starts[i], ends[e - 1], event ? 'MISC' : 'ORG'));
				i = e - 1;
			}
		} else if (language === 'en' && upper && (EN_HEAD.has(w) || EN_LAST_HEAD.has(w) || EN_COMPANY_SUFFIX.has(w) || COMPANY_FORMS.has(raw) || EN_COMPLEMENT_HEADS.has(w))) {
			const complementOnly = EN_COMPLEMENT_HEADS.has(w);
			// «the Consumer Electronics Show»: a company's last word inside a longer name
			if (EN_COMPANY_SUFFIX.has(w) && same(i + 1) && isCap(word(i + 1))) continue;
			// «Rapid Support Forces», «Free Speech Coalition», «the Reserve Bank»: the capitalised
			// words right before the head
			let b = i;
			while (!complementOnly && b > i - 3 && b > 0 && !lineStarts[b] && isNameWordBefore(word(b - 1))) b--;
			// «Rival Samsung Electronics» opening a sentence: the person noun is no part of the company
			if (EN_COMPANY_SUFFIX.has(w) && b < i - 1 && (b === 0 || lineStarts[b] || isSentenceEnd(word(b - 1))) && isPersonNoun(word(b))) b++;
			// «the pro-Russian Party of Socialists»: a word glued to a lower-case prefix is an adjective
			if (b < i && b > 1 && word(b - 1) === '-' && glued(b - 1) && glued(b) && isLowerWord(word(b - 2))) b++;
			// «the Inter-American Development Bank»: a capitalised word glued by a hyphen
			if (b < i && b > 1 && word(b - 1) === '-' && glued(b - 1) && glued(b) && same(b) && same(b - 1) && isNameWordBefore(word(b - 2))) b -= 2;
			// «the Food and Drug Administration», «The Bill and Melinda Gates Foundation»: two parts
			// joined by «and» after «the» (not «the US and European Union», «the Senate and House …»)
			// A company's «and» joins one word on its right («the Deschutes Irrigation and Power Co»): «the
			// Nasdaq Composite and Taiwan Semiconductor Manufacturing Co» are two names
			if (b < i && b > 2 && word(b - 1) === 'and' && same(b) && same(b - 1) && (b === i - 1 || !EN_COMPANY_SUFFIX.has(w))) {
				let a = b - 1;
				// (up to four words: «the National Disaster Risk Reduction and Management Authority»)
				while (a > b - 5 && a > 1 && same(a) && isLeftNamePart(word(a - 1))) a--;
				// «the Culture, Media and Sport Committee»: more fields listed with commas before them,
				// and a place's or a people's word may open the list («the Philippine Atmospheric,
				// Geophysical and Astronomical Services Administration»)
				let c = a;
				while (c > 2 && word(c - 1) === ',' && same(c) && same(c - 1) && isPortfolio(c) && isPortfolio(c - 2)) c -= 2;
				if (c < a && !followsThe(c) && c > 1 && same(c) && isLeftNamePart(word(c - 1)) && followsThe(c - 1)) c--;
				if (c < a && followsThe(c)) a = c;
				// after «the» or a possessive («Britain's Competition and Markets Authority»)
				if (a < b - 1 && same(a) && (followsThe(a) || (word(a - 1) === 's' && /^['’]$/u.test(word(a - 2)) && glued(a - 1)))) b = a;
			}
			// «the Biden Administration» is a person's, «Customer Service», «Got Excellent Service» no
			// name; «the Federal Aviation Administration», «the National Weather Service» are agencies:
			// two capitalised words or more (no shouting capitals) after «the», or opening with a place
			// («a new Nigeria Revenue Service»)
			if ((w === 'administration' || w === 'service') && (i - b < 2 || !(isAgencyOpening(b, i) || isPlace(word(b))))) continue;
			let e = i + 1;
			let j = i + 1;
			// «Bank of England», «Institute for the Study of War», «Council on Foreign Relations»
			// «Movement for Democratic Change», «Popular Front for the Liberation of Palestine»: a head that
			// ends a name takes a complement with «for» or «on», not with «of»
			// … and with «to» and a capitalised verb and name («Committee to Protect Journalists»)
			const toComplement = word(j) === 'to' && same(j + 1) && isCap(word(j + 1)) && same(j + 2) && isCap(word(j + 2));
			const complementWord = word(j) === 'of' ? EN_HEAD.has(w) || complementOnly : (word(j) === 'for' || word(j) === 'on' || toComplement) && (EN_HEAD.has(w) || complementOnly || EN_LAST_HEAD.has(w));
			if (complementWord && same(j) && (word(j) === 'of' || (same(j + 1) && !DAYS_AND_MONTHS.has(word(j + 1) === 'the' ? word(j + 2) : word(j + 1))))) {
				j++;
				if (same(j) && word(j) === 'the') j++;
				if (same(j) && isCap(word(j))) {
					e = j + 1;
					for (let k = 0; k < 4 && same(e); k++) {
						// «Bank of Japan Deputy Governor Ryozo Himino»: a title ends the name
						if (EN_NOT_NAME_WORDS.has(word(e)) || EN_TITLE_WORDS.has(word(e))) break;
						if (isCap(word(e))) e++;
						// a hyphenated word inside the name («Office for High-ranking Officials»), not at its end
						else if (word(e) === '-' && glued(e) && same(e + 1) && glued(e + 1) && isLowerWord(word(e + 1)) && same(e + 2) && (isCap(word(e + 2)) || (isConnector(word(e + 2)) && same(e + 3) && isCap(word(e + 3))))) e += 2;
						// «Ministry of Trade and Industry», not «Institute of Technology and Stanford University»
						// nor «University of Oxford and AstraZeneca» (a place's name completes the complement)
						// nor «Bureau of Meteorology and CSIRO» (an acronym after «and» is another body's; not a field's
						// own: «Ministry of Science and ICT»)
						else if (isConnector(word(e)) && same(e + 1) && isCap(word(e + 1)) && !(word(e) === 'and' && (startsAnotherName(e + 1) || (e === j + 1 && isPlace(word(j))) || isOtherBodysAcronym(word(e + 1))))) e += 2;
						// «Assembly of the Representatives of the People»
						else if (word(e) === 'of' && word(e + 1) === 'the' && same(e + 2) && isCap(word(e + 2))) e += 3;
						// «Ministry of Land, Infrastructure, Transport and Tourism»
						else if (word(e) === ',' && isPortfolio(e - 1)) {
							const end = portfolioListEnd(e);
							if (end < 0) break;
							e = end;
						} else break;
					}
				}
			}
			if ((b === i && e === i + 1) || (complementOnly && e === i + 1)) continue;
			out.push(mk(text, starts[b], ends[e - 1]));
			i = e - 1;
		}
	}
	RW = [];
}

/** Fields a ministry's, a department's or a chamber's name lists («Ministry of Economy, Trade and Industry», «Chamber of Commerce, Industry and Services»). */
const EN_PORTFOLIOS = new Set(
	(
		'trade industry energy economy land infrastructure transport transportation tourism health labour labor welfare education culture sport sports science technology agriculture forestry fisheries environment justice finance planning housing youth women family communications information research innovation water mines mining resources petroleum development commerce investment employment works heritage arts food climate digital equality training skills services crafts navigation shipping' +
		// «the Bureau of Alcohol, Tobacco, Firearms and Explosives», «the Environment, Food and Rural Affairs
		// Committee», «the Philippine Atmospheric, Geophysical and Astronomical Services Administration»
		' media business alcohol tobacco firearms explosives rural affairs atmospheric geophysical astronomical oceanic'
	).split(' '),
);

function isPortfolio(i: number): boolean {
	return i >= 0 && i < RN && isCap(word(i)) && EN_PORTFOLIOS.has(word(i).toLowerCase());
}

/**
 * End (exclusive) of a list of fields opened by the comma at token i: «, Infrastructure, Transport
 * and Tourism» (a comma allowed before «and»); -1 where the words are not all fields or no «and»
 * closes the list («the Ministry of Defence, the Foreign Office and the Treasury»).
 */
function portfolioListEnd(i: number): number {
	let k = i;
	while (word(k) === ',' && same(k + 1) && isPortfolio(k + 1)) k += 2;
	if (word(k) === ',' && k > i) k++;
	return k > i && word(k) === 'and' && same(k + 1) && isPortfolio(k + 1) ? k + 2 : -1;
}

/** Lower-case words inside the office of a French minister's title («ministre délégué chargé de la …»). */
const MINISTER_TITLE_WORDS = new Set(['de', 'des', 'du', 'la', 'le', 'l', 'et', 'à', 'aux', 'chargé', 'chargée', 'délégué', 'déléguée', ',', "'", '’']);

/**
 * Token i is inside the office of a minister's title, not an institution's name: «le ministre des
 * Affaires étrangères, de la Communauté nationale à l'étranger et des Affaires africaines» (a
 * person's title; «le ministère des Affaires étrangères et de la Communauté nationale» is an
 * institution). Looks back over capitalised words, their lower-case adjectives and small words.
 */
function inMinisterTitle(i: number): boolean {
	for (let k = i - 1; k >= 0 && k >= i - 15; k--) {
		const t = word(k);
		if (t === 'ministre' || t === 'ministres') return true;
		if (RL[k + 1] || isSentenceEnd(t)) return false;
		if (isCap(t) || MINISTER_TITLE_WORDS.has(t)) continue;
		if (k > 0 && isLowerWord(t) && isCap(word(k - 1))) continue; // «Affaires étrangères»
		return false;
	}
	return false;
}

/** End (exclusive) of a French institution name whose head is token i (i + 1 when none). */
function frenchName(i: number): number {
	let e = i + 1;
	let complement = false;
	let last = i + 1; // end of the name so far
	let nestedHeadEnd = -1; // end of a nested institution's head taken into the name
	for (let guard = 0; guard < 12 && same(e); guard++) {
		const t = word(e);
		const lw = t.toLowerCase();
		// hyphenated word: militaro-technique
		if (t === '-' && glued(e) && same(e + 1) && glued(e + 1) && isLowerWord(word(e + 1))) {
			e += 2;
			last = e;
			continue;
		}
		// compound adjective: militaro-technique, algéro-russe
		if (isLowerWord(t) && !FR_STOP.has(lw) && same(e + 2) && word(e + 1) === '-' && glued(e + 1) && glued(e + 2) && isLowerWord(word(e + 2))) {
			if (complement && isNationality(word(e + 2))) break;
			e += 3;
			last = e;
			continue;
		}
		// «générale» right after the head is the name's («Union générale …», «Assemblée générale»);
		// later it is a function («… secrétaire général»)
		if (isLowerAdjective(t) || (e === i + 1 && (lw === 'général' || lw === 'générale'))) {
			// «Conseil de la nation algérien» (left out); «Commission de l'Union africaine» (the nested
			// institution's own adjective)
			if (complement && isNationality(t) && e !== nestedHeadEnd) break;
			// «le Conseil des ministres consacrée au budget»: a participle that opens its own complement
			// describes the meeting, not the name (not after a capitalised word: «Nations unies pour l'enfance»)
			if (complement && PARTICIPLE_END.test(t) && !isCap(word(e - 1)) && same(e + 1) && PARTICIPLE_COMPLEMENTS.has(word(e + 1).toLowerCase())) break;
			// … and so does one right after the head («le Grand Conseil convoquée pour vendredi»)
			if (e === i + 1 && PARTICIPLE_END.test(t) && lw !== 'général' && lw !== 'générale' && same(e + 1) && (PARTICIPLE_COMPLEMENTS.has(word(e + 1).toLowerCase()) || word(e + 1) === 'pour')) break;
			// … and one with its agent anywhere («la Commission européenne présidée par …»)
			if (PARTICIPLE_END.test(t) && same(e + 1) && word(e + 1) === 'par') break;
			e++;
			last = e;
			continue;
		}
		// «l'Ecole des arts et métiers»: a second lower-case noun joined by «et» to the complement's,
		// without an article, ending the name (punctuation or a capital after it; not «… bienfaisance
		// et avis 1 de ce dépôt», «des petits et moyens paysans»)
		if (complement && lw === 'et' && isLowerWord(word(e - 1)) && same(e + 1) && isLowerWord(word(e + 1)) && word(e + 1).length >= 4 && !FR_STOP.has(word(e + 1).toLowerCase()) && !isLowerAdjective(word(e + 1)) && (!same(e + 2) || (!isLowerWord(word(e + 2)) && !/^\d/u.test(word(e + 2))))) {
			e += 2;
			last = e;
			continue;
		}
		// de / du / des / de la / de l' / d' + noun; pour la / les / l' + noun («Organisation
		// internationale pour les migrations»)
		let j = e;
		if (lw === 'et' && same(j + 1) && FR_PREP.has(word(j + 1).toLowerCase())) j++; // «de défense et de sécurité»
		const pour = word(j) === 'pour';
		if (!FR_PREP.has(word(j).toLowerCase()) && !pour) break;
		j++;
		if (same(j) && (word(j) === 'la' || word(j) === 'l' || (pour && word(j) === 'les'))) j++;
		else if (pour) break;
		if (same(j) && /^['’]$/.test(word(j))) j++;
		if (!same(j)) break;
		const noun = word(j);
		const ln = noun.toLowerCase();
		if (pour && NOT_PURPOSES.has(ln)) break;
		// another institution starts here: stop before its preposition, unless the name would be its
		// capitalised head alone («la Commission de l'Union africaine», «le Conseil de l'Union
		// européenne»; not «le secrétariat de la Société des nations»)
		if (isCap(noun) && (FR_HEAD.has(ln) || FR_LOWER_HEAD.has(ln)) && !NOT_NESTED_HEADS.has(ln) && (last > i + 1 || !isCap(word(i)))) break;
		if (isCap(noun)) {
			// a capitalised complement: «de la Défense nationale», «de Russie»
			e = j + 1;
			if (FR_HEAD.has(ln)) nestedHeadEnd = e;
			while (same(e) && isCap(word(e)) && (!FR_HEAD.has(word(e).toLowerCase()) || NOT_NESTED_HEADS.has(word(e).toLowerCase()))) e++;
		} else if (isLowerWord(noun) && noun.length >= 3 && !FR_STOP.has(ln)) {
			e = j + 1;
		} else break;
		complement = true;
		last = e;
	}
	return last;
}

function isSentenceEnd(w: string): boolean {
	return w === '.' || w === '!' || w === '?' || w === ':' || w === '«' || w === '"' || w === '“' || w === '—' || w === '–';
}

function mk(text: string, start: number, end: number, type = 'ORG'): DetectedEntity {
	return { start, end, type, text: text.slice(start, end), confidence: 0.7, source: 'rule' };
}

/** Nouns that say what a company or outlet is (not «publisher», «developer», «investor», which also come before persons). */
const ORGANISATION_DESCRIPTORS = new WordSet(
	'startup company firm maker carrier airline lender insurer retailer automaker carmaker chipmaker planemaker drugmaker steelmaker miner refiner utility conglomerate brokerage supplier newspaper broadcaster agency bank watchdog regulator outlet militia club'.split(' '),
);
/** French nouns of the same kind, in lower case before the name («le parti Pastef», «l'opérateur Djezzy», «les agences de notation Fitch»). */
const FRENCH_ORGANISATION_DESCRIPTORS = new WordSet(
	'parti groupe société entreprise compagnie firme constructeur opérateur quotidien hebdomadaire journal chaîne club équipementier laboratoire assureur transporteur notation'.split(' '),
);
/** What an operator runs, before «operator» and a company's name. */
const OPERATOR_KINDS = new Set('grid network rail railway pipeline port airport telecoms telecom mobile satellite transmission power nuclear'.split(' '));

/** «grid operator», «mobile operator» (before a company's name: «grid operator Enedis»), not «radio operator» (before a person's). */
export function isOperatorOf(kind: string, word: string): boolean {
	return word === 'operator' && OPERATOR_KINDS.has(kind);
}
/** A lower-case adjective after a French descriptor noun, not a preposition or determiner («pétrolier», «dissous», «public»). */
const FRENCH_DESCRIPTOR_ADJECTIVE = /^(?!(?:de|du|des|le|la|les|et|en|à|au|aux|qui|que|dont|un|une|pour|par|sur|avec|dans)$)\p{Ll}[\p{Ll}-]{3,}$/u;
const DESCRIBED_NAME_WORD = /^\p{Lu}[\p{L}\p{N}&.-]*$/u;
const AFTER_DESCRIBED_NAME = /^(?:\p{Ll}+|[,.;:()'’])$/u;

/**
 * A company or outlet named right after the noun that says what it is («cybersecurity startup
 * Wiz», «the carmaker Stellantis»; French: «le parti Pastef», «l'opérateur Djezzy»). Up to three
 * capitalised words, then a lower-case word or punctuation (in the English training files 8 such
 * names of 11 are ORG, the other 3 O). The detector adds them where the model found nothing, and in
 * French also retypes a one-word name the model read otherwise.
 */
export function findDescribedOrganisations(tokens: TokenView, language: LanguageCode = 'en'): DetectedEntity[] {
	const { text, starts, ends, lineStarts, n, words } = tokens;
	const out: DetectedEntity[] = [];
	const french = language === 'fr';
	const descriptors = french ? FRENCH_ORGANISATION_DESCRIPTORS : ORGANISATION_DESCRIPTORS;
	const isNameWord = (w: string): boolean => DESCRIBED_NAME_WORD.test(w) && (french || (!DAYS_AND_MONTHS.has(w) && !EN_TITLE_WORDS.has(w) && !EN_NOT_NAME_WORDS.has(w)));
	for (let i = 0; i + 2 < n; i++) {
		if (!descriptors.has(words[i]) && (french || i === 0 || !isOperatorOf(words[i - 1], words[i]))) continue;
		// French: an adjective may stand between («le groupe pétrolier Total», «le parti dissous Pastef»)
		if (french && i + 3 < n && FRENCH_DESCRIPTOR_ADJECTIVE.test(words[i + 1]) && !lineStarts[i + 1]) i++;
		let e = i + 1;
		while (e < n && e - i <= 3 && !lineStarts[e] && isNameWord(words[e])) e++;
		// «le groupe A» of a competition is no name
		if (e === i + 1 || words[i + 1].length < 2 || e >= n || lineStarts[e] || !AFTER_DESCRIBED_NAME.test(words[e])) continue;
		out.push(mk(text, starts[i + 1], ends[e - 1]));
		i = e - 1;
	}
	return out;
}

/** People quoted for the firm they work at («analysts at Bernstein», «economists at ING», «a trader at Commerzbank»). */
const ANALYST_WORDS = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'trader', 'traders', 'dealer', 'dealers', 'broker', 'brokers']);

/**
 * English: the firm analysts or economists are «at» («Analysts at Bernstein said», «economists at
 * Capital Economics»): one to three capitalised words after «at», then a lower-case word or
 * punctuation; and the firms listed after it with «and» or commas.
 */
export function findAnalystFirms(tokens: TokenView): DetectedEntity[] {
	const { text, starts, ends, lineStarts, n, words } = tokens;
	const out: DetectedEntity[] = [];
	for (let i = 0; i + 2 < n; i++) {
		if (words[i + 1] !== 'at' || !ANALYST_WORDS.has(words[i].toLowerCase()) || lineStarts[i + 1] || lineStarts[i + 2]) continue;
		let e = i + 2;
		while (e < n && e - i <= 4 && !lineStarts[e] && DESCRIBED_NAME_WORD.test(words[e]) && !EN_NOT_NAME_WORDS.has(words[e]) && !DAYS_AND_MONTHS.has(words[e])) e++;
		// not a possessor, the firm's city or country («traders at Tehran's bazaar»)
		if (e === i + 2 || e >= n || lineStarts[e] || !AFTER_DESCRIBED_NAME.test(words[e]) || isPossessive(words, e)) continue;
		out.push(mk(text, starts[i + 2], ends[e - 1]));
		// «analysts at Jefferies and Bernstein», «at HSBC, Barclays and UBS»: the firms of the list
		while (e + 1 < n && (words[e] === 'and' || words[e] === ',') && !lineStarts[e + 1]) {
			const first = e + 1;
			let f = first;
			while (f < n && f - first < 3 && !lineStarts[f] && DESCRIBED_NAME_WORD.test(words[f]) && !EN_NOT_NAME_WORDS.has(words[f]) && !DAYS_AND_MONTHS.has(words[f])) f++;
			if (f === first || f >= n || lineStarts[f] || !AFTER_DESCRIBED_NAME.test(words[f])) break;
			out.push(mk(text, starts[first], ends[f - 1]));
			e = f;
		}
		i = e - 1;
	}
	return out;
}

/** Token i opens a possessive «'s» («Tehran 's» as tokens are joined). */
function isPossessive(words: readonly string[], i: number): boolean {
	return (words[i] === "'" || words[i] === '’') && words[i + 1] === 's';
}

/** Plural nouns of companies and other organisations before an example list («companies such as Spotify, Tesla and Uber», «customers such as Pfizer and Merck»). */
const COMPANY_PLURALS = new Set('companies firms banks lenders insurers carriers airlines retailers carmakers automakers chipmakers brands startups manufacturers broadcasters newspapers stocks shares utilities miners drugmakers conglomerates refiners customers competitors suppliers giants groups organisations organizations charities agencies platforms studios publishers chains gangs cartels militias unions clubs teams'.split(' '));
const LISTED_COMPANY_WORD = /^(?:\p{Lu}[\p{L}\p{N}&.'’-]*|&|of)$/u;

/**
 * English: the names listed as examples after a plural noun of companies or other bodies
 * («companies such as Spotify, Tesla, Uber and Snapchat», «banks including HSBC and Barclays», «22
 * gangs, including Los Choneros»; a comma may come before the cue): one to four
 * capitalised words each (not opening with «of» or «&»), joined by commas, «and» or «or»; the list
 * ends at any other word. Both such lists in the English training files are all organisations.
 */
export function findExampleCompanies(tokens: TokenView, isCountry: (name: string) => boolean = () => false): DetectedEntity[] {
	const { text, starts, ends, lineStarts, n, words } = tokens;
	const out: DetectedEntity[] = [];
	for (let i = 0; i + 2 < n; i++) {
		// a comma may come between («22 gangs, including Los Choneros and Los Lobos»)
		const comma = words[i + 1] === ',' && !lineStarts[i + 1] ? 1 : 0;
		const next = words[i + 1 + comma];
		if ((next !== 'including' && next !== 'like' && next !== 'such') || !COMPANY_PLURALS.has(words[i].toLowerCase())) continue;
		let j = i + 1 + comma;
		if (words[j] === 'including' || words[j] === 'like') j++;
		else if (words[j] === 'such' && words[j + 1] === 'as') j += 2;
		else continue;
		while (j < n && !lineStarts[j]) {
			let e = j;
			while (e < n && e - j < 4 && !lineStarts[e] && LISTED_COMPANY_WORD.test(words[e]) && !DAYS_AND_MONTHS.has(words[e]) && !EN_NOT_NAME_WORDS.has(words[e]) && (e > j || /^\p{Lu}/u.test(words[e]))) e++;
			// no name, one of five words or more, or one ending in «of» / «&»: not a plain example; nor a
			// possessor or a country («carmakers like Germany's Volkswagen»)
			if (e === j || (e < n && !lineStarts[e] && /^\p{Lu}/u.test(words[e])) || words[e - 1] === 'of' || words[e - 1] === '&') break;
			if ((e < n && (words[e] === "'" || words[e] === '’')) || isCountry(text.slice(starts[j], ends[e - 1]))) break;
			out.push(mk(text, starts[j], ends[e - 1]));
			if (e < n && words[e] === ',' && e + 1 < n && (words[e + 1] === 'and' || words[e + 1] === 'or')) j = e + 2;
			else if (e < n && (words[e] === ',' || words[e] === 'and' || words[e] === 'or')) j = e + 1;
			else {
				j = e;
				break;
			}
		}
		i = Math.max(i, j - 1);
	}
	return out;
}

/** Verbs of a match result: the team before them (and after the first ones) is an organisation. */
const MATCH_VERBS = new Set(['beat', 'beats', 'drew', 'draws', 'defeated', 'thrashed', 'edged', 'routed', 'hammered', 'overcame', 'eliminated', 'stunned']);
/** A side's defeat in the passive, before a score («were beaten 2-1», «was thrashed 5-0»). */
const BEATEN = new Set(['beaten', 'defeated', 'thrashed', 'hammered', 'routed', 'edged', 'crushed', 'stunned']);
/** Verbs that report a result only before a score («lost 2-1», «won 3-0»). */
const SCORE_VERBS = new Set(['lost', 'loses', 'won', 'wins']);
/** Verbs of a drawn match, which only sides play before a score («drew 1-1»). */
const DRAW_VERBS = new Set(['drew', 'draw', 'tied']);
const GOALS = /^\d{1,2}$/u;
/** A team's people, written in lower case between the team and a name («Chelsea manager Enzo Maresca»). */
const TEAM_ROLES = new Set([
	'manager', 'coach', 'boss', 'skipper', 'captain', 'striker', 'forward', 'midfielder', 'defender', 'goalkeeper', 'winger',
	// rugby, cricket, ice hockey
	'lock', 'prop', 'hooker', 'flanker', 'fullback', 'flyhalf', 'batsman', 'bowler', 'spinner', 'paceman', 'wicketkeeper', 'defenceman', 'defenseman', 'netminder',
]);
/** Roles written with a hyphen, which the tokens split («scrum | - | half»): their first and last halves. */
const HYPHENATED_TEAM_ROLES = new Set(['scrum half', 'fly half', 'full back', 'stand off', 'all rounder', 'centre back', 'center back', 'centre forward', 'left back', 'right back', 'wicket keeper']);
const NAME_START = /^\p{Lu}\p{Ll}/u;
/** Verbs of a transfer: the club before them signs a player («Barcelona have signed Ronaldo from Santos»). */
const SIGNING_VERBS = new Set(['sign', 'signs', 'signed', 'SIGN', 'SIGNS', 'SIGNED']);
/** Nouns of a match, before «between» and the two sides. */
const MATCH_NOUNS = new Set(['match', 'game', 'final', 'semi-final', 'semifinal', 'clash', 'tie', 'fixture', 'derby', 'friendly', 'showdown']);
/** What a player does for a team, before «for» and its name («scored 28 points for Dallas», «played for Boston»). */
const FOR_TEAM_CUES = new Set(['points', 'goals', 'goal', 'rebounds', 'assists', 'runs', 'wickets', 'appearances', 'debut', 'played', 'plays', 'playing', 'scored', 'scores', 'starred']);
/** Verbs of a side's move in the table («Coventry slipped back to last place»). */
const STANDING_MOVES = new Set(['moved', 'climbed', 'slipped', 'dropped', 'went', 'rose', 'fell', 'slumped', 'jumped', 'leapt', 'stayed', 'remain', 'remained', 'returned']);
/** Places in a table («third», «fifth»…). */
const STANDING_ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))$/u;
/** Nouns of a match result before «over» / «to» / «against» / «with» and the other team. */
const RESULT_NOUNS = new Set(['win', 'victory', 'defeat', 'loss', 'draw', 'triumph']);

/** A side's lead over the others, before a margin of points («Barcelona lead La Liga by four points»). */
const STANDING_LEADS = new Set(['lead', 'trail', 'led', 'trailed']);

/** Results in the infinitive, which the match verbs (past and present) lack («came from behind to win 2-1»). */
const INFINITIVE_RESULTS = new Set(['draw', 'win', 'defeat']);
/** Verbs of a trophy won («Barcelona won La Liga», «Chelsea lifted the FA Cup»). */
const TROPHY_VERBS = new Set(['won', 'win', 'wins', 'clinched', 'clinch', 'lifted', 'lift', 'retained', 'claimed']);
/** Words of a trophy or a competition won, after such a verb. */
const TROPHY_WORDS = new Set(['title', 'titles', 'league', 'championship', 'trophy', 'treble', 'double', 'Cup', 'Bundesliga', 'Liga', 'Serie', 'Ligue', 'Eredivisie', 'Premier', 'Scudetto', 'scudetto', 'pennant']);

/** Words after a rank that name the others ranked («fifth place among European cities»): no table. */
const RANKED_AMONG = new Set(['among', 'amongst']);

/**
 * English sports results: a place named as the team («Chelsea drew 1-1 with Aston Villa»,
 * «Barcelona lost 2-1 to Las Palmas») is an organisation, as the training files tag a team (32 of
 * 36 names right before such a verb are ORG there). Retypes LOC entities before a match verb (or
 * «lost» / «won» and a score), after «beat …» and a score, after a score and «to», «with»,
 * «against», or after a result noun and «over», «to», «against», «with»; also after a match verb
 * that follows a team («Liverpool beat Chelsea»), and before a team's role and a name («Barcelona
 * coach Hansi Flick»), before «are» and its place in the table («Monaco are second») or «lead» and
 * a margin of points, before a verb of winning and a trophy («Barcelona won La Liga»), before «to
 * beat» and a score («Chelsea came from behind to beat Tottenham 4-3»), and after what a player does for it and «for» («scored 28 points for
 * Dallas»). A country stays the place, as news tags a national team (`countriesAsPlaces`).
 */
export function retypeTeams(entities: DetectedEntity[], tokens: TokenView, isCountry: (name: string) => boolean = () => false): DetectedEntity[] {
	const { starts, ends, n, words } = tokens;
	// a score «2-1» (the tokens split at the dash) starting at token i
	const scoreAt = (i: number): boolean => i >= 0 && i + 2 < n && GOALS.test(words[i]) && (words[i + 1] === '-' || words[i + 1] === '–') && GOALS.test(words[i + 2]);
	// «between» right before token i, after a match noun («the final between», «a friendly match between»)
	const matchBetweenBefore = (i: number): boolean => {
		if (i < 2 || words[i - 1] !== 'between') return false;
		for (let j = i - 2; j >= 0 && j >= i - 4; j--) if (MATCH_NOUNS.has(words[j])) return true;
		return false;
	};
	// «were held 2-2», «was held to a draw», «were beaten 2-1» from token i
	const heldAt = (i: number): boolean =>
		(words[i] === 'were' || words[i] === 'was') &&
		i + 1 < n &&
		((words[i + 1] === 'held' && (scoreAt(i + 2) || (words[i + 2] === 'to' && /^(?:a|an)$/u.test(words[i + 3] ?? '')) || (words[i + 2] === 'at' && words[i + 3] === 'home'))) || (BEATEN.has(words[i + 1]) && scoreAt(i + 2)));
	// a place in a table within the four tokens from i («back to last place», «to the top», «to fifth»),
	// not a rank among others named after it («to fifth place among European cities»)
	const movesToPlace = (i: number): boolean => {
		for (let k = i; k < i + 4 && k < n; k++) {
			if (words[k] === 'place' || words[k] === 'top' || words[k] === 'bottom' || (STANDING_ORDINAL.test(words[k]) && words[k - 1] === 'to')) return !RANKED_AMONG.has(words[k + 1] === 'place' ? words[k + 2] : words[k + 1]);
			if (!/^\p{Ll}+$/u.test(words[k])) return false;
		}
		return false;
	};
	// «by four points», «by a point» within the eight tokens from i («lead La Liga by four points»)
	const pointsMarginAfter = (i: number): boolean => {
		for (let k = i; k < i + 8 && k + 2 < n; k++) {
			if (words[k] === '.' || words[k] === ';') return false;
			if (words[k] === 'by' && (words[k + 2] === 'points' || words[k + 2] === 'point')) return true;
		}
		return false;
	};
	// «came from behind to beat Tottenham 4-3», «fought back to draw 2-2 with Leeds»: lower-case words
	// from i, then «to» and a match verb, and a score within the five tokens after it
	const toBeatAfter = (i: number): boolean => {
		for (let k = i; k < i + 6 && k + 1 < n; k++) {
			if (words[k] === 'to' && (MATCH_VERBS.has(words[k + 1]) || INFINITIVE_RESULTS.has(words[k + 1]))) {
				for (let g = k + 2; g < k + 7 && g < n; g++) if (scoreAt(g)) return true;
				return false;
			}
			if (!/^\p{Ll}+$/u.test(words[k])) return false;
		}
		return false;
	};
	// a trophy's word within the five tokens from i, before the sentence ends («won | La Liga», «clinched | their 20th league title»)
	const trophyAfter = (i: number): boolean => {
		for (let k = i; k < i + 5 && k < n; k++) {
			if (TROPHY_WORDS.has(words[k])) return true;
			if (words[k] === '.' || words[k] === ',' || words[k] === ';' || words[k] === 'to') return false;
		}
		return false;
	};
	// the token where entity `e` starts, looking back from token `from`
	const startToken = (e: DetectedEntity, from: number): number => {
		let i = from;
		while (i > 0 && starts[i] > e.start) i--;
		return i;
	};
	let out = entities;
	let t = 0;
	for (let k = 0; k < entities.length; k++) {
		const e = entities[k];
		if (e.type !== 'LOC' && e.type !== 'PER') continue;
		while (t < n && starts[t] < e.start) t++;
		let last = t;
		while (last < n && ends[last] < e.end) last++;
		if (t >= n || starts[t] !== e.start || last >= n || ends[last] !== e.end) continue;
		// a country stays the place (one read as a person may become the team here, and then the place
		// again in `countriesAsPlaces`)
		const nation = isCountry(e.text) || HOME_NATIONS.has(e.text) || SHORT_COUNTRY_NAMES.has(e.text) || COUNTRY_ABBREVIATIONS.has(e.text);
		if (nation && e.type === 'LOC') continue;
		// the club a player is signed from («signed Ronaldo from Santos»), even read as a person
		const signedFrom = t >= 3 && (words[t - 1] === 'from' || words[t - 1] === 'FROM') && signedBefore(words, t - 2);
		// «held 2-2 by Girona», «beaten 3-0 by Everton»: the side a score is conceded to, even read as
		// a person
		// («beaten 2-1 at home by Las Palmas»)
		const byScore = t >= 4 && words[t - 1] === 'by' && (scoreAt(t - 4) || (t >= 6 && words[t - 2] === 'home' && words[t - 3] === 'at' && scoreAt(t - 6)));
		// «a match between Real Madrid and Cruz Azul»: a club's opponent is a club, even read as a
		// person
		const previous = k > 0 ? out[k - 1] : undefined;
		const next = entities[k + 1];
		const clubOpponent =
			(previous?.type === 'ORG' && t >= 2 && words[t - 1] === 'and' && ends[t - 2] === previous.end && matchBetweenBefore(startToken(previous, t - 2))) ||
			(next?.type === 'ORG' && last + 2 < n && words[last + 1] === 'and' && starts[last + 2] === next.start && matchBetweenBefore(t));
		const after = last + 1 < n ? words[last + 1] : '';
		// «dropped two points at home to Twente», even read as a person: the visiting side
		const atHomeTo = t >= 3 && words[t - 1] === 'to' && words[t - 2] === 'home' && words[t - 3] === 'at';
		// «Barcelona, who beat Alaves 3-0», even read as a person: «who» and a match verb take up a side
		// when the other side is no person («Nadal, who beat Djokovic»)
		const whoBeat =
			after === ',' && last + 4 < n && words[last + 2] === 'who' && MATCH_VERBS.has(words[last + 3]) && next !== undefined && next.start === starts[last + 4] && next.type !== 'PER';
		// «Roma drew 1-1», «Lazio and Roma drew 1-1»: persons play no draw with a score (tennis has
		// none), so the sides of one are teams, even read as persons
		let pairEnd = last;
		if (after === 'and' && next !== undefined && last + 2 < n && starts[last + 2] === next.start) {
			pairEnd = last + 2;
			while (pairEnd < n && ends[pairEnd] < next.end) pairEnd++;
		}
		const drawn = pairEnd + 2 < n && DRAW_VERBS.has(words[pairEnd + 1]) && scoreAt(pairEnd + 2);
		// «Clemson beat South Carolina 17-14», even read as a person: a side that beats a side that is
		// no person by a score (not «Djokovic beat Alcaraz 7-6 7-6»)
		let beatsSide = false;
		if (MATCH_VERBS.has(after) && next !== undefined && next.type !== 'PER' && last + 2 < n && starts[last + 2] === next.start) {
			let opponentEnd = last + 2;
			while (opponentEnd < n && ends[opponentEnd] < next.end) opponentEnd++;
			beatsSide = scoreAt(opponentEnd + 1);
		}
		// «drew 1-1 with Simba», even read as a person: the side a draw with a score is played with
		const drawnWith = t >= 5 && (words[t - 1] === 'with' || words[t - 1] === 'against') && scoreAt(t - 4) && DRAW_VERBS.has(words[t - 5]);
		// a team's role right after the name, and where the role ends («manager |», «scrum-half |»)
		const roleEnd = TEAM_ROLES.has(after) ? last + 2 : last + 4 < n && words[last + 2] === '-' && HYPHENATED_TEAM_ROLES.has(`${after} ${words[last + 3]}`) ? last + 4 : -1;
		// «Machida midfielder Kenta Shimoda», even read as a person: a team's role and a name after it
		const roleOfTeam = e.type === 'PER' && last === t && roleEnd > 0 && roleEnd + 1 < n && NAME_START.test(words[roleEnd]) && NAME_START.test(words[roleEnd + 1]);
		if (e.type === 'PER' && !(signedFrom && last === t) && !(byScore && last === t) && !clubOpponent && !whoBeat && !atHomeTo && !drawn && !beatsSide && !drawnWith && !roleOfTeam) continue;
		const team =
			MATCH_VERBS.has(after) ||
			(SCORE_VERBS.has(after) && scoreAt(last + 2)) ||
			(t >= 1 && MATCH_VERBS.has(words[t - 1]) && (scoreAt(last + 1) || (k > 0 && out[k - 1].type === 'ORG' && t >= 2 && ends[t - 2] === entities[k - 1].end))) ||
			// «eased past Derby 3-1»
			(t >= 1 && words[t - 1] === 'past' && scoreAt(last + 1)) ||
			atHomeTo ||
			// «Chelsea manager Enzo Maresca», «Leicester lock Martin Johnson», «Toulouse fly-half Thomas
			// Ramos» (the training files tag such a team ORG)
			(roleEnd > 0 && roleEnd < n && NAME_START.test(words[roleEnd])) ||
			(t >= 4 && (words[t - 1] === 'to' || words[t - 1] === 'with' || words[t - 1] === 'against') && scoreAt(t - 4)) ||
			byScore ||
			// «Barcelona were held 2-2», «Lyon were held to a draw», «Leverkusen, who were held at home»,
			// «Barcelona were beaten 2-1»: a side held, or beaten by a score, is a team
			heldAt(after === ',' && words[last + 2] === 'who' ? last + 3 : last + 1) ||
			// «Stuttgart, third, crushed St Pauli»: a side given its place in the table
			(after === ',' && STANDING_ORDINAL.test(words[last + 2] ?? '') && words[last + 3] === ',') ||
			// «Coventry slipped back to last place», «Bayern moved back to the top»
			(STANDING_MOVES.has(after) && movesToPlace(last + 2)) ||
			// «Monaco are second in the league», «Arsenal are top of the table»: a place's verb would be «is»
			((after === 'are' || after === 'were') && (STANDING_ORDINAL.test(words[last + 2] ?? '') || ((words[last + 2] === 'top' || words[last + 2] === 'bottom') && words[last + 3] === 'of'))) ||
			// «Barcelona lead La Liga by four points», «Leeds trail the leaders by two points»
			(STANDING_LEADS.has(after) && pointsMarginAfter(last + 2)) ||
			// «Barcelona won La Liga», «Liverpool clinched the title»: a place wins no league
			(TROPHY_VERBS.has(after) && trophyAfter(last + 2)) ||
			// «Chelsea came from behind to beat Tottenham 4-3»
			toBeatAfter(last + 1) ||
			// «scored 28 points for Dallas», «played for Boston»: a city a player plays for is his team
			(t >= 2 && words[t - 1] === 'for' && FOR_TEAM_CUES.has(words[t - 2])) ||
			// «a 3-0 win over Getafe», «their defeat to Chelsea»
			(t >= 2 && RESULT_NOUNS.has(words[t - 2]) && (words[t - 1] === 'over' || words[t - 1] === 'to' || words[t - 1] === 'against' || words[t - 1] === 'with')) ||
			// «Barcelona have signed Ronaldo from Santos»: the club that signs, and the one the player comes
			// from; not a name after «of», which is not who signs («the Governor of Texas signed it»)
			(SIGNING_VERBS.has(after) && words[t - 1] !== 'of') ||
			((after === 'have' || after === 'has') && last + 2 < n && SIGNING_VERBS.has(words[last + 2]) && words[t - 1] !== 'of') ||
			signedFrom ||
			clubOpponent ||
			whoBeat ||
			drawn ||
			beatsSide ||
			drawnWith ||
			roleOfTeam;
		if (!team) continue;
		if (out === entities) out = entities.slice();
		out[k] = { ...e, type: 'ORG', source: 'rule' };
	}
	return out;
}

/** A signing verb among the five tokens up to `i` («signed Brazilian striker Ronaldo | from»). */
function signedBefore(words: readonly string[], i: number): boolean {
	for (let k = i; k >= 0 && k > i - 5; k--) if (SIGNING_VERBS.has(words[k])) return true;
	return false;
}

/** Longest team name in a table, in words («Borussia Moenchengladbach», «Nottingham Forest»). */
const MAX_TABLE_NAME_WORDS = 4;
/** A standings line has at least this many figures after the team (won, lost, percentage…). */
const MIN_STANDINGS_FIGURES = 3;
/** Countries as news names them and the country lists do not («Britain signs a treaty»). */
export const SHORT_COUNTRY_NAMES = new Set(['Britain', 'America', 'Holland', 'BRITAIN', 'AMERICA', 'HOLLAND']);
/** Countries' short forms that news writes in capitals and the country lists do not hold (they keep longer spellings). */
export const COUNTRY_ABBREVIATIONS = new Set(['NZ', 'UAE', 'DRC', 'KSA', 'PRC', 'ROK', 'DPRK']);
/** National teams of the United Kingdom, which the country lists do not hold. */
export const HOME_NATIONS = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland', 'ENGLAND', 'SCOTLAND', 'WALES', 'NORTHERN IRELAND']);

/**
 * Teams in the tables of sports wires: a results line «Leeds 0 Newcastle 0», «CHICAGO 102 Boston
 * 96» (two names, each before its score, nothing else), or a standings line «PSV Eindhoven 3 3 0 0
 * 10 2 9», «Chicago 50 10 .833 -» (an optional rank, a name and three figures or more). The
 * per-sentence model reads a city there as the place. A listed country (`isCountry`) or a home
 * nation of the United Kingdom is a national team, which news tags as the country: a LOC, so that
 * «Argentina 0 Chile 0» does not give a place and an organisation. The teams of results lines go
 * into `resultsLineTeams` too (two sides of a score are teams even where read as persons). A
 * leaderboard's line of tied players, names and three figures or more between commas («203 Ian
 * Woosnam 70 66 67, Sam Torrance 68 69 66»), gives its names as persons (PER).
 */
export function findTableTeams(tokens: TokenView, isCountry: (name: string) => boolean, resultsLineTeams?: Set<DetectedEntity>): DetectedEntity[] {
	const { text, starts, ends, lineStarts, n, words } = tokens;
	const out: DetectedEntity[] = [];
	// every table line holds a figure after its name
	if (!/\d/u.test(text)) return out;
	const isNumber = (i: number): boolean => /^\d+$/u.test(words[i]);
	// the end of a team name starting at token i (capitalised words, glued hyphens and dots), or i; a
	// founding year may open it and a year's two digits end it («1860 Munich», «Schalke 04»: a score
	// has no leading zero)
	const nameEnd = (i: number, end: number): number => {
		let j = i;
		let count = 0;
		if (j + 1 < end && /^1[89]\d\d$/u.test(words[j]) && /^\p{Lu}/u.test(words[j + 1])) j++;
		while (j < end && count < MAX_TABLE_NAME_WORDS && /^\p{Lu}/u.test(words[j])) {
			j++;
			count++;
			while (j + 1 < end && (words[j] === '-' || words[j] === '.' || words[j] === '&') && starts[j] === ends[j - 1] && /^\p{Lu}/u.test(words[j + 1])) j += 2;
			if (j < end && words[j] === '.' && starts[j] === ends[j - 1]) j++;
		}
		if (j > i && j < end && /^0\d$/u.test(words[j])) j++;
		return j;
	};
	// a dash or colon glued to the tokens on both sides of it, within the line ending at token b
	const gluedBetween = (k: number, b: number): boolean => starts[k] === ends[k - 1] && k + 1 < b && starts[k + 1] === ends[k];
	const team = (i: number, j: number, resultsLine = false): void => {
		const name = text.slice(starts[i], ends[j - 1]);
		const found = mk(text, starts[i], ends[j - 1], isCountry(name) || HOME_NATIONS.has(name) ? 'LOC' : 'ORG');
		out.push(found);
		if (resultsLine) resultsLineTeams?.add(found);
	};
	// the results a line gives one after another, between commas, maybe after a label and a colon
	// («Results: Barcelona 3 Valencia 1, Betis 2 Oviedo 0.»): the token ranges of both sides of each
	const resultsInLine = (a: number, b: number): [number, number, number, number][] | undefined => {
		let from = a;
		for (let k = a; k < b && k < a + MAX_TABLE_NAME_WORDS + 1; k++) {
			if (words[k] === ':') {
				from = k + 1;
				break;
			}
			if (!/^\p{L}/u.test(words[k])) break;
		}
		const end = b > from && words[b - 1] === '.' ? b - 1 : b;
		const sides: [number, number, number, number][] = [];
		for (let p = from; p < end; ) {
			let q = p;
			while (q < end && words[q] !== ',' && words[q] !== ';') q++;
			const e1 = nameEnd(p, q);
			if (e1 === p || e1 >= q || !isNumber(e1)) return undefined;
			const e2 = nameEnd(e1 + 1, q);
			// a second name, then its goals ending the result («Chicago 50 10» has no second side)
			if (e2 === e1 + 1 || e2 + 1 !== q || !isNumber(e2)) return undefined;
			sides.push([p, e1, e1 + 1, e2]);
			p = q + 1;
		}
		// one result alone is a results line only after its label
		return sides.length >= (from > a ? 1 : 2) ? sides : undefined;
	};
	let a = 0;
	while (a < n) {
		let b = a + 1;
		while (b < n && !lineStarts[b]) b++;
		let i = a;
		// a rank: «1.», «136» (not a founding year opening a name)
		if (i < b && isNumber(i) && words[i].length <= 3) i += i + 1 < b && words[i + 1] === '.' ? 2 : 1;
		const e1 = nameEnd(i, b);
		const inline = resultsInLine(a, b);
		if (inline) {
			for (const [p, q, r, s] of inline) {
				team(p, q, true);
				team(r, s, true);
			}
		} else if (e1 > i && e1 < b && isNumber(e1)) {
			const e2 = nameEnd(e1 + 1, b);
			// a game won in overtime ends its line with «(OT)»
			const resultEnd = b - 3 > e2 && words[b - 3] === '(' && /^\d?OT$/u.test(words[b - 2]) && words[b - 1] === ')' ? b - 3 : b;
			if (i === a && e2 > e1 + 1 && e2 + 1 === resultEnd && isNumber(e2)) {
				team(i, e1, true);
				team(e1 + 1, e2, true);
			} else {
				// figures stand apart: «1996-08-30» after a dateline's place is a date
				// and games behind may hold a half («10 1/2»)
				const figuresEnd = (from: number): [number, number] => {
					let k = from;
					let figures = 0;
					while (k < b && (isNumber(k) || words[k] === '.' || ((words[k] === '-' || words[k] === ':') && !gluedBetween(k, b)) || (words[k] === '/' && gluedBetween(k, b)))) figures += isNumber(k++) ? 1 : 0;
					return [k, figures];
				};
				const [k, figures] = figuresEnd(e1);
				if (k === b && figures >= MIN_STANDINGS_FIGURES) team(i, e1);
				else if (k < b && words[k] === ',' && figures >= MIN_STANDINGS_FIGURES) {
					// a leaderboard's tie, the names after commas («203 Ian Woosnam 70 66 67, Sam Torrance 68 69 66»)
					const tied: [number, number][] = [[i, e1]];
					let at = k;
					while (at < b && words[at] === ',') {
						const start = at + 1;
						const end = nameEnd(start, b);
						const [after, more] = end > start ? figuresEnd(end) : [end, 0];
						if (end === start || more < MIN_STANDINGS_FIGURES) break;
						tied.push([start, end]);
						at = after;
					}
					// players, not teams: standings never tie on one line
					if (at === b) for (const [from, to] of tied) out.push(mk(text, starts[from], ends[to - 1], 'PER'));
				}
			}
		}
		a = b;
	}
	return out;
}

/** Arabic institution nouns that head a name with an adjective and a «لل» complement (normalised). */
const ARABIC_INSTITUTION_HEADS = new Set(
	'الشركة المؤسسة الوكالة الديوان المركز الصندوق الهيئة اللجنة المجلس المرصد المعهد المدرسة الاتحاد الجمعية المنظمة الجامعة البنك المصرف المكتب السلطة'
		.split(' ')
		.map(normalizeArabic),
);
/** The adjectives between («الوطنية», «الدولية», «العليا»…; normalised). */
const ARABIC_INSTITUTION_ADJECTIVES = new Set(
	'الوطنية الوطني الدولية الدولي العليا الأعلى العربية العربي الجزائرية الجزائري التونسية التونسي المغربية المغربي الإفريقية الإفريقي الأفريقية الأفريقي الأوروبية الأوروبي الإسلامية الإسلامي العالمية العالمي المركزية المركزي المستقلة'
		.split(' ')
		.map(normalizeArabic),
);
const ARABIC_HEAD_PROCLITICS = 'وفب';
/** «لل» words of time and count, not of a purpose («الاتحاد الأوروبي للفترة …», «للمرة الثانية»). */
const NOT_COMPLEMENTS = new Set('للفترة للمرة للعام للسنة للشهر لليوم للاسبوع للمدة للحظة'.split(' ').map(normalizeArabic));
const MAX_ARABIC_COMPLEMENT_TOKENS = 2;

/**
 * Arabic institutions named by a head noun, one or two adjectives and a «لل» complement: «الشركة
 * الوطنية للنقل بالسكك الحديدية», «الهيئة العليا المستقلة للانتخابات» (in the Arabic training files
 * 16 sequences of 19 with one adjective are an ORG). The complement is no word of time («للفترة»)
 * and takes up to two more words with «ال», «بال» or «لل» (not «وال»: «… للشرطة والعقيد»). A
 * proclitic (و ف ب) before the head stays out of the span.
 */
export function findArabicInstitutions(tokens: TokenView): DetectedEntity[] {
	const { text, starts, ends, lineStarts, n, words } = tokens;
	const out: DetectedEntity[] = [];
	for (let i = 0; i + 2 < n; i++) {
		// every head has the article, alone or behind a proclitic: most words stop here, unnormalised
		if (!words[i].startsWith('ال') && !words[i].startsWith('ال', 1)) continue;
		let head = normalizeArabic(words[i]);
		let offset = 0;
		if (!ARABIC_INSTITUTION_HEADS.has(head) && head.length > 4 && ARABIC_HEAD_PROCLITICS.includes(head[0])) {
			head = head.slice(1);
			offset = 1;
		}
		if (!ARABIC_INSTITUTION_HEADS.has(head)) continue;
		// one or two adjectives («الهيئة العليا المستقلة للانتخابات»), then the «لل» word
		let c = i + 1;
		while (c < n && c - i <= 2 && !lineStarts[c] && ARABIC_INSTITUTION_ADJECTIVES.has(normalizeArabic(words[c]))) c++;
		if (c === i + 1 || c >= n || lineStarts[c] || !words[c].startsWith('لل') || words[c].length < 4 || NOT_COMPLEMENTS.has(normalizeArabic(words[c]))) continue;
		let e = c + 1;
		while (e < n && e - (c + 1) < MAX_ARABIC_COMPLEMENT_TOKENS && !lineStarts[e] && /^(?:ال|بال|لل)./u.test(words[e])) e++;
		const start = starts[i] + offset;
		out.push({ start, end: ends[e - 1], type: 'ORG', text: text.slice(start, ends[e - 1]), confidence: 0.7, source: 'rule' });
		i = e - 1;
	}
	return out;
}
